"""What lies behind the data: exercise bounds, alternating days, day and clock grid lines, lane stripes.

Painted on the fly for the visible range only (a handful of rectangles and
lines), so it costs the same with five incidents or five thousand.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from gui.timeline import look
from gui.timeline.timescale import DAY, day_boundaries, midnight, minor_step, ticks


class Backdrop(pg.GraphicsObject):
    """Fills the view it lives in; *lanes* > 0 adds one stripe per signatory lane."""

    def __init__(self, *, lanes: bool):
        super().__init__()
        self._lanes = lanes
        self.lane_count = 0
        self.startex = 0
        self.endex = 0
        self.setZValue(-100)
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # for option.exposedRect

    def set_exercise(self, startex: int, endex: int, lane_count: int = 0) -> None:
        if (startex, endex, lane_count) != (self.startex, self.endex, self.lane_count):
            self.startex, self.endex, self.lane_count = startex, endex, lane_count
            self.update()

    def viewTransformChanged(self):
        self.prepareGeometryChange()  # the bounding rect is the view itself

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return view.viewRect() if view is not None else QRectF()

    def paint(self, p: QPainter, option, *args) -> None:
        view = self.getViewBox()
        if view is None:
            return
        whole = view.viewRect()
        width_px = view.width()
        if whole.width() <= 0 or width_px <= 0:
            return
        scale = width_px / whole.width()
        # Only the area being repainted (a clock tick's strip): filling the whole view clipped to a strip
        # still costs the raster engine the whole fill.
        exposed = option.exposedRect
        rect = whole.intersected(exposed) if exposed.isValid() else whole
        pad = 2 / scale
        rect = rect.adjusted(-pad, 0, pad, 0)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        top, height = rect.top(), rect.height()

        if self._lanes and self.lane_count:
            p.setBrush(look.LANE_STRIPE)
            first = max(0, int(-rect.bottom()) - 1)
            last = min(self.lane_count, int(-rect.top()) + 2)
            p.drawRects([QRectF(rect.left(), -(lane + 1), rect.width(), 1.0)
                         for lane in range(first, last) if lane % 2 == 1])

        p.setBrush(look.ODD_DAY_FILL)
        days = day_boundaries(rect.left() - DAY, rect.right()) if DAY * scale >= 4 else []
        # Local days: a change of clocks makes one 23 or 25 hours long.
        first_day = midnight(self.startex)
        p.drawRects([QRectF(day, top, end - day, height) for day, end in zip(days, days[1:] + [rect.right()])
                     if round((day - first_day) / DAY) % 2 == 1])
        p.setBrush(look.OUTSIDE_EXERCISE)
        if self.startex > rect.left():
            p.drawRect(QRectF(rect.left(), top, self.startex - rect.left(), height))
        if self.endex < rect.right():
            p.drawRect(QRectF(self.endex, top, rect.right() - self.endex, height))

        minor = minor_step(scale, look.MIN_MINOR_LABEL_PX)
        hour_pen = QPen(look.HOUR_LINE, 1)
        hour_pen.setCosmetic(True)
        p.setPen(hour_pen)
        if minor is not None:
            day_set = set(days)
            p.drawLines([QLineF(t, top, t, top + height) for t in ticks(rect.left(), rect.right(), minor)
                         if t not in day_set])
        if self._lanes and self.lane_count:
            rule = QPen(look.LANE_RULE, 1)
            rule.setCosmetic(True)
            p.setPen(rule)
            p.drawLine(QLineF(rect.left(), -self.lane_count, rect.right(), -self.lane_count))
        day_pen = QPen(look.DAY_LINE, 1)
        day_pen.setCosmetic(True)
        p.setPen(day_pen)
        p.drawLines([QLineF(t, top, t, top + height) for t in days if t >= rect.left()])
