"""Delivering the MSEL as the exercise clock runs; the controller's jumps and play commands.

One ConductController per ExerciseDocument. Whenever the clock reaches or
passes a planned inject's delivery time — running, or set or jumped forward —
the inject is delivered *at its planned delivery time*, in order, so nothing
is late by a tick or by a pause. A single-shot timer is armed for the next
planned inject (from ``clock.wall_seconds_until``) and re-armed on every clock
action and MSEL change; each tick of a running clock is a safety net.

What the clock has not passed is never delivered by it: a planned inject
whose time lay behind the clock when the exercise was opened, or that was
held while the clock passed it, is *overdue* and waits for the controller
(fire now, or skip). Automatic deliveries are play, not edits: they are
logged by the service but not put on the undo stack. The controller's own
actions (fire now, hold, release, skip, shift, ad-hoc) are undo commands.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from gui.core.commands import CreateCommand, ServiceCommand
from gui.core.document_bound import DocumentBound
from gui.core.i18n import tr
from model import services
from model.storage import reading
from model.countdowns import Countdown, countdowns
from model.errors import PactlineError
from model.services.changes import ChangeReport
from model.timeutil import from_epoch, to_epoch

if TYPE_CHECKING:
    from gui.core.document import ExerciseDocument
    from model.conduct_entities import Inject

MAX_WAIT_MS = 3_600_000  # re-arm at least hourly: a QTimer interval is an int of milliseconds


class ConductController(QObject):
    delivered = Signal(list)   # ids of injects the clock delivered, in delivery order

    def __init__(self, document):
        super().__init__(document)
        self.document = document
        self.timer = QTimer(self)
        self.timer.setObjectName("injectTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.check)
        now = document.clock.seconds()
        # Delivery times at or after _checked lie ahead of the clock; those before it were passed.
        self._checked = math.ceil(now)
        self._last_now = now
        # Delivery time (epoch s) of the next planned inject the clock will deliver; the
        # inject itself is read only when a view asks for it (the ORM loads after the first paint).
        self._next_time: int | None = None
        self._next: Inject | None = None
        self._next_read = False
        self._busy = False
        self._active = True
        self._bound = DocumentBound(self, {"clock_changed": self._on_clock_changed, "assessed": self._on_assessed,
                                           "changed": self._on_changed})
        self._bound.bind(document)
        self._refresh_next()
        self._schedule()

    # -- what the views read ---------------------------------------------------------------
    @property
    def overdue_from(self) -> float:
        """Planned injects due before this scenario time (epoch s) wait for the controller."""
        return float(self._checked)

    @property
    def next_inject(self) -> Inject | None:
        """The next inject the clock will deliver (held ones wait, so they are not it)."""
        if not self._next_read:
            self._next = None if self._next_time is None else services.injects.next_planned(
                self.document.file, after=from_epoch(self._checked - 1))
            self._next_read = True
        return self._next

    def stop(self) -> None:
        """The document is closing: no more deliveries."""
        if not self._active:
            return
        self._active = False
        self.timer.stop()
        self._bound.unbind()

    # -- delivering ------------------------------------------------------------------------
    def _on_clock_changed(self) -> None:
        # Started, paused, set or sped up: re-read what lies ahead (cheap, and robust
        # against a change that reached the file without passing document.apply).
        self._refresh_next()
        self.check()

    def _on_assessed(self, assessment) -> None:
        # Only the clock's own assessment: a drag preview is no reason to deliver anything.
        if assessment is self.document.assessment and self.document.clock.running:
            self.check()

    def _on_changed(self, report: ChangeReport) -> None:
        if not self._busy and report.touches("inject"):
            self._refresh_next()
            self._schedule()

    def check(self) -> list[int]:
        """Deliver what the clock has reached since the last check; returns their ids."""
        if not self._active or self._busy:
            return []
        now = self.document.clock.seconds()
        if now < self._last_now:
            # Set back: what now lies ahead is on the clock's path again.
            self._checked = math.ceil(now)
            self._refresh_next()
        self._last_now = now
        delivered: list[int] = []
        if self._next_time is not None and self._next_time <= now and not self.document.file.read_only:
            delivered = self._deliver_due(now)
        self._checked = max(self._checked, math.floor(now) + 1)
        if delivered or (self._next_time is not None and self._next_time < self._checked):
            self._refresh_next()
        self._schedule()
        if delivered:
            self.delivered.emit(delivered)
        return delivered

    def _deliver_due(self, now: float) -> list[int]:
        file = self.document.file
        due = [inject for inject in services.injects.due_injects(file, now=from_epoch(now))
               if to_epoch(inject.delivery_time) >= self._checked]
        delivered = []
        self._busy = True  # document.apply re-assesses, which would call check() again
        try:
            for inject in due:
                try:
                    report = services.injects.deliver_inject(file, inject_id=inject.id, at=inject.delivery_time)
                except PactlineError as err:
                    self.document.error.emit(str(err))
                    continue
                self.document.apply(report)
                delivered.append(inject.id)
        finally:
            self._busy = False
        return delivered

    def _refresh_next(self) -> None:
        if not self._active:
            return
        self._next_time = reading.next_planned_time(self.document.file, after=self._checked - 1)
        self._next_read = False

    def _schedule(self) -> None:
        self.timer.stop()
        if not self._active or self._next_time is None or self.document.file.read_only:
            return
        wait = self.document.clock.wall_seconds_until(self._next_time)
        if wait is None:
            return  # paused: scenario time does not move, so nothing can become due
        self.timer.start(min(MAX_WAIT_MS, math.ceil(wait * 1000) + 1))

    # -- jumps ---------------------------------------------------------------------------------
    def upcoming_inject(self) -> Inject | None:
        """The first planned inject after the current scenario time."""
        return services.injects.next_planned(self.document.file, after=from_epoch(self.document.clock.seconds()))

    def next_deadline(self) -> Countdown | None:
        """The soonest pending reaction/consultation deadline after now, from the engine's assessment."""
        now = self.document.clock.seconds()
        pending = [row for row in countdowns(self.document.assessment, limit=0)
                   if not row.missed and row.deadline > now]
        return min(pending, key=lambda row: (row.deadline, row.kind, row.incident_id), default=None)

    def jump_to_next_inject(self) -> Inject | None:
        """Set the clock to the next planned inject's delivery time: it (and any passed) is delivered."""
        inject = self.upcoming_inject()
        if inject is not None:
            self.document.set_scenario_time(to_epoch(inject.delivery_time),
                                            action=tr("jumped to inject {number}").format(number=inject.number))
        return inject

    def jump_to_next_deadline(self) -> Countdown | None:
        row = self.next_deadline()
        if row is not None:
            self.document.set_scenario_time(row.deadline, action=(
                tr("jumped to the reaction deadline of incident #{id}") if row.kind == "reaction" else
                tr("jumped to the consultation deadline of incident #{id}")).format(id=row.incident_id))
        return row

    def passed_by(self, target: float) -> list[Inject]:
        """Planned injects a move of the clock to *target* would deliver (for a warning)."""
        now = self.document.clock.seconds()
        if target < now:
            return []
        return [inject for inject in services.injects.due_injects(self.document.file, now=from_epoch(target))
                if to_epoch(inject.delivery_time) >= self._checked]


