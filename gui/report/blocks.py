"""The blocks a paged document is made of: text, headings, bullets, tables, figures, contents.

Each block measures itself for a width (device pixels) and paints into the
rectangle the page layout gives it; sizes are given in points and converted
with the device's ``k`` (pixels per point), so the same blocks serve a PDF
and a printer. Tables split only between rows and repeat their header.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextDocument

FAMILIES = ["Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans"]
TEXT = QColor("#1f2a30")
MUTED = QColor("#5f6f78")
ACCENT = QColor("#1f4e79")
RULE = QColor("#c5cfd6")
HEAD_FILL = QColor("#e6ecf1")
ZEBRA = QColor("#f5f7f9")
WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def font(size: float, *, bold: bool = False, italic: bool = False, mono: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo"] if mono else FAMILIES)
    f.setPointSizeF(size)
    f.setBold(bold)
    f.setItalic(italic)
    return f


@dataclass
class Context:
    """What blocks need to measure and paint: the device's metrics and the heading pages."""

    device: object
    k: float                                    # device pixels per point
    anchor_pages: dict[str, int] = field(default_factory=dict)

    def pt(self, points: float) -> float:
        return points * self.k

    def metrics(self, f: QFont) -> QFontMetricsF:
        return QFontMetricsF(f, self.device)

    def text_height(self, f: QFont, width: float, text: str, flags: int = WRAP) -> float:
        if not text:
            return self.metrics(f).height()
        return self.metrics(f).boundingRect(QRectF(0, 0, width, 1e9), flags, text).height()


