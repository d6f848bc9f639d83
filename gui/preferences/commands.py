"""The commands behind Edit › Preferences, File › Restore Backup and File › Export Deadlines, and the
backups the window takes on its own (on opening an exercise, after 30 minutes of editing).

A view of the main window: ``set_document`` is called with each exercise opened (or None).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from gui.core import appearance, dialogs, settings, time_zones
from gui.core.actions import make_action
from gui.core.i18n import tr
from gui.preferences.dialog import PreferencesDialog
from gui.preferences.restore_dialog import AS_NEW, LOOK, OVER, RestoreBackupDialog
from model.errors import PactlineError
from model.storage import backups

ALL = ""


def configure_backups() -> None:
    """Back up into the settings' folder, or not at all, as the preferences say."""
    backups.configure(settings.backups_dir() if settings.value(settings.BACKUPS) else None)


# -- what a test answers in the user's place ------------------------------------------------------------
def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_signatory(parent: QWidget | None, choices: list[tuple[str, str]]) -> str | None:
    """The signatory code chosen (ALL for every one), or None if cancelled."""
    texts = [text for _code, text in choices]
    text, ok = QInputDialog.getItem(parent, tr("Export deadlines"), tr("Deadlines of:"), texts, 0, False)
    return choices[texts.index(text)][0] if ok else None


def after_first_paint(window: QWidget, call: Callable[[], object]) -> None:
    """*call* on the event-loop turn after *window*'s first paint; on the next turn if it is showing.

    A zero timer alone would run before a new window's first paint: the window is built, and
    its document set, before it is shown, and the events that paint it come after the timer's.
    """
    if window.isVisible():
        QTimer.singleShot(0, window, call)
    else:
        _AfterPaint(window, call)


class _AfterPaint(QObject):
    def __init__(self, window: QWidget, call: Callable[[], object]):
        super().__init__(window)
        self._window = window
        self._call = call
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._window, self._call)
            self.deleteLater()
        return False


