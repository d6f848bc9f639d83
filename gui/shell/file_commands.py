"""File › New, Save As and exercise packages: new exercises, consistent copies, JSON interchange.

A copy is always written through SQLite's backup API (ExerciseFile.save_copy),
never by copying the file of a live database; the window then continues on
the copy, as "Save As" does in any desktop program. During a what-if, Save As
saves the record (what the file holds: no what-if change reaches a file or a log
unless applied) and the what-if goes on over the copy, its changes replayed there.
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from gui.core import dialogs, settings
from gui.core.i18n import tr
from gui.shell import pending_edits
from gui.core.actions import make_action
from model.errors import PactlineError
from model.storage.exercise_file import FILE_SUFFIX, ExerciseFile
from model.timeutil import UTC


@contextmanager
def busy():
    """A wait cursor while a long file operation runs on the GUI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class FileCommands(QObject):
    """New (default or blank) and Save As for a main window with ``open_path`` and ``document``."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.new_default = make_action(window, tr("New from &Default Exercise…"), [QKeySequence.StandardKey.New],
                                       tr("Create a new exercise file from the shipped default exercise"),
                                       self.create_from_default, name="actionNewDefault")
        self.new_blank = make_action(window, tr("New &Blank Exercise…"), ["Ctrl+Shift+B"],
                                     tr("Create an empty exercise: catalogues and treaty terms, no roster"),
                                     self.create_blank, name="actionNewBlank")
        self.save_as = make_action(window, tr("Save &As…"), [QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"],
                                   tr("Write a consistent copy of the exercise and continue on the copy"),
                                   self.save_copy, name="actionSaveAs")
        self.export_package = make_action(
            window, tr("Export Exercise &Package…"), ["Ctrl+F9"],
            tr("Write the whole exercise as one versioned JSON package another installation can import"),
            self.write_package, name="actionExportPackage")
        self.import_package = make_action(
            window, tr("&Import Exercise Package…"), ["Ctrl+Shift+F9"],
            tr("Create a new exercise file from a JSON package and open it"),
            self.read_package, name="actionImportPackage")
        self.menu_actions: dict[str, list[QAction]] = {
            "file": [self.new_default, self.new_blank, self.save_as],
            "package": [self.export_package, self.import_package]}

    def set_document(self, document) -> None:
        self.save_as.setEnabled(document is not None)
        self.export_package.setEnabled(document is not None)

    def _folder(self) -> Path:
        document = self.window.document
        return document.file.path.parent if document is not None else settings.data_dir()

    def _ask_target(self, title: str, name: str) -> Path | None:
        path = dialogs.ask_save_path(self.window, title, self._folder() / f"{name}{FILE_SUFFIX}")
        if path is None:
            return None
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        document = self.window.document
        if document is not None and path.absolute() in (document.file.path, document.record_file.path):
            dialogs.show_error(self.window, tr("Pactline"), tr("That is the exercise already open; choose "
                                                             "another file name."))
            return None
        return path

    def _create(self, path: Path, build) -> None:
        if not self.window.what_if_commands.settle():     # before the file exists: staying creates nothing
            return
        try:
            build(path).close()
        except PactlineError as err:
            dialogs.show_error(self.window, tr("Cannot create the exercise"), str(err))
            return
        self.window.open_path(path)

    def create_from_default(self) -> None:
        path = self._ask_target(tr("New exercise from the default"), "exercise")
        if path is not None:
            from model.default_exercise import create_default_exercise   # on first use, not at start-up

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
        from model.default_exercise import populate_blank

        self._create(path, lambda p: ExerciseFile.create(p, populate_blank(name.strip(), tomorrow),
                                                         overwrite=p.exists()))

    def write_package(self) -> None:
        document = self.window.document
        if document is None or not pending_edits.settle_pending_edits(self.window):
            return
        path = dialogs.ask_save_file(self.window, tr("Export exercise package"),
                                     self._folder() / f"{document.file.path.stem}.json",
                                     tr("Pactline packages (*.json)"), ".json")
        if path is None:
            return
        try:
            with busy():
                from model.package.exchange import export_package   # on first use, not at start-up

                export_package(document.file, path)
        except (PactlineError, OSError) as err:
            dialogs.show_error(self.window, tr("Cannot export the package"), str(err))
            return
        self.window.statusBar().showMessage(tr("Exercise package written to {0}").format(path), 8000)

    def read_package(self) -> None:
        # The import opens another exercise: settle a what-if first, not after the work is done.
        if not self.window.what_if_commands.settle():
            return
        source = dialogs.ask_open_file(self.window, tr("Import exercise package"), self._folder(),
                                       tr("Pactline packages (*.json);;All files (*)"))
        if source is None:
            return
        target = self._ask_target(tr("New exercise file for the package"), source.stem)
        if target is None:
            return
        try:
            with busy():
                from model.package.exchange import import_package
                from model.storage.backups import back_up_closed

                if target.exists():     # the exercise the import replaces stays among the backups
                    back_up_closed(target, reason="package-import")
                import_package(source, target, overwrite=target.exists()).close()
        except PactlineError as err:
            dialogs.show_error(self.window, tr("Cannot import the package"), str(err))
            return
        self.window.open_path(target)

    def save_copy(self) -> None:
        document = self.window.document
        # A value still in an editor belongs in the copy (the window then continues on the copy).
        if document is None or not pending_edits.settle_pending_edits(self.window):
            return
        path = self._ask_target(tr("Save exercise as"), f"{document.file.path.stem}-copy")
        if path is None:
            return
        try:
            with busy():
                document.record_file.save_copy(path)
        except PactlineError as err:     # a full disk or an unwritable folder: OutputError names the file
            dialogs.show_error(self.window, tr("Cannot save a copy"), str(err))
            return
        if document.what_if is not None:
            self._continue_what_if(document, path)
        elif self.window.open_path(path):
            # The title bar is the only other sign that the open file changed.
            self.window.statusBar().showMessage(
                tr("Saved as {0}: you are now working in this copy").format(path.name), 10000)

    def _continue_what_if(self, document, path: Path) -> None:
        """The record was saved as *path*: open it and replay the what-if there (on the old file if it will
        not open), so the planner goes on trying with nothing lost and nothing of it in either file."""
        from gui.shell.variant_commands import replay_variant
        from model.journal_text import journal_text

        journal = journal_text(document.what_if.journal)
        document.discard_what_if()          # kept above: opening the copy has nothing to ask
        opened = self.window.open_path(path)
        target = self.window.document if opened else document
        problems: list[str] = []
        try:
            target.enter_what_if()
            problems = replay_variant(target, journal)
        except PactlineError as err:
            problems = [str(err)]
        self.window.what_if_commands.sync()
        if problems:
            dialogs.show_error(self.window, tr("What-if resumed in part"),
                               tr("The record was saved; these what-if changes could not be made again and were "
                                  "left out:"), "\n".join(problems))
        if opened:
            self.window.statusBar().showMessage(
                tr("Saved the record as {0} (without the what-if's changes): you are now working in this copy, "
                   "the what-if goes on").format(path.name), 10000)
