"""The open exercise as the GUI sees it: file, undo stack, clock, assessment and inject delivery.

Views never compute deadlines or statuses: they listen to ``assessed`` and
draw what the engine said. ``assessed`` is always the stored exercise; a drag
in progress goes out on ``previewed`` only, to the planning views that follow
it (never the projector, countdowns or inject delivery). Edits arrive as undo
commands (gui/core/commands.py) whose service calls return change reports; ``apply``
updates the snapshot from each report (model/snapshot_update.py; a full reload
for what that does not follow) and re-assesses.

In what-if mode (gui/core/what_if.py) ``file``, ``snapshot``, ``undo_stack`` and
``assessed`` are the scratch copy's; ``record_assessed`` always carries the
record's assessment, for the projector and the difference line.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.core.delivery import ConductController
from gui.core.i18n import tr
from gui.core.selection import KINDS, Selection
from gui.core.what_if import ApplyWhatIfCommand, WhatIf
from model import services
from model.clock import ExerciseClock
from model.engine import Assessment, assess
from model.errors import PactlineError
from model.i18n import figure_text
from model.storage.exercise_file import ExerciseFile
from model.storage.scratch import backup_before_apply
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
    record_assessed = Signal(object)  # Assessment of the record: in what-if mode, what the projector shows
    what_if_changed = Signal()        # a what-if was entered or left

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
        self.what_if: WhatIf | None = None

    # -- assessment ------------------------------------------------------------
    def tick(self) -> None:
        what_if = self.what_if
        if what_if is not None and what_if.record_assessment.now != self.clock.seconds():
            # Before assessed, so its followers compare with the record at this time; the record
            # does not change during a what-if, so an edit (same time) costs one assessment, not two.
            what_if.record_assessment = assess(what_if.record_snapshot, self.clock.seconds(),
                                               like=what_if.record_assessment)
        # Like the last judgement: on the same exercise the engine copies the cells already done.
        self.assessment = assess(self.snapshot, self.clock.seconds(), like=self.assessment)
        self.assessed.emit(self.assessment)
        self.record_assessed.emit(self.record_assessment)
        if self._preview is not None:  # after the stored state, so preview followers end on the preview
            self.previewed.emit(assess(self._preview, self.clock.seconds(), like=self.assessment))
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
            # Judged again only where the edit changed the snapshot (model/engine_rows.py).
            self.assessment = assess(snapshot, self.clock.seconds(), like=self.assessment)
            self.assessed.emit(self.assessment)
            # Outside a what-if the record is what was just judged; in one, the record did not change.
            self.record_assessed.emit(self.record_assessment)
        for kind, keys in report.deleted.items():   # nothing shown may point at a row that is gone
            self.selection.forget(kind, keys)
        self.changed.emit(report)

    def preview(self, snapshot: ExerciseSnapshot) -> Assessment:
        """Assess an unsaved variant (a drag in progress) without storing it, on ``previewed``;
        the clock's ticks re-send it until :meth:`end_preview`."""
        self._preview = snapshot
        # A drag step moves one incident: the stored exercise's rows judge all the others.
        assessment = assess(snapshot, self.clock.seconds(), like=self.assessment)
        self.previewed.emit(assessment)
        return assessment

    def end_preview(self) -> None:
        """Stop previewing; the caller then shows the stored state (a tick, or the edit that stores it)."""
        self._preview = None

    # -- what-if ------------------------------------------------------------------
    @property
    def record_file(self) -> ExerciseFile:
        """The exercise's own file, whatever mode the document is in."""
        return self.what_if.record_file if self.what_if is not None else self.file

    @property
    def record_assessment(self) -> Assessment:
        return self.what_if.record_assessment if self.what_if is not None else self.assessment

    def enter_what_if(self) -> None:
        """Edit a scratch copy from now on; the record and its log stay as they are."""
        if self.what_if is not None:
            return
        if self.clock.running:
            raise PactlineError(tr("Pause the clock before entering what-if mode: "
                                   "injects delivered during a what-if would never reach the record"))
        self.end_preview()
        what_if = WhatIf(self)
        self.what_if = what_if
        self.file = what_if.file
        self.file.scenario_now = self.clock.now
        self.undo_stack = what_if.undo_stack
        self.what_if_changed.emit()
        self.reload()

    def discard_what_if(self) -> None:
        """Leave the what-if: the record is shown again as it is; the scratch copy is deleted."""
        what_if = self.what_if
        if what_if is None:
            return
        self._use_record(what_if)
        what_if.close()
        self.what_if_changed.emit()
        self.reload()

    def apply_what_if(self) -> bool:
        """Replay the what-if on the record as one undoable, logged edit, after backing the record up.

        If a step no longer applies, nothing is written and the what-if stays open (the reason on ``error``).
        """
        what_if = self.what_if
        if what_if is None:
            return False
        steps = list(what_if.journal)
        try:
            if steps:
                backup_before_apply(what_if.record_file)
        except PactlineError as err:
            self.error.emit(str(err))
            return False
        self._use_record(what_if)
        error = self.try_execute(ApplyWhatIfCommand(self, steps)) if steps else None
        if error is not None:
            self.what_if, self.file, self.undo_stack = what_if, what_if.file, what_if.undo_stack
            self.reload()
            self.error.emit(str(error))
            return False
        what_if.close()
        self.what_if_changed.emit()
        self.reload()
        return True

    def _use_record(self, what_if: WhatIf) -> None:
        self.what_if = None
        self.file = what_if.record_file
        self.undo_stack = what_if.record_stack
        self.snapshot = what_if.record_snapshot
        for kind in KINDS:   # a row made in the what-if is not in the record
            self.selection.select(kind, None)

    def run_service(self, service: Callable, kwargs: dict, *, undoing: bool = False) -> ChangeReport:
        """Run one service on the current file (the scratch copy in what-if mode, journalled there:
        a command's undo takes its step off the journal, so the journal is what the what-if now holds)."""
        report = service(self.file, **kwargs)
        if self.what_if is not None:
            self.what_if.record(service, kwargs, report, undoing=undoing)
        return report

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
        if self._refuse_in_what_if():
            return
        self.clock.start()
        self._timer.start()
        self._save_clock(tr("started", "clock action"))

    def pause_clock(self) -> None:
        self.clock.pause()
        self._timer.stop()
        self._save_clock(tr("paused", "clock action"))
        self.tick()

    def set_speed(self, speed: float) -> None:
        services.exercise.clean_speed(speed)
        self.clock.set_speed(speed)
        self._save_clock(tr("speed set to x{speed}").format(speed=figure_text(speed)))
        self.tick()

    def set_scenario_time(self, seconds: float, action: str | None = None) -> None:
        """Move the clock (forward: injects passed on the way are delivered, see gui/core/delivery.py)."""
        if self._refuse_in_what_if():
            return
        self.clock.set_time(from_epoch(seconds))
        self._save_clock(action or tr("set", "clock action"))
        self.tick()

    def startex(self) -> None:
        if self._refuse_in_what_if():
            return
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

    def _refuse_in_what_if(self) -> bool:
        if self.what_if is None:
            return False
        # Injects the clock reached would be delivered into the scratch copy only, and the
        # record's clock would be left behind: the what-if is judged at the time it was entered.
        self.error.emit(tr("The clock cannot run or move in what-if mode: leave it first (Edit › What-If)"))
        return True

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
                self._save_clock(tr("paused (exercise closed)"))
            except PactlineError:
                pass  # the file may have become unwritable; closing must still succeed
        self.conduct.stop()
        self.discard_what_if_quietly()
        self.undo_stack.clear()
        self.file.close()

    def discard_what_if_quietly(self) -> None:
        what_if, self.what_if = self.what_if, None
        if what_if is not None:
            self.file, self.undo_stack = what_if.record_file, what_if.record_stack
            what_if.close()
