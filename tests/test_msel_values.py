"""Value maps: the distinct values of a vocabulary column, Pactline's guess for each, the planner's choice."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.msel.columns import FIELD_LABELS, guess_mapping
from model.msel.importing import plan_import
from model.msel.options import ImportOptions, named_mapping
from model.msel.spreadsheets import read_msel
from model.msel.values import guess_value, value_choices

from conftest import without_msel

CORPUS = Path(__file__).parent / "fixtures" / "msel_corpus"
KINDS = {"missile_strike": "Missile strike", "cyber_attack": "Cyber attack", "ground_incursion": "Ground incursion"}


@pytest.fixture
def default_doc(default_doc):
    return without_msel(default_doc)


@pytest.mark.parametrize("field, text, guess", [
    ("inject_type", "Contextual", "message"), ("inject_type", "Administrative", "message"),
    ("inject_type", "Player Action", "message"), ("inject_type", "EXPECTED ACTION", "message"),
    ("inject_type", "Contingency", "contingency"), ("inject_type", "incident", "incident"),
    ("inject_type", "parcel", None),
    ("severity", "high", 4), ("severity", "Moderate", 3), ("severity", "S2", 2), ("severity", "critique", 5),
    ("severity", "whenever", None),
    ("incident_type", "Cyber attack", "cyber_attack"), ("incident_type", "missile_strike", "missile_strike"),
    ("incident_type", "Cyber incident on the grid", "cyber_attack"), ("incident_type", "flood", None),
    ("method", "E-mail", "Email"), ("method", "telephone", "Phone"), ("method", "Video conference", "VTC"),
    # A method already spelt as Pactline would store it is left alone: an export comes back as it was.
    ("method", "Email", None), ("method", "email", None), ("method", "carrier pigeon", None),
])
def test_guesses(field, text, guess):
    assert guess_value(field, text, KINDS) == guess


def test_the_distinct_values_of_each_vocabulary_column_are_listed_with_guess_and_choice():
    table = read_msel(CORPUS / "hseep_one_day.xlsx")
    mapping = named_mapping(table.headers, guess_mapping(table.headers), ["Event Type=Inject Type"], FIELD_LABELS)
    choices = value_choices(table.headers, table.rows, mapping, KINDS, {"inject_type": {"contextual": "contingency"}})
    listed = {(c.text, c.rows, c.guess, c.chosen) for c in choices if c.field == "inject_type"}
    assert ("Contextual", 1, "message", "contingency") in listed     # the planner's choice over the guess
    assert ("Administrative", 2, "message", "message") in listed
    assert all(c.guess is not None for c in choices if c.field == "inject_type"), listed


def test_an_hseep_sheet_imports_its_event_types_through_the_value_map(default_doc):
    table = read_msel(CORPUS / "hseep_one_day.xlsx")
    mapping = named_mapping(table.headers, guess_mapping(table.headers), ["Event Type=Inject Type"], FIELD_LABELS)
    plan = plan_import(default_doc, table, mapping)
    assert plan.valid, [str(p) for p in plan.problems]
    assert any(n.startswith("Inject Type values read as: ") and "Contextual → message" in n for n in plan.notices)
    chosen = plan_import(default_doc, table, mapping,
                         options=ImportOptions(value_maps={"inject_type": {"contextual": "contingency"}}))
    contextual = [r for r in chosen.rows if r.sheet_row.cells[2] == "Contextual"]
    assert contextual and {r.values["inject_type"] for r in contextual} == {"contingency"}
