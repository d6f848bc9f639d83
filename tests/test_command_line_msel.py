"""--import-msel with the choices a real sheet needs: --map, day-less times, zone, shift, header row,
renumbering, and --dry-run that prints what would be imported and writes nothing."""
from __future__ import annotations

import hashlib

import pytest

import main
from model import queries
from model.storage.exercise_file import ExerciseFile
from model.timeutil import utc
from tests.test_command_line import pactline
from tests.test_msel_times import write_csv

ONE_DAY = [["Item", "Event Time", "Message", "Remarks"], ["7", "0900", "Opening brief", "room 2"],
           ["7", "1130", "Road closure", ""], ["8", "1400", "Hotwash", ""]]


@pytest.fixture
def exercise(default_template, tmp_path):
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    return path


def run(*args) -> int:
    return main.run_headless(main.build_parser().parse_args([str(a) for a in args]))


def injects_after(exercise, count_before: int):
    doc = ExerciseFile.open(exercise)
    try:
        return queries.injects(doc)[count_before:] if count_before else queries.injects(doc)
    finally:
        doc.close()


def inject_count(exercise) -> int:
    doc = ExerciseFile.open(exercise)
    try:
        return len(queries.injects(doc))
    finally:
        doc.close()


def test_the_choices_of_a_one_day_local_sheet(exercise, tmp_path, capsys):
    sheet = write_csv(tmp_path / "oneday.csv", ONE_DAY)
    before = inject_count(exercise)
    code = run(exercise, "--import-msel", sheet, "--map", "Event Time=scenario_time", "--map", "Remarks=notes",
               "--day-less-times", "D+1", "--zone", "Europe/Rome", "--keep-sheet-numbers")
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "3 injects imported" in out.out
    added = sorted((i for i in injects_after(exercise, 0)), key=lambda i: i.id)[before:]
    assert [i.scenario_time for i in added] == [utc(2026, 3, 3, 8), utc(2026, 3, 3, 10, 30), utc(2026, 3, 3, 13)]
    assert [i.notes for i in added] == ["Sheet #: 7\nroom 2", "Sheet #: 7", "Sheet #: 8"]


def test_shift_to_startex_and_header_row(exercise, tmp_path, capsys):
    sheet = write_csv(tmp_path / "titled.csv", [["Our exercise"], ["Number", "When"]] + [
        ["1", "2010-05-04 09:00"], ["2", "2010-05-04 10:00"]])
    before = inject_count(exercise)
    code = run(exercise, "--import-msel", sheet, "--header-row", "2", "--shift-to-startex", "--renumber",
               "--map", "When=Scenario Time")
    out = capsys.readouterr()
    assert code == 0, out.err
    added = sorted(injects_after(exercise, 0), key=lambda i: i.id)[before:]
    assert [i.scenario_time for i in added] == [utc(2026, 3, 2, 6), utc(2026, 3, 2, 7)]
    assert "so that its first inject falls on STARTEX" in out.out


def test_a_dry_run_says_which_columns_are_kept_as_additional_fields(exercise, tmp_path, capsys):
    sheet = write_csv(tmp_path / "extra.csv", [["Event Time", "Subject", "Message", "Attachments", "Status"],
                                               ["D+0 09:00", "Brief", "Opening brief", "slides.pdf", "planned"],
                                               ["D+0 10:00", "", "Second", "", "planned"]])
    code = run(exercise, "--import-msel", sheet, "--dry-run")
    out = capsys.readouterr().out
    assert code == 0
    assert "  B 'Subject' -> Subject" in out
    assert "  D 'Attachments' -> additional field 'Attachments'" in out
    assert "  E 'Status' -> (not imported)" in out   # play state: an import plans injects
    assert "title=Brief; synopsis=Opening brief; [Attachments]=slides.pdf" in out
    assert "note: Kept with each inject as additional fields (no inject field chosen): Attachments" in out


def test_a_dry_run_prints_columns_and_rows_and_writes_nothing(exercise, tmp_path, capsys):
    sheet = write_csv(tmp_path / "oneday.csv", ONE_DAY)
    digest = hashlib.sha256(exercise.read_bytes()).hexdigest()
    code = run(exercise, "--import-msel", sheet, "--renumber", "--dry-run")
    out = capsys.readouterr().out
    assert code == 0
    assert hashlib.sha256(exercise.read_bytes()).hexdigest() == digest
    assert "dry run: 3 injects would be imported from" in out and "(nothing was written)" in out
    assert "  B 'Event Time' -> Scenario Time" in out and "  D 'Remarks' -> Notes" in out
    assert ("  row 2: scenario_time=2026-03-02T09:00:00Z; inject_type=message; synopsis=Opening brief; "
            "notes=room 2") in out
    assert "    how: scenario_time: clock time without a day, read as D+0" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--zone", "Europe/Rome"], "pactline: --zone goes with --import-msel"),
    (["--import-msel", "SHEET", "--day-less-times", "soon"],
     "pactline: 'soon' is no reading of day-less times: use D+0, D+n (e.g. D+2) or previous"),
    (["--import-msel", "SHEET", "--map", "Nowhere=notes"], "--map: there is no column 'Nowhere' (the columns: "
                                                           "Item, Event Time, Message, Remarks)"),
    (["--import-msel", "SHEET", "--map", "Message=subtitle"], "--map: 'subtitle' is no inject field"),
    (["--import-msel", "SHEET"], "the inject number is also on row 2: renumber the injects"),
    (["--import-msel", "SHEET", "--zone", "Mars/Base"], "the zone 'Mars/Base' is not a time zone name"),
])
def test_bad_choices_exit_2_with_the_reason(exercise, tmp_path, capsys, args, message):
    sheet = write_csv(tmp_path / "oneday.csv", ONE_DAY)
    digest = hashlib.sha256(exercise.read_bytes()).hexdigest()
    code = run(exercise, *[str(sheet) if a == "SHEET" else a for a in args])
    assert code == 2
    assert message in capsys.readouterr().err
    assert hashlib.sha256(exercise.read_bytes()).hexdigest() == digest


def test_help_lists_the_msel_choices(tmp_path):
    result = pactline("--help", cwd=tmp_path)
    for option in ("--map", "--day-less-times", "--zone", "--shift-to-startex", "--header-row", "--renumber",
                   "--keep-sheet-numbers", "--dry-run", "--window-from-sheet"):
        assert option in result.stdout
