"""MSEL spreadsheets: export as CSV/XLSX, import with column mapping, per-cell errors, limits, undo service.

Export -> import -> export must give the same CSV bytes and the same XLSX
cell values, whatever the text holds. A refused import writes nothing, which
a separate sqlite3 connection confirms by dumping the database before and after.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from datetime import datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from model.conduct_entities import Inject
from model.errors import ValidationError
from model.msel.columns import EXPORT_HEADERS, FORMULA_LEADS, guess_mapping, neutralise, restore
from model.msel.importing import (
    SHEET_DURATION, SHEET_NAIVE, import_msel_file, plan_import, store_plan,
)
from model.msel.csv_text import sniff_delimiter
from model.msel.spreadsheets import ImportLimits, MselExportError, MselImportError, export_msel, read_msel
from model.queries import log_entries
from model.services import injects, log
from model.services.injects import PLANNED_FIELDS
from model.services.records import restore_records
from model.timeutil import utc

from conftest import without_msel
from tests.support import dump, in_italian


@pytest.fixture
def default_doc(default_doc):
    """These tests write their own MSEL: start from the default exercise without its shipped one."""
    return without_msel(default_doc)

FIXTURES = Path(__file__).parent / "fixtures"
STARTEX = utc(2026, 3, 2, 6)    # of both the default and the blank test exercise (a Monday)
AWKWARD = [
    "=1+2", "+CMD|' /C calc'!A0", "-5 °C at night", "@SUM(A1:A9)", "'quoted from the start", "''two apostrophes",
    "'=not a formula", 'He said "stop", then left', "line one\nline two\r\nline three",
    "Ünïcödé — Київ, 東京, 🛰 satellite", "tab\tinside", "-", "'", "a,b;c\td", "=", "@",
]


# -- helpers ------------------------------------------------------------------------------
def all_injects(doc) -> list[Inject]:
    with doc.reading() as session:
        return list(session.scalars(select(Inject).order_by(Inject.scenario_time, Inject.id)))


def script(doc) -> list[dict]:
    return [{name: row.additional if name == "additional_fields" else getattr(row, name) for name in PLANNED_FIELDS}
            for row in all_injects(doc)]


def awkward_msel(doc) -> None:
    entries = []
    for index, text in enumerate(AWKWARD):
        entries.append(dict(
            number=neutral_number(index), scenario_time=STARTEX + timedelta(hours=index, seconds=index % 2 * 30),
            delivery_time=STARTEX + timedelta(hours=index, minutes=-15), phase=text[:100], method=text[:60],
            sender=text[:100], recipient=text, title=text[:200], synopsis=text, expected_action=text, objective=text,
            controller=text[:100], notes=text, location=text,
            # A sheet's own columns, some on some rows only; the names as awkward as a header can be.
            additional_fields={ADDITIONAL_NAMES[index % len(ADDITIONAL_NAMES)]: text,
                               ADDITIONAL_NAMES[(index * 3 + 1) % len(ADDITIONAL_NAMES)]: f"#{index}"}))
    entries.append(dict(number="99", scenario_time=STARTEX + timedelta(days=1, hours=3), inject_type="incident",
                        incident_type="missile_strike", severity=5, location="Kharkiv",
                        synopsis="Missile strike on the power station"))
    entries.append(dict(number="100", scenario_time=STARTEX - timedelta(hours=30), inject_type="contingency",
                        synopsis="Back-up: if the cell does not convene", severity=2))
    injects.create_injects(doc, entries=entries)


ADDITIONAL_NAMES = ("Attachments", "=Media", "Poll Options", "Kategorie (Fähigkeit)", "'Remarks'", "+Tags")


def neutral_number(index: int) -> str:
    return ("=7", "-3", "+1", "@2", "'4")[index] if index < 5 else str(index)


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


LOG_HEAD_LINE = re.compile(r"^Log: \d+ entr(y|ies), head [0-9a-f]{64}$")


def sheet_values(path: Path) -> list[list]:
    """The sheet's rows below the marking and log-head rows every export starts with (header first)."""
    workbook = openpyxl.load_workbook(path)
    try:
        rows = [[cell.value for cell in row] for row in workbook.worksheets[0].iter_rows()]
    finally:
        workbook.close()
    assert rows[0][0].startswith("EXERCISE EXERCISE EXERCISE — ")
    assert LOG_HEAD_LINE.match(rows[1][0]), rows[1]
    return rows[2:]


