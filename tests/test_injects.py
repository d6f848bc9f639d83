"""MSEL services: planning injects, and delivering, holding, skipping and shifting them in play.

The planned columns of an inject are the script: play writes only the
``status`` and ``delivered_*`` columns. A refused call raises ValidationError
naming the field and writes nothing, which a separate plain sqlite3
connection confirms by dumping the whole database before and after.
"""
from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from model.conduct_entities import Inject
from model.entities import Commitment, Incident
from model.errors import NotFoundError
from model.storage.exercise_file import ExerciseFile
from model.queries import log_entries
from model.services import exercise, incidents, injects, records, responses, signatories
from model.services.injects import PLANNED_FIELDS
from model.services.log import verify_log
from model.timeutil import utc
from tests.support import data_rows, dump, logged_once, refused

T0 = utc(2026, 3, 2, 8)
NAIVE = datetime(2026, 3, 2, 12, 0)
WALL = utc(2026, 11, 26, 10, 15)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


# -- helpers ------------------------------------------------------------------------
def inject(doc, inject_id: int) -> Inject:
    with doc.reading() as session:
        return session.get(Inject, inject_id)


def planned(doc, inject_id: int) -> dict:
    """Every column of the script (what play must never change)."""
    row = inject(doc, inject_id)
    return {name: getattr(row, name) for name in (*PLANNED_FIELDS, "adhoc")}


def play_state(doc, inject_id: int) -> tuple:
    row = inject(doc, inject_id)
    return row.status, row.delivered_at, row.delivered_wall, row.incident_id


def incident_rows(doc) -> list[Incident]:
    with doc.reading() as session:
        return list(session.scalars(select(Incident).order_by(Incident.id)))


def numbers(rows) -> list[str]:
    return [row.number for row in rows]


# -- an MSEL of two phases ------------------------------------------------------------
PLAN = [
    dict(number="1", scenario_time=at(1), phase="Phase 1", method="email", sender="SIMCELL",
         recipient="Coordination cell", synopsis="Intelligence report of troop movements",
         expected_action="Convene the cell", objective="O1", controller="Lead controller"),
    dict(number="2", scenario_time=at(2), phase="Phase 1", inject_type="incident", incident_type="missile_strike",
         location="Kharkiv", synopsis="Missile strike on the power plant"),
    dict(number="3", scenario_time=at(3), delivery_time=at(2.5), phase="Phase 1", synopsis="Press enquiry"),
    dict(number="4", scenario_time=at(10), phase="Phase 2", synopsis="Allied request for air policing"),
    dict(number="5", scenario_time=at(12), phase="Phase 2", inject_type="incident",
         incident_type="ground_incursion", severity=5, location="Border crossing",
         synopsis="Armoured column crosses the border"),
]


@pytest.fixture
def msel(blank_doc) -> dict[str, int]:
    """Inject ids by MSEL number."""
    return {entry["number"]: injects.create_inject(blank_doc, **entry).ids[0] for entry in PLAN}


# -- planning -----------------------------------------------------------------------------
def test_create_inject_stores_the_script_and_numbers_follow_on(blank_doc):
    first = logged_once(blank_doc, lambda: injects.create_inject(
        blank_doc, scenario_time=at(1), synopsis="  Intelligence report  ", phase=" Phase 1 "), "edit")
    assert (first.entity, first.action) == ("inject", "created")
    row = inject(blank_doc, first.ids[0])
    assert row.number == "1"
    assert row.delivery_time == row.scenario_time == at(1)     # delivery defaults to the scenario time
    assert (row.synopsis, row.phase, row.inject_type) == ("Intelligence report", "Phase 1", "message")
    assert (row.status, row.delivered_at, row.delivered_wall, row.incident_id) == ("planned", None, None, None)
    assert (row.adhoc, row.severity, row.incident_type) == (False, None, None)
    assert first.summary == "Inject 1 planned for D+0 09:00: Intelligence report"

    second = injects.create_inject(blank_doc, scenario_time=at(2), delivery_time=at(1.5))
    assert inject(blank_doc, second.ids[0]).number == "2"
    assert inject(blank_doc, second.ids[0]).delivery_time == at(1.5)
    assert inject(blank_doc, second.ids[0]).scenario_time == at(2)
    # An explicit number is kept; the next automatic one follows the highest numeric number.
    assert inject(blank_doc, injects.create_inject(blank_doc, scenario_time=at(3), number="10").ids[0]).number == "10"
    assert inject(blank_doc, injects.create_inject(blank_doc, scenario_time=at(3), number="X-7").ids[0]).number == "X-7"
    assert inject(blank_doc, injects.create_inject(blank_doc, scenario_time=at(4)).ids[0]).number == "11"


def test_an_adhoc_inject_is_logged_as_play(blank_doc):
    report = logged_once(blank_doc, lambda: injects.create_inject(
        blank_doc, scenario_time=at(5), adhoc=True, synopsis="Media leak"), "inject")
    assert inject(blank_doc, report.ids[0]).adhoc is True
    assert report.summary.startswith("ad-hoc inject 1 planned for D+0 13:00")


