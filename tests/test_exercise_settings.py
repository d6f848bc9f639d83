"""Exercise › Exercise Settings and the Exercise-menu commands that open the planning dialogs."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from gui.core import dialogs
from gui.terms import exercise_settings_dialog as settings_module
from gui.core.document import ExerciseDocument
from gui.terms.exercise_settings_dialog import ExerciseSettingsDialog
from gui.terms.planning import PlanningDialogs
from model import queries
from model.storage.exercise_file import ExerciseFile
from model.timeutil import utc


@pytest.fixture(autouse=True)
def no_prompts(monkeypatch):
    """No message box or colour dialog may wait for a click during a test."""
    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog {args[1:]!r}")
    for name in ("show_error", "notify_error", "ask_text"):
        monkeypatch.setattr(dialogs, name, unexpected)
    monkeypatch.setattr(settings_module, "ask_colour", unexpected)


@pytest.fixture
def dialog(qtbot, document) -> ExerciseSettingsDialog:
    widget = ExerciseSettingsDialog(document)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored_rows(doc) -> list[str]:
    connection = sqlite3.connect(doc.path)
    try:
        return [line for line in connection.iterdump() if not line.startswith('INSERT INTO "log_entry"')]
    finally:
        connection.close()


def utc_qdatetime(year, month, day, hour, minute=0) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(utc(year, month, day, hour, minute).timestamp()), QTimeZone.utc())


def press(dialog, button) -> None:
    dialog.buttons.button(button).click()


# -- the dialog -------------------------------------------------------------------------------------
def test_shows_the_stored_settings(dialog, document):
    info = queries.exercise_info(document.file)
    assert dialog.name_edit.text() == info.name
    assert dialog.description_edit.toPlainText() == info.description
    assert dialog.classification_edit.text() == "UNCLASSIFIED // EXERCISE"
    assert dialog.colour_edit.text() == info.marking_colour
    assert dialog.startex_edit.text() == "2026-03-02 06:00 UTC"
    assert dialog.endex_edit.text() == "2026-03-06 18:00 UTC"
    assert dialog.preview.text() == "EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE"


def test_ok_stores_every_changed_field_as_one_undo_command(qtbot, monkeypatch, dialog, document):
    before = queries.exercise_info(document.file)
    monkeypatch.setattr(settings_module, "ask_colour", lambda parent, current: "#1565c0")
    dialog.name_edit.setText("Winter drill")
    dialog.description_edit.setPlainText("Two days, two incidents.")
    dialog.classification_edit.setText("RESTRICTED // EXERCISE")
    qtbot.mouseClick(dialog.colour_button, Qt.MouseButton.LeftButton)
    assert dialog.colour_edit.text() == "#1565c0"
    assert "RESTRICTED // EXERCISE" in dialog.preview.text() and "#1565c0" in dialog.preview.styleSheet()
    dialog.startex_edit.setDateTime(utc_qdatetime(2026, 3, 1, 8))
    dialog.endex_edit.setDateTime(utc_qdatetime(2026, 3, 3, 20, 30))
    press(dialog, QDialogButtonBox.StandardButton.Ok)

    assert not dialog.isVisible()
    info = queries.exercise_info(document.file)
    assert (info.name, info.description, info.classification, info.marking_colour) == (
        "Winter drill", "Two days, two incidents.", "RESTRICTED // EXERCISE", "#1565c0")
    assert (info.startex, info.endex) == (utc(2026, 3, 1, 8), utc(2026, 3, 3, 20, 30))
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Edit exercise settings"
    assert document.snapshot.name == "Winter drill"

    document.undo_stack.undo()
    restored = queries.exercise_info(document.file)
    for field in ExerciseSettingsDialog.FIELDS:
        assert getattr(restored, field) == getattr(before, field), field
    document.undo_stack.redo()
    assert queries.exercise_info(document.file).marking_colour == "#1565c0"


def test_apply_keeps_the_dialog_open_and_it_follows_undo(dialog, document):
    dialog.name_edit.setText("Applied name")
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert dialog.isVisible()
    assert queries.exercise_info(document.file).name == "Applied name"
    document.undo_stack.undo()
    assert dialog.name_edit.text() == queries.exercise_info(document.file).name != "Applied name"


def test_only_changed_fields_are_stored(dialog, document):
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert document.undo_stack.count() == 0          # nothing changed, nothing to undo
    dialog.classification_edit.setText("SECRET // EXERCISE")
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    info = queries.exercise_info(document.file)
    assert info.classification == "SECRET // EXERCISE"
    assert "classification" in queries.log_entries(document.file)[-1].text
    assert "name" not in queries.log_entries(document.file)[-1].text


@pytest.mark.parametrize(("field", "edit", "words"), [
    ("name", lambda d: d.name_edit.setText("  "), ("must not be empty",)),
    ("classification", lambda d: d.classification_edit.setText(""), ("must not be empty",)),
    ("marking_colour", lambda d: d.colour_edit.setText("#12"), ("'#12' is not a colour like #2e7d32",)),
    ("endex", lambda d: d.endex_edit.setDateTime(utc_qdatetime(2026, 3, 2, 6)), ("ENDEX must come after STARTEX",)),
    ("description", lambda d: d.description_edit.setPlainText("x" * 4001), ("too long", "at most 4000")),
])
def test_invalid_values_are_refused_beside_the_field(dialog, document, field, edit, words):
    before = stored_rows(document.file)
    edit(dialog)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()                        # stays open to correct the value
    assert stored_rows(document.file) == before
    assert document.undo_stack.count() == 0
    error = dialog.errors[field]
    assert error.isVisible()
    for word in words:
        assert word in error.text()
    assert [f for f, e in dialog.errors.items() if e.isVisible()] == [field]


def test_cancel_stores_nothing(dialog, document):
    before = stored_rows(document.file)
    dialog.name_edit.setText("Never stored")
    press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert not dialog.isVisible()
    assert stored_rows(document.file) == before


def test_read_only_exercise_cannot_be_edited(qtbot, tmp_path, default_template):
    path = tmp_path / "ro.pactline"
    path.write_bytes(default_template.read_bytes())
    document = ExerciseDocument(ExerciseFile.open(path, read_only=True))
    try:
        widget = ExerciseSettingsDialog(document)
        qtbot.addWidget(widget)
        assert not widget.name_edit.isEnabled()
        assert not widget.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    finally:
        document.close()


# -- the Exercise menu commands in the main window ---------------------------------------------------------
@pytest.fixture
def planning(window) -> PlanningDialogs:
    # What the lead wires into MainWindow: actions in the Exercise menu, bound like the other views.
    commands = PlanningDialogs(window)
    window.menus["exercise"].addActions(commands.menu_actions["exercise"])
    commands.set_document(window.document)
    return commands


def test_menu_actions_have_shortcuts_and_status_tips(planning):
    actions = planning.menu_actions["exercise"]
    assert [a.text() for a in actions] == ["&Treaty Terms…", "Exercise &Settings…"]
    assert [a.shortcut() for a in actions] == [QKeySequence("Ctrl+T"), QKeySequence("Ctrl+Shift+E")]
    assert all(a.statusTip() for a in actions)
    planning.set_document(None)
    assert not any(a.isEnabled() for a in actions)


def test_settings_change_moves_the_banner_and_undo_from_the_edit_menu_puts_it_back(qtbot, window, planning):
    old_banner = window.banner.full_text()
    planning.exercise_settings.trigger()
    dialog = planning.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.classification_edit.setText("NATO RESTRICTED // EXERCISE")
    dialog.colour_edit.setText("#6a1b9a")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.banner.full_text() == "EXERCISE EXERCISE EXERCISE — NATO RESTRICTED // EXERCISE"
    assert "#6a1b9a" in window.banner.styleSheet()
    assert planning.settings_dialog is None            # a fresh dialog next time

    undo = window.findChild(QAction, "actionUndo")
    assert undo.text() == "&Undo Edit exercise settings"
    undo.trigger()
    assert window.banner.full_text() == old_banner


def test_treaty_terms_opens_once_and_closes_with_the_exercise(qtbot, window, planning):
    planning.treaty_terms.trigger()
    terms = planning.terms_dialog
    assert terms is not None and terms.isVisible() and not terms.isModal()
    planning.treaty_terms.trigger()
    assert planning.terms_dialog is terms              # raised, not a second one
    terms.reaction_spin.setValue(12)
    terms.reaction_spin.editingFinished.emit()
    undo = window.findChild(QAction, "actionUndo")
    assert undo.text() == "&Undo Edit treaty terms: reaction deadline"
    undo.trigger()
    assert terms.reaction_spin.value() == 24

    window.close_document()
    planning.set_document(None)
    assert planning.terms_dialog is None
    assert not terms.isVisible()
    assert planning.show_treaty_terms() is None


# -- STARTEX and ENDEX on the display zone's clocks -------------------------------------------------
@pytest.fixture
def rome_dialog(qtbot, document):
    from zoneinfo import ZoneInfo

    from model.timeutil import set_display_zone
    previous = set_display_zone(ZoneInfo("Europe/Rome"))
    widget = ExerciseSettingsDialog(document)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    set_display_zone(previous)


def type_reading(edit, year, month, day, hour, minute=0) -> None:
    """What a user typing the clock reading leaves in the field (a reading, not a moment)."""
    edit.setDateTime(utc_qdatetime(year, month, day, hour, minute))


def test_startex_and_endex_are_shown_on_the_display_zones_clocks(rome_dialog):
    assert rome_dialog.startex_edit.text() == "2026-03-02 07:00 Europe/Rome"
    assert rome_dialog.endex_edit.text() == "2026-03-06 19:00 Europe/Rome"
    assert rome_dialog.notes["startex"].text() == "= 2026-03-02 06:00 UTC (UTC+01:00 in Europe/Rome)"
    assert "Europe/Rome" in rome_dialog.startex_edit.toolTip()


def test_times_typed_across_the_change_of_clocks_are_stored_in_utc(rome_dialog, document):
    # Italy moves its clocks forward on 29 March 2026: 12:00 is 11:00 UTC before, 10:00 UTC after.
    type_reading(rome_dialog.startex_edit, 2026, 3, 28, 12)
    type_reading(rome_dialog.endex_edit, 2026, 3, 30, 12)
    assert rome_dialog.notes["endex"].text() == "= 2026-03-30 10:00 UTC (UTC+02:00 in Europe/Rome)"
    press(rome_dialog, QDialogButtonBox.StandardButton.Apply)
    info = queries.exercise_info(document.file)
    assert (info.startex, info.endex) == (utc(2026, 3, 28, 11), utc(2026, 3, 30, 10))
    assert rome_dialog.endex_edit.text() == "2026-03-30 12:00 Europe/Rome"     # shown back as typed


def test_a_time_the_clocks_skip_is_refused_beside_its_field(rome_dialog, document):
    before = stored_rows(document.file)
    type_reading(rome_dialog.startex_edit, 2026, 3, 29, 2, 30)
    assert "does not exist in Europe/Rome" in rome_dialog.notes["startex"].text()
    press(rome_dialog, QDialogButtonBox.StandardButton.Ok)
    assert rome_dialog.isVisible() and stored_rows(document.file) == before
    assert rome_dialog.errors["startex"].isVisible()
    assert rome_dialog.errors["startex"].text().startswith("2026-03-29 02:30 does not exist in Europe/Rome")


def test_a_time_the_clocks_pass_twice_is_the_first_and_a_loaded_second_one_stays(rome_dialog, document):
    # Italy moves its clocks back on 25 October 2026: 02:30 happens at 00:30 and at 01:30 UTC.
    type_reading(rome_dialog.startex_edit, 2026, 10, 25, 2, 30)
    type_reading(rome_dialog.endex_edit, 2026, 10, 26, 12)
    assert "the first of the two 02:30" in rome_dialog.notes["startex"].text()
    press(rome_dialog, QDialogButtonBox.StandardButton.Apply)
    assert queries.exercise_info(document.file).startex == utc(2026, 10, 25, 0, 30)
    from model.services.exercise import update_exercise
    update_exercise(document.file, startex=utc(2026, 10, 25, 1, 30))
    rome_dialog.load()
    assert rome_dialog.startex_edit.text() == "2026-10-25 02:30 Europe/Rome"
    assert "the second of the two 02:30" in rome_dialog.notes["startex"].text()
    assert rome_dialog.changes() == {}          # shown and not retyped: the second stays the second


def test_in_utc_the_fields_say_utc_and_need_no_note(dialog):
    assert dialog.startex_edit.text().endswith(" UTC") and dialog.notes["startex"].text() == ""