def without_marking(data: bytes) -> bytes:
    """Below the title rows (each exercise exports its own classification and log head)."""
    marking, head, rest = data.split(b"\r\n", 2)
    assert marking.decode("utf-8-sig").startswith("EXERCISE EXERCISE EXERCISE — ")
    assert LOG_HEAD_LINE.match(head.decode("utf-8").strip('"')), head
    return rest


def refused_import(doc, path: Path, **kwargs) -> MselImportError:
    before = dump(doc)
    with pytest.raises(MselImportError) as caught:
        import_msel_file(doc, path, **kwargs)
    assert dump(doc) == before, "a refused import wrote to the exercise"
    assert str(caught.value).startswith(f"{path.name}: ")
    return caught.value


# -- export -------------------------------------------------------------------------------------
def test_export_csv_has_hseep_headers_iso_utc_times_and_the_relative_column(default_doc, tmp_path):
    injects.create_injects(default_doc, entries=[
        dict(number="1", scenario_time=utc(2026, 3, 3, 14), delivery_time=utc(2026, 3, 3, 13, 45), phase="Move 1",
             method="Email", sender="SIMCELL", recipient="All delegations", synopsis="Drone swarm near Sumy",
             expected_action="Request a briefing", objective="OBJ-1", controller="J. Novak", notes="n",
             location="Sumy"),
        dict(number="2", scenario_time=utc(2026, 3, 2, 9), inject_type="incident", incident_type="cyber_attack",
             severity=3)])
    path = tmp_path / "msel.csv"
    report = export_msel(default_doc, path)
    assert report.injects == 2
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    marking, head, *rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    assert marking == ["EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE"]
    assert head == [log.log_head(default_doc).text()]
    assert rows[0] == ["Number", "Scenario Time", "Scenario Time (D+n)", "Delivery Time", "Phase/Move", "Inject Type",
                       "Delivery Method", "From", "To", "Subject", "Synopsis", "Expected Player Action",
                       "Objective/Capability", "Responsible Controller", "Notes", "Status", "Incident Type", "Severity",
                       "Location", "Actual Delivery Time", "Branch Point", "Branch Outcome", "Asks to Resolve"]
    # Chronological by scenario time, whatever the numbers say.
    assert rows[1] == ["2", "2026-03-02T09:00:00Z", "D+0 09:00", "2026-03-02T09:00:00Z", "", "incident", "", "", "",
                       "", "", "", "", "", "", "planned", "cyber_attack", "3", "", "", "", "", ""]
    assert rows[2] == ["1", "2026-03-03T14:00:00Z", "D+1 14:00", "2026-03-03T13:45:00Z", "Move 1", "message",
                       "Email", "SIMCELL", "All delegations", "", "Drone swarm near Sumy", "Request a briefing",
                       "OBJ-1", "J. Novak", "n", "planned", "", "", "Sumy", "", "", "", ""]
    injects.deliver_inject(default_doc, inject_id=2, at=utc(2026, 3, 2, 9, 5))
    export_msel(default_doc, path, relative_column=False)
    _marking, _head, *rows = list(csv.reader(io.StringIO(path.read_bytes()[3:].decode("utf-8"), newline="")))
    assert "Scenario Time (D+n)" not in rows[0]
    assert rows[1][rows[0].index("Status")] == "delivered"
    assert rows[1][rows[0].index("Actual Delivery Time")] == "2026-03-02T09:05:00Z"


def test_cells_that_a_spreadsheet_would_run_are_neutralised(default_doc, tmp_path):
    awkward_msel(default_doc)
    export_msel(default_doc, tmp_path / "msel.csv")
    export_msel(default_doc, tmp_path / "msel.xlsx")
    rows = list(csv.reader(io.StringIO((tmp_path / "msel.csv").read_bytes()[3:].decode("utf-8"), newline="")))
    cells = [cell for row in rows for cell in row]
    assert "'=1+2" in cells and "'@SUM(A1:A9)" in cells and "'-5 °C at night" in cells and "'=7" in cells
    assert not [c for c in cells if c.startswith(FORMULA_LEADS)]
    workbook = openpyxl.load_workbook(tmp_path / "msel.xlsx")
    for row in workbook.worksheets[0].iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
            assert not (isinstance(cell.value, str) and cell.value.startswith(FORMULA_LEADS)), cell.coordinate
    workbook.close()


@pytest.mark.parametrize("text", ["=x", "+x", "-x", "@x", "\tx", "\rx", "'x", "''", "'", "x'", "", "plain"])
def test_restore_reverses_neutralise_exactly(text):
    assert restore(neutralise(text)) == text
    assert not neutralise(text).startswith(FORMULA_LEADS)


