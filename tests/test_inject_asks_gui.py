"""The inject dialog's "Asks to resolve" field: stored with the inject's other fields, one undo step."""
from __future__ import annotations

from model.branching import branch_points
from model.queries import injects
from tests.test_msel_dock import answer_inject_dialog, dock, doc, select  # noqa: F401  (fixtures, by name)


def asks(document, number: str):
    return next(i.asks_branch_point_id for i in injects(document.file) if i.number == number)


def test_the_dialog_links_an_inject_to_a_branch_point_and_undo_unlinks_it(dock, doc, monkeypatch, qtbot):
    (answer,) = [p for p in branch_points(doc.file) if p.outcome_id is None][:1]
    seen: list = []
    answer_inject_dialog(monkeypatch, seen, asks_branch_point_id=answer.id)
    select(dock, "6")
    assert dock.edit_inject()
    field = seen[0].fields["asks_branch_point_id"]
    assert field.itemText(0) == "(none)" and answer.question in [field.itemText(i) for i in range(field.count())]
    assert asks(doc, "6") == answer.id
    doc.undo_stack.undo()
    assert asks(doc, "6") is None
    doc.undo_stack.redo()
    assert asks(doc, "6") == answer.id
    # Opened again, the dialog shows the link; leaving it as it is changes nothing.
    answer_inject_dialog(monkeypatch, seen)
    depth = doc.undo_stack.count()
    assert dock.edit_inject()
    assert seen[1].fields["asks_branch_point_id"].currentData() == answer.id
    assert doc.undo_stack.count() == depth


def test_a_new_inject_is_added_asking_for_the_branch_point(dock, doc, monkeypatch):
    answer = branch_points(doc.file)[0]
    answer_inject_dialog(monkeypatch, synopsis="The envoy demands an answer", scenario_time="D+1 20:00",
                         asks_branch_point_id=answer.id)
    assert dock.add_inject()
    (added,) = [i for i in injects(doc.file) if i.synopsis == "The envoy demands an answer"]
    assert added.asks_branch_point_id == answer.id


def test_the_import_preview_shows_the_question_asked_not_its_id(qapp, default_doc, tmp_path):
    from gui.conduct.msel_preview_model import PreviewModel
    from model.msel.importing import plan_import
    from model.msel.spreadsheets import read_msel

    (answer,) = branch_points(default_doc)
    path = tmp_path / "msel.csv"
    path.write_text(f"Time,Message,Asks to Resolve\nD+1 10:00,Envoy calls,{answer.question}\n", encoding="utf-8")
    plan = plan_import(default_doc, read_msel(path))
    assert plan.valid and plan.rows[0].values["asks_branch_point_id"] == answer.id
    model = PreviewModel()
    model.set_plan(plan, None)
    assert model.index(0, model.fields.index("asks_branch_point_id")).data() == answer.question
