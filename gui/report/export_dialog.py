"""File › Export and Print commands for reports, the timeline and the MSEL, with progress and cancel.

``ReportCommands(window)`` contributes the actions (``menu_actions["file"]``)
and is bound to the open document with ``set_document``. Every dialog goes
through a small module-level function here (tests patch them); long exports
run under ``ExportProgress``, a QProgressDialog fed by the export's progress
callback, which keeps the window responsive and can cancel.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QWidget

from gui.core import dialogs
from gui.core.actions import make_action
from gui.core.i18n import tr
from model import services
from model.storage import reading
from model.errors import PactlineError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from gui.report.pages import PagedDocument

# No Ctrl+Alt+letter: AltGr sends it when typing (e.g. AltGr+E for the euro sign).

class _Lazy:
    """The report machinery, imported on first use: starting the program does not need it."""

    def __getattr__(self, name: str):
        from gui.report import pages, pdf, printing
        from model import playbook, report_content
        for module in (pages, pdf, printing, report_content, playbook):
            if hasattr(module, name):
                value = getattr(module, name)
                setattr(self, name, value)
                return value
        raise AttributeError(name)


lazy = _Lazy()

SHORTCUTS = {"pdf": "Ctrl+Shift+P", "html": "Ctrl+F11", "png": "Ctrl+F12", "svg": "Ctrl+Shift+F12",
             "print_msel": QKeySequence.StandardKey.Print, "print_board": "Shift+F12",
             "preview": "Ctrl+Shift+F11"}
PNG_WIDTHS = (1600, 3200, 4800, 6400)


# -- dialogs (tests patch these) ------------------------------------------------------------------
def ask_export_path(parent: QWidget | None, title: str, suggestion: Path, name_filter: str, suffix: str) -> Path | None:
    """Where to write an export (the suffix is added when missing), or None if cancelled."""
    dialog = dialogs.file_dialog(parent, title, suggestion, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_png_width(parent: QWidget | None, default: int) -> int | None:
    """The PNG's width in pixels, or None if cancelled."""
    items = [tr("{0} px").replace("{0}", str(w)) for w in PNG_WIDTHS]
    current = PNG_WIDTHS.index(default) if default in PNG_WIDTHS else 1
    text, ok = QInputDialog.getItem(parent, tr("Timeline image"), tr("Width of the image (its height follows "
                                                                     "from the number of signatories):"),
                                    items, current, False)
    return PNG_WIDTHS[items.index(text)] if ok else None


def ask_print(parent: QWidget | None, printer: QPrinter, title: str) -> bool:
    """The print dialog: True if the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog   # a library of its own: loaded when first printing

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def show_print_preview(parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None],
                       title: str) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    dialog.exec()


def ask_preview_choice(parent: QWidget | None, choices: list[str]) -> str | None:
    text, ok = QInputDialog.getItem(parent, tr("Print Preview"), tr("Document to preview:"), choices, 0, False)
    return text if ok else None


class ExportProgress:
    """A modal progress dialog driven by an export's ``progress(fraction, text) -> bool`` callback."""

    def __init__(self, parent: QWidget | None, title: str):
        self.dialog = QProgressDialog(title, tr("Cancel"), 0, 1000, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)

    def __call__(self, fraction: float, text: str) -> bool:
        if self.dialog.wasCanceled():
            return False
        self.dialog.setLabelText(text)
        self.dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        QCoreApplication.processEvents()     # paint the dialog and take the Cancel click between steps
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