def test_csv_export_import_export_is_byte_for_byte_the_same(default_doc, blank_doc, tmp_path):
    awkward_msel(default_doc)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    export_msel(default_doc, first)
    report, plan = import_msel_file(blank_doc, first)
    assert len(report.ids) == len(AWKWARD) + 2
    assert plan.notations == {"ISO 8601": 2 * (len(AWKWARD) + 2)}
    export_msel(blank_doc, second)
    # Byte for byte below the marking row (each exercise exports its own classification).
    assert without_marking(second.read_bytes()) == without_marking(first.read_bytes())
    assert script(blank_doc) == script(default_doc)


def test_xlsx_export_import_export_is_value_for_value_the_same(default_doc, blank_doc, tmp_path):
    awkward_msel(default_doc)
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assert export_msel(default_doc, first).notices == ()
    import_msel_file(blank_doc, first)
    export_msel(blank_doc, second)
    assert sheet_values(second) == sheet_values(first)
    # XML keeps line breaks as LF only: that is the one difference from the exercise's own text.
    def lf(value):
        if isinstance(value, dict):
            return {k: lf(v) for k, v in value.items()}
        return value.replace("\r\n", "\n") if isinstance(value, str) else value
    assert script(blank_doc) == [{k: lf(v) for k, v in row.items()} for row in script(default_doc)]
    assert "'=7" in [row[0] for row in sheet_values(first)]   # the inject numbered "=7"
    severity = sheet_values(first)[0].index(EXPORT_HEADERS["severity"])
    assert [row[severity] for row in sheet_values(first)[1:] if row[severity] is not None] == [2, 5]


def test_xlsx_export_replaces_control_characters_it_cannot_hold_and_says_so(default_doc, tmp_path):
    injects.create_injects(default_doc, entries=[dict(scenario_time=STARTEX, synopsis="bell\x07 and \x1b escape")])
    report = export_msel(default_doc, tmp_path / "msel.xlsx")
    assert report.notices == ("2 control characters that XLSX cannot hold were written as \ufffd",)
    assert sheet_values(tmp_path / "msel.xlsx")[1][10] == "bell\ufffd and \ufffd escape"


def test_export_to_a_missing_folder_or_unknown_suffix_is_refused(default_doc, tmp_path):
    with pytest.raises(MselExportError, match="missing"):
        export_msel(default_doc, tmp_path / "missing" / "msel.csv")
    with pytest.raises(MselExportError, match=r"\.csv or \.xlsx"):
        export_msel(default_doc, tmp_path / "msel.ods")
    assert not (tmp_path / "msel.ods").exists()
    assert not list(tmp_path.glob("*partial*")), "a temporary file was left behind"


# -- time notations ----------------------------------------------------------------------------
WEEKDAY = "weekday and clock (in the week from STARTEX's day)"
NOTATIONS = [
    ("2026-03-03T14:00Z", utc(2026, 3, 3, 14), "ISO 8601"),
    ("2026-03-03T16:00+02:00", utc(2026, 3, 3, 14), "ISO 8601"),
    ("D+1 14:00", utc(2026, 3, 3, 14), "day and clock (D+n hh:mm)"),
    ("D-1 23:00", utc(2026, 3, 1, 23), "day and clock (D+n hh:mm)"),
    ("D+0 06:00:30", utc(2026, 3, 2, 6, 0, 30), "day and clock (D+n hh:mm)"),
    ("T+26h", utc(2026, 3, 3, 8), "offset from STARTEX (T+/H+)"),
    ("T+26:30", utc(2026, 3, 3, 8, 30), "offset from STARTEX (T+/H+)"),
    ("H+2", utc(2026, 3, 2, 8), "offset from STARTEX (T+/H+)"),
    ("Tue 14:00", utc(2026, 3, 3, 14), WEEKDAY),
    # Before STARTEX on its own day: still that day (flagged), not a week later after ENDEX.
    ("Monday 05:00", utc(2026, 3, 2, 5), WEEKDAY),
]


