"""The exercise clock's controls and read-outs.

ClockToolBar: start/pause, STARTEX/ENDEX, the speed choice, a large
scenario-time read-out, "Set time…" and the jumps to the next inject/deadline.
ClockStatus: the status-bar labels (scenario time, speed, running/paused).
Start/pause and speed go back through signals to the main window; the
conduct actions (ClockActions) call ExerciseDocument themselves. Every clock
action is logged by the document.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolBar, QToolButton, QVBoxLayout, QWidget,
)

from gui.core import style
from gui.core.i18n import tr
from model.clock import SPEED_PRESETS
from model.engine import Assessment
from model.errors import PactlineError
from model.timeutil import display_zone, format_relative_epoch, from_epoch, to_epoch
from model.timezones import clock_text, zone_label

if TYPE_CHECKING:
    from gui.core.document import ExerciseDocument

CUSTOM = "custom"


def speed_text(speed: float) -> str:
    return f"×{speed:g}"


def relative_text(seconds: float, startex: float) -> str:
    """``D+2 09:00:00``."""
    return format_relative_epoch(seconds, startex, seconds=True)


def calendar_text(seconds: float) -> str:
    """``Wed 2026-03-04 09:00:00 UTC``, ``Wed 2026-03-04 10:00:00 CET``: on the display zone's clocks, said."""
    return clock_text(from_epoch(seconds), seconds=True)


def scenario_time_tip() -> str:
    return tr("Scenario time: exercise day (D+0 is the day of STARTEX) and clock, in {0}").format(
        zone_label(display_zone()))


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


def start_pause_texts(running: bool, seconds: float | None, startex: float | None) -> tuple[str, str, str]:
    """(menu text, button text, tool tip) of the start/pause command.

    Paused before STARTEX the clock is started; paused after it the exercise is
    under way and the same command resumes it, which is what a facilitator
    looking for the button after a break expects to read.
    """
    if running:
        return tr("&Pause Clock"), tr("Pause clock"), tr("Pause the exercise clock (Space)")
    if seconds is not None and startex is not None and seconds >= startex:
        return tr("&Resume Clock"), tr("Resume clock"), tr("Resume the exercise clock (Space)")
    return tr("&Start Clock"), tr("Start clock"), tr("Start the exercise clock (Space)")


def _action(parent: QObject, text: str, icon_text: str, key: str, tip: str, name: str) -> QAction:
    action = QAction(text, parent)
    action.setIconText(icon_text)
    action.setShortcut(QKeySequence(key))
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
    action.setObjectName(name)
    return action


class ClockActions(QObject):
    """STARTEX, ENDEX, Set Scenario Time… and the jumps, acting on the bound document."""

    message = Signal(str)   # a short result for the status bar ("No planned inject ahead")

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self.document = None
        self.startex = _action(parent, tr("STARTE&X"), tr("STARTEX"), "Ctrl+F5",
                               tr("Start the exercise: the clock moves up to STARTEX if it is before it, and runs"),
                               "actionStartex")
        self.endex = _action(parent, tr("&ENDEX"), tr("ENDEX"), "Ctrl+Shift+F5",
                             tr("End the exercise: the clock stops and ENDEX is logged"), "actionEndex")
        self.set_time = _action(parent, tr("Set Scenario &Time…"), tr("Set time…"), "Ctrl+Shift+G",
                                tr("Move the exercise clock to a scenario time (D+1 14:00, T+26h, ISO…)"),
                                "actionSetScenarioTime")
        self.next_inject = _action(parent, tr("Jump to Next &Inject"), tr("Next inject"), "Ctrl+J",
                                   tr("Set the clock to the next planned inject's delivery time; it is delivered"),
                                   "actionJumpNextInject")
        self.next_deadline = _action(parent, tr("Jump to Next &Deadline"), tr("Next deadline"), "Ctrl+Shift+J",
                                     tr("Set the clock to the next pending reaction or consultation deadline"),
                                     "actionJumpNextDeadline")
        for action, slot in ((self.startex, self.do_startex), (self.endex, self.do_endex),
                             (self.set_time, self.ask_time), (self.next_inject, self.jump_to_inject),
                             (self.next_deadline, self.jump_to_deadline)):
            action.triggered.connect(slot)
        self.set_document(None)

    def actions(self) -> list[QAction]:
        return [self.startex, self.endex, self.set_time, self.next_inject, self.next_deadline]

    def set_document(self, document) -> None:
        self.document = document
        for action in self.actions():
            action.setEnabled(document is not None)

    def _run(self, step) -> bool:
        try:
            step()
        except PactlineError as err:
            self.document.error.emit(str(err))
            return False
        return True

    def _now_text(self) -> str:
        return format_relative_epoch(self.document.clock.seconds(), self.document.snapshot.startex, seconds=True)

    def do_startex(self) -> None:
        if self.document is not None and self._run(self.document.startex):
            self.message.emit(tr("STARTEX: the clock runs from {0}").format(self._now_text()))

    def do_endex(self) -> None:
        # Nothing else on screen changes when the clock was already paused: say that it happened.
        if self.document is not None and self._run(self.document.endex):
            self.message.emit(tr("ENDEX at {0}: the clock is stopped and ENDEX is in the log").format(
                self._now_text()))

    def ask_time(self) -> None:
        document = self.document
        if document is None:
            return
        startex = from_epoch(document.snapshot.startex)
        from gui.conduct import clock_dialogs   # dialogs load on first use, not at start-up

        value = clock_dialogs.ask_scenario_time(
            self._parent, current=document.clock.now(), startex=startex,
            passed=lambda t: [inject.number for inject in document.conduct.passed_by(to_epoch(t))])
        if value is not None:
            self._run(lambda: document.set_scenario_time(to_epoch(value)))

    def jump_to_inject(self) -> None:
        if self.document is None:
            return
        found = []
        self._run(lambda: found.append(self.document.conduct.jump_to_next_inject()))
        if found and found[0] is None:
            self.message.emit(tr("No planned inject lies ahead of the clock"))

    def jump_to_deadline(self) -> None:
        if self.document is None:
            return
        found = []
        self._run(lambda: found.append(self.document.conduct.jump_to_next_deadline()))
        if found and found[0] is None:
            self.message.emit(tr("No pending deadline lies ahead of the clock"))


