"""Every corpus MSEL as the issue's "done" asks: through the import dialog with only the choices it offers, then
from the command line with the mapping profile that dialog's *Save mapping…* wrote.

The choices are those of tests/test_msel_corpus.py (CASES), made on the dialog's own widgets: the header row
spin box, each column's drop-down, the zone, numbers and day-less drop-downs, the shift and window boxes, and
the Values tab's drop-downs. The profile is saved by clicking *Save mapping…* (only the file chooser answers
for the planner), and `pactline EXERCISE --import-msel FILE --mapping PROFILE.json` must then store the very
injects the dialog stored.
"""
from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

import main
from conftest import without_msel
from gui.core import dialogs
from gui.conduct.msel_import_dialog import MselImportDialog
from gui.conduct.msel_import_options import AUTOMATIC
from model.conduct_entities import Inject
from model.msel.columns import FIELD_LABELS
from model.msel.options import ImportOptions, named_mapping
from model.msel.values import key
from model.services.injects import PLANNED_FIELDS
from model.storage.exercise_file import ExerciseFile
from model.timeutil import utc
from tests.test_msel_corpus import CASES, CORPUS, IMPOSSIBLE
from tests.test_msel_import_dialog import (  # noqa: F401 - the fixtures those tests use
    close_dialogs, default_doc, document, no_message_boxes, no_remembered_values, open_dialog,
)
from tests.test_msel_import_options import settled

# file -> what its first inject (by scenario time, then number) holds once imported: a few fields a planner
# would look at to see that the right column went to the right field.
FIRST = {
    "blueprint_playwright_msel.xlsx": {"title": "Attack-1", "synopsis": "XSS Reported", "recipient": "OCCIP",
                                       "controller": "FEMA", "phase": "1"},
    "blueprint_sample_msel.xlsx": {"title": "Comms Check", "phase": "0"},
    "city_split_columns.xlsx": {"number": "1", "sender": "Water utility", "recipient": "City EOC", "method": "Email",
                                "synopsis": "Treatment plant SCADA alarms."},
    "exercice_crue.csv": {"number": "1", "sender": "Préfecture", "recipient": "COD",
                          "synopsis": "Alerte météo orange : crues."},
    "hseep_one_day.xlsx": {"number": "1", "title": "STARTEX", "method": "Radio",
                           "synopsis": "Exercise begins; controllers in position.",
                           "objective": "Operational Coordination", "controller": "Lead Controller"},
    "murail_chronogramme.xlsx": {"number": "1", "sender": "Animation", "recipient": "Tous", "inject_type": "message"},
    "murail_pms.xlsx": {"sender": "anssi", "recipient": "", "inject_type": "message"},
    "national_dtg.csv": {"number": "1", "sender": "JFHQ", "recipient": "STATE EOC", "method": "EMAIL",
                         "synopsis": "Hurricane watch issued for the coast."},
    "no_header.csv": {"number": "1", "synopsis": "Opening brief to the coordination cell"},
    **{f"openbas_checklist_{n}.xlsx": {"title": "Send an SMS", "recipient": "team1", "synopsis": "message1",
                                       "additional_fields": {"G": "description", "H": "expectation",
                                                             "I": "expectation done", "J": "100"}}
       for n in (1, 2, 3)},
    **{f"openbas_checklist_{n}.xlsx": {"title": "Send a mail", "recipient": "team2", "synopsis": "message2",
                                       "additional_fields": {"E": "subject", "H": "expectation",
                                                             "I": "expectation done", "J": "100"}}
       for n in (4, 5)},
    **{name: {"number": "1", "title": "Anomalous Files Detected", "sender": "Amazon Web Services",
              "recipient": "Information Security",
              "synopsis": "We detected some anomalous files in your S3 Bucket."}
       for name in ("t3sf_msel.xlsx", "t3sf_msel_example.json", "t3sf_msel_example_2022.json")},
    "tabletop_tool.json": {"number": "1", "title": "Kick-off", "recipient": "IT security",
                           "synopsis": "The SOC sees beaconing from a file server.",
                           "additional_fields": {"tags": '["detection"]'}},
}


def pick(combo, data) -> None:
    """Choose *data* from a drop-down as the planner does: it must be one of the drop-down's items."""
    index = combo.findData(data)
    assert index >= 0, f"{combo.objectName()} offers no {data!r}"
    combo.setCurrentIndex(index)


