"""The shape of real MSEL sheets: headers as programmes write them, header rows, helper lists, duplicate
numbers, JSON records, and a workbook far longer than the import limit.
"""
from __future__ import annotations

import json
from datetime import timedelta
import tracemalloc

import openpyxl
import pytest
from sqlalchemy import select

from model.conduct_entities import Inject
from model.msel.columns import guess_mapping
from model.msel.importing import import_msel_file, plan_import
from model.msel.spreadsheets import ImportLimits, MselImportError, read_msel
from model.msel.options import ImportOptions

from conftest import without_msel
from tests.test_msel_times import write_csv, write_xlsx


@pytest.fixture
def default_doc(default_doc):
    return without_msel(default_doc)


def stored(doc) -> list[tuple[str, str, str]]:
    with doc.reading() as session:
        return [(i.number, i.synopsis, i.notes) for i in session.scalars(select(Inject).order_by(Inject.id))]


# -- headers ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("header", "field"), [
    ("ScheduledTime", "scenario_time"), ("DeliveryMethod", "method"), ("ExpectedAction", "expected_action"),
    ("ResponsibleController", "controller"), ("INJECT NUMBER", "number"), ("EVENTTIME", "scenario_time"),
    ("Time (local)", "scenario_time"), ("TIME [Z]", "scenario_time"), ("Synopsis (max. 200 characters)", "synopsis"),
    ("InjectID", "number"), ("Day", "scenario_date"), ("expectedplayeraction", "expected_action"),
    ("Script", "synopsis"), ("Inject Description", "synopsis"),
])
def test_headers_as_programmes_write_them_are_recognised(header, field):
    assert guess_mapping([header]) == {0: field}


def test_a_date_column_is_the_scenario_date_beside_a_clock_and_the_scenario_time_alone():
    assert guess_mapping(["Date", "Time"]) == {0: "scenario_date", 1: "scenario_time"}
    # T3SF's "Date" is "Monday 9:30 AM"; beside it "Real Time" is the wall clock the bot played it at.
    assert guess_mapping(["Real Time", "Date"]) == {0: None, 1: "scenario_time"}
    assert guess_mapping(["Real Time"]) == {0: None}
    assert guess_mapping(["Date"]) == {0: "scenario_time"}


def test_a_header_below_a_title_block_is_found_and_can_be_chosen(default_doc, tmp_path):
    rows = [["Regional Exercise 2025 — Master Scenario Events List"], ["Prepared by the exercise team", "Draft"],
            [], ["Serial", "ScheduledTime", "Description"], ["1", "09:00", "Opening brief"],
            ["2", "10:00", "Time"]]
    path = write_csv(tmp_path / "title.csv", rows)
    table = read_msel(path)
    assert table.header_row == 4 and table.headers == ["Serial", "ScheduledTime", "Description"]
    # The planner may say otherwise: then the header is where they say.
    chosen = read_msel(path, header_row=5)
    assert chosen.headers == ["1", "09:00", "Opening brief"] and [r.number for r in chosen.rows] == [6]
    with pytest.raises(MselImportError, match="row 3, chosen as the header row, is empty"):
        read_msel(path, header_row=3)


def test_a_sheet_without_a_header_is_mapped_by_column_letters(default_doc, tmp_path):
    path = write_xlsx(tmp_path / "bare.xlsx", [["1", "09:00", "Opening brief"], ["2", "09:30", "Road closure"]])
    table = read_msel(path, header_row=0)
    assert table.headers == ["A", "B", "C"] and [r.number for r in table.rows] == [1, 2]
    report, plan = import_msel_file(default_doc, path, options=ImportOptions(header_row=0),
                                    mapping={0: "number", 1: "scenario_time", 2: "synopsis"})
    assert stored(default_doc) == [("1", "Opening brief", ""), ("2", "Road closure", "")]
    assert "The sheet has no header row: its columns are named by their letters" in plan.notices


# -- structure ------------------------------------------------------------------------------------
def test_blank_rows_and_a_helper_list_below_the_table_are_skipped_with_a_notice(default_doc, tmp_path):
    sheet = [["#", "Time", "Synopsis", "Status", "Remarks"], ["1", "09:00", "Opening", "Planned", ""],
             ["", "", "", "", "a remark in an unmapped column"], ["2", "09:30", "Closure", "Planned", ""]]
    sheet += [[] for _ in range(10)]
    sheet += [["", "", "", status, ""] for status in ("STATUS", "Planned", "Delivered", "Held", "Cancelled")]
    sheet += [["", "", "Email"], ["", "", "Phone"]]     # a list in a mapped column, too
    path = write_xlsx(tmp_path / "lists.xlsx", sheet)
    table = read_msel(path)
    plan = plan_import(default_doc, table, {0: "number", 1: "scenario_time", 2: "synopsis"})
    assert plan.valid, [str(p) for p in plan.problems]
    assert [row.number for row in plan.rows] == [2, 4]
    assert "Rows blank in every imported column were skipped: 3, 15-19" in plan.notices
    assert ("Rows 20-21 below the table fill one column and have no time (a list of values?): they were skipped"
            in plan.notices)


