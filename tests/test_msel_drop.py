"""A column the planner drops is neither imported nor kept; the dialog, --dry-run and profiles say and remember it."""
from __future__ import annotations

import json

import pytest
import shiboken6

import main
from gui.core import dialogs, settings
from gui.conduct.msel_import_dialog import MselImportDialog, import_msel
from gui.conduct.msel_profile_actions import load_mapping, save_mapping
from model import queries
from model.msel.columns import DROP, guess_mapping
from model.msel.importing import plan_import, store_plan
from model.msel.profiles import MappingProfile, load_profile, mapping_for
from model.msel.spreadsheets import read_msel
from model.storage.exercise_file import ExerciseFile

from conftest import without_msel

SHEET = "Time,Message,Media,Remarks\nD+0 09:00,Opening,video1.mp4,room 2\nD+0 10:00,Road closed,photo.jpg,\n"


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "media.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path


def test_a_dropped_column_is_neither_imported_nor_kept(default_doc, sheet):
    doc = without_msel(default_doc)
    table = read_msel(sheet)
    mapping = guess_mapping(table.headers)
    assert mapping[2] is None and mapping[3] == "notes"    # Media: unknown, so kept unless dropped
    plan = plan_import(doc, table, {**mapping, 2: DROP})
    assert plan.valid and plan.kept == {} and plan.dropped == {2: "Media"}
    assert "Dropped, neither imported nor kept: Media" in plan.notices
    assert not any(n.startswith("Kept with each inject") for n in plan.notices)
    store_plan(doc, plan)
    assert [(i.synopsis, i.notes, i.additional) for i in queries.injects(doc)] == [
        ("Opening", "room 2", {}), ("Road closed", "", {})]


def test_dropping_two_columns_is_no_clash_and_a_profile_keeps_the_choice(tmp_path):
    headers = ["Time", "Message", "Media", "Remarks"]
    profile = MappingProfile("media", {"Media": DROP, "Remarks": DROP})
    mapping = mapping_for(headers, guess_mapping(headers), profile)
    assert mapping == {0: "scenario_time", 1: "synopsis", 2: DROP, 3: DROP}
    path = tmp_path / "media.json"
    path.write_text(json.dumps({"format": "pactline-msel-mapping", "version": 1, "columns": {"Media": "drop"}}),
                    encoding="utf-8")
    assert load_profile(path).columns == {"Media": DROP}


# -- the dialog -----------------------------------------------------------------------------------------
@pytest.fixture
def dialog(qtbot, document_without_msel, sheet, monkeypatch, qapp):
    monkeypatch.setattr(dialogs, "show_error", lambda *args, **kwargs: None)
    settings.set_value(settings.MSEL_VALUE_MAPS, "")
    opened = import_msel(document_without_msel, sheet)
    assert opened is not None
    qtbot.waitExposed(opened)
    yield opened
    settings.set_value(settings.MSEL_VALUE_MAPS, "")
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, MselImportDialog) and shiboken6.isValid(widget):
            widget.close()


def test_the_dialog_offers_to_drop_a_column_and_says_which_were_dropped(dialog):
    combo = dialog.combo_for(2)
    assert [combo.itemText(i) for i in range(2)] == ["(keep as an additional field)", "(drop this column)"]
    assert "Kept with each inject as additional fields (no inject field chosen): Media" in dialog.notices.text()
    assert "additional_fields" in dialog.preview_model.fields
    combo.setCurrentIndex(combo.findData(DROP))
    assert "Dropped, neither imported nor kept: Media" in dialog.notices.text()
    assert "Kept with each inject" not in dialog.notices.text()
    assert "additional_fields" not in dialog.preview_model.fields
    dialog.do_import()
    assert [i.additional for i in queries.injects(dialog.document.file)] == [{}, {}]


def test_a_profile_saved_from_the_dialog_drops_the_column_again(qtbot, dialog, tmp_path, sheet):
    dialog.set_field(2, DROP)
    path = save_mapping(dialog, tmp_path / "media.json")
    assert json.loads(path.read_text(encoding="utf-8"))["columns"]["Media"] == "drop"
    dialog.set_field(2, None)
    assert load_mapping(dialog, path)
    assert dialog.combo_for(2).currentData() == DROP and dialog.plan.dropped == {2: "Media"}


# -- the command line -----------------------------------------------------------------------------------
@pytest.fixture
def exercise(default_template, tmp_path):
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    return path


def run(*args) -> int:
    return main.run_headless(main.build_parser().parse_args([str(a) for a in args]))


def test_drop_on_the_command_line_and_in_the_dry_run(exercise, sheet, capsys):
    assert run("--import-msel", sheet, "--drop", "Media", "--dry-run", exercise) == 0
    out = capsys.readouterr().out
    assert "  C 'Media' -> (dropped: neither imported nor kept)" in out
    assert "note: Dropped, neither imported nor kept: Media" in out and "[Media]" not in out
    doc = ExerciseFile.open(exercise)
    before = len(queries.injects(doc))
    doc.close()
    assert run("--import-msel", sheet, "--drop", "media", exercise) == 0
    doc = ExerciseFile.open(exercise)
    try:
        added = queries.injects(doc)[before:]
        assert len(added) == 2 and all(i.additional == {} for i in added)
    finally:
        doc.close()


def test_drop_of_a_column_the_sheet_lacks_is_refused_naming_the_columns(exercise, sheet, capsys):
    assert run("--import-msel", sheet, "--drop", "Attachments", exercise) != 0
    assert "--map: there is no column 'Attachments' (the columns: Time, Message, Media, Remarks)" in \
        capsys.readouterr().err
