"""The deadlines as iCalendar: parsed back with the icalendar library and checked against RFC 5545's rules."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from model.calendar_export import CalendarExportError, deadline_entries, export_calendar
from model.engine import NOT_OBLIGED, assess
from model.snapshot import load_snapshot
from model.timeutil import utc

ROOT = Path(__file__).resolve().parent.parent
STAMP = utc(2026, 11, 30, 9)


def parsed(path: Path) -> Calendar:
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    # RFC 5545 3.1: content lines are folded at 75 octets.
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = Calendar.from_ical(raw)
    calendar.validate()                                   # PRODID, VERSION, at least one component
    assert calendar.errors == [] and all(event.errors == [] for event in calendar.events)
    return calendar


def check_events(calendar: Calendar) -> None:
    uids = [str(event["UID"]) for event in calendar.events]
    assert len(uids) == len(set(uids))                    # re-importing updates rather than doubles
    for event in calendar.events:
        for name in event.required:                       # UID, DTSTAMP
            assert name in event, name
        assert event.DTSTAMP == STAMP
        assert event.start.utcoffset() == timedelta(0) and event.start.tzinfo is not None
        assert event.to_ical().count(b"Z\r\n") >= 2        # DTSTART and DTSTAMP written as UTC ("...Z")
        assert str(event["SUMMARY"]).startswith("[EXERCISE]")
        assert "EXERCISE EXERCISE EXERCISE" in str(event["DESCRIPTION"])


def test_every_deadline_of_the_default_exercise(default_doc, tmp_path):
    target = tmp_path / "deadlines.ics"
    count = export_calendar(default_doc, target, stamp=STAMP)
    calendar = parsed(target)
    check_events(calendar)
    a = assess(load_snapshot(default_doc), float(load_snapshot(default_doc).clock_time))
    incidents = len(a.snapshot.inc_ids)
    commitments = int((a.snapshot.com_effective < 2**62).sum())
    milestones = len(a.snapshot.provisions.milestones)
    assert count == len(calendar.events) == 2 * incidents + commitments + milestones
    by_record = {str(e["UID"]).split("@")[0]: e for e in calendar.events}
    first = int(a.snapshot.inc_ids[0])
    assert by_record[f"reaction-{first}"].start.timestamp() == a.reaction.deadline[0]
    assert by_record[f"consultation-{first}"].start.timestamp() == a.consultation.deadline[0]


def test_one_signatorys_deadlines_carry_its_capital_time(default_doc, tmp_path):
    target = tmp_path / "jp.ics"
    export_calendar(default_doc, target, signatory="jp", stamp=STAMP)
    calendar = parsed(target)
    check_events(calendar)
    snap = load_snapshot(default_doc)
    a = assess(snap, float(snap.clock_time))
    jp = snap.sig_codes.index("JP")
    owed = sum(int(ob.status[i, jp] != NOT_OBLIGED) for ob in (a.reaction, a.consultation)
               for i in range(len(snap.inc_ids)))
    effective = int(((snap.com_sig == jp) & (snap.com_effective < 2**62)).sum())
    assert len(calendar.events) == owed + effective
    for event in calendar.events:
        assert "(JP)" in str(event["SUMMARY"]) or " JP " in str(event["SUMMARY"])
        local = event.start.astimezone(ZoneInfo("Asia/Tokyo"))
        assert f"{local:%H:%M} Tokyo" in str(event["DESCRIPTION"])


def test_an_unknown_signatory_is_named(default_doc, tmp_path):
    with pytest.raises(CalendarExportError, match="XX: no signatory"):
        export_calendar(default_doc, tmp_path / "x.ics", signatory="XX")
    assert not (tmp_path / "x.ics").exists()


def test_an_exercise_without_incidents_exports_nothing(blank_doc, tmp_path):
    assert deadline_entries(blank_doc) == []
    with pytest.raises(CalendarExportError, match="no deadlines"):
        export_calendar(blank_doc, tmp_path / "empty.ics")
    assert list(tmp_path.glob("empty*")) == []


def pactline(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_command_line_writes_all_or_one_signatory(exercise_path, tmp_path):
    result = pactline(exercise_path, "--export-ics", tmp_path / "all.ics", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "deadlines written to" in result.stdout
    everything = Calendar.from_ical((tmp_path / "all.ics").read_bytes())
    result = pactline(exercise_path, "--export-ics", tmp_path / "it.ics", "--signatory", "IT", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "deadlines of IT written" in result.stdout
    italy = Calendar.from_ical((tmp_path / "it.ics").read_bytes())
    assert 0 < len(italy.events) < len(everything.events)


def test_the_command_line_refuses_bad_input(exercise_path, tmp_path):
    result = pactline(exercise_path, "--export-ics", tmp_path / "x.txt", cwd=tmp_path)
    assert result.returncode == 2 and "must end in .ics" in result.stderr
    result = pactline(exercise_path, "--export-ics", tmp_path / "x.ics", "--signatory", "ZZ", cwd=tmp_path)
    assert result.returncode == 2 and "ZZ: no signatory" in result.stderr
    result = pactline(exercise_path, "--signatory", "IT", cwd=tmp_path)
    assert result.returncode == 2 and "--signatory goes with --export-ics" in result.stderr
    assert not list(tmp_path.glob("x*"))


def test_the_standing_provisions_milestones_are_events_with_their_status(default_doc, tmp_path):
    target = tmp_path / "gb.ics"
    export_calendar(default_doc, target, signatory="GB", stamp=STAMP)
    calendar = parsed(target)
    check_events(calendar)
    snap = load_snapshot(default_doc)
    gb = int(snap.sig_ids[snap.sig_codes.index("GB")])
    provision_ids = {p.id for p in snap.provisions.provisions if p.signatory_id == gb}
    wanted = {m.id: m for m in snap.provisions.milestones if m.provision_id in provision_ids}
    events = {int(str(e["UID"]).split("@")[0].split("-")[1]): e for e in calendar.events
              if str(e["UID"]).startswith("milestone-")}
    assert set(events) == set(wanted) and len(wanted) == 2
    first = events[min(wanted, key=lambda k: wanted[k].due)]
    assert first.start.timestamp() == min(m.due for m in wanted.values())
    assert str(first["SUMMARY"]) == ("[EXERCISE] GB Accelerated air-defence missile deliveries: "
                                     "First batch handed over at the logistics hub")
    description = str(first["DESCRIPTION"])
    assert "500 lightweight air-defence missiles" in description and "due D+1 12:00 UTC" in description
    assert "Status at the exercise clock: overdue (figures assumed)" in description
    assert "London" in description