def test_every_time_notation_is_understood_and_summarised(blank_doc, tmp_path):
    rows = [["Inject No", "Scenario time", "Description"]]
    rows += [[str(n), text, f"inject {n}"] for n, (text, _value, _notation) in enumerate(NOTATIONS, start=1)]
    report, plan = import_msel_file(blank_doc, write_csv(tmp_path / "times.csv", rows))
    stored = {row.number: row.scenario_time for row in all_injects(blank_doc)}
    assert stored == {str(n): value for n, (_t, value, _n) in enumerate(NOTATIONS, start=1)}
    assert [row.notations["scenario_time"] for row in plan.rows] == [n for _t, _v, n in NOTATIONS]
    assert plan.notation_summary() == ("times understood as: day and clock (D+n hh:mm) ×3, "
                                       "offset from STARTEX (T+/H+) ×3, ISO 8601 ×2, "
                                       f"{WEEKDAY} ×2")
    assert len(report.ids) == len(NOTATIONS)


def test_xlsx_date_cells_are_taken_as_utc_and_reported_so(blank_doc, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["No.", "DTG", "Delivery time", "Inject"])
    sheet.append([1, datetime(2026, 3, 3, 14, 0), timedelta(hours=30), "naive date-time, duration"])
    sheet.append([2.0, "D+1 10:00", None, "text time"])
    sheet.append([3, time(14, 0), None, "clock only"])
    sheet.append([4, 45000.5, None, "a bare number"])
    path = tmp_path / "typed.xlsx"
    workbook.save(path)
    plan = plan_import(blank_doc, read_msel(path))
    # A clock-only cell is read on STARTEX's day; a number that big is an Excel serial (2023, flagged).
    assert plan.problems == []
    assert plan.rows[2].values["scenario_time"] == utc(2026, 3, 2, 14)
    assert plan.rows[2].notations["scenario_time"] == "spreadsheet clock time, read as D+0"
    assert plan.rows[3].values["scenario_time"] == utc(2023, 3, 15, 12)
    assert plan.rows[3].notices == ["falls before STARTEX (D-1083 12:00)"]
    first, second = plan.rows[0], plan.rows[1]
    assert first.values["scenario_time"] == utc(2026, 3, 3, 14)
    assert first.notations == {"scenario_time": SHEET_NAIVE, "delivery_time": SHEET_DURATION}
    assert first.values["delivery_time"] == STARTEX + timedelta(hours=30)
    assert (first.values["number"], second.values["number"]) == ("1", "2")
    assert "spreadsheet date and time without a zone (taken as UTC) ×1" in plan.notation_summary()


# -- column mapping ---------------------------------------------------------------------------------
@pytest.mark.parametrize("header, field", [
    ("#", "number"), ("No.", "number"), ("Inject No", "number"), ("Inject #", "number"), ("Serial", "number"),
    ("Time", "scenario_time"), ("Scenario time", "scenario_time"), ("DTG", "scenario_time"),
    ("Time (scenario)", "scenario_time"), ("Delivery Time", "delivery_time"),
    ("From", "sender"), ("Sender", "sender"), ("Originator", "sender"),
    ("To", "recipient"), ("Recipient", "recipient"), ("Player", "recipient"), ("Players", "recipient"),
    ("Message", "synopsis"), ("Description", "synopsis"), ("Inject", "synopsis"), ("Synopsis", "synopsis"),
    ("Expected action", "expected_action"), ("Expected Player Action", "expected_action"),
    ("Method", "method"), ("Means", "method"), ("Delivery Method", "method"),
    ("Controller", "controller"), ("Responsible", "controller"), ("Responsible Controller", "controller"),
    ("Objective", "objective"), ("Capability", "objective"), ("Objective/Capability", "objective"),
    ("Phase", "phase"), ("Move", "phase"), ("Phase/Move", "phase"),
    ("Remarks", "notes"), ("Sev", "severity"), ("Where", "location"), ("Incident", "incident_type"),
    ("Inject Type", "inject_type"), ("Status", None), ("Actual Delivery Time", None), ("Colour", None),
])
def test_a_header_alone_is_mapped_by_its_name_or_synonym(header, field):
    assert guess_mapping([header]) == {0: field}


def test_each_field_goes_to_its_best_column_and_a_column_to_one_field():
    headers = ["Inject #", "Time (scenario)", "Delivery Time", "From", "To", "Message", "Expected Player Action",
               "Inject Type", "Incident Type", "Scenario Time (D+n)", "Status", "Notes", "Comments"]
    mapping = guess_mapping(headers)
    assert [mapping[i] for i in range(len(headers))] == [
        "number", "scenario_time", "delivery_time", "sender", "recipient", "synopsis", "expected_action",
        "inject_type", "incident_type", None, None, "notes", None]
    # Pactline's relative column is only a fallback when the ISO one is missing.
    assert guess_mapping(["Scenario Time (D+n)", "Synopsis"]) == {0: "scenario_time", 1: "synopsis"}


