"""A value typed into a cell and not yet confirmed is stored when the window closes, the exercise is
closed or another one is opened; one the service refuses is discarded only if the user says so."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from gui.shell import app as gui_app
from gui.core import dialogs
from gui.shell.main_window import MainWindow
from gui.roster.model import CODE, LEAD_TIME, NAME


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("PACTLINE_SETTINGS_DIR", str(tmp_path / "settings"))
    monkeypatch.setenv("PACTLINE_DATA_DIR", str(tmp_path / "data"))
    gui_app.configure_application(qapp, "9.9.9-test")
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": shown.append((title, text)))
    monkeypatch.setattr(dialogs, "notify_error", lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def asked(monkeypatch):
    """The discard question: answered as the test sets ``answer``; what was asked is recorded."""
    record = {"answer": False, "texts": []}

    def ask(parent, title, text):
        record["texts"].append(text)
        return record["answer"]

    monkeypatch.setattr(dialogs, "ask_discard_edit", ask)
    return record


def type_into(window: MainWindow, code: str, column: int, text: str) -> QLineEdit:
    """Open the roster cell's editor and type *text*, without confirming it."""
    view = window.roster_dock.view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, CODE).data() == code)
    index = model.index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    return editor


def stored(path: Path, code: str, column: str = "name"):
    """What the file holds (read beside the window, which may still have it open)."""
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute(f"SELECT {column} FROM signatory WHERE code = ?", (code,)).fetchone()[0]


def test_quitting_stores_the_name_still_in_the_editor(window, exercise_path, asked):
    type_into(window, "FR", NAME, "French Republic")
    window.actions.quit.trigger()                         # Ctrl+Q
    assert window.document is None and not window.isVisible()
    assert stored(exercise_path, "FR") == "French Republic"
    assert asked["texts"] == []


def test_closing_the_exercise_stores_it_through_the_undo_stack(window, exercise_path, asked):
    type_into(window, "FR", NAME, "French Republic")
    document = window.document
    pushed = []
    document.undo_stack.indexChanged.connect(lambda _i: pushed.append(document.undo_stack.text(0)))
    window.actions.close.trigger()
    assert window.document is None
    assert stored(exercise_path, "FR") == "French Republic"
    assert pushed[0] == "Edit FR: Name"                   # one undo command, as a Return would have pushed


def test_opening_another_exercise_stores_the_edit_in_the_first(window, exercise_path, default_template,
                                                               tmp_path, monkeypatch, asked):
    other = tmp_path / "other.pactline"
    other.write_bytes(default_template.read_bytes())
    type_into(window, "FR", NAME, "French Republic")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, directory: other)
    window.actions.open.trigger()
    assert window.document.file.path == other
    assert window.document is not None and stored(other, "FR") == "France"
    window.close_document()
    assert stored(exercise_path, "FR") == "French Republic"


def test_save_as_copies_the_edit_still_in_the_editor(window, tmp_path, monkeypatch, asked):
    copy = tmp_path / "copy.pactline"
    type_into(window, "FR", NAME, "French Republic")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, suggestion: copy)
    window.file_commands.save_as.trigger()
    assert window.document.file.path == copy
    window.close_document()
    assert stored(copy, "FR") == "French Republic"


def test_a_refused_value_is_discarded_only_when_the_user_says_so(window, exercise_path, asked):
    before = stored(exercise_path, "FR", "approval_lead_hours")
    editor = type_into(window, "FR", LEAD_TIME, "soon")
    asked["answer"] = False                               # Cancel: stay and correct it
    window.actions.quit.trigger()
    assert window.isVisible() and window.document is not None
    assert asked["texts"] == ["Lead time of FR cannot be stored as typed: must be a whole number, got 'soon'"]
    view = window.roster_dock.view
    assert view.indexWidget(view.currentIndex()) is editor and editor.text() == "soon"   # what was typed stays
    assert window.roster_dock.message.isVisible()         # with the reason beside the table

    asked["answer"] = True                                # Discard
    window.actions.quit.trigger()
    assert not window.isVisible() and window.document is None
    assert len(asked["texts"]) == 2
    assert stored(exercise_path, "FR", "approval_lead_hours") == before


def test_a_refused_value_can_hold_back_a_file_switch(window, exercise_path, default_template, tmp_path,
                                                     monkeypatch, asked):
    other = tmp_path / "other.pactline"
    other.write_bytes(default_template.read_bytes())
    type_into(window, "FR", LEAD_TIME, "soon")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, directory: other)
    window.actions.open.trigger()
    assert window.document.file.path == exercise_path      # cancelled: still on the first exercise
    assert len(asked["texts"]) == 1


def test_a_field_that_stores_when_left_stores_on_quit(window, exercise_path, qtbot, asked):
    window.document.selection.select("incident", 4)
    inspector = window.incident_inspector                  # a dock built on first use
    inspector.show()
    inspector.raise_()
    inspector.location_edit.setFocus()
    qtbot.waitUntil(inspector.location_edit.hasFocus)
    qtbot.keyClicks(inspector.location_edit, " harbour")  # typed, not confirmed with Return
    window.actions.quit.trigger()
    with closing(sqlite3.connect(exercise_path)) as raw:
        assert raw.execute("SELECT location FROM incident WHERE id = 4").fetchone()[0].endswith(" harbour")


def test_a_field_of_an_open_dialog_stores_on_quit(window, exercise_path, qtbot, asked):
    dialog = window.planning.show_treaty_terms()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setFocus()
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Light pact, revised")
    window.close()
    with closing(sqlite3.connect(exercise_path)) as raw:
        names = [name for (name,) in raw.execute("SELECT name FROM treaty_terms")]
    assert "Light pact, revised" in names