# -- the controller's play commands (undoable) -------------------------------------------------
class PlayCommand(ServiceCommand):
    """One play service each way: fire now/revert, hold/release, skip/revert, shift/shift back."""

    def __init__(self, document, text: str, do: Callable[[], ChangeReport], undo: Callable[[], ChangeReport]):
        super().__init__(document, text)
        self._do_fn, self._undo_fn = do, undo

    def _do(self) -> ChangeReport:
        return self._do_fn()

    def _undo(self) -> ChangeReport:
        return self._undo_fn()


class FireNowCommand(PlayCommand):
    """Deliver now; undo reverts the delivery, and redo puts back exactly what the revert removed.

    The revert captures the incident the delivery created and every commitment and
    consultation entered against it since; a redo restores them with their ids
    rather than delivering afresh, so undo and redo lose nothing.
    """

    def __init__(self, document, text: str, deliver: Callable[[], ChangeReport],
                 revert: Callable[[], ChangeReport]):
        super().__init__(document, text, deliver, revert)
        self._reverted: tuple = ()

    def _do(self) -> ChangeReport:
        if self._reverted:
            return services.records.restore_records(self.document.file, records=self._reverted,
                                                    summary=f"Redo: {self.text()}")
        return self._do_fn()

    def _undo(self) -> ChangeReport:
        report = self._undo_fn()
        self._reverted = report.removed
        return report


