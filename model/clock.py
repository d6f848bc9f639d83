"""The exercise clock: scenario time driven by wall time, running or paused, at a speed.

Scenario time is re-anchored at every start, pause and speed change, so a
pause never makes anything late and a speed change never moves a deadline:
deadlines live in scenario time, only the rate of approach changes. The wall
time source is injected so tests advance it instead of sleeping.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from model.timeutil import from_epoch, require_aware

SPEED_PRESETS = (1.0, 10.0, 60.0, 600.0)


def _check_speed(speed: float) -> None:
    # NaN fails every comparison, so "speed <= 0" alone would let it in, and with it
    # (or infinity) every scenario time the clock reads.
    if not math.isfinite(speed) or speed <= 0:
        raise ValueError(f"speed must be a positive finite factor (got {speed!r})")


@dataclass(frozen=True)
class ClockReading:
    scenario_time: datetime
    running: bool
    speed: float


class ExerciseClock:
    def __init__(self, scenario_time: datetime, *, speed: float = 1.0, running: bool = False,
                 wall: Callable[[], float] = time.monotonic):
        _check_speed(speed)
        self._wall = wall
        self._anchor_scenario = require_aware(scenario_time, "scenario_time").timestamp()
        self._anchor_wall = wall()
        self._speed = float(speed)
        self._running = running

    # -- reading --------------------------------------------------------------
    def seconds(self) -> float:
        """Scenario time as epoch seconds (with the fraction while running)."""
        if not self._running:
            return self._anchor_scenario
        return self._anchor_scenario + (self._wall() - self._anchor_wall) * self._speed

    def now(self) -> datetime:
        return from_epoch(self.seconds())

    @property
    def running(self) -> bool:
        return self._running

    @property
    def speed(self) -> float:
        return self._speed

    def reading(self) -> ClockReading:
        return ClockReading(self.now(), self._running, self._speed)

    def wall_seconds_until(self, scenario_seconds: float) -> float | None:
        """Wall seconds until the clock reaches a scenario time; None when paused."""
        if not self._running:
            return None
        return max(0.0, (scenario_seconds - self.seconds()) / self._speed)

    # -- control ----------------------------------------------------------------
    def _reanchor(self) -> None:
        self._anchor_scenario = self.seconds()
        self._anchor_wall = self._wall()

    def start(self) -> None:
        if not self._running:
            self._anchor_wall = self._wall()
            self._running = True

    def pause(self) -> None:
        if self._running:
            self._reanchor()
            self._running = False

    def set_speed(self, speed: float) -> None:
        _check_speed(speed)
        self._reanchor()
        self._speed = float(speed)

    def set_time(self, scenario_time: datetime) -> None:
        self._anchor_scenario = require_aware(scenario_time, "scenario_time").timestamp()
        self._anchor_wall = self._wall()
