"""Leaving a what-if that holds changes asks first (close the window, quit, open or import another file):
apply, discard or stay; an MSEL import during a what-if is journalled like every other edit."""
from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest

from gui.conduct.msel_import_command import ImportMselCommand
from gui.core.commands import UpdateCommand
from gui.shell import what_if_commands
from gui.shell.what_if_commands import APPLY, DISCARD
from model import queries
from model.services.signatories import update_signatory
from model.storage.exercise_file import ExerciseFile
from tests.test_what_if import record_state

pytestmark = pytest.mark.usefixtures("isolated")


def italy_needs_a_week(document) -> None:
    italy = next(s.id for s in queries.signatories(document.file) if s.code == "IT")
    assert document.execute(UpdateCommand(document, "IT", partial(update_signatory, signatory_id=italy),
                                          approval_lead_hours=24 * 7, lead_time_assumed=False))


def lead_hours(file) -> int:
    return next(s.approval_lead_hours for s in queries.signatories(file) if s.code == "IT")


@pytest.fixture
def answers(monkeypatch):
    """What the leave question is answered with (the next in the list each time), and what it offered."""
    asked: list = []
    given: list = []

    def answer(parent, title, text, choices):
        asked.append((text, tuple(choices)))
        return given.pop(0) if given else None
    monkeypatch.setattr(what_if_commands, "ask_leave_what_if", answer)
    return asked, given


def test_closing_the_window_with_changes_asks_and_cancel_keeps_the_what_if(window, answers, exercise_path):
    asked, given = answers
    document = window.document
    document.enter_what_if()
    italy_needs_a_week(document)
    given.append(None)                                  # Cancel
    assert not window.close()
    assert window.isVisible() and document.what_if is not None
    (text, choices), = asked
    assert "1 change" in text and APPLY in choices and DISCARD in choices
    given.append(DISCARD)
    assert window.close()
    assert window.document is None
    record = ExerciseFile.open(exercise_path, read_only=True)
    try:
        assert lead_hours(record) != 24 * 7
    finally:
        record.close()


def test_discard_on_closing_leaves_the_record_as_it_was(window, answers, exercise_path):
    asked, given = answers
    document = window.document
    entries = len(queries.log_entries(document.file))
    document.enter_what_if()
    italy_needs_a_week(document)
    given.append(DISCARD)
    assert window.close_exercise()
    assert window.document is None and len(asked) == 1
    record = ExerciseFile.open(exercise_path, read_only=True)
    try:
        assert lead_hours(record) != 24 * 7 and len(queries.log_entries(record)) == entries
    finally:
        record.close()


def test_apply_on_opening_another_file_keeps_the_changes_in_the_record(window, answers, exercise_path, tmp_path):
    asked, given = answers
    document = window.document
    other = tmp_path / "other.pactline"
    other.write_bytes(exercise_path.read_bytes())
    entries = len(queries.log_entries(document.file))
    document.enter_what_if()
    italy_needs_a_week(document)
    given.append(APPLY)
    assert window.open_path(other)
    assert window.document.file.path == other.absolute()
    record = ExerciseFile.open(exercise_path, read_only=True)
    try:
        assert lead_hours(record) == 24 * 7
        assert len(queries.log_entries(record)) == entries + 1        # one entry for the what-if applied
    finally:
        record.close()


def test_a_what_if_without_changes_is_left_without_a_question(window, answers):
    asked, _given = answers
    window.document.enter_what_if()
    assert window.close_exercise()
    assert asked == []


def test_importing_a_package_during_a_what_if_asks_before_anything_is_read(window, answers, monkeypatch):
    asked, given = answers
    from gui.core import dialogs
    opened: list = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a, **k: opened.append(a) or None)
    window.document.enter_what_if()
    italy_needs_a_week(window.document)
    given.append(None)
    window.file_commands.read_package()
    assert len(asked) == 1 and opened == [] and window.document.what_if is not None


def test_a_read_only_record_offers_no_apply(qtbot, answers, exercise_path):
    asked, given = answers
    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow
    win = MainWindow(ExerciseDocument(ExerciseFile.open(exercise_path, read_only=True)))
    qtbot.addWidget(win)
    win.document.enter_what_if()
    italy_needs_a_week(win.document)
    given.append(DISCARD)
    assert win.close_exercise()
    assert APPLY not in asked[0][1] and DISCARD in asked[0][1]


def test_an_msel_import_during_a_what_if_is_journalled_and_reaches_the_record_only_when_applied(document):
    before = record_state(document)
    injects = len(queries.injects(document.file))
    start = queries.exercise_info(document.file).startex
    entries = [{"scenario_time": start + timedelta(hours=30 + n), "synopsis": f"Revised MSEL item {n}"}
               for n in range(3)]
    document.enter_what_if()
    command = ImportMselCommand(document, entries, "Import 3 injects from revised.csv")
    assert document.execute(command)
    assert [s.service for s in document.what_if.journal] == ["injects.create_injects"]
    assert len(queries.injects(document.file)) == injects + 3
    assert record_state(document) == before                              # the record untouched
    document.undo_stack.undo()
    assert document.what_if.journal == []
    document.undo_stack.redo()
    assert document.apply_what_if()
    assert len(queries.injects(document.file)) == injects + 3
    document.undo_stack.undo()                                            # the applied what-if, as one step
    assert len(queries.injects(document.file)) == injects
