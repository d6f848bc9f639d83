"""The exercise marking strip: "EXERCISE EXERCISE EXERCISE — <classification>".

Exercise material must never be mistaken for real traffic, so the strip sits
above the menu bar in the exercise's marking colour and cannot be closed.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gui.core.style import BANNER_TEXT

NO_EXERCISE_COLOUR = "#546e7a"


def banner_text(classification: str) -> str:
    classification = classification.strip()
    return f"{BANNER_TEXT} — {classification}" if classification else BANNER_TEXT


def readable_text_colour(background: QColor) -> QColor:
    """Black or white, whichever reads better on *background* (WCAG relative luminance)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = (0.2126 * channel(background.red()) + 0.7152 * channel(background.green())
                 + 0.0722 * channel(background.blue()))
    # Contrast with white is (1.05)/(L+0.05), with black (L+0.05)/0.05; pick the larger.
    return QColor("#000000") if (luminance + 0.05) ** 2 > 0.0525 else QColor("#ffffff")


class MarkingBanner(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = self._short = ""
        self.setObjectName("markingBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.setContentsMargins(8, 4, 8, 4)
        self.setAccessibleName(self.tr("Exercise marking"))
        self.show_marking(None, NO_EXERCISE_COLOUR)

    def minimumSizeHint(self) -> QSize:
        # Narrow windows get the short form (see _fit_text) instead of a wide minimum.
        return QSize(self.fontMetrics().horizontalAdvance(self._short) + 24, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def showEvent(self, event: QShowEvent) -> None:
        # A strip put into a dialog as it appears is sized before it is visible: choose the form now.
        super().showEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """The full marking when it fits; else the classification must still show in full."""
        fits = self.fontMetrics().horizontalAdvance(self._full) + 24 <= self.width()
        text = self._full if fits or not self.isVisible() else self._short
        if text != self.text():
            self.setText(text)

    def full_text(self) -> str:
        return self._full

    def show_marking(self, classification: str | None, colour: str) -> None:
        """*classification* None: no exercise open (the strip stays, neutral)."""
        background = QColor(colour)
        if not background.isValid():
            background = QColor(NO_EXERCISE_COLOUR)
        self._full = BANNER_TEXT if classification is None else banner_text(classification)
        self._short = "EXERCISE" if classification is None else f"EXERCISE — {classification.strip()}"
        self._fit_text()
        foreground = readable_text_colour(background)
        self.setStyleSheet(f"QLabel#markingBanner {{ background: {background.name()}; "
                           f"color: {foreground.name()}; padding: 3px; }}")
        self.setToolTip(self.tr("Exercise marking: all content in this window is exercise material"))
