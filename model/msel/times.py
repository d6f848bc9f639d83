"""Times as MSEL spreadsheets write them: day-less clocks, AM/PM, military DTGs, Excel serials, Day 2 0930…

A cell either names a moment (:class:`SheetTime` with ``value``) or only a
clock time (``clock``, no day): how a day-less clock becomes a moment is the
planner's choice (:class:`TimeReading`), made once for the whole sheet. Every
result says which notation it understood. Zone-less readings are taken in the
reading's zone (UTC unless the planner names one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from model.reltime import TimeFormatError, parse_time
from model.timeutil import UTC, require_aware
from model.i18n import tr, weekday_number

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FRENCH_WEEKDAYS = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
EXCEL_EPOCH = datetime(1899, 12, 30)
_EXCEL_TIME_DAYS = (date(1899, 12, 30), date(1899, 12, 31), date(1900, 1, 1))   # a time-only cell's "date"
_FIRST_SERIAL, _LAST_SERIAL = 10_000, 2_958_465      # 1927-05-18 … 9999-12-31: what is surely a date serial

_CLOCK = (r"(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2})(?::(?P<s>\d{2}))?)?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
          r"|(?P<hhmm>\d{3,4})\s*(?:h|hrs|hours|l)?")
_CLOCK_ONLY = re.compile(rf"^(?:{_CLOCK})\s*(?P<z>z|utc)?$", re.I)
_WEEKDAY = re.compile(rf"^(?P<day>[a-zàèéìòù]{{3,9}})\.?,?\s+(?:{_CLOCK})$", re.I)
_DAY_N = re.compile(rf"^(?:day|jour|tag|d)\s*(?P<n>\d{{1,3}})(?:[\s,:-]+(?:{_CLOCK}))?$", re.I)
_DAY_OFFSET = re.compile(rf"^(?P<l>[dj])\s*(?P<sign>[+-])\s*(?P<n>\d{{1,3}})(?:[\s,]+(?:{_CLOCK}))?$", re.I)
# OpenBAS and French exercise sheets: J (STARTEX) with offsets in days, hours and minutes, in that
# order, each optional: "J+1 H+2 M-5", "J H+3", "J-1 M+30"; and J's own day at a clock, "J 09h00".
_J_PARTS = re.compile(r"^J(?:\s*(?P<js>[+-])\s*(?P<jn>\d{1,3}))?(?:\s*H\s*(?P<hs>[+-])\s*(?P<hn>\d{1,4}))?"
                      r"(?:\s*M\s*(?P<ms>[+-])\s*(?P<mn>\d{1,5}))?$", re.I)
_J_CLOCK = re.compile(rf"^J\s+(?:{_CLOCK})$", re.I)
_SPAN = re.compile(r"^(?P<l>[teh])\s*(?P<sign>[+-])\s*(?P<a>\d{1,4})(?::(?P<b>\d{2}))?\s*"
                   r"(?P<unit>h|hr|hrs|hours?|m|min|mins|minutes?|d|days?)?$", re.I)
_DTG = re.compile(r"^(?P<d>\d{2})(?P<h>\d{2})(?P<m>\d{2})\s*(?P<z>[a-z])?\s*(?P<mon>[a-z]{3})\s*(?P<y>\d{4}|\d{2})$",
                  re.I)
_DATE_WORDS = re.compile(r"^(?P<d>\d{1,2})[\s-]+(?P<mon>[a-z]{3})[a-z]*\.?[\s-]+(?P<y>\d{4}|\d{2})$", re.I)
_SERIAL = re.compile(r"^\d{1,7}\.\d+$")
# 8/21/2011 9:30 AM as US Excel writes CSV (month first unless the first number cannot be a month);
# 21.08.2011 09:30 as European sheets write it.
_NUMERIC_DATE = re.compile(rf"^(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})"
                           rf"(?:[\sT,]+(?:{_CLOCK}))?$", re.I)


class SheetTimeError(ValueError):
    """The cell is no time Pactline can read; the message says why (without the cell)."""


@dataclass(frozen=True)
class SheetTime:
    notation: str
    value: datetime | None = None     # a moment (UTC)
    clock: time | None = None         # a clock time without a day
    day: int | None = None            # a day counted from STARTEX's day (D+n), the clock still to come
    date: date | None = None          # a calendar day, the clock still to come


@dataclass
class TimeReading:
    """How zone-less and day-less cells of one sheet are read, and the day the previous row ended on."""

    startex: datetime
    zone_name: str = "UTC"
    day_less: str = "D+0"      # "D+0", "D+n" (with *day*), or "previous"
    day: int = 0
    _last: datetime | None = None
    used_zone: bool = False     # some cell was read in the zone (it named none)
    # Some clock time without a day was put on STARTEX's day: said in a notice, which cannot look for the
    # words of the notation (they are in the planner's language).
    day_less_on_startex_day: bool = False
    # The unit of a T+ offset that names none ("T+5" under a header "T+min" is five minutes): "h" or "m".
    span_unit: str = "h"

    def __post_init__(self) -> None:
        self.zone = zone_named(self.zone_name)
        self.startex = require_aware(self.startex, "STARTEX")

    @property
    def startex_day(self) -> date:
        return self.startex.astimezone(self.zone).date()

    def at(self, day: date, clock: time, *, zoneless: bool = True) -> datetime:
        # D+1 14:00 is Pactline's own notation, whose clock is the reading's zone by definition;
        # a bare clock or a calendar date is the sheet's local time that nobody named.
        self.used_zone = self.used_zone or zoneless
        return require_aware(datetime.combine(day, clock, tzinfo=self.zone))

    def naive(self, value: datetime) -> datetime:
        self.used_zone = True
        return require_aware(value.replace(tzinfo=self.zone))

    def resolve(self, parsed: SheetTime, day_cell: SheetTime | None = None,
                same_row: datetime | None = None, remember: bool = True) -> tuple[datetime, str]:
        """The moment of *parsed*; a day-less clock takes its day from *day_cell*, *same_row* or the reading.

        Only what *remember* says becomes the previous row's day (the delivery time does not).
        """
        if not remember:
            previous = self._last
            try:
                return self.resolve(parsed, day_cell, same_row)
            finally:
                self._last = previous
        if parsed.value is not None:
            return self._remember(parsed.value), parsed.notation
        if day_cell is not None and day_cell.value is not None:   # a date cell that came as a datetime
            day_cell = SheetTime(day_cell.notation, date=day_cell.value.astimezone(self.zone).date())
        if parsed.date or parsed.day is not None:   # the cell's own day wins over a date column's
            day_cell = SheetTime("", date=parsed.date, day=parsed.day)
        if parsed.clock is None:
            raise SheetTimeError(tr("is a day without a clock time"))
        if day_cell is not None and (day_cell.date or day_cell.day is not None):
            day = day_cell.date or self.startex_day + timedelta(days=day_cell.day or 0)
            how = parsed.notation if parsed.date or parsed.day is not None else \
                tr("{notation}, on the day in the date column").format(notation=parsed.notation)
            return self._remember(self.at(day, parsed.clock, zoneless=day_cell.date is not None)), how
        if same_row is not None:
            day = same_row.astimezone(self.zone).date()
            return self.at(day, parsed.clock), (tr("{notation}, on the row's scenario day")
                                                   .format(notation=parsed.notation))
        if self.day_less == "previous" and self._last is not None:
            last = self._last.astimezone(self.zone)
            day, how = last.date(), tr("the previous row's day")
            if parsed.clock < last.time().replace(tzinfo=None):
                day, how = day + timedelta(days=1), tr("the day after the previous row's (the clock went back)")
            return self._remember(self.at(day, parsed.clock)), (tr("{notation}, read on {how}")
                                                                   .format(notation=parsed.notation, how=how))
        offset = self.day if self.day_less == "D+n" else 0
        self.day_less_on_startex_day = self.day_less_on_startex_day or offset == 0
        sign = "+" if offset >= 0 else "-"
        value = self.at(self.startex_day + timedelta(days=offset), parsed.clock)
        return self._remember(value), (tr("{notation}, read as D{sign}{0}")
                                          .format(abs(offset), notation=parsed.notation, sign=sign))

    def _remember(self, value: datetime) -> datetime:
        self._last = value
        return value


def zone_named(name: str):
    if name.upper() in ("UTC", "Z"):
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SheetTimeError(tr("'{name}' is not a time zone name such as Europe/Rome or UTC")
                                .format(name=name)) from None


def _clock(match: re.Match, raw: str) -> time:
    if match.group("hhmm"):
        digits = match.group("hhmm").zfill(4)
        hh, mm, ss = int(digits[:2]), int(digits[2:]), 0
    else:
        hh, mm, ss = int(match.group("h")), int(match.group("m") or 0), int(match.group("s") or 0)
    ampm = (match.group("ampm") or "").lower()
    if ampm:
        if not 1 <= hh <= 12:
            raise SheetTimeError(tr("is a 12-hour clock time with an hour outside 1-12"))
        hh = hh % 12 + (12 if ampm.startswith("p") else 0)
    if hh > 23 or mm > 59 or ss > 59:
        raise SheetTimeError(tr("is a clock time outside 00:00-23:59"))
    return time(hh, mm, ss)


def _has_clock(match: re.Match) -> bool:
    return bool(match.group("h") or match.group("hhmm"))


def _is_clock(match: re.Match) -> bool:
    """A bare "11" is a count, not a clock: a clock has minutes, AM/PM or four digits."""
    return bool(match.group("hhmm") or match.group("m") or match.group("ampm"))


def _weekday(word: str) -> int | None:
    """English, Italian or French; "mar" alone (Italian and French Tuesday) is left out: "Mar 14" is a date."""
    number = weekday_number(word)
    if number is not None:
        return None if word.lower().rstrip(".") == "mar" else number
    word = word.lower()[:3]
    return _FRENCH_WEEKDAYS.index(word) if word in _FRENCH_WEEKDAYS and word != "mar" else None


def _year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _month(text: str) -> int:
    try:
        return MONTHS.index(text.lower()[:3]) + 1
    except ValueError:
        raise SheetTimeError(tr("has '{text}' where a month (JAN-DEC) belongs").format(text=text)) from None


def dtg_zone(letter: str | None, reading: TimeReading):
    """A military zone letter: Z is UTC, A-M east (J: local), N-Y west."""
    if not letter or letter.upper() == "J":
        reading.used_zone = True
        return reading.zone
    letter = letter.upper()
    if letter == "Z":
        return UTC
    if "A" <= letter <= "M":
        hours = ord(letter) - ord("A") + (0 if letter < "J" else -1) + 1
    else:
        hours = -(ord(letter) - ord("N") + 1)
    return timezone(timedelta(hours=hours))


def serial_moment(number: float, reading: TimeReading) -> SheetTime:
    """An Excel serial: a fraction of a day is a clock time, a large number a date (and time)."""
    if 0 <= number < 1:
        seconds = round(number * 86400)
        if seconds >= 86400:
            seconds = 86399
        return SheetTime(tr("Excel time serial"), clock=(datetime.min + timedelta(seconds=seconds)).time())
    if _FIRST_SERIAL <= number <= _LAST_SERIAL:
        value = (EXCEL_EPOCH + timedelta(days=number)).replace(microsecond=0)
        if float(number).is_integer():
            return SheetTime(tr("Excel date serial"), date=value.date())
        return SheetTime((tr("Excel date and time serial (taken as {zone_name})")
                             .format(zone_name=reading.zone_name)), value=reading.naive(value))
    raise SheetTimeError(tr("is a number that is neither a clock time (0700) nor an Excel date serial"))


def read_cell(value, reading: TimeReading) -> SheetTime | None:
    """What one time cell holds, as given by openpyxl (datetime, time…) or as text; None when empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise SheetTimeError(tr("is true/false, not a time"))
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return SheetTime(tr("spreadsheet date and time"), value=require_aware(value))
        if value.date() in _EXCEL_TIME_DAYS:
            return SheetTime(tr("spreadsheet clock time"), clock=value.time().replace(microsecond=0))
        return SheetTime((tr("spreadsheet date and time without a zone (taken as {zone_name})")
                             .format(zone_name=reading.zone_name)),
                         value=reading.naive(value.replace(microsecond=0)))
    if isinstance(value, date):
        return SheetTime(tr("spreadsheet date"), date=value)
    if isinstance(value, time):
        return SheetTime(tr("spreadsheet clock time"), clock=value.replace(microsecond=0, tzinfo=None))
    if isinstance(value, timedelta):
        try:
            return SheetTime(tr("spreadsheet duration from STARTEX"), value=reading.startex + value)
        except OverflowError:
            raise SheetTimeError(tr("is a duration that ends outside the calendar")) from None
    if isinstance(value, int):
        if 0 <= value <= 2359 and value % 100 < 60:
            return SheetTime(tr("HHMM number (0700)"), clock=time(value // 100, value % 100))
        return serial_moment(value, reading)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise SheetTimeError(tr("is not a number a time can be read from"))
        if value.is_integer() and 0 <= value <= 2359:
            return read_cell(int(value), reading)
        return serial_moment(value, reading)
    text = " ".join(str(value).split())
    return read_text(text, reading) if text else None


def read_text(raw: str, reading: TimeReading) -> SheetTime:
    match = _CLOCK_ONLY.match(raw)
    if match:
        if not _is_clock(match):
            raise SheetTimeError(tr("is a bare number: write a clock time as 14:00, 1400 or 2 PM"))
        clock = _clock(match, raw)
        if match.group("z"):
            return _utc_clock(clock, reading)
        return SheetTime(tr("12-hour clock time") if match.group("ampm") else tr("clock time without a day"),
                         clock=clock)
    match = _DTG.match(raw)
    if match and match.group("mon").lower() in MONTHS:
        zone = dtg_zone(match.group("z"), reading)
        try:
            moment = datetime(_year(match.group("y")), _month(match.group("mon")), int(match.group("d")),
                              int(match.group("h")), int(match.group("m")), tzinfo=zone)
        except ValueError:
            raise SheetTimeError(tr("is a date-time group (DDHHMMZMONYY) naming no real day or clock")) from None
        letter = (match.group("z") or "").upper()
        where = "UTC" if letter == "Z" else f"zone {letter}" if letter and letter != "J" else reading.zone_name
        return SheetTime(tr("military date-time group ({where})").format(where=where), value=require_aware(moment))
    match = _WEEKDAY.match(raw)
    weekday = _weekday(match.group("day")) if match else None
    if match and weekday is not None:
        ahead = (weekday - reading.startex_day.weekday()) % 7
        return SheetTime(tr("weekday and clock (in the week from STARTEX's day)"), clock=_clock(match, raw),
                         day=ahead)
    match = _DAY_N.match(raw)
    if match:
        number = int(match.group("n"))
        if number == 0:
            raise SheetTimeError(tr("is Day 0: Day numbers count from 1 (Day 1 is STARTEX's day); for days counted "
                                    "from 0 write D+0"))
        if not _has_clock(match):
            return SheetTime(tr("exercise day (Day 1 = STARTEX's day)"), day=number - 1)
        return SheetTime(tr("exercise day and clock (Day 1 = STARTEX's day)"), clock=_clock(match, raw),
                         day=number - 1)
    if raw.upper() in ("D", "D-DAY"):
        return SheetTime(tr("STARTEX's day (J, D)"), day=0)
    if raw.upper() in ("J", "JOUR J"):   # J is STARTEX itself (a date column takes its day)
        return SheetTime(tr("STARTEX (J)"), value=reading.startex)
    match = _J_CLOCK.match(raw)
    if match:
        return SheetTime(tr("STARTEX's day and clock (J hh:mm)"), clock=_clock(match, raw), day=0)
    match = _J_PARTS.match(raw)
    if match and (match.group("hn") or match.group("mn")):
        def part(sign: str | None, number: str | None) -> int:
            return 0 if number is None else int(number) * (-1 if sign == "-" else 1)
        offset = timedelta(days=part(match.group("js"), match.group("jn")),
                           hours=part(match.group("hs"), match.group("hn")),
                           minutes=part(match.group("ms"), match.group("mn")))
        return SheetTime(tr("offset from STARTEX (J±d H±h M±m)"), value=reading.startex + offset)
    match = _DAY_OFFSET.match(raw)
    if match:
        days = int(match.group("n")) * (1 if match.group("sign") == "+" else -1)
        letter = match.group("l").upper()
        if not _has_clock(match):
            return SheetTime(tr("days from STARTEX ({letter}±n)").format(letter=letter),
                             value=reading.startex + timedelta(days=days))
        return SheetTime(tr("day and clock ({letter}+n hh:mm)").format(letter=letter), clock=_clock(match, raw),
                         day=days)
    match = _SPAN.match(raw)
    if match:
        return SheetTime(tr("offset from STARTEX (T+/H+)"),
                         value=reading.startex + _span(match, reading.span_unit))
    if _SERIAL.match(raw):
        return serial_moment(float(raw), reading)
    match = _NUMERIC_DATE.match(raw)
    if match:
        return _numeric_date(match, raw, reading)
    match = _DATE_WORDS.match(raw)
    if match:
        try:
            return SheetTime(tr("date"), date=date(_year(match.group("y")), _month(match.group("mon")),
                                               int(match.group("d"))))
        except ValueError:
            raise SheetTimeError(tr("names no real day")) from None
    return _iso(raw, reading)


def _numeric_date(match: re.Match, raw: str, reading: TimeReading) -> SheetTime:
    a, b = int(match.group("a")), int(match.group("b"))
    if match.group("sep") == ".":
        day, month, how = a, b, tr("day.month.year")
    elif a > 12:
        day, month, how = a, b, tr("day/month/year")
    else:
        day, month, how = b, a, tr("month/day/year")
    try:
        calendar_day = date(_year(match.group("y")), month, day)
    except ValueError:
        raise SheetTimeError(tr("names no real day (read as {how})").format(how=how)) from None
    if not _has_clock(match):
        return SheetTime(tr("date ({how})").format(how=how), date=calendar_day)
    moment = datetime.combine(calendar_day, _clock(match, raw))
    return SheetTime((tr("date ({how}) and clock (taken as {zone_name})")
                         .format(how=how, zone_name=reading.zone_name)), value=reading.naive(moment))


def _utc_clock(clock: time, reading: TimeReading) -> SheetTime:
    # "0930Z": the clock is UTC whatever the reading's zone; its day is still the planner's choice.
    if reading.zone is UTC:
        return SheetTime(tr("clock time without a day (UTC)"), clock=clock)
    local = datetime.combine(reading.startex_day, clock, tzinfo=UTC).astimezone(reading.zone)
    return SheetTime(tr("clock time without a day (UTC)"), clock=local.time().replace(tzinfo=None))


def _span(match: re.Match, bare_unit: str = "h") -> timedelta:
    a, b = int(match.group("a")), match.group("b")
    unit = (match.group("unit") or bare_unit).lower()
    if b is not None:
        if int(b) > 59:
            raise SheetTimeError(tr("has minutes outside 00-59"))
        delta = timedelta(hours=a, minutes=int(b)) if unit[0] == "h" else timedelta(minutes=a, seconds=int(b))
    elif unit[0] == "m":
        delta = timedelta(minutes=a)
    elif unit[0] == "d":
        delta = timedelta(days=a)
    else:
        delta = timedelta(hours=a)
    return delta if match.group("sign") == "+" else -delta


def _iso(raw: str, reading: TimeReading) -> SheetTime:
    try:
        naive = datetime.fromisoformat(raw)
    except ValueError:
        naive = None
    if naive is not None and naive.tzinfo is None:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return SheetTime(tr("ISO date"), date=naive.date())
        return SheetTime((tr("ISO 8601 without a zone (taken as {zone_name})")
                             .format(zone_name=reading.zone_name)),
                         value=reading.naive(naive.replace(microsecond=0)))
    try:
        parsed = parse_time(raw, reading.startex, zone=UTC)
    except TimeFormatError:
        raise SheetTimeError(
            tr("is not a time Pactline understands: use a clock time (14:00, 2:00 PM, 1400), D+1 14:00, "
               "Day 2 0930, T+26h, a date-time group (210900ZAUG11) or ISO 8601 (2026-03-02T14:00Z)")) from None
    except (OverflowError, ValueError) as err:
        raise SheetTimeError(tr("lies outside the calendar ({err})").format(err=err)) from None
    return SheetTime(parsed.notation, value=parsed.value)
