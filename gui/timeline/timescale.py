"""Scenario-time arithmetic for the timeline: snapping, tick steps, day boundaries.

Pure functions of epoch seconds (UTC) so the axis, the grid and the drag all
agree on where a day starts and which ticks are shown at a given zoom.
"""
from __future__ import annotations

import math

SNAP_SECONDS = 15 * 60
DAY = 86400
# Sub-day tick steps, finest first; each divides a day so ticks land on round clock times.
MINOR_STEPS = (60, 5 * 60, 15 * 60, 30 * 60, 3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600)
DAY_STEPS = (1, 2, 7, 14, 28, 56, 112, 364)


def snap_time(seconds: float, step: int = SNAP_SECONDS) -> int:
    """The nearest multiple of *step* (UTC-aligned: 15 minutes lands on :00, :15, :30, :45)."""
    return int(math.floor(seconds / step + 0.5) * step)


def minor_step(px_per_second: float, min_px: float) -> int | None:
    """The finest sub-day step whose ticks are at least *min_px* apart, or None."""
    for step in MINOR_STEPS:
        if step * px_per_second >= min_px:
            return step
    return None


def day_step(px_per_second: float, min_px: float) -> int:
    """How many days between labelled day boundaries so labels are *min_px* apart."""
    for step in DAY_STEPS:
        if step * DAY * px_per_second >= min_px:
            return step
    return DAY_STEPS[-1]


def midnight(seconds: float) -> int:
    """UTC midnight at or before *seconds*."""
    return int(seconds // DAY * DAY)


def day_boundaries(start: float, stop: float, step_days: int = 1, anchor: float = 0) -> list[int]:
    """UTC midnights in [start, stop], every *step_days* counted from the day of *anchor* (D+0)."""
    if stop < start:
        return []
    anchor_day = int(anchor // DAY)
    first = int(math.ceil(start / DAY))
    first += (anchor_day - first) % step_days
    last = int(stop // DAY)
    return [day * DAY for day in range(first, last + 1, step_days)]


def ticks(start: float, stop: float, step: int) -> list[int]:
    """Multiples of *step* in [start, stop]."""
    first = int(math.ceil(start / step))
    last = int(stop // step)
    return [k * step for k in range(first, last + 1)]
