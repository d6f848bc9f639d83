"""Time zones: the exercise's display zone and each signatory's capital time.

Storage stays UTC (model/timeutil.py); a zone only changes what is shown. The
zone data comes from the ``tzdata`` package when the system has none (Windows,
a trimmed bundle), so every IANA name resolves the same everywhere.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from model.i18n import weekday_abbr
from model.resources import resource
from model.timeutil import UTC, from_epoch

# Hours at which a deadline wakes somebody up: a 24 h deadline falling at 03:00 in Tokyo matters.
NIGHT_FROM, NIGHT_UNTIL = 22, 7


@dataclass(frozen=True)
class Capital:
    code: str        # ISO 3166 alpha-2, or EU
    city: str
    zone_name: str   # IANA

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.zone_name)


def zone_named(name: str | None) -> tzinfo | None:
    """The IANA zone *name*, or None when it is empty or unknown (a typo in the settings must not crash a view)."""
    if not name:
        return None
    if name.upper() in ("UTC", "Z", "ETC/UTC"):
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def zone_label(zone: tzinfo) -> str:
    return "UTC" if zone is UTC else str(getattr(zone, "key", zone))


def offset_text(moment: datetime, zone: tzinfo) -> str:
    """``UTC+01:00``, ``UTC+05:30``, ``UTC`` (no offset): *zone*'s offset at *moment*."""
    delta = moment.astimezone(zone).utcoffset()
    offset = int(delta.total_seconds()) if delta is not None else 0
    if not offset:
        return "UTC"
    hours, minutes = divmod(abs(offset) // 60, 60)
    return f"UTC{'+' if offset > 0 else '-'}{hours:02d}:{minutes:02d}"


def zone_abbreviation(moment: datetime, zone: tzinfo) -> str:
    """``CET``, ``CEST``, ``UTC``: the letters *zone*'s clocks go by at *moment*, or its offset (``UTC-03:00``)
    where the zone has no letters (tzdata writes ``-03``)."""
    name = moment.astimezone(zone).tzname() or ""
    if zone is UTC or name.upper() == "UTC":
        return "UTC"
    return name if name.isalpha() else offset_text(moment, zone)


def clock_text(value: datetime, *, seconds: bool = False, zone: tzinfo | None = None) -> str:
    """``Tue 2026-03-03 15:00 CET``: *value* on the clocks of *zone* (default: the display zone), zone said."""
    from model.i18n import weekday_abbr
    from model.timeutil import display_zone

    zone = zone or display_zone()
    local = value.astimezone(zone)
    clock = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    return f"{weekday_abbr(local)} {local:%Y-%m-%d} {clock} {zone_abbreviation(local, zone)}"


@dataclass(frozen=True)
class WallClock:
    """A clock reading typed in a zone, read as a moment."""
    value: datetime | None     # UTC; None when the clocks skip that reading (they go forward over it)
    twice: bool                # the clocks pass that reading twice (going back): *value* is the first


def from_wall_clock(naive: datetime, zone: tzinfo) -> WallClock:
    """What the reading *naive* on *zone*'s clocks means: one moment, none (skipped) or the first of two."""
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) != naive:
        return WallClock(None, False)
    twice = naive.replace(tzinfo=zone, fold=1).astimezone(UTC) != first
    return WallClock(first.replace(microsecond=0), twice)


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Every IANA zone a user may choose, sorted (legacy aliases such as ``US/Eastern`` left out)."""
    names = {n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/", "US/"))}
    return ("UTC", *sorted(names))


def system_zone_name() -> str:
    """The planner's zone as the operating system names it, or UTC when it names none Pactline knows.

    ``TZ`` first (what tests and a user's shell set), then the /etc/localtime link (Linux, macOS).
    The GUI asks Qt instead, which also knows Windows' zone.
    """
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.readlink("/etc/localtime")
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    for name in candidates:
        if zone_named(name) is not None:
            return "UTC" if zone_named(name) is UTC else name
    return "UTC"


@lru_cache(maxsize=1)
def capitals() -> dict[str, Capital]:
    data = json.loads(Path(resource("capital_zones.json")).read_text(encoding="utf-8"))
    return {code: Capital(code, city, zone) for code, (city, zone) in data["capitals"].items()}


def capital_of(code: str) -> Capital | None:
    return capitals().get(code.upper())


def capital_time(moment: datetime | float, code: str) -> datetime | None:
    """*moment* (aware, or epoch seconds) on the clocks of *code*'s capital; None for a state without one on file."""
    capital = capital_of(code)
    if capital is None:
        return None
    value = from_epoch(moment) if isinstance(moment, (int, float)) else moment
    return value.astimezone(capital.zone)


def at_night(local: datetime) -> bool:
    return local.hour >= NIGHT_FROM or local.hour < NIGHT_UNTIL


def capital_time_text(moment: datetime | float, code: str, *, night_word: str = "night") -> str:
    """``03:00 Tokyo (night)``, ``Tue 14:00 Ottawa``: the weekday only when the capital's day differs from the
    display zone's (UTC unless a view set one)."""
    from model.timeutil import display_zone

    local = capital_time(moment, code)
    if local is None:
        return ""
    capital = capital_of(code)
    assert capital is not None
    shown_day = local.astimezone(display_zone()).date()
    day = f"{weekday_abbr(local)} " if local.date() != shown_day else ""
    night = f" ({night_word})" if at_night(local) else ""
    return f"{day}{local:%H:%M} {capital.city}{night}"


def exercise_identity(doc) -> str:
    """What names this exercise in the user's settings: the hash of its first log entry.

    The exercise table has no free-form field and its schema is not ours to change; the
    first entry ("Exercise … created") is written with the file, is chained into every later
    one and never changes, so it follows the exercise through a rename, a Save As or a mail.
    A file without a log (damaged or hand-made) falls back to its path.
    """
    from model.storage.reading import first_log_hash

    first = first_log_hash(doc)
    return f"log-{first[:32]}" if first else f"path-{doc.path}"


@dataclass(frozen=True)
class CapitalClock:
    text: str                 # ``Tue 03:00`` (the weekday when the capital's day differs from the display zone's)
    night: bool
    codes: tuple[str, ...]


def capital_clocks(moment: float, codes) -> list[CapitalClock]:
    """*moment* on the clocks of the capitals of *codes*, one group per clock reading, west to east.

    29 signatories share a handful of readings (13:00 GB IE PT · 14:00 DE FR IT…), so grouped they
    fit one line beside a countdown. Codes without a capital on file are left out.
    """
    from model.timeutil import display_zone

    shown_day = from_epoch(moment).astimezone(display_zone()).date()
    groups: dict[tuple, list[str]] = {}
    for code in codes:
        local = capital_time(moment, code)
        if local is None:
            continue
        offset = local.utcoffset()
        day = f"{weekday_abbr(local)} " if local.date() != shown_day else ""
        groups.setdefault((offset, f"{day}{local:%H:%M}", at_night(local)), []).append(code)
    return [CapitalClock(text, night, tuple(found)) for (_offset, text, night), found in sorted(groups.items())]


def capital_clocks_text(moment: float, codes, *, night_word: str = "night") -> str:
    """``13:00 GB IE PT · 14:00 DE FR IT · Tue 03:00 (night) JP`` ("" when no code has a capital on file)."""
    return " · ".join(f"{c.text}{f' ({night_word})' if c.night else ''} {' '.join(c.codes)}"
                      for c in capital_clocks(moment, codes))