def test_a_row_inside_the_table_without_a_time_is_still_an_error(default_doc, tmp_path):
    path = write_csv(tmp_path / "gap.csv", [["Time", "Synopsis"], ["09:00", "a"], ["", "b"], ["10:00", "c"]])
    plan = plan_import(default_doc, read_msel(path))
    assert [str(p) for p in plan.problems] == ["row 3, column 'Time': is empty: every inject needs a scenario time"]


DUPLICATED = [["Inject #", "Time", "Synopsis", "Notes"], ["1", "09:00", "a", ""], ["2", "09:30", "b", "checked"],
              ["1", "10:00", "c", ""], ["2", "10:30", "d", ""]]


def test_duplicate_inject_numbers_are_refused_offering_the_two_ways_out(default_doc, tmp_path):
    path = write_csv(tmp_path / "dup.csv", DUPLICATED)
    with pytest.raises(MselImportError) as caught:
        import_msel_file(default_doc, path)
    assert [str(p) for p in caught.value.problems] == [
        "row 4, column 'Inject #': '1' — the inject number is also on row 2: renumber the injects, or keep the "
        "sheet's numbers as a reference in the notes",
        "row 5, column 'Inject #': '2' — the inject number is also on row 3: renumber the injects, or keep the "
        "sheet's numbers as a reference in the notes"]
    assert stored(default_doc) == []


def test_duplicates_renumbered_or_kept_as_a_reference_in_the_notes(default_doc, tmp_path):
    path = write_csv(tmp_path / "dup.csv", DUPLICATED)
    import_msel_file(default_doc, path, options=ImportOptions(renumber=True))
    assert [row[0] for row in stored(default_doc)] == ["1", "2", "3", "4"]
    import_msel_file(default_doc, path, options=ImportOptions(keep_sheet_numbers=True))
    assert stored(default_doc)[4:] == [("5", "a", "Sheet #: 1"), ("6", "b", "Sheet #: 2\nchecked"),
                                       ("7", "c", "Sheet #: 1"), ("8", "d", "Sheet #: 2")]


# -- JSON -----------------------------------------------------------------------------------------
def test_a_json_list_of_records_imports_through_the_same_mapper(default_doc, tmp_path):
    records = [{"id": 1, "time": "D+0 09:00", "title": "Opening", "description": "Brief the cell",
                "method": "email", "tags": ["intro", "brief"]},
               {"id": 2, "time": "D+0 10:30", "description": "Road closure", "method": "phone", "extra": None}]
    path = tmp_path / "tabletop.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    table = read_msel(path)
    assert table.headers == ["id", "time", "title", "description", "method", "tags", "extra"]
    assert table.rows[0].cells[5] == '["intro", "brief"]'
    report, plan = import_msel_file(default_doc, path)
    assert stored(default_doc) == [("1", "Brief the cell", ""), ("2", "Road closure", "")]
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"name": "TTX", "injects": records}), encoding="utf-8")
    assert len(read_msel(wrapped).rows) == 2


@pytest.mark.parametrize(("text", "message"), [
    ('{"name": "no list"}', 'the file is JSON but not a list of inject records ([{"Time": …, "Message": …}, …])'),
    ('[{"time": "09:00"}, 3]', "the file has no record at $[1] (a int, not an object)"),
    ('[{"time": ', "the file is not valid JSON at line 1, column 11: Expecting value"),
])
def test_json_that_is_no_list_of_records_is_refused_saying_where(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MselImportError) as caught:
        read_msel(path)
    assert caught.value.message == message


# -- a very long workbook ---------------------------------------------------------------------------
def _peak_while_reading(path, limits) -> tuple[int, MselImportError | None]:
    tracemalloc.start()
    try:
        try:
            read_msel(path, limits=limits)
            refusal = None
        except MselImportError as err:
            refusal = err
        return tracemalloc.get_traced_memory()[1], refusal
    finally:
        tracemalloc.stop()


