"""Every corpus MSEL imports without hand edits, with at most the choices the import offers.

The files and the layouts they copy are listed in tests/fixtures/msel_corpus/README.md.
"""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from model.conduct_entities import Inject
from model.msel.columns import FIELD_LABELS, guess_mapping
from model.msel.importing import plan_import, store_plan
from model.msel.spreadsheets import read_msel
from model.msel.options import ImportOptions, named_mapping
from model.timeutil import utc

from conftest import without_msel

CORPUS = Path(__file__).parent / "fixtures" / "msel_corpus"
STARTEX = utc(2026, 3, 2, 6)


@pytest.fixture
def default_doc(default_doc):
    return without_msel(default_doc)


# OpenBAS's checklist columns: B the title, C the time, D the team, F the message (E a mail's subject and G-J the
# expectations are kept as additional fields).
OPENBAS_COLUMNS = ["B=title", "C=scenario_time", "D=recipient", "F=synopsis"]

# file -> (options, --map pairs, injects, (first scenario time, last scenario time))
CASES = {
    # HSEEP event types (Contextual, Administrative…) are read through the value map's guesses.
    "hseep_one_day.xlsx": (ImportOptions(), ["Event Type=Inject Type"], 6, (utc(2026, 3, 2, 8), utc(2026, 3, 2, 13))),
    "national_dtg.csv": (ImportOptions(shift_to_startex=True), [], 4,
                         (STARTEX, STARTEX + (utc(2011, 8, 22, 12) - utc(2011, 8, 21, 9)))),
    "city_split_columns.xlsx": (ImportOptions(renumber=True, zone="America/New_York"), [], 5,
                                (utc(2026, 3, 2, 14, 30), utc(2026, 3, 3, 15))),
    "tabletop_tool.json": (ImportOptions(), [], 4, (STARTEX, utc(2026, 3, 2, 8))),
    "exercice_crue.csv": (ImportOptions(zone="Europe/Paris"), [], 4, (utc(2026, 3, 1, 17), utc(2026, 3, 3, 8))),
    "no_header.csv": (ImportOptions(header_row=0), ["B=scenario_time", "C=synopsis", "A=number"], 3,
                      (utc(2026, 3, 2, 9), utc(2026, 3, 3, 9, 30))),
    # Real sheets: OpenBAS's inject-import fixtures (README): no header row, J-60, J+1 H+2 M-5, 26/06/2024 09h00.
    **{f"openbas_checklist_{n}.xlsx": (ImportOptions(header_row=0), OPENBAS_COLUMNS, count, window)
       for n, count, window in (
           (1, 3, (utc(2026, 1, 1, 6), utc(2026, 1, 31, 6))),
           (2, 4, (utc(2024, 6, 26, 9), utc(2024, 6, 26, 9, 10))),
           (3, 5, (utc(2024, 6, 26, 9), utc(2026, 3, 3, 6))),
           (4, 5, (utc(2026, 3, 1, 6), utc(2026, 3, 5, 9, 5))),
           (5, 5, (utc(2026, 3, 1, 6), utc(2026, 3, 5, 6))))},
    # Real: T3SF's example MSELs (README): "Real Time" 07:29 PM (the wall clock), "Date" Monday 9:30 AM (the
    # scenario), "Script" the message; the same exercise as a workbook, its JSON and the JSON of its first release.
    "t3sf_msel.xlsx": (ImportOptions(), [], 12, (utc(2026, 3, 2, 9, 30), utc(2026, 3, 2, 11, 15))),
    "t3sf_msel_example.json": (ImportOptions(), [], 12, (utc(2026, 3, 2, 9, 30), utc(2026, 3, 2, 11, 15))),
    "t3sf_msel_example_2022.json": (ImportOptions(), [], 10, (utc(2026, 3, 2, 9, 30), utc(2026, 3, 2, 11))),
    # Real: SEI Crucible Blueprint's MSELs (README): its export of 2023 (ISO times, Move, Status, Details) and its
    # sample hurricane MSEL ('0900' as text, "Inject" numbering each move, "Inject Description ").
    "blueprint_playwright_msel.xlsx": (ImportOptions(shift_to_startex=True), [], 2,
                                       (STARTEX, STARTEX + (utc(2023, 3, 23, 4) - utc(2023, 3, 22, 18, 6, 40)))),
    "blueprint_sample_msel.xlsx": (ImportOptions(), [], 11, (utc(2026, 3, 2, 9), utc(2026, 3, 2, 10, 55))),
    # Real: the French chronogramme Murail ships (ANSSI's REMPAR25 exercise, README): horaire, stimuli, reaction
    # attendue typed without its accent, Paris clock times, one "decompte" (a countdown) among the messages.
    "murail_chronogramme.xlsx": (ImportOptions(zone="Europe/Paris",
                                               value_maps={"inject_type": {"decompte": "message"}}), [], 81,
                                 (utc(2026, 3, 2, 8, 30), utc(2026, 3, 2, 14, 30))),
    # Real: the same exercise's media pressure, the posts Murail plays on its simulated social network (README):
    # a workbook of three sheets (Tweets, Bruit the noise, Noise empty), Horaire as time cells in Paris time.
    # The first sheet is read; Tweets and Bruit together import as two phases (tests/test_msel_corpus_dialog.py).
    "murail_pms.xlsx": (ImportOptions(zone="Europe/Paris"), [], 6, (utc(2026, 3, 2, 9), utc(2026, 3, 2, 14, 15))),
}

