"""The after-action report as one self-contained HTML file: the same blocks as the PDF, written as HTML.

Charts are embedded as base64 PNG (rendered at twice screen resolution), so
the file opens offline in any browser and can be mailed alone. Print CSS
repeats the exercise marking on every printed page, keeps table rows whole
and repeats table headers; each section starts on a new page.
"""
from __future__ import annotations

import base64
import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gui.core.marking_banner import readable_text_colour
from gui.report import charts
from gui.report.blocks import Block, Bullet, Cell, Contents, Figure, Heading, PageBreak, Spacer, Table, Text
from gui.report.pages import Cancelled, Marking, Progress
from gui.core.i18n import tr
from gui.report.pdf import FOOTER_HEAD_DIGITS, log_head_line, report_blocks
from model.storage.file_output import atomic_output, write_bytes
from model.report_parts import ReportContent

FIGURE_WIDTH_PT = 503.0      # the PDF's body width, so charts look the same in both
MARKING_HEIGHT_MM, MARKING_SPACE_MM = 7, 9       # the space kept free for a marking: its height and a little air

CSS = """
:root { --accent: #1f4e79; --text: #1f2a30; --muted: #5f6f78; --rule: #c5cfd6; --head: #e6ecf1; --zebra: #f5f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 10pt/1.45 "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: var(--text);
       background: #eef1f4; }
main { max-width: 190mm; margin: 0 auto; padding: 18mm 14mm 22mm; background: white; }
.marking { position: fixed; left: 0; right: 0; z-index: 10; text-align: center; font-weight: bold;
           font-size: 9pt; letter-spacing: .04em; height: MARKING_HEIGHT; line-height: MARKING_HEIGHT; padding: 0 8px;
           white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
           background: var(--marking); color: var(--marking-text);
           -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.marking.top { top: 0; } .marking.bottom { bottom: 0; }
/* The fixed markings cover the top and bottom of every screen and printed page; the sheet's header and
   footer rows (repeated on every printed page) hold exactly that much empty space, so no line is hidden. */
table.sheet { width: 100%; margin: 0; border-collapse: collapse; font-size: inherit; }
table.sheet > thead > tr > td, table.sheet > tfoot > tr > td, table.sheet > tbody > tr > td {
  padding: 0; border: 0; background: none; white-space: normal; }
.marking-space { height: MARKING_SPACE; }
h1 { font-size: 20pt; color: var(--accent); margin: .2em 0 .4em; }
h2 { font-size: 15pt; color: var(--accent); border-bottom: 1.5px solid var(--accent); padding-bottom: 3px;
     margin: 2.2em 0 .7em; }
h3 { font-size: 11.5pt; margin: 1.4em 0 .4em; } h4 { font-size: 10pt; margin: 1.1em 0 .3em; }
p { margin: .3em 0 .6em; } p.muted { color: var(--muted); font-style: italic; }
p.kicker { color: var(--accent); font-weight: bold; letter-spacing: .04em; margin-top: 10mm; }
p.box { background: #eef3f8; padding: 8px 10px; }
ul { margin: .2em 0 .8em 1.2em; padding: 0; } li { margin: .15em 0; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 1em; font-size: 8.5pt; }
th { background: var(--head); text-align: left; border-bottom: 1px solid var(--muted); }
th, td { padding: 3px 5px; vertical-align: top; white-space: pre-line; }
td { border-bottom: .5px solid var(--rule); }
tbody tr:nth-child(even) td { background: var(--zebra); }
table.facts td:first-child { font-weight: bold; width: 28%; } table.facts tr td { background: none; }
figure { margin: .5em 0 1.2em; } figure img { width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-style: italic; font-size: 8.5pt; margin-top: 4px; }
nav ol { list-style: none; padding: 0; } nav li { padding: 3px 0; border-bottom: 1px dotted var(--rule); }
nav a { color: var(--text); text-decoration: none; }
.right { text-align: right; } .centre { text-align: center; }
@media print {
  body { background: white; }
  main { max-width: none; padding: 0; }
  h2 { break-before: page; break-after: avoid; } h3, h4 { break-after: avoid; }
  thead { display: table-header-group; } tfoot { display: table-footer-group; }
  tr, figure, table.facts { break-inside: avoid; } table.sheet > tbody > tr { break-inside: auto; }
}
@page { size: A4; margin: 20mm 16mm 20mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; } }
""".replace("MARKING_SPACE", f"{MARKING_SPACE_MM}mm").replace("MARKING_HEIGHT", f"{MARKING_HEIGHT_MM}mm")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _cell(cell: Cell, tag: str, align) -> str:
    style = []
    if cell.colour is not None:
        style.append(f"color:{cell.colour.name()}")
    if cell.fill is not None:
        style.append(f"background:{cell.fill.name()}")
    if cell.bold and tag == "td":
        style.append("font-weight:bold")
    attrs = f' style="{";".join(style)}"' if style else ""
    align = cell.align if cell.align != Qt.AlignmentFlag.AlignLeft else align
    if align & Qt.AlignmentFlag.AlignRight:
        attrs += ' class="right"'
    elif align & Qt.AlignmentFlag.AlignHCenter:
        attrs += ' class="centre"'
    return f"<{tag}{attrs}>{_esc(cell.text)}</{tag}>"


