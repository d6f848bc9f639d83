"""Edit › Preferences, the display zone it sets, the capital times beside deadlines, and File › Export Deadlines."""
from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gui.core import appearance, dialogs, settings, time_zones
from gui.preferences import commands as preference_commands
from gui.preferences.dialog import PreferencesDialog
from model.storage.exercise_file import ExerciseFile
from model.timeutil import display_zone
from model.timezones import exercise_identity


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_dialog_stores_every_preference_in_the_settings_registry(qtbot, isolated, default_doc):
    dialog = PreferencesDialog(None, default_doc)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system" and dialog.language.currentText() == "System default"
    assert [dialog.language.itemText(i) for i in range(3)] == ["System default", "English", "Italiano"]
    assert "next started" in dialog.language_note.text()
    assert dialog.planner_zone.currentData() == "system" and "UTC" in dialog.planner_zone.currentText()
    assert dialog.exercise_zone.currentData() == "" and dialog.local_times.isChecked() and dialog.backups.isChecked()
    assert dialog.backup_folder.text() == str(settings.backups_dir())
    choose(dialog.language, "it")
    choose(dialog.appearance, appearance.DESKTOP)
    choose(dialog.planner_zone, "Asia/Tokyo")
    choose(dialog.exercise_zone, "Europe/Rome")
    dialog.local_times.setChecked(False)
    dialog.backups.setChecked(False)
    dialog.accept()
    assert settings.value(settings.LANGUAGE) == "it"
    assert settings.value(settings.APPEARANCE) == appearance.DESKTOP
    assert settings.value(settings.TIME_ZONE) == "Asia/Tokyo"
    assert settings.value(settings.exercise_zone_key(exercise_identity(default_doc))) == "Europe/Rome"
    assert settings.value(settings.LOCAL_TIMES) is False and settings.value(settings.BACKUPS) is False
    assert time_zones.exercise_zone(default_doc) == "Europe/Rome" and time_zones.planner_zone() == "Asia/Tokyo"


def test_a_zone_typed_wrong_is_refused_and_nothing_is_stored(qtbot, isolated, default_doc):
    dialog = PreferencesDialog(None, default_doc)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.planner_zone.setEditText("Europe/Atlantis")
    choose(dialog.language, "it")
    dialog.accept()
    assert dialog.isVisible() and "'Europe/Atlantis' is not a time zone" in dialog.problem.text()
    assert settings.value(settings.LANGUAGE) == "system"
    dialog.planner_zone.setEditText("europe/rome")        # typed in any case, as the completer offers it
    dialog.accept()
    assert settings.value(settings.TIME_ZONE) == "Europe/Rome"


def test_an_exercise_zone_follows_the_exercise_into_a_copy(isolated, default_doc, tmp_path):
    time_zones.set_exercise_zone(default_doc, "America/Toronto")
    copy = ExerciseFile.open(default_doc.save_copy(tmp_path / "copy.pactline"))
    try:
        assert time_zones.exercise_zone(copy) == "America/Toronto"
    finally:
        copy.close()
    time_zones.set_exercise_zone(default_doc, "")
    assert time_zones.exercise_zone(default_doc) == time_zones.planner_zone() == "UTC"


def test_edit_preferences_applies_the_zone_to_the_open_exercise(window, qtbot, monkeypatch):
    action = window.preference_commands.preferences
    assert action in window.menus["edit"].actions()
    assert QKeySequence("Ctrl+,") in action.shortcuts() and action.statusTip()

    def answer(dialog):
        choose(dialog.exercise_zone, "Asia/Tokyo")
        dialog.accept()
        return True
    monkeypatch.setattr(preference_commands, "run_dialog", answer)
    action.trigger()
    assert display_zone() == ZoneInfo("Asia/Tokyo")
    assert "Asia/Tokyo" in window.statusBar().currentMessage()
    # The countdowns and the log read times in Tokyo now (D+2 09:00 UTC is D+2 18:00 there).
    from model.timeutil import format_relative, from_epoch
    snapshot = window.document.snapshot
    assert format_relative(from_epoch(snapshot.clock_time), from_epoch(snapshot.startex)).endswith("18:00")
    # Reopening the exercise shows it in its zone again.
    path = window.document.file.path
    window.close_document()
    assert window.open_path(path)
    assert display_zone() == ZoneInfo("Asia/Tokyo")