def choose(qtbot, dialog: MselImportDialog, options: ImportOptions, pairs: list[str]) -> None:
    """Make a corpus case's choices on the dialog's widgets."""
    bar = dialog.options_bar
    if options.header_row is not None:
        with qtbot.waitSignal(dialog.table_read, timeout=20_000):   # the sheet is read again in the worker
            bar.header.setValue(options.header_row)
    for column, field in named_mapping(dialog.table.headers, dialog.mapping(), pairs, FIELD_LABELS).items():
        if dialog.combo_for(column).currentData() != field:
            pick(dialog.combo_for(column), field)
    if options.zone != bar.options().zone:
        pick_zone = bar.zone.findText(options.zone)
        assert pick_zone >= 0, f"the zone list offers no {options.zone}"
        bar.zone.setCurrentIndex(pick_zone)
    if options.day_less != "D+0":
        pick(bar.day_less, options.day_less)
        bar.day.setValue(options.day)
    if options.renumber or options.keep_sheet_numbers:
        pick(bar.numbers, "keep" if options.keep_sheet_numbers else "renumber")
    bar.shift.setChecked(options.shift_to_startex)
    bar.window.setChecked(options.window_from_sheet)
    panel = dialog.value_panel
    for field, values in options.value_maps.items():
        for text, value in values.items():
            rows = [r for r in range(panel.table.rowCount())
                    if panel.table.item(r, 0).text() == FIELD_LABELS[field] and key(panel.table.item(r, 1).text())
                    == key(text)]
            assert rows, f"the Values tab lists no {field} value {text!r}"
            pick(panel.combo_for(rows[0]), value)
    # The dialog now holds exactly the case's choices: nothing was set behind its back.
    shown = replace(bar.options(), value_maps=panel.maps)
    assert asdict(shown) == asdict(replace(options, value_maps={f: {key(t): v for t, v in m.items()}
                                                                for f, m in options.value_maps.items()}))


def injects(doc) -> list[tuple]:
    """Every inject's planned fields, in scenario order (ids and the import's log left out)."""
    with doc.reading() as session:
        rows = session.scalars(select(Inject).order_by(Inject.scenario_time, Inject.number, Inject.id)).all()
        return [tuple(getattr(row, name) for name in PLANNED_FIELDS) for row in rows]


def first_inject(rows: list[tuple]) -> dict:
    held = dict(zip(PLANNED_FIELDS, rows[0]))
    held["additional_fields"] = json.loads(held["additional_fields"] or "{}")
    return held


def empty_exercise(default_template, folder: Path) -> Path:
    """A copy of the default exercise without its shipped MSEL, as the command line gets it."""
    folder.mkdir()
    path = folder / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    doc = ExerciseFile.open(path)
    try:
        without_msel(doc)
    finally:
        doc.close()
    return path


def run(*args) -> int:
    return main.run_headless(main.build_parser().parse_args([str(a) for a in args]))


def save_from_the_dialog(qtbot, dialog: MselImportDialog, monkeypatch, path: Path) -> Path:
    """Click *Save mapping…*; the file chooser answers *path*, as the planner would type it."""
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_file", lambda parent, title, suggestion, *rest: asked.append(
        suggestion) or path)
    qtbot.mouseClick(dialog.save_mapping_button, Qt.MouseButton.LeftButton)
    assert asked == [dialog.path.with_name(f"{dialog.path.stem}-mapping.json")] and path.exists()
    return path