def test_an_incident_inject_takes_the_default_severity_of_its_type(blank_doc):
    default = injects.create_inject(blank_doc, scenario_time=at(1), inject_type="incident",
                                    incident_type="ground_incursion")
    assert (inject(blank_doc, default.ids[0]).severity, inject(blank_doc, default.ids[0]).incident_type) == (
        4, "ground_incursion")
    cyber = injects.create_inject(blank_doc, scenario_time=at(1), inject_type="incident",
                                  incident_type="cyber_attack")
    assert inject(blank_doc, cyber.ids[0]).severity == 2
    explicit = injects.create_inject(blank_doc, scenario_time=at(1), inject_type="incident",
                                     incident_type="ground_incursion", severity="5")
    assert inject(blank_doc, explicit.ids[0]).severity == 5
    message = injects.create_inject(blank_doc, scenario_time=at(1), inject_type="message", severity="")
    assert inject(blank_doc, message.ids[0]).severity is None


def test_create_with_an_explicit_id_recreates_that_id(blank_doc, msel):
    injects.delete_inject(blank_doc, inject_id=msel["4"])
    report = injects.create_inject(blank_doc, id=msel["4"], **PLAN[3])
    assert report.ids == (msel["4"],)
    assert planned(blank_doc, msel["4"])["synopsis"] == "Allied request for air policing"


# -- batches ---------------------------------------------------------------------------------
def test_create_injects_adds_the_batch_in_one_transaction(blank_doc):
    entries = [dict(scenario_time=at(1), synopsis="First"),
               dict(scenario_time=at(2), inject_type="incident", incident_type="naval_blockade", phase="P1"),
               dict(scenario_time=at(3), delivery_time=at(2.75), synopsis="Third")]
    report = logged_once(blank_doc, lambda: injects.create_injects(blank_doc, entries=entries), "edit")
    assert (report.entity, report.action, len(report.ids)) == ("inject", "created", 3)
    assert report.summary == "3 injects added to the MSEL"
    rows = [inject(blank_doc, i) for i in report.ids]
    assert numbers(rows) == ["1", "2", "3"]
    assert [r.delivery_time for r in rows] == [at(1), at(2), at(2.75)]
    assert (rows[1].severity, rows[1].phase) == (3, "P1")
    assert all(r.status == "planned" and r.adhoc is False for r in rows)


def test_create_injects_continues_the_numbering_of_the_msel(blank_doc, msel):
    report = injects.create_injects(blank_doc, entries=[
        dict(scenario_time=at(20)), dict(scenario_time=at(21), number="20"), dict(scenario_time=at(22))])
    assert numbers(inject(blank_doc, i) for i in report.ids) == ["6", "20", "21"]


BAD_ENTRIES = {
    "no scenario time": (dict(synopsis="When?"), "scenario_time", ("required",)),
    "naive scenario time": (dict(scenario_time=NAIVE), "scenario_time", ("time zone",)),
    "naive delivery time": (dict(scenario_time=at(1), delivery_time=NAIVE), "delivery_time", ("time zone",)),
    "unknown inject type": (dict(scenario_time=at(1), inject_type="rumour"), "inject_type", ("'rumour'",)),
    "incident without a type": (dict(scenario_time=at(1), inject_type="incident"), "incident_type",
                                ("needs an incident type",)),
    "unknown incident type": (dict(scenario_time=at(1), inject_type="incident", incident_type="alien_invasion"),
                              "incident_type", ("'alien_invasion'",)),
    "severity out of range": (dict(scenario_time=at(1), inject_type="incident", incident_type="missile_strike",
                                   severity=7), "severity", ("at most 5",)),
    "blank number": (dict(scenario_time=at(1), number="   "), "number", ("empty",)),
    "unknown field": (dict(scenario_time=at(1), colour="red"), "colour", ("not a field",)),
    "ad-hoc in an import": (dict(scenario_time=at(1), adhoc=True), "adhoc", ("not a field",)),
}


@pytest.mark.parametrize("case", list(BAD_ENTRIES))
def test_create_injects_with_one_bad_entry_adds_nothing(case, blank_doc, msel):
    bad, field, words = BAD_ENTRIES[case]
    entries = [dict(scenario_time=at(20)), dict(scenario_time=at(21), synopsis="ok"), bad, dict(scenario_time=at(22))]
    refused(blank_doc, f"entries[2].{field}", lambda: injects.create_injects(blank_doc, entries=entries), *words)


# -- updates, deletes, restores ---------------------------------------------------------------
def test_update_inject_changes_planned_fields_and_reports_the_old_values(blank_doc, msel):
    before = data_rows(blank_doc)
    report = logged_once(blank_doc, lambda: injects.update_inject(
        blank_doc, inject_id=msel["1"], synopsis="Revised intelligence report", delivery_time=at(0.5), phase="Phase 0"),
        "edit")
    assert (report.entity, report.action, report.ids) == ("inject", "updated", (msel["1"],))
    assert report.previous == {"synopsis": "Intelligence report of troop movements", "delivery_time": at(1),
                               "phase": "Phase 1"}
    assert report.summary.startswith("Inject 1 edited (")
    row = inject(blank_doc, msel["1"])
    assert (row.synopsis, row.delivery_time, row.phase, row.scenario_time) == (
        "Revised intelligence report", at(0.5), "Phase 0", at(1))
    assert (row.status, row.delivered_at) == ("planned", None)
    # Undo is the same call with the previous values.
    injects.update_inject(blank_doc, inject_id=msel["1"], **report.previous)
    assert data_rows(blank_doc) == before