class PreferenceCommands(QObject):
    def __init__(self, window, *, wall: Callable[[], float] = time.monotonic):
        super().__init__(window)
        self.window = window
        self.wall = wall
        self.document = None
        self._last_backup = 0.0
        self._looking_from: Path | None = None   # the exercise whose backup is open read-only
        self.preferences = make_action(window, tr("&Preferences…"), [QKeySequence.StandardKey.Preferences, "Ctrl+,"],
                                       tr("Language, time zones, capital times, backups and appearance"),
                                       self.show_preferences, name="actionPreferences")
        self.restore = make_action(window, tr("Restore &Backup…"), ["Ctrl+Alt+R"],
                                   tr("List this exercise's backups; look at one, or restore it"),
                                   self.show_restore, name="actionRestoreBackup")
        self.export_ics = make_action(window, tr("Export &Deadlines (iCalendar)…"), ["Ctrl+Alt+C"],
                                      tr("Write the deadlines, all or one signatory's, for Outlook or Thunderbird"),
                                      self.export_calendar, name="actionExportIcs")
        self.menu_actions = {"file": [self.export_ics, self.restore], "edit": [self.preferences]}
        self.configure_backups()

    # -- the document --------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._edited)
        self.document = document
        for action in (self.restore, self.export_ics):
            action.setEnabled(document is not None)
        if document is None:
            return
        document.changed.connect(self._edited)
        if not self.is_backup(document.file.path):
            self._looking_from = None
            # After the window has painted: copying a large exercise must not delay the first sight of it.
            self._last_backup = self.wall()
            def opened(d=document) -> None:
                if self.document is d:
                    self.take("opened")
            after_first_paint(self.window, opened)

    def is_backup(self, path: Path) -> bool:
        return settings.backups_dir().absolute() in Path(path).absolute().parents

    def configure_backups(self) -> None:
        configure_backups()

    def _edited(self, _report) -> None:
        if self.wall() - self._last_backup >= backups.EDITING_INTERVAL_S:
            self.take("editing")

    def take(self, reason: str) -> Path | None:
        """A backup now; a failure is said in the status bar and never stops the work."""
        self._last_backup = self.wall()
        if self.document is None:
            return None
        try:
            return backups.back_up_file(self.document.file, reason=reason)
        except (PactlineError, OSError) as err:
            self.window.statusBar().showMessage(tr("No backup could be made: {0}").format(err), 15000)
            return None

    # -- Preferences ---------------------------------------------------------------------------------
    def show_preferences(self) -> None:
        if run_dialog(PreferencesDialog(self.window, self.document.file if self.document else None)):
            self.apply_preferences()

    def apply_preferences(self) -> None:
        """Apply the stored preferences to the running program (the language waits for the next start)."""
        chosen = appearance.apply()
        for choice in (appearance.LIGHT, appearance.DESKTOP):     # View › Appearance shows the same choice
            action = self.window.findChild(QAction, f"actionAppearance{choice.title()}")
            if action is not None:
                action.setChecked(choice == chosen)
        self.configure_backups()
        zone = time_zones.apply_zone(self.document.file if self.document else None)
        if self.document is not None:
            self.document.reload()            # every view that follows the assessment redraws its times
        self.window.clock_commands.sync()
        self.window.update()
        self.window.statusBar().showMessage(tr("Preferences stored; times are shown in {0}").format(zone), 8000)

    # -- Restore Backup ------------------------------------------------------------------------------
    def exercise_path(self) -> Path | None:
        if self.document is None:
            return None
        return self._looking_from or self.document.file.path

    def show_restore(self) -> None:
        path = self.exercise_path()
        if path is None:
            return
        summaries = backups.list_backups(path, settings.backups_dir())
        dialog = RestoreBackupDialog(self.window, path.name, summaries, time_zones.planner_zone())
        if not run_dialog(dialog) or dialog.choice is None:
            return
        action, summary = dialog.choice
        if action == LOOK:
            self.look(summary.path, path)
        elif action == AS_NEW:
            self.restore_as_new(summary.path, path)
        elif action == OVER:
            self.restore_over(summary.path, path)

    def look(self, backup: Path, exercise: Path) -> None:
        from gui.core.document import ExerciseDocument
        from model.storage.exercise_file import ExerciseFile

        if not self.window.close_exercise():
            return
        try:
            document = ExerciseDocument(ExerciseFile.open(backup, read_only=True))
        except PactlineError as err:
            dialogs.show_error(self.window, tr("Cannot open the backup"), str(err))
            self.window.open_path(exercise)
            return
        self.window.set_document(document)
        self._looking_from = exercise
        self.window.statusBar().showMessage(tr(
            "Looking at a backup of {0}, read-only: restore it from File › Restore Backup, or reopen the "
            "exercise from File › Open Recent").format(exercise.name), 30000)

    def restore_as_new(self, backup: Path, exercise: Path) -> None:
        target = dialogs.ask_save_path(self.window, tr("Restore backup as a new exercise"),
                                       exercise.with_name(f"{exercise.stem}-restored{exercise.suffix}"))
        if target is None:
            return
        try:
            backups.restore_as_new(backup, target)
        except PactlineError as err:
            dialogs.show_error(self.window, tr("Cannot restore the backup"), str(err))
            return
        self.window.open_path(target)

    def restore_over(self, backup: Path, exercise: Path) -> None:
        if not ask_confirm(self.window, tr("Restore backup"), tr(
                "Replace everything in {0} with the backup? What the exercise holds now is backed up first, "
                "so this too can be undone from File › Restore Backup.").format(exercise.name)):
            return
        if not self.window.close_exercise():
            return
        try:
            backups.restore_over(backup, exercise, settings.backups_dir())
        except PactlineError as err:
            dialogs.show_error(self.window, tr("Cannot restore the backup"), str(err))
        if self.window.open_path(exercise):
            self.window.statusBar().showMessage(tr("{0} restored from the backup").format(exercise.name), 10000)

    # -- iCalendar -----------------------------------------------------------------------------------
    def export_calendar(self) -> None:
        if self.document is None:
            return
        from model.calendar_export import export_calendar

        snapshot = self.document.snapshot
        choices = [(ALL, tr("Every signatory"))] + [(code, f"{code} {name}")
                                                     for code, name in zip(snapshot.sig_codes, snapshot.sig_names)]
        code = ask_signatory(self.window, choices)
        if code is None:
            return
        path = self.document.file.path
        name = f"{path.stem}-deadlines{'-' + code if code else ''}.ics"
        target = dialogs.ask_save_file(self.window, tr("Export deadlines"), path.with_name(name),
                                       tr("iCalendar files (*.ics)"), ".ics")
        if target is None:
            return
        try:
            count = export_calendar(self.document.file, target, signatory=code or None)
        except PactlineError as err:
            dialogs.show_error(self.window, tr("Cannot export the deadlines"), str(err))
            return
        self.window.statusBar().showMessage(tr("{0} deadlines written to {1}").format(count, target), 8000)