def test_every_corpus_file_says_what_its_first_inject_holds():
    assert set(FIRST) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_corpus_file_imports_through_the_dialog_and_then_with_its_saved_profile(
        qtbot, document, default_template, tmp_path, monkeypatch, capsys, name):
    options, pairs, count, (first, last) = CASES[name]
    dialog = open_dialog(qtbot, document, CORPUS / name)
    choose(qtbot, dialog, options, pairs)
    assert dialog.plan.valid, dialog.problem_rows()
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == f"&Import {count} injects"
    profile = save_from_the_dialog(qtbot, dialog, monkeypatch, tmp_path / "profile.json")
    settled(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    through_dialog = injects(document.file)
    assert len(through_dialog) == count
    times = [row[PLANNED_FIELDS.index("scenario_time")] for row in through_dialog]
    assert (times[0], times[-1]) == (first, last)
    held = first_inject(through_dialog)
    assert {field: held[field] for field in FIRST[name]} == FIRST[name]

    exercise = empty_exercise(default_template, tmp_path / "command line")
    code = run(exercise, "--import-msel", CORPUS / name, "--mapping", profile)
    assert code == 0, capsys.readouterr().err
    doc = ExerciseFile.open(exercise)
    try:
        assert injects(doc) == through_dialog   # the same injects, field for field
    finally:
        doc.close()


@pytest.mark.parametrize("name", sorted(IMPOSSIBLE))
def test_a_corpus_file_no_choice_can_take_is_refused_by_the_dialog_and_its_profile_alike(
        qtbot, document, default_template, tmp_path, monkeypatch, capsys, name):
    options, pairs, refused = IMPOSSIBLE[name]
    dialog = open_dialog(qtbot, document, CORPUS / name)
    choose(qtbot, dialog, options, pairs)
    assert dialog.problem_rows() == refused and not dialog.import_button.isEnabled()
    profile = save_from_the_dialog(qtbot, dialog, monkeypatch, tmp_path / "profile.json")
    exercise = empty_exercise(default_template, tmp_path / "command line")
    capsys.readouterr()
    assert run(exercise, "--import-msel", CORPUS / name, "--mapping", profile) != 0
    err = capsys.readouterr().err
    assert all(f"row {row}, column '{column}': {message}" in err for row, column, message in refused), err
    doc = ExerciseFile.open(exercise)
    try:
        assert injects(doc) == []
    finally:
        doc.close()


def test_the_profile_the_dialog_saves_holds_only_the_choices_made_there(qtbot, document, monkeypatch, tmp_path):
    """The Murail case: the zone and the one value read differently travel in the profile, with every column."""
    options, pairs, _count, _window = CASES["murail_chronogramme.xlsx"]
    dialog = open_dialog(qtbot, document, CORPUS / "murail_chronogramme.xlsx")
    choose(qtbot, dialog, options, pairs)
    saved = json.loads(save_from_the_dialog(qtbot, dialog, monkeypatch, tmp_path / "p.json").read_text("utf-8"))
    assert (saved["format"], saved["version"]) == ("pactline-msel-mapping", 1)
    assert saved["options"]["zone"] == "Europe/Paris"
    assert saved["options"]["value_maps"] == {"inject_type": {"decompte": "message"}}
    assert saved["columns"]["horaire"] == "scenario_time" and saved["columns"]["livrable"] is None
    assert dialog.options_bar.header.value() == AUTOMATIC
    assert dialog.plan.rows[0].values["scenario_time"] == utc(2026, 3, 2, 8, 30)


def test_murails_media_pressure_workbook_imports_two_of_its_sheets_as_phases(
        qtbot, document, default_template, tmp_path, monkeypatch, capsys):
    """The real three-sheet workbook: Tweets and Bruit ticked, Noise (a header and nothing else) left out; from
    the command line the same sheets are named with --sheet and the profile the dialog saved."""
    from tests.test_msel_import_sheets_dialog import tick

    dialog = open_dialog(qtbot, document, CORPUS / "murail_pms.xlsx")
    assert dialog.table.sheets == ["Tweets", "Bruit", "Noise"] and dialog.sheet_choice.isVisible()
    choose(qtbot, dialog, ImportOptions(zone="Europe/Paris"), [])
    tick(qtbot, dialog, "Bruit")
    assert dialog.sheet_choice.ticked() == ["Tweets", "Bruit"]
    assert dialog.problem_rows() == [] and dialog.import_button.text() == "&Import 7 injects"
    profile = save_from_the_dialog(qtbot, dialog, monkeypatch, tmp_path / "pms.json")
    settled(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    through_dialog = injects(document.file)
    phase = PLANNED_FIELDS.index("phase")
    assert [row[phase] for row in through_dialog] == ["Tweets"] * 6 + ["Bruit"]   # its 15:17 after their 15:15
    assert first_inject(through_dialog)["scenario_time"] == utc(2026, 3, 2, 9)              # 10:00 in Paris

    exercise = empty_exercise(default_template, tmp_path / "command line")
    code = run(exercise, "--import-msel", CORPUS / "murail_pms.xlsx", "--sheet", "Tweets", "--sheet", "Bruit",
               "--mapping", profile)
    assert code == 0, capsys.readouterr().err
    doc = ExerciseFile.open(exercise)
    try:
        assert injects(doc) == through_dialog
    finally:
        doc.close()