def test_turning_a_message_into_an_incident_inject_takes_the_type_default(blank_doc, msel):
    report = injects.update_inject(blank_doc, inject_id=msel["4"], inject_type="incident", incident_type="attack_on_forces")
    assert report.previous == {"inject_type": "message", "incident_type": None, "severity": None}
    row = inject(blank_doc, msel["4"])
    assert (row.inject_type, row.incident_type, row.severity) == ("incident", "attack_on_forces", 4)
    injects.update_inject(blank_doc, inject_id=msel["5"], severity=2)
    assert inject(blank_doc, msel["5"]).severity == 2


def test_an_update_that_changes_nothing_writes_nothing(blank_doc, msel):
    before = dump(blank_doc)
    report = injects.update_inject(blank_doc, inject_id=msel["2"], synopsis="Missile strike on the power plant",
                                   scenario_time=at(2))
    assert report.previous == {} and "no change" in report.summary
    assert dump(blank_doc) == before


def test_delete_inject_and_restore_it_with_the_same_id(blank_doc, msel):
    before = data_rows(blank_doc)
    report = logged_once(blank_doc, lambda: injects.delete_inject(blank_doc, inject_id=msel["3"]), "edit")
    assert (report.entity, report.action, report.ids) == ("inject", "deleted", (msel["3"],))
    assert [(r.table, r.values["id"]) for r in report.removed] == [("inject", msel["3"])]
    assert report.summary == "Inject 3 removed from the MSEL"
    assert inject(blank_doc, msel["3"]) is None
    restored = logged_once(blank_doc, lambda: records.restore_records(
        blank_doc, records=report.removed, summary="Undo: remove inject 3"), "edit")
    assert (restored.entity, restored.action, restored.ids) == ("inject", "restored", (msel["3"],))
    assert data_rows(blank_doc) == before


def test_a_delivered_inject_is_restored_with_its_play_state(blank_doc, msel):
    injects.deliver_inject(blank_doc, inject_id=msel["2"], at=at(2))
    before = data_rows(blank_doc)
    report = injects.delete_inject(blank_doc, inject_id=msel["2"])
    assert report.removed[0].values["status"] == "delivered"
    assert len(incident_rows(blank_doc)) == 1          # the incident that happened stays
    records.restore_records(blank_doc, records=report.removed)
    assert data_rows(blank_doc) == before
    assert inject(blank_doc, msel["2"]).incident_id == incident_rows(blank_doc)[0].id


# -- invalid input: refused, named, nothing written ------------------------------------------
INVALID = {
    "naive scenario time": ("scenario_time", lambda d, m: injects.create_inject(d, scenario_time=NAIVE),
                            ("time zone",)),
    "scenario time not a time": ("scenario_time", lambda d, m: injects.create_inject(
        d, scenario_time="D+1 10:00"), ("date and time",)),
    "naive delivery time": ("delivery_time", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), delivery_time=NAIVE), ("time zone",)),
    "unknown inject type": ("inject_type", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), inject_type="rumour"), ("'rumour'", "incident, message, contingency")),
    "incident without a type": ("incident_type", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), inject_type="incident"), ("needs an incident type",)),
    "incident of an unknown type": ("incident_type", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), inject_type="incident", incident_type="alien_invasion"), ("'alien_invasion'",)),
    "message naming an unknown type": ("incident_type", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), incident_type="alien_invasion"), ("'alien_invasion'",)),
    "severity 0": ("severity", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), inject_type="incident", incident_type="missile_strike", severity=0),
        ("at least 1",)),
    "severity 6": ("severity", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), inject_type="incident", incident_type="missile_strike", severity=6),
        ("at most 5",)),
    "severity not a number": ("severity", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), inject_type="incident", incident_type="missile_strike", severity="high"),
        ("whole number",)),
    "severity 9 on a message": ("severity", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), severity=9), ("at most 5",)),
    "blank number": ("number", lambda d, m: injects.create_inject(d, scenario_time=at(1), number="   "),
                     ("empty",)),
    "number too long": ("number", lambda d, m: injects.create_inject(d, scenario_time=at(1), number="1" * 21),
                        ("too long",)),
    "number not text": ("number", lambda d, m: injects.create_inject(d, scenario_time=at(1), number=7),
                        ("text",)),
    "synopsis too long": ("synopsis", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), synopsis="x" * 4001), ("too long",)),
    "adhoc not a boolean": ("adhoc", lambda d, m: injects.create_inject(d, scenario_time=at(1), adhoc="yes"),
                            ("true or false",)),
    "unknown field on create": ("colour", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), colour="red"), ("not a field of an inject",)),
    "status is not planned": ("status", lambda d, m: injects.create_inject(
        d, scenario_time=at(1), status="delivered"), ("not a field",)),
    "unknown field on update": ("colour", lambda d, m: injects.update_inject(d, inject_id=m["1"], colour="red"),
                                ("not a field",)),
    "delivered_at is not planned": ("delivered_at", lambda d, m: injects.update_inject(
        d, inject_id=m["1"], delivered_at=at(1)), ("not a field",)),
    "update to incident without a type": ("incident_type", lambda d, m: injects.update_inject(
        d, inject_id=m["1"], inject_type="incident"), ("needs an incident type",)),
    "update severity 6": ("severity", lambda d, m: injects.update_inject(d, inject_id=m["5"], severity=6), ("at most 5",)),
    "update naive delivery time": ("delivery_time", lambda d, m: injects.update_inject(
        d, inject_id=m["1"], delivery_time=NAIVE), ("time zone",)),
    "update blank number": ("number", lambda d, m: injects.update_inject(d, inject_id=m["1"], number=""), ("empty",)),
    "update location too long": ("location", lambda d, m: injects.update_inject(d, inject_id=m["2"], location="x" * 201),
                                 ("too long",)),
    "shift by a number": ("offset", lambda d, m: injects.shift_injects(d, offset=3600), ("time span",)),
    "shift by two years": ("offset", lambda d, m: injects.shift_injects(d, offset=timedelta(days=730)),
                           ("less than a year",)),
    "shift back two years": ("offset", lambda d, m: injects.shift_injects(
        d, offset=timedelta(days=-730), phase="Phase 1"), ("less than a year",)),
    "shift of an unknown phase": ("phase", lambda d, m: injects.shift_injects(
        d, offset=timedelta(hours=2), phase="Phase 9"), ("'Phase 9'",)),
    "deliver at a naive time": ("at", lambda d, m: injects.deliver_inject(d, inject_id=m["1"], at=NAIVE), ("time zone",)),
    "deliver at no time": ("at", lambda d, m: injects.deliver_inject(d, inject_id=m["1"], at=None), ("date and time",)),
}


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_input_is_refused_and_nothing_is_written(case, blank_doc, msel):
    field, call, words = INVALID[case]
    refused(blank_doc, field, lambda: call(blank_doc, msel), *words)


