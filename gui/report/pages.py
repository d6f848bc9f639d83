"""Paged documents for PDF and paper: blocks (blocks.py) flowed onto pages, the marking on every page.

A ``PagedDocument`` lays its blocks out first (so it knows the page count and
the page of every heading), then paints page by page onto any paged device —
a QPdfWriter or a QPrinter. Geometry is in device pixels; sizes are given in
points and converted with ``k`` (device pixels per point). Tables break only
between rows and repeat their header row; a heading stays with what follows.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPen

from gui.core.i18n import tr
from gui.core.marking_banner import readable_text_colour
from gui.report.blocks import (  # noqa: F401  (re-exported: the block vocabulary lives here too)
    MUTED, RULE, TEXT, Block, Bullet, Cell, Contents, Context, Figure, Heading, PageBreak, Spacer, Table,
    Text, font,
)
from gui.core.style import BANNER_TEXT
from model.storage.file_output import Incomplete

MARGIN_PT = 46.0
BAND_PT = 15.0
Progress = Callable[[float, str], bool]


class Cancelled(Exception):
    """The user cancelled an export; nothing was written."""


@dataclass
class Marking:
    classification: str
    colour: str
    running_title: str
    running_right: str = ""
    footer_left: str = ""

    @property
    def text(self) -> str:
        c = self.classification.strip()
        return f"{BANNER_TEXT} — {c}" if c else BANNER_TEXT


@dataclass
class Placed:
    block: Block
    y: float
    height: float


class PagedDocument:
    """Blocks laid out on pages of *device* (a QPdfWriter or QPrinter set to full-page geometry)."""

    def __init__(self, blocks: Sequence[Block], marking: Marking):
        self.blocks, self.marking = list(blocks), marking
        self.pages: list[list[Placed]] = []

    # -- geometry -------------------------------------------------------------------------------
    @staticmethod
    def prepare(device, *, landscape: bool = False, page_size: QPageSize | None = None) -> None:
        """A4 (or *page_size*) with no device margins: the document draws its own."""
        layout = QPageLayout(page_size or QPageSize(QPageSize.PageSizeId.A4),
                             QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                             QMarginsF(0, 0, 0, 0))
        device.setPageLayout(layout)

    @staticmethod
    def context(device) -> Context:
        return Context(device, device.resolution() / 72.0)

    def frame(self, ctx: Context) -> tuple[QRectF, QRectF]:
        """(the page, the body area between header and footer) in device pixels."""
        full = self.ctx_page(ctx)
        m = ctx.pt(MARGIN_PT)
        top = m + ctx.pt(BAND_PT + 22)
        bottom = m + ctx.pt(BAND_PT + 24)
        return full, QRectF(m, top, full.width() - 2 * m, full.height() - top - bottom)

    @staticmethod
    def ctx_page(ctx: Context) -> QRectF:
        size = ctx.device.pageLayout().fullRectPixels(ctx.device.resolution())
        return QRectF(0, 0, size.width(), size.height())

    # -- layout ----------------------------------------------------------------------------------
    def layout(self, ctx: Context) -> int:
        _page, body = self.frame(ctx)
        width, limit = body.width(), body.height()
        pages: list[list[Placed]] = [[]]
        y = 0.0
        queue = list(self.blocks)
        while queue:
            block = queue.pop(0)
            if isinstance(block, PageBreak) or (block.page_break_before and pages[-1]):
                if pages[-1]:
                    pages.append([])
                    y = 0.0
                if isinstance(block, PageBreak):
                    continue
            gap = ctx.pt(block.space_before) if pages[-1] else 0.0
            h = block.height(ctx, width)
            needed = h
            chain = block
            for following in queue[:4]:      # a heading, its lead-in and the start of what they introduce
                if not chain.keep_with_next:
                    break
                needed += self._first_piece(ctx, following, width)
                chain = following
            if y + gap + needed > limit and pages[-1]:
                first, rest = (None, block) if block.keep_with_next else block.split(ctx, width, limit - y - gap)
                if first is not None:
                    self._place(ctx, pages, first, y + gap, first.height(ctx, width))
                    queue.insert(0, rest)
                pages.append([])
                y = 0.0
                if first is None:
                    queue.insert(0, block)
                continue
            if h > limit:
                first, rest = block.split(ctx, width, limit, force=True)
                if first is not None:
                    queue[0:0] = [first, rest]
                    continue
            self._place(ctx, pages, block, y + gap, h)
            y += gap + h + ctx.pt(block.space_after)
        self.pages = [page for page in pages if page] or [[]]
        return len(self.pages)

    def _first_piece(self, ctx, block: Block, width: float) -> float:
        if isinstance(block, Table) and not block.keep_together:
            head, rows = block._measure(ctx, width)
            return ctx.pt(block.space_before) + head + (rows[0] if rows else 0)
        return ctx.pt(block.space_before) + block.height(ctx, width)

    def _place(self, ctx, pages, block: Block, y: float, h: float) -> None:
        pages[-1].append(Placed(block, y, h))
        if block.anchor:
            ctx.anchor_pages[block.anchor] = len(pages)

    # -- painting --------------------------------------------------------------------------------
    def paint(self, device, painter: QPainter, ctx: Context, progress: Progress | None = None,
              done: float = 0.0) -> None:
        """Paint every page; *progress* runs from *done* to 1 and may cancel between pages."""
        _page, body = self.frame(ctx)
        count = len(self.pages)
        for number, placed in enumerate(self.pages, start=1):
            if progress is not None and not progress(done + (1 - done) * (number - 1) / count,
                                                     tr("Page {0} of {1}").format(number, count)):
                raise Cancelled()
            if number > 1:
                device.newPage()
            self.decorate(ctx, painter, number, count)
            for item in placed:
                painter.save()
                item.block.paint(ctx, painter, QRectF(body.left(), body.top() + item.y, body.width(), item.height))
                painter.restore()

    def decorate(self, ctx: Context, p: QPainter, number: int, count: int) -> None:
        """Marking bands at the top and bottom, running title, 'Page n of N'."""
        page, body = self.frame(ctx)
        m = ctx.pt(MARGIN_PT)
        band_h = ctx.pt(BAND_PT)
        colour = QColor(self.marking.colour)
        if not colour.isValid():
            colour = QColor("#546e7a")
        band_font = font(8.5, bold=True)
        for top in (m - ctx.pt(14), page.height() - m + ctx.pt(14) - band_h):
            band = QRectF(m, top, page.width() - 2 * m, band_h)
            p.fillRect(band, colour)
            p.setFont(band_font)
            p.setPen(readable_text_colour(colour))
            p.drawText(band, int(Qt.AlignmentFlag.AlignCenter), self.marking.text)
        small = font(7.5)
        p.setFont(small)
        p.setPen(MUTED)
        head = QRectF(m, m - ctx.pt(14) + band_h + ctx.pt(4), page.width() - 2 * m, ctx.pt(12))
        if number > 1:
            p.drawText(head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.marking.running_title)
            p.drawText(head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.marking.running_right)
        foot = QRectF(m, page.height() - m + ctx.pt(14) - band_h - ctx.pt(16), page.width() - 2 * m, ctx.pt(12))
        p.setPen(QPen(RULE, ctx.pt(0.5)))
        p.drawLine(QPointF(foot.left(), foot.top() - ctx.pt(2)), QPointF(foot.right(), foot.top() - ctx.pt(2)))
        p.setPen(MUTED)
        p.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.marking.footer_left)
        p.setFont(font(8, bold=True))
        p.setPen(TEXT)
        p.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), tr("Page {0} of {1}").format(number, count))


def render(document: PagedDocument, device, progress: Progress | None = None) -> int:
    """Lay out and paint *document* on *device* (already prepared); returns the page count."""
    ctx = PagedDocument.context(device)
    if progress is not None and not progress(0.02, tr("Laying out pages")):
        raise Cancelled()
    count = document.layout(ctx)
    painter = QPainter()
    if not painter.begin(device):
        raise Incomplete(tr("the output device cannot be written"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        document.paint(device, painter, ctx, progress, done=0.1)
    finally:
        ended = painter.end()
    if not ended:
        raise Incomplete(tr("the output device did not finish the document"))
    return count


__all__ = ["Block", "Bullet", "Cancelled", "Cell", "Contents", "Context", "Figure", "Heading", "Marking", "PageBreak",
           "PagedDocument", "Progress", "Spacer", "Table", "Text", "font", "render"]
