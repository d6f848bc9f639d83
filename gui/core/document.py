"""The open exercise as the GUI sees it: file, undo stack, clock, assessment and inject delivery.

Views never compute deadlines or statuses: they listen to ``assessed`` and
draw what the engine said. ``assessed`` is always the stored exercise; a drag
in progress goes out on ``previewed`` only, to the planning views that follow
it (never the projector, countdowns or inject delivery). Edits arrive as undo
commands (gui/core/commands.py) whose service calls return change reports; ``apply``
updates the snapshot from each report (model/snapshot_update.py; a full reload
for what that does not follow) and re-assesses.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.core.delivery import ConductController
from gui.core.selection import Selection
from model import services
from model.clock import ExerciseClock
from model.engine import Assessment, assess
from model.errors import PactlineError
from model.storage.exercise_file import ExerciseFile
from model.services.changes import ChangeReport
from model.snapshot import ExerciseSnapshot, load_snapshot
from model.snapshot_update import updated_snapshot
from model.timeutil import from_epoch

TICK_MS = 200
CLOCK_SAVE_WALL_S = 30.0


class ExerciseDocument(QObject):
    """Owns one open ExerciseFile for the lifetime of a window."""

    assessed = Signal(object)        # Assessment of the stored exercise: on every tick and change
    previewed = Signal(object)       # Assessment of an unstored variant (a drag step), and on each tick during it
    changed = Signal(object)         # ChangeReport: after a stored edit (or its undo)
    clock_changed = Signal()         # started, paused, speed or time set
    outcomes_chosen = Signal()       # another branch outcome is shown and assessed
    error = Signal(str)              # a refused edit, for the status bar / a message box

    def __init__(self, file: ExerciseFile, *, wall: Callable[[], float] = time.monotonic,
                 tick_ms: int = TICK_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.file = file
        self.undo_stack = QUndoStack(self)
        self.selection = Selection(self)
        # Branch point id -> the outcome the planner looks at (a view, not an edit: never stored).
        self.outcome_choice: dict[int, int] = {}
        self.snapshot: ExerciseSnapshot = load_snapshot(file)
        # A reopened exercise always starts paused at its saved scenario time:
        # resuming must be a decision, never a burst of everything "due".
        self.clock = ExerciseClock(from_epoch(self.snapshot.clock_time), speed=self.snapshot.clock_speed,
                                   wall=wall)
        self._wall = wall
        self._last_clock_save = wall()
        file.scenario_now = self.clock.now
        self.assessment: Assessment = assess(self.snapshot, self.clock.seconds())
        self._preview: ExerciseSnapshot | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        # Delivers the MSEL as the clock reaches it, whether or not the MSEL dock is shown.
        self.conduct = ConductController(self)

    # -- assessment ------------------------------------------------------------
    def tick(self) -> None:
        self.assessment = assess(self.snapshot, self.clock.seconds())
        self.assessed.emit(self.assessment)
        if self._preview is not None:  # after the stored state, so preview followers end on the preview
            self.previewed.emit(assess(self._preview, self.clock.seconds()))
        if self.clock.running and self._wall() - self._last_clock_save >= CLOCK_SAVE_WALL_S:
            try:
                self._save_clock(None)  # a crash then loses at most this much scenario time
            except PactlineError as err:
                self._last_clock_save = self._wall()  # retry later, do not flood
                self.error.emit(str(err))

    def reload(self) -> None:
        # The active treaty option (which an edit may have changed) and the outcomes chosen.
        self.snapshot = load_snapshot(self.file, choice=self.outcome_choice)
        self._preview = None  # a variant of the exercise as it was: stale now
        self.tick()

    def choose_outcomes(self, choice: dict[int, int]) -> None:
        """Show and assess these outcomes (branch point id -> outcome id) with the trunk."""
        self.outcome_choice = {**self.outcome_choice, **choice}
        self.reload()
        self.outcomes_chosen.emit()

    def apply(self, report: ChangeReport) -> None:
        """Called by undo commands after each service call."""
        snapshot = updated_snapshot(self.file, self.snapshot, report)   # the rows the report names
        if snapshot is None:
            self.reload()
        else:
            self.snapshot = snapshot
            self._preview = None
            self.tick()
        for kind, keys in report.deleted.items():   # nothing shown may point at a row that is gone
            self.selection.forget(kind, keys)
        self.changed.emit(report)

    def preview(self, snapshot: ExerciseSnapshot) -> Assessment:
        """Assess an unsaved variant (a drag in progress) without storing it, on ``previewed``;
        the clock's ticks re-send it until :meth:`end_preview`."""
        self._preview = snapshot
        assessment = assess(snapshot, self.clock.seconds())
        self.previewed.emit(assessment)
        return assessment

    def end_preview(self) -> None:
        """Stop previewing; the caller then shows the stored state (a tick, or the edit that stores it)."""
        self._preview = None

    # -- edits -------------------------------------------------------------------
    def execute(self, command: QUndoCommand) -> bool:
        """Run a command's first redo; push it only if the service accepted it (else report why)."""
        error = self.try_execute(command)
        if error is not None:
            self.error.emit(str(error))
        return error is None

    def try_execute(self, command: QUndoCommand) -> PactlineError | None:
        """Like execute, but hand a refusal back, for an editor to show beside the field or cell."""
        try:
            command.first_redo()
        except PactlineError as err:
            return err
        self.undo_stack.push(command)
        return None

    # -- the clock ---------------------------------------------------------------
    def start_clock(self) -> None:
        self.clock.start()
        self._timer.start()
        self._save_clock("started")

    def pause_clock(self) -> None:
        self.clock.pause()
        self._timer.stop()
        self._save_clock("paused")
        self.tick()

    def set_speed(self, speed: float) -> None:
        services.exercise.clean_speed(speed)
        self.clock.set_speed(speed)
        self._save_clock(f"speed set to x{speed:g}")
        self.tick()

    def set_scenario_time(self, seconds: float, action: str = "set") -> None:
        """Move the clock (forward: injects passed on the way are delivered, see gui/core/delivery.py)."""
        self.clock.set_time(from_epoch(seconds))
        self._save_clock(action)
        self.tick()

    def startex(self) -> None:
        """STARTEX: the clock moves up to the exercise's start if it is before it, and runs."""
        if self.clock.seconds() < self.snapshot.startex:
            self.clock.set_time(from_epoch(self.snapshot.startex))
        self.clock.start()
        self._timer.start()
        self._save_clock("STARTEX")
        self.tick()

    def endex(self) -> None:
        """ENDEX: the clock stops where it is; the exercise can still be reviewed (and resumed)."""
        self.clock.pause()
        self._timer.stop()
        self._save_clock("ENDEX")
        self.tick()

    def _save_clock(self, action: str | None) -> None:
        if not self.file.read_only:
            services.exercise.save_clock(self.file, scenario_time=self.clock.now(),
                                         running=self.clock.running, speed=self.clock.speed, action=action)
            self._last_clock_save = self._wall()
        if action:
            self.clock_changed.emit()

    def close(self) -> None:
        self._timer.stop()
        if self.clock.running:
            self.clock.pause()
            try:
                self._save_clock("paused (exercise closed)")
            except PactlineError:
                pass  # the file may have become unwritable; closing must still succeed
        self.conduct.stop()
        self.undo_stack.clear()
        self.file.close()
