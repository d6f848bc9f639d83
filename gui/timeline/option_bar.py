"""The selector beside the timeline: which treaty option the timeline is drawn under.

A view choice, not an edit: nothing is stored or logged. The countdowns,
findings and projector keep showing the active option; when the timeline shows
another one the bar says so, so the two are never confused.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from gui.timeline import look


class TimelineOptionBar(QWidget):
    chosen = Signal(int)        # a treaty option id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineOptionBar")
        self.combo = QComboBox()
        self.combo.setObjectName("timelineOption")
        self.combo.setAccessibleName(self.tr("Treaty option the timeline shows"))
        self.combo.setToolTip(self.tr("Draw the timeline's deadlines and statuses under another treaty option "
                                      "(a view only: nothing is stored)"))
        # Option names are long ("Light mutual-defence clause (24 h reaction, …)"): the list shows them whole.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(10)   # the window fits 1280 px in Italian too (its caption is longer)
        self.combo.activated.connect(lambda row: self.chosen.emit(int(self.combo.itemData(row))))
        caption = QLabel(self.tr("Timeline shows:"))
        caption.setBuddy(self.combo)
        self.note = QLabel()
        self.note.setObjectName("timelineOptionNote")
        self.note.setStyleSheet(f"QLabel {{ color: {look.MUTED_TEXT.name()}; }}")
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.setSpacing(6)
        row.addWidget(caption)
        row.addWidget(self.combo)
        row.addWidget(self.note, 1)

    def show_options(self, options: list[tuple[int, str]], active_id: int, shown_id: int) -> None:
        """List *options* (id, name), the active one marked; *shown_id* current."""
        self.combo.blockSignals(True)
        self.combo.clear()
        for terms_id, name in options:
            self.combo.addItem(self.tr("{0} (active)").replace("{0}", name) if terms_id == active_id else name,
                               terms_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(shown_id)))
        self.combo.blockSignals(False)
        self.setVisible(len(options) > 1)
        active = next((name for terms_id, name in options if terms_id == active_id), "")
        self.note.setText("" if shown_id == active_id else self.tr(
            "Not the active option: countdowns, findings and the projector show {0}").replace("{0}", active))
