"""A change report names every row its service call created, updated or deleted, side effects included,
and nothing a call removes is beyond undo: restoring what it captured gives back the very same rows.

The default exercise is used as shipped: injects 2, 4, 5 and 6 were delivered and created incidents 1-4,
which carry commitments and consultation records.
"""
from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from model import evaluation_queries, queries
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
            for row in connection.execute(f'SELECT * FROM "{table.name}"'):
                names = [d[0] for d in connection.execute(f'SELECT * FROM "{table.name}" LIMIT 0').description]
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
                     if signatories.count_dependants(default_doc, s.id) >= (1, 1))
    report = reported_exactly(default_doc, lambda: signatories.delete_signatory(default_doc, signatory.id))
    assert report.keys("signatory", "deleted") == {signatory.id}
    assert report.touches("commitment") and report.touches("consultation")
    assert not report.touches("incident")


def test_a_delivery_reports_the_incident_it_created_and_the_inject_it_updated(default_doc):
    planned = next(i for i in queries.injects(default_doc) if i.inject_type == "incident" and i.status == "planned")
    report = reported_exactly(default_doc, lambda: injects.deliver_inject(
        default_doc, planned.id, at=planned.delivery_time))
    incident_id = delivered_incident(default_doc, planned.id)
    assert report.created["incident"] == {incident_id}
    assert report.updated["inject"] == {planned.id}

    undo = reported_exactly(default_doc, lambda: injects.revert_inject(default_doc, planned.id))
    assert undo.deleted["incident"] == {incident_id}
    assert undo.updated["inject"] == {planned.id}


def test_reverting_a_delivery_reports_the_records_cascaded_away_with_its_incident(default_doc):
    incident_id = delivered_incident(default_doc, 2)
    commitments = {c.id for c in queries.commitments(default_doc, incident_id)}
    consultations = {c.id for c in queries.consultations(default_doc, incident_id)}
    assert commitments and consultations
    report = reported_exactly(default_doc, lambda: injects.revert_inject(default_doc, 2))
    assert report.keys("commitment", "deleted") == commitments
    assert report.keys("consultation", "deleted") == consultations
    restored = reported_exactly(default_doc, lambda: records.restore_records(default_doc, records=report.removed))
    assert restored.keys("commitment", "created") == commitments
    assert restored.keys("incident", "created") == {incident_id}
    assert restored.keys("inject", "updated") == {2}


def test_a_plain_edit_reports_only_its_row(default_doc):
    report = reported_exactly(default_doc, lambda: incidents.update_incident(default_doc, 1, location="Odesa"))
    assert report.kinds() == {"incident", "log_entry"}
    assert report.keys("incident") == {1}


def _signatory_with_records(doc) -> int:
    return next(s.id for s in queries.signatories(doc) if signatories.count_dependants(doc, s.id) >= (1, 1))


def _objective_with_everything(doc) -> int:
    objective = evaluation_queries.objectives(doc)[0].id
    evaluation.record_observation(doc, objective_id=objective, text="Slow to convene")
    evaluation.create_improvement(doc, issue="Convene faster", objective_id=objective)
    return objective


# Every service that removes rows: each entry prepares the document and returns the call to test.
REMOVALS = {
    "signatory with records": lambda d: (
        lambda key=_signatory_with_records(d): signatories.delete_signatory(d, key)),
    "several signatories": lambda d: (
        lambda: roster.delete_signatories(d, ids=[s.id for s in queries.signatories(d)[:3]])),
    "delivered incident": lambda d: (lambda: incidents.delete_incident(d, delivered_incident(d, 4))),
    "commitment": lambda d: (lambda: responses.delete_commitment(d, queries.commitments(d, 1)[0].id)),
    "consultation": lambda d: (lambda: responses.delete_consultation(d, queries.consultations(d, 1)[0].id)),
    "delivered inject": lambda d: (lambda: injects.delete_inject(d, 5)),
    "whole MSEL": lambda d: (lambda: injects.delete_injects(d, ids=[i.id for i in queries.injects(d)])),
    "revert of a delivery with records": lambda d: (lambda: injects.revert_inject(d, 6)),
    "revert of a skip": lambda d: (injects.skip_inject(d, 8), lambda: injects.revert_inject(d, 8))[1],
    "objective with observations and items": lambda d: (
        lambda key=_objective_with_everything(d): evaluation.delete_objective(d, key)),
    "observation": lambda d: (lambda key=evaluation.record_observation(
        d, objective_id=evaluation_queries.objectives(d)[0].id, text="Noted").ids[0]: evaluation.delete_observation(d, key)),
    "improvement item": lambda d: (
        lambda key=evaluation.create_improvement(d, issue="Fix it").ids[0]: evaluation.delete_improvement(d, key)),
    "treaty option": lambda d: (lambda key=terms.add_terms_option(
        d, name="Variant", copy_from=queries.exercise_info(d).active_terms_id).ids[0]:
        terms.delete_terms_option(d, key)),
}


@pytest.mark.parametrize("prepare", REMOVALS.values(), ids=REMOVALS.keys())
def test_whatever_a_service_removes_restoring_its_capture_puts_back_exactly(default_doc, prepare):
    removal = prepare(default_doc)
    before, state = data_rows(default_doc), stored_rows(default_doc)
    report = removal()
    assert report.removed, "a removal captures what it removed"
    assert without_log(report.deleted) == what_changed(state, stored_rows(default_doc))[2]   # cascades included
    restored = records.restore_records(default_doc, records=report.removed, summary="Undo")
    assert without_log(restored.created) == report.deleted
    assert data_rows(default_doc) == before
