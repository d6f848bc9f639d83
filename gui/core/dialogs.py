"""Every dialog the main window shows, as small functions tests can monkeypatch.

Callers use ``dialogs.show_error(...)`` through the module (never ``from
gui.core.dialogs import show_error``) so a test's replacement is the one called.
No native dialogs: they look different on every platform and cannot be
driven or inspected headless.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QMessageBox, QTreeView, QWidget

from gui.core.i18n import tr

from model.storage.exercise_file import FILE_SUFFIX

FILE_DIALOG_SIZE = (880, 540)


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """A modal error message: the user must read it before going on."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def notify_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A non-blocking error message: the exercise clock keeps running behind it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


READ_ONLY, COPY = "read-only", "copy"


def ask_locked_open(parent: QWidget | None, title: str, text: str) -> str | None:
    """A file that cannot be opened for editing: READ_ONLY, COPY, or None if the user cancelled."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(tr("Open Read-Only shows the exercise without changing it. Open a Copy writes a "
                              "copy of it where you choose and opens that for editing."))
    read_only = box.addButton(tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(tr("Open a &Copy…"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(read_only)
    box.exec()
    return {read_only: READ_ONLY, copy: COPY}.get(box.clickedButton())


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, html, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    if parent is not None and not parent.windowIcon().isNull():
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.exec()


def file_dialog(parent: QWidget | None, title: str, start: Path | str, name_filter: str) -> QFileDialog:
    """Qt's own file dialog, big enough that names, sizes and dates are not cut off."""
    dialog = QFileDialog(parent, title, str(start), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    # Qt's Italian catalogue leaves these two labels in English ("Look in:", "Files of type:").
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, tr("Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, tr("Files of type:"))
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    width, height = FILE_DIALOG_SIZE
    if room is not None:
        width, height = min(width, int(room.width() * 0.9)), min(height, int(room.height() * 0.9))
    dialog.resize(max(width, dialog.sizeHint().width()), max(height, dialog.sizeHint().height()))
    details = dialog.findChild(QTreeView, "treeView")   # the detail view of Qt's own file dialog
    if details is not None:
        header = details.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


def ask_open_file(parent: QWidget | None, title: str, directory: Path | str, name_filter: str) -> Path | None:
    """A file to read, or None if the user cancelled."""
    dialog = file_dialog(parent, title, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_save_file(parent: QWidget | None, title: str, suggestion: Path | str, name_filter: str,
                  suffix: str) -> Path | None:
    """A file to write (*suffix* added when the name lacks it), or None if the user cancelled."""
    dialog = file_dialog(parent, title, suggestion, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_open_path(parent: QWidget | None, directory: Path | str) -> Path | None:
    """The exercise file to open, or None if the user cancelled."""
    return ask_open_file(parent, tr("Open exercise"), directory,
                         tr("Pactline exercises (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX))


def ask_speed(parent: QWidget | None, current: float, maximum: float) -> float | None:
    """A custom clock speed factor, or None if the user cancelled."""
    value, ok = QInputDialog.getDouble(
        parent, tr("Custom clock speed"),
        tr("Scenario seconds per wall-clock second (1 = real time, at most {0:g}):").format(maximum),
        current, 0.1, maximum, 1)
    return value if ok else None


def ask_save_path(parent: QWidget | None, title: str, suggestion: Path | str) -> Path | None:
    """Where to write a new exercise file (the suffix is added when missing), or None."""
    return ask_save_file(parent, title, suggestion, tr("Pactline exercises (*{suffix})").format(suffix=FILE_SUFFIX),
                         FILE_SUFFIX)


def ask_discard_edit(parent: QWidget | None, title: str, text: str) -> bool:
    """An edit cannot be stored: True to discard it and go on, False to stay and correct it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(tr("Discard the value typed, or cancel to correct it."))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None
