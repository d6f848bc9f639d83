"""Scenario-time arithmetic for the timeline: snapping, tick steps, day boundaries.

Pure functions of epoch seconds so the axis, the grid and the drag all agree
on where a day starts and which ticks are shown at a given zoom. Days and
clock ticks are the display zone's (model.timeutil.display_zone): a day mark
is local midnight and a tick a round local clock time, also across a change
of clocks (a 23- or 25-hour day).
"""
from __future__ import annotations

import math
from datetime import datetime, tzinfo

from model.timeutil import display_zone

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


# Clocks change at most a few times a year: a span this short with the same offset at both
# ends has none in between (longer ones are halved until they are that short).
_STEADY_SPAN = 120 * DAY


def _offset(seconds: float, zone: tzinfo) -> int:
    delta = datetime.fromtimestamp(seconds, zone).utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


def offset_spans(start: float, stop: float, zone: tzinfo | None = None) -> list[tuple[float, float, int]]:
    """[start, stop] cut where *zone*'s clocks change: (from, to, UTC offset in seconds) in order."""
    zone = zone or display_zone()
    first, last = _offset(start, zone), _offset(stop, zone)
    if first == last and stop - start <= _STEADY_SPAN:
        return [(start, stop, first)]
    if first == last:
        middle = math.floor((start + stop) / 2)
        left = offset_spans(start, middle, zone)
        right = offset_spans(middle, stop, zone)
        if left[-1][2] == right[0][2]:      # the halves meet on the same clock: one span
            return left[:-1] + [(left[-1][0], right[0][1], left[-1][2])] + right[1:]
        return left + right
    low, high = math.floor(start), math.ceil(stop)    # the first second on the new clock, by halving
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if _offset(middle, zone) == first else (low, middle)
    return [(start, high, first)] + offset_spans(high, stop, zone)


def midnight(seconds: float, zone: tzinfo | None = None) -> int:
    """The display zone's midnight at or before *seconds*."""
    zone = zone or display_zone()
    local = datetime.fromtimestamp(math.floor(seconds), zone)
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return int(day.timestamp())


def _day_number(seconds: float, offset: int) -> int:
    return int((seconds + offset) // DAY)


def day_boundaries(start: float, stop: float, step_days: int = 1, anchor: float = 0,
                   zone: tzinfo | None = None) -> list[int]:
    """Local midnights in [start, stop], every *step_days* counted from the day of *anchor* (D+0)."""
    if stop < start:
        return []
    zone = zone or display_zone()
    anchor_day = _day_number(anchor, _offset(anchor, zone))
    found: list[int] = []
    for low, high, offset in offset_spans(start, stop, zone):
        first = int(math.ceil((low + offset) / DAY))
        first += (anchor_day - first) % step_days
        last = _day_number(high, offset)
        found += [day * DAY - offset for day in range(first, last + 1, step_days)
                  if low <= day * DAY - offset <= high and (not found or day * DAY - offset > found[-1])]
    return found


def ticks(start: float, stop: float, step: int, zone: tzinfo | None = None) -> list[int]:
    """Round local clock times in [start, stop]: multiples of *step* on the display zone's clocks."""
    zone = zone or display_zone()
    found: list[int] = []
    for low, high, offset in offset_spans(start, stop, zone):
        first = int(math.ceil((low + offset) / step))
        last = int((high + offset) // step)
        found += [k * step - offset for k in range(first, last + 1)
                  if low <= k * step - offset <= high and (not found or k * step - offset > found[-1])]
    return found


def is_midnight(seconds: int, zone: tzinfo | None = None) -> bool:
    """Whether *seconds* is a midnight on the display zone's clocks."""
    return (seconds + _offset(seconds, zone or display_zone())) % DAY == 0
