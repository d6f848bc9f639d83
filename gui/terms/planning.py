"""Exercise › Treaty Terms… and Exercise Settings…: open (or raise) the planning dialogs.

The dialogs are bound to one document; when the window switches or closes
its exercise they are closed with it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from gui.core.actions import make_action
from gui.core.i18n import tr

if TYPE_CHECKING:
    from gui.terms.exercise_settings_dialog import ExerciseSettingsDialog
    from gui.terms.editor import TreatyTermsDialog


class PlanningDialogs(QObject):
    """Menu commands for a main window; ``set_document`` follows the window's exercise."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.document = None
        self.terms_dialog: TreatyTermsDialog | None = None
        self.settings_dialog: ExerciseSettingsDialog | None = None
        self.treaty_terms = make_action(window, tr("&Treaty Terms…"), ["Ctrl+T"],
                                        tr("Edit the treaty terms and compare treaty options"),
                                        self.show_treaty_terms, name="actionTreatyTerms")
        self.exercise_settings = make_action(window, tr("Exercise &Settings…"), ["Ctrl+Shift+E"],
                                             tr("Name, description, classification marking, STARTEX and ENDEX"),
                                             self.show_exercise_settings, name="actionExerciseSettings")
        self.menu_actions: dict[str, list[QAction]] = {"exercise": [self.treaty_terms, self.exercise_settings]}
        self.set_document(None)

    def set_document(self, document) -> None:
        if document is not self.document:
            self._close_dialogs()
        self.document = document
        for action in (self.treaty_terms, self.exercise_settings):
            action.setEnabled(document is not None)

    def _close_dialogs(self) -> None:
        if self.terms_dialog is not None:
            self.terms_dialog.set_document(None)
            self.terms_dialog.close()
            self.terms_dialog.deleteLater()
            self.terms_dialog = None
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    def show_treaty_terms(self) -> TreatyTermsDialog | None:
        if self.document is None:
            return None
        if self.terms_dialog is None:
            from gui.terms.editor import TreatyTermsDialog   # dialogs load on first use, not at start-up

            self.terms_dialog = TreatyTermsDialog(self.document, self.window)
            self.terms_dialog.resize(self.terms_dialog.preferred_size())
        self.terms_dialog.show()
        self.terms_dialog.raise_()
        self.terms_dialog.activateWindow()
        return self.terms_dialog

    def show_exercise_settings(self) -> ExerciseSettingsDialog | None:
        if self.document is None:
            return None
        if self.settings_dialog is None:
            from gui.terms.exercise_settings_dialog import ExerciseSettingsDialog

            self.settings_dialog = ExerciseSettingsDialog(self.document, self.window)
            self.settings_dialog.finished.connect(self._settings_finished)
        self.settings_dialog.open()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()
        return self.settings_dialog

    def _settings_finished(self, _result: int) -> None:
        # A fresh dialog next time shows the stored settings, not what was typed and cancelled.
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None
