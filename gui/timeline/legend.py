"""A one-line key under the timeline: what the shapes, fills and colours mean."""
from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from gui.core import style
from gui.timeline import look
from gui.timeline.commitments import FILLED, HOLLOW, commitment_style
from gui.timeline.provisions import DELIVERY_SYMBOL, MILESTONE_SYMBOL, mark_style
from model.catalogue import shipped_catalogue
from model.display_names import category_name
from model.engine import MET, MISSED, PENDING
from model.provision_status import OVERDUE
from model.vocabulary import CATEGORIES


class TimelineLegend(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._font = look.label_font()
        self.setFixedHeight(22)

    def sizeHint(self) -> QSize:
        return QSize(600, 22)

    def entries(self) -> list[tuple[str, object]]:
        """(text, painter function drawing a 12 px swatch centred at a point)."""
        names = {c.code: category_name(c.code).split(" (")[0] for c in shipped_catalogue().categories}
        items = [(names[c], self._symbol(look.CATEGORY_SYMBOLS[c], *commitment_style(i, FILLED, False)))
                 for i, c in enumerate(CATEGORIES)]
        items += [
            (self.tr("pledged"), self._symbol("o", *commitment_style(0, HOLLOW, False))),
            (self.tr("effective"), self._symbol("o", *commitment_style(0, FILLED, False))),
            (self.tr("gate broken"), self._symbol("o", *commitment_style(2, FILLED, True))),
            (self.tr("provision milestone"), self._symbol(MILESTONE_SYMBOL, *mark_style(OVERDUE))),
            (self.tr("delivery"), self._symbol(DELIVERY_SYMBOL, *mark_style(""))),
            (self.tr("consultation window"), self._bar(style.STATUS_COLOURS[PENDING])),
            (self.tr("met"), self._bar(style.STATUS_COLOURS[MET])),
            (self.tr("missed"), self._bar(style.STATUS_COLOURS[MISSED])),
        ]
        items += [(f"S{s}", self._symbol("d", pg.mkPen(style.severity_colour(s).darker(160)),
                                         pg.mkBrush(style.severity_colour(s)))) for s in range(1, 6)]
        return items

    @staticmethod
    def _symbol(symbol, pen, brush):
        def paint(p: QPainter, centre: QPointF) -> None:
            p.save()
            p.translate(centre)
            drawSymbol(p, symbol, 10, pen, brush)
            p.restore()
        return paint

    @staticmethod
    def _bar(colour: QColor):
        def paint(p: QPainter, centre: QPointF) -> None:
            fill = QColor(colour)
            fill.setAlpha(70)
            p.setPen(QPen(colour.darker(115), 1))
            p.setBrush(fill)
            p.drawRect(QRectF(centre.x() - 9, centre.y() - 4, 18, 8))
        return paint

    def text_colour(self) -> QColor:
        """Drawn on the window's colour, not the plot's white: light on a dark desktop palette."""
        return style.readable_on(look.MUTED_TEXT, self.palette().window().color())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        x, mid = 8.0, self.height() / 2
        pen = self.text_colour()
        for text, swatch in self.entries():
            width = metrics.horizontalAdvance(text)
            if x + 24 + width > self.width():
                break
            swatch(p, QPointF(x + 9, mid))
            p.setPen(pen)
            p.drawText(QRectF(x + 21, 0, width + 2, self.height()),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
            x += 21 + width + 12
        p.end()
