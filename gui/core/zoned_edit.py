"""A date-and-time field that shows and reads a stored UTC moment on the display zone's clocks.

The field holds the clock reading itself (in a UTC QDateTime, where no hour is
skipped or repeated); what the reading means is worked out with zoneinfo, so a
reading the clocks skip is refused by name and one they pass twice is the
first, said beside the field. A moment loaded and not retyped is given back
unchanged, even the second of two equal readings.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

from gui.core.i18n import tr
from model.timeutil import UTC, display_zone
from model.timezones import WallClock, from_wall_clock, offset_text, zone_label


class ZonedDateTimeEdit(QDateTimeEdit):
    def __init__(self, name: str, tip: str):
        super().__init__()
        self.setObjectName(name)
        self.setTimeZone(QTimeZone.utc())
        self.setCalendarPopup(True)
        self.setToolTip(tip)
        self.zone = display_zone()
        self.setDisplayFormat(f"yyyy-MM-dd HH:mm '{zone_label(self.zone)}'")
        self._loaded: datetime | None = None

    def set_moment(self, value: datetime) -> None:
        """Show *value*, on the display zone's clocks as they are now (Preferences may have changed them)."""
        if display_zone() is not self.zone:
            self.zone = display_zone()
            self.setDisplayFormat(f"yyyy-MM-dd HH:mm '{zone_label(self.zone)}'")
        self._loaded = value
        local = value.astimezone(self.zone)
        self.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute),
                                   QTimeZone.utc()))

    def reading(self) -> datetime:
        shown = self.dateTime()
        day, clock = shown.date(), shown.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def moment(self) -> WallClock:
        """The moment the field shows (value None when the zone's clocks skip its reading)."""
        reading = self.reading()
        loaded = self._loaded
        read = from_wall_clock(reading, self.zone)
        if loaded is not None and loaded.astimezone(self.zone).replace(tzinfo=None) == reading:
            return WallClock(loaded, read.twice)
        return read

    def skipped_text(self) -> str:
        return tr("{0} does not exist in {1}: the clocks skip it that night").format(
            f"{self.reading():%Y-%m-%d %H:%M}", zone_label(self.zone))

    def note(self) -> str:
        """What the reading is in UTC ("" when the field is in UTC already)."""
        if self.zone is UTC:
            return ""
        read = self.moment()
        if read.value is None:
            return self.skipped_text()
        stored = f"{read.value:%Y-%m-%d %H:%M}"
        offset = offset_text(read.value, self.zone)
        if read.twice:
            first = from_wall_clock(self.reading(), self.zone).value == read.value
            text = (tr("= {0} UTC ({1}): the first of the two {2} in {3}, the clocks go back that night") if first
                    else tr("= {0} UTC ({1}): the second of the two {2} in {3}, the clocks go back that night"))
            return text.format(stored, offset, f"{self.reading():%H:%M}", zone_label(self.zone))
        return tr("= {0} UTC ({1} in {2})").format(stored, offset, zone_label(self.zone))
