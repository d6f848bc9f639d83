"""The after-action report's "Options Compared": every treaty option judged on the same record at the
report's time, as the comparison's table (model/comparison_table.py's rows) and its chart."""
from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from gui.comparison.chart import comparison_height, draw_comparison
from gui.report.html import report_html
from model.comparison import compare_options
from model.comparison_table import comparison_rows
from model.report_content import SECTION_TITLES, build_report_content
from model.storage.exercise_file import ExerciseFile
from model.timeutil import to_epoch
from tests.support import normalised_page_text

SECTION = SECTION_TITLES.index("Options Compared") + 1


def test_the_content_holds_the_comparison_of_every_option_at_the_report_time(default_doc):
    content = build_report_content(default_doc)
    compared = content.options_compared
    at = to_epoch(build_report_content.__globals__["report_time"](default_doc))
    results = compare_options(default_doc, at=at)
    assert compared.names == tuple(r.name for r in results) and len(compared.names) == 3
    assert compared.rows == tuple((label, tuple(cells)) for label, cells in comparison_rows(results)[1:])
    assert [f.missed for f in compared.figures] == [r.missed for r in results]
    assert any(compared.differs(n) for n in range(len(compared.rows)))


def test_an_exercise_with_one_option_says_there_is_nothing_to_compare(blank_doc, qapp):
    content = build_report_content(blank_doc)
    assert content.options_compared is None
    html = report_html(content)
    assert f"{SECTION}  Options Compared" in html and "nothing to compare" in html


def test_the_pdf_section_has_the_table_and_chart(default_report):
    content, _path, _pages, raw_texts = default_report
    texts = [normalised_page_text(text) for text in raw_texts]   # what pdf_page_texts gives, without reading again
    heading = f"{SECTION} Options Compared"
    start = next(n for n, text in enumerate(texts) if n > 1 and heading in text)
    section = " ".join(texts[start:start + 4])
    section = section[section.index(heading):]
    end = section.find(f"{SECTION + 1} {SECTION_TITLES[SECTION]}")
    section = section[:end] if end > 0 else section
    compared = content.options_compared
    for n, name in enumerate(compared.names):
        assert normalised_page_text(f"{chr(65 + n)} {name}") in section
    for label, cells in compared.rows[:12]:
        assert normalised_page_text(label) in section
    met = dict(compared.rows)["Obligations met / missed / pending"]
    assert normalised_page_text(" ".join(met)) in section
    assert "Rows where the options differ are shaded" in section


def test_the_chart_draws_every_option(qapp, default_doc):
    figures = build_report_content(default_doc).options_compared.figures
    k = 2.0
    image = QImage(1000, int(comparison_height(1000, k, len(figures))), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    draw_comparison(figures)(painter, QRectF(0, 0, image.width(), image.height()), k)
    painter.end()
    coloured = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                   if image.pixelColor(x, y).saturation() > 80)
    assert coloured > 100                      # bars in the program's colours, not an empty frame
