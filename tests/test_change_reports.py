"""A change report names every row its service call created, updated or deleted, side effects included,
and nothing a call removes is beyond undo: restoring what it captured gives back the very same rows.

The default exercise is used as shipped: injects 2, 4, 5 and 6 were delivered and created incidents 1-4,
which carry commitments and consultation records.
"""
from __future__ import annotations

import sqlite3
from datetime import timedelta
from functools import partial

import pytest

from model import queries
from model.entities import Base
from model.services import evaluation, incidents, injects, records, responses, roster, signatories, terms
from tests.support import data_rows

# The log only grows (undo included); everything else must come back as it was.
LOG_TABLES = {"log_entry", "log_seal"}


def stored_rows(doc) -> dict[str, dict]:
    """Every row of every table but the log, by table and primary key, read through a connection of its own."""
    connection = sqlite3.connect(doc.path)
    try:
        rows = {}
        for table in Base.metadata.sorted_tables:
            if table.name in LOG_TABLES:
                continue
            keys = [column.name for column in table.primary_key.columns]
            found = {}
            cursor = connection.execute(f'SELECT * FROM "{table.name}"')
            names = [column[0] for column in cursor.description]
            for row in cursor:
                values = dict(zip(names, row))
                key = tuple(values[k] for k in keys)
                found[key[0] if len(key) == 1 else key] = values
            rows[table.name] = found
        return rows
    finally:
        connection.close()


def what_changed(before: dict, after: dict) -> tuple[dict, dict, dict]:
    created, updated, deleted = {}, {}, {}
    for table in before:
        old, new = before[table], after[table]
        for target, keys in ((created, new.keys() - old.keys()), (deleted, old.keys() - new.keys()),
                             (updated, {k for k in old.keys() & new.keys() if old[k] != new[k]})):
            if keys:
                target[table] = frozenset(keys)
    return created, updated, deleted


def without_log(changes) -> dict:
    return {kind: keys for kind, keys in changes.items() if kind not in LOG_TABLES}


def reported_exactly(doc, call):
    """Run *call*; its report must list exactly the rows that changed in the file (the log aside)."""
    before = stored_rows(doc)
    report = call()
    created, updated, deleted = what_changed(before, stored_rows(doc))
    assert without_log(report.created) == created
    assert without_log(report.updated) == updated
    assert without_log(report.deleted) == deleted
    assert "log_entry" in report.created      # every call is logged, and the log dock hears of it
    return report


def delivered_incident(doc, inject_id: int) -> int:
    return queries.inject(doc, inject_id).incident_id


def test_deleting_a_signatory_reports_the_commitments_and_consultations_that_went_with_it(default_doc):
    signatory = next(s for s in queries.signatories(default_doc)
                     if min(signatories.count_dependants(default_doc, signatory_id=s.id)) >= 1)
    report = reported_exactly(default_doc, lambda: signatories.delete_signatory(default_doc, signatory_id=signatory.id))
    assert report.keys("signatory", "deleted") == {signatory.id}
    assert report.touches("commitment") and report.touches("consultation")
    assert not report.touches("incident")


def test_a_delivery_reports_the_incident_it_created_and_the_inject_it_updated(default_doc):
    planned = next(i for i in queries.injects(default_doc) if i.inject_type == "incident" and i.status == "planned")
    report = reported_exactly(default_doc, lambda: injects.deliver_inject(
        default_doc, inject_id=planned.id, at=planned.delivery_time))
    incident_id = delivered_incident(default_doc, planned.id)
    assert report.created["incident"] == {incident_id}
    assert report.updated["inject"] == {planned.id}

    undo = reported_exactly(default_doc, lambda: injects.revert_inject(default_doc, inject_id=planned.id))
    assert undo.deleted["incident"] == {incident_id}
    assert undo.updated["inject"] == {planned.id}


def test_reverting_a_delivery_reports_the_records_cascaded_away_with_its_incident(default_doc):
    incident_id = delivered_incident(default_doc, 2)
    commitments = {c.id for c in queries.commitments(default_doc, incident_id)}
    consultations = {c.id for c in queries.consultations(default_doc, incident_id)}
    assert commitments and consultations
    report = reported_exactly(default_doc, lambda: injects.revert_inject(default_doc, inject_id=2))
    assert report.keys("commitment", "deleted") == commitments
    assert report.keys("consultation", "deleted") == consultations
    restored = reported_exactly(default_doc, lambda: records.restore_records(default_doc, records=report.removed))
    assert restored.keys("commitment", "created") == commitments
    assert restored.keys("incident", "created") == {incident_id}
    assert restored.keys("inject", "updated") == {2}


def test_a_plain_edit_reports_only_its_row(default_doc):
    report = reported_exactly(default_doc, lambda: incidents.update_incident(default_doc, incident_id=1, location="Odesa"))
    assert report.kinds() == {"incident", "log_entry"}
    assert report.keys("incident") == {1}


