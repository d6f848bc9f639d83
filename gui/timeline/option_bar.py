"""The selector beside the timeline: which treaty option the timeline is drawn under.

A view choice, not an edit: nothing is stored or logged. The countdowns,
findings and projector keep showing the active option; when the timeline shows
another one the bar says so, so the two are never confused.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from gui.core.elided_label import ShortenedLabel
from gui.core.fitting_combo import FittingCombo
from gui.timeline import look


class TimelineOptionBar(QWidget):
    chosen = Signal(int)        # a treaty option id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineOptionBar")
        # Names are long ("Light mutual-defence clause (24 h reaction, …)"): whole where there is room, eight
        # letters beside the outcome selector on a 1280 px screen (Italian too); the tooltip names it whole.
        self.combo = FittingCombo(8, 40)
        self.combo.setObjectName("timelineOption")
        self.combo.setAccessibleName(self.tr("Treaty option the timeline shows"))
        self._about = self.tr("Draw the timeline's deadlines and statuses under another treaty option "
                              "(a view only: nothing is stored)")
        self.combo.setToolTip(self._about)
        self.combo.activated.connect(lambda row: self.chosen.emit(int(self.combo.itemData(row))))
        # Beside the outcome selectors on a 1280 px screen the timeline is ~360 px wide: the caption gives way.
        self.caption = ShortenedLabel()
        self.caption.setObjectName("timelineOptionCaption")
        self.caption.set_texts(self.tr("Timeline shows:"), self.tr("Shows:"))
        self.caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.note = QLabel()
        self.note.setObjectName("timelineOptionNote")
        self.note.setStyleSheet(f"QLabel {{ color: {look.MUTED_TEXT.name()}; }}")
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.setSpacing(6)
        row.addWidget(self.caption)
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
        # The combo is narrower than the names: its tooltip names the option shown, whole.
        self.combo.setToolTip(self.combo.currentText() + "\n" + self._about if self.combo.count() else self._about)
        for row in range(self.combo.count()):
            self.combo.setItemData(row, self.combo.itemText(row), Qt.ItemDataRole.ToolTipRole)
        self.combo.updateGeometry()       # its width follows the longest name
        self.setVisible(len(options) > 1)
        active = next((name for terms_id, name in options if terms_id == active_id), "")
        self.note.setText("" if shown_id == active_id else self.tr(
            "Not the active option: countdowns, findings and the projector show {0}").replace("{0}", active))
