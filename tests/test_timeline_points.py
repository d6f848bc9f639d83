"""set_styled_points: a whole scatter set from a few distinct styles gives the very table (and picture)
that pyqtgraph's own setData gives, point by point."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QImage, QPainter

from gui.timeline.incidents import PassiveScatter, marker_style, set_styled_points


def _picture(scatter: PassiveScatter, view: pg.PlotWidget) -> QImage:
    for item in list(view.getPlotItem().items):
        view.removeItem(item)
    view.addItem(scatter)
    view.setXRange(0, 100, padding=0.05)
    view.setYRange(-5, 5, padding=0.05)
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    return image


def test_styled_points_are_the_points_setdata_makes(qtbot):
    rng = np.random.default_rng(7)
    table = [(symbol, *marker_style(severity, occurred)) for symbol in ("o", "s", "t1")
             for severity in (1, 3, 5) for occurred in (False, True)]
    n = 3000
    x, y = rng.uniform(0, 100, n), rng.integers(-4, 4, n).astype(np.float64)
    styles = rng.integers(0, len(table), n)
    ids = np.arange(10, 10 + n, dtype=np.int64)
    plain, styled = PassiveScatter(size=9), PassiveScatter(size=9)
    plain.setData(x=x, y=y, symbol=[table[k][0] for k in styles], pen=[table[k][1] for k in styles],
                  brush=[table[k][2] for k in styles], data=ids)
    set_styled_points(styled, x, y, styles, table, ids)
    assert plain.data.dtype == styled.data.dtype and len(styled.data) == n
    for field in ("x", "y", "size", "visible", "hovered"):
        assert np.array_equal(plain.data[field], styled.data[field]), field
    # Each scatter's atlas places the symbols in the order it met them: the same sizes, maybe elsewhere.
    for field in ("w", "h"):
        assert np.array_equal(plain.data["sourceRect"][field], styled.data["sourceRect"][field]), field
    assert (styled.data["sourceRect"]["w"] > 0).all()
    for field in ("symbol", "pen", "brush", "data"):
        assert all(a is b or a == b for a, b in zip(plain.data[field], styled.data[field])), field
    assert plain.boundingRect() == styled.boundingRect()
    view = pg.PlotWidget()
    qtbot.addWidget(view)
    view.resize(400, 200)
    picture = _picture(plain, view)
    assert picture == _picture(styled, view)
    assert picture != _picture(PassiveScatter(size=9), view)   # the spots are in the picture


def test_no_points_leave_an_empty_scatter(qtbot):
    scatter = PassiveScatter(size=9)
    scatter.setData(x=[1.0], y=[1.0])
    set_styled_points(scatter, np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.int64), [], np.zeros(0, dtype=np.int64))
    assert len(scatter.data) == 0