def test_the_countdowns_show_the_soonest_deadline_on_the_capitals_clocks(window, qtbot):
    panel = window.countdown_panel
    qtbot.waitUntil(lambda: panel.local_times.isVisible())
    text = panel.local_times.text()
    first = panel.model.countdown(0)
    assert text.startswith(f"{'React' if first.kind == 'reaction' else 'Consult'} #{first.incident_id} in the capitals")
    for code in first.signatories:
        assert f" {code}" in text
    tip = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "In the capitals:" in tip
    # Selecting another row shows that one.
    panel.view.selectRow(1)
    second = panel.model.countdown(1)
    assert panel.local_times.text().startswith(
        f"{'React' if second.kind == 'reaction' else 'Consult'} #{second.incident_id}")


def test_capital_times_can_be_switched_off(window, qtbot, monkeypatch):
    settings.set_value(settings.LOCAL_TIMES, False)
    window.preference_commands.apply_preferences()
    panel = window.countdown_panel
    qtbot.waitUntil(lambda: not panel.local_times.isVisible())
    tip = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "In the capitals" not in tip


def test_the_matrix_tooltip_gives_the_capital_time(window, qtbot):
    from gui.incidents.commitment_matrix_model import CONSULTATION
    matrix = window.commitment_matrix.matrix
    document = window.document
    document.selection.select("incident", int(document.snapshot.inc_ids[0]))
    qtbot.waitUntil(lambda: matrix.model.incident_id is not None)
    row = document.snapshot.sig_codes.index("JP")
    tip = matrix.model.data(matrix.model.index(row, CONSULTATION), Qt.ItemDataRole.ToolTipRole)
    assert "In Tokyo: " in tip


def test_file_export_deadlines_writes_one_signatorys_calendar(window, qtbot, monkeypatch, tmp_path):
    action = window.preference_commands.export_ics
    assert action in window.menus["file"].actions() and not action.shortcut().isEmpty()
    offered = []
    monkeypatch.setattr(preference_commands, "ask_signatory", lambda parent, choices: offered.extend(choices) or "IT")
    target = tmp_path / "italy.ics"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *args: target)
    action.trigger()
    assert offered[0] == ("", "Every signatory") and ("IT", "IT Italy") in offered
    calendar = Calendar.from_ical(target.read_bytes())
    assert calendar.events and all("(IT)" in str(e["SUMMARY"]) or " IT " in str(e["SUMMARY"])
                                   for e in calendar.events)
    assert "deadlines written to" in window.statusBar().currentMessage()


def test_the_aar_prints_the_capital_times_when_they_are_on(qapp, default_doc, tmp_path):
    from gui.report.html import export_html
    from model.report_content import build_report_content

    export_html(build_report_content(default_doc, capital_times=True), tmp_path / "aar.html")
    page = (tmp_path / "aar.html").read_text(encoding="utf-8")
    assert "Reaction deadline in the capitals" in page and "Consultation deadline in the capitals" in page
    export_html(build_report_content(default_doc), tmp_path / "plain.html")
    assert "in the capitals" not in (tmp_path / "plain.html").read_text(encoding="utf-8")


def test_the_appearance_chosen_in_preferences_is_the_one_view_appearance_shows(window, monkeypatch):
    from PySide6.QtGui import QAction

    def answer(dialog):
        choose(dialog.appearance, appearance.DESKTOP)
        dialog.accept()
        return True
    monkeypatch.setattr(preference_commands, "run_dialog", answer)
    window.preference_commands.preferences.trigger()
    assert settings.value(settings.APPEARANCE) == appearance.DESKTOP
    assert window.findChild(QAction, "actionAppearanceDesktop").isChecked()
    assert not window.findChild(QAction, "actionAppearanceLight").isChecked()
