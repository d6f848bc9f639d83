"""Exercise-relative times: ``D+1 14:00``, ``T+26h``, ``H+2:30`` and ISO 8601.

Planners and MSEL spreadsheets speak relative to STARTEX; the model stores
absolute UTC. :func:`parse_time` says which notation it understood.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from model.timeutil import display_zone, parse_iso, require_aware
from model.i18n import tr, weekday_number

_DAY_CLOCK = re.compile(r"^D\s*([+-])\s*(\d{1,3})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$", re.I)
_OFFSET = re.compile(r"^([TH])\s*([+-])\s*(\d{1,4})(?:(?::(\d{2}))|\s*h)?$", re.I)
# "Tue 14:00", "martedì 14:00", "mar. 14:00": the weekday in English or Italian (model.i18n.weekday_number).
_WEEKDAY_CLOCK = re.compile(r"^([^\W\d_]{3,})\.?\s+(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class ParsedTime:
    value: datetime
    notation: str   # "ISO 8601", "day and clock (D+n hh:mm)", "offset from STARTEX", "weekday and clock"


class TimeFormatError(ValueError):
    pass


def parse_time(text: str, startex: datetime, *, zone: tzinfo | None = None) -> ParsedTime:
    """Parse one of the accepted notations relative to *startex* (aware).

    Day-and-clock and weekday times are clock times of *zone* (default: the display zone, as
    ``format_relative`` shows them); the result is UTC.
    """
    startex = require_aware(startex, "STARTEX")
    # Days and clock times count on the zone's wall clock; offsets (T+26h) are elapsed hours.
    local_startex = startex.astimezone(zone or display_zone())
    raw = text.strip()
    if not raw:
        raise TimeFormatError(tr("empty time"))
    match = _DAY_CLOCK.match(raw)
    if match:
        sign, day, hh, mm, ss = match.groups()
        _check_clock(int(hh), int(mm), int(ss or 0), raw)
        days = int(day) * (1 if sign == "+" else -1)
        midnight = local_startex.replace(hour=0, minute=0, second=0)
        value = midnight + timedelta(days=days, hours=int(hh), minutes=int(mm), seconds=int(ss or 0))
        return ParsedTime(require_aware(value), tr("day and clock (D+n hh:mm)"))
    match = _OFFSET.match(raw)
    if match:
        _letter, sign, hh, mm = match.groups()
        if mm is not None and int(mm) > 59:
            raise TimeFormatError(tr("'{raw}': minutes must be 00-59").format(raw=raw))
        delta = timedelta(hours=int(hh), minutes=int(mm or 0))
        return ParsedTime(startex + (delta if sign == "+" else -delta), tr("offset from STARTEX (T+/H+)"))
    match = _WEEKDAY_CLOCK.match(raw)
    weekday = weekday_number(match.group(1)) if match else None
    if match and weekday is not None:
        hh, mm = int(match.group(2)), int(match.group(3))
        _check_clock(hh, mm, 0, raw)
        ahead = (weekday - local_startex.weekday()) % 7
        midnight = local_startex.replace(hour=0, minute=0, second=0)
        value = midnight + timedelta(days=ahead, hours=hh, minutes=mm)
        if value < startex:  # the same weekday, earlier in the day: the next week
            value += timedelta(days=7)
        return ParsedTime(require_aware(value), tr("weekday and clock (first one from STARTEX)"))
    try:
        return ParsedTime(parse_iso(raw), "ISO 8601")
    except ValueError as err:
        raise TimeFormatError(
            tr("'{raw}' is not a time Pactline understands: use ISO 8601 with a zone "
               "(2026-03-02T14:00Z), D+1 14:00, T+26h, H+2:30 or Tue 14:00").format(raw=raw)) from err


def _check_clock(hh: int, mm: int, ss: int, raw: str) -> None:
    if hh > 23 or mm > 59 or ss > 59:
        raise TimeFormatError(tr("'{raw}': the clock time must be 00:00-23:59").format(raw=raw))
