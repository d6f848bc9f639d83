"""Time handling: UTC-aware datetimes only, stored to the second.

Pactline measures every deadline in scenario time. Naive datetimes are
refused everywhere because an ambiguous hour is a wrong deadline.
"""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone, tzinfo

from sqlalchemy.types import Date, String, TypeDecorator

from model.errors import StoredValueError
from model.i18n import tr

UTC = timezone.utc
_STORED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

# The zone exercise-relative times (D+1 14:00) are shown and typed in: the open
# exercise's display zone, set by whoever opens it (the GUI, a headless export).
# Storage never sees it; files Pactline writes for other programs pass zone=UTC.
_display_zone: tzinfo = UTC


def display_zone() -> tzinfo:
    return _display_zone


def set_display_zone(zone: tzinfo | None) -> tzinfo:
    """Show and read exercise-relative times in *zone* (None: UTC); returns the zone it replaced."""
    global _display_zone
    previous, _display_zone = _display_zone, zone or UTC
    return previous


class NaiveDatetimeError(ValueError):
    """A datetime without a time zone reached the model."""


def require_aware(value: datetime, what: str = "time") -> datetime:
    """Return *value* in UTC, truncated to the second; refuse naive values."""
    if not isinstance(value, datetime):
        raise TypeError(f"{what}: expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise NaiveDatetimeError(f"{what}: a time zone is required (got naive {value.isoformat()})")
    return value.astimezone(UTC).replace(microsecond=0)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """A UTC datetime, for defaults and tests."""
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def to_epoch(value: datetime) -> int:
    """Whole seconds since 1970-01-01 UTC."""
    return int(require_aware(value).timestamp())


def from_epoch(seconds: float) -> datetime:
    """A UTC datetime from seconds since the epoch (sub-second part dropped)."""
    return datetime.fromtimestamp(int(seconds // 1), UTC)


def format_stored(value: datetime) -> str:
    return require_aware(value).strftime(_STORED_FORMAT)


def parse_stored(text: str) -> datetime:
    return datetime.strptime(text, _STORED_FORMAT).replace(tzinfo=UTC)


def parse_iso(text: str) -> datetime:
    """Parse ISO 8601 text that carries a zone (``Z`` or ``+hh:mm``)."""
    value = datetime.fromisoformat(text.strip().replace("z", "Z").replace("Z", "+00:00"))
    return require_aware(value, "ISO time")


class UtcDateTime(TypeDecorator):
    """Stores aware datetimes as sortable UTC text; refuses naive ones."""

    impl = String(20)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        value = require_aware(value)
        return value.strftime(_STORED_FORMAT)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        try:
            return parse_stored(value)
        except (TypeError, ValueError):
            # A plain message, not a traceback: the file opens only after model/storage/stored_values.py
            # found every time readable, so this one was changed outside Pactline since.
            raise StoredValueError(tr("a stored time {value!r} is not a time Pactline writes")
                                      .format(value=value)) from None


class StoredDate(TypeDecorator):
    """A calendar date (SQLite text YYYY-MM-DD) whose unreadable text is a plain error, not a traceback."""

    impl = Date
    cache_ok = True

    def result_processor(self, dialect, coltype):
        parse = super().result_processor(dialect, coltype)
        if parse is None:
            return None

        def process(value):
            try:
                return parse(value)
            except (TypeError, ValueError):
                raise StoredValueError(tr("a stored date {value!r} is not a date Pactline writes")
                                          .format(value=value)) from None
        return process


def format_span(seconds: float, *, with_seconds: bool = False) -> str:
    """A span in the one notation every view uses: ``3 h 50 min``, ``25 h 20 min``, ``45 min``.

    Never ``25:20``, which reads as a clock time. Minutes are rounded up (a
    deadline missed by ten seconds is ``1 min`` late). *with_seconds* is for
    live countdowns, which count seconds in their last hour: ``3 h 05 min``,
    ``42 min 10 s``, ``9 s`` (fixed-width minutes and seconds, so digits do not jump).
    """
    total = int(math.ceil(abs(seconds) - 1e-9))
    if with_seconds:
        if total >= 3600:
            hours, minutes = divmod(-(-total // 60), 60)
            return f"{hours} h {minutes:02d} min"
        minutes, secs = divmod(total, 60)
        return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"
    hours, minutes = divmod(-(-total // 60), 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"


def format_relative(value: datetime, startex: datetime, *, seconds: bool = False,
                    zone: tzinfo | None = None) -> str:
    """Exercise-relative day and clock time, e.g. ``D+1 14:00``, on the clocks of *zone* (default: the display zone).

    D+0 is the calendar day (in that zone) of STARTEX; days before it are D-1, D-2...
    """
    zone = zone or _display_zone
    value, startex = require_aware(value).astimezone(zone), require_aware(startex).astimezone(zone)
    day = (value.date() - startex.date()).days
    sign = "+" if day >= 0 else "-"
    clock = f"{value:%H:%M:%S}" if seconds else f"{value:%H:%M}"
    return f"D{sign}{abs(day)} {clock}"


def format_relative_epoch(seconds_value: float, startex_epoch: float, *, seconds: bool = False,
                          zone: tzinfo | None = None) -> str:
    return format_relative(from_epoch(seconds_value), from_epoch(startex_epoch), seconds=seconds, zone=zone)


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def as_date(value: date | str) -> date:
    if isinstance(value, datetime):
        raise TypeError("expected a date, got a datetime")
    if isinstance(value, date):
        return value
    return date.fromisoformat(value)