# A call refused because of where the inject is in play: (prepare, call, words).
REFUSED_IN_PLAY = {
    "deliver twice": (lambda d, m: injects.deliver_inject(d, inject_id=m["2"], at=at(2)),
                      lambda d, m: injects.deliver_inject(d, inject_id=m["2"], at=at(3)), ("already delivered",)),
    "fire a delivered inject": (lambda d, m: injects.deliver_inject(d, inject_id=m["1"], at=at(1)),
                                lambda d, m: injects.deliver_inject(d, inject_id=m["1"], at=at(1), fired_now=True),
                                ("already delivered",)),
    "deliver a skipped inject": (lambda d, m: injects.skip_inject(d, inject_id=m["2"]),
                                 lambda d, m: injects.deliver_inject(d, inject_id=m["2"], at=at(2)), ("already skipped",)),
    "hold a held inject": (lambda d, m: injects.hold_inject(d, inject_id=m["1"]),
                           lambda d, m: injects.hold_inject(d, inject_id=m["1"]), ("is held", "cannot be held")),
    "hold a delivered inject": (lambda d, m: injects.deliver_inject(d, inject_id=m["1"], at=at(1)),
                                lambda d, m: injects.hold_inject(d, inject_id=m["1"]), ("is delivered",)),
    "release a planned inject": (lambda d, m: None,
                                 lambda d, m: injects.release_inject(d, inject_id=m["1"]), ("is planned", "released")),
    "skip a delivered inject": (lambda d, m: injects.deliver_inject(d, inject_id=m["1"], at=at(1)),
                                lambda d, m: injects.skip_inject(d, inject_id=m["1"]), ("is delivered", "skipped")),
    "skip a skipped inject": (lambda d, m: injects.skip_inject(d, inject_id=m["1"]),
                              lambda d, m: injects.skip_inject(d, inject_id=m["1"]), ("is skipped",)),
    "revert a planned inject": (lambda d, m: None,
                                lambda d, m: injects.revert_inject(d, inject_id=m["1"]), ("already planned",)),
}


@pytest.mark.parametrize("case", list(REFUSED_IN_PLAY))
def test_a_play_step_the_inject_is_not_ready_for_is_refused(case, blank_doc, msel):
    prepare, call, words = REFUSED_IN_PLAY[case]
    prepare(blank_doc, msel)
    refused(blank_doc, "status", lambda: call(blank_doc, msel), *words)


@pytest.mark.parametrize("call", [
    lambda d: injects.update_inject(d, inject_id=999, synopsis="x"),
    lambda d: injects.delete_inject(d, inject_id=999),
    lambda d: injects.deliver_inject(d, inject_id=999, at=at(1)),
    lambda d: injects.hold_inject(d, inject_id=999),
    lambda d: injects.release_inject(d, inject_id=999),
    lambda d: injects.skip_inject(d, inject_id=999),
    lambda d: injects.revert_inject(d, inject_id=999),
], ids=["update", "delete", "deliver", "hold", "release", "skip", "revert"])
def test_a_missing_inject_is_reported_and_nothing_is_written(call, blank_doc, msel):
    before = dump(blank_doc)
    with pytest.raises(NotFoundError) as caught:
        call(blank_doc)
    assert "Inject 999 does not exist" in str(caught.value)
    assert dump(blank_doc) == before