class PlayMacro(QUndoCommand):
    """Several play commands as one undo step (release and fire, create and deliver…)."""

    def __init__(self, document, text: str, steps: list[ServiceCommand]):
        super().__init__(text)
        self.document = document
        self.steps = steps

    def first_redo(self) -> None:
        done: list[ServiceCommand] = []
        try:
            for step in self.steps:
                step.first_redo()
                done.append(step)
        except PactlineError:
            for step in reversed(done):
                step.undo()
            raise

    def redo(self) -> None:
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()


def fire_now_command(document, inject_id: int | Callable[[], int], number: str, at: datetime) -> FireNowCommand:
    """Deliver at *at* (the scenario time of the click); the planned time is left as it was."""
    key = inject_id if callable(inject_id) else (lambda: inject_id)
    file = document.file
    return FireNowCommand(document, tr("Fire inject {0} now").format(number),
                          lambda: services.injects.deliver_inject(file, inject_id=key(), at=at, fired_now=True),
                          lambda: services.injects.revert_inject(file, inject_id=key()))


def hold_command(document, inject: Inject) -> PlayCommand:
    file = document.file
    return PlayCommand(document, tr("Hold inject {0}").format(inject.number),
                       lambda: services.injects.hold_inject(file, inject_id=inject.id),
                       lambda: services.injects.release_inject(file, inject_id=inject.id))


def release_command(document, inject: Inject, *, fire_at: datetime | None = None) -> ServiceCommand | PlayMacro:
    """Release a held inject; if the clock passed it meanwhile (*fire_at* given), deliver it then too."""
    file = document.file
    release = PlayCommand(document, tr("Release inject {0}").format(inject.number),
                          lambda: services.injects.release_inject(file, inject_id=inject.id),
                          lambda: services.injects.hold_inject(file, inject_id=inject.id))
    if fire_at is None:
        return release
    return PlayMacro(document, tr("Release and fire inject {0}").format(inject.number),
                     [release, fire_now_command(document, inject.id, inject.number, fire_at)])


def fire_selected_command(document, inject: Inject) -> ServiceCommand | PlayMacro:
    """Fire now at the current scenario time; a held inject is released first (undo: held again)."""
    at = document.clock.now()
    if inject.status == "held":
        return release_command(document, inject, fire_at=at)
    return fire_now_command(document, inject.id, inject.number, at)


def release_selected_command(document, inject: Inject) -> ServiceCommand | PlayMacro:
    """Release; an inject the clock passed while it was held is delivered now, in the same step."""
    passed = to_epoch(inject.delivery_time) < document.conduct.overdue_from
    return release_command(document, inject, fire_at=document.clock.now() if passed else None)


def skip_command(document, inject: Inject) -> ServiceCommand | PlayMacro:
    file = document.file
    skip = PlayCommand(document, tr("Skip inject {0}").format(inject.number),
                       lambda: services.injects.skip_inject(file, inject_id=inject.id),
                       lambda: services.injects.revert_inject(file, inject_id=inject.id))
    if inject.status != "held":
        return skip
    # Undo must bring a held inject back held, not planned: release first, as its own step.
    release = release_command(document, inject)
    return PlayMacro(document, skip.text(), [release, skip])


def shift_command(document, offset: timedelta, phase: str | None) -> PlayCommand:
    file = document.file
    hours = offset.total_seconds() / 3600
    text = (tr("Shift phase '{0}' by {1:+g} h").format(phase, hours) if phase is not None
            else tr("Shift the whole MSEL by {0:+g} h").format(hours))
    return PlayCommand(document, text, lambda: services.injects.shift_injects(file, offset=offset, phase=phase),
                       lambda: services.injects.shift_injects(file, offset=-offset, phase=phase))


def adhoc_command(document, values: dict, *, deliver_at: datetime | None) -> CreateCommand | PlayMacro:
    """Add an ad-hoc inject; with *deliver_at*, deliver it then in the same undo step."""
    create = CreateCommand(document, tr("Add ad-hoc inject"), services.injects.create_inject,
                           services.injects.delete_inject, adhoc=True, **values)
    if deliver_at is None:
        return create
    number = values.get("number") or ""
    fire = fire_now_command(document, lambda: create.created_id, number, deliver_at)
    return PlayMacro(document, tr("Add and deliver ad-hoc inject {0}").format(number).rstrip(), [create, fire])


def push_checked(document, command) -> None:
    """Run a command's first redo and push it; a refusal propagates (for a dialog to show beside a field)."""
    command.first_redo()
    document.undo_stack.push(command)