def test_the_mapping_chosen_by_the_planner_wins_and_its_mistakes_are_named(blank_doc, tmp_path):
    path = write_csv(tmp_path / "m.csv", [["When", "What", "Other"], ["D+1 10:00", "A", "B"]])
    table = read_msel(path)
    plan = plan_import(blank_doc, table, {0: "scenario_time", 1: "synopsis", 2: "notes"})
    assert plan.valid and plan.rows[0].values["notes"] == "B"
    plan = plan_import(blank_doc, table, {0: "scenario_time", 1: "synopsis", 2: "synopsis"})
    assert [str(p) for p in plan.problems] == [
        "columns 'What' and 'Other' are both mapped to Synopsis; keep one and set the other to "
        "(keep as an additional field)"]
    plan = plan_import(blank_doc, table, {0: None, 1: "synopsis", 2: None})
    assert [str(p) for p in plan.problems] == [
        "no column is mapped to Scenario Time: choose the column that holds each inject's scenario time"]


# -- errors per row and column ------------------------------------------------------------------------
def err_plan_notices(doc, path: Path) -> list[str]:
    return plan_import(doc, read_msel(path)).notices


def test_every_refused_cell_is_named_by_row_and_column_and_nothing_is_stored(default_doc, tmp_path):
    rows = [["Inject #", "Time (scenario)", "Message", "Sev", "Incident", "Inject Type"],
            ["1", "D+1 10:00", "fine", "", "", ""],
            ["2", "D+1 25:00", "x", "", "", ""],
            ["3", "tomorrow", "y", "", "", ""],
            ["4", "Day 0 14:00", "z", "", "", ""],
            ["5", "D+1 10:00", "w", "7", "missile_strike", ""],
            ["6", "D+1 10:00", "v", "", "nope", "incident"],
            ["7", "", "empty time", "", "", ""],
            ["8", "T+1h", "x", "", "", "parcel"],
            ["123456789012345678901", "T+1:75", "x", "high", "", ""],
            ["10", "D+1 10:00", "x" * 4001, "", "", ""]]
    path = write_csv(tmp_path / "bad.csv", rows)
    err = refused_import(default_doc, path)
    assert [str(p) for p in err.problems] == [
        "row 3, column 'Time (scenario)': 'D+1 25:00' — is a clock time outside 00:00-23:59",
        "row 4, column 'Time (scenario)': 'tomorrow' — is not a time Pactline understands: use a clock time "
        "(14:00, 2:00 PM, 1400), D+1 14:00, Day 2 0930, T+26h, a date-time group (210900ZAUG11) or ISO 8601 "
        "(2026-03-02T14:00Z)",
        "row 5, column 'Time (scenario)': 'Day 0 14:00' — is Day 0: Day numbers count from 1 (Day 1 is STARTEX's "
        "day); for days counted from 0 write D+0",
        "row 6, column 'Sev': '7' — must be at most 5 (got 7)",
        "row 7, column 'Incident': 'nope' — is not an incident type of this exercise",
        "row 8, column 'Time (scenario)': is empty: every inject needs a scenario time",
        "row 9, column 'Inject Type': 'parcel' — is not one of: incident, message, contingency",
        "row 10, column 'Time (scenario)': 'T+1:75' — has minutes outside 00-59",
        "row 11, column 'Message': the cell has 4,001 characters; at most 4,000 can be imported",
    ]
    # "high" is a severity word: the value map reads it as 4, and says so.
    assert "Severity values read as: high → 4" in err_plan_notices(default_doc, path)
    assert str(err).startswith("bad.csv: 9 problems; nothing was imported:\nrow 3, column 'Time (scenario)'")
    rows[9][1] = "T+1:15"
    rows[9][3] = ""
    err = refused_import(default_doc, write_csv(path, rows[:2] + rows[9:10]))
    assert [str(p) for p in err.problems] == [
        "row 3, column 'Inject #': '123456789012345678901' — is too long (21 characters; at most 20)"]


