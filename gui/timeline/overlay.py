"""The focused incident: selection ring, and while it is dragged its live marker, label and window.

Split into small items on purpose: Qt repaints the union of an item's old
and new bounding rectangles, so a drag step costs a marker-sized box, one
window-bar-high strip, and three thin lines across the lanes; never the
window's whole span. The lane fill (the consultation window shaded across
every lane) is shown for a selected incident and hidden while dragging.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from gui.core import style
from gui.timeline import look
from gui.timeline.incidents import marker_style, tick_pen, window_brush

RING = 23


@dataclass(frozen=True)
class IncidentFocus:
    """Everything the overlays draw about one incident, read off an assessment."""

    time: float
    consultation: float
    reaction: float
    track: int
    summary: int
    reaction_summary: int
    symbol: str
    severity: int
    occurred: bool
    label: str
    dragging: bool


class _FocusItem(pg.GraphicsObject):
    def __init__(self, z: float):
        super().__init__()
        self.setZValue(z)
        self.focus: IncidentFocus | None = None

    def set_focus(self, focus: IncidentFocus | None) -> None:
        if focus != self.focus:
            self.prepareGeometryChange()
            self.focus = focus
            self.update()

    def viewTransformChanged(self):
        self.prepareGeometryChange()   # extents are partly in pixels

    def seconds_per_px(self) -> float:
        view = self.getViewBox()
        return view.viewPixelSize()[0] if view is not None else 0.0


class FocusMarker(_FocusItem):
    """Selection ring; while dragging, the live marker and a label with the time it would move to."""

    def __init__(self):
        super().__init__(31)
        self._font = look.label_font()
        self._font.setBold(True)
        self._metrics = QFontMetricsF(self._font)

    def boundingRect(self) -> QRectF:
        f = self.focus
        if f is None:
            return QRectF()
        px = self.seconds_per_px()
        label = self._metrics.horizontalAdvance(f.label) + 16 if f.dragging else 0
        left = f.time - (RING / 2 + 3) * px
        right = f.time + (max(label, RING / 2) + 3) * px
        top = look.MARKER_Y + RING / 2 + 3
        return QRectF(left, -top, right - left, top)

    def paint(self, p: QPainter, *args) -> None:
        f = self.focus
        if f is None:
            return
        to_device = p.transform()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        marker = to_device.map(QPointF(f.time, -look.MARKER_Y))
        if f.dragging:
            pen, brush = marker_style(f.severity, f.occurred)
            p.translate(marker)
            drawSymbol(p, f.symbol, look.MARKER_SIZE + 2, pen, brush)
            p.resetTransform()
            top = marker.y() - look.MARKER_Y + look.LABEL_ROW_TOPS[0]
            box = QRectF(marker.x() - 5, top, self._metrics.horizontalAdvance(f.label) + 8, look.LABEL_HEIGHT)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(style.SELECTION)
            p.drawRoundedRect(box, 3, 3)
            p.setFont(self._font)
            p.setPen(Qt.GlobalColor.white)
            p.drawText(box.adjusted(4, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                       f.label)
        p.setPen(QPen(style.SELECTION, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(marker, RING / 2, RING / 2)


class FocusWindow(_FocusItem):
    """While dragging: the live consultation window and reaction tick, on the incident's track."""

    def __init__(self):
        super().__init__(29)

    def boundingRect(self) -> QRectF:
        f = self.focus
        if f is None or not f.dragging:
            return QRectF()
        pad = 3 * self.seconds_per_px()
        row = look.WINDOW_TRACKS[f.track]
        left, right = f.time - pad, max(f.consultation, f.reaction) + pad
        return QRectF(left, -(row + look.WINDOW_HALF + 2), right - left, 2 * look.WINDOW_HALF + 4)

    def paint(self, p: QPainter, *args) -> None:
        f = self.focus
        if f is None or not f.dragging:
            return
        row = -look.WINDOW_TRACKS[f.track]
        half = look.WINDOW_HALF
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        edge = QPen(style.SELECTION, 2)   # the live window stands out from where it was
        edge.setCosmetic(True)
        p.setPen(edge)
        p.setBrush(window_brush(f.summary))
        p.drawRect(QRectF(f.time, row - half, f.consultation - f.time, 2 * half))
        p.setPen(tick_pen(f.reaction_summary))
        p.drawLine(QLineF(f.reaction, row - half - 2, f.reaction, row + half + 2))


class LaneFill(_FocusItem):
    """The selected incident's consultation window shaded across every lane (not while dragging)."""

    def __init__(self):
        super().__init__(-50)

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        f = self.focus
        if f is None or f.dragging or view is None:
            return QRectF()
        rect = view.viewRect()
        return QRectF(f.time, rect.top(), f.consultation - f.time, rect.height())

    def paint(self, p: QPainter, *args) -> None:
        f = self.focus
        if f is None or f.dragging:
            return
        fill = QColor(style.SELECTION)
        fill.setAlpha(22)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRect(self.boundingRect())


class LaneFocus:
    """Fill plus three lines (incident time, reaction deadline, consultation deadline) in the lanes."""

    def __init__(self, view: pg.ViewBox):
        self.fill = LaneFill()
        view.addItem(self.fill, ignoreBounds=True)
        strong = pg.mkPen(style.SELECTION, width=2)
        faint = QColor(style.SELECTION)
        faint.setAlpha(150)
        self.lines = [pg.InfiniteLine(angle=90, movable=False, pen=pen) for pen in
                      (strong, pg.mkPen(faint, width=2), pg.mkPen(faint, width=2))]
        for line in self.lines:
            line.setZValue(-40)
            line.hide()
            view.addItem(line, ignoreBounds=True)
        self.focus: IncidentFocus | None = None

    def set_focus(self, focus: IncidentFocus | None) -> None:
        if focus == self.focus:
            return
        self.focus = focus
        self.fill.set_focus(focus)
        for line, value in zip(self.lines, (focus.time, focus.reaction, focus.consultation) if focus else (None,) * 3):
            if value is None:
                line.hide()
            else:
                line.setValue(value)
                line.show()
