"""The scenario-time axis: day boundaries as D+n with the calendar date, clock times between.

Two text rows: days on top (the day in view stays labelled at the left edge
even when its midnight has scrolled away), clock times below; the exercise
clock's "now" is a pill on the lower row. Readable from minutes to months.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from gui.core import style
from gui.core.i18n import day_text
from gui.timeline import look
from gui.timeline.timescale import DAY, day_boundaries, day_step, midnight, minor_step, ticks
from model.i18n import month_abbr
from model.timeutil import format_relative, from_epoch

ROW_HEIGHT = 15.0


class TimeAxis(pg.AxisItem):
    """A top axis for epoch seconds, labelled relative to STARTEX."""

    def __init__(self):
        super().__init__("top")
        self.startex = 0
        self.now: float | None = None
        self._font = look.axis_font()
        self._bold = look.axis_font(bold=True)
        self.setStyle(tickFont=self._font, autoExpandTextSpace=False)
        self.setHeight(look.AXIS_HEIGHT)
        self.enableAutoSIPrefix(False)

    def set_startex(self, startex: int) -> None:
        if startex != self.startex:
            self.startex = startex
            self._redraw()

    def set_now(self, now: float | None) -> None:
        if now != self.now:
            self.now = now
            self._redraw()

    def _redraw(self) -> None:
        self.picture = None
        self.update()

    # -- labels ---------------------------------------------------------------------
    def day_label(self, day_start: int, fits: float) -> str:
        """The longest day label that fits in *fits* pixels ('' if even D+n does not)."""
        value = from_epoch(day_start)
        relative = format_relative(value, from_epoch(self.startex)).split()[0]
        metrics = QFontMetricsF(self._bold)
        for text in (f"{relative}   {day_text(value)}",
                     f"{relative}   {day_text(value, year=False)}",
                     f"{relative}   {day_text(value, weekday=False, year=False)}", relative):
            if metrics.horizontalAdvance(text) <= fits:
                return text
        return ""

    def now_text(self) -> str:
        when = format_relative(from_epoch(self.now), from_epoch(self.startex))
        return QCoreApplication.translate("TimeAxis", "now {0}").replace("{0}", when)

    # -- drawing (AxisItem caches the result in a QPicture) ----------------------------
    def generateDrawSpecs(self, p):
        bounds = self.mapRectFromParent(self.geometry())
        x0, x1 = self.range
        if x1 <= x0 or bounds.width() <= 1:
            return None
        scale = bounds.width() / (x1 - x0)

        def px(t: float) -> float:
            return bounds.left() + (t - x0) * scale

        specs = {"bounds": bounds, "day_lines": [], "minor_lines": [], "day_texts": [], "minor_texts": [],
                 "date_texts": [], "now": None}
        metrics = QFontMetricsF(self._font)
        bottom, top = bounds.bottom(), bounds.top()

        step_days = day_step(scale, look.MIN_DAY_LABEL_PX)
        labelled = day_boundaries(x0, x1, step_days, self.startex)
        every_day = day_boundaries(x0, x1) if DAY * scale >= 6 else labelled
        specs["day_lines"] = [QLineF(px(t), top + 2, px(t), bottom) for t in every_day]

        minor = minor_step(scale, look.MIN_MINOR_LABEL_PX)
        now_rect = None
        if self.now is not None and x0 <= self.now <= x1:
            width = metrics.horizontalAdvance(self.now_text()) + 12
            left = min(max(px(self.now) - width / 2, bounds.left()), bounds.right() - width)
            now_rect = QRectF(left, top + ROW_HEIGHT + 3, width, ROW_HEIGHT)
            specs["now"] = (now_rect, px(self.now))

        # Day labels: each labelled midnight, plus the day already in progress at the left edge.
        starts = list(labelled)
        first_day = midnight(x0)
        if first_day < x0 and (not starts or starts[0] != first_day):
            starts.insert(0, first_day)
        for i, start in enumerate(starts):
            left = max(px(start), bounds.left()) + 4
            right = px(starts[i + 1]) if i + 1 < len(starts) else bounds.right()
            text = self.day_label(start, right - left - 6)
            if text:
                specs["day_texts"].append((QRectF(left, top + 1, right - left, ROW_HEIGHT), text))
                if minor is None and " " not in text:
                    # No room for clock times: the lower row carries the calendar date instead.
                    value = from_epoch(start)
                    date = f"{value.day} {month_abbr(value)}"   # strftime's %b is the C locale's
                    if metrics.horizontalAdvance(date) <= right - left - 6:
                        specs["date_texts"].append((QRectF(left, top + ROW_HEIGHT + 3, right - left, ROW_HEIGHT),
                                                    date))

        if minor is not None:
            for t in ticks(x0, x1, minor):
                x = px(t)
                specs["minor_lines"].append(QLineF(x, bottom - 5, x, bottom))
                if t % DAY == 0:
                    continue
                text = f"{from_epoch(t):%H:%M}"
                width = metrics.horizontalAdvance(text)
                rect = QRectF(x - width / 2 - 1, top + ROW_HEIGHT + 3, width + 2, ROW_HEIGHT)
                if rect.left() < bounds.left() or rect.right() > bounds.right():
                    continue
                if now_rect is not None and rect.adjusted(-4, 0, 4, 0).intersects(now_rect):
                    continue
                specs["minor_texts"].append((rect, text))
        return (specs,)

    def drawPicture(self, p: QPainter, specs) -> None:
        bounds = specs["bounds"]
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setPen(QPen(look.DAY_LINE, 1))
        p.drawLine(QPointF(bounds.left(), bounds.bottom()), QPointF(bounds.right(), bounds.bottom()))
        p.drawLines(specs["day_lines"])
        p.setPen(QPen(look.MUTED_TEXT, 1))
        p.drawLines(specs["minor_lines"])

        p.setFont(self._bold)
        p.setPen(look.TEXT)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip)
        for rect, text in specs["day_texts"]:
            p.drawText(rect, flags, text)
        p.setFont(self._font)
        p.setPen(look.MUTED_TEXT)
        for rect, text in specs["date_texts"]:
            p.drawText(rect, flags, text)
        centred = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip)
        for rect, text in specs["minor_texts"]:
            p.drawText(rect, centred, text)

        if specs["now"] is not None:
            rect, x = specs["now"]
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(style.NOW_LINE)
            p.drawRoundedRect(rect, 4, 4)
            p.drawPolygon([QPointF(x - 4, rect.bottom()), QPointF(x + 4, rect.bottom()),
                           QPointF(x, bounds.bottom())])
            p.setPen(Qt.GlobalColor.white)
            p.drawText(rect, centred, self.now_text())
