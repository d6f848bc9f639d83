"""Edit › Preferences: language, time zones, capital times, backups and appearance, in one dialog.

Everything is kept in the settings registry (gui/core/settings.py). OK stores
what changed and applies it at once, except the language, which takes effect
at the next start (every window would have to be rebuilt).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout,
    QWidget,
)

from gui.core import appearance, settings, time_zones
from gui.core.i18n import tr
from model.timezones import zone_names, zone_named

LANGUAGES = (("system", "System default"), ("en", "English"), ("it", "Italiano"))


def zone_combo(name: str, first: tuple[str, str]) -> QComboBox:
    """A combo of every IANA zone, typed into with completion, *first* = (data, text) on top."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(first[1], first[0])
    for zone in zone_names():
        combo.addItem(zone, zone)
    completer = QCompleter([combo.itemText(i) for i in range(combo.count())], combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    return combo


def note(text: str) -> QLabel:
    """A wrapped explanation spanning the form (in a label column, QFormLayout cuts wrapped text short)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def select_data(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def chosen_zone(combo: QComboBox) -> str | None:
    """The combo's zone (its first entry's data for the first entry); None when the typed text names none."""
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return combo.itemData(index)
    return text if zone_named(text) is not None else None


class PreferencesDialog(QDialog):
    """*file*: the open exercise (its own zone can be set), or None."""

    def __init__(self, parent: QWidget | None, file=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.file = file
        layout = QVBoxLayout(self)

        general = QGroupBox(tr("Language and appearance"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, text in LANGUAGES:
            self.language.addItem(tr(text) if code == "system" else text, code)   # a language names itself
        select_data(self.language, str(settings.value(settings.LANGUAGE)))
        form.addRow(tr("&Language:"), self.language)
        self.language_note = note(tr("A new language takes effect when Pactline is next started."))
        self.language_note.setObjectName("languageNote")
        form.addRow(self.language_note)
        self.appearance = QComboBox()
        self.appearance.setObjectName("appearanceCombo")
        self.appearance.addItem(tr("Light (Pactline's colours)"), appearance.LIGHT)
        self.appearance.addItem(tr("Follow the desktop (light or dark)"), appearance.DESKTOP)
        select_data(self.appearance, str(settings.value(settings.APPEARANCE)))
        form.addRow(tr("&Appearance:"), self.appearance)
        layout.addWidget(general)

        times = QGroupBox(tr("Times"))
        form = QFormLayout(times)
        self.planner_zone = zone_combo("plannerZoneCombo", (time_zones.SYSTEM, tr("System ({0})").format(
            time_zones.system_zone())))
        select_data(self.planner_zone, str(settings.value(settings.TIME_ZONE)))
        form.addRow(tr("&Your time zone:"), self.planner_zone)
        self.exercise_zone = zone_combo("exerciseZoneCombo", ("", tr("Same as yours")))
        if file is not None:
            select_data(self.exercise_zone, time_zones.exercise_zone_setting(file))
        else:
            self.exercise_zone.setEnabled(False)
            self.exercise_zone.setToolTip(tr("Open an exercise to give it a time zone of its own"))
        form.addRow(tr("This &exercise's time zone:"), self.exercise_zone)
        self.local_times = QCheckBox(tr("Show each signatory's &capital time beside its deadlines"))
        self.local_times.setObjectName("localTimesCheck")
        self.local_times.setChecked(bool(settings.value(settings.LOCAL_TIMES)))
        form.addRow(self.local_times)
        form.addRow(note(tr("Times (D+1 14:00) are shown and typed in the exercise's zone; they are stored in UTC.")))
        layout.addWidget(times)

        safety = QGroupBox(tr("Backups"))
        form = QFormLayout(safety)
        self.backups = QCheckBox(tr("&Keep rotated backups (on opening, every 30 minutes of editing, before "
                                    "imports and restores)"))
        self.backups.setObjectName("backupsCheck")
        self.backups.setChecked(bool(settings.value(settings.BACKUPS)))
        form.addRow(self.backups)
        self.backup_folder = QLabel(str(settings.backups_dir()))
        self.backup_folder.setObjectName("backupFolderLabel")
        self.backup_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_folder.setWordWrap(True)
        form.addRow(tr("Folder:"), self.backup_folder)
        form.addRow(note(tr("Kept: the last 10, one a day for a week, one a week for a month; "
                            "always on this computer, never on a network share.")))
        layout.addWidget(safety)

        self.problem = QLabel()
        self.problem.setObjectName("preferencesProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def accept(self) -> None:
        planner, own = chosen_zone(self.planner_zone), chosen_zone(self.exercise_zone)
        for zone, combo in ((planner, self.planner_zone), (own, self.exercise_zone)):
            if zone is None:
                self.problem.setText(tr("'{0}' is not a time zone Pactline knows: choose one from the list, "
                                        "e.g. Europe/Rome").format(combo.currentText()))
                self.problem.show()
                combo.setFocus()
                return
        settings.set_value(settings.LANGUAGE, self.language.currentData())
        settings.set_value(settings.APPEARANCE, self.appearance.currentData())
        settings.set_value(settings.TIME_ZONE, planner)
        if self.file is not None and self.exercise_zone.isEnabled():
            time_zones.set_exercise_zone(self.file, own or "")
        settings.set_value(settings.LOCAL_TIMES, self.local_times.isChecked())
        settings.set_value(settings.BACKUPS, self.backups.isChecked())
        super().accept()
