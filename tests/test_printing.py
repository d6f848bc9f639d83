"""Printing (playbook, countdown board) to PDF printers, and the File menu's export/print commands."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow

from gui.report import export_dialog
from gui.report.export_dialog import ExportProgress, ReportCommands
from gui.report.printing import countdown_document, make_printer, playbook_document, print_document
from gui.timeline import TimelineWidget
from model import queries
from model.countdowns import countdowns
from model.playbook import playbook_content
from model.timeutil import format_span
from msel_sample import SAMPLE_MSEL, add_sample_msel
from tests.support import pdf_page_texts as page_texts

BANNER = "EXERCISE EXERCISE EXERCISE"



def assert_marked(texts: list[str], classification: str) -> None:
    for number, text in enumerate(texts, start=1):
        assert text.count(BANNER) >= 2 and classification in text, f"page {number} is not marked"
        assert f"Page {number} of {len(texts)}" in text


def test_the_playbook_prints_one_block_per_inject(qapp, blank_doc, tmp_path):
    add_sample_msel(blank_doc)
    path = tmp_path / "playbook.pdf"
    pages = print_document(playbook_document(playbook_content(blank_doc)), make_printer(pdf_path=str(path)))
    texts = page_texts(path)
    assert pages == len(texts) >= 2
    assert_marked(texts, "UNCLASSIFIED")
    whole = " ".join(texts)
    assert "MSEL — Controller's Playbook" in whole
    for item in SAMPLE_MSEL:
        assert f"#{item['number']}" in whole and " ".join(item["synopsis"].split()) in whole
    assert whole.count("Delivered at") == len(SAMPLE_MSEL)
    assert "D+0 08:00" in whole and "Protected state MFA → Coordination cell" in whole
    # an inject's block is never split: each synopsis sits on one page with its check line
    for item in SAMPLE_MSEL:
        page = next(t for t in texts if item["synopsis"][:40] in t)
        assert page.index(item["synopsis"][:40]) < page.rindex("Delivered at")


def test_the_countdown_board_prints_the_current_countdowns(qapp, document, tmp_path):
    path = tmp_path / "board.pdf"
    info = queries.exercise_info(document.file)
    board = countdown_document(document.assessment, info.name, info.classification, info.marking_colour)
    printer = make_printer(landscape=True, pdf_path=str(path))
    pages = print_document(board, printer)
    texts = page_texts(path)
    assert pages == len(texts)
    assert_marked(texts, info.classification)
    whole = " ".join(texts)
    assert "Countdown board" in whole and "Scenario time D+2 09:00" in whole
    rows = countdowns(document.assessment)
    pending = [r for r in rows if not r.missed]
    assert pending and all(format_span(r.seconds, with_seconds=True) in whole for r in pending)
    assert all(f"{r.signatories[0]} +{format_span(r.seconds)}" in whole for r in rows if r.missed)
    reader = PdfReader(str(path))
    box = reader.pages[0].mediabox
    assert box.width > box.height                          # landscape


class Window(QMainWindow):
    """The parts of the main report_window ReportCommands uses: document, timeline, status bar."""

    def __init__(self, document):
        super().__init__()
        self.document = document
        self.timeline = TimelineWidget(document)
        self.setCentralWidget(self.timeline)


@pytest.fixture
def report_window(qtbot, document):
    win = Window(document)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    return win


@pytest.fixture
def commands(report_window, document):
    cmd = ReportCommands(report_window)
    cmd.set_document(document)
    return cmd


def test_menu_actions_have_tips_and_need_an_exercise(report_window, commands):
    actions = commands.menu_actions["file"]
    assert len(actions) == 7
    assert all(a.statusTip() and a.objectName() for a in actions)
    assert commands.export_pdf.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert commands.print_msel.shortcut() in QKeySequence.keyBindings(QKeySequence.StandardKey.Print)
    keys = [a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys))
    commands.set_document(None)
    assert not any(a.isEnabled() for a in actions)
    commands.set_document(report_window.document)
    assert all(a.isEnabled() for a in actions)


def test_export_report_pdf_through_the_menu(monkeypatch, report_window, commands, tmp_path):
    asked = []

    def ask(parent, title, suggestion, name_filter, suffix):
        asked.append((suggestion.name, suffix))
        return tmp_path / "aar"                              # the suffix is added
    monkeypatch.setattr(export_dialog, "ask_export_path", ask)
    path = commands.export_report_pdf()
    assert asked == [("exercise-AAR.pdf", "pdf")]
    assert path == tmp_path / "aar.pdf" and path.read_bytes().startswith(b"%PDF")
    assert "pages" in report_window.statusBar().currentMessage()


def test_cancelling_the_progress_dialog_leaves_no_file(monkeypatch, report_window, commands, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(export_dialog, "ask_export_path", lambda *a: out / "aar.html")

    class CancelAtOnce(ExportProgress):
        def __call__(self, fraction, text):
            self.dialog.cancel()                            # the user clicks Cancel
            return super().__call__(fraction, text)
    monkeypatch.setattr(export_dialog, "ExportProgress", CancelAtOnce)
    assert commands.export_report_html() is None
    assert list(out.iterdir()) == []
    assert "cancelled" in report_window.statusBar().currentMessage()


def test_the_progress_dialog_follows_and_cancels(qtbot):
    progress = ExportProgress(None, "Export")
    assert progress(0.25, "Page 1 of 4")
    assert progress.dialog.value() == 250 and progress.dialog.labelText() == "Page 1 of 4"
    progress.dialog.cancel()
    assert not progress(0.5, "Page 2 of 4")
    progress.close()


def test_timeline_exports_through_the_menu(monkeypatch, report_window, commands, tmp_path):
    monkeypatch.setattr(export_dialog, "ask_png_width", lambda parent, default: 1600)
    monkeypatch.setattr(export_dialog, "ask_export_path", lambda *a: tmp_path / "t.png")
    assert commands.export_timeline_png() == tmp_path / "t.png"
    assert "1600 ×" in report_window.statusBar().currentMessage()
    monkeypatch.setattr(export_dialog, "ask_export_path", lambda *a: tmp_path / "t.svg")
    assert commands.export_timeline_svg() == tmp_path / "t.svg"
    assert (tmp_path / "t.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_print_goes_to_the_printer_the_dialog_set_up(monkeypatch, report_window, commands, tmp_path):
    add_sample_msel(report_window.document.file)

    def to_pdf(parent, printer: QPrinter, title):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{title}.pdf"))
        return True
    monkeypatch.setattr(export_dialog, "ask_print", to_pdf)
    assert commands.print_playbook()
    assert commands.print_countdowns()
    playbook = " ".join(page_texts(tmp_path / "Print MSEL Playbook.pdf"))
    assert all(f"#{item['number']}" in playbook for item in SAMPLE_MSEL)
    assert "Countdown board" in " ".join(page_texts(tmp_path / "Print Countdown Board.pdf"))
    monkeypatch.setattr(export_dialog, "ask_print", lambda *a: False)
    assert not commands.print_playbook()


@pytest.mark.parametrize("choice, expected", [("MSEL playbook", "Controller's Playbook"),
                                              ("Countdown board", "Countdown board"),
                                              ("After-action report", "AFTER-ACTION REPORT")])
def test_print_preview_paints_the_chosen_document(monkeypatch, report_window, commands, tmp_path, choice, expected):
    monkeypatch.setattr(export_dialog, "ask_preview_choice", lambda parent, choices: choice)
    shown = []

    def preview(parent, printer, paint, title):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        paint(printer)
        shown.append(title)
    monkeypatch.setattr(export_dialog, "show_print_preview", preview)
    assert commands.print_preview()
    assert shown == [f"Print Preview — {choice}"]
    texts = page_texts(tmp_path / "preview.pdf")
    assert expected in " ".join(texts)
    assert_marked(texts, "UNCLASSIFIED")
