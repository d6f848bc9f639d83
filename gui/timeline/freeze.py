"""While an incident is dragged, the signatory lanes are shown as a picture.

A drag step moves the incident's deadline lines down the lanes. Qt then
repaints the strips they leave and enter, and every lane item (backdrop,
commitment lines, markers, rings) runs its paint for them: about half of a
drag step's time, for lanes that cannot change while only the dragged
incident moves. So at the first drag step the lanes are grabbed once as a
pixmap and shown in their place; the deadline lines stay live above it.

Anything that can change the lanes (a clock tick, a zoom, a pan, a resize,
the end of the drag) thaws them: the real items come back.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem

PICTURE_Z = -45      # above the lane fill (-50), under the live deadline lines (-40)


class FrozenLanes:
    def __init__(self, view: pg.GraphicsView, box: pg.ViewBox, frozen_items: list[QGraphicsItem],
                 live_items: list[QGraphicsItem]):
        """*frozen_items* are shown by the picture while frozen; *live_items* keep moving above it."""
        self._view, self._box = view, box
        self._frozen_items, self._live_items = frozen_items, live_items
        self._hidden: list[QGraphicsItem] = []
        self.picture = QGraphicsPixmapItem()
        # Device pixels one to one, whatever the view's scale (and y points down, as in the grab).
        self.picture.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.picture.setZValue(PICTURE_Z)
        self.picture.hide()
        box.addItem(self.picture, ignoreBounds=True)
        box.sigRangeChanged.connect(self.thaw)
        box.sigResized.connect(self.thaw)
        self.freezes = 0     # for tests and the benchmark: how many grabs a drag cost

    def also_freeze(self, items: list[QGraphicsItem]) -> None:
        """More lane items the picture shows while frozen (they cannot change during a drag either)."""
        self._frozen_items.extend(items)

    @property
    def frozen(self) -> bool:
        return self.picture.isVisible()

    def freeze(self) -> None:
        if self.frozen:
            return
        viewport = self._view.viewport()
        rect = self._view.mapFromScene(self._box.sceneBoundingRect()).boundingRect() & viewport.rect()
        if rect.isEmpty():
            return
        live = [item for item in self._live_items if item.isVisible()]
        for item in live:
            item.hide()
        pixmap = viewport.grab(rect)
        for item in live:
            item.show()
        self.picture.setPixmap(pixmap)
        self.picture.setPos(self._box.mapSceneToView(self._view.mapToScene(rect.topLeft())))
        self._hidden = [item for item in self._frozen_items if item.isVisible()]
        for item in self._hidden:
            item.hide()
        self.picture.show()
        self.freezes += 1

    def thaw(self, *_args) -> None:
        if not self.frozen:
            return
        self.picture.hide()
        self.picture.setPixmap(QPixmap())
        for item in self._hidden:
            item.show()
        self._hidden = []
