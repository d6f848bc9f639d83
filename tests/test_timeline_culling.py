"""The timeline's scatters paint only the spots near the area being repainted, with the same pixels."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRect

from gui.timeline.incidents import PassiveScatter


def _scatter_in_view(qtbot) -> tuple[pg.GraphicsLayoutWidget, PassiveScatter]:
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    box = widget.addViewBox()
    rng = np.random.default_rng(7)
    scatter = PassiveScatter(pxMode=True, size=10, symbol="o", pen=pg.mkPen("k"), brush=pg.mkBrush("r"))
    scatter.setData(x=rng.uniform(0, 100, 2000), y=rng.uniform(0, 10, 2000))
    box.addItem(scatter)
    box.setRange(xRange=(0, 100), yRange=(0, 10), padding=0)
    widget.resize(400, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, scatter


def _drawn(scatter: PassiveScatter) -> int:
    return len(scatter._pixmapFragments.ndarray())   # the spots pyqtgraph handed to Qt last paint


def test_a_thin_repaint_draws_the_spots_near_it_and_the_same_pixels(qtbot):
    widget, scatter = _scatter_in_view(qtbot)
    strip = QRect(200, 0, 6, 200)                   # what a moving now line exposes
    culled = widget.viewport().grab(strip).toImage()
    near = _drawn(scatter)
    scatter.CULL_MARGIN_PX = 1e12                   # every spot counts as near: pyqtgraph's own paint
    everything = widget.viewport().grab(strip).toImage()
    assert _drawn(scatter) == 2000
    assert 0 < near < 400
    assert culled == everything


def test_a_full_repaint_draws_every_spot(qtbot):
    widget, scatter = _scatter_in_view(qtbot)
    widget.viewport().grab()
    assert _drawn(scatter) == 2000