def test_a_csv_row_longer_than_its_header_is_refused(blank_doc, tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("Time;Message\nD+1 10:00;Convene; then report\n", encoding="utf-8")
    err = refused_import(blank_doc, path)
    assert [str(p) for p in err.problems] == [
        "row 2: has 3 cells but the header row has 2: a cell holding the delimiter needs quotes"]


def test_a_refusal_by_create_injects_is_placed_at_its_row_and_column(blank_doc, tmp_path):
    plan = plan_import(blank_doc, read_msel(write_csv(tmp_path / "m.csv", [
        ["Time", "Synopsis"], ["D+1 10:00", "a"], ["D+1 11:00", "b"]])))
    problem = plan.problem_for(ValidationError("entries[1].synopsis", "is too long"))
    assert str(problem) == "row 3, column 'Synopsis': is too long"
    assert str(plan.problem_for(ValidationError("entries[0].severity", "must be 1-5"))) == "row 2: must be 1-5"


def test_play_state_columns_are_not_imported_and_the_planner_is_told(default_doc, blank_doc, tmp_path):
    injects.create_injects(default_doc, entries=[dict(number="1", scenario_time=utc(2026, 3, 2, 9))])
    injects.deliver_inject(default_doc, inject_id=1, at=utc(2026, 3, 2, 9, 5))
    export_msel(default_doc, tmp_path / "played.csv")
    _report, plan = import_msel_file(blank_doc, tmp_path / "played.csv")
    assert plan.notices == ["Column 'Status' is play state and is not imported: imported injects start as planned",
                            "Column 'Actual Delivery Time' is play state and is not imported: imported injects "
                            "start as planned"]
    row = all_injects(blank_doc)[0]
    assert (row.status, row.delivered_at) == ("planned", None)


# -- encodings, delimiters, sheets -------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter, encoding, notice", [
    (",", "utf-8", None), (";", "utf-8-sig", "Columns are separated by semicolons"),
    ("\t", "utf-16", "Columns are separated by tabs"),
])
def test_delimiters_and_unicode_encodings_are_recognised(blank_doc, tmp_path, delimiter, encoding, notice):
    path = write_csv(tmp_path / "m.csv", [["Time", "Message", "To"], ["D+1 10:00", "Київ, Dnipró; 東京", "EU"]],
                     delimiter=delimiter, encoding=encoding)
    _report, plan = import_msel_file(blank_doc, path)
    assert all_injects(blank_doc)[0].synopsis == "Київ, Dnipró; 東京"
    assert plan.notices == ([notice] if notice else [])


def test_a_windows_1252_file_is_read_with_a_notice(blank_doc, tmp_path):
    path = write_csv(tmp_path / "m.csv", [["Time", "Message"], ["D+1 10:00", "Dnipró – “strike” €"]],
                     encoding="cp1252")
    _report, plan = import_msel_file(blank_doc, path)
    assert all_injects(blank_doc)[0].synopsis == "Dnipró – “strike” €"
    assert plan.notices == ["The file is not UTF-8 (first at line 2); it was read as Windows-1252. Check accented "
                            "letters in the preview."]


