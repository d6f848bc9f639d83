"""The projector's commitment heat map: signatories x response categories, current incidents together.

A cell is *committed* when the signatory has a live commitment in that
category for an incident that has happened; otherwise, when the treaty
expects that category for such an incident, it is *pending* while the
signatory's reaction deadline still runs and *missing* after; else it is
not expected. Derived from the engine's assessment only (no store access).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.core.i18n import QT_TR_NOOP, tr


from model.display_names import category_name
from model.engine import NOT_DUE, NOT_OBLIGED, PENDING, Assessment
from model.snapshot import WITHDRAWN
from model.vocabulary import CATEGORIES

NOT_EXPECTED, MISSING, AWAITED, COMMITTED = range(4)
CELL_COLOURS = {COMMITTED: QColor("#2e7d32"), AWAITED: QColor("#f9a825"), MISSING: QColor("#c62828"),
                NOT_EXPECTED: QColor("#222a33")}
CELL_GLYPHS = {COMMITTED: "✓", AWAITED: "", MISSING: "✕", NOT_EXPECTED: ""}
LEGEND = ((COMMITTED, QT_TR_NOOP("Committed")), (AWAITED, QT_TR_NOOP("Awaited (deadline running)")),
          (MISSING, QT_TR_NOOP("Expected, missing")), (NOT_EXPECTED, QT_TR_NOOP("Not expected")))


def legend_label(text: str) -> str:
    """A LEGEND text in the chosen language."""
    return tr(text)


def commitment_matrix(assessment: Assessment) -> np.ndarray:
    """(n_categories, n_signatories) cell states over the incidents that have happened."""
    snap = assessment.snapshot
    n_cat, n_sig = len(CATEGORIES), snap.signatory_count
    cells = np.full((n_cat, n_sig), NOT_EXPECTED, dtype=np.int8)
    if n_sig == 0 or snap.incident_count == 0:
        return cells
    occurred = assessment.occurred
    bits = np.arange(n_cat)
    expected = ((assessment.expected_mask[:, None] >> bits) & 1).astype(bool) & occurred[:, None]  # (inc, cat)
    status = assessment.reaction.status
    obliged = (status != NOT_DUE) & (status != NOT_OBLIGED)                                     # (inc, sig)
    awaited = status == PENDING
    expected_any = expected.T.astype(np.int64) @ obliged.astype(np.int64) > 0
    expected_awaited = expected.T.astype(np.int64) @ awaited.astype(np.int64) > 0
    cells[expected_any] = MISSING
    cells[expected_awaited] = AWAITED
    if len(snap.com_ids):
        live = (snap.com_status != WITHDRAWN) & (snap.com_announced <= assessment.now) & occurred[snap.com_inc]
        cells[snap.com_cat[live], snap.com_sig[live]] = COMMITTED
    return cells


class HeatMap(QWidget):
    """Paints the matrix large: category names left, signatory codes on top, a count per category right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("projectorHeatMap")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.codes: tuple[str, ...] = ()
        self.cells = np.zeros((len(CATEGORIES), 0), dtype=np.int8)
        self.painted_texts: list[str] = []   # every string drawn at the last paint (tests read it)
        self.label_font = QFont()
        self.label_font.setBold(True)
        self.code_font = QFont(self.label_font)
        self.category_names = tuple(category_name(code) for code in CATEGORIES)

    def set_scale(self, scale: float) -> None:
        self.label_font.setPointSizeF(max(9.0, 24 * scale))
        self.code_font.setPointSizeF(max(8.0, 19 * scale))
        # Rows of at least ~36 px at 1080 lines: wrapped titles above must not squeeze the map away.
        self.setMinimumHeight(int(len(CATEGORIES) * 36 * scale + 40 * scale))
        self.update()

    def show_matrix(self, codes: tuple[str, ...], cells: np.ndarray) -> None:
        if codes == self.codes and np.array_equal(cells, self.cells):
            return
        self.codes, self.cells = codes, cells.copy()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(1200, 300)

    def code_layout(self, cell_w: float) -> tuple[QFont, bool]:
        """The font for the signatory codes over columns *cell_w* wide, and whether they are staggered.

        Codes never run into each other: a little smaller first, then on two staggered lines.
        """
        font = QFont(self.code_font)
        widest = max((QFontMetricsF(font).horizontalAdvance(code) for code in self.codes), default=0.0)
        room = cell_w * 0.86
        if widest <= room:
            return font, False
        size = font.pointSizeF()
        if size * room / widest >= size * 0.75:
            font.setPointSizeF(size * room / widest)
            return font, False
        if widest > 2 * room:
            font.setPointSizeF(max(6.0, size * 2 * room / widest))
        return font, True

    def label_layout(self, row_height: float) -> QFont:
        """The font of the category names and counts for rows *row_height* pixels high.

        Scaled down with the rows, so that on a short map (a laptop-sized
        window, a large system font) a name never runs into the row below it.
        """
        font = QFont(self.label_font)
        height = QFontMetricsF(font).height()
        if height > row_height * 0.9 > 0:
            font.setPointSizeF(max(5.0, font.pointSizeF() * row_height * 0.9 / height))
        return font

    def parts(self) -> dict[str, float]:
        """Where the parts go at the current size: label gutter, count column, cell and heading sizes."""
        n_cat, n_sig = self.cells.shape
        probe = QFontMetricsF(self.label_font)
        # The codes' row depends on the cell width, the cell width on the gutters, the gutters on the row
        # height: start from the full-size gutters, then settle the label font on the resulting rows.
        left = max(probe.horizontalAdvance(name) for name in self.category_names) + 24
        count_text = f"{n_sig}/{n_sig}"
        right = probe.horizontalAdvance(count_text) + 24
        width = max(0.0, self.width() - left - right)
        code_font, staggered = self.code_layout(width / n_sig if n_sig else width)
        line = QFontMetricsF(code_font).height()
        top = line * (2.4 if staggered else 1.5)
        cell_h = (self.height() - top) / n_cat
        label_font = self.label_layout(cell_h)
        metrics = QFontMetricsF(label_font)
        left = max(metrics.horizontalAdvance(name) for name in self.category_names) + 24
        right = metrics.horizontalAdvance(count_text) + 24
        width = self.width() - left - right
        code_font, staggered = self.code_layout(width / n_sig if n_sig else width)
        top = QFontMetricsF(code_font).height() * (2.4 if staggered else 1.5)
        # Wider cells never need more heading room, so the rows only grow: the label font still fits.
        cell_h = max(cell_h, (self.height() - top) / n_cat)
        return {"left": left, "right": right, "width": width, "cell_w": width / n_sig if n_sig else 0.0,
                "cell_h": cell_h, "top": self.height() - n_cat * cell_h, "label_pt": label_font.pointSizeF()}

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        texts: list[str] = []
        n_cat, n_sig = self.cells.shape
        if n_sig == 0:
            painter.end()
            self.painted_texts = texts
            return
        geometry = self.parts()
        left, right, width, cell_h = geometry["left"], geometry["right"], geometry["width"], geometry["cell_h"]
        if width <= 0 or cell_h <= 0:
            painter.end()
            self.painted_texts = texts
            return
        label_font = QFont(self.label_font)
        label_font.setPointSizeF(geometry["label_pt"])
        cell_w = width / n_sig
        code_font, staggered = self.code_layout(cell_w)
        line = QFontMetricsF(code_font).height()
        top = geometry["top"]
        gap = max(1.0, min(cell_w, cell_h) * 0.08)
        painter.setFont(code_font)
        painter.setPen(QColor("#e0e6eb"))
        for s, code in enumerate(self.codes):
            if staggered:   # every other code one line lower, each centred over its own column
                y = 0.2 * line + (s % 2) * line
                rect = QRectF(left + (s - 0.5) * cell_w, y, 2 * cell_w, line)
            else:
                rect = QRectF(left + s * cell_w, 0, cell_w, top)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, code)
            texts.append(code)
        glyph_font = QFont(label_font)
        glyph_font.setPointSizeF(label_font.pointSizeF() * 0.9)
        for c in range(n_cat):
            y = top + c * cell_h
            painter.setFont(label_font)
            painter.setPen(QColor("#f5f7fa"))
            name = self.category_names[c]
            painter.drawText(QRectF(0, y, left - 16, cell_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             name)
            texts.append(name)
            committed = int(np.count_nonzero(self.cells[c] == COMMITTED))
            count = f"{committed}/{n_sig}"
            painter.drawText(QRectF(left + width + 12, y, right - 12, cell_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, count)
            texts.append(count)
            painter.setFont(glyph_font)
            for s in range(n_sig):
                state = int(self.cells[c, s])
                rect = QRectF(left + s * cell_w + gap / 2, y + gap / 2, cell_w - gap, cell_h - gap)
                painter.fillRect(rect, CELL_COLOURS[state])
                glyph = CELL_GLYPHS[state]
                if glyph:
                    painter.setPen(QColor("#000000") if state == AWAITED else QColor("#ffffff"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
                    texts.append(glyph)
        painter.end()
        self.painted_texts = texts
