"""Printing: the MSEL as a controller's playbook and the countdown board, marked on every page.

Both are PagedDocuments (gui/report/pages.py), so they print on any QPrinter
(paper, PDF, the preview dialog) exactly as the report does. The playbook
keeps each inject's block whole on one page and leaves a line to write the
delivery time; the countdown board shows the current countdowns large enough
to read from across a room.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from gui.core.i18n import tr
from gui.report.blocks import ACCENT, MUTED, RULE, TEXT, WRAP, Block, Context, Heading, Text, font
from gui.report.pages import Marking, PagedDocument, Progress, render
from gui.core.style import urgency_colour
from model.countdowns import countdowns
from model.engine import Assessment
from model.storage.file_output import PDF_END, atomic_output
from model.playbook import Playbook, PlaybookEntry
from model.timeutil import format_relative_epoch, format_span


BOARD_LIMIT = 60     # as many rows as the countdown dock shows


# -- the MSEL playbook ----------------------------------------------------------------------------------
class InjectBlock(Block):
    """One inject as a boxed card: number and delivery time, routing, synopsis, expected action, a check line."""

    LABEL_PT = 92.0

    def __init__(self, entry: PlaybookEntry):
        self.entry = entry
        self.space_after = 9
        self.number_font, self.time_font = font(16, bold=True), font(13, bold=True, mono=True)
        self.label_font, self.body_font, self.small = font(7.5, bold=True), font(9), font(8)

    def _fields(self) -> list[tuple[str, str]]:
        e = self.entry
        rows = [(tr("From → To"), f"{e.sender or '—'} → {e.recipient or '—'}"), (tr("Method"), e.method or "—"),
                (tr("Synopsis"), e.synopsis or "—"), (tr("Expected action"), e.expected_action or "—"),
                (tr("Objective"), e.objective or "—")]
        rows += [(tr("Controller"), e.controller)] if e.controller else []
        rows += [(tr("Notes"), e.notes)] if e.notes else []
        return rows

    def _heights(self, ctx: Context, width: float) -> tuple[float, list[float]]:
        pad = ctx.pt(8)
        inner = width - 2 * pad - ctx.pt(self.LABEL_PT)
        head = ctx.metrics(self.number_font).height() + ctx.pt(6)
        return head, [max(ctx.text_height(self.body_font, inner, text), ctx.metrics(self.label_font).height())
                      + ctx.pt(4) for _label, text in self._fields()]

    def height(self, ctx, width):
        head, rows = self._heights(ctx, width)
        return ctx.pt(8) + head + sum(rows) + ctx.pt(30)

    def paint(self, ctx, p: QPainter, rect: QRectF):
        e = self.entry
        pad = ctx.pt(8)
        head, rows = self._heights(ctx, rect.width())
        p.setPen(QPen(RULE, ctx.pt(0.8)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, ctx.pt(3), ctx.pt(3))
        p.fillRect(QRectF(rect.left(), rect.top(), ctx.pt(4), rect.height()), ACCENT)
        top = rect.top() + pad
        line = QRectF(rect.left() + pad + ctx.pt(4), top, rect.width() - 2 * pad, head)
        p.setFont(self.number_font)
        p.setPen(ACCENT)
        p.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), f"#{e.number}")
        offset = ctx.metrics(self.number_font).horizontalAdvance(f"#{e.number}") + ctx.pt(14)
        p.setFont(self.time_font)
        p.setPen(TEXT)
        p.drawText(line.adjusted(offset, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   e.delivery)
        tags = " · ".join(t for t in (e.phase, e.inject_type, tr("scenario time {0}").replace("{0}", e.scenario)
                                      if e.scenario != e.delivery else "") if t)
        p.setFont(self.small)
        p.setPen(MUTED)
        p.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), tags)
        y = top + head
        for (label, text), h in zip(self._fields(), rows):
            p.setFont(self.label_font)
            p.setPen(MUTED)
            p.drawText(QRectF(rect.left() + pad + ctx.pt(4), y, ctx.pt(self.LABEL_PT) - ctx.pt(6), h), WRAP,
                       label.upper())
            p.setFont(self.body_font)
            p.setPen(TEXT)
            p.drawText(QRectF(rect.left() + pad + ctx.pt(self.LABEL_PT), y,
                              rect.width() - 2 * pad - ctx.pt(self.LABEL_PT), h), WRAP, text)
            y += h
        box = QRectF(rect.left() + pad + ctx.pt(4), y + ctx.pt(9), ctx.pt(10), ctx.pt(10))
        p.setPen(QPen(TEXT, ctx.pt(0.9)))
        p.drawRect(box)
        p.setFont(self.body_font)
        done = tr("delivered at {0}").replace("{0}", e.delivered) if e.delivered else ""
        check = (tr("Delivered at ________________   by ________________   (") + e.status + ")") if not done \
            else f"{done} ({e.status})"
        p.drawText(QRectF(box.right() + ctx.pt(6), box.top() - ctx.pt(3), rect.width(), ctx.pt(16)),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), check)


def playbook_document(playbook: Playbook) -> PagedDocument:
    blocks: list[Block] = [Heading(tr("MSEL — Controller's Playbook"), 0),
                           Text(tr("{0}. STARTEX {1}. {2} injects, in order of delivery; times are "
                                   "exercise-relative (D+n hh:mm).").replace("{0}", playbook.title)
                                .replace("{1}", playbook.startex).replace("{2}", str(len(playbook.entries))),
                                9, colour=MUTED, space_after=12)]
    blocks += [InjectBlock(entry) for entry in playbook.entries]
    if not playbook.entries:
        blocks.append(Text(tr("The MSEL is empty: plan injects in the MSEL dock."), 10, italic=True, colour=MUTED))
    return PagedDocument(blocks, Marking(playbook.classification, playbook.marking_colour,
                                         running_title=tr("MSEL playbook — {0}").replace("{0}", playbook.title)))


# -- the countdown board -------------------------------------------------------------------------------------
class CountdownRow(Block):
    """One deadline: time left (or how late) in large figures, what is due, who still owes it."""

    def __init__(self, time_text: str, colour: QColor, what: str, who: str):
        self.time_text, self.colour, self.what, self.who = time_text, colour, what, who
        self.time_font, self.what_font, self.who_font = font(30, bold=True, mono=True), font(15, bold=True), font(11)
        self.space_after = 2

    def _text_heights(self, ctx: Context, width: float) -> tuple[float, float]:
        right = width * 0.58
        return ctx.text_height(self.what_font, right, self.what), ctx.text_height(self.who_font, right, self.who)

    def height(self, ctx, width):
        what, who = self._text_heights(ctx, width)
        return max(ctx.metrics(self.time_font).height(), what + who) + ctx.pt(14)

    def paint(self, ctx, p, rect):
        what_h, _who_h = self._text_heights(ctx, rect.width())
        p.fillRect(QRectF(rect.left(), rect.top(), ctx.pt(6), rect.height() - ctx.pt(2)), self.colour)
        p.setFont(self.time_font)
        p.setPen(self.colour.darker(125) if self.colour.lightness() > 110 else self.colour)
        left = QRectF(rect.left() + ctx.pt(14), rect.top(), rect.width() * 0.4, rect.height())
        p.drawText(left, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.time_text)
        right = QRectF(rect.left() + rect.width() * 0.42, rect.top() + ctx.pt(6), rect.width() * 0.58, rect.height())
        p.setFont(self.what_font)
        p.setPen(TEXT)
        p.drawText(right, WRAP, self.what)
        p.setFont(self.who_font)
        p.setPen(MUTED)
        p.drawText(right.adjusted(0, what_h, 0, 0), WRAP, self.who)
        p.setPen(QPen(RULE, ctx.pt(0.6)))
        p.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))


def countdown_document(assessment: Assessment, title: str, classification: str, colour: str) -> PagedDocument:
    snap = assessment.snapshot
    now = format_relative_epoch(assessment.now, snap.startex)
    blocks: list[Block] = [Heading(tr("Countdown board"), 0),
                           Text(tr("Scenario time {0}. Pending deadlines soonest first, then missed ones.")
                                .replace("{0}", now), 11, colour=MUTED, space_after=10)]
    labels = {int(i): f"#{int(i)} {snap.type_names[int(t)]}" for i, t in zip(snap.inc_ids, snap.inc_type)}
    rows = countdowns(assessment, limit=BOARD_LIMIT)
    for row in (r for r in rows if not r.missed):
        kind = tr("Reaction") if row.kind == "reaction" else tr("Consultation")
        who = tr("due {0}; owed by {1}: {2}").replace("{0}", format_relative_epoch(row.deadline, snap.startex)) \
            .replace("{1}", str(len(row.signatories))).replace("{2}", ", ".join(row.signatories))
        blocks.append(CountdownRow(format_span(math.ceil(row.seconds), with_seconds=True),
                                   urgency_colour(row.seconds, False),
                                   f"{kind} — {labels[row.incident_id]}", who))
    missed: dict[tuple[str, int], list] = {}
    for row in (r for r in rows if r.missed):   # one line per deadline, naming everyone who missed it
        missed.setdefault((row.kind, row.incident_id), []).append(row)
    for (kind_code, incident_id), group in missed.items():
        kind = tr("reaction") if kind_code == "reaction" else tr("consultation")
        who = tr("deadline {0}; missed by {1}").replace(
            "{0}", format_relative_epoch(group[0].deadline, snap.startex)).replace(
            "{1}", ", ".join(f"{r.signatories[0]} +{format_span(r.seconds)}" for r in group))
        blocks.append(CountdownRow(f"+{format_span(max(r.seconds for r in group))}",
                                   urgency_colour(0, True), tr("MISSED {0} — {1}").replace("{0}", kind)
                                   .replace("{1}", labels[incident_id]), who))
    if len(blocks) == 2:
        blocks.append(Text(tr("No deadline is pending or missed at this scenario time."), 14, italic=True,
                           colour=MUTED))
    return PagedDocument(blocks, Marking(classification, colour, running_title=tr("Countdown board — {0}")
                                         .replace("{0}", title), running_right=tr("as of {0}").replace("{0}", now)))


# -- printers -----------------------------------------------------------------------------------------------
def make_printer(*, landscape: bool = False, pdf_path: str | None = None) -> QPrinter:
    """A high-resolution printer drawing the whole sheet (the documents keep their own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(pdf_path)
    printer.setFullPage(True)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    return printer


def print_document(document: PagedDocument, printer: QPrinter, progress: Progress | None = None) -> int:
    """Print on *printer* with its own paper size and orientation; returns the page count.

    Printing to a PDF file (the print dialog's "Print to File") writes it like every export:
    whole or not at all, OutputError naming the file otherwise.
    """
    printer.setFullPage(True)
    target = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
    if not target:
        return render(document, printer, progress)
    try:
        with atomic_output(target, ends_with=PDF_END) as partial:
            printer.setOutputFileName(str(partial))
            return render(document, printer, progress)
    finally:
        printer.setOutputFileName(target)
