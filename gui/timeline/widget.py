"""Placeholder timeline (being replaced by the pyqtgraph timeline)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class TimelineWidget(QWidget):
    incident_selected = Signal(int)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Timeline"))

    def select_incident(self, incident_id: int | None) -> None:
        pass

    def fit_all(self) -> None:
        pass
