"""The exercise clock's controls and read-outs.

ClockToolBar: start/pause, the speed choice and a large scenario-time read-out.
ClockStatus: the status-bar labels (scenario time, speed, running/paused).
Both only show the document's clock; changes go back through signals to the
main window, which calls ExerciseDocument so every clock action is logged.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolBar, QToolButton, QVBoxLayout, QWidget

from model.clock import SPEED_PRESETS
from model.engine import Assessment
from model.timeutil import format_relative_epoch, from_epoch

CUSTOM = "custom"


def tr(text: str) -> str:
    return QCoreApplication.translate("clock", text)


def speed_text(speed: float) -> str:
    return f"×{speed:g}"


def relative_text(seconds: float, startex: float) -> str:
    """``D+2 09:00:00``."""
    return format_relative_epoch(seconds, startex, seconds=True)


def calendar_text(seconds: float) -> str:
    """``Wed 2026-03-04 09:00:00 UTC``."""
    return f"{from_epoch(seconds):%a %Y-%m-%d %H:%M:%S} UTC"


def scenario_time_text(seconds: float, startex: float) -> str:
    """``D+2 09:00:00 scenario (Wed 2026-03-04 09:00:00 UTC)``."""
    return tr("{0} scenario ({1})").format(relative_text(seconds, startex), calendar_text(seconds))


class SpeedCombo(QComboBox):
    """×1 ×10 ×60 ×600, the current custom factor if any, and "Custom…"."""

    speed_chosen = Signal(float)
    custom_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("speedCombo")
        self.setToolTip(tr("Clock speed: scenario seconds per wall-clock second"))
        self.setStatusTip(tr("Choose how fast scenario time runs"))
        self.setAccessibleName(tr("Clock speed"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._showing = 0.0
        self._fill(1.0)
        self.activated.connect(self._on_activated)

    def _fill(self, speed: float) -> None:
        self.blockSignals(True)
        self.clear()
        for preset in SPEED_PRESETS:
            self.addItem(speed_text(preset), preset)
        if speed not in SPEED_PRESETS:
            self.addItem(tr("{0} (custom)").format(speed_text(speed)), speed)
        self.addItem(tr("Custom…"), CUSTOM)
        self.setCurrentIndex(self.findData(speed))
        self.blockSignals(False)
        self._showing = speed

    def show_speed(self, speed: float) -> None:
        if speed != self._showing or self.currentData() == CUSTOM:
            self._fill(speed)

    def _on_activated(self, index: int) -> None:
        choice = self.itemData(index)
        # Until the document confirms the new speed, show the one in force.
        self.setCurrentIndex(self.findData(self._showing))
        if choice == CUSTOM:
            self.custom_requested.emit()
        elif choice != self._showing:
            self.speed_chosen.emit(float(choice))


class ClockToolBar(QToolBar):
    def __init__(self, start_pause: QAction, parent: QWidget | None = None):
        super().__init__(tr("Exercise clock"), parent)
        self.setObjectName("clockToolBar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setMovable(True)
        self.addAction(start_pause)
        button = self.widgetForAction(start_pause)
        if isinstance(button, QToolButton):
            button.setObjectName("startPauseButton")
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("Pause clock") + 48)
        speed_label = QLabel(tr("Speed"))
        speed_label.setContentsMargins(10, 0, 4, 0)
        self.addWidget(speed_label)
        self.speed_combo = SpeedCombo(self)
        speed_label.setBuddy(self.speed_combo)
        self.addWidget(self.speed_combo)
        self.addSeparator()
        self.readout = ScenarioReadout(self)
        self.addWidget(self.readout)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)

    def set_document(self, document) -> None:
        enabled = document is not None
        self.speed_combo.setEnabled(enabled)
        if enabled:
            self.speed_combo.show_speed(document.clock.speed)
        self.readout.show_time(None if document is None else document.assessment)


class ScenarioReadout(QWidget):
    """Large ``D+2 09:00:00`` with the calendar time under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scenarioReadout")
        self.relative = QLabel()
        self.relative.setObjectName("scenarioRelative")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.5)
        font.setBold(True)
        self.relative.setFont(font)
        self.calendar = QLabel()
        self.calendar.setObjectName("scenarioCalendar")
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        self.calendar.setFont(small)
        secondary = "QLabel { color: palette(placeholder-text); }"
        self.calendar.setStyleSheet(secondary)
        caption = QLabel(tr("Scenario time"))
        caption.setFont(small)
        caption.setStyleSheet(secondary)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(caption)
        column.addWidget(self.calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 0, 10, 0)
        layout.setSpacing(10)
        layout.addWidget(self.relative)
        layout.addLayout(column)
        self.setToolTip(tr("Scenario time: exercise day (D+0 is the day of STARTEX) and clock, UTC"))
        self.show_time(None)

    def show_time(self, assessment: Assessment | None) -> None:
        if assessment is None:
            self.relative.setText("--:--:--")
            self.calendar.setText(tr("no exercise open"))
            return
        relative = relative_text(assessment.now, assessment.snapshot.startex)
        if relative != self.relative.text():
            self.relative.setText(relative)
            self.calendar.setText(calendar_text(assessment.now))


class ClockStatus:
    """The status-bar labels that follow the clock; the main window places them."""

    def __init__(self, parent: QWidget):
        self.scenario = QLabel(parent)
        self.scenario.setObjectName("statusScenarioTime")
        self.scenario.setToolTip(tr("Scenario time (exercise day and UTC)"))
        self.speed = QLabel(parent)
        self.speed.setObjectName("statusSpeed")
        self.speed.setToolTip(tr("Clock speed"))
        self.state = QLabel(parent)
        self.state.setObjectName("statusClockState")
        self.state.setToolTip(tr("Whether the exercise clock is running"))
        for label in (self.scenario, self.speed, self.state):
            label.setContentsMargins(6, 0, 6, 0)
        self.show_clock(None)

    def widgets(self) -> tuple[QLabel, ...]:
        return self.scenario, self.speed, self.state

    def show_time(self, assessment: Assessment | None) -> None:
        text = "" if assessment is None else scenario_time_text(assessment.now, assessment.snapshot.startex)
        if text != self.scenario.text():
            self.scenario.setText(text)

    def show_clock(self, document) -> None:
        if document is None:
            self.speed.setText("")
            self.state.setText("")
            self.state.setStyleSheet("")
            self.show_time(None)
            return
        self.speed.setText(speed_text(document.clock.speed))
        running = document.clock.running
        self.state.setText(tr("RUNNING") if running else tr("PAUSED"))
        colour = "#2e7d32" if running else "#6d4c41"
        self.state.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        self.show_time(document.assessment)