# -- play: delivery ------------------------------------------------------------------------------
def test_delivery_writes_the_play_columns_and_never_the_script(blank_doc, msel):
    blank_doc.scenario_now = lambda: at(1.25)
    blank_doc.wall_now = lambda: WALL
    script = planned(blank_doc, msel["1"])
    others = {number: planned(blank_doc, i) for number, i in msel.items() if number != "1"}
    report = logged_once(blank_doc, lambda: injects.deliver_inject(blank_doc, inject_id=msel["1"], at=at(1.25)), "inject")
    assert (report.entity, report.action, report.ids) == ("inject", "updated", (msel["1"],))
    assert report.previous == {"status": "planned"}
    assert report.summary == ("Inject 1 delivered at D+0 09:15 (planned D+0 09:00): "
                              "Intelligence report of troop movements")
    assert play_state(blank_doc, msel["1"]) == ("delivered", at(1.25), WALL, None)
    assert planned(blank_doc, msel["1"]) == script
    assert {number: planned(blank_doc, i) for number, i in msel.items() if number != "1"} == others
    assert incident_rows(blank_doc) == []                   # a message creates no incident
    entry = log_entries(blank_doc)[-1]
    assert (entry.scenario_time, entry.wall_time) == (at(1.25), WALL)


def test_an_incident_inject_fired_early_creates_its_incident_at_the_delivery_time(blank_doc, msel):
    blank_doc.wall_now = lambda: WALL
    script = planned(blank_doc, msel["2"])
    report = logged_once(blank_doc, lambda: injects.deliver_inject(
        blank_doc, inject_id=msel["2"], at=at(1.5), fired_now=True), "inject")
    assert report.summary.startswith("Inject 2 fired now at D+0 09:30 (planned D+0 10:00)")
    (incident,) = incident_rows(blank_doc)
    assert (incident.incident_type, incident.severity, incident.occurred_at, incident.location,
            incident.description) == ("missile_strike", 3, at(1.5), "Kharkiv", "Missile strike on the power plant")
    assert play_state(blank_doc, msel["2"]) == ("delivered", at(1.5), WALL, incident.id)
    # Fired early, the script still says when it was planned.
    assert planned(blank_doc, msel["2"]) == script
    assert inject(blank_doc, msel["2"]).delivery_time == at(2)


def test_an_incident_inject_delivered_late_happens_when_delivered(blank_doc, msel):
    injects.deliver_inject(blank_doc, inject_id=msel["5"], at=at(13))
    (incident,) = incident_rows(blank_doc)
    assert (incident.incident_type, incident.severity, incident.occurred_at, incident.location) == (
        "ground_incursion", 5, at(13), "Border crossing")
    assert inject(blank_doc, msel["5"]).scenario_time == at(12)


def test_delivery_time_is_stored_in_utc_to_the_second(blank_doc, msel):
    kyiv = timezone(timedelta(hours=2))
    injects.deliver_inject(blank_doc, inject_id=msel["2"], at=datetime(2026, 3, 2, 11, 40, 5, 999999, tzinfo=kyiv))
    assert inject(blank_doc, msel["2"]).delivered_at == utc(2026, 3, 2, 9, 40, 5)
    assert incident_rows(blank_doc)[0].occurred_at == utc(2026, 3, 2, 9, 40, 5)


# -- play: hold, release, skip, revert ----------------------------------------------------------
def test_a_held_inject_waits_until_released(blank_doc, msel):
    assert numbers(injects.due_injects(blank_doc, now=at(2))) == ["1", "2"]
    script = planned(blank_doc, msel["1"])
    hold = logged_once(blank_doc, lambda: injects.hold_inject(blank_doc, inject_id=msel["1"]), "inject")
    assert (hold.previous, hold.summary) == ({"status": "planned"}, "Inject 1 held")
    assert play_state(blank_doc, msel["1"]) == ("held", None, None, None)
    assert numbers(injects.due_injects(blank_doc, now=at(2))) == ["2"]
    assert injects.next_planned(blank_doc, after=T0).number == "2"
    release = logged_once(blank_doc, lambda: injects.release_inject(blank_doc, inject_id=msel["1"]), "inject")
    assert (release.previous, release.summary) == ({"status": "held"}, "Inject 1 released")
    assert numbers(injects.due_injects(blank_doc, now=at(2))) == ["1", "2"]
    assert planned(blank_doc, msel["1"]) == script


def test_a_skipped_inject_is_never_due(blank_doc, msel):
    report = logged_once(blank_doc, lambda: injects.skip_inject(blank_doc, inject_id=msel["2"]), "inject")
    assert (report.previous, report.summary) == ({"status": "planned"}, "Inject 2 skipped")
    assert play_state(blank_doc, msel["2"]) == ("skipped", None, None, None)
    assert numbers(injects.due_injects(blank_doc, now=at(24))) == ["1", "3", "4", "5"]
    assert incident_rows(blank_doc) == []
    # A held inject can be skipped too.
    injects.hold_inject(blank_doc, inject_id=msel["3"])
    assert injects.skip_inject(blank_doc, inject_id=msel["3"]).previous == {"status": "held"}


