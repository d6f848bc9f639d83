"""Every settings key in one place, with its default; and where settings live.

Tests (and portable installs) point PACTLINE_SETTINGS_DIR elsewhere so the
user's real settings are never read or written.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


@dataclass(frozen=True)
class Key:
    name: str
    default: object


WINDOW_GEOMETRY = Key("window/geometry", None)
WINDOW_STATE = Key("window/state", None)
WINDOW_STATE_SIZE = Key("window/state_size", None)   # the window size the dock layout was saved at
LAST_EXERCISE = Key("files/last", "")
RECENT_FILES = Key("files/recent", [])
CLOCK_SPEED_CUSTOM = Key("clock/custom_speed", 120.0)
AUTHOR = Key("log/author", "")
PROJECTOR_SCREEN = Key("projector/screen", "")
APPEARANCE = Key("view/appearance", "light")        # "light" (Pactline's palette) or "desktop"
LANGUAGE = Key("view/language", "system")           # "system" (the locale's, if shipped), "en" or "it"; next start
MSEL_VALUE_MAPS = Key("msel_import/value_maps", "")  # JSON: {field: {sheet value: Pactline value}}
TIME_ZONE = Key("time/zone", "system")              # the planner's zone: "system" or an IANA name
LOCAL_TIMES = Key("time/local_times", True)         # each signatory's capital time beside its deadlines
BACKUPS = Key("backups/enabled", True)              # rotated local backups (model/storage/backups.py)

RECENT_LIMIT = 8


def settings() -> QSettings:
    override = os.environ.get("PACTLINE_SETTINGS_DIR")
    if override:
        Path(override).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(override) / "pactline.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Pactline", "Pactline")


def exercise_zone_key(identity: str) -> Key:
    """An exercise's display zone ("": the planner's), kept here by the exercise's identity
    (model.timezones.exercise_identity): the exercise file has no free-form field for it."""
    return Key(f"exercises/{identity}/time_zone", "")


def value(key: Key):
    raw = settings().value(key.name, key.default)
    if isinstance(key.default, bool):
        # An INI file gives back "true"/"false" as text.
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
    if isinstance(key.default, list):
        if raw is None:
            return []
        return [raw] if isinstance(raw, str) else list(raw)
    if isinstance(key.default, float):
        try:
            return float(raw)
        except (TypeError, ValueError):
            return key.default
    return raw


def set_value(key: Key, new_value) -> None:
    store = settings()
    store.setValue(key.name, new_value)
    store.sync()


def data_dir() -> Path:
    """The user's data folder, where the default exercise is created on first start."""
    override = os.environ.get("PACTLINE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """Where backups are kept: beside the settings when they are moved (tests, a portable install),
    otherwise in the user's data folder. Never created here: only a backup creates it."""
    override = os.environ.get("PACTLINE_SETTINGS_DIR")
    return Path(override) / "backups" if override else data_dir() / "backups"


def remember_recent(path: Path) -> list[str]:
    recent = [p for p in value(RECENT_FILES) if p != str(path)]
    recent.insert(0, str(path))
    recent = recent[:RECENT_LIMIT]
    store = settings()
    store.setValue(RECENT_FILES.name, recent)
    store.setValue(LAST_EXERCISE.name, str(path))
    store.sync()        # once for both (each sync rewrites the file)
    return recent


def clear_recent() -> None:
    """Empty File → Open Recent; the last exercise still reopens at start-up."""
    set_value(RECENT_FILES, [])
