"""What the main window shows with no exercise open: a title, a hint and the two ways to open one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from gui.core.i18n import tr


class WelcomePage(QWidget):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        """One button per action (Open, Open Default Exercise), labelled and explained as the menu does."""
        super().__init__(parent)
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(tr("No exercise open"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(tr("Open an exercise file, or the default exercise that ships with Pactline."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(title)
        layout.addWidget(hint)
        for action in actions:
            button = QPushButton(action.text().replace("&", ""))
            button.setToolTip(action.statusTip())
            button.clicked.connect(action.trigger)
            button.setMinimumWidth(260)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