# Real files no choice of the import can take whole: file -> (options, --map pairs, the cells that refuse it,
# as (row, column, message) the dialog lists them).
IMPOSSIBLE = {
    # Blueprint's export keeps an unfinished scenario event (row index 1: only a Description "1", its From and To
    # organisations and the status Entered): it has no time, and an import takes all of an MSEL or none of it.
    "blueprint_msel_export.json": (ImportOptions(shift_to_startex=True), ["Type=ignore"],
                                   [("2", "Time", "is empty: every inject needs a scenario time")]),
}


def test_the_corpus_lists_every_file():
    files = {p.name for p in CORPUS.iterdir() if p.suffix in (".csv", ".xlsx", ".json")}
    assert files == set(CASES) | set(IMPOSSIBLE)
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in files)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_corpus_file_imports_with_the_choices_the_import_offers(default_doc, name):
    options, pairs, count, (first, last) = CASES[name]
    table = read_msel(CORPUS / name, header_row=options.header_row)
    mapping = named_mapping(table.headers, guess_mapping(table.headers), pairs, FIELD_LABELS)
    plan = plan_import(default_doc, table, mapping, options=options)
    assert plan.valid, [str(p) for p in plan.problems]
    report = store_plan(default_doc, plan)
    assert len(report.ids) == count
    with default_doc.reading() as session:
        times = sorted(session.scalars(select(Inject.scenario_time)))
    assert (times[0], times[-1]) == (first, last)


def test_what_the_hseep_sheet_needs_is_said(default_doc):
    table = read_msel(CORPUS / "hseep_one_day.xlsx")
    plan = plan_import(default_doc, table, named_mapping(table.headers, guess_mapping(table.headers),
                                                         ["Event Type=Inject Type"], FIELD_LABELS))
    assert "Rows 1-3 above the header (row 4) were skipped" in plan.notices
    assert "Rows blank in every imported column were skipped: 500-504" in plan.notices
    assert "Inject Type values read as: Administrative → message, Contextual → message, Expected Action → " \
           "message, Player Action → message" in plan.notices


def test_without_its_choices_each_sheet_says_which_choice_it_needs(default_doc):
    dtg = plan_import(default_doc, read_msel(CORPUS / "national_dtg.csv"))
    assert any(n.startswith("Injects outside the exercise: 4 before STARTEX") for n in dtg.notices)
    city = plan_import(default_doc, read_msel(CORPUS / "city_split_columns.xlsx"))
    assert "renumber the injects, or keep the sheet's numbers as a reference in the notes" in str(city.problems[0])


