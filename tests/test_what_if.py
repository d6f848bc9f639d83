"""What-if mode: edits go to a scratch copy, the record file and its log are untouched, discard forgets them."""
from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np

from gui.core.commands import CreateCommand, UpdateCommand
from model import queries
from model.engine import MISSED
from model.services import log
from model.services.incidents import create_incident, delete_incident, update_incident
from model.services.signatories import update_signatory
from model.what_if_difference import difference, figures
from model.queries import log_entries
from model.services.log import verify_log
from tests.support import data_rows, dump


def record_state(document) -> tuple:
    """The record's bytes on disk (main file and WAL) and its whole content, read through its own connection."""
    path = document.record_file.path
    wal = Path(f"{path}-wal")
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b"", dump(path)


def italy(document) -> int:
    return next(s.id for s in queries.signatories(document.file) if s.code == "IT")


def what_if_sequence(document) -> None:
    """What a planner tries: Italy's parliament needs 7 days, an incident moves, one is added and one deleted."""
    first = queries.incidents(document.file)[0]
    assert document.execute(UpdateCommand(document, "IT lead time", partial(update_signatory, signatory_id=italy(document)),
                                          approval_lead_hours=7 * 24, lead_time_assumed=False))
    assert document.execute(UpdateCommand(document, "Move", partial(update_incident, incident_id=first.id),
                                          occurred_at=first.occurred_at.replace(hour=(first.occurred_at.hour + 5) % 24)))
    assert document.execute(CreateCommand(document, "Add", create_incident, delete_incident, incident_type="missile_strike",
                                          severity=3, occurred_at=first.occurred_at))
    document.undo_stack.undo()
    document.undo_stack.redo()


def test_what_if_edits_reach_the_scratch_copy_and_never_the_record(document):
    before = record_state(document)
    head = log.log_head(document.file).text()
    record_path = document.file.path
    document.enter_what_if()
    assert document.file.path != record_path and document.record_file.path == record_path
    what_if_sequence(document)
    lead = next(s.approval_lead_hours for s in queries.signatories(document.file) if s.code == "IT")
    assert lead == 7 * 24, "the what-if shows its change"
    assert [step.service for step in document.what_if.journal] == [
        "signatories.update_signatory", "incidents.update_incident", "incidents.create_incident"], \
        "an undo in the what-if takes its step off the journal, the redo puts it back"
    assert document.what_if.journal[0].kwargs["signatory_id"] == italy(document), "ids are journalled"
    assert record_state(document) == before
    assert log.log_head(document.record_file).text() == head
    document.discard_what_if()
    assert document.what_if is None and document.file.path == record_path
    assert record_state(document) == before
    assert log.log_head(document.file).text() == head
    lead = next(s.approval_lead_hours for s in queries.signatories(document.file) if s.code == "IT")
    assert lead != 7 * 24, "discarding forgets the what-if's change"
    assert document.snapshot.sig_lead_s[list(document.snapshot.sig_codes).index("IT")] == lead * 3600


def test_discard_removes_the_scratch_copy_and_gives_back_the_record_undo_stack(document):
    record_stack = document.undo_stack
    first = queries.incidents(document.file)[0]
    assert document.execute(UpdateCommand(document, "Severity", partial(update_incident, incident_id=first.id),
                                          severity=1))
    document.enter_what_if()
    scratch = document.what_if.scratch.folder
    assert scratch.is_dir() and document.undo_stack is not record_stack and document.undo_stack.count() == 0
    what_if_sequence(document)
    document.discard_what_if()
    assert not scratch.exists()
    assert document.undo_stack is record_stack and record_stack.count() == 1
    record_stack.undo()   # the record's own history still works on the record
    assert queries.incidents(document.file)[0].severity == first.severity


def test_the_clock_neither_runs_nor_moves_in_what_if_mode(document, qtbot):
    document.enter_what_if()
    with qtbot.waitSignal(document.error):
        document.start_clock()
    assert not document.clock.running
    now = document.clock.seconds()
    with qtbot.waitSignal(document.error):
        document.set_scenario_time(now + 86400)
    assert document.clock.seconds() == now


def test_difference_counts_are_the_two_assessments_differences(document):
    record = document.assessment
    document.enter_what_if()
    what_if_sequence(document)
    d = difference(document.record_assessment, document.assessment)
    assert d.record == figures(record)
    missed = sum(int(np.count_nonzero(ob.status == MISSED))
                 for ob in (document.assessment.reaction, document.assessment.consultation))
    missed_before = sum(int(np.count_nonzero(ob.status == MISSED)) for ob in (record.reaction, record.consultation))
    assert d.delta("missed") == missed - missed_before
    assert d.delta("gates") == int(document.assessment.gated.sum()) - int(record.gated.sum())


def test_apply_replays_the_what_if_as_one_logged_undoable_edit(document):
    before_rows = data_rows(document.file)
    before_log = log_entries(document.file)
    document.enter_what_if()
    what_if_sequence(document)
    expected_rows = data_rows(document.file)
    record_stack = document.what_if.record_stack
    count = record_stack.count()
    assert document.apply_what_if()
    assert document.what_if is None and document.undo_stack is record_stack
    assert record_stack.count() == count + 1, "one undo command"
    assert data_rows(document.file) == expected_rows, "the record now holds what the what-if showed"
    after = log_entries(document.file)
    assert len(after) == len(before_log) + 1, [e.text for e in after[len(before_log):]]
    assert after[-1].text.startswith("What-if applied: ") and "IT" in after[-1].text
    assert verify_log(document.file).intact
    backup = document.file.path.with_name(f"{document.file.path.stem}.before-what-if.pactline")
    assert data_rows(backup) == before_rows, "the record was backed up before the apply"
    record_stack.undo()
    assert data_rows(document.file) == before_rows
    assert len(log_entries(document.file)) == len(before_log) + 2 and verify_log(document.file).intact
    record_stack.redo()
    assert data_rows(document.file) == expected_rows


def test_a_step_that_no_longer_applies_changes_nothing_and_keeps_the_what_if(document, qtbot):
    before = record_state(document)
    document.enter_what_if()
    what_if_sequence(document)
    journal = document.what_if.journal
    journal.append(type(journal[0])("incidents.update_incident", {"incident_id": 99999, "severity": 2}))
    with qtbot.waitSignal(document.error) as refused:
        assert not document.apply_what_if()
    assert "step 4" in refused.args[0]
    assert document.what_if is not None and document.file.path != document.record_file.path
    path = document.record_file.path
    backup = path.with_name(f"{path.stem}.before-what-if.pactline")
    backup.unlink()   # the backup is taken before; the record itself must be as it was
    assert record_state(document)[2] == before[2]
