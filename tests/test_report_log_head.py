"""The log's head on the after-action report: in full on the cover, shortened on every page's footer,
and sealed in the exercise when the report is exported from the program."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from gui.report import export_dialog
from gui.report.export_dialog import ReportCommands
from gui.report.html import report_html
from model.report_content import build_report_content
from model.services import log
from model.services.log import verify_log
from tests.support import normalised_page_text, pdf_last_page_text


@pytest.fixture
def commands(qtbot, document):
    window = QMainWindow()
    qtbot.addWidget(window)
    cmd = ReportCommands(window)
    cmd.set_document(document)
    return cmd


def test_the_cover_prints_the_whole_head_and_every_footer_its_start(qapp, default_doc, default_report):
    head = log.log_head(default_doc)
    content = default_report.content   # the same exercise's report, written and read once for the suite
    assert content.log_head == head
    texts = [normalised_page_text(text) for text in default_report.page_texts]
    entries = f"{head.entries} {'entry' if head.entries == 1 else 'entries'}"
    assert f"Log:{entries},head{head.head_hash}".replace(" ", "") in texts[0].replace(" ", "")
    for number, text in enumerate(texts, start=1):
        # (the page texts are NFKC-normalised: the ellipsis reads as three dots)
        assert f"Log: {entries}, head {head.head_hash[:16]}..." in text, f"page {number}"


def test_the_html_report_prints_the_head_on_the_cover_and_in_the_page_footer(qapp, default_doc):
    head = log.log_head(default_doc)
    html = report_html(build_report_content(default_doc))
    entries = f"{head.entries} {'entry' if head.entries == 1 else 'entries'}"
    assert f"Log: {entries}, head {head.head_hash}" in html
    assert f'@bottom-left {{ content: "Log: {entries}, head {head.head_hash[:16]}…"' in html


@pytest.mark.parametrize("kind", ["pdf", "html"])
def test_exporting_the_report_seals_the_head_it_prints(monkeypatch, commands, document, tmp_path, kind):
    monkeypatch.setattr(export_dialog, "ask_export_path", lambda *a: tmp_path / f"aar.{kind}")
    before = log.log_head(document.file)
    path = commands.export_report_pdf() if kind == "pdf" else commands.export_report_html()
    assert path is not None and path.exists()
    result = verify_log(document.file)
    assert result.intact and result.seal.reason == "report exported"
    assert (result.seal.entries, result.seal.head_hash) == (before.entries, before.head_hash)
    if kind == "pdf":
        assert before.head_hash[:16] in pdf_last_page_text(path)
    else:
        assert before.head_hash in path.read_text(encoding="utf-8")