def test_revert_returns_a_delivered_inject_to_planned_and_removes_its_incident(blank_doc, msel):
    before = data_rows(blank_doc)
    injects.deliver_inject(blank_doc, inject_id=msel["2"], at=at(1.5), fired_now=True)
    (incident,) = incident_rows(blank_doc)
    report = logged_once(blank_doc, lambda: injects.revert_inject(blank_doc, inject_id=msel["2"]), "correction")
    assert (report.entity, report.action, report.ids) == ("inject", "updated", (msel["2"],))
    assert report.previous == {"status": "delivered"}
    assert report.summary == "Inject 2 returned to planned (was delivered); incident #1 removed"
    assert play_state(blank_doc, msel["2"]) == ("planned", None, None, None)
    with blank_doc.reading() as session:
        assert session.get(Incident, incident.id) is None
    assert data_rows(blank_doc) == before
    assert numbers(injects.due_injects(blank_doc, now=at(2))) == ["1", "2"]
    # Delivered again, it happens again.
    injects.deliver_inject(blank_doc, inject_id=msel["2"], at=at(2))
    assert [i.occurred_at for i in incident_rows(blank_doc)] == [at(2)]


@pytest.mark.parametrize("step, was", [(injects.hold_inject, "held"), (injects.skip_inject, "skipped")])
def test_revert_of_a_hold_or_skip_returns_the_inject_to_planned(blank_doc, msel, step, was):
    before = data_rows(blank_doc)
    step(blank_doc, inject_id=msel["3"])
    report = logged_once(blank_doc, lambda: injects.revert_inject(blank_doc, inject_id=msel["3"]), "correction")
    assert report.previous == {"status": was}
    assert data_rows(blank_doc) == before


def test_revert_after_the_incident_was_removed_by_hand(blank_doc, msel):
    injects.deliver_inject(blank_doc, inject_id=msel["2"], at=at(2))
    (incident,) = incident_rows(blank_doc)
    incidents.delete_incident(blank_doc, incident_id=incident.id)
    assert inject(blank_doc, msel["2"]).incident_id is None          # ON DELETE SET NULL
    injects.revert_inject(blank_doc, inject_id=msel["2"])
    assert play_state(blank_doc, msel["2"]) == ("planned", None, None, None)


def test_the_incident_of_a_delivered_inject_is_an_ordinary_incident(blank_doc, msel):
    """Responses can be recorded on it like on any other incident."""
    injects.deliver_inject(blank_doc, inject_id=msel["5"], at=at(12))
    incident_id = inject(blank_doc, msel["5"]).incident_id
    pl = signatories.create_signatory(blank_doc, code="PL", name="Poland").ids[0]
    responses.create_commitment(blank_doc, incident_id=incident_id, signatory_id=pl, category="political",
                                measure="joint_statement", announced_at=at(13))
    with blank_doc.reading() as session:
        assert session.scalar(select(func.count()).select_from(Commitment)
                              .where(Commitment.incident_id == incident_id)) == 1


# -- what is due, what comes next -------------------------------------------------------------------
def test_due_injects_are_the_planned_ones_whose_time_has_come_earliest_first(blank_doc, msel):
    assert injects.due_injects(blank_doc, now=T0) == []
    assert numbers(injects.due_injects(blank_doc, now=at(1))) == ["1"]          # exactly on time is due
    assert numbers(injects.due_injects(blank_doc, now=at(2.49))) == ["1", "2"]
    # Inject 3 is delivered (2.5 h) before its scenario time (3 h): the delivery time counts.
    assert numbers(injects.due_injects(blank_doc, now=at(2.5))) == ["1", "2", "3"]
    # Planned later but delivered earlier, and two at the same moment (by id).
    injects.create_inject(blank_doc, scenario_time=at(9), delivery_time=at(0.5), number="6")
    injects.create_inject(blank_doc, scenario_time=at(2), number="7")
    assert numbers(injects.due_injects(blank_doc, now=at(2))) == ["6", "1", "2", "7"]
    injects.deliver_inject(blank_doc, inject_id=msel["1"], at=at(1))
    assert numbers(injects.due_injects(blank_doc, now=at(2))) == ["6", "2", "7"]
    due = injects.due_injects(blank_doc, now=at(100))
    assert numbers(due) == ["6", "2", "7", "3", "4", "5"]
    assert due[1].synopsis == "Missile strike on the power plant"     # usable after the session closed


def test_next_planned_is_the_first_planned_inject_after_a_time(blank_doc, msel):
    assert injects.next_planned(blank_doc, after=T0).number == "1"
    assert injects.next_planned(blank_doc, after=at(1)).number == "2"           # strictly after
    assert injects.next_planned(blank_doc, after=at(2)).number == "3"           # by delivery time
    injects.hold_inject(blank_doc, inject_id=msel["3"])
    assert injects.next_planned(blank_doc, after=at(2)).number == "4"
    injects.deliver_inject(blank_doc, inject_id=msel["4"], at=at(3))
    assert injects.next_planned(blank_doc, after=at(2)).number == "5"
    assert injects.next_planned(blank_doc, after=at(12)) is None


@pytest.mark.parametrize("call, field, words", [
    (lambda d: injects.due_injects(d, now=NAIVE), "now", "time zone"),
    (lambda d: injects.next_planned(d, after=NAIVE), "after", "time zone"),
    (lambda d: injects.due_injects(d, now="09:00"), "now", "date and time"),
])
def test_reading_services_refuse_a_time_without_a_zone(blank_doc, msel, call, field, words):
    refused(blank_doc, field, lambda: call(blank_doc), words)


