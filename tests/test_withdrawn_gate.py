"""A withdrawn commitment records when it was withdrawn; a parliamentary gate is judged on what
was effective until then (a deployment made effective and later withdrawn still had to pass it)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
import sqlite3

import numpy as np
import pytest

from model.engine import assess
from model.entities import Commitment
from model.errors import ValidationError
from model.storage.exercise_file import ExerciseFile
from model.findings import GATE_KIND, findings
from model.services import exercise, incidents, responses, signatories
from model.snapshot import load_snapshot
from model.timeutil import utc

T0 = utc(2026, 3, 2, 8)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


@pytest.fixture
def gated(blank_doc):
    """IT needs 54 h of parliamentary approval; a ground incursion at T0; the clock at T0 + 10 h."""
    it = signatories.create_signatory(blank_doc, code="IT", name="Italy", agreement_date=date(2024, 1, 1),
                                      approval_required=True, approval_lead_hours=54).ids[0]
    incident = incidents.create_incident(blank_doc, incident_type="ground_incursion", severity=4,
                                         occurred_at=T0).ids[0]
    exercise.save_clock(blank_doc, scenario_time=at(10), running=False, speed=1.0)
    return blank_doc, it, incident


def troops(doc, it, incident, **values) -> int:
    values.setdefault("status", "announced")
    return responses.create_commitment(doc, incident_id=incident, signatory_id=it, category="military",
                                       measure="troop_deployment", announced_at=at(2), **values).ids[0]


def withdrawn_at(doc, commitment_id):
    with doc.reading() as session:
        return session.get(Commitment, commitment_id).withdrawn_at


def gate_of(doc, commitment_id, now=at(100)) -> tuple[bool, bool]:
    a = assess(load_snapshot(doc), now.timestamp())
    pos = int(np.flatnonzero(a.snapshot.com_ids == commitment_id)[0])
    return bool(a.gated[pos]), bool(a.gate_violation[pos])


# -- the service records the withdrawal -------------------------------------------------------
def test_withdrawing_records_the_scenario_time_and_taking_it_back_clears_it(gated):
    doc, it, incident = gated
    deployment = troops(doc, it, incident, effective_at=at(5))
    assert withdrawn_at(doc, deployment) is None

    report = responses.update_commitment(doc, commitment_id=deployment, status="withdrawn")
    assert withdrawn_at(doc, deployment) == at(10)            # the saved clock: scenario "now"
    assert report.previous == {"status": "announced", "withdrawn_at": None}

    report = responses.update_commitment(doc, commitment_id=deployment, status="delivered")
    assert withdrawn_at(doc, deployment) is None
    assert report.previous == {"status": "withdrawn", "withdrawn_at": at(10)}

    # An undo is the same call with the previous values: the withdrawal time comes back exactly.
    responses.update_commitment(doc, commitment_id=deployment, **report.previous)
    assert withdrawn_at(doc, deployment) == at(10)


def test_the_live_clock_gives_the_time_and_other_edits_keep_it(gated):
    doc, it, incident = gated
    deployment = troops(doc, it, incident)
    doc.scenario_now = lambda: at(12)                          # as the GUI attaches its running clock
    responses.update_commitment(doc, commitment_id=deployment, status="withdrawn")
    doc.scenario_now = lambda: at(20)
    responses.update_commitment(doc, commitment_id=deployment, note="parliament said no")
    assert withdrawn_at(doc, deployment) == at(12)


def test_created_withdrawn_is_withdrawn_now_or_when_given(gated):
    doc, it, incident = gated
    assert withdrawn_at(doc, troops(doc, it, incident, status="withdrawn")) == at(10)
    assert withdrawn_at(doc, troops(doc, it, incident, status="withdrawn", withdrawn_at=at(40))) == at(40)
    # A commitment announced after "now" cannot have been withdrawn before it was announced.
    later = responses.create_commitment(doc, incident_id=incident, signatory_id=it, category="military",
                                        measure="troop_deployment", announced_at=at(30), status="withdrawn").ids[0]
    assert withdrawn_at(doc, later) == at(30)


def test_inconsistent_withdrawal_times_are_refused(gated):
    doc, it, incident = gated
    deployment = troops(doc, it, incident)
    with pytest.raises(ValidationError) as err:
        responses.update_commitment(doc, commitment_id=deployment, withdrawn_at=at(20))
    assert err.value.field == "withdrawn_at" and "not withdrawn" in str(err.value)
    with pytest.raises(ValidationError) as err:
        troops(doc, it, incident, status="withdrawn", withdrawn_at=at(1))
    assert err.value.field == "withdrawn_at" and "announced" in str(err.value)
    assert withdrawn_at(doc, deployment) is None


def test_undoing_a_withdrawal_in_the_gui_restores_the_time(gated, qapp):
    from gui.core.commands import UpdateCommand
    from gui.core.document import ExerciseDocument
    doc, it, incident = gated
    deployment = troops(doc, it, incident, effective_at=at(5))
    document = ExerciseDocument(doc)
    try:
        assert document.execute(UpdateCommand(document, "withdraw", partial(responses.update_commitment, commitment_id=deployment),
                                              status="withdrawn"))
        assert withdrawn_at(doc, deployment) == at(10)
        document.undo_stack.undo()
        assert withdrawn_at(doc, deployment) is None
        with doc.reading() as session:
            assert session.get(Commitment, deployment).status == "announced"
    finally:
        document.undo_stack.clear()   # the file itself is closed by the fixture


# -- the engine judges the gate until the withdrawal ------------------------------------------
def test_a_deployment_effective_before_its_withdrawal_keeps_its_gate(gated):
    doc, it, incident = gated
    broke_then_withdrawn = troops(doc, it, incident, effective_at=at(5), status="withdrawn", withdrawn_at=at(20))
    lawful_then_withdrawn = troops(doc, it, incident, effective_at=at(56), status="withdrawn", withdrawn_at=at(60))
    withdrawn_before_effect = troops(doc, it, incident, effective_at=at(30), status="withdrawn",
                                     withdrawn_at=at(20))
    withdrawn_at_its_effect = troops(doc, it, incident, effective_at=at(20), status="withdrawn",
                                     withdrawn_at=at(20))
    never_effective = troops(doc, it, incident, status="withdrawn", withdrawn_at=at(20))

    assert gate_of(doc, broke_then_withdrawn) == (True, True)
    assert gate_of(doc, lawful_then_withdrawn) == (True, False)
    assert gate_of(doc, withdrawn_before_effect) == (False, False)
    assert gate_of(doc, withdrawn_at_its_effect) == (False, False)
    assert gate_of(doc, never_effective) == (False, False)

    rows = [r for r in findings(assess(load_snapshot(doc), at(100).timestamp())) if r.kind == GATE_KIND]
    assert {r.commitment_id: r.detail for r in rows} == {broke_then_withdrawn: "violation",
                                                         lawful_then_withdrawn: "respected"}
    breach = next(r for r in rows if r.commitment_id == broke_then_withdrawn)
    assert "withdrawn D+1 04:00, effective D+0 13:00" in breach.text  # STARTEX is T0 - 2 h


def test_withdrawing_an_effective_deployment_later_keeps_the_finding(gated):
    doc, it, incident = gated
    deployment = troops(doc, it, incident, effective_at=at(5))
    assert gate_of(doc, deployment) == (True, True)
    doc.scenario_now = lambda: at(30)
    responses.update_commitment(doc, commitment_id=deployment, status="withdrawn")
    assert gate_of(doc, deployment) == (True, True)
    # Moving its effect after the withdrawal: it never deployed, so there is nothing to judge.
    responses.update_commitment(doc, commitment_id=deployment, effective_at=at(31))
    assert gate_of(doc, deployment) == (False, False)


def test_a_withdrawal_of_unrecorded_time_counts_from_the_start(gated):
    """Files from before schema 3 hold withdrawn commitments without a time: judged as they were."""
    doc, it, incident = gated
    deployment = troops(doc, it, incident, effective_at=at(5), status="withdrawn")
    path = doc.path
    doc.close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE commitment SET withdrawn_at = NULL")
    reopened = ExerciseFile.open(path)
    try:
        assert gate_of(reopened, deployment) == (False, False)
    finally:
        reopened.close()


def test_withdrawing_italys_broken_deployment_in_the_matrix_keeps_the_gate_and_says_when(qtbot, document):
    """The default exercise: IT troops for incident #3 went in at D+1 12:00, before parliament could
    approve (D+3 14:00); withdrawing them at D+2 09:00 does not undo that."""
    from PySide6.QtCore import Qt

    from gui.incidents.commitment_matrix import CommitmentMatrix
    from gui.incidents.commitment_matrix_model import GATE_MARK
    matrix = CommitmentMatrix()
    qtbot.addWidget(matrix)
    matrix.set_document(document)
    document.selection.select("incident", int(document.snapshot.inc_ids[2]))
    military = 2
    index = matrix.model.index(document.snapshot.sig_codes.index("IT"), military)
    dialog = matrix.edit_cell(index)
    dialog.status.setCurrentIndex(dialog.status.findData("withdrawn"))
    assert dialog.save()

    italy = matrix.model.cell(index.row(), military)
    assert italy.status == "withdrawn" and italy.violation and italy.text.startswith(GATE_MARK)
    assert "withdrawn D+2 09:00" in matrix.model.data(index, Qt.ItemDataRole.ToolTipRole)
    document.undo_stack.undo()
    italy = matrix.model.cell(index.row(), military)
    assert italy.status == "announced" and italy.violation
    assert "withdrawn" not in matrix.model.data(index, Qt.ItemDataRole.ToolTipRole)