def test_a_workbook_longer_than_the_limit_is_read_only_up_to_it(tmp_path):
    """10,000 rows with a limit of 50: refused after reading little more than 50 rows, in a fraction of the
    memory that reading them all takes (a tenth here; 30,000 rows said the same at three times the cost)."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Time", "Number"])
    for n in range(10_000):
        sheet.append([900, n])
    path = tmp_path / "long.xlsx"
    workbook.save(path)
    # Read once untraced: modules the reader imports on first use would count against the limited read.
    read_msel(path, limits=ImportLimits(max_rows=10_000))
    limited, refusal = _peak_while_reading(path, ImportLimits(max_rows=50))
    assert refusal.message == ("the file has more than 50 rows of injects; at most 50 can be imported at once "
                               "(split the MSEL into several files)")
    everything, refusal = _peak_while_reading(path, ImportLimits(max_rows=10_000))
    assert refusal is None
    assert limited * 5 < everything, (limited, everything)


def test_a_bulk_import_reports_every_inject_it_created(default_doc):
    """create_injects writes in bulk, past the session's flush: its report still names each new row."""
    from model.services.injects import create_injects
    from model.timeutil import utc

    first = create_injects(default_doc, entries=[dict(scenario_time=utc(2026, 3, 2, 7))])
    report = create_injects(default_doc, entries=[dict(scenario_time=utc(2026, 3, 2, 8 + n), synopsis=f"n{n}")
                                                  for n in range(3)])
    assert report.ids == (first.ids[0] + 1, first.ids[0] + 2, first.ids[0] + 3)
    assert report.created["inject"] == frozenset(report.ids)
    assert "log_entry" in report.created
    assert [row[:2] for row in stored(default_doc)] == [("1", ""), ("2", "n0"), ("3", "n1"), ("4", "n2")]


def _long_workbook(path, rows: int):
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Time", "Number"])
    for n in range(rows):
        sheet.append([900, n])
    workbook.save(path)
    return path


def test_reading_a_workbook_reports_progress_and_stops_when_asked(tmp_path):
    from model.msel.spreadsheets import MselReadCancelled, read_msel

    path = _long_workbook(tmp_path / "long.xlsx", 2_000)
    calls = []
    table = read_msel(path, progress=lambda done, total: calls.append((done, total)) or True)
    assert len(table.rows) == 2_000
    assert calls and calls == sorted(calls) and all(total > done for done, total in calls)
    asked = []

    def stop_at_500(done, _total):
        asked.append(done)
        return done < 500
    with pytest.raises(MselReadCancelled) as caught:
        read_msel(path, progress=stop_at_500)
    assert str(caught.value) == "long.xlsx: reading was cancelled; nothing was imported"
    assert max(asked) == 500        # it stopped there, not at the end of the sheet


# -- offsets in the header's unit ----------------------------------------------------------------------
def test_t_plus_offsets_are_read_in_the_unit_their_header_names(default_doc, tmp_path):
    """A cloud incident tabletop's MSEL (the layout of asapcyber/IR-TT-OCT2025's msel.csv, which carries no
    licence and so is not in the corpus): "T+min" holds T+5, T+12, T+95, and "Delivery" says how."""
    rows = [["T+min", "Inject#", "Delivery", "Description"], ["T+5", "1", "Verbal + artifact", "CloudTrail snippet"],
            ["T+12", "2", "Email printout", "FinOps cost anomaly"], ["T+95", "6", "Verbal", "Final sweep"]]
    table = read_msel(write_csv(tmp_path / "cloud.csv", rows))
    mapping = guess_mapping(table.headers)
    assert (mapping[0], mapping[2]) == ("scenario_time", "method")
    plan = plan_import(default_doc, table, mapping)
    assert plan.valid, [str(p) for p in plan.problems]
    startex = plan.rows[0].values["scenario_time"] - timedelta(minutes=5)
    assert [row.values["scenario_time"] - startex for row in plan.rows] == \
        [timedelta(minutes=5), timedelta(minutes=12), timedelta(minutes=95)]
    assert "T+ offsets without a unit were read in minutes, as the column 'T+min' says" in plan.notices


def test_a_t_plus_offset_under_a_plain_time_header_stays_in_hours(default_doc, tmp_path):
    table = read_msel(write_csv(tmp_path / "hours.csv", [["Time", "Message"], ["T+5", "a"], ["T+30min", "b"]]))
    plan = plan_import(default_doc, table, guess_mapping(table.headers))
    first, second = (row.values["scenario_time"] for row in plan.rows)
    assert first - second == timedelta(hours=4, minutes=30)
    assert not any("read in minutes" in notice for notice in plan.notices)
