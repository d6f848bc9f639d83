"""Shared set-up for the timeline tests: the widget on conftest's document, mouse helpers.

Mouse input follows pyqtgraph's own tests: rate limiting off, no minimum drag
time, QMouseEvents sent to the view's viewport.
"""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from gui.timeline import TimelineWidget, look
from model import queries
from model.countdowns import countdowns

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def timeline(qtbot, document):
    rate_limit = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", -1)
    widget = TimelineWidget(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.scene().minDragTime = 0
    widget.fit_all()
    QApplication.processEvents()
    yield widget
    pg.setConfigOption("mouseRateLimit", rate_limit)


# -- helpers -------------------------------------------------------------------------------
def send_mouse(widget, kind, pos: QPoint, button=NO_BUTTON, buttons=NO_BUTTON, modifiers=NO_MODIFIER):
    target = widget.view.viewport()
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(target.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(target, event)


def mouse_drag(widget, points: list[QPoint], modifiers=NO_MODIFIER, during=None):
    """Press at points[0], move through the rest, release at the last (pyqtgraph's test style)."""
    send_mouse(widget, QEvent.Type.MouseMove, points[0])
    send_mouse(widget, QEvent.Type.MouseButtonPress, points[0], LEFT, LEFT, modifiers)
    for point in points[1:]:
        send_mouse(widget, QEvent.Type.MouseMove, point, NO_BUTTON, LEFT, modifiers)
        if during is not None:
            during()
    send_mouse(widget, QEvent.Type.MouseButtonRelease, points[-1], LEFT, NO_BUTTON, modifiers)


def mouse_click(widget, point: QPoint):
    send_mouse(widget, QEvent.Type.MouseMove, point)
    send_mouse(widget, QEvent.Type.MouseButtonPress, point, LEFT, LEFT)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, point, LEFT, NO_BUTTON)


def incident_time(document, incident_id: int) -> int:
    snap = document.snapshot
    return int(snap.inc_time[snap.incident_position(incident_id)])


def marker_point(widget, incident_id: int) -> QPoint:
    scene = widget.view.band_box.mapViewToScene(QPointF(incident_time(widget.document, incident_id), -look.MARKER_Y))
    return widget.view.mapFromScene(scene)


def pixels_per_hour(widget) -> float:
    return 3600 * widget.view.band_box.px_per_second()


def pending_countdowns(assessment, incident_id: int) -> list[float]:
    return sorted(c.seconds for c in countdowns(assessment, limit=0) if c.incident_id == incident_id and not c.missed)


def stored_time(document, incident_id: int) -> int:
    row = next(i for i in queries.incidents(document.file) if i.id == incident_id)
    return int(row.occurred_at.timestamp())


def focus_on(widget, seconds: float, hours: float = 24) -> None:
    widget.view.band_box.setXRange(seconds - hours * 1800, seconds + hours * 1800, padding=0)
    QApplication.processEvents()
