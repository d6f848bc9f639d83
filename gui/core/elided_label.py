"""A label that shortens its text with "…" to the room it is given, instead of asking for more."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel


class ElidedLabel(QLabel):
    """A label that shortens its text with "…" rather than widening the status bar."""

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("MMMMMM…") + 12, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 14, super().sizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width() - 12)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.rect().adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         text)


class ShortenedLabel(ElidedLabel):
    """A label that, short of room, shows the first of its shorter wordings that fits, and elides only the last.

    "Branch: “rejects” + “stalls”" becomes "“rejects” + “stalls”" before it becomes "Branc…":
    what is left still says something. text() stays the full wording; the tooltip should too.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shorter: tuple[str, ...] = ()

    def set_texts(self, full: str, *shorter: str) -> None:
        self._shorter = shorter
        self.setText(full)
        self.update()

    def shown_text(self) -> str:
        """The wording painted at the label's present width."""
        room = self.width() - 12
        metrics = self.fontMetrics()
        for text in (self.text(), *self._shorter):
            if metrics.horizontalAdvance(text) <= room:
                return text
        return metrics.elidedText((self.text(), *self._shorter)[-1], Qt.TextElideMode.ElideRight, room)

    def minimumSizeHint(self) -> QSize:
        # Room for the shortest wording when it is short ("“stalls”"), never more than six letters' worth.
        shortest = min((self.fontMetrics().horizontalAdvance(t) for t in (self.text(), *self._shorter)), default=0)
        cap = self.fontMetrics().horizontalAdvance("MMMMMMM…")
        return QSize(min(shortest, cap) + 14, QLabel.minimumSizeHint(self).height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.rect().adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.shown_text())