def _table(block: Table) -> str:
    parts = [f'<table class="{"facts" if not block.header else "data"}">']
    if block.header:
        parts.append("<thead><tr>" + "".join(_cell(Cell(h), "th", a) for h, a in zip(block.headers, block.aligns))
                     + "</tr></thead>")
    parts.append("<tbody>")
    for row in block.rows:
        parts.append("<tr>" + "".join(_cell(c, "td", a) for c, a in zip(row, block.aligns)) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def _figure(block: Figure) -> str:
    png = charts.to_png(block.draw, block.height_for, FIGURE_WIDTH_PT)
    caption = f"<figcaption>{_esc(block.caption)}</figcaption>" if block.caption else ""
    return (f'<figure><img alt="{_esc(block.caption or "chart")}" '
            f'src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">{caption}</figure>')


def _text(block: Text) -> str:
    classes = []
    if block.font.italic():
        classes.append("muted")
    if block.fill is not None:
        classes.append("box")
    if block.font.bold() and block.font.pointSizeF() >= 11:
        classes.append("kicker")
    attrs = f' class="{" ".join(classes)}"' if classes else ""
    return f"<p{attrs}>{_esc(block.text)}</p>"


def _footer_css(text: str) -> str:
    """Every printed page's footer carries the log's head, as the PDF's does."""
    quoted = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return f'@page {{ @bottom-left {{ content: "{quoted}"; font: 8pt sans-serif; }} }}'


def report_html(content: ReportContent, progress: Progress | None = None) -> str:
    """The whole report as one HTML string."""
    blocks: list[Block] = report_blocks(content)
    figures = sum(isinstance(b, Figure) for b in blocks)
    drawn = 0
    body: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            body.append("<ul>" + "".join(items) + "</ul>")
            items.clear()
    for block in blocks:
        if isinstance(block, Bullet):
            colour = f' style="color:{block.colour.name()}"' if block.colour.name() != "#1f2a30" else ""
            items.append(f"<li{colour}>{_esc(block.text)}</li>")
            continue
        flush()
        if isinstance(block, (Spacer, PageBreak)):
            continue
        if isinstance(block, Heading):
            ident = f' id="{block.anchor}"' if block.anchor else ""
            body.append(f"<h{block.level + 1}{ident}>{_esc(block.text)}</h{block.level + 1}>")
        elif isinstance(block, Contents):
            body.append("<nav><ol>" + "".join(f'<li><a href="#{a}">{_esc(t)}</a></li>' for a, t in block.entries)
                        + "</ol></nav>")
        elif isinstance(block, Table):
            body.append(_table(block))
        elif isinstance(block, Figure):
            if progress is not None and not progress(0.1 + 0.8 * drawn / max(1, figures), tr("Drawing charts")):
                raise Cancelled()
            body.append(_figure(block))
            drawn += 1
        elif isinstance(block, Text):
            body.append(_text(block))
    flush()
    colour = content.marking_colour if QColor(content.marking_colour).isValid() else "#546e7a"
    marking_text = readable_text_colour(QColor(colour)).name()
    marking = _esc(Marking(content.classification, colour, "").text)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="Pactline">'
            f"<title>{_esc(tr('After-Action Report — {0}').replace('{0}', content.title))}</title>"
            f"<style>:root {{ --marking: {_esc(colour)}; --marking-text: {marking_text}; }}{CSS}"
            f"{_footer_css(log_head_line(content, digits=FOOTER_HEAD_DIGITS))}</style></head>"
            f'<body><div class="marking top">{marking}</div>'
            f'<table class="sheet"><thead><tr><td><div class="marking-space"></div></td></tr></thead>'
            f'<tfoot><tr><td><div class="marking-space"></div></td></tr></tfoot>'
            f'<tbody><tr><td><main>{"".join(body)}</main></td></tr></tbody></table>'
            f'<div class="marking bottom">{marking}</div></body></html>\n')


def export_html(content: ReportContent, path: Path | str, progress: Progress | None = None) -> None:
    """Write the report to *path* as one file; raises Cancelled (nothing left behind) if *progress* says so."""
    if progress is not None and not progress(0.05, tr("Writing the report")):
        raise Cancelled()
    text = report_html(content, progress)
    with atomic_output(path) as partial:
        write_bytes(partial, text.encode("utf-8"))
        if progress is not None and not progress(1.0, tr("Done")):
            raise Cancelled()
