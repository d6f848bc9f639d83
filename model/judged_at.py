"""When a comparison judges the record: the exercise clock, ENDEX, or a chosen scenario time.

At the clock, incidents still ahead (a branch's, say) have nothing recorded yet and every
obligation stands pending; as of ENDEX the planned attendances and commitments are judged
as the engine judges any other, nothing stored. A chosen time is written as the program
writes scenario times, "D+3 12:00" (on the display zone's clocks, as format_relative shows it).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from model.i18n import tr
from model.timeutil import display_zone, from_epoch, to_epoch

CLOCK = "clock"
ENDEX = "endex"
_RELATIVE = re.compile(r"^\s*D\s*([+-])\s*(\d{1,3})\s+(\d{1,2}):(\d{2})\s*$", re.IGNORECASE)


def judged_time(at: str | float, clock: float, endex: float) -> float:
    """The epoch second *at* (CLOCK, ENDEX or an epoch second) stands for."""
    if at == CLOCK:
        return float(clock)
    if at == ENDEX:
        return float(endex)
    return float(at)


def parse_judged_at(text: str, startex: float) -> str | float:
    """CLOCK, ENDEX or the epoch second of "D+n HH:MM"; ValueError saying what is wrong."""
    word = text.strip().lower()
    if word in (CLOCK, "now", ""):
        return CLOCK
    if word == ENDEX:
        return ENDEX
    match = _RELATIVE.match(text)
    if not match:
        raise ValueError(tr("'{0}' is not a time to judge at: write ENDEX, clock or a scenario time "
                            "such as D+3 12:00").replace("{0}", text.strip()))
    sign, day, hour, minute = match.groups()
    if int(hour) > 23 or int(minute) > 59:
        raise ValueError(tr("'{0}' is not a time of day: hours go to 23, minutes to 59").replace("{0}", text.strip()))
    zone = display_zone()
    first = from_epoch(startex).astimezone(zone).date()
    date = first + timedelta(days=int(day) * (1 if sign == "+" else -1))
    local = datetime(date.year, date.month, date.day, int(hour), int(minute), tzinfo=zone)
    return float(to_epoch(local))