def test_bytes_that_are_no_known_text_are_refused_naming_the_line(blank_doc, tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(b"Time,Message\r\nD+1 10:00,caf\xc3\r\nD+1 11:00,\x81\x8d\r\n")
    err = refused_import(blank_doc, path)
    assert err.message == ("the file is neither UTF-8 nor Windows-1252 text (byte 0x81 at line 3 means nothing in "
                           "either); save it as \"CSV UTF-8\"")
    path.write_bytes(b"Time,Message\r\nD+1 10:00,a\x00b\r\n")
    assert "NUL byte at line 2" in refused_import(blank_doc, path).message


def test_a_title_block_above_the_header_is_skipped(blank_doc, tmp_path):
    path = write_csv(tmp_path / "m.csv", [["EXERCISE BALTIC SHIELD, MSEL v2", ""], ["", ""],
                                          ["Time", "Message"], ["D+1 10:00", "a"]])
    table = read_msel(path)
    assert (table.header_row, table.headers, [r.number for r in table.rows]) == (3, ["Time", "Message"], [4])
    assert table.notices == ["Rows 1-2 above the header (row 3) were skipped"]


def test_a_chosen_sheet_is_read_and_an_unknown_one_is_named(blank_doc, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Cover"
    workbook.active.append(["Read me first"])
    other = workbook.create_sheet("Move 2")
    other.append(["Time", "Message"])
    other.append(["D+1 10:00", "second sheet"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    assert read_msel(path).sheets == ["Cover", "Move 2"]
    table = read_msel(path, sheet="Move 2")
    assert (table.sheet, table.rows[0].cells) == ("Move 2", ("D+1 10:00", "second sheet"))
    err = refused_import(blank_doc, path, sheet="Move 3")
    assert err.message == "the file has no sheet named 'Move 3' (its sheets: Cover, Move 2)"


@pytest.mark.parametrize("data, words", [
    (b"PK\x03\x04 not really a zip", "not a readable zip archive"),
    (b"just some text", "not a readable zip archive"),
    (b"", "not a readable zip archive"),
])
def test_a_damaged_workbook_is_refused_with_a_reason(blank_doc, tmp_path, data, words):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(data)
    assert words in refused_import(blank_doc, path).message


# -- limits ------------------------------------------------------------------------------------------------
def test_a_file_over_the_size_limit_is_refused_naming_both_sizes(blank_doc, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"Time,Message\r\n" + b"x" * (10 * 1024 * 1024))
    assert refused_import(blank_doc, path).message == ("the file is 10,485,774 bytes; at most 10,485,760 bytes "
                                                        "(10.0 MB) can be imported")
    path.write_bytes(b"x" * (12 * 1024 * 1024))
    assert refused_import(blank_doc, path).message == "the file is 12.0 MB; at most 10.0 MB can be imported"


def test_more_rows_than_the_limit_are_refused_naming_both_counts(blank_doc, tmp_path):
    rows = [["Time", "Message"]] + [["D+1 10:00", f"inject {n}"] for n in range(5001)]
    err = refused_import(blank_doc, write_csv(tmp_path / "long.csv", rows))
    assert err.message == ("the file has 5,001 rows of injects; at most 5,000 can be imported at once "
                           "(split the MSEL into several files)")
    report, _plan = import_msel_file(blank_doc, write_csv(tmp_path / "ok.csv", rows[:5001]))
    assert len(report.ids) == 5000


def test_a_cell_past_the_csv_field_limit_and_too_many_columns_are_refused(blank_doc, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Time,Message\r\nD+1 10:00,\"" + "y" * 200_000 + "\"\r\n", encoding="utf-8")
    assert refused_import(blank_doc, path).message == ("the file row 2 (line 2) has a cell longer than "
                                                        "131,072 characters")
    err = refused_import(blank_doc, write_csv(tmp_path / "cols.csv", [[f"c{n}" for n in range(101)]]))
    assert err.message == "the file has 101 columns; at most 100 can be read"


def test_a_workbook_that_unpacks_past_the_limit_is_refused(default_doc, blank_doc, tmp_path):
    awkward_msel(default_doc)
    export_msel(default_doc, tmp_path / "msel.xlsx")
    err = refused_import(blank_doc, tmp_path / "msel.xlsx", limits=ImportLimits(max_expanded_bytes=1000))
    assert err.message.startswith("the file would unpack to ") and err.message.endswith("; at most 1,000 bytes "
                                                                                         "can be read")


# -- the hand-written fixtures ----------------------------------------------------------------------------
def test_the_handwritten_csv_imports_with_its_own_headers(default_doc):
    report, plan = import_msel_file(default_doc, FIXTURES / "msel_handwritten.csv")
    assert len(report.ids) == 8 and plan.valid
    rows = {row.number: row for row in all_injects(default_doc)}
    assert rows["3"].scenario_time == utc(2026, 3, 2, 10)     # T+4h
    assert rows["4"].scenario_time == utc(2026, 3, 2, 12, 30)  # H+6:30
    assert rows["5"].scenario_time == utc(2026, 3, 3, 14)      # Tue 14:00
    assert rows["8"].scenario_time == utc(2026, 3, 4, 12, 30)  # 14:30+02:00
    assert (rows["3"].inject_type, rows["3"].incident_type, rows["3"].severity) == ("incident", "missile_strike", 4)
    assert (rows["7"].incident_type, rows["7"].location) == ("naval_blockade", "Odesa")
    assert rows["5"].synopsis.startswith("- Grid operator") and "\n- Night temperatures" in rows["5"].synopsis
    assert rows["2"].synopsis.startswith('Breaking: "massive explosions"')
    assert (rows["1"].sender, rows["1"].recipient, rows["1"].method) == ("SIMCELL (Ukrainian MFA)",
                                                                         "All delegations", "Email")


def test_the_handwritten_workbook_imports_with_its_cell_types(default_doc, tmp_path):
    _report, plan = import_msel_file(default_doc, FIXTURES / "msel_handwritten.xlsx")
    rows = {row.number: row for row in all_injects(default_doc)}
    assert sorted(rows) == ["1", "2", "3", "4", "5"]
    assert rows["1"].scenario_time == utc(2026, 3, 2, 8)       # an Excel date-time, no zone: UTC
    assert rows["3"].scenario_time == utc(2026, 3, 3, 8, 30)   # T+26:30
    assert rows["4"].scenario_time == utc(2026, 3, 3, 12)      # a [h]:mm duration of 30 h
    assert (rows["4"].incident_type, rows["4"].severity) == ("cyber_attack", 3)
    assert rows["5"].severity == 3                             # "S3"
    assert rows["3"].synopsis.startswith("=EEAS")
    assert plan.notations[SHEET_NAIVE] == 1
    export_msel(default_doc, tmp_path / "out.csv")
    assert "'=EEAS asks" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


# -- delete_injects: the undo of an import --------------------------------------------------------------------
def test_delete_injects_removes_them_in_one_step_and_restore_keeps_their_ids(blank_doc, tmp_path):
    report, _plan = import_msel_file(blank_doc, FIXTURES / "msel_handwritten.csv")
    before = script(blank_doc)
    log_before = len(log_entries(blank_doc))
    removed = injects.delete_injects(blank_doc, ids=list(report.ids))
    assert (removed.action, removed.ids, removed.summary) == ("deleted", report.ids, "8 injects removed from the MSEL")
    assert len(removed.removed) == 8 and {r.table for r in removed.removed} == {"inject"}
    assert all_injects(blank_doc) == []
    assert len(log_entries(blank_doc)) == log_before + 1
    restored = restore_records(blank_doc, records=removed.removed, summary="Redo")
    assert restored.ids == report.ids
    assert script(blank_doc) == before


@pytest.mark.parametrize("ids, field, words", [
    ([1, 999], "ids[1]", "inject 999 does not exist"), ([], "ids", "at least one"),
    (["1"], "ids[0]", "must be an inject id"), (7, "ids", "list of inject ids"),
])
def test_delete_injects_refuses_bad_ids_and_removes_nothing(blank_doc, ids, field, words):
    injects.create_injects(blank_doc, entries=[dict(scenario_time=STARTEX)])
    before = dump(blank_doc)
    with pytest.raises(ValidationError) as caught:
        injects.delete_injects(blank_doc, ids=ids)
    assert caught.value.field == field and words in caught.value.message
    assert dump(blank_doc) == before


def test_store_plan_refuses_an_invalid_plan_without_writing(blank_doc, tmp_path):
    plan = plan_import(blank_doc, read_msel(write_csv(tmp_path / "m.csv", [["Time"], ["D+9 99:00"]])))
    before = dump(blank_doc)
    with pytest.raises(MselImportError, match="1 problem; nothing was imported"):
        store_plan(blank_doc, plan)
    assert dump(blank_doc) == before


def test_one_cell_title_rows_do_not_outvote_a_short_sheet_s_delimiter():
    text = '"EXERCISE, EXERCISE"\r\n"Log: 3 entries, head 1a2b"\r\nNumber,Time,Synopsis\r\n1,D+1 10:00,Strike\r\n'
    assert sniff_delimiter(text) == ","


def test_title_and_additional_fields_come_back_from_an_export(default_doc, blank_doc, tmp_path):
    awkward_msel(default_doc)
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"msel{suffix}"
        export_msel(default_doc, path)
        report, plan = import_msel_file(blank_doc, path)
        assert plan.mapping[plan.table.headers.index("Subject")] == "title"
        assert sorted(plan.kept.values()) == sorted(ADDITIONAL_NAMES)
        assert (f"Kept with each inject as additional fields (no inject field chosen): "
                f"{', '.join(plan.kept.values())}") in plan.notices
        with blank_doc.reading() as session:
            first = session.scalars(select(Inject).where(Inject.number == "=7")).one()
            assert first.title == AWKWARD[0]
            assert first.additional == {"Attachments": AWKWARD[0], "=Media": "#0"}
        injects.delete_injects(blank_doc, ids=report.ids)


def test_a_refused_code_lists_the_allowed_ones_by_their_names_in_italian(default_doc, tmp_path):
    """The refusal must not leave an Italian planner with bare English codes: each code follows its
    name ("messaggio (message)"), so what the cell may hold is still said."""
    path = write_csv(tmp_path / "tipo.csv", [["Time (scenario)", "Inject Type", "Message"],
                                             ["D+0 09:00", "parcel", "Pacco sospetto"]])
    with in_italian():
        problems = [str(p) for p in refused_import(default_doc, path).problems]
    assert len(problems) == 1
    assert "'parcel'" in problems[0]
    assert "incidente (incident), messaggio (message), contingenza (contingency)" in problems[0]
    assert ", message," not in problems[0]
