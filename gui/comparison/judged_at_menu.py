"""The comparison's "Judged as of" chooser: the exercise clock, ENDEX, or a chosen scenario time.

At the clock a branch's incidents still ahead have nothing recorded and every
column reads "pending"; as of ENDEX the planned attendances and commitments are
judged (model/judged_at.py), nothing stored. A chosen time is typed as the
program writes one ("D+3 12:00"); a wrong one is said under the field and the
columns keep the last good time.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from gui.core.i18n import tr
from model.judged_at import CLOCK, ENDEX, parse_judged_at

CHOSEN = "chosen"


class JudgedAtChooser(QWidget):
    """``at``: CLOCK, ENDEX or an epoch second; *on_change* is called when it changes."""

    def __init__(self, on_change: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparisonJudgedAt")
        self.at: str | float = CLOCK
        self.startex = 0.0
        self.problem = ""
        self._on_change = on_change
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("Judged as of:"))
        self.combo = QComboBox()
        self.combo.setObjectName("comparisonJudgedAtChoice")
        self.combo.addItem(tr("the exercise clock"), CLOCK)
        self.combo.addItem(tr("ENDEX"), ENDEX)
        self.combo.addItem(tr("a chosen time"), CHOSEN)
        self.combo.setToolTip(tr("At the exercise clock, incidents still ahead have nothing recorded; as of ENDEX "
                                 "the planned attendances and commitments are judged too"))
        label.setBuddy(self.combo)
        self.time = QLineEdit()
        self.time.setObjectName("comparisonJudgedAtTime")
        self.time.setPlaceholderText(tr("D+3 12:00"))
        self.time.setMaximumWidth(self.fontMetrics().horizontalAdvance("D+10 00:00") + 24)
        self.time.hide()
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.time)
        self.combo.currentIndexChanged.connect(self._on_choice)
        self.time.editingFinished.connect(self._on_time)

    def choose(self, at: str) -> None:
        """Pick CLOCK, ENDEX or CHOSEN in the combo (as the user would)."""
        self.combo.setCurrentIndex(self.combo.findData(at))

    def _on_choice(self) -> None:
        kind = self.combo.currentData()
        self.time.setVisible(kind == CHOSEN)
        if kind == CHOSEN:
            self.time.setFocus()
            if self.time.text().strip():
                self._on_time()
            return
        self._set(kind, "")

    def _on_time(self) -> None:
        try:
            at = parse_judged_at(self.time.text(), self.startex)
        except ValueError as err:
            self._set(self.at, str(err))
            return
        self._set(at, "")

    def _set(self, at: str | float, problem: str) -> None:
        changed = at != self.at or problem != self.problem
        self.at, self.problem = at, problem
        self.time.setToolTip(problem)
        self.time.setStyleSheet("QLineEdit { border: 1px solid #c62828; }" if problem else "")
        if changed:
            self._on_change()
