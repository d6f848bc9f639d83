"""The scenario-time axis: day boundaries as D+n with the calendar date, clock times between.

Two text rows: days on top (the day in view stays labelled at the left edge
even when its midnight has scrolled away), clock times below; the exercise
clock's "now" is a pill on the lower row. Readable from minutes to months.
Days and clock times are the display zone's: the day marks are its midnights.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from gui.core import style
from gui.core.i18n import day_text
from gui.timeline import look
from gui.timeline.timescale import DAY, day_boundaries, day_step, is_midnight, midnight, minor_step, ticks
from model.i18n import month_abbr
from model.timeutil import display_zone, format_relative, from_epoch

ROW_HEIGHT = 15.0


class TimeAxis(pg.AxisItem):
    """A top axis for epoch seconds, labelled relative to STARTEX."""

    def __init__(self):
        super().__init__("top")
        self.startex = 0
        self.now: float | None = None
        self._static: tuple | None = None   # (what it was drawn for, the specs that do not depend on now)
        self._font = look.axis_font()
        self._bold = look.axis_font(bold=True)
        self.setStyle(tickFont=self._font, autoExpandTextSpace=False)
        self.setHeight(look.AXIS_HEIGHT)
        self.enableAutoSIPrefix(False)
        self._zone = display_zone()

    def set_startex(self, startex: int) -> None:
        if startex != self.startex:
            self.startex = startex
            self._redraw()

    def set_now(self, now: float | None) -> None:
        if now != self.now:
            # A clock tick moves the pill and nothing else: repaint where it was and where it goes
            # (with the clock times it may hide or bring back), not the axis's whole width, which
            # would repaint every item under it in the timeline.
            before = self.now_area()
            self.now = now
            self.picture = None
            after = self.now_area()
            if before is None or after is None:
                self.update()
            else:
                self.update(before.united(after))

    def _redraw(self) -> None:
        self.picture = None
        self.update()

    # -- labels ---------------------------------------------------------------------
    def day_label(self, day_start: int, fits: float) -> str:
        """The longest day label that fits in *fits* pixels ('' if even D+n does not)."""
        value = from_epoch(day_start).astimezone(display_zone())
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

    # -- the now pill --------------------------------------------------------------------
    def _bounds(self) -> QRectF:
        return self.mapRectFromParent(self.geometry())

    def now_rect(self, bounds: QRectF, metrics: QFontMetricsF) -> tuple[QRectF, float] | None:
        """The pill and the x of its pointer, or None when "now" is not in view."""
        x0, x1 = self.range
        if self.now is None or not x0 <= self.now <= x1 or x1 <= x0:
            return None
        x = bounds.left() + (self.now - x0) * bounds.width() / (x1 - x0)
        width = metrics.horizontalAdvance(self.now_text()) + 12
        left = min(max(x - width / 2, bounds.left()), bounds.right() - width)
        return QRectF(left, bounds.top() + ROW_HEIGHT + 3, width, ROW_HEIGHT), x

    def now_area(self) -> QRectF | None:
        """What the pill paints or hides (the clock times beside it), in item coordinates; None when
        that is not known (the axis not laid out yet): then the whole axis is repainted."""
        bounds = self._bounds()
        if bounds.width() <= 1:
            return None
        metrics = QFontMetricsF(self._font)
        now = self.now_rect(bounds, metrics)
        if now is None:
            return QRectF()
        rect, _x = now
        reach = 8 + max(metrics.horizontalAdvance(f"{d}{d}:{d}{d}") for d in "0123456789")
        return QRectF(rect.left() - reach, rect.top() - 1, rect.width() + 2 * reach, bounds.bottom() - rect.top() + 2)

    # -- drawing (AxisItem caches the result in a QPicture) ----------------------------
    def paint(self, p, opt, widget):
        if display_zone() is not self._zone:      # Preferences chose another zone: the cached labels are stale
            self._zone, self.picture = display_zone(), None
        super().paint(p, opt, widget)

    def generateDrawSpecs(self, p):
        bounds = self._bounds()
        x0, x1 = self.range
        if x1 <= x0 or bounds.width() <= 1:
            return None
        # Everything but the pill depends on the range, size and zone alone: a clock tick reuses it.
        key = (bounds.x(), bounds.y(), bounds.width(), bounds.height(), x0, x1, self.startex, self._zone)
        if self._static is None or self._static[0] != key:
            self._static = (key, self._static_specs(bounds, x0, x1))
        static = self._static[1]
        specs = {**static, "minor_texts": [], "now": None}
        now = self.now_rect(bounds, QFontMetricsF(self._font))
        if now is None:
            specs["minor_texts"] = static["minor_texts"]
        else:
            specs["now"] = now
            specs["minor_texts"] = [(rect, text) for rect, text in static["minor_texts"]
                                    if not rect.adjusted(-4, 0, 4, 0).intersects(now[0])]
        return (specs,)

    def _static_specs(self, bounds: QRectF, x0: float, x1: float) -> dict:
        scale = bounds.width() / (x1 - x0)

        def px(t: float) -> float:
            return bounds.left() + (t - x0) * scale

        specs: dict = {"bounds": bounds, "day_lines": [], "minor_lines": [], "day_texts": [], "minor_texts": [],
                       "date_texts": []}
        metrics = QFontMetricsF(self._font)
        bottom, top = bounds.bottom(), bounds.top()

        step_days = day_step(scale, look.MIN_DAY_LABEL_PX)
        labelled = day_boundaries(x0, x1, step_days, self.startex, zone=self._zone)
        every_day = day_boundaries(x0, x1, zone=self._zone) if DAY * scale >= 6 else labelled
        specs["day_lines"] = [QLineF(px(t), top + 2, px(t), bottom) for t in every_day]

        minor = minor_step(scale, look.MIN_MINOR_LABEL_PX)

        # Day labels: each labelled midnight, plus the day already in progress at the left edge.
        starts = list(labelled)
        first_day = midnight(x0, self._zone)
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
                    value = from_epoch(start).astimezone(self._zone)
                    date = f"{value.day} {month_abbr(value)}"   # strftime's %b is the C locale's
                    if metrics.horizontalAdvance(date) <= right - left - 6:
                        specs["date_texts"].append((QRectF(left, top + ROW_HEIGHT + 3, right - left, ROW_HEIGHT),
                                                    date))

        if minor is not None:   # every clock time that fits; generateDrawSpecs leaves out those the pill covers
            for t in ticks(x0, x1, minor, self._zone):
                x = px(t)
                specs["minor_lines"].append(QLineF(x, bottom - 5, x, bottom))
                if is_midnight(t, self._zone):
                    continue
                text = f"{from_epoch(t).astimezone(self._zone):%H:%M}"
                width = metrics.horizontalAdvance(text)
                rect = QRectF(x - width / 2 - 1, top + ROW_HEIGHT + 3, width + 2, ROW_HEIGHT)
                if rect.left() < bounds.left() or rect.right() > bounds.right():
                    continue
                specs["minor_texts"].append((rect, text))
        return specs

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
