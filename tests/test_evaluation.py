"""Evaluation services: objectives and their P/S/M/U ratings, observations, the improvement plan.

A refused call raises ValidationError naming the field and writes nothing
(the whole database, dumped through a separate sqlite3 connection, is the
same before and after); every change appends exactly one log entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from model.conduct_entities import RATING_NAMES, ImprovementItem, Objective, Observation
from model.errors import NotFoundError
from model.queries import log_entries
from model.services import evaluation, exercise, log, records
from model.timeutil import utc
from tests.support import data_rows, dump, logged_once, refused

T0 = utc(2026, 3, 2, 8)
WALL = utc(2026, 11, 26, 10, 15)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


# -- helpers ------------------------------------------------------------------------
def get(doc, cls, key):
    with doc.reading() as session:
        return session.get(cls, key)


def all_rows(doc, cls) -> list:
    with doc.reading() as session:
        return list(session.scalars(select(cls).order_by(cls.id)))


@dataclass
class Evaluation:
    o1: int
    o2: int
    o1_strength: int
    o1_gap: int
    o2_note: int
    o1_item: int
    o2_item: int
    loose_item: int


@pytest.fixture
def ev(blank_doc) -> Evaluation:
    blank_doc.wall_now = lambda: WALL
    o1 = evaluation.create_objective(blank_doc, code="O1", title="Convene the coordination cell within 24 h",
                                     capability="Operational coordination",
                                     critical_tasks="Notify signatories; hold the first call").ids[0]
    o2 = evaluation.create_objective(blank_doc, code="O2", title="Agree a joint statement").ids[0]
    strength = evaluation.record_observation(blank_doc, objective_id=o1, kind="strength",
                                             text="Cell convened in 3 h").ids[0]
    gap = evaluation.record_observation(blank_doc, objective_id=o1, kind="improvement",
                                        text="Two signatories had no contact point").ids[0]
    note = evaluation.record_observation(blank_doc, objective_id=o2, text="Draft circulated").ids[0]
    o1_item = evaluation.create_improvement(blank_doc, objective_id=o1, issue="Missing contact points",
                                            corrective_action="Collect 24/7 contacts", responsible_org="Secretariat",
                                            start_date="2026-04-01", completion_date=date(2026, 6, 30)).ids[0]
    o2_item = evaluation.create_improvement(blank_doc, objective_id=o2, issue="Statement template").ids[0]
    loose = evaluation.create_improvement(blank_doc, issue="Exercise control staffing").ids[0]
    return Evaluation(o1, o2, strength, gap, note, o1_item, o2_item, loose)


# -- objectives -----------------------------------------------------------------------------
def test_create_objective_stores_cleaned_values_in_order(blank_doc):
    report = logged_once(blank_doc, lambda: evaluation.create_objective(
        blank_doc, code=" O1 ", title="  Convene the cell  ", capability="Coordination"), "edit")
    assert (report.entity, report.action) == ("objective", "created")
    assert report.summary == "Objective O1 added: Convene the cell"
    row = get(blank_doc, Objective, report.ids[0])
    assert (row.code, row.title, row.capability, row.critical_tasks, row.rating, row.rating_note, row.sort_order) == (
        "O1", "Convene the cell", "Coordination", "", None, "", 1)
    second = evaluation.create_objective(blank_doc, code="O2", title="Joint statement", rating="s")
    assert (get(blank_doc, Objective, second.ids[0]).sort_order, get(blank_doc, Objective, second.ids[0]).rating) == (
        2, "S")
    evaluation.create_objective(blank_doc, code="O9", title="Late", sort_order=10)
    last = evaluation.create_objective(blank_doc, code="O10", title="Later")
    assert get(blank_doc, Objective, last.ids[0]).sort_order == 11
    first = evaluation.create_objective(blank_doc, code="O0", title="First", sort_order=0)
    assert get(blank_doc, Objective, first.ids[0]).sort_order == 0


@pytest.mark.parametrize("given, stored", [("P", "P"), ("S", "S"), ("M", "M"), ("U", "U"),
                                           ("p", "P"), ("s", "S"), ("m", "M"), ("u", "U")])
def test_rating_accepts_p_s_m_u_in_either_case(blank_doc, ev, given, stored):
    report = logged_once(blank_doc, lambda: evaluation.update_objective(blank_doc, objective_id=ev.o1, rating=given), "edit")
    assert report.previous == {"rating": None}
    assert report.summary == f"Objective O1 rated {stored}"
    assert get(blank_doc, Objective, ev.o1).rating == stored
    assert stored in RATING_NAMES
    created = evaluation.create_objective(blank_doc, code="O3", title="Rated on creation", rating=given)
    assert get(blank_doc, Objective, created.ids[0]).rating == stored


@pytest.mark.parametrize("cleared", [None, ""])
def test_a_rating_can_be_withdrawn(blank_doc, ev, cleared):
    evaluation.update_objective(blank_doc, objective_id=ev.o1, rating="M", rating_note="Late call")
    report = evaluation.update_objective(blank_doc, objective_id=ev.o1, rating=cleared)
    assert report.previous == {"rating": "M"}
    assert get(blank_doc, Objective, ev.o1).rating is None
    assert get(blank_doc, Objective, ev.o1).rating_note == "Late call"


def test_update_objective_reports_the_old_values_and_undo_restores_them(blank_doc, ev):
    before = data_rows(blank_doc)
    report = logged_once(blank_doc, lambda: evaluation.update_objective(
        blank_doc, objective_id=ev.o1, title="Convene the cell within 12 h", rating="u", rating_note="Never convened",
        sort_order=5), "edit")
    assert (report.entity, report.action, report.ids) == ("objective", "updated", (ev.o1,))
    assert report.previous == {"title": "Convene the coordination cell within 24 h", "rating": None,
                               "rating_note": "", "sort_order": 1}
    assert report.summary.startswith("Objective O1 edited (")
    row = get(blank_doc, Objective, ev.o1)
    assert (row.title, row.rating, row.rating_note, row.sort_order) == (
        "Convene the cell within 12 h", "U", "Never convened", 5)
    evaluation.update_objective(blank_doc, objective_id=ev.o1, **report.previous)
    assert data_rows(blank_doc) == before


def test_an_update_that_changes_nothing_writes_nothing(blank_doc, ev):
    before = dump(blank_doc)
    assert evaluation.update_objective(blank_doc, objective_id=ev.o2, code="O2", rating=None).previous == {}
    assert evaluation.update_improvement(blank_doc, improvement_id=ev.o1_item, completion_date="2026-06-30").previous == {}
    assert dump(blank_doc) == before


def test_delete_objective_returns_its_observations_and_items_and_restore_puts_all_back(blank_doc, ev):
    before = data_rows(blank_doc)
    report = logged_once(blank_doc, lambda: evaluation.delete_objective(blank_doc, objective_id=ev.o1), "edit")
    assert (report.entity, report.action, report.ids) == ("objective", "deleted", (ev.o1,))
    assert report.summary == "Objective O1 removed with 2 observations and 1 improvement-plan item"
    assert (report.removed[0].table, report.removed[0].values["id"]) == ("objective", ev.o1)
    assert sorted((r.table, r.values["id"]) for r in report.removed[1:]) == sorted([
        ("observation", ev.o1_strength), ("observation", ev.o1_gap), ("improvement_item", ev.o1_item)])
    # Gone from the file, and only O1's: O2's records and the unlinked item stay as they were.
    assert get(blank_doc, Objective, ev.o1) is None
    assert [o.id for o in all_rows(blank_doc, Observation)] == [ev.o2_note]
    assert [(i.id, i.objective_id) for i in all_rows(blank_doc, ImprovementItem)] == [
        (ev.o2_item, ev.o2), (ev.loose_item, None)]
    restored = logged_once(blank_doc, lambda: records.restore_records(
        blank_doc, records=report.removed, summary="Undo: remove objective O1"), "edit")
    assert (restored.entity, restored.action, restored.ids) == ("objective", "restored", (ev.o1,))
    assert data_rows(blank_doc) == before


def test_delete_objective_without_records_removes_only_itself(blank_doc, ev):
    lone = evaluation.create_objective(blank_doc, code="O3", title="Inform the public").ids[0]
    before = data_rows(blank_doc)
    report = evaluation.delete_objective(blank_doc, objective_id=lone)
    assert [(r.table, r.values["id"]) for r in report.removed] == [("objective", lone)]
    assert report.summary == "Objective O3 removed with 0 observations and 0 improvement-plan items"
    records.restore_records(blank_doc, records=report.removed)
    assert data_rows(blank_doc) == before


def test_create_with_an_explicit_id_recreates_that_id(blank_doc, ev):
    """Undo of a create is a delete; redo re-creates the row under its old id."""
    evaluation.delete_observation(blank_doc, observation_id=ev.o2_note)
    assert evaluation.record_observation(blank_doc, objective_id=ev.o2, text="Draft circulated",
                                         id=ev.o2_note).ids == (ev.o2_note,)
    evaluation.delete_improvement(blank_doc, improvement_id=ev.loose_item)
    assert evaluation.create_improvement(blank_doc, issue="Exercise control staffing",
                                         id=ev.loose_item).ids == (ev.loose_item,)
    evaluation.delete_objective(blank_doc, objective_id=ev.o2)
    assert evaluation.create_objective(blank_doc, code="O2", title="Agree a joint statement",
                                       id=ev.o2).ids == (ev.o2,)
    assert get(blank_doc, Objective, ev.o2).code == "O2"
    assert get(blank_doc, ImprovementItem, ev.loose_item).issue == "Exercise control staffing"


# -- observations ------------------------------------------------------------------------------
def test_an_observation_carries_its_author_and_both_clocks(blank_doc, ev):
    blank_doc.author = "evaluator-3"
    blank_doc.scenario_now = lambda: at(5.5)
    blank_doc.wall_now = lambda: utc(2026, 11, 26, 11, 2, 30)
    report = logged_once(blank_doc, lambda: evaluation.record_observation(
        blank_doc, objective_id=ev.o2, kind="improvement", text="  Legal review took 6 h  "), "note")
    assert (report.entity, report.action) == ("observation", "created")
    assert report.summary == "Observation on O2 (improvement): Legal review took 6 h"
    row = get(blank_doc, Observation, report.ids[0])
    assert (row.objective_id, row.kind, row.text, row.author, row.scenario_time, row.wall_time, row.log_entry_id) == (
        ev.o2, "improvement", "Legal review took 6 h", "evaluator-3", at(5.5), utc(2026, 11, 26, 11, 2, 30), None)
    entry = log_entries(blank_doc)[-1]
    assert (entry.author, entry.scenario_time, entry.wall_time) == (
        "evaluator-3", at(5.5), utc(2026, 11, 26, 11, 2, 30))


def test_without_a_live_clock_an_observation_takes_the_saved_clock(blank_doc, ev):
    blank_doc.scenario_now = None
    exercise.save_clock(blank_doc, scenario_time=at(7), running=False, speed=1.0)
    report = evaluation.record_observation(blank_doc, objective_id=ev.o1, text="Second call held")
    row = get(blank_doc, Observation, report.ids[0])
    assert (row.scenario_time, row.wall_time, row.kind) == (at(7), WALL, "note")


def test_an_observation_may_point_at_a_log_entry(blank_doc, ev):
    decision = log.add_log_entry(blank_doc, kind="decision", text="Cell convened").ids[0]
    report = evaluation.record_observation(blank_doc, objective_id=ev.o1, text="See the decision",
                                           log_entry_id=decision)
    assert get(blank_doc, Observation, report.ids[0]).log_entry_id == decision


def test_delete_observation_and_restore_it(blank_doc, ev):
    before = data_rows(blank_doc)
    report = logged_once(blank_doc, lambda: evaluation.delete_observation(blank_doc, observation_id=ev.o1_gap), "edit")
    assert (report.entity, report.action, report.ids) == ("observation", "deleted", (ev.o1_gap,))
    assert [(r.table, r.values["id"], r.values["text"]) for r in report.removed] == [
        ("observation", ev.o1_gap, "Two signatories had no contact point")]
    assert get(blank_doc, Observation, ev.o1_gap) is None
    records.restore_records(blank_doc, records=report.removed)
    assert data_rows(blank_doc) == before


# -- the improvement plan --------------------------------------------------------------------------
def test_improvement_items_store_their_dates(blank_doc, ev):
    row = get(blank_doc, ImprovementItem, ev.o1_item)
    assert (row.objective_id, row.issue, row.corrective_action, row.responsible_org, row.start_date,
            row.completion_date) == (ev.o1, "Missing contact points", "Collect 24/7 contacts", "Secretariat",
                                     date(2026, 4, 1), date(2026, 6, 30))
    loose = get(blank_doc, ImprovementItem, ev.loose_item)
    assert (loose.objective_id, loose.start_date, loose.completion_date) == (None, None, None)
    same_day = evaluation.create_improvement(blank_doc, issue="One-day fix", start_date="2026-05-05",
                                             completion_date="2026-05-05")
    assert get(blank_doc, ImprovementItem, same_day.ids[0]).completion_date == date(2026, 5, 5)


def test_update_improvement_reports_the_old_values_and_undo_restores_them(blank_doc, ev):
    before = data_rows(blank_doc)
    report = logged_once(blank_doc, lambda: evaluation.update_improvement(
        blank_doc, improvement_id=ev.o1_item, completion_date="2026-09-30", point_of_contact="Desk officer", objective_id=ev.o2),
        "edit")
    assert (report.entity, report.action, report.ids) == ("improvement_item", "updated", (ev.o1_item,))
    assert report.previous == {"completion_date": date(2026, 6, 30), "point_of_contact": "", "objective_id": ev.o1}
    row = get(blank_doc, ImprovementItem, ev.o1_item)
    assert (row.completion_date, row.point_of_contact, row.objective_id) == (date(2026, 9, 30), "Desk officer", ev.o2)
    evaluation.update_improvement(blank_doc, improvement_id=ev.o1_item, **report.previous)
    assert data_rows(blank_doc) == before
    # Unlinking from the objective and clearing a date are edits too.
    evaluation.update_improvement(blank_doc, improvement_id=ev.o1_item, objective_id=None, completion_date="")
    row = get(blank_doc, ImprovementItem, ev.o1_item)
    assert (row.objective_id, row.completion_date) == (None, None)


def test_delete_improvement_and_restore_it(blank_doc, ev):
    before = data_rows(blank_doc)
    report = logged_once(blank_doc, lambda: evaluation.delete_improvement(blank_doc, improvement_id=ev.o1_item), "edit")
    assert (report.entity, report.action, report.ids) == ("improvement_item", "deleted", (ev.o1_item,))
    assert [(r.table, r.values["start_date"]) for r in report.removed] == [("improvement_item", date(2026, 4, 1))]
    assert get(blank_doc, ImprovementItem, ev.o1_item) is None
    records.restore_records(blank_doc, records=report.removed)
    assert data_rows(blank_doc) == before


# -- invalid input: refused, named, nothing written ------------------------------------------
INVALID = {
    # objectives
    "rating X": ("rating", lambda d, e: evaluation.update_objective(d, objective_id=e.o1, rating="X"), ("'X'", "P, S, M, U")),
    "rating two letters": ("rating", lambda d, e: evaluation.update_objective(d, objective_id=e.o1, rating="ps"), ("'PS'",)),
    "rating a word": ("rating", lambda d, e: evaluation.update_objective(d, objective_id=e.o1, rating="Good"), ("'GOOD'",)),
    "rating a number": ("rating", lambda d, e: evaluation.update_objective(d, objective_id=e.o1, rating=3), ("'3'",)),
    "rating on create": ("rating", lambda d, e: evaluation.create_objective(d, code="O3", title="x", rating="A"),
                         ("'A'",)),
    "empty code": ("code", lambda d, e: evaluation.create_objective(d, code="  ", title="x"), ("empty",)),
    "code too long": ("code", lambda d, e: evaluation.create_objective(d, code="O" * 21, title="x"), ("too long",)),
    "empty title": ("title", lambda d, e: evaluation.create_objective(d, code="O3", title=""), ("empty",)),
    "title not text": ("title", lambda d, e: evaluation.create_objective(d, code="O3", title=None), ("empty",)),
    "title emptied by update": ("title", lambda d, e: evaluation.update_objective(d, objective_id=e.o1, title=" "), ("empty",)),
    "negative sort order": ("sort_order", lambda d, e: evaluation.create_objective(
        d, code="O3", title="x", sort_order=-1), ("at least 0",)),
    "sort order not a number": ("sort_order", lambda d, e: evaluation.update_objective(
        d, objective_id=e.o1, sort_order="first"), ("whole number",)),
    "unknown objective field": ("colour", lambda d, e: evaluation.update_objective(d, objective_id=e.o1, colour="red"),
                                ("not a field of an objective",)),
    # observations
    "observation of a missing objective": ("objective_id", lambda d, e: evaluation.record_observation(
        d, objective_id=999, text="x"), ("objective 999 does not exist",)),
    "observation of a made-up log entry": ("log_entry_id", lambda d, e: evaluation.record_observation(
        d, objective_id=e.o1, text="x", log_entry_id=9999), ("log entry 9999 does not exist",)),
    "observation of an unknown kind": ("kind", lambda d, e: evaluation.record_observation(
        d, objective_id=e.o1, text="x", kind="opinion"), ("'opinion'", "strength, improvement, note")),
    "empty observation": ("text", lambda d, e: evaluation.record_observation(d, objective_id=e.o1, text="  "),
                          ("empty",)),
    "observation too long": ("text", lambda d, e: evaluation.record_observation(
        d, objective_id=e.o1, text="x" * 4001), ("too long",)),
    # improvement plan
    "empty issue": ("issue", lambda d, e: evaluation.create_improvement(d, issue=""), ("empty",)),
    "item of a missing objective": ("objective_id", lambda d, e: evaluation.create_improvement(
        d, issue="x", objective_id=999), ("objective 999 does not exist",)),
    "item moved to a missing objective": ("objective_id", lambda d, e: evaluation.update_improvement(
        d, improvement_id=e.loose_item, objective_id=999), ("999",)),
    "start date not a date": ("start_date", lambda d, e: evaluation.create_improvement(
        d, issue="x", start_date="2026-13-40"), ("YYYY-MM-DD",)),
    "completion date with a time": ("completion_date", lambda d, e: evaluation.create_improvement(
        d, issue="x", completion_date=T0), ("without a time",)),
    "completion before start": ("completion_date", lambda d, e: evaluation.create_improvement(
        d, issue="x", start_date="2026-05-02", completion_date="2026-05-01"), ("before the start date",)),
    "completion moved before start": ("completion_date", lambda d, e: evaluation.update_improvement(
        d, improvement_id=e.o1_item, completion_date=date(2026, 3, 31)), ("before the start date",)),
    "start moved after completion": ("completion_date", lambda d, e: evaluation.update_improvement(
        d, improvement_id=e.o1_item, start_date="2026-07-01"), ("before the start date",)),
    "responsible org too long": ("responsible_org", lambda d, e: evaluation.update_improvement(
        d, improvement_id=e.o1_item, responsible_org="x" * 201), ("too long",)),
    "unknown item field": ("owner", lambda d, e: evaluation.update_improvement(d, improvement_id=e.o1_item, owner="x"),
                           ("not a field of an improvement-plan item",)),
}


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_input_is_refused_and_nothing_is_written(case, blank_doc, ev):
    field, call, words = INVALID[case]
    refused(blank_doc, field, lambda: call(blank_doc, ev), *words)


@pytest.mark.parametrize("call, what", [
    (lambda d: evaluation.update_objective(d, objective_id=999, rating="P"), "Objective"),
    (lambda d: evaluation.delete_objective(d, objective_id=999), "Objective"),
    (lambda d: evaluation.delete_observation(d, observation_id=999), "Observation"),
    (lambda d: evaluation.update_improvement(d, improvement_id=999, issue="x"), "Improvement-plan item"),
    (lambda d: evaluation.delete_improvement(d, improvement_id=999), "Improvement-plan item"),
], ids=["update objective", "delete objective", "delete observation", "update item", "delete item"])
def test_a_missing_record_is_reported_and_nothing_is_written(blank_doc, ev, call, what):
    before = dump(blank_doc)
    with pytest.raises(NotFoundError) as caught:
        call(blank_doc)
    assert f"{what} 999 does not exist" in str(caught.value)
    assert dump(blank_doc) == before


# -- every service: one log entry of the right kind, and the chain holds ---------------------------
LOGGED = {
    "create objective": (lambda d, e: evaluation.create_objective(d, code="O3", title="Inform the public"),
                         "objective", "created", "edit"),
    "rate objective": (lambda d, e: evaluation.update_objective(d, objective_id=e.o2, rating="p"), "objective", "updated", "edit"),
    "delete objective": (lambda d, e: evaluation.delete_objective(d, objective_id=e.o1), "objective", "deleted", "edit"),
    "record observation": (lambda d, e: evaluation.record_observation(d, objective_id=e.o2, text="Signed"),
                           "observation", "created", "note"),
    "delete observation": (lambda d, e: evaluation.delete_observation(d, observation_id=e.o2_note), "observation", "deleted",
                           "edit"),
    "create item": (lambda d, e: evaluation.create_improvement(d, issue="Translation support"),
                    "improvement_item", "created", "edit"),
    "update item": (lambda d, e: evaluation.update_improvement(d, improvement_id=e.loose_item, capability="Exercise control"),
                    "improvement_item", "updated", "edit"),
    "delete item": (lambda d, e: evaluation.delete_improvement(d, improvement_id=e.o2_item), "improvement_item", "deleted", "edit"),
}


@pytest.mark.parametrize("case", list(LOGGED))
def test_each_evaluation_service_logs_once_with_its_kind(case, blank_doc, ev):
    call, entity, action, kind = LOGGED[case]
    blank_doc.scenario_now = lambda: at(9)
    report = logged_once(blank_doc, lambda: call(blank_doc, ev), kind)
    assert (report.entity, report.action) == (entity, action)
    assert report.ids and all(i is not None for i in report.ids)
    entry = log_entries(blank_doc)[-1]
    assert (entry.scenario_time, entry.wall_time) == (at(9), WALL)
