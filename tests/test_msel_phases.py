"""Several sheets of a workbook imported as phases: one transaction, phases keep their spacing."""
from __future__ import annotations

import openpyxl
import pytest

import main
from model import queries
from model.msel.columns import guess_mapping
from model.msel.options import ImportOptions
from model.msel.phases import plan_sheets, store_sheets
from model.msel.spreadsheets import MselImportError
from model.storage.exercise_file import ExerciseFile
from model.timeutil import utc

from conftest import without_msel


@pytest.fixture
def default_doc(default_doc):
    return without_msel(default_doc)


def two_days(path):
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Day 1"
    for row in (["#", "Time", "Description"], [1, "D+0 09:00", "Opening"], [2, "D+0 11:00", "Road closed"]):
        first.append(row)
    second = workbook.create_sheet("Day 2")
    for row in (["#", "Time", "Description", "Phase"], [1, "D+1 09:00", "Flood peak", ""],
                [2, "D+1 12:00", "Recovery", "Recovery move"]):
        second.append(row)
    workbook.create_sheet("Lists").append(["STATUS", "Planned"])
    workbook.save(path)
    return path


def test_each_chosen_sheet_becomes_a_phase_in_one_transaction(default_doc, tmp_path):
    path = two_days(tmp_path / "days.xlsx")
    phased = plan_sheets(default_doc, path, ["Day 1", "Day 2"], lambda t: guess_mapping(t.headers),
                         options=ImportOptions(renumber=True))
    assert phased.valid
    report = store_sheets(default_doc, phased)
    stored = sorted(queries.injects(default_doc), key=lambda i: i.scenario_time)
    assert len(report.ids) == 4
    assert [(i.number, i.phase) for i in stored] == [("1", "Day 1"), ("2", "Day 1"), ("3", "Day 2"),
                                                     ("4", "Recovery move")]   # a phase the sheet names stays


def test_the_same_numbers_on_two_sheets_are_refused_unless_renumbered(default_doc, tmp_path):
    path = two_days(tmp_path / "days.xlsx")
    with pytest.raises(MselImportError, match=r"sheet 'Day 2' row 2: the inject number '1' is also on sheet "
                                              r"'Day 1' row 2: renumber the injects"):
        plan_sheets(default_doc, path, ["Day 1", "Day 2"], lambda t: guess_mapping(t.headers))


def test_moving_to_startex_keeps_the_spacing_between_phases(default_doc, tmp_path):
    path = two_days(tmp_path / "days.xlsx")
    phased = plan_sheets(default_doc, path, ["Day 1", "Day 2"], lambda t: guess_mapping(t.headers),
                         options=ImportOptions(renumber=True, shift_to_startex=True, window_from_sheet=True))
    store_sheets(default_doc, phased)
    times = sorted(i.scenario_time for i in queries.injects(default_doc))
    startex = utc(2026, 3, 2, 6)
    assert times[0] == startex and times[2] == startex + (utc(2026, 3, 3, 9) - utc(2026, 3, 2, 9))
    info = queries.exercise_info(default_doc)
    assert (info.startex, info.endex) == (times[0], times[-1])


def test_several_sheets_from_the_command_line(default_template, tmp_path, capsys):
    exercise = tmp_path / "x.pactline"
    exercise.write_bytes(default_template.read_bytes())
    path = two_days(tmp_path / "days.xlsx")
    code = main.run_headless(main.build_parser().parse_args(
        ["--import-msel", str(path), "--sheet", "Day 1", "--sheet", "Day 2", "--renumber", str(exercise)]))
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "4 injects imported from 2 sheets of" in out.out
    doc = ExerciseFile.open(exercise)
    try:
        assert {"Day 1", "Day 2"} <= {i.phase for i in queries.injects(doc)}
    finally:
        doc.close()