# Every service that removes rows: each entry prepares the document and returns the call to test.
def _signatory_with_records(doc):
    key = next(s.id for s in queries.signatories(doc) if min(signatories.count_dependants(doc, signatory_id=s.id)) >= 1)
    return partial(signatories.delete_signatory, doc, signatory_id=key)


def _several_signatories(doc):
    return partial(roster.delete_signatories, doc, ids=[s.id for s in queries.signatories(doc)[:3]])


def _delivered_incident(doc):
    return partial(incidents.delete_incident, doc, incident_id=delivered_incident(doc, 4))


def _commitment(doc):
    return partial(responses.delete_commitment, doc, commitment_id=queries.commitments(doc, 1)[0].id)


def _consultation(doc):
    return partial(responses.delete_consultation, doc, consultation_id=queries.consultations(doc, 1)[0].id)


def _whole_msel(doc):
    return partial(injects.delete_injects, doc, ids=[i.id for i in queries.injects(doc)])


def _skip(doc):
    injects.skip_inject(doc, inject_id=8)
    return partial(injects.revert_inject, doc, inject_id=8)


def _objective_with_everything(doc):
    objective = queries.objectives(doc)[0].id
    evaluation.record_observation(doc, objective_id=objective, text="Slow to convene")
    evaluation.create_improvement(doc, issue="Convene faster", objective_id=objective)
    return partial(evaluation.delete_objective, doc, objective_id=objective)


def _observation(doc):
    objective = queries.objectives(doc)[0].id
    key = evaluation.record_observation(doc, objective_id=objective, text="Noted").ids[0]
    return partial(evaluation.delete_observation, doc, observation_id=key)


def _improvement(doc):
    return partial(evaluation.delete_improvement, doc, improvement_id=evaluation.create_improvement(doc, issue="Fix it").ids[0])


def _treaty_option(doc):
    active = queries.exercise_info(doc).active_terms_id
    return partial(terms.delete_terms_option, doc, terms_id=terms.add_terms_option(doc, name="Variant", copy_from=active).ids[0])


REMOVALS = {
    "signatory with records": _signatory_with_records,
    "several signatories": _several_signatories,
    "delivered incident": _delivered_incident,
    "commitment": _commitment,
    "consultation": _consultation,
    "delivered inject": lambda doc: partial(injects.delete_inject, doc, inject_id=5),
    "whole MSEL": _whole_msel,
    "revert of a delivery with records": lambda doc: partial(injects.revert_inject, doc, inject_id=6),
    "revert of a skip": _skip,
    "objective with observations and items": _objective_with_everything,
    "observation": _observation,
    "improvement item": _improvement,
    "treaty option": _treaty_option,
}


@pytest.mark.parametrize("prepare", REMOVALS.values(), ids=REMOVALS.keys())
def test_whatever_a_service_removes_restoring_its_capture_puts_back_exactly(default_doc, prepare):
    removal = prepare(default_doc)
    before = data_rows(default_doc)
    report = reported_exactly(default_doc, removal)          # cascades included
    assert report.removed, "a removal captures what it removed"
    restored = reported_exactly(default_doc, partial(records.restore_records, default_doc,
                                                     records=report.removed, summary="Undo"))
    assert without_log(restored.created) == report.deleted
    assert data_rows(default_doc) == before


def _activate_an_option(doc):
    option = terms.add_terms_option(doc, name="Variant", copy_from=queries.exercise_info(doc).active_terms_id)
    return partial(terms.set_active_terms, doc, terms_id=option.ids[0])


def _shift_a_phase(doc):
    return partial(injects.shift_injects, doc, offset=timedelta(hours=1), phase=queries.inject(doc, 9).phase)


def _commitment_made(doc):
    return partial(responses.create_commitment, doc, incident_id=1, signatory_id=1, category="political",
                   measure="joint_statement", announced_at=queries.incident(doc, 1).occurred_at)


# Edits that change several rows, or a row of another kind than their own; each prepares and returns the call.
EDITS = {
    "shift a phase": _shift_a_phase,
    "hold": lambda doc: partial(injects.hold_inject, doc, inject_id=9),
    "activate an option": _activate_an_option,
    "proportionality": lambda doc: partial(terms.set_proportionality, doc, terms_id=1, incident_type="missile_strike",
                                           severity=5, categories=["political"]),
    "commitment": _commitment_made,
    "signatory name": lambda doc: partial(signatories.update_signatory, doc, signatory_id=1, name="Renamed"),
}


@pytest.mark.parametrize("prepare", EDITS.values(), ids=EDITS.keys())
def test_every_row_an_edit_changes_is_in_its_report(default_doc, prepare):
    reported_exactly(default_doc, prepare(default_doc))