@pytest.mark.parametrize("name", ["t3sf_msel.xlsx", "t3sf_msel_example.json", "t3sf_msel_example_2022.json"])
def test_a_t3sf_msel_is_read_as_its_tool_means_it(default_doc, name):
    """The lone "Date" (Monday 9:30 AM) is the scenario's time and "Script" the message; "Real Time" (07:29 PM)
    is the wall clock the bot played the exercise at, kept beside the inject. Read otherwise, the weekday was
    joined to the wall clock (Monday 19:29) and the message was kept aside."""
    table = read_msel(CORPUS / name)
    mapping = guess_mapping(table.headers)
    named = {table.headers[c]: f for c, f in mapping.items()}
    assert (named["Real Time"], named["Date"], named["Script"]) == (None, "scenario_time", "synopsis")
    plan = plan_import(default_doc, table, mapping)
    first = min(plan.rows, key=lambda row: row.values["scenario_time"])
    assert first.values["title"] == "Anomalous Files Detected"
    assert first.values["synopsis"] == "We detected some anomalous files in your S3 Bucket."
    # 07:29 AM in the 2022 release (as published), 07:29 PM since; a time cell in the workbook.
    assert first.values["additional_fields"]["Real Time"] in ("07:29 PM", "07:29 AM", "19:29:00")
    assert {"Real Time", "Photo", "Picture Name", "Profile"} <= set(plan.kept.values())


def test_blueprints_sample_msel_takes_its_description_not_its_inject_numbers_as_the_message(default_doc):
    """"Inject" (0, 0, 1, 2… restarting each move) and "Inject Description " both name the synopsis; the longer
    header wins, and the numbers are kept beside each inject."""
    table = read_msel(CORPUS / "blueprint_sample_msel.xlsx")
    plan = plan_import(default_doc, table, guess_mapping(table.headers))
    noaa = next(row for row in plan.rows if row.values["title"] == "NOAA Hurricane alert")
    assert noaa.values["synopsis"] == "Hurricane heading for Gulf Coast + Oil production disrupted "
    assert noaa.values["additional_fields"]["Inject"] == "1"


@pytest.mark.parametrize("name", sorted(IMPOSSIBLE))
def test_a_corpus_file_no_choice_can_take_says_which_cell_refuses_it(default_doc, name):
    options, pairs, refused = IMPOSSIBLE[name]
    table = read_msel(CORPUS / name, header_row=options.header_row)
    mapping = named_mapping(table.headers, guess_mapping(table.headers), pairs, FIELD_LABELS)
    plan = plan_import(default_doc, table, mapping, options=options)
    assert [(str(p.row), p.header, p.message) for p in plan.problems] == refused


def test_a_blueprint_json_export_is_read_as_its_scenario_events_under_its_data_fields(default_doc):
    """Blueprint writes {"DataFields": {"$values": [...]}, "ScenarioEvents": {"$values": [{"DataValues": ...}]}}:
    the fields become the columns in their display order, the events the rows in their row order."""
    table = read_msel(CORPUS / "blueprint_msel_export.json")
    assert table.headers[:5] == ["Assigned to x", "Status", "Description", "Control Number", "Time"]
    mapping = guess_mapping(table.headers)
    named = {table.headers[c]: f for c, f in mapping.items()}
    assert (named["From Org"], named["To Org"], named["Assigned to x"], named["Exercise Date"]) == \
        ("sender", "recipient", "controller", "scenario_date")
    plan = plan_import(default_doc, table, mapping, options=ImportOptions(shift_to_startex=True))
    assert "The 4 scenario events of the Blueprint MSEL were read as rows 2-5 (row 1: its data fields)" \
        in plan.notices
    numbers = [row.values.get("number") for row in plan.rows]
    assert numbers == [None, "ADMIN-1a", "COP-1", "FEMA-1"]
    # 7/5/2022 and 1110 together: the 5th of July, as the inject's own title (7.5.22 1100) says.
    assert plan.rows[3].values["scenario_time"] - plan.rows[1].values["scenario_time"] == timedelta(minutes=10)


def test_a_french_chronogramme_is_read_by_its_own_headers(default_doc):
    """horaire, stimuli, "reaction attendue" (no accent) and commentaire name Pactline's fields; without them the
    sheet had no scenario time and its messages were only kept aside."""
    table = read_msel(CORPUS / "murail_chronogramme.xlsx")
    named = {table.headers[c]: f for c, f in guess_mapping(table.headers).items()}
    assert named == {"id": "number", "horaire": "scenario_time", "type": "inject_type", "Emetteur": "sender",
                     "Destinataire": "recipient", "stimuli": "synopsis", "reaction attendue": "expected_action",
                     "commentaire": "notes", "livrable": None}
    plan = plan_import(default_doc, table, guess_mapping(table.headers), options=ImportOptions(zone="Europe/Paris"))
    # Without the value map's choice the countdown is the one refused cell, and the dialog's Values tab offers it.
    assert [(p.row, p.header) for p in plan.problems] == [(52, "type")]
