"""The permanent readouts at the right of the main window's status bar.

Exercise name, scenario time, speed and clock state, separated by rules, and
a red READ-ONLY flag when the file may not be written. Transient messages
(what an edit did, a refusal) use the rest of the bar as usual.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from gui.clock_controls import ClockStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("StatusLine", text)


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


class StatusLine:
    def __init__(self, status: QStatusBar, parent: QWidget):
        self.clock = ClockStatus(parent)
        self.read_only = QLabel(tr("READ-ONLY"))
        self.read_only.setObjectName("statusReadOnly")
        self.read_only.setToolTip(tr("This exercise is open read-only: use Save As to edit a copy"))
        self.read_only.setStyleSheet("QLabel { color: white; background: #b71c1c; font-weight: bold;"
                                     " padding: 1px 6px; border-radius: 3px; }")
        self.name = ElidedLabel()
        self.name.setObjectName("statusExerciseName")
        self._readouts: list[QWidget] = []
        for number, label in enumerate((self.name, *self.clock.widgets())):
            if number:
                rule = QFrame()
                rule.setFrameShape(QFrame.Shape.VLine)
                rule.setFrameShadow(QFrame.Shadow.Sunken)
                status.addPermanentWidget(rule)
                self._readouts.append(rule)
            status.addPermanentWidget(label)
            self._readouts.append(label)
        status.addPermanentWidget(self.read_only)

    def show_exercise(self, name: str | None, path: Path | None = None, read_only: bool = False) -> None:
        """*name* None: no exercise open, and the readouts step aside."""
        for widget in self._readouts:
            widget.setVisible(name is not None)
        self.name.setText(name or "")
        self.name.setToolTip(str(path) if path is not None else "")
        self.read_only.setVisible(name is not None and read_only)
