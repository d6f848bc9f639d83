"""A what-if's journal kept as text (for a variant) reads back as exactly the steps that ran."""
from __future__ import annotations

from functools import partial

import pytest

from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from model import queries
from model.journal_text import JournalTextError, journal_steps, journal_text
from model.services.changes import Record
from model.services.incidents import create_incident, delete_incident, update_incident
from model.services.signatories import update_signatory
from model.timeutil import utc
from model.what_if_replay import JournalStep, replay


def test_times_tuples_rows_and_dollar_keys_survive():
    steps = [JournalStep("incidents.update_incident", {"incident_id": 3, "occurred_at": utc(2026, 3, 3, 5)}),
             JournalStep("injects.create_injects", {"entries": [{"synopsis": "x", "additional_fields": {"$k": "v"}}],
                                                    "window": (utc(2026, 3, 2), utc(2026, 3, 6))}),
             JournalStep("records.restore_records", {"records": (Record("incident", {"id": 9, "severity": 2}),)})]
    assert journal_steps(journal_text(steps)) == steps


@pytest.mark.parametrize("text", ["{}", "not json", '[{"service": "x"}]', '[{"service": "x", "kwargs": {"$what": 1}}]'])
def test_text_pactline_did_not_write_is_refused_with_a_reason(text):
    with pytest.raises(JournalTextError, match="cannot be read|unknown journal value"):
        journal_steps(text)


def test_a_real_what_if_journal_round_trips_and_replays_the_same(document):
    document.enter_what_if()
    italy = next(s.id for s in queries.signatories(document.file) if s.code == "IT")
    first = queries.incidents(document.file)[0]
    assert document.execute(UpdateCommand(document, "IT", partial(update_signatory, signatory_id=italy),
                                          approval_lead_hours=7 * 24, lead_time_assumed=False))
    assert document.execute(UpdateCommand(document, "Move", partial(update_incident, incident_id=first.id),
                                          occurred_at=first.occurred_at.replace(hour=1)))
    assert document.execute(CreateCommand(document, "Add", create_incident, delete_incident,
                                          incident_type="missile_strike", severity=3, occurred_at=first.occurred_at))
    added = document.undo_stack.command(2).created_id
    assert document.execute(DeleteCommand(document, "Delete", partial(delete_incident, incident_id=added)))
    document.undo_stack.undo()                       # the delete undone: off the journal
    steps = list(document.what_if.journal)
    again = journal_steps(journal_text(steps))
    assert again == steps
    record = document.what_if.record_file
    document.discard_what_if()
    replay(record, again, summary="What-if applied")
    assert next(s.approval_lead_hours for s in queries.signatories(record) if s.code == "IT") == 7 * 24
    assert any(i.id == added for i in queries.incidents(record))