def test_reading_services_work_on_a_read_only_exercise(blank_doc, msel):
    path = blank_doc.path
    blank_doc.close()
    os.chmod(path, 0o444)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    doc = ExerciseFile.open(path)
    try:
        assert doc.read_only
        assert numbers(injects.due_injects(doc, now=at(2))) == ["1", "2"]
        assert injects.next_planned(doc, after=at(2)).number == "3"
    finally:
        doc.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# -- shifting the MSEL ------------------------------------------------------------------------------
def times(doc, ids) -> list[tuple[datetime, datetime]]:
    return [(inject(doc, i).scenario_time, inject(doc, i).delivery_time) for i in ids]


def test_shifting_a_phase_keeps_its_spacing_and_leaves_other_phases_alone(blank_doc, msel):
    phase1, phase2 = [msel[n] for n in ("1", "2", "3")], [msel[n] for n in ("4", "5")]
    phase2_before = times(blank_doc, phase2)
    report = logged_once(blank_doc, lambda: injects.shift_injects(
        blank_doc, offset=timedelta(hours=2), phase="Phase 1"), "edit")
    assert (report.entity, report.action, sorted(report.ids)) == ("inject", "updated", sorted(phase1))
    assert report.previous == {"offset": timedelta(hours=-2), "phase": "Phase 1"}
    assert report.summary == "3 injects of phase 'Phase 1' shifted by +2 h"
    assert times(blank_doc, phase1) == [(at(3), at(3)), (at(4), at(4)), (at(5), at(4.5))]
    shifted = times(blank_doc, phase1)
    spacing = [later[1] - earlier[1] for earlier, later in zip(shifted, shifted[1:])]
    assert spacing == [timedelta(hours=1), timedelta(minutes=30)]
    assert times(blank_doc, phase2) == phase2_before


def test_shifting_the_whole_msel_and_back_restores_every_time_exactly(blank_doc, msel):
    injects.deliver_inject(blank_doc, inject_id=msel["1"], at=at(1.1))
    before = data_rows(blank_doc)
    report = logged_once(blank_doc, lambda: injects.shift_injects(blank_doc, offset=timedelta(minutes=-30)),
                         "edit")
    assert sorted(report.ids) == sorted(msel.values())
    assert report.summary == "5 injects of the whole MSEL shifted by -0.5 h"
    assert times(blank_doc, [msel["1"], msel["5"]]) == [(at(0.5), at(0.5)), (at(11.5), at(11.5))]
    # What happened in play does not move with the script.
    assert inject(blank_doc, msel["1"]).delivered_at == at(1.1)
    assert report.previous["phase"] is None
    injects.shift_injects(blank_doc, **report.previous)
    assert data_rows(blank_doc) == before


def test_a_fractional_shift_from_a_drag_can_be_undone_exactly(blank_doc, msel):
    before = data_rows(blank_doc)
    report = injects.shift_injects(blank_doc, offset=timedelta(hours=1, seconds=20.6), phase="Phase 2")
    assert times(blank_doc, [msel["4"]]) == [(at(11) + timedelta(seconds=21),) * 2]
    assert report.previous["offset"] == -timedelta(hours=1, seconds=21)
    injects.shift_injects(blank_doc, **report.previous)
    assert data_rows(blank_doc) == before


def test_the_shifted_injects_are_due_at_their_new_times(blank_doc, msel):
    injects.shift_injects(blank_doc, offset=timedelta(hours=2), phase="Phase 1")
    assert injects.due_injects(blank_doc, now=at(2.9)) == []
    assert numbers(injects.due_injects(blank_doc, now=at(3))) == ["1"]


# -- every service: one log entry of the right kind, and the chain holds ---------------------------
def prepare_held(d, m):
    injects.hold_inject(d, inject_id=m["3"])


def prepare_delivered(d, m):
    injects.deliver_inject(d, inject_id=m["2"], at=at(2))


def nothing(d, m):
    return None


LOGGED = {
    "create": (nothing, lambda d, m: injects.create_inject(d, scenario_time=at(4)), "edit"),
    "create ad hoc": (nothing, lambda d, m: injects.create_inject(d, scenario_time=at(4), adhoc=True), "inject"),
    "create batch": (nothing, lambda d, m: injects.create_injects(
        d, entries=[dict(scenario_time=at(4)), dict(scenario_time=at(5))]), "edit"),
    "update": (nothing, lambda d, m: injects.update_inject(d, inject_id=m["1"], notes="Check the recipient"), "edit"),
    "delete": (nothing, lambda d, m: injects.delete_inject(d, inject_id=m["4"]), "edit"),
    "shift phase": (nothing, lambda d, m: injects.shift_injects(d, offset=timedelta(hours=1), phase="Phase 2"),
                    "edit"),
    "shift all": (nothing, lambda d, m: injects.shift_injects(d, offset=timedelta(hours=1)), "edit"),
    "deliver": (nothing, lambda d, m: injects.deliver_inject(d, inject_id=m["1"], at=at(1)), "inject"),
    "deliver an incident": (nothing, lambda d, m: injects.deliver_inject(d, inject_id=m["2"], at=at(2)), "inject"),
    "fire now": (nothing, lambda d, m: injects.deliver_inject(d, inject_id=m["5"], at=at(3), fired_now=True), "inject"),
    "deliver a held inject": (prepare_held, lambda d, m: injects.deliver_inject(d, inject_id=m["3"], at=at(3)), "inject"),
    "hold": (nothing, lambda d, m: injects.hold_inject(d, inject_id=m["3"]), "inject"),
    "release": (prepare_held, lambda d, m: injects.release_inject(d, inject_id=m["3"]), "inject"),
    "skip": (nothing, lambda d, m: injects.skip_inject(d, inject_id=m["3"]), "inject"),
    "revert": (prepare_delivered, lambda d, m: injects.revert_inject(d, inject_id=m["2"]), "correction"),
}


