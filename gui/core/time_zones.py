"""The zone times are shown in: the planner's, or the open exercise's own; and whether capital times show.

The planner's zone defaults to the operating system's (Qt knows it on every
platform, Windows included); an exercise may have a zone of its own, kept in
the user's settings by the exercise's identity. Storage stays UTC: this only
sets the display zone model/timeutil.py formats and reads relative times in.
"""
from __future__ import annotations

from PySide6.QtCore import QTimeZone

from gui.core import settings
from model.timeutil import set_display_zone
from model.timezones import exercise_identity, system_zone_name, zone_named

SYSTEM = "system"


def system_zone() -> str:
    """The operating system's zone as an IANA name Pactline knows (UTC when it names none)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    if zone_named(name) is not None:
        return "UTC" if name.upper() in ("UTC", "ETC/UTC") else name
    return system_zone_name()


def planner_zone() -> str:
    chosen = str(settings.value(settings.TIME_ZONE) or SYSTEM)
    if chosen != SYSTEM and zone_named(chosen) is not None:
        return chosen
    return system_zone()


def exercise_zone_setting(file) -> str:
    """The exercise's own zone ("" when it follows the planner's)."""
    chosen = str(settings.value(settings.exercise_zone_key(exercise_identity(file))) or "")
    return chosen if zone_named(chosen) is not None else ""


def exercise_zone(file) -> str:
    return exercise_zone_setting(file) or planner_zone()


def set_exercise_zone(file, name: str) -> None:
    """Give the exercise its own zone (""/None: follow the planner's)."""
    settings.set_value(settings.exercise_zone_key(exercise_identity(file)), name or "")


_local_times: bool | None = None     # read once: the countdowns ask on every clock tick


def apply_zone(file) -> str:
    """Show times in *file*'s zone (None: the planner's); returns the zone's name. Rereads the settings."""
    global _local_times
    _local_times = None
    name = exercise_zone(file) if file is not None else planner_zone()
    set_display_zone(zone_named(name))
    return name


def local_times_shown() -> bool:
    global _local_times
    if _local_times is None:
        _local_times = bool(settings.value(settings.LOCAL_TIMES))
    return _local_times
