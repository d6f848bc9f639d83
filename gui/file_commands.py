"""File › New and Save As: new exercises from the default template or blank, and consistent copies.

A copy is always written through SQLite's backup API (ExerciseFile.save_copy),
never by copying the file of a live database; the window then continues on
the copy, as "Save As" does in any desktop program.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from gui import dialogs, settings
from gui.actions import make_action
from model.default_exercise import create_default_exercise, populate_blank
from model.errors import PactlineError
from model.exercise_file import FILE_SUFFIX, ExerciseFile
from model.timeutil import UTC


def tr(text: str) -> str:
    return QCoreApplication.translate("FileCommands", text)


class FileCommands(QObject):
    """New (default or blank) and Save As for a main window with ``open_path`` and ``document``."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.new_default = make_action(window, tr("New from &Default Exercise…"), [QKeySequence.StandardKey.New],
                                       tr("Create a new exercise file from the shipped default exercise"),
                                       self.create_from_default, name="actionNewDefault")
        self.new_blank = make_action(window, tr("New &Blank Exercise…"), ["Ctrl+Alt+N"],
                                     tr("Create an empty exercise: catalogues and treaty terms, no roster"),
                                     self.create_blank, name="actionNewBlank")
        self.save_as = make_action(window, tr("Save &As…"), [QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"],
                                   tr("Write a consistent copy of the exercise and continue on the copy"),
                                   self.save_copy, name="actionSaveAs")
        self.menu_actions: dict[str, list[QAction]] = {"file": [self.new_default, self.new_blank, self.save_as]}

    def set_document(self, document) -> None:
        self.save_as.setEnabled(document is not None)

    def _folder(self) -> Path:
        document = self.window.document
        return document.file.path.parent if document is not None else settings.data_dir()

    def _ask_target(self, title: str, name: str) -> Path | None:
        path = dialogs.ask_save_path(self.window, title, self._folder() / f"{name}{FILE_SUFFIX}")
        if path is None:
            return None
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        if self.window.document is not None and path.absolute() == self.window.document.file.path:
            dialogs.show_error(self.window, tr("Pactline"), tr("That is the exercise already open; choose "
                                                             "another file name."))
            return None
        return path

    def _create(self, path: Path, build) -> None:
        try:
            build(path).close()
        except PactlineError as err:
            dialogs.show_error(self.window, tr("Cannot create the exercise"), str(err))
            return
        self.window.open_path(path)

    def create_from_default(self) -> None:
        path = self._ask_target(tr("New exercise from the default"), "exercise")
        if path is not None:
            self._create(path, lambda p: create_default_exercise(p, overwrite=p.exists()))

    def create_blank(self) -> None:
        name = dialogs.ask_text(self.window, tr("New blank exercise"), tr("Exercise name:"), tr("New exercise"))
        if not name or not name.strip():
            return
        path = self._ask_target(tr("New blank exercise"), name.strip().replace(" ", "-").lower())
        if path is None:
            return
        # STARTEX tomorrow 06:00 UTC: a start a planner would pick; Exercise Settings changes it.
        tomorrow = datetime.now(UTC).replace(hour=6, minute=0, second=0, microsecond=0) + timedelta(days=1)
        self._create(path, lambda p: ExerciseFile.create(p, populate_blank(name.strip(), tomorrow),
                                                         overwrite=p.exists()))

    def save_copy(self) -> None:
        document = self.window.document
        if document is None:
            return
        path = self._ask_target(tr("Save exercise as"), f"{document.file.path.stem}-copy")
        if path is None:
            return
        try:
            document.file.save_copy(path)
        except (PactlineError, OSError) as err:
            dialogs.show_error(self.window, tr("Cannot save a copy"), f"{path}: {err}")
            return
        self.window.open_path(path)
