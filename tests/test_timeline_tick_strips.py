"""A clock tick repaints the timeline one strip at a time: each item is told only its strip is exposed.

The now pill on the axis and the now line down the lanes are far apart; QGraphicsView gives every
item the bounding rectangle of everything to repaint, so painted together each lane item worked over
the whole width between them. The picture after the tick must still be the full paint's.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication

from gui.timeline.background import Backdrop
from gui.timeline.scene import sparse_parts
from gui.timeline import TimelineWidget


def _region(*rects: QRect) -> QRegion:
    region = QRegion()
    for rect in rects:
        region = region.united(QRegion(rect))
    return region


def test_strips_far_apart_are_painted_apart_and_one_area_at_once():
    pill, line = QRect(275, 15, 172, 26), QRect(357, 41, 9, 364)
    now, later = sparse_parts(_region(pill, line))
    assert now.boundingRect() == pill and later.boundingRect() == line
    # One rectangle, or rectangles that fill most of their bounds: painted in one go.
    for region in (_region(pill), _region(QRect(0, 0, 100, 50), QRect(0, 50, 90, 50))):
        now, later = sparse_parts(region)
        assert now == region and later.isEmpty()


def _exposed_widths(watched: list, record: list[float]):
    paint = Backdrop.paint

    def recording(item, p, option, *args):
        if any(item is w for w in watched):
            # Width in device pixels: the scale of the view box (x only; its y is lanes).
            box = item.getViewBox()
            record.append(option.exposedRect.width() * box.width() / box.viewRect().width())
        return paint(item, p, option, *args)
    return recording


def test_a_tick_exposes_only_the_now_lines_strip_to_the_lanes(qtbot, document, wall, monkeypatch):
    widths: list[float] = []
    watched: list = []
    # Before the widget exists: PySide looks a Python override of a Qt virtual up once per object.
    monkeypatch.setattr(Backdrop, "paint", _exposed_widths(watched, widths))
    timeline = TimelineWidget(document)
    qtbot.addWidget(timeline)
    timeline.resize(1200, 700)
    timeline.show()
    qtbot.waitExposed(timeline)
    view = timeline.view
    watched.append(view.lane_backdrop)
    snap = document.snapshot
    document.set_scenario_time(float(np.sort(snap.inc_time)[snap.incident_count // 2]) + 0.5)
    centre = document.clock.seconds()
    view.band_box.setXRange(centre - 86400, centre + 86400, padding=0)
    timeline.grab()
    QApplication.processEvents()
    document.start_clock()
    document._timer.stop()   # the test drives the ticks
    for tick in range(4):
        widths.clear()
        wall.advance(1.0)
        document.tick()
        qtbot.waitUntil(lambda: len(widths) > 0)
        QApplication.processEvents()
    document.pause_clock()   # the first tick after the start may repaint more (the clock's state shown)
    pill = view.axis.now_area()
    assert pill is not None and pill.width() > 100
    assert max(widths) < 40, widths   # the last tick: the now line's strip, not the span from the pill to it


def test_the_picture_after_ticks_is_the_full_paints(qtbot, document, wall):
    """What the ticks left on screen (the window's backing store) equals the timeline painted afresh."""
    timeline = TimelineWidget(document)
    qtbot.addWidget(timeline)
    timeline.resize(1200, 700)
    timeline.show()
    qtbot.waitExposed(timeline)
    view = timeline.view
    snap = document.snapshot
    document.set_scenario_time(float(np.sort(snap.inc_time)[snap.incident_count // 2]) + 0.5)
    centre = document.clock.seconds()
    view.band_box.setXRange(centre - 86400, centre + 86400, padding=0)
    document.start_clock()
    document._timer.stop()
    for _ in range(5):
        wall.advance(7.0)
        document.tick()
        for _ in range(4):
            QApplication.processEvents()
    viewport = view.viewport()
    origin = viewport.mapTo(timeline.window(), viewport.rect().topLeft())
    shown = timeline.window().screen().grabWindow(timeline.window().winId(), origin.x(), origin.y(),
                                                  viewport.width(), viewport.height()).toImage()
    fresh = viewport.grab().toImage()
    document.pause_clock()
    assert shown.size() == fresh.size()
    assert shown.convertToFormat(fresh.format()) == fresh
