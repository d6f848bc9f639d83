"""Exercise › Branch Points… for a main window; follows the window's exercise."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from gui.core.actions import make_action
from gui.core.i18n import tr


class BranchActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.document = None
        self.dialog = None
        self.branch_points = make_action(window, tr("&Branch Points…"), ["Ctrl+Alt+B"],
                                         tr("Create and edit branch points and their outcomes; resolve one in play"),
                                         self.show_branch_points, name="actionBranchPoints")
        self.menu_actions: dict[str, list[QAction]] = {"exercise": [self.branch_points]}
        self.set_document(None)

    def set_document(self, document) -> None:
        if document is not self.document and self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.document = document
        self.branch_points.setEnabled(document is not None)

    def show_branch_points(self):
        if self.document is None:
            return None
        if self.dialog is None:
            from gui.branches.dialog import BranchPointDialog   # loads on first use, not at start-up
            self.dialog = BranchPointDialog(self.document, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
