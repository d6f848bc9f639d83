"""Display zones and capital times: storage stays UTC, only what is shown and typed follows the zone."""
from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import tzdata
from sqlalchemy import text

from model.reltime import parse_time
from model.resources import resource
from model.timezones import (
    at_night, capital_of, capital_time, capital_time_text, capitals, exercise_identity, system_zone_name,
    zone_names, zone_named,
)
from model.timeutil import UTC, display_zone, format_relative, parse_iso, set_display_zone, utc

STARTEX = utc(2026, 3, 2, 6)


@pytest.fixture
def rome():
    previous = set_display_zone(ZoneInfo("Europe/Rome"))
    yield
    set_display_zone(previous)


def test_relative_times_default_to_utc():
    assert display_zone() is UTC
    assert format_relative(utc(2026, 3, 3, 14), STARTEX) == "D+1 14:00"


def test_relative_times_follow_the_display_zone(rome):
    # 23:30 UTC on D+0 is already the next day in Rome (UTC+1 in March).
    assert format_relative(utc(2026, 3, 2, 23, 30), STARTEX) == "D+1 00:30"
    assert format_relative(utc(2026, 3, 2, 23, 30), STARTEX, zone=UTC) == "D+0 23:30"


def test_typed_times_are_read_in_the_zone_they_are_shown_in(rome):
    typed = parse_time("D+1 14:00", STARTEX).value
    assert typed == utc(2026, 3, 3, 13)                     # stored as UTC
    assert format_relative(typed, STARTEX) == "D+1 14:00"   # shown back as typed
    assert parse_time("D+1 14:00", STARTEX, zone=UTC).value == utc(2026, 3, 3, 14)


def test_offsets_are_elapsed_hours_across_a_change_of_clocks(rome):
    # Italy moves its clocks forward on 29 March 2026: T+48h is still 48 hours later.
    start = utc(2026, 3, 28, 12)
    assert parse_time("T+48h", start).value == utc(2026, 3, 30, 12)
    # while a day-and-clock time keeps the wall clock: D+2 13:00 Rome is 11:00 UTC after the change.
    assert parse_time("D+2 13:00", start).value == utc(2026, 3, 30, 11)


def test_the_shipped_exercise_is_the_same_whatever_the_display_zone(rome, tmp_path):
    from model.default_exercise import create_default_exercise
    doc = create_default_exercise(tmp_path / "rome.pactline")
    try:
        with doc.reading_rows() as rows:
            clock = rows.execute(text("SELECT scenario_time FROM clock_state")).fetchone()[0]
    finally:
        doc.close()
    data = json.loads(resource("default_exercise.json").read_text(encoding="utf-8"))
    expected = parse_time(data["clock"], parse_iso(data["startex"]), zone=UTC).value
    assert clock == expected.strftime("%Y-%m-%dT%H:%M:%SZ")


def _zone_tab() -> dict[str, set[str]]:
    """Country code -> zones, from the IANA database's own zone.tab (as tzdata ships it)."""
    table: dict[str, set[str]] = {}
    text = (Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _coords, zone = line.split("\t")[:3]
            table.setdefault(code, set()).add(zone)
    return table


def test_every_capital_zone_is_a_zone_of_its_country_in_the_iana_database():
    table = _zone_tab()
    for code, capital in capitals().items():
        country = "BE" if code == "EU" else code          # the EU sits in Brussels
        assert capital.zone_name in table[country], code
        assert ZoneInfo(capital.zone_name) is not None


def test_every_default_signatory_has_a_capital():
    data = json.loads(resource("default_exercise.json").read_text(encoding="utf-8"))
    missing = [s["code"] for s in data["signatories"] if capital_of(s["code"]) is None]
    assert missing == []


def test_a_deadline_at_night_in_tokyo_and_ottawa():
    deadline = utc(2026, 3, 2, 18)                # 03:00 in Tokyo next day, 13:00 in Ottawa
    assert capital_time(deadline, "JP").hour == 3
    assert at_night(capital_time(deadline, "JP"))
    assert capital_time_text(deadline, "JP") == "Tue 03:00 Tokyo (night)"
    assert capital_time_text(deadline, "CA") == "13:00 Ottawa"
    assert capital_time_text(utc(2026, 3, 2, 7), "CA") == "02:00 Ottawa (night)"
    assert capital_time_text(deadline, "XX") == ""
    assert capital_time(deadline.timestamp(), "IT") == capital_time(deadline, "IT")


def test_zone_names_come_from_tzdata():
    names = zone_names()
    assert names[0] == "UTC" and "Europe/Rome" in names and "Asia/Tokyo" in names
    assert zone_named("Europe/Rome") == ZoneInfo("Europe/Rome")
    assert zone_named("Nowhere/Atlantis") is None and zone_named("") is None
    assert zone_named("UTC") is UTC


def test_system_zone_follows_tz(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert system_zone_name() == "Asia/Tokyo"
    monkeypatch.setenv("TZ", "Nowhere/Atlantis")
    assert zone_named(system_zone_name()) is not None


def test_an_exercise_keeps_its_identity_through_a_copy(blank_doc, tmp_path):
    identity = exercise_identity(blank_doc)
    assert identity.startswith("log-")
    copy = blank_doc.save_copy(tmp_path / "copy.pactline")
    from model.storage.exercise_file import ExerciseFile
    other = ExerciseFile.open(copy)
    try:
        assert exercise_identity(other) == identity
    finally:
        other.close()


def test_the_aar_gives_each_deadline_on_the_capitals_clocks_when_asked(default_doc):
    from model.report_content import build_report_content

    plain = build_report_content(default_doc)
    assert all(inc.reaction_capitals == "" for inc in plain.incidents)
    content = build_report_content(default_doc, capital_times=True)
    first = content.incidents[0]
    assert "JP" in first.reaction_capitals and "US" in first.consultation_capitals
    assert first.reaction_capitals.index(" US") < first.reaction_capitals.index(" JP")   # west to east


def test_a_clock_reading_is_one_moment_none_or_the_first_of_two():
    from datetime import datetime

    from model.timezones import from_wall_clock, offset_text
    rome = ZoneInfo("Europe/Rome")
    assert from_wall_clock(datetime(2026, 3, 2, 7), rome).value == utc(2026, 3, 2, 6)
    assert from_wall_clock(datetime(2026, 3, 29, 2, 30), rome).value is None          # clocks go forward
    back = from_wall_clock(datetime(2026, 10, 25, 2, 30), rome)                      # clocks go back
    assert back.value == utc(2026, 10, 25, 0, 30) and back.twice
    assert not from_wall_clock(datetime(2026, 10, 25, 4), rome).twice
    assert offset_text(utc(2026, 7, 1), rome) == "UTC+02:00"
    assert offset_text(utc(2026, 7, 1), ZoneInfo("America/St_Johns")) == "UTC-02:30"
    assert offset_text(utc(2026, 7, 1), UTC) == "UTC"
