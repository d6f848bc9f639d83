"""MSEL times as real sheets write them: day-less clocks, AM/PM, DTGs, Excel serials, Day 2 0930, zones.

Each notation goes through a real import into a real exercise file, and the
plan says which notation it understood. The readings of day-less and
zone-less times are the planner's choice (ImportOptions).
"""
from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from model.conduct_entities import Inject
from model.msel.importing import import_msel_file, plan_import
from model.msel.spreadsheets import MselImportError, read_msel
from model.msel.options import ImportOptions, day_less_option
from model.timeutil import utc

from conftest import without_msel

STARTEX = utc(2026, 3, 2, 6)      # the default exercise's STARTEX, a Monday
ROME = "Europe/Rome"              # UTC+1 in March 2026


@pytest.fixture
def default_doc(default_doc):
    return without_msel(default_doc)


def write_csv(path: Path, rows: list[list]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[list]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def stored_times(doc) -> list[datetime]:
    with doc.reading() as session:
        return list(session.scalars(select(Inject.scenario_time).order_by(Inject.id)))


TEXT_NOTATIONS = [
    ("11:00", utc(2026, 3, 2, 11), "clock time without a day, read as D+0"),
    ("11:00:00", utc(2026, 3, 2, 11), "clock time without a day, read as D+0"),
    ("0700", utc(2026, 3, 2, 7), "clock time without a day, read as D+0"),
    ("07:29 PM", utc(2026, 3, 2, 19, 29), "12-hour clock time, read as D+0"),
    ("12:15 am", utc(2026, 3, 2, 0, 15), "12-hour clock time, read as D+0"),
    ("Monday 9:30 AM", utc(2026, 3, 2, 9, 30), "weekday and clock (in the week from STARTEX's day)"),
    ("Wed 14:00", utc(2026, 3, 4, 14), "weekday and clock (in the week from STARTEX's day)"),
    ("210900AUG2011", utc(2011, 8, 21, 9), "military date-time group (UTC)"),
    ("210900ZAUG11", utc(2011, 8, 21, 9), "military date-time group (UTC)"),
    ("021400BMAR26", utc(2026, 3, 2, 12), "military date-time group (zone B)"),
    ("021400RMAR26", utc(2026, 3, 2, 19), "military date-time group (zone R)"),
    ("Day 2 0930", utc(2026, 3, 3, 9, 30), "exercise day and clock (Day 1 = STARTEX's day)"),
    ("D2 09:30", utc(2026, 3, 3, 9, 30), "exercise day and clock (Day 1 = STARTEX's day)"),
    ("E+1:30", utc(2026, 3, 2, 7, 30), "offset from STARTEX (T+/H+)"),
    ("H+2", utc(2026, 3, 2, 8), "offset from STARTEX (T+/H+)"),
    ("T-30 min", utc(2026, 3, 2, 5, 30), "offset from STARTEX (T+/H+)"),
    ("J-1", utc(2026, 3, 1, 6), "days from STARTEX (J±n)"),
    ("J+1 14h00", utc(2026, 3, 3, 14), "day and clock (J+n hh:mm)"),
    # OpenBAS's notation: J is STARTEX; days, hours and minutes from it, each optional.
    ("J", utc(2026, 3, 2, 6), "STARTEX (J)"),
    ("J 09h00", utc(2026, 3, 2, 9), "STARTEX's day and clock (J hh:mm)"),
    ("J+1 H+2 M-5", utc(2026, 3, 3, 7, 55), "offset from STARTEX (J±d H±h M±m)"),
    ("J H+3", utc(2026, 3, 2, 9), "offset from STARTEX (J±d H±h M±m)"),
    ("J-1 M+30", utc(2026, 3, 1, 6, 30), "offset from STARTEX (J±d H±h M±m)"),
    ("2026-03-03 14:00", utc(2026, 3, 3, 14), "ISO 8601 without a zone (taken as UTC)"),
    ("45000.5", utc(2023, 3, 15, 12), "Excel date and time serial (taken as UTC)"),
    ("3/2/2026 9:30 AM", utc(2026, 3, 2, 9, 30), "date (month/day/year) and clock (taken as UTC)"),
    ("21/3/2026 14:00", utc(2026, 3, 21, 14), "date (day/month/year) and clock (taken as UTC)"),
    ("02.03.2026 07:15", utc(2026, 3, 2, 7, 15), "date (day.month.year) and clock (taken as UTC)"),
]


@pytest.mark.parametrize(("text", "expected", "notation"), TEXT_NOTATIONS)
def test_each_text_notation_imports_and_says_how_it_was_read(default_doc, tmp_path, text, expected, notation):
    path = write_csv(tmp_path / "times.csv", [["Time", "Message"], [text, "inject"]])
    report, plan = import_msel_file(default_doc, path, options=ImportOptions(window_from_sheet=True))
    assert stored_times(default_doc) == [expected]
    assert plan.rows[0].notations["scenario_time"] == notation


def test_typed_workbook_cells_time_serials_and_hhmm_numbers(default_doc, tmp_path):
    path = write_xlsx(tmp_path / "typed.xlsx", [
        ["Serial", "Time", "Event"],
        [1, time(11, 0), "time cell"],
        [2, 1100, "HHMM as a number"],
        [3, 700, "HHMM without its leading zero"],
        [4, 0.75, "Excel time serial"],
        [5, datetime(1899, 12, 30, 8, 15), "a time cell that came with Excel's zero date"],
        [6, datetime(2026, 3, 3, 9, 0), "a naive date and time"],
    ])
    _report, plan = import_msel_file(default_doc, path)
    assert stored_times(default_doc) == [utc(2026, 3, 2, 11), utc(2026, 3, 2, 11), utc(2026, 3, 2, 7),
                                         utc(2026, 3, 2, 18), utc(2026, 3, 2, 8, 15), utc(2026, 3, 3, 9)]
    assert [row.notations["scenario_time"] for row in plan.rows[:4]] == [
        "spreadsheet clock time, read as D+0", "HHMM number (0700), read as D+0",
        "HHMM number (0700), read as D+0", "Excel time serial, read as D+0"]
    assert "Times without a zone were taken as UTC; name the zone of the sheet if they are local times" \
        in plan.notices


def test_a_zone_reads_local_times_and_leaves_zoned_ones_alone(default_doc, tmp_path):
    path = write_csv(tmp_path / "rome.csv", [["Time", "Message"], ["09:00", "local clock"],
                                             ["2026-03-03 10:00", "local date and time"],
                                             ["021000ZMAR26", "Zulu DTG"], ["021000JMAR26", "J: local DTG"]])
    _report, plan = import_msel_file(default_doc, path, options=ImportOptions(zone=ROME))
    assert stored_times(default_doc) == [utc(2026, 3, 2, 8), utc(2026, 3, 3, 9), utc(2026, 3, 2, 10),
                                         utc(2026, 3, 2, 9)]
    assert plan.rows[1].notations["scenario_time"] == "ISO 8601 without a zone (taken as Europe/Rome)"
    assert not any("taken as UTC" in notice for notice in plan.notices)


def test_an_unknown_zone_is_refused_by_name(default_doc, tmp_path):
    path = write_csv(tmp_path / "z.csv", [["Time", "Message"], ["09:00", "x"]])
    with pytest.raises(MselImportError) as caught:
        import_msel_file(default_doc, path, options=ImportOptions(zone="Mars/Olympus"))
    assert caught.value.message == "the zone 'Mars/Olympus' is not a time zone name such as Europe/Rome or UTC"


def test_day_less_times_on_a_chosen_day_or_the_previous_rows_day(default_doc, tmp_path):
    rows = [["Time", "Message"], ["09:00", "a"], ["D+2 10:00", "b"], ["11:00", "c"], ["08:00", "d"]]
    path = write_csv(tmp_path / "days.csv", rows)
    table = read_msel(path)
    chosen = plan_import(default_doc, table, options=ImportOptions(day_less="D+n", day=1))
    assert [r.values["scenario_time"] for r in chosen.rows] == [
        utc(2026, 3, 3, 9), utc(2026, 3, 4, 10), utc(2026, 3, 3, 11), utc(2026, 3, 3, 8)]
    previous = plan_import(default_doc, table, options=ImportOptions(day_less="previous"))
    # The first row has no previous row: D+0. The clock going back (11:00 -> 08:00) means the next day.
    assert [r.values["scenario_time"] for r in previous.rows] == [
        utc(2026, 3, 2, 9), utc(2026, 3, 4, 10), utc(2026, 3, 4, 11), utc(2026, 3, 5, 8)]
    assert previous.rows[3].notations["scenario_time"] == (
        "clock time without a day, read on the day after the previous row's (the clock went back)")
    assert day_less_option("D+0") == ("D+0", 0) and day_less_option("D+3") == ("D+n", 3)
    assert day_less_option("previous") == ("previous", 0)
    with pytest.raises(ValueError, match="use D\\+0, D\\+n"):
        day_less_option("tomorrow")


def test_a_date_column_and_a_time_column_are_combined(default_doc, tmp_path):
    path = write_xlsx(tmp_path / "split.xlsx", [
        ["Date", "Time", "Delivery time", "Event"],
        [datetime(2026, 3, 3), time(9, 30), "09:15", "date cell and time cell"],
        ["2026-03-04", "1400", None, "ISO date text and HHMM text"],
        ["Day 1", "10:00", None, "exercise day number"],
        [date(2026, 3, 5), "D+0 12:00", None, "a time that has its own day wins"],
    ])
    _report, plan = import_msel_file(default_doc, path)
    assert plan.mapping[0] == "scenario_date"
    assert stored_times(default_doc) == [utc(2026, 3, 3, 9, 30), utc(2026, 3, 4, 14), utc(2026, 3, 2, 10),
                                         utc(2026, 3, 2, 12)]
    assert plan.rows[0].values["delivery_time"] == utc(2026, 3, 3, 9, 15)   # on the row's own day


def test_a_date_column_cell_that_is_no_day_is_named(default_doc, tmp_path):
    path = write_csv(tmp_path / "bad_day.csv", [["Date", "Time", "Event"], ["soon", "10:00", "x"]])
    plan = plan_import(default_doc, read_msel(path))
    assert [str(p) for p in plan.problems] == [
        "row 2, column 'Date': 'soon' — is not a time Pactline understands: use a clock time (14:00, 2:00 PM, "
        "1400), D+1 14:00, Day 2 0930, T+26h, a date-time group (210900ZAUG11) or ISO 8601 (2026-03-02T14:00Z)"]


# -- outside the exercise -------------------------------------------------------------------
OLD_SHEET = [["Time", "Message"], ["2010-05-04 09:00", "first"], ["2010-05-04 11:30", "second"],
             ["2010-05-05 08:00", "third"]]


def test_injects_outside_the_exercise_are_flagged_per_row(default_doc, tmp_path):
    path = write_csv(tmp_path / "old.csv", OLD_SHEET + [["Mon 05:30", "half an hour early"]])
    plan = plan_import(default_doc, read_msel(path))
    assert plan.valid
    assert plan.rows[0].notices == ["falls before STARTEX (D-5781 09:00)"]
    assert plan.rows[3].notices == ["falls before STARTEX (D+0 05:30)"]
    assert ("Injects outside the exercise: 4 before STARTEX (rows 2-5); the MSEL can be moved so its first inject "
            "falls on STARTEX, or STARTEX and ENDEX set from the sheet") in plan.notices


def test_the_whole_msel_shifts_onto_startex_keeping_its_spacing(default_doc, tmp_path):
    path = write_csv(tmp_path / "old.csv", OLD_SHEET)
    _report, plan = import_msel_file(default_doc, path, options=ImportOptions(shift_to_startex=True))
    assert stored_times(default_doc) == [STARTEX, STARTEX + timedelta(hours=2, minutes=30),
                                         STARTEX + timedelta(hours=23)]
    assert all(not row.notices for row in plan.rows)
    assert any(n.startswith("The MSEL was moved by +5780 d 21 h so that its first inject falls on STARTEX")
               for n in plan.notices)


def test_startex_and_endex_can_be_proposed_from_the_sheet(default_doc, tmp_path):
    path = write_csv(tmp_path / "old.csv", OLD_SHEET)
    plan = plan_import(default_doc, read_msel(path), options=ImportOptions(window_from_sheet=True))
    assert plan.proposed_window == (utc(2010, 5, 4, 9), utc(2010, 5, 5, 8))
    assert all(not row.notices for row in plan.rows)
    assert "Proposed from the sheet: STARTEX 2010-05-04 09:00Z, ENDEX 2010-05-05 08:00Z" in plan.notices


def test_one_inject_outside_the_exercise_is_one_row(default_doc, tmp_path):
    path = write_csv(tmp_path / "early.csv", [["Time", "Message"], ["Mon 05:30", "early"], ["09:00", "in time"]])
    plan = plan_import(default_doc, read_msel(path))
    assert any(n.startswith("Injects outside the exercise: 1 before STARTEX (row 2);") for n in plan.notices)


def test_in_italian_the_sheet_is_still_told_its_day_less_times_were_put_on_startexs_day(default_doc, tmp_path):
    """The notice looked for the English words of the notation ('read as D+0'), which Italian does not write."""
    from tests.support import in_italian

    path = write_csv(tmp_path / "oneday.csv", [["Time", "Message"], ["09:00", "a"], ["11:00", "b"]])
    with in_italian() as catalogue:
        plan = plan_import(default_doc, read_msel(path))
        wanted = catalogue[("model.msel.importing", "Clock times without a day were read on STARTEX's day (D+0); "
                                                    "a sheet over several days can be read with each row on the "
                                                    "previous row's day instead")]
    assert "ora senza giorno, letto come D+0" in plan.notation_counts()
    assert wanted in plan.notices
