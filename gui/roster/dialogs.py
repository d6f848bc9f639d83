"""The roster's modal steps as small functions tests can monkeypatch.

Callers use ``roster_dialogs.confirm(...)`` through the module so a test's
replacement is the one called. No native dialogs.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def exec_dialog(dialog: QDialog) -> bool:
    """Run *dialog* modally; True if the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm(parent: QWidget | None, title: str, text: str, detail: str = "", action: str = "") -> bool:
    """Ask before something that removes data; Cancel is the default button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    # Room for a list of what goes with it, rather than a tall narrow column.
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 30em; }")
    if detail:
        box.setInformativeText(detail)
    go = box.addButton(action or title, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go
