"""The ad-hoc inject dialog has the planned dialog's Branch and "Asks to resolve" fields (the same widgets):
an inject added during play goes on the outcome chosen (by default the one being played), delivered
now or later, in one undo step."""
from __future__ import annotations

from gui.branches.outcome_field import OutcomeChoice
from model import services
from model.branching import branch_points
from model.queries import incidents, injects
from model.timeutil import from_epoch
from tests.test_msel_dock import answer_inject_dialog, dock, doc  # noqa: F401  (fixtures, by name)


def outcome_named(document, name: str):
    return next(o for p in branch_points(document.file) for o in p.outcomes if o.name == name)


def test_an_adhoc_inject_for_later_goes_on_the_outcome_chosen_and_asks_for_the_branch_point(dock, doc, monkeypatch):
    answer = branch_points(doc.file)[0]
    rejects = outcome_named(doc, "rejects")
    seen: list = []
    answer_inject_dialog(monkeypatch, seen, deliver_now=False, scenario_time="D+3 10:00",
                         synopsis="The envoy walks out", outcome_id=rejects.id, asks_branch_point_id=answer.id)
    depth = doc.undo_stack.count()
    assert dock.add_adhoc()
    dialog = seen[0]
    assert type(dialog.fields["outcome_id"]) is OutcomeChoice      # the planned dialog's own widgets
    (added,) = [i for i in injects(doc.file) if i.synopsis == "The envoy walks out"]
    assert (added.adhoc, added.status, added.outcome_id, added.asks_branch_point_id) == (
        True, "planned", rejects.id, answer.id)
    assert doc.undo_stack.count() == depth + 1                      # create and move: one step
    doc.undo_stack.undo()
    assert not [i for i in injects(doc.file) if i.synopsis == "The envoy walks out"]
    doc.undo_stack.redo()
    (again,) = [i for i in injects(doc.file) if i.synopsis == "The envoy walks out"]
    assert again.outcome_id == rejects.id


def test_delivered_now_it_defaults_to_the_outcome_played_and_its_incident_is_there_too(dock, doc, monkeypatch):
    answer = branch_points(doc.file)[0]
    rejects = outcome_named(doc, "rejects")
    services.branches.resolve_branch_point(doc.file, branch_point_id=answer.id, outcome_id=rejects.id,
                                           at=from_epoch(answer.at))
    seen: list = []
    answer_inject_dialog(monkeypatch, seen, deliver_now=True, inject_type="incident", incident_type="cyber_attack",
                         synopsis="Ransomware on the rejection branch")
    before = {i.id for i in incidents(doc.file)}
    depth = doc.undo_stack.count()
    assert dock.add_adhoc()
    assert seen[0].fields["outcome_id"].chosen() == rejects.id      # the branch being played, unless changed
    (added,) = [i for i in injects(doc.file) if i.synopsis == "Ransomware on the rejection branch"]
    assert (added.status, added.outcome_id) == ("delivered", rejects.id)
    (created,) = [i for i in incidents(doc.file) if i.id not in before]
    assert created.outcome_id == rejects.id
    assert doc.undo_stack.count() == depth + 1                      # create, move and deliver: one step
    doc.undo_stack.undo()
    assert {i.id for i in incidents(doc.file)} == before
    assert not [i for i in injects(doc.file) if i.synopsis == "Ransomware on the rejection branch"]


def test_on_the_trunk_the_adhoc_inject_is_as_before(dock, doc, monkeypatch):
    seen: list = []
    answer_inject_dialog(monkeypatch, seen, deliver_now=False, scenario_time="D+1 15:00", synopsis="Rumour")
    assert dock.add_adhoc()
    assert seen[0].fields["outcome_id"].chosen() is None
    (added,) = [i for i in injects(doc.file) if i.synopsis == "Rumour"]
    assert (added.adhoc, added.outcome_id, added.asks_branch_point_id) == (True, None, None)