@pytest.mark.parametrize("case", list(LOGGED))
def test_each_inject_service_logs_once_with_its_kind(case, blank_doc, msel):
    prepare, call, kind = LOGGED[case]
    prepare(blank_doc, msel)
    blank_doc.scenario_now = lambda: at(2.25)
    blank_doc.wall_now = lambda: WALL
    report = logged_once(blank_doc, lambda: call(blank_doc, msel), kind)
    assert report.entity == "inject" and report.ids and all(i is not None for i in report.ids)
    entry = log_entries(blank_doc)[-1]
    assert (entry.scenario_time, entry.wall_time) == (at(2.25), WALL)


def test_a_whole_exercise_of_play_keeps_the_log_chain_intact(blank_doc, msel):
    exercise.save_clock(blank_doc, scenario_time=at(1), running=True, speed=60, action="started")
    for inject_id in [i.id for i in injects.due_injects(blank_doc, now=at(2))]:
        injects.deliver_inject(blank_doc, inject_id=inject_id, at=at(2))
    injects.hold_inject(blank_doc, inject_id=msel["3"])
    injects.shift_injects(blank_doc, offset=timedelta(hours=1), phase="Phase 2")
    injects.skip_inject(blank_doc, inject_id=msel["3"])
    injects.revert_inject(blank_doc, inject_id=msel["2"])
    injects.deliver_inject(blank_doc, inject_id=msel["2"], at=at(2.5), fired_now=True)
    kinds = [e.kind for e in log_entries(blank_doc)[-7:]]
    assert kinds == ["inject", "inject", "inject", "edit", "inject", "correction", "inject"]
    result = verify_log(blank_doc)
    assert result.intact and result.entries == len(log_entries(blank_doc))


# -- title and additional fields (schema 5) -------------------------------------------------------
def test_an_injects_title_and_additional_fields_are_stored_in_one_form_and_edited_with_undo(blank_doc):
    created = injects.create_inject(blank_doc, scenario_time=at(1), title="  Port closed  ",
                                    additional_fields={" Remarks ": "see annex", "Attachments": "map.png",
                                                       "Media": "  "}).ids[0]
    row = inject(blank_doc, created)
    assert row.title == "Port closed"
    # Names trimmed, sorted, a blank value left out: a sheet's blank cell stores the same.
    assert row.additional_fields == '{"Attachments": "map.png", "Remarks": "see annex"}'
    report = injects.update_inject(blank_doc, inject_id=created, additional_fields='{"Remarks": "changed"}')
    assert inject(blank_doc, created).additional == {"Remarks": "changed"}
    assert "additional fields" in report.summary
    injects.update_inject(blank_doc, inject_id=created, **report.previous)   # what the undo command does
    assert inject(blank_doc, created).additional == {"Attachments": "map.png", "Remarks": "see annex"}


@pytest.mark.parametrize("fields, words", [
    (["Remarks"], "must map field names to text"),
    ({"Remarks": 3}, "'Remarks' must be text, got int"),
    ({"": "x"}, "must not be empty"),
    ({"Remarks": "a", " Remarks": "b"}, "names the field 'Remarks' twice"),
    ({"x" * 81: "a"}, "too long"),
    ({"Remarks": "x" * 4001}, "too long"),
    ("{not json", "not a list or mapping"),
])
def test_additional_fields_pactline_cannot_keep_are_refused(blank_doc, fields, words):
    refused(blank_doc, "additional_fields",
            lambda: injects.create_inject(blank_doc, scenario_time=at(1), additional_fields=fields), words)


def test_a_title_longer_than_200_characters_is_refused(blank_doc):
    refused(blank_doc, "title", lambda: injects.create_inject(blank_doc, scenario_time=at(1), title="t" * 201),
            "too long")


def test_an_import_sets_startex_and_endex_in_its_own_transaction_and_its_undo_sets_them_back(blank_doc):
    from model.queries import exercise_info
    before = (exercise_info(blank_doc).startex, exercise_info(blank_doc).endex)
    window = (utc(2011, 8, 21, 9), utc(2011, 8, 22, 12))
    refused(blank_doc, "endex", lambda: injects.create_injects(
        blank_doc, entries=[dict(scenario_time=window[0])], window=(window[1], window[0])), "after STARTEX")
    report = injects.create_injects(blank_doc, entries=[dict(scenario_time=window[0])], window=window)
    assert report.previous == {"window": before}
    assert report.updated.get("exercise_info") == frozenset({1})     # views hear of the new window
    assert (exercise_info(blank_doc).startex, exercise_info(blank_doc).endex) == window
    assert "STARTEX" in report.summary and "set from the sheet" in report.summary
    injects.delete_injects(blank_doc, ids=list(report.ids), window=before)
    assert (exercise_info(blank_doc).startex, exercise_info(blank_doc).endex) == before
