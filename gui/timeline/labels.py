"""Incident labels ("#3 incursion S4"), decluttered by pixel spacing.

One item paints every visible label in device pixels. Which labels fit is
recomputed when the view range changes: walking the markers left to right,
a label takes the lower row if it is free there, else the upper row, else it
is left out. The selected incident's label is always shown.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from gui.core import style
from gui.timeline import look
from gui.timeline.edit_repaint import label_changes

LEFT_INSET = 5.0   # a label starts a little left of its marker, so it reads as the marker's
PADDING = 3.0
GAP = 6.0


class IncidentLabels(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        self.setZValue(20)
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # for option.exposedRect
        self._font = look.label_font()
        self._metrics = QFontMetricsF(self._font)
        self._bold = look.label_font()
        self._bold.setBold(True)
        self.times = np.zeros(0)
        self.texts: list[str] = []
        self.future = np.zeros(0, dtype=bool)
        self.widths = np.zeros(0)
        self.selected: int | None = None
        self.hidden: int | None = None   # drawn live by the drag overlay instead
        self._layout: list[tuple[int, int, float, float]] | None = None
        self._looks: set[tuple] | None = None   # the layout's labels as drawn (_look_of)
        self._width_of: dict[str, float] = {}   # label text -> its width in bold

    # -- data -------------------------------------------------------------------------
    def set_labels(self, times: np.ndarray, texts: list[str], future: np.ndarray,
                   before: np.ndarray | None = None) -> None:
        """*before*: for each text, the position it had in the last call (-1: new), so that the
        widths of the texts an edit left alone are carried over instead of looked up one by one."""
        if before is not None and (before >= 0).any() and len(self.widths) > int(before.max()):
            widths = self.widths[before.clip(0)]
            if len(self._width_of) > 4 * len(texts) + 64:
                self._width_of = {}
            bold, known = QFontMetricsF(self._bold), self._width_of
            for pos in np.flatnonzero(before < 0).tolist():
                text = texts[pos]
                if text not in known:
                    known[text] = bold.horizontalAdvance(text)
                widths[pos] = known[text]
            self.widths = widths
        elif texts != self.texts:
            # Measured in bold, the widest a label is drawn, so a selected label never overlaps.
            # Most texts are the ones measured before (an edit changes a few): measure only new ones.
            if len(self._width_of) > 4 * len(texts) + 64:
                self._width_of = {}
            bold, known = QFontMetricsF(self._bold), self._width_of
            for text in texts:
                if text not in known:
                    known[text] = bold.horizontalAdvance(text)
            self.widths = np.array([known[t] for t in texts], dtype=np.float64)
        self.times, self.texts, self.future = np.asarray(times, dtype=np.float64), texts, future
        self._invalidate()

    def set_future(self, future: np.ndarray) -> None:
        self.future = future
        self._looks = None
        self.update()

    def set_selected(self, position: int | None) -> None:
        if position != self.selected:
            self.selected = position
            self._invalidate()

    def set_hidden(self, position: int | None) -> None:
        if position != self.hidden:
            self.hidden = position
            self._invalidate()

    def _invalidate(self) -> None:
        """Lay the labels out again; with the layout shown before known, repaint only the labels drawn
        differently (an edit moves a few, and those whose place it took or freed)."""
        before = self._looks
        self._layout, self._looks = None, None
        view = self.getViewBox()
        if before is None or view is None:
            self.update()
            return
        self.visible_labels()
        spans = label_changes(before, self._looks or set())
        if spans is None:
            self.update()
            return
        rect, width = view.viewRect(), view.width()
        if width <= 0:
            self.update()
            return
        seconds_per_px = rect.width() / width
        for left, right in spans:   # the label's box, its leader line below it, antialiasing
            self.update(QRectF(rect.left() + (left - 3) * seconds_per_px, rect.top(),
                               (right - left + 6) * seconds_per_px, rect.height()))

    def _look_of(self, shown: list[tuple[int, int, float, float]]) -> set[tuple]:
        """Each label shown as everything its drawing follows (left and right pixels at [2] and [3])."""
        self._looks = {(self.texts[i], row, left, right, bool(self.future[i]), i == self.selected)
                       for i, row, left, right in shown}
        return self._looks

    def viewTransformChanged(self):
        self.prepareGeometryChange()
        self._layout, self._looks = None, None

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return view.viewRect() if view is not None else QRectF()

    # -- layout -------------------------------------------------------------------------
    def visible_labels(self) -> list[tuple[int, int, float, float]]:
        """(incident position, row, left px, right px) of every label shown, in view pixels."""
        if self._layout is None:
            self._layout = self._compute_layout()
            self._look_of(self._layout)
        return self._layout

    def _compute_layout(self) -> list[tuple[int, int, float, float]]:
        view = self.getViewBox()
        if view is None or not len(self.times):
            return []
        rect, width = view.viewRect(), view.width()
        if rect.width() <= 0 or width <= 0:
            return []
        x = (self.times - rect.left()) * (width / rect.width())
        lefts = x - LEFT_INSET
        rights = lefts + self.widths + 2 * PADDING
        candidates = np.flatnonzero((rights >= 0) & (x <= width))
        candidates = candidates[np.argsort(x[candidates], kind="stable")]
        reserved = None
        if self.selected is not None and self.selected != self.hidden and self.selected < len(x):
            reserved = (lefts[self.selected], rights[self.selected])
        row_end = [-np.inf, -np.inf]
        shown = []
        for i in candidates:
            i = int(i)
            if i == self.hidden:
                continue
            left, right = float(lefts[i]), float(rights[i])
            if i == self.selected and reserved is not None:
                shown.append((i, 0, left, right))
                row_end[0] = max(row_end[0], right + GAP)
                continue
            for row in (0, 1):
                clashes = row == 0 and reserved is not None and left < reserved[1] + GAP and right + GAP > reserved[0]
                if left >= row_end[row] and not clashes:
                    row_end[row] = right + GAP
                    shown.append((i, row, left, right))
                    break
        return shown

    # -- painting (in device pixels, so text never scales) -----------------------------------
    def paint(self, p: QPainter, option, *args) -> None:
        shown = self.visible_labels()
        if not shown:
            return
        to_device = p.transform()
        exposed = to_device.mapRect(option.exposedRect).adjusted(-2, -2, 2, 2)
        p.resetTransform()
        p.setFont(self._font)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        leader = QPen(look.DAY_LINE, 1)
        marker_top = -look.MARKER_Y + look.MARKER_SIZE / 2
        boxes = []
        for i, row, _left, _right in shown:
            anchor = to_device.map(QPointF(self.times[i], -look.LABEL_ROW_TOPS[row]))
            box = QRectF(anchor.x() - LEFT_INSET, anchor.y(), self.widths[i] + 2 * PADDING, look.LABEL_HEIGHT)
            if row == 0 and not box.intersects(exposed) or row == 1 and not box.united(QRectF(
                    anchor.x() - 1, anchor.y(), 2, look.MARKER_Y)).intersects(exposed):
                continue   # outside the area being repainted
            boxes.append((i, box))
            if row == 1:
                top = to_device.map(QPointF(self.times[i], marker_top)).y()
                p.setPen(leader)
                p.drawLine(QLineF(anchor.x(), box.bottom(), anchor.x(), top))
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        for i, box in boxes:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(look.LABEL_BACKGROUND)
            p.drawRoundedRect(box, 3, 3)
            if i == self.selected:
                p.setFont(self._bold)
                p.setPen(style.SELECTION)
            else:
                p.setFont(self._font)
                p.setPen(look.MUTED_TEXT if self.future[i] else look.TEXT)
            p.drawText(box.adjusted(PADDING, 0, 0, 0), flags, self.texts[i])
