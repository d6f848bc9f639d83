"""Putting an inject or a commitment on a branch outcome from its dialog (the Branch field), as one
undoable, logged edit; and branch edits made during a what-if reach the record when it is applied."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from gui.branches.commands import AssignOutcomeCommand
from gui.conduct import inject_dialog
from gui.conduct.msel_dock import MselDock
from gui.incidents.commitment_dialog import CommitmentDialog
from model import queries
from model.branching import branch_points
from model.conduct_entities import Inject
from tests.test_msel_dock import answer_inject_dialog

INCIDENT = 3          # on the trunk


def outcome(document, name: str) -> int:
    return next(o.id for o in branch_points(document.file)[0].outcomes if o.name == name)


def inject_row(document, number: str) -> Inject | None:
    return next((i for i in queries.injects(document.file) if i.number == number), None)


def commitment(document, commitment_id: int):
    return next((c for c in queries.commitments(document.file) if c.id == commitment_id), None)


def msel_dock(qtbot, document) -> MselDock:
    widget = MselDock()
    qtbot.addWidget(widget)
    widget.set_document(document)
    return widget


def test_a_new_inject_is_put_on_an_outcome_in_one_undo_step(qtbot, document, monkeypatch):
    dock = msel_dock(qtbot, document)
    rejects = outcome(document, "rejects")
    seen: list = []
    answer_inject_dialog(monkeypatch, seen, number="R1", scenario_time="D+3 10:00", synopsis="Rejection note",
                         outcome_id=rejects)
    logged = len(queries.log_entries(document.file))
    depth = document.undo_stack.count()
    assert dock.add_inject()
    assert seen[0].fields["outcome_id"].count() == 4           # the trunk and three outcomes
    assert inject_row(document, "R1").outcome_id == rejects
    assert document.undo_stack.count() == depth + 1
    entries = queries.log_entries(document.file)[logged:]
    assert any("put on 'rejects'" in e.text for e in entries)
    document.undo_stack.undo()
    assert inject_row(document, "R1") is None
    document.undo_stack.redo()
    assert inject_row(document, "R1").outcome_id == rejects


def test_editing_only_the_branch_of_an_inject_moves_it_and_undo_moves_it_back(qtbot, document, monkeypatch):
    dock = msel_dock(qtbot, document)
    answer_inject_dialog(monkeypatch, number="R2", scenario_time="D+3 11:00", synopsis="Trunk note")
    assert dock.add_inject()
    assert inject_row(document, "R2").outcome_id is None
    stalls = outcome(document, "stalls")
    dock.view.selectRow(next(r for r in range(dock.proxy.rowCount())
                             if dock.proxy.index(r, 0).data() == "R2"))
    answer_inject_dialog(monkeypatch, outcome_id=stalls)
    assert dock.edit_inject()
    assert inject_row(document, "R2").outcome_id == stalls
    assert inject_row(document, "R2").synopsis == "Trunk note"
    document.undo_stack.undo()
    assert inject_row(document, "R2").outcome_id is None


def test_without_branch_points_the_inject_dialog_has_no_branch_field(qapp, document):
    dialog = inject_dialog.InjectDialog(None, startex=document.clock.now(), now=document.clock.now(),
                                        incident_types=[], submit=lambda values, now: None)
    assert "outcome_id" not in dialog.fields and "outcome_id" not in dialog.values()
    dialog.deleteLater()


def test_a_commitment_is_recorded_on_an_outcome_and_moved_back_to_the_trunk(qtbot, document):
    rejects = outcome(document, "rejects")
    signatory = next(s for s in queries.signatories(document.file) if s.code == "DE")
    dialog = CommitmentDialog(document, incident_id=INCIDENT, signatory_id=signatory.id, category="economic")
    qtbot.addWidget(dialog)
    assert dialog.outcome is not None and dialog.outcome.chosen() is None      # a trunk incident: the trunk
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(rejects))
    depth = document.undo_stack.count()
    assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (made,) = [c for c in queries.commitments(document.file, INCIDENT)
               if c.signatory_id == signatory.id and c.category == "economic"]
    assert made.outcome_id == rejects and document.undo_stack.count() == depth + 1
    # Not on the timeline's branch (accepts): not judged there.
    assert made.id not in document.snapshot.com_ids.tolist()

    again = CommitmentDialog(document, incident_id=INCIDENT, signatory_id=signatory.id, category="economic")
    qtbot.addWidget(again)
    assert again.outcome.chosen() == rejects
    again.outcome.setCurrentIndex(again.outcome.findData(None))
    assert again.save()
    assert commitment(document, made.id).outcome_id is None
    assert made.id in document.snapshot.com_ids.tolist()
    document.undo_stack.undo()
    assert commitment(document, made.id).outcome_id == rejects
    document.undo_stack.undo()
    assert commitment(document, made.id) is None


def test_a_branch_edit_in_a_what_if_is_journalled_and_applied_to_the_record(document):
    rejects = outcome(document, "rejects")
    document.enter_what_if()
    assert document.execute(AssignOutcomeCommand(document, "Put incident on rejects", kind="incident",
                                                 key=INCIDENT, outcome_id=rejects))
    assert [s.service for s in document.what_if.journal] == ["branches.assign_outcome"]
    assert queries.incident(document.what_if.record_file, INCIDENT).outcome_id is None   # the record untouched
    assert document.apply_what_if()
    assert queries.incident(document.file, INCIDENT).outcome_id == rejects