class Block:
    space_before = 0.0       # points
    space_after = 0.0
    keep_with_next = False
    page_break_before = False
    anchor: str | None = None

    def height(self, ctx: Context, width: float) -> float:
        raise NotImplementedError

    def split(self, ctx: Context, width: float, available: float,
              force: bool = False) -> tuple[Block | None, Block | None]:
        """The part that fits in *available* and the rest; (None, self) when nothing fits.
        *force*: the block is taller than a whole page and must be split if it can be."""
        return None, self

    def paint(self, ctx: Context, p: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


class Spacer(Block):
    def __init__(self, points: float):
        self.points = points

    def height(self, ctx, width):
        return ctx.pt(self.points)

    def paint(self, ctx, p, rect):
        pass


class PageBreak(Block):
    def height(self, ctx, width):
        return 0.0

    def paint(self, ctx, p, rect):
        pass


class Text(Block):
    """A paragraph of plain text (or Qt rich text when *rich*), never split across pages."""

    def __init__(self, text: str, size: float = 9.5, *, bold=False, italic=False, colour: QColor = TEXT,
                 rich=False, space_before=0.0, space_after=5.0, indent=0.0, align=Qt.AlignmentFlag.AlignLeft,
                 fill: QColor | None = None, pad=0.0):
        self.text, self.font, self.colour, self.rich = text, font(size, bold=bold, italic=italic), colour, rich
        self.space_before, self.space_after, self.indent, self.align = space_before, space_after, indent, align
        self.fill, self.pad = fill, pad
        self._doc: QTextDocument | None = None
        self._doc_key: tuple | None = None

    def _document(self, ctx: Context, width: float) -> QTextDocument:
        if self._doc is None or self._doc_key != (width, id(ctx.device), ctx.k):
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(ctx.device)
            doc.setDefaultFont(self.font)
            doc.setDocumentMargin(0)
            doc.setDefaultStyleSheet(f"body {{ color: {self.colour.name()}; }} b {{ color: {TEXT.name()}; }}")
            doc.setHtml(f"<body>{self.text}</body>")
            doc.setTextWidth(width)
            self._doc, self._doc_key = doc, (width, id(ctx.device), ctx.k)
        return self._doc

    def _inner(self, ctx, width) -> float:
        return width - ctx.pt(self.indent) - 2 * ctx.pt(self.pad)

    def height(self, ctx, width):
        inner = self._inner(ctx, width)
        body = self._document(ctx, inner).size().height() if self.rich else ctx.text_height(self.font, inner, self.text)
        return body + 2 * ctx.pt(self.pad)

    def paint(self, ctx, p, rect):
        if self.fill is not None:
            p.fillRect(rect, self.fill)
        inner = rect.adjusted(ctx.pt(self.indent + self.pad), ctx.pt(self.pad), -ctx.pt(self.pad), -ctx.pt(self.pad))
        if self.rich:
            p.save()
            p.translate(inner.topLeft())
            self._document(ctx, inner.width()).drawContents(p)
            p.restore()
            return
        p.setFont(self.font)
        p.setPen(self.colour)
        p.drawText(inner, int(Qt.TextFlag.TextWordWrap | self.align | Qt.AlignmentFlag.AlignTop), self.text)


class Bullet(Text):
    """A list item: the bullet hangs in the margin, wrapped lines align with the first."""

    def __init__(self, text: str, size: float = 8.5, *, colour: QColor = TEXT, indent: float = 4.0):
        super().__init__(text, size, colour=colour, space_after=2.5, indent=indent + 10)

    def paint(self, ctx, p, rect):
        super().paint(ctx, p, rect)
        p.setFont(self.font)
        p.setPen(self.colour)
        p.drawText(QRectF(rect.left() + ctx.pt(self.indent - 9), rect.top(), ctx.pt(9), rect.height()), WRAP, "•")


class Heading(Text):
    SIZES = {0: 20.0, 1: 15.0, 2: 11.5, 3: 10.0}

    def __init__(self, text: str, level: int = 1, *, anchor: str | None = None, page_break_before=False):
        super().__init__(text, self.SIZES[level], bold=True, colour=ACCENT if level <= 1 else TEXT,
                         space_before={0: 0, 1: 6, 2: 12, 3: 8}[level], space_after={0: 10, 1: 8, 2: 5, 3: 3}[level])
        self.level, self.anchor, self.page_break_before = level, anchor, page_break_before
        self.keep_with_next = True

    def height(self, ctx, width):
        rule = ctx.pt(4) if self.level == 1 else 0
        return super().height(ctx, width) + rule

    def paint(self, ctx, p, rect):
        super().paint(ctx, p, rect)
        if self.level == 1:
            p.setPen(QPen(ACCENT, ctx.pt(0.8)))
            p.drawLine(QPointF(rect.left(), rect.bottom() - ctx.pt(1)), QPointF(rect.right(), rect.bottom() - ctx.pt(1)))


@dataclass
class Cell:
    text: str
    colour: QColor | None = None    # text colour
    fill: QColor | None = None
    bold: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


def fit_columns(weights: Sequence[float], need: Sequence[float], width: float) -> list[float]:
    """Widths summing to *width*, proportional to *weights* except that a column gets at least its *need*
    while the others can give it up. When all needs together exceed *width*, the plain proportions."""
    if sum(need) > width:
        total = sum(weights)
        return [width * w / total for w in weights]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        room = width - sum(fixed.values())
        total = sum(weights[i] for i in free) or 1.0
        short = [i for i in free if room * weights[i] / total < need[i]]
        if not short:
            return [fixed.get(i, room * weights[i] / total) for i in range(len(weights))]
        fixed.update({i: need[i] for i in short})


class Table(Block):
    """Rows never break across pages; a table that continues repeats its header row."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[Cell | str]], widths: Sequence[float], *,
                 size=8.0, aligns: Sequence[Qt.AlignmentFlag] | None = None, space_after=8.0, zebra=True,
                 header=True, keep_together=False):
        self.headers, self.widths = list(headers), list(widths)
        self.rows = [[c if isinstance(c, Cell) else Cell(str(c)) for c in row] for row in rows]
        self.aligns = list(aligns) if aligns else [Qt.AlignmentFlag.AlignLeft] * len(self.headers)
        self.size, self.space_after, self.zebra, self.header = size, space_after, zebra, header
        self.keep_together = keep_together
        self.font, self.bold = font(size), font(size, bold=True)
        self._heights: tuple[float, list[float]] | None = None
        self._heights_key: tuple | None = None
        self._columns_key: tuple | None = None
        self._cols: list[float] = []
        self._wrap_anywhere: list[bool] = []
        self._widest_source: Table = self
        self.first_row = 0          # index of the first row shown, for zebra parity in continued parts

    def _widest_words(self, ctx: Context) -> list[float]:
        """Per column, the widest word of its header and cells: the least it needs to wrap without cutting."""
        regular, bold = ctx.metrics(self.font), ctx.metrics(self.bold)
        widest = [max((bold.horizontalAdvance(w) for w in h.split()), default=0.0) for h in self.headers]
        for row in self._widest_source.rows:   # a continued part keeps the whole table's columns
            for c, cell in enumerate(row[:len(widest)]):
                m = bold if cell.bold else regular
                widest[c] = max(widest[c], max((m.horizontalAdvance(w) for w in cell.text.split()), default=0.0))
        return widest

    def columns(self, ctx: Context, width: float) -> list[float]:
        """Column widths summing to *width*: in proportion to ``widths``, but each at least as wide as its
        widest word where the table can afford it (a narrow last column is never cut at the page edge)."""
        if self._columns_key == (width, id(ctx.device), ctx.k):
            return self._cols
        need = [w + 2 * ctx.pt(3) + 1 for w in self._widest_words(ctx)]
        self._cols = fit_columns(self.widths, need, width)
        self._wrap_anywhere = [c < n for c, n in zip(self._cols, need)]
        self._columns_key = (width, id(ctx.device), ctx.k)
        return self._cols

    def _flags(self, column: int) -> int:
        return int(Qt.TextFlag.TextWrapAnywhere) if self._wrap_anywhere[column] else int(Qt.TextFlag.TextWordWrap)

    def _measure(self, ctx: Context, width: float) -> tuple[float, list[float]]:
        if self._heights is None or self._heights_key != (width, id(ctx.device), ctx.k):
            self._heights_key = (width, id(ctx.device), ctx.k)
            pad = ctx.pt(3)
            cols = self.columns(ctx, width)
            top = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            head = (max(ctx.text_height(self.bold, c - 2 * pad, h, top | self._flags(n))
                        for n, (c, h) in enumerate(zip(cols, self.headers))) + 2 * pad if self.header else 0.0)
            rows = [max(ctx.text_height(self.bold if cell.bold else self.font, c - 2 * pad, cell.text,
                                        top | self._flags(n))
                        for n, (c, cell) in enumerate(zip(cols, row))) + 2 * pad for row in self.rows]
            self._heights = (head, rows)
        return self._heights

    def height(self, ctx, width):
        head, rows = self._measure(ctx, width)
        return head + sum(rows)

    def _part(self, rows: list[list[Cell]], first: int) -> Table:
        part = Table(self.headers, rows, self.widths, size=self.size, aligns=self.aligns,
                     space_after=self.space_after, zebra=self.zebra, header=self.header)
        part.first_row = first
        part._widest_source = self._widest_source
        return part

    def split(self, ctx, width, available, force=False):
        head, rows = self._measure(ctx, width)
        if self.keep_together and not force:
            return None, self
        used, count = head, 0
        while count < len(rows) and used + rows[count] <= available:
            used += rows[count]
            count += 1
        if count == 0:
            return None, self
        return (self._part(self.rows[:count], self.first_row),
                self._part(self.rows[count:], self.first_row + count))

    def paint(self, ctx, p, rect):
        head, rows = self._measure(ctx, rect.width())
        pad = ctx.pt(3)
        cols = self.columns(ctx, rect.width())
        y = rect.top()
        if self.header:
            p.fillRect(QRectF(rect.left(), y, rect.width(), head), HEAD_FILL)
            self._row(ctx, p, rect.left(), y, head, cols, [Cell(h, bold=True) for h in self.headers], pad)
            y += head
        p.setPen(QPen(RULE, ctx.pt(0.5)))
        for n, (row, h) in enumerate(zip(self.rows, rows)):
            if self.zebra and (self.first_row + n) % 2 == 1:
                p.fillRect(QRectF(rect.left(), y, rect.width(), h), ZEBRA)
            self._row(ctx, p, rect.left(), y, h, cols, row, pad)
            y += h
            p.setPen(QPen(RULE, ctx.pt(0.5)))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        if self.header:
            p.setPen(QPen(MUTED, ctx.pt(0.8)))
            p.drawLine(QPointF(rect.left(), rect.top() + head), QPointF(rect.right(), rect.top() + head))

    def _row(self, ctx, p, x, y, h, cols, cells, pad):
        for c, (w, cell) in enumerate(zip(cols, cells)):
            box = QRectF(x, y, w, h)
            if cell.fill is not None:
                p.fillRect(box.adjusted(ctx.pt(0.5), ctx.pt(0.5), -ctx.pt(0.5), -ctx.pt(0.5)), cell.fill)
            p.setFont(self.bold if cell.bold else self.font)
            p.setPen(cell.colour or TEXT)
            align = cell.align if cell.align != Qt.AlignmentFlag.AlignLeft else self.aligns[c]
            p.drawText(box.adjusted(pad, pad, -pad, -pad), self._flags(c) | int(align | Qt.AlignmentFlag.AlignTop),
                       cell.text)
            x += w


class Figure(Block):
    """A chart painted by *draw(painter, rect, k)*, *height_for(width_px, k)* tall; never split."""

    def __init__(self, draw: Callable[[QPainter, QRectF, float], None], height_for: Callable[[float, float], float],
                 *, caption: str = "", space_after=10.0):
        self.draw, self.height_for, self.caption, self.space_after = draw, height_for, caption, space_after
        self.caption_font = font(8, italic=True)

    def height(self, ctx, width):
        caption = ctx.text_height(self.caption_font, width, self.caption) + ctx.pt(4) if self.caption else 0
        return self.height_for(width, ctx.k) + caption

    def paint(self, ctx, p, rect):
        chart = self.height_for(rect.width(), ctx.k)
        p.save()
        self.draw(p, QRectF(rect.left(), rect.top(), rect.width(), chart), ctx.k)
        p.restore()
        if self.caption:
            p.setFont(self.caption_font)
            p.setPen(MUTED)
            p.drawText(QRectF(rect.left(), rect.top() + chart + ctx.pt(4), rect.width(), rect.height()), WRAP,
                       self.caption)


class Contents(Block):
    """A table of contents: each entry's page number is looked up when the page is painted."""

    def __init__(self, entries: Sequence[tuple[str, str]]):
        self.entries = list(entries)         # (anchor, title)
        self.font = font(10.5)
        self.space_after = 10

    def height(self, ctx, width):
        return len(self.entries) * ctx.metrics(self.font).height() * 1.9

    def paint(self, ctx, p, rect):
        line = ctx.metrics(self.font).height() * 1.9
        p.setFont(self.font)
        for n, (anchor, title) in enumerate(self.entries):
            y = rect.top() + n * line
            row = QRectF(rect.left(), y, rect.width(), line)
            page = str(ctx.anchor_pages.get(anchor, ""))
            metrics = ctx.metrics(self.font)
            p.setPen(TEXT)
            p.drawText(row, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
            p.drawText(row, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page)
            left = rect.left() + metrics.horizontalAdvance(title) + ctx.pt(6)
            right = rect.right() - metrics.horizontalAdvance(page) - ctx.pt(6)
            dots = QPen(RULE, ctx.pt(1.2), Qt.PenStyle.DotLine)
            p.setPen(dots)
            base = y + line / 2 + metrics.ascent() / 2
            if right > left:
                p.drawLine(QPointF(left, base), QPointF(right, base))
