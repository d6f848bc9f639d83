"""The after-action report as a PDF: every section, the marking and page numbers on every page, cancel."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from gui.report import Cancelled, export_report
from gui.report.pdf import export_pdf
from model.report_content import SECTION_TITLES, build_report_content
from test_report_content import OBSERVED, TO_IMPROVE, add_evaluation
from tests.support import normalised_page_text, pdf_page_texts as page_texts

BANNER = "EXERCISE EXERCISE EXERCISE"



@pytest.fixture(scope="module")
def report(default_report):
    """The default exercise's report, written once for the tests that only read it (conftest.py)."""
    content, path, pages, texts = default_report
    return content, path, pages, [normalised_page_text(text) for text in texts]


def test_the_default_exercise_report_renders(report):
    content, path, pages, texts = report
    assert path.read_bytes().startswith(b"%PDF")
    assert pages == len(texts) >= 12
    assert not list(path.parent.glob("*partial*"))


def test_every_page_carries_the_marking_and_its_number(report):
    content, _path, pages, texts = report
    for number, text in enumerate(texts, start=1):
        assert text.count(BANNER) >= 2, f"page {number}: marking missing at top or bottom"
        assert content.classification in text
        assert f"Page {number} of {pages}" in text


def test_every_section_is_there_and_the_contents_give_its_page(report):
    _content, _path, _pages, texts = report
    contents = texts[1]
    assert "Contents" in contents
    for number, title in enumerate(SECTION_TITLES, start=1):
        heading = f"{number} {title}"
        found = [n for n, text in enumerate(texts, start=1) if n > 2 and heading in text]
        assert found, f"section heading {heading!r} missing"
        # the contents line is the title followed by the page it starts on
        assert f"{heading} {found[0]}" in contents


def test_every_signatory_is_named(report):
    content, _path, _pages, texts = report
    whole = " ".join(texts)
    for participant in content.participants:
        assert participant.code in whole and participant.name in whole
    assert "AFTER-ACTION REPORT / IMPROVEMENT PLAN" in texts[0] and content.title in whole


def test_the_report_states_findings_and_outcomes(report):
    content, _path, _pages, texts = report
    whole = " ".join(texts)
    for text in content.missed_texts + content.gap_texts:
        assert " ".join(text.split()) in whole
    assert "MISSED" in whole and "MET" in whole
    assert content.as_of in whole


def test_evaluation_reaches_the_report(qapp, blank_doc, tmp_path):
    add_evaluation(blank_doc)
    path = tmp_path / "aar.pdf"
    export_pdf(build_report_content(blank_doc), path)
    whole = " ".join(page_texts(path))
    assert OBSERVED in whole and TO_IMPROVE in whole
    assert "Maintain a 24/7 contact list in the coordination cell" in whole
    assert "Performed with some challenges" in whole and "Unable to be performed" in whole


def test_progress_runs_forward_and_cancel_leaves_no_file(qapp, default_doc, tmp_path):
    content = build_report_content(default_doc)
    seen = []

    def progress(fraction, text):
        seen.append(fraction)
        return True
    out = tmp_path / "out"
    out.mkdir()
    export_pdf(content, out / "full.pdf", progress)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 5

    calls = []

    def cancel_midway(fraction, text):
        calls.append(text)
        return len(calls) < 6                       # a few pages in
    with pytest.raises(Cancelled):
        export_pdf(content, out / "cancelled.pdf", cancel_midway)
    assert len(calls) == 6
    assert sorted(p.name for p in out.iterdir()) == ["full.pdf"]


def test_an_existing_file_survives_a_cancelled_export(qapp, default_doc, tmp_path):
    target = tmp_path / "aar.pdf"
    target.write_bytes(b"%PDF- the previous report")
    with pytest.raises(Cancelled):
        export_pdf(build_report_content(default_doc), target, lambda f, t: f < 0.5)
    assert target.read_bytes() == b"%PDF- the previous report"


def test_the_command_line_entry_exports_a_closed_exercise(qapp, default_template, tmp_path):
    pages = export_report(default_template, tmp_path / "cli.pdf")
    assert pages == len(PdfReader(tmp_path / "cli.pdf").pages) >= 12   # counted, not read: reading takes seconds
    with pytest.raises(ValueError):
        export_report(default_template, tmp_path / "report.docx")
