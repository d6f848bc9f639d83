"""Saved what-if variants: Save as Variant keeps the journal in the record (one log entry), Open Variant
replays it on a fresh scratch copy (the same difference from the record; a step that no longer applies is
named and left out), rename and delete are undoable logged edits of the record."""
from __future__ import annotations

from functools import partial

import pytest

from gui.core import dialogs
from gui.core.commands import DeleteCommand, UpdateCommand
from gui.shell import what_if_commands
from gui.shell.what_if_commands import SAVE_VARIANT
from model import queries, services
from model.errors import ValidationError
from model.services.incidents import delete_incident, update_incident
from model.services.signatories import update_signatory
from model.what_if_difference import difference, difference_line
from tests.test_what_if import record_state

pytestmark = pytest.mark.usefixtures("isolated")


def try_changes(document) -> None:
    """Italy's parliament needs a week, and the first incident comes five hours later."""
    italy = next(s.id for s in queries.signatories(document.file) if s.code == "IT")
    first = queries.incidents(document.file)[0]
    assert document.execute(UpdateCommand(document, "IT", partial(update_signatory, signatory_id=italy),
                                          approval_lead_hours=24 * 7, lead_time_assumed=False))
    assert document.execute(UpdateCommand(document, "Move", partial(update_incident, incident_id=first.id),
                                          occurred_at=first.occurred_at.replace(hour=first.occurred_at.hour + 5)))


def name_it(monkeypatch, name: str) -> None:
    monkeypatch.setattr(dialogs, "ask_text", lambda *args, **kwargs: name)


def test_save_and_reopen_gives_the_same_what_if_difference(window, monkeypatch, errors_shown):
    document = window.document
    variants = window.variant_commands
    assert not variants.save.isEnabled()                 # only a what-if can be saved
    entries = len(queries.log_entries(document.file))
    window.what_if_commands.enter.trigger()
    try_changes(document)
    line = difference_line(difference(document.record_assessment, document.assessment), most=99)
    assert variants.save.isEnabled()
    name_it(monkeypatch, "Italy needs a week")
    assert variants.save_current()
    window.what_if_commands.discard.trigger()
    record = record_state(document)
    log = queries.log_entries(document.file)
    assert len(log) == entries + 1 and "What-if variant 'Italy needs a week' saved (2 changes)" in log[-1].text
    (saved,) = services.variants.variants(document.file)
    assert (saved.name, saved.changes) == ("Italy needs a week", 2)

    dialog = variants.show_variants()
    assert dialog.tree.topLevelItemCount() == 1 and dialog.tree.topLevelItem(0).text(2) == "2"
    dialog.open_selected()
    assert errors_shown == []
    assert document.what_if is not None and len(document.what_if.journal) == 2
    assert difference_line(difference(document.record_assessment, document.assessment), most=99) == line
    assert record_state(document) == record                           # opening changes nothing in the record
    window.what_if_commands.discard.trigger()
    assert len(queries.log_entries(document.file)) == entries + 1


def test_a_step_that_no_longer_applies_is_named_and_the_rest_opens(window, monkeypatch, errors_shown):
    document = window.document
    window.what_if_commands.enter.trigger()
    try_changes(document)
    name_it(monkeypatch, "Moved")
    assert window.variant_commands.save_current()
    window.what_if_commands.discard.trigger()
    first = queries.incidents(document.file)[0]
    assert document.execute(DeleteCommand(document, "Delete", partial(delete_incident, incident_id=first.id)))
    (variant,) = services.variants.variants(document.file)
    assert window.variant_commands.open_variant(variant.id)
    assert document.what_if is not None
    (title, detail), = errors_shown
    assert title == "Variant opened in part" and detail.startswith("step 2 (incidents.update_incident)")
    assert [s.service for s in document.what_if.journal] == ["signatories.update_signatory"]
    window.what_if_commands.discard.trigger()


def test_saving_while_leaving_a_what_if_keeps_it_as_a_variant(window, monkeypatch):
    document = window.document
    path = document.file.path
    window.what_if_commands.enter.trigger()
    try_changes(document)
    name_it(monkeypatch, "Kept on closing")
    monkeypatch.setattr(what_if_commands, "ask_leave_what_if", lambda parent, title, text, choices: SAVE_VARIANT)
    assert window.close_exercise()
    from model.storage.exercise_file import ExerciseFile
    record = ExerciseFile.open(path, read_only=True)
    try:
        assert [v.name for v in services.variants.variants(record)] == ["Kept on closing"]
    finally:
        record.close()


@pytest.fixture(autouse=True)
def errors_shown(isolated, monkeypatch):
    """What would be shown is recorded, with its detail (after isolate_gui's own recorder)."""
    shown: list = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": shown.append((title, detail)))
    return shown


def test_rename_and_delete_are_undoable_logged_edits_of_the_record(window, monkeypatch):
    document = window.document
    window.what_if_commands.enter.trigger()
    try_changes(document)
    name_it(monkeypatch, "First")
    assert window.variant_commands.save_current()
    window.what_if_commands.discard.trigger()
    (variant,) = services.variants.variants(document.file)
    entries = len(queries.log_entries(document.file))
    assert window.variant_commands.rename_variant(variant.id, "Italy slow")
    assert [v.name for v in services.variants.variants(document.file)] == ["Italy slow"]
    assert window.variant_commands.delete_variant(variant.id)
    assert services.variants.variants(document.file) == []
    log = queries.log_entries(document.file)[entries:]
    assert [e.text for e in log] == ["What-if variant 'First' renamed 'Italy slow'",
                                     "What-if variant 'Italy slow' deleted"]
    document.undo_stack.undo()
    assert [v.name for v in services.variants.variants(document.file)] == ["Italy slow"]
    document.undo_stack.undo()
    assert [v.name for v in services.variants.variants(document.file)] == ["First"]
    document.undo_stack.undo()                      # the save itself
    assert services.variants.variants(document.file) == []
    document.undo_stack.redo()
    assert [v.name for v in services.variants.variants(document.file)] == ["First"]


def test_two_variants_cannot_share_a_name(default_doc):
    services.variants.save_variant(default_doc, name="A", journal="[]")
    with pytest.raises(ValidationError, match="exists already"):
        services.variants.save_variant(default_doc, name="A", journal="[]")
    with pytest.raises(ValidationError):
        services.variants.save_variant(default_doc, name="  ", journal="[]")
