"""A combo box as wide as its longest item where there is room, and only a few letters wide where there is not.

Qt's size policies give one or the other: the whole names widen the window past a
1280 px screen; a fixed few letters leave "Clausola legge" on a 1920 px one.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget


class FittingCombo(QComboBox):
    def __init__(self, least: int, most: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._most = most
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(least)     # what minimumSizeHint() asks for
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        letter = metrics.horizontalAdvance("x")
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        wanted = min(longest, letter * self._most) - letter * self.minimumContentsLength()
        return QSize(hint.width() + max(0, wanted), hint.height())
