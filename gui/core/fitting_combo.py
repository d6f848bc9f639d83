"""A combo box as wide as its longest item where there is room, and only a few letters wide where there is not.

Qt's size policies give one or the other: the whole names widen the window past a
1280 px screen; a fixed few letters leave "Clausola legge" on a 1920 px one.
Narrower than its text, it ends the text with "…" (Qt's own label just cuts it off,
which reads as a whole, wrong name); the full name is in the list and the tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QSizePolicy, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


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

    def _label_option(self) -> tuple[QStyleOptionComboBox, int]:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
        return option, room

    def shown_text(self) -> str:
        """The current item's text as painted: whole where it fits, else cut with an ellipsis."""
        option, room = self._label_option()
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, max(0, room))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():       # the line edit paints its own text
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option, _room = self._label_option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
