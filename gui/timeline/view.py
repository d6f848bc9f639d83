"""A ViewBox that zooms and pans time only, and lets the timeline claim clicks and drags first.

The wheel scales the time axis around the pointer; a drag on empty space
pans time (and, in the lanes, scrolls them). A handler set by the widget
sees every left click and drag first and says whether it took it.
"""
from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt


class TimelineViewBox(pg.ViewBox):
    def __init__(self):
        super().__init__(enableMenu=False, defaultPadding=0.0)
        self.setMouseEnabled(x=True, y=False)   # y is laid out by the widget, never zoomed
        self.disableAutoRange()
        self.click_handler: Callable[[object], bool] | None = None
        self.context_handler: Callable[[object], bool] | None = None   # a right click
        self.drag_handler: Callable[[object], bool] | None = None
        self.scroll_handler: Callable[[float], None] | None = None

    def px_per_second(self) -> float:
        rect = self.viewRect()
        return self.width() / rect.width() if rect.width() > 0 else 0.0

    def px_per_unit_y(self) -> float:
        rect = self.viewRect()
        return self.height() / rect.height() if rect.height() > 0 else 0.0

    def mouseClickEvent(self, ev):
        if ev.button() == Qt.MouseButton.LeftButton and self.click_handler is not None \
                and self.click_handler(ev):
            ev.accept()
            return
        if ev.button() == Qt.MouseButton.RightButton and self.context_handler is not None:
            self.context_handler(ev)
        ev.accept()  # nothing else to do on a click: no pyqtgraph menu, no rubber band

    def mouseDragEvent(self, ev, axis=None):
        if axis is None and ev.button() == Qt.MouseButton.LeftButton and self.drag_handler is not None \
                and self.drag_handler(ev):
            ev.accept()
            return
        super().mouseDragEvent(ev, axis)
        if axis is None and self.scroll_handler is not None and ev.button() == Qt.MouseButton.LeftButton:
            self.scroll_handler(ev.lastScreenPos().y() - ev.screenPos().y())
