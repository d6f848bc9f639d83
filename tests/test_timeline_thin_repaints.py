"""The timeline's items paint the same pixels in thin repaints (a clock tick's strip) as in a full one."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from gui.timeline.commitments import FILLED, HOLLOW, LinesItem
from tests.timeline_support import timeline  # noqa: F401  (fixture)

WIDTH, HEIGHT = 400, 120


def _lines_in_view(qtbot) -> pg.GraphicsLayoutWidget:
    """Forty translucent lines of one pen in one lane: the first and the 34th overlap in the first half, the
    others lie in the second; more lines of a fainter pen overlap them in another lane."""
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground("w")
    qtbot.addWidget(widget)
    box = widget.addViewBox()
    item = LinesItem()
    n = 40
    announced = np.full(n, 60, dtype=np.int64)
    effective = np.full(n, 95, dtype=np.int64)
    announced[[0, 33]], effective[[0, 33]] = 0, 50
    y = np.full(n, -0.5)
    state = np.full(n, FILLED, dtype=np.int8)
    rng = np.random.default_rng(3)
    extra = 50   # a second lane, fainter pen, overlapping in every way
    start = rng.integers(0, 90, extra)
    announced = np.concatenate([announced, start])
    effective = np.concatenate([effective, start + rng.integers(2, 40, extra)])
    y = np.concatenate([y, np.full(extra, -1.5)])
    state = np.concatenate([state, np.full(extra, HOLLOW, dtype=np.int8)])
    count = n + extra
    none = np.zeros(count, dtype=bool)
    # In seconds, as on the timeline (Qt rounds an exposed region to whole item units).
    announced, effective = announced * 1000, effective * 1000
    item.set_lines(0, y, announced, effective, np.zeros(count, dtype=np.int64), state, none,
                   announced.copy(), none)
    box.addItem(item)
    box.setRange(xRange=(-5000, 100000), yRange=(-2, 0), padding=0)
    widget.resize(WIDTH, HEIGHT)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()   # the view box applies its range when first painted
    return widget


def _painted(widget: pg.GraphicsView, item: pg.GraphicsObject, strips: list[QRect]) -> QImage:
    """The item painted as a repaint of *strips* paints it: clipped to each, told each is exposed."""
    image = QImage(widget.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    to_device = item.deviceTransform(widget.viewportTransform())
    to_item, _ = to_device.inverted()
    for strip in strips:
        painter.save()
        painter.setClipRect(strip)
        painter.setTransform(to_device)
        option = QStyleOptionGraphicsItem()
        option.exposedRect = to_item.mapRect(QRectF(strip)) & item.boundingRect()
        item.paint(painter, option, widget.viewport())
        painter.restore()
    painter.end()
    return image


def test_thin_repaints_give_the_full_repaints_pixels(qtbot):
    widget = _lines_in_view(qtbot)
    item = next(i for i in widget.items() if isinstance(i, LinesItem))
    viewport = widget.viewport().rect()
    full = _painted(widget, item, [viewport])
    for width in (1, 3, 8):   # the strips a moving now line exposes
        strips = [QRect(x, 0, width, viewport.height()) for x in range(0, viewport.width(), width)]
        assert _painted(widget, item, strips) == full, f"strips {width} px wide"


def test_the_timelines_layers_paint_alike_in_strips(timeline):  # noqa: F811
    view = timeline.view
    view.band_box.setXRange(view.time_range()[0], view.time_range()[0] + 3 * 86400, padding=0)
    timeline.grab()
    viewport = view.viewport().rect()
    strips = [QRect(x, 0, 5, viewport.height()) for x in range(0, viewport.width(), 5)]
    for item in (view.band_backdrop, view.lane_backdrop, view.commitments.lines, view.incidents.windows):
        assert _painted(view, item, strips) == _painted(view, item, [viewport]), type(item).__name__