# -- the commands -------------------------------------------------------------------------------------------
class ReportCommands(QObject):
    """Export/print actions for a main window with ``document``, ``timeline`` and ``statusBar()``."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.document = None
        w = window
        self.export_pdf = make_action(w, tr("Export After-Action Report as &PDF…"), [SHORTCUTS["pdf"]],
                                      tr("Write the after-action report (HSEEP AAR/IP) as a PDF"),
                                      self.export_report_pdf, name="actionExportReportPdf")
        self.export_html = make_action(w, tr("Export After-Action Report as &HTML…"), [SHORTCUTS["html"]],
                                       tr("Write the after-action report as one self-contained HTML file"),
                                       self.export_report_html, name="actionExportReportHtml")
        self.export_png = make_action(w, tr("Export Timeline as P&NG…"), [SHORTCUTS["png"]],
                                      tr("Save the timeline, every signatory lane, as an image"),
                                      self.export_timeline_png, name="actionExportTimelinePng")
        self.export_svg = make_action(w, tr("Export Timeline as S&VG…"), [SHORTCUTS["svg"]],
                                      tr("Save the timeline as a vector drawing (SVG)"),
                                      self.export_timeline_svg, name="actionExportTimelineSvg")
        self.print_msel = make_action(w, tr("Print &MSEL Playbook…"), [SHORTCUTS["print_msel"]],
                                      tr("Print the MSEL as a controller's playbook, one block per inject"),
                                      self.print_playbook, name="actionPrintPlaybook")
        self.print_board = make_action(w, tr("Print Countdo&wn Board…"), [SHORTCUTS["print_board"]],
                                       tr("Print the current countdowns, large"),
                                       self.print_countdowns, name="actionPrintCountdowns")
        self.preview = make_action(w, tr("Print Pre&view…"), [SHORTCUTS["preview"]],
                                   tr("Preview the playbook, the countdown board or the report before printing"),
                                   self.print_preview, name="actionPrintPreview")
        self.actions = [self.export_pdf, self.export_html, self.export_png, self.export_svg, self.print_msel,
                        self.print_board, self.preview]
        self.menu_actions: dict[str, list[QAction]] = {"file": list(self.actions)}
        self.set_document(None)

    def set_document(self, document) -> None:
        self.document = document
        for action in self.actions:
            action.setEnabled(document is not None)

    # -- helpers ------------------------------------------------------------------------------------------
    def _suggest(self, tag: str, suffix: str) -> Path:
        path = self.document.file.path
        return path.with_name(f"{path.stem}-{tag}.{suffix}")

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def _fail(self, title: str, err: Exception) -> None:
        from gui.core.error_report import describe

        dialogs.show_error(self.window, title, describe(err))

    def report_content(self):
        """The report as of the live exercise clock (or ENDEX once the clock has passed it)."""
        from gui.core.time_zones import local_times_shown

        file = self.document.file
        return lazy.build_report_content(file, at=lazy.report_time(file, self.document.clock.now()),
                                         capital_times=local_times_shown(), compare_outcome=self._compare_outcome(),
                                         compare_at=self._compare_at())

    def _compare_at(self):
        """The time View › Options Compared judges at when it is not the clock (ENDEX, a chosen time): the
        report's "Options Compared" judges there too, and says so."""
        from model.judged_at import CLOCK, judged_time
        from model.timeutil import from_epoch

        chooser = getattr(getattr(self.window, "comparison", None), "judged_at", None)
        if chooser is None or chooser.at == CLOCK:
            return None
        snapshot = self.document.snapshot
        return from_epoch(judged_time(chooser.at, self.document.clock.seconds(), snapshot.endex))

    def _compare_outcome(self) -> int | None:
        """The branch outcome View › Options Compared crosses the options with, when it is one: the report's
        "Options Compared" judges them there too (as played otherwise)."""
        comparison = getattr(self.window, "comparison", None)
        picked = getattr(comparison, "outcomes_picked", [None])
        return picked[0] if len(picked) == 1 else None

    def _seal_log(self) -> str:
        """Once a report is written, the log's head it prints is sealed in the file (skipped when read-only).
        Returns what to add to the status message."""
        if self.document.file.read_only:
            return ""
        try:
            services.log.seal_log(self.document.file, reason="report exported")
        except PactlineError as err:
            return tr(" (the log could not be sealed: {0})").replace("{0}", str(err))
        return ""

    def _export(self, title: str, tag: str, suffix: str, name_filter: str, write) -> Path | None:
        if self.document is None:
            return None
        path = ask_export_path(self.window, title, self._suggest(tag, suffix), name_filter, suffix)
        if path is None:
            return None
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        progress = ExportProgress(self.window, title)
        try:
            result = write(path, progress)
        except lazy.Cancelled:
            self._status(tr("Export cancelled; nothing was written"))
            return None
        except (PactlineError, OSError, ValueError) as err:
            self._fail(tr("Export failed"), err)
            return None
        finally:
            progress.close()
        self._status(result)
        return path

    # -- exports --------------------------------------------------------------------------------------------
    def export_report_pdf(self) -> Path | None:
        def write(path, progress):
            pages = lazy.export_pdf(self.report_content(), path, progress)
            return tr("After-action report written: {0} ({1} pages)").replace("{0}", str(path)).replace(
                "{1}", str(pages)) + self._seal_log()
        return self._export(tr("Export After-Action Report as PDF"), "AAR", "pdf", tr("PDF documents (*.pdf)"), write)

    def export_report_html(self) -> Path | None:
        from gui.report.html import export_html

        def write(path, progress):
            export_html(self.report_content(), path, progress)
            return tr("After-action report written: {0}").replace("{0}", str(path)) + self._seal_log()
        return self._export(tr("Export After-Action Report as HTML"), "AAR", "html", tr("Web pages (*.html *.htm)"),
                            write)

    def export_timeline_png(self) -> Path | None:
        from gui.report.timeline_image import export_png
        if self.document is None or self.window.timeline is None:
            return None
        width = ask_png_width(self.window, 3200)
        if width is None:
            return None

        def write(path, progress):
            size = export_png(self.window.timeline, path, width_px=width)
            return tr("Timeline image written: {0} ({1} × {2} px)").replace("{0}", str(path)).replace(
                "{1}", str(size.width())).replace("{2}", str(size.height()))
        return self._export(tr("Export Timeline as PNG"), "timeline", "png", tr("PNG images (*.png)"), write)

    def export_timeline_svg(self) -> Path | None:
        from gui.report.timeline_image import export_svg
        if self.document is None or self.window.timeline is None:
            return None

        def write(path, progress):
            export_svg(self.window.timeline, path)
            return tr("Timeline drawing written: {0}").replace("{0}", str(path))
        return self._export(tr("Export Timeline as SVG"), "timeline", "svg", tr("SVG drawings (*.svg)"), write)

    # -- printing -------------------------------------------------------------------------------------------
    def playbook(self) -> PagedDocument:
        return lazy.playbook_document(lazy.playbook_content(self.document.file))

    def countdown_board(self) -> PagedDocument:
        info = reading.exercise_info(self.document.file)
        return lazy.countdown_document(self.document.assessment, info.name, info.classification, info.marking_colour)

    def _print(self, title: str, build: Callable[[], PagedDocument], landscape: bool) -> bool:
        if self.document is None:
            return False
        printer = lazy.make_printer(landscape=landscape)
        if not ask_print(self.window, printer, title):
            return False
        try:
            pages = lazy.print_document(build(), printer)
        except (PactlineError, OSError) as err:
            self._fail(tr("Printing failed"), err)
            return False
        self._status(tr("{0}: {1} pages sent to the printer").replace("{0}", title).replace("{1}", str(pages)))
        return True

    def print_playbook(self) -> bool:
        return self._print(tr("Print MSEL Playbook"), self.playbook, landscape=False)

    def print_countdowns(self) -> bool:
        return self._print(tr("Print Countdown Board"), self.countdown_board, landscape=True)

    def print_preview(self) -> bool:
        if self.document is None:
            return False
        choices = {tr("MSEL playbook"): (self.playbook, False), tr("Countdown board"): (self.countdown_board, True),
                   tr("After-action report"): (lambda: lazy.report_document(self.report_content()), False)}
        choice = ask_preview_choice(self.window, list(choices))
        if choice is None:
            return False
        build, landscape = choices[choice]
        document = build()
        show_print_preview(self.window, lazy.make_printer(landscape=landscape),
                           lambda printer: lazy.print_document(document, printer), tr("Print Preview — {0}")
                           .replace("{0}", choice))
        return True