class ClockToolBar(QToolBar):
    def __init__(self, start_pause: QAction, parent: QWidget | None = None):
        super().__init__(tr("Exercise Clock"), parent)
        self.setObjectName("clockToolBar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setMovable(True)
        self.clock_actions = ClockActions(self)
        self.menu_actions: dict[str, list[QAction]] = {"exercise": self.clock_actions.actions()}
        self.addAction(self.clock_actions.startex)
        self.addAction(start_pause)
        button = self.widgetForAction(start_pause)
        if isinstance(button, QToolButton):
            button.setObjectName("startPauseButton")
            # As wide as its longest text, so the toolbar does not jump when the clock starts.
            widest = max(button.fontMetrics().horizontalAdvance(start_pause_texts(*state)[1])
                         for state in ((True, None, None), (False, 1.0, 0.0), (False, None, None)))
            button.setMinimumWidth(widest + 48)
        self.addAction(self.clock_actions.endex)
        speed_label = QLabel(tr("Speed"))
        speed_label.setContentsMargins(10, 0, 4, 0)
        self.addWidget(speed_label)
        self.speed_combo = SpeedCombo(self)
        speed_label.setBuddy(self.speed_combo)
        self.addWidget(self.speed_combo)
        self.addSeparator()
        self.readout = ScenarioReadout(self)
        self.addWidget(self.readout)
        self.addSeparator()
        for action in (self.clock_actions.set_time, self.clock_actions.next_inject, self.clock_actions.next_deadline):
            self.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)

    def set_document(self, document) -> None:
        self.clock_actions.set_document(document)
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
        font = style.digits_font()
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
        self.setToolTip(scenario_time_tip())
        self.show_time(None)

    def show_time(self, assessment: Assessment | None) -> None:
        if assessment is None:
            self.relative.setText("--:--:--")
            self.calendar.setText(tr("no exercise open"))
            return
        relative = relative_text(assessment.now, assessment.snapshot.startex)
        calendar = calendar_text(assessment.now)
        if relative != self.relative.text() or calendar != self.calendar.text():
            self.relative.setText(relative)
            self.calendar.setText(calendar)
            self.setToolTip(scenario_time_tip())


class ClockStateLabel(QLabel):
    """RUNNING in green, PAUSED in brown, each made legible on the label's own background."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.running: bool | None = None        # None: no exercise open

    def show_state(self, running: bool | None) -> None:
        self.running = running
        self.setText("" if running is None else tr("RUNNING") if running else tr("PAUSED"))
        self._restyle()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:     # a dark palette needs lighter colours
            self._restyle()

    def _restyle(self) -> None:
        if self.running is None:
            sheet = ""
        else:
            colour = style.readable_on(QColor("#2e7d32" if self.running else "#6d4c41"),
                                       self.palette().window().color())
            sheet = f"QLabel {{ color: {colour.name()}; font-weight: bold; }}"
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)


class ClockStatus:
    """The status-bar labels that follow the clock; the main window places them."""

    def __init__(self, parent: QWidget):
        self.scenario = QLabel(parent)
        self.scenario.setObjectName("statusScenarioTime")
        self.scenario.setToolTip(scenario_time_tip())
        self.speed = QLabel(parent)
        self.speed.setObjectName("statusSpeed")
        self.speed.setToolTip(tr("Clock speed"))
        self.state = ClockStateLabel(parent)
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
            self.scenario.setToolTip(scenario_time_tip())

    def show_clock(self, document) -> None:
        if document is None:
            self.speed.setText("")
            self.state.show_state(None)
            self.show_time(None)
            return
        self.speed.setText(speed_text(document.clock.speed))
        self.state.show_state(document.clock.running)
        self.show_time(document.assessment)
