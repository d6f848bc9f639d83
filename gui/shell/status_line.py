"""The permanent readouts at the right of the main window's status bar.

Exercise name, scenario time, speed and clock state, separated by rules, and
a red READ-ONLY flag when the file may not be written. Transient messages
(what an edit did, a refusal) use the rest of the bar; while one is too long
for it, the name and then the scenario time (both also shown elsewhere: title
bar, clock toolbar) step aside so the message is read whole.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from gui.conduct.clock_controls import ClockStatus
from gui.core.elided_label import ElidedLabel
from gui.core.i18n import tr

QWIDGETSIZE_MAX = (1 << 24) - 1
GAP = 8     # px around each status-bar item (layout spacing and frame), generous on every style


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
        self._status = status
        self._stepped_aside: list[QWidget] = []
        status.messageChanged.connect(self._make_room)

    def _make_room(self, message: str) -> None:
        for widget in self._stepped_aside:
            widget.show()
        self._stepped_aside = []
        self.name.setMaximumWidth(QWIDGETSIZE_MAX)
        if not message:
            return
        # Each permanent widget also takes the layout's spacing and the message its margins.
        visible = [w for w in (*self._readouts, self.read_only) if not w.isHidden()]
        used = sum(w.sizeHint().width() + GAP for w in visible)
        deficit = self._status.fontMetrics().horizontalAdvance(message) + 3 * GAP - (self._status.width() - used)
        if deficit <= 0:
            return
        name = self.name
        if not name.isHidden():
            shrink = min(deficit, name.sizeHint().width() - name.minimumSizeHint().width())
            name.setMaximumWidth(name.sizeHint().width() - shrink)
            deficit -= shrink
        # Then whole readouts with the rule after each: the name, then the scenario time.
        for label, rule in ((self._readouts[0], self._readouts[1]), (self._readouts[2], self._readouts[3])):
            if deficit <= 0:
                break
            if label.isHidden():
                continue
            deficit -= min(label.sizeHint().width(), label.maximumWidth()) + rule.sizeHint().width() + 2 * GAP
            for widget in (label, rule):
                widget.hide()
                self._stepped_aside.append(widget)

    def show_exercise(self, name: str | None, path: Path | None = None, read_only: bool = False) -> None:
        """*name* None: no exercise open, and the readouts step aside."""
        self._stepped_aside = []
        for widget in self._readouts:
            widget.setVisible(name is not None)
        self.name.setText(name or "")
        self.name.setToolTip(str(path) if path is not None else "")
        self.read_only.setVisible(name is not None and read_only)
