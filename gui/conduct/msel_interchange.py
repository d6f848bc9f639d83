"""File › Import MSEL… and Export MSEL as CSV/XLSX…: the commands, and the file dialogs they ask.

The import dialog and the spreadsheet readers and writers are imported when
a command first runs: showing the window does not need them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from gui.core import dialogs
from gui.core.actions import make_action
from gui.core.i18n import tr
from model.errors import PactlineError
from model.plural import plural


# -- file dialogs: small wrappers tests replace --------------------------------------------------
def ask_import_path(parent: QWidget | None, directory: Path | str) -> Path | None:
    return dialogs.ask_open_file(parent, tr("Import MSEL"), directory,
                                 tr("MSEL spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv *.json);;All files (*)"))


def ask_export_path(parent: QWidget | None, title: str, suggestion: Path, suffix: str) -> Path | None:
    """Where to write the MSEL; *suffix* (".csv" / ".xlsx") is added when the name lacks it."""
    label = tr("CSV files (*.csv)") if suffix == ".csv" else tr("Excel workbooks (*.xlsx)")
    return dialogs.ask_save_file(parent, title, suggestion, label, suffix)


class MselInterchange(QObject):
    """File › Import MSEL… and Export MSEL as CSV/XLSX… for the open exercise."""

    message = Signal(str)   # a one-line result for the status bar

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("mselInterchange")
        self.window = parent
        self.document = None
        self.dialog = None        # the last import dialog opened
        self.import_action = make_action(parent, tr("&Import MSEL…"), ["Ctrl+Shift+I"],
                                         tr("Add injects from a CSV or Excel MSEL; you map its columns first"),
                                         self.import_file, name="actionImportMsel")
        self.export_csv_action = make_action(parent, tr("Export MSEL as &CSV…"), ["Ctrl+F10"],
                                             tr("Write the MSEL as a CSV file with HSEEP column names"),
                                             lambda: self.export(".csv"), name="actionExportMselCsv")
        self.export_xlsx_action = make_action(parent, tr("Export MSEL as &XLSX…"), ["Ctrl+Shift+F10"],
                                              tr("Write the MSEL as an Excel workbook with HSEEP column names"),
                                              lambda: self.export(".xlsx"), name="actionExportMselXlsx")
        self.menu_actions: dict[str, list[QAction]] = {
            "file": [self.import_action, self.export_csv_action, self.export_xlsx_action]}
        self.set_document(None)

    def set_document(self, document) -> None:
        self.document = document
        writable = document is not None and not document.file.read_only
        self.import_action.setEnabled(writable)
        for action in (self.export_csv_action, self.export_xlsx_action):
            action.setEnabled(document is not None)

    def _folder(self) -> Path:
        return self.document.file.path.parent

    def import_file(self) -> None:
        if self.document is None:
            return
        path = ask_import_path(self.window, self._folder())
        if path is not None:
            from gui.conduct.msel_import_dialog import import_msel   # the dialog and the readers: on first use

            import_msel(self.document, path, self.window, opened=self._opened)

    def _opened(self, dialog) -> None:
        """The import dialog is open (at once, or once a large file is read)."""
        self.dialog = dialog
        dialog.imported.connect(lambda ids: self.message.emit(plural(len(ids), tr("{0} inject imported"),
                                                                     tr("{0} injects imported"))))

    def export(self, suffix: str) -> Path | None:
        if self.document is None:
            return None
        title = tr("Export MSEL as CSV") if suffix == ".csv" else tr("Export MSEL as XLSX")
        suggestion = self._folder() / f"{self.document.file.path.stem}-msel{suffix}"
        path = ask_export_path(self.window, title, suggestion, suffix)
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        from model.msel.spreadsheets import export_msel

        try:
            report = export_msel(self.document.file, path)
        except PactlineError as err:
            dialogs.show_error(self.window, tr("Cannot export the MSEL"), str(err))
            return None
        text = plural(report.injects, tr("{0} inject written to {1}"), tr("{0} injects written to {1}")).replace(
            "{1}", path.name)
        self.message.emit(" ".join([text, *report.notices]))
        return path
