"""The after-action report says what it means: names not codes, one span notation, the newest log entries,
observations tied to their log entries, and nothing cut at a page, chart or print edge."""
from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter
from pypdf import PdfReader

from gui.report import charts, html as report_html
from gui.report import pdf
from gui.report.blocks import Table, Text
from gui.report.pages import Marking, PagedDocument
from model import queries, report_content
from model.report_content import build_report_content
from model.services import evaluation, log
from test_report_content import add_evaluation


def normalised(text: str) -> str:
    """Extracted PDF text without ligatures or font-dependent spacing."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_has(content, path, words: str) -> bool:
    """Whether the exported PDF's text holds *words*. Read from the last page back, stopping where they
    are found: pypdf takes ~0.1 s a page, and the evaluation's sections close the report."""
    pdf.export_pdf(content, path)
    text = ""
    for page in reversed(PdfReader(str(path)).pages):
        text = page.extract_text() + " " + text   # words broken across two pages are still found
        if words in normalised(text):
            return True
    return False


def test_spans_read_as_hours_and_minutes_never_as_clock_times(qapp, default_doc, default_report):
    content = build_report_content(default_doc)
    margins = [r.reaction.margin for i in content.incidents for r in i.responses] + \
              [r.consultation.margin for i in content.incidents for r in i.responses]
    assert margins and not [m for m in margins if re.search(r"\d:\d\d", m)]
    luxembourg = next(r for r in content.incidents[0].responses if r.code == "LU")
    assert luxembourg.reaction.margin == "+3 h 50 min late"
    text = normalised(" ".join(default_report.page_texts))   # the same exercise's PDF, read once
    assert "+3 h 50 min late" in text and "by 25 h 20 min" in text
    assert "25:20" not in text


def test_categories_are_shown_by_name(qapp, default_doc):
    content = build_report_content(default_doc)
    first = content.incidents[0]
    assert first.expected == ("Political", "Economic (sanctions)", "Military")
    assert first.gaps == ()
    germany = next(r for r in first.responses if r.code == "DE")
    assert germany.commitments[0] == "Political: Joint statement / condemnation (delivered)"


def test_the_log_excerpt_keeps_the_newest_entries_and_says_how_many_older_ones_are_left_out(qapp, default_doc,
                                                                                           monkeypatch):
    monkeypatch.setattr(report_content, "LOG_LIMIT", 5)
    for n in range(3):
        log.add_log_entry(default_doc, kind="decision", text=f"ENDEX decision {n}")
    content = build_report_content(default_doc)
    conduct = [e for e in queries.log_entries(default_doc) if e.kind in report_content.LOG_KINDS]
    assert [e.text for e in content.log][-3:] == ["ENDEX decision 0", "ENDEX decision 1", "ENDEX decision 2"]
    assert len(content.log) == 5 and content.log_left_out == len(conduct) - 5
    notes = [b.text for b in pdf.log(content) if isinstance(b, Text)]
    assert f"The {len(conduct) - 5} oldest entries are left out; the newest 5 follow. The exercise log holds them " \
           "all." in notes


def test_an_observation_about_a_log_entry_shows_that_entry(qapp, default_doc, tmp_path):
    add_evaluation(default_doc)
    entry = log.add_log_entry(default_doc, kind="decision", text="Chair convenes the consultation").ids[0]
    objective = queries_objective(default_doc, "O1")
    evaluation.record_observation(default_doc, objective_id=objective, kind="note",
                                  text="The chair acted before the deadline", log_entry_id=entry)
    content = build_report_content(default_doc)
    o1 = next(o for o in content.objectives if o.code == "O1")
    assert o1.notes == (f"The chair acted before the deadline (log entry #{entry}, D+2 09:00: "
                        "“Chair convenes the consultation”)",)
    assert f"#{entry}" in [e.number and f"#{e.number}" for e in content.log]
    assert pdf_has(content, tmp_path / "aar.pdf", f"(log entry #{entry}, D+2 09:00:")


def queries_objective(doc, code: str) -> int:
    from model import queries
    return next(o.id for o in queries.objectives(doc) if o.code == code)


def test_the_default_exercise_logs_the_play_it_counts(qapp, default_doc, default_report):
    content = build_report_content(default_doc)
    announced = int(dict(content.key_figures)["Commitments announced"])
    kinds = [e.kind for e in content.log]
    assert announced == 69 and kinds.count("commitment") >= announced
    assert {"inject", "attendance"} <= set(kinds)
    assert "Nothing of this kind was logged" not in normalised(" ".join(default_report.page_texts))


def test_no_improvement_plan_column_is_narrower_than_its_widest_word(qapp, default_doc, tmp_path):
    add_evaluation(default_doc)
    content = build_report_content(default_doc)
    table = next(b for b in pdf.improvement_plan(content) if isinstance(b, Table))
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    PagedDocument.prepare(writer)
    ctx = PagedDocument.context(writer)
    _page, body = PagedDocument([], Marking("", "#000000", "")).frame(ctx)
    columns = table.columns(ctx, body.width())
    assert sum(columns) <= body.width() + 0.01, "the table stays inside the page's text width"
    for number, header in enumerate(table.headers):
        texts = [(header, table.bold)] + [(row[number].text, table.bold if row[number].bold else table.font)
                                          for row in table.rows]
        widest = max(ctx.metrics(f).horizontalAdvance(w) for text, f in texts for w in text.split())
        assert widest + 2 * ctx.pt(3) <= columns[number], f"column {header!r} would cut a word"
    painter = QPainter(writer)   # and it paints: the whole plan, the last column too
    table.paint(ctx, painter, body)
    painter.end()
    assert pdf_has(content, tmp_path / "aar.pdf", "30 Jun 2026")


@pytest.mark.parametrize("dpi", [192, 96])
def test_the_timeline_gutter_holds_its_labels(qapp, default_doc, dpi):
    content = build_report_content(default_doc)
    k = dpi / 72
    image = QImage(1000, 100, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    gutter, reserve = charts.timeline_margins(painter, content.timeline, k)
    labels = [(text, size) for text, size in charts.TIMELINE_GUTTER_LABELS] + \
             [(code, 6.5) for code in content.timeline.lanes]
    for text, size in labels:
        assert charts.text_width(painter, text, size, bold=True) <= gutter - 4 * k, f"{text!r} cut at the left edge"
    assert all(charts.text_width(painter, i.label, 6) <= reserve for i in content.timeline.incidents)
    painter.end()


def test_printed_html_keeps_every_line_clear_of_the_fixed_markings(qapp, default_doc):
    page = report_html.report_html(build_report_content(default_doc))
    space = '<tr><td><div class="marking-space"></div></td></tr>'
    assert f'<table class="sheet"><thead>{space}</thead><tfoot>{space}</tfoot><tbody><tr><td><main>' in page, \
        "header and footer rows, repeated on every printed page, reserve the markings' room"
    marking = re.search(r"\.marking \{[^}]*height: (\d+)mm", page)
    reserved = re.search(r"\.marking-space \{ height: (\d+)mm", page)
    assert marking and reserved and int(reserved.group(1)) >= int(marking.group(1))
    assert "tfoot { display: table-footer-group; }" in page
