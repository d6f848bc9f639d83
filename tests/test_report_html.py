"""The after-action report as one self-contained HTML file: headings, marking, signatories, images."""
from __future__ import annotations

import base64
import re
from html.parser import HTMLParser

import pytest
from PySide6.QtGui import QImage

from gui.report import Cancelled, export_report
from gui.report.html import export_html, report_html
from model.report_content import SECTION_TITLES, build_report_content
from model.services import exercise


class Outline(HTMLParser):
    """Headings, image sources and every piece of text in a page."""

    def __init__(self):
        super().__init__()
        self.headings: list[str] = []
        self.images: list[str] = []
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag in ("h1", "h2", "h3", "h4"):
            self._in_heading = True
            self.headings.append("")
        elif tag == "img":
            self.images.append(attrs["src"])
        elif tag == "a":
            self.links.append(attrs["href"])
        elif tag in ("script", "iframe", "link"):
            raise AssertionError(f"the report must be self-contained, found <{tag}>")

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3", "h4"):
            self._in_heading = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_heading:
            self.headings[-1] += data


@pytest.fixture
def written(qapp, default_doc, tmp_path):
    content = build_report_content(default_doc)
    path = tmp_path / "aar.html"
    export_html(content, path)
    outline = Outline()
    outline.feed(path.read_text(encoding="utf-8"))
    return content, path, outline


def test_every_section_heading_with_a_working_contents_link(written):
    _content, _path, outline = written
    for number, title in enumerate(SECTION_TITLES, start=1):
        assert f"{number}  {title}" in outline.headings
        assert f"#section-{number}" in outline.links and f"section-{number}" in outline.ids


def test_the_marking_frames_the_page_and_repeats_when_printed(written):
    content, path, outline = written
    html = path.read_text(encoding="utf-8")
    marking = f"EXERCISE EXERCISE EXERCISE — {content.classification}"
    assert html.count(f'<div class="marking top">{marking}</div>') == 1
    assert html.count(f'<div class="marking bottom">{marking}</div>') == 1
    # fixed elements repeat on every printed page; rows and headers are kept whole
    assert re.search(r"\.marking \{ position: fixed", html)
    assert "thead { display: table-header-group; }" in html and "break-inside: avoid" in html
    assert f"--marking: {content.marking_colour}" in html


def test_every_signatory_is_named(written):
    content, _path, outline = written
    text = " ".join(outline.text)
    for participant in content.participants:
        assert participant.code in text and participant.name in text
    for finding in content.missed_texts:
        assert finding in text


def test_the_charts_are_embedded_pngs_that_decode(written):
    _content, _path, outline = written
    assert len(outline.images) == 4                        # timeline, latency, commitment matrix, options compared
    for src in outline.images:
        assert src.startswith("data:image/png;base64,")
        image = QImage()
        assert image.loadFromData(base64.b64decode(src.split(",", 1)[1]), "PNG")
        assert image.width() >= 1000 and image.height() >= 200


def test_text_is_escaped(qapp, default_doc):
    exercise.update_exercise(default_doc, name="Drill <Alpha> & \"Bravo\"")
    html = report_html(build_report_content(default_doc))
    assert "Drill &lt;Alpha&gt; &amp; &quot;Bravo&quot;" in html and "<Alpha>" not in html


def test_cancel_leaves_no_file(qapp, default_doc, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    calls = []

    def cancel_at_second_chart(fraction, text):
        calls.append(text)
        return len(calls) < 3
    with pytest.raises(Cancelled):
        export_html(build_report_content(default_doc), out / "aar.html", cancel_at_second_chart)
    assert list(out.iterdir()) == []


def test_the_command_line_entry_writes_html(qapp, default_template, tmp_path):
    assert export_report(default_template, tmp_path / "aar.htm") == 1
    outline = Outline()
    outline.feed((tmp_path / "aar.htm").read_text(encoding="utf-8"))
    assert "1  Exercise Overview" in outline.headings
