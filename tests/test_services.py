"""Every model service: what it writes, what it reports, and what it refuses.

A refused call raises ValidationError naming the field and writes nothing:
the whole database, read with a separate plain sqlite3 connection, is the
same before and after.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from model.entities import Commitment, Consultation, Incident, LogEntry, Signatory
from model.errors import NotFoundError
from model.queries import exercise_info, log_entries, treaty_terms
from model.services import exercise, incidents, log, records, responses, signatories, terms
from model.timeutil import utc
from tests.support import data_rows, dump, refused

T0 = utc(2026, 3, 2, 8)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


# -- helpers ----------------------------------------------------------------------
def log_count(doc) -> int:
    connection = sqlite3.connect(doc.path)
    try:
        return connection.execute("SELECT count(*) FROM log_entry").fetchone()[0]
    finally:
        connection.close()


@dataclass
class World:
    de: int
    fr: int
    pl: int
    strike: int
    incursion: int
    statement: int
    troops: int
    de_joined: int
    fr_absent: int
    terms_id: int


@pytest.fixture
def world(blank_doc) -> World:
    de = signatories.create_signatory(blank_doc, code="DE", name="Germany", nato=True, eu=True,
                                      agreement_date=date(2024, 2, 16), approval_required=True,
                                      approval_lead_hours=72).ids[0]
    fr = signatories.create_signatory(blank_doc, code="FR", name="France", nato=True, eu=True,
                                      agreement_date="2024-02-16", pledges=["troop_deployment"]).ids[0]
    pl = signatories.create_signatory(blank_doc, code="PL", name="Poland").ids[0]
    strike = incidents.create_incident(blank_doc, incident_type="missile_strike", severity=3, occurred_at=T0,
                                       location="Kharkiv").ids[0]
    incursion = incidents.create_incident(blank_doc, incident_type="ground_incursion", severity=4,
                                          occurred_at=at(24)).ids[0]
    statement = responses.create_commitment(blank_doc, incident_id=strike, signatory_id=de, category="political",
                                            measure="joint_statement", announced_at=at(2)).ids[0]
    troops = responses.create_commitment(blank_doc, incident_id=strike, signatory_id=fr, category="military",
                                         measure="troop_deployment", announced_at=at(3), effective_at=at(30),
                                         status="announced").ids[0]
    de_joined = responses.record_consultation(blank_doc, incident_id=strike, signatory_id=de,
                                              joined_at=at(20)).ids[0]
    fr_absent = responses.record_consultation(blank_doc, incident_id=strike, signatory_id=fr,
                                              joined_at=None, note="Declined").ids[0]
    return World(de, fr, pl, strike, incursion, statement, troops, de_joined, fr_absent,
                 exercise_info(blank_doc).active_terms_id)


# -- invalid input: refused, named, nothing written ----------------------------------------
NAIVE = datetime(2026, 3, 2, 12, 0)

INVALID = {
    # signatories
    "state code not ISO": ("code", lambda d, w: signatories.create_signatory(d, code="XX", name="Nowhere"),
                           ("'XX'", "ISO 3166")),
    "organisation code one letter": ("code", lambda d, w: signatories.create_signatory(
        d, code="E", name="E", kind="organisation"), ("2-10 capital letters",)),
    "organisation code starts with digit": ("code", lambda d, w: signatories.create_signatory(
        d, code="9EU", name="x", kind="organisation"), ("starting with a letter",)),
    "organisation code punctuation": ("code", lambda d, w: signatories.create_signatory(
        d, code="EU-X", name="x", kind="organisation"), ("capital letters or digits",)),
    "organisation code too long": ("code", lambda d, w: signatories.create_signatory(
        d, code="ABCDEFGHIJK", name="x", kind="organisation"), ("too long",)),
    "empty code": ("code", lambda d, w: signatories.create_signatory(d, code="  ", name="x"), ("empty",)),
    "empty name": ("name", lambda d, w: signatories.create_signatory(d, code="MT", name=""), ("empty",)),
    "blank name": ("name", lambda d, w: signatories.create_signatory(d, code="MT", name="   "), ("empty",)),
    "name not text": ("name", lambda d, w: signatories.create_signatory(d, code="MT", name=12), ("text",)),
    "duplicate code": ("code", lambda d, w: signatories.create_signatory(d, code="DE", name="Deutschland"),
                       ("already on the roster",)),
    "duplicate code, lower case": ("code", lambda d, w: signatories.create_signatory(d, code="de", name="x"),
                                   ("DE", "already on the roster")),
    "duplicate code by update": ("code", lambda d, w: signatories.update_signatory(d, signatory_id=w.fr, code="DE"),
                                 ("already on the roster",)),
    "unknown kind": ("kind", lambda d, w: signatories.create_signatory(d, code="MT", name="x", kind="country"),
                     ("state", "organisation")),
    "negative lead time": ("approval_lead_hours", lambda d, w: signatories.update_signatory(
        d, signatory_id=w.de, approval_lead_hours=-1), ("at least 0",)),
    "lead time not a number": ("approval_lead_hours", lambda d, w: signatories.create_signatory(
        d, code="MT", name="Malta", approval_lead_hours="two days"), ("whole number",)),
    "nato not a boolean": ("nato", lambda d, w: signatories.create_signatory(d, code="MT", name="x", nato="yes"),
                           ("true or false",)),
    "agreement date not a date": ("agreement_date", lambda d, w: signatories.update_signatory(
        d, signatory_id=w.de, agreement_date="2024-13-40"), ("YYYY-MM-DD",)),
    "agreement date with a time": ("agreement_date", lambda d, w: signatories.update_signatory(
        d, signatory_id=w.de, agreement_date=T0), ("without a time",)),
    "unknown pledge": ("pledges", lambda d, w: signatories.update_signatory(d, signatory_id=w.de, pledges=["teleport"]),
                       ("'teleport'",)),
    "pledges not a list": ("pledges", lambda d, w: signatories.update_signatory(d, signatory_id=w.de, pledges="troop_deployment"),
                           ("troop_deployment",)),
    "unknown signatory field": ("colour", lambda d, w: signatories.update_signatory(d, signatory_id=w.de, colour="red"),
                                ("not a field of a signatory",)),
    # incidents
    "severity 0": ("severity", lambda d, w: incidents.create_incident(
        d, incident_type="missile_strike", severity=0, occurred_at=T0), ("at least 1",)),
    "severity 6": ("severity", lambda d, w: incidents.create_incident(
        d, incident_type="missile_strike", severity=6, occurred_at=T0), ("at most 5",)),
    "severity abc": ("severity", lambda d, w: incidents.create_incident(
        d, incident_type="missile_strike", severity="abc", occurred_at=T0), ("whole number",)),
    "severity 6 by update": ("severity", lambda d, w: incidents.update_incident(d, incident_id=w.strike, severity=6),
                             ("at most 5",)),
    "unknown incident type": ("incident_type", lambda d, w: incidents.create_incident(
        d, incident_type="alien_invasion", severity=3, occurred_at=T0), ("'alien_invasion'", "catalogue")),
    "naive occurred_at": ("occurred_at", lambda d, w: incidents.create_incident(
        d, incident_type="missile_strike", severity=3, occurred_at=NAIVE), ("time zone",)),
    "naive occurred_at by drag": ("occurred_at", lambda d, w: incidents.update_incident(
        d, incident_id=w.strike, occurred_at=NAIVE), ("time zone",)),
    "occurred_at not a time": ("occurred_at", lambda d, w: incidents.create_incident(
        d, incident_type="missile_strike", severity=3, occurred_at="D+1 10:00"), ("date and time",)),
    "location too long": ("location", lambda d, w: incidents.update_incident(d, incident_id=w.strike, location="x" * 201),
                          ("too long",)),
    "unknown incident field": ("colour", lambda d, w: incidents.update_incident(d, incident_id=w.strike, colour="red"),
                               ("not a field of an incident",)),
    # commitments
    "unknown category": ("category", lambda d, w: responses.create_commitment(
        d, incident_id=w.strike, signatory_id=w.pl, category="nuclear", measure="joint_statement",
        announced_at=at(1)), ("'nuclear'",)),
    "unknown instrument": ("measure", lambda d, w: responses.create_commitment(
        d, incident_id=w.strike, signatory_id=w.pl, category="political", measure="teleport",
        announced_at=at(1)), ("'teleport'", "catalogue")),
    "measure of another category": ("measure", lambda d, w: responses.create_commitment(
        d, incident_id=w.strike, signatory_id=w.pl, category="political", measure="troop_deployment",
        announced_at=at(1)), ("military measure", "not political")),
    "measure of another category by update": ("measure", lambda d, w: responses.update_commitment(
        d, commitment_id=w.statement, category="economic"), ("political measure", "not economic")),
    "effective before announced": ("effective_at", lambda d, w: responses.create_commitment(
        d, incident_id=w.strike, signatory_id=w.pl, category="military", measure="air_policing",
        announced_at=at(5), effective_at=at(4)), ("before",)),
    "effective before announced by update": ("effective_at", lambda d, w: responses.update_commitment(
        d, commitment_id=w.troops, effective_at=at(2)), ("before",)),
    "naive announced_at": ("announced_at", lambda d, w: responses.create_commitment(
        d, incident_id=w.strike, signatory_id=w.pl, category="political", measure="joint_statement",
        announced_at=NAIVE), ("time zone",)),
    "naive effective_at": ("effective_at", lambda d, w: responses.update_commitment(
        d, commitment_id=w.troops, effective_at=NAIVE), ("time zone",)),
    "unknown status": ("status", lambda d, w: responses.update_commitment(d, commitment_id=w.troops, status="maybe"),
                       ("pledged", "withdrawn")),
    "commitment to a missing incident": ("incident_id", lambda d, w: responses.create_commitment(
        d, incident_id=999, signatory_id=w.pl, category="political", measure="joint_statement",
        announced_at=at(1)), ("999",)),
    "commitment of a missing signatory": ("signatory_id", lambda d, w: responses.create_commitment(
        d, incident_id=w.strike, signatory_id=999, category="political", measure="joint_statement",
        announced_at=at(1)), ("999",)),
    "unknown commitment field": ("colour", lambda d, w: responses.update_commitment(d, commitment_id=w.troops, colour="red"),
                                 ("not a field",)),
    # consultations
    "naive joined_at": ("joined_at", lambda d, w: responses.record_consultation(
        d, incident_id=w.strike, signatory_id=w.pl, joined_at=NAIVE), ("time zone",)),
    "attendance recorded twice": ("signatory_id", lambda d, w: responses.record_consultation(
        d, incident_id=w.strike, signatory_id=w.de, joined_at=at(21)), ("already recorded",)),
    "consultation moved to another incident": ("incident_id", lambda d, w: responses.update_consultation(
        d, consultation_id=w.de_joined, incident_id=w.incursion), ("not a field",)),
    # treaty terms
    "tiers not increasing": ("tiers[1]", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, tiers=[48, 24, 72]),
                             ("must increase",)),
    "tiers repeated": ("tiers[2]", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, tiers=[24, 48, 48]),
                       ("must increase",)),
    "tier zero": ("tiers[0]", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, tiers=[0, 24, 48]),
                  ("at least 1",)),
    "tier negative": ("tiers[0]", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, tiers=[-24, 24, 48]),
                      ("at least 1",)),
    "no tiers": ("tiers", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, tiers=[]), ("non-empty",)),
    "tiers not readable": ("tiers", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, tiers="24, 48 and 72"),
                           ("24, 48 and 72",)),
    "severity tier out of range": ("severity_tiers.4", lambda d, w: terms.update_terms(
        d, terms_id=w.terms_id, severity_tiers={"1": 2, "2": 2, "3": 1, "4": 3, "5": 0}), ("at most 2",)),
    "severity tier negative": ("severity_tiers.1", lambda d, w: terms.update_terms(
        d, terms_id=w.terms_id, severity_tiers={"1": -1, "2": 2, "3": 1, "4": 0, "5": 0}), ("at least 0",)),
    "severity without a tier": ("severity_tiers.5", lambda d, w: terms.update_terms(
        d, terms_id=w.terms_id, severity_tiers={"1": 2, "2": 2, "3": 1, "4": 0}), ("no tier",)),
    "fewer tiers than severities use": ("severity_tiers.1", lambda d, w: terms.update_terms(
        d, terms_id=w.terms_id, tiers=[12, 36]), ("at most 1",)),
    "reaction deadline zero": ("reaction_hours", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, reaction_hours=0),
                               ("at least 1",)),
    "category out of the catalogue": ("categories", lambda d, w: terms.update_terms(
        d, terms_id=w.terms_id, categories=["political", "nuclear"]), ("'nuclear'",)),
    "UN-led coordination": ("coordination", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, coordination="un_led"),
                            ("UN-led", "veto")),
    "unknown coordination": ("coordination", lambda d, w: terms.update_terms(
        d, terms_id=w.terms_id, coordination="martian_led"), ("'martian_led'",)),
    "empty terms name": ("name", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, name=" "), ("empty",)),
    "unknown terms field": ("deadline", lambda d, w: terms.update_terms(d, terms_id=w.terms_id, deadline=12),
                            ("not a field",)),
    "proportionality severity": ("severity", lambda d, w: terms.set_proportionality(
        d, terms_id=w.terms_id, incident_type="missile_strike", severity=6, categories=["political"]),
        ("at most 5",)),
    "proportionality category": ("categories", lambda d, w: terms.set_proportionality(
        d, terms_id=w.terms_id, incident_type="missile_strike", severity=3, categories=["nuclear"]),
        ("'nuclear'",)),
    "proportionality incident type": ("incident_type", lambda d, w: terms.set_proportionality(
        d, terms_id=w.terms_id, incident_type="alien_invasion", severity=3, categories=["political"]),
        ("'alien_invasion'",)),
    # exercise settings and clock
    "empty exercise name": ("name", lambda d, w: exercise.update_exercise(d, name=""), ("empty",)),
    "ENDEX before STARTEX": ("endex", lambda d, w: exercise.update_exercise(d, endex=utc(2026, 3, 1)),
                             ("after STARTEX",)),
    "naive STARTEX": ("startex", lambda d, w: exercise.update_exercise(d, startex=NAIVE), ("time zone",)),
    "marking colour": ("marking_colour", lambda d, w: exercise.update_exercise(d, marking_colour="green"),
                       ("#2e7d32",)),
    "unknown exercise field": ("owner", lambda d, w: exercise.update_exercise(d, owner="me"), ("not a field",)),
    "clock speed zero": ("speed", lambda d, w: exercise.save_clock(d, scenario_time=T0, running=True, speed=0),
                         ("above 0",)),
    "clock speed too high": ("speed", lambda d, w: exercise.save_clock(
        d, scenario_time=T0, running=True, speed=1e6), ("at most",)),
    "naive clock time": ("scenario_time", lambda d, w: exercise.save_clock(
        d, scenario_time=NAIVE, running=False, speed=1.0), ("time zone",)),
    "clock running not a boolean": ("running", lambda d, w: exercise.save_clock(
        d, scenario_time=T0, running="yes", speed=1.0), ("true or false",)),
    # log
    "unknown log kind": ("kind", lambda d, w: log.add_log_entry(d, kind="gossip", text="x"), ("'gossip'",)),
    "empty log text": ("text", lambda d, w: log.add_log_entry(d, kind="note", text="  "), ("empty",)),
    "log refers to nothing": ("refers_to", lambda d, w: log.add_log_entry(d, kind="correction", text="x",
                                                                         refers_to=999), ("999",)),
}


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_input_is_refused_and_nothing_is_written(case, blank_doc, world):
    field, call, words = INVALID[case]
    refused(blank_doc, field, lambda: call(blank_doc, world), *words)


@pytest.mark.parametrize("call", [
    lambda d, w: incidents.update_incident(d, incident_id=999, severity=2),
    lambda d, w: incidents.delete_incident(d, incident_id=999),
    lambda d, w: signatories.delete_signatory(d, signatory_id=999),
    lambda d, w: responses.update_commitment(d, commitment_id=999, note="x"),
    lambda d, w: responses.delete_consultation(d, consultation_id=999),
    lambda d, w: terms.set_active_terms(d, terms_id=999),
], ids=["update incident", "delete incident", "delete signatory", "update commitment", "delete consultation",
        "activate terms"])
def test_missing_record_is_reported_and_nothing_is_written(call, blank_doc, world):
    before = dump(blank_doc)
    with pytest.raises(NotFoundError) as caught:
        call(blank_doc, world)
    assert "999" in str(caught.value) and "does not exist" in str(caught.value)
    assert dump(blank_doc) == before


# -- successful calls: the report, and exactly one log entry --------------------------------
SUCCESSFUL = {
    "create signatory": (lambda d, w: signatories.create_signatory(d, code="mt", name=" Malta "),
                         "signatory", "created"),
    "create signatories": (lambda d, w: signatories.create_signatories(d, entries=[
        dict(code="IE", name="Ireland"), dict(code="NATO", name="NATO", kind="organisation")]),
        "signatory", "created"),
    "update signatory": (lambda d, w: signatories.update_signatory(d, signatory_id=w.pl, nato=True, eu=True),
                         "signatory", "updated"),
    "delete signatory": (lambda d, w: signatories.delete_signatory(d, signatory_id=w.fr), "signatory", "deleted"),
    "create incident": (lambda d, w: incidents.create_incident(d, incident_type="cyber_attack", severity=2,
                                                               occurred_at=at(5)), "incident", "created"),
    "move incident": (lambda d, w: incidents.update_incident(d, incident_id=w.strike, occurred_at=at(1)), "incident", "updated"),
    "delete incident": (lambda d, w: incidents.delete_incident(d, incident_id=w.strike), "incident", "deleted"),
    "create commitment": (lambda d, w: responses.create_commitment(
        d, incident_id=w.incursion, signatory_id=w.pl, category="economic", measure="sanctions_package",
        announced_at=at(30)), "commitment", "created"),
    "update commitment": (lambda d, w: responses.update_commitment(d, commitment_id=w.troops, status="withdrawn"),
                          "commitment", "updated"),
    "delete commitment": (lambda d, w: responses.delete_commitment(d, commitment_id=w.statement), "commitment", "deleted"),
    "record consultation": (lambda d, w: responses.record_consultation(
        d, incident_id=w.strike, signatory_id=w.pl, joined_at=at(25)), "consultation", "created"),
    "update consultation": (lambda d, w: responses.update_consultation(d, consultation_id=w.fr_absent, joined_at=at(40)),
                            "consultation", "updated"),
    "delete consultation": (lambda d, w: responses.delete_consultation(d, consultation_id=w.de_joined), "consultation", "deleted"),
    "update terms": (lambda d, w: terms.update_terms(d, terms_id=w.terms_id, reaction_hours=12), "treaty_terms", "updated"),
    "set proportionality": (lambda d, w: terms.set_proportionality(
        d, terms_id=w.terms_id, incident_type="missile_strike", severity=3, categories=["cyber"]),
        "proportionality_rule", "updated"),
    "set active terms": (lambda d, w: terms.set_active_terms(d, terms_id=w.terms_id), "exercise_info", "updated"),
    "update exercise": (lambda d, w: exercise.update_exercise(d, name="Renamed"), "exercise_info", "updated"),
    "save clock with action": (lambda d, w: exercise.save_clock(d, scenario_time=at(3), running=True, speed=60,
                                                                action="started"), "clock_state", "updated"),
    "add log entry": (lambda d, w: log.add_log_entry(d, kind="decision", text="Convene the cell"),
                      "log_entry", "created"),
}


@pytest.mark.parametrize("case", list(SUCCESSFUL))
def test_each_service_reports_its_change_and_logs_it_once(case, blank_doc, world):
    call, entity, action = SUCCESSFUL[case]
    before = log_count(blank_doc)
    report = call(blank_doc, world)
    assert (report.entity, report.action) == (entity, action)
    assert report.ids and all(i is not None for i in report.ids)
    assert log_count(blank_doc) == before + 1
    last = log_entries(blank_doc)[-1]
    if case != "save clock with action":
        assert last.text == report.summary
    assert last.author == blank_doc.author
    assert log.verify_log(blank_doc).intact


def test_saving_the_clock_without_an_action_is_not_logged(blank_doc):
    before = log_count(blank_doc)
    report = exercise.save_clock(blank_doc, scenario_time=at(1), running=True, speed=10)
    assert report.previous["running"] is False and report.previous["speed"] == 1.0
    assert log_count(blank_doc) == before
    clock_text = exercise.save_clock(blank_doc, scenario_time=at(2), running=False, speed=10, action="paused")
    assert clock_text.summary == "paused"
    entry = log_entries(blank_doc)[-1]
    assert entry.kind == "clock" and "Clock paused at D+0 10:00" in entry.text


def test_an_update_that_changes_nothing_writes_nothing(blank_doc, world):
    before = dump(blank_doc)
    report = signatories.update_signatory(blank_doc, signatory_id=world.de, name="Germany", nato=True)
    assert report.previous == {} and "no change" in report.summary
    report = incidents.update_incident(blank_doc, incident_id=world.strike, occurred_at=T0)
    assert report.previous == {}
    assert dump(blank_doc) == before


# -- what the reports carry ------------------------------------------------------------------
def test_create_signatory_stores_cleaned_values(blank_doc):
    report = signatories.create_signatory(blank_doc, code=" mt ", name=" Malta ", eu=True,
                                          agreement_date="2024-05-01",
                                          pledges=["naval_escort", "joint_statement", "naval_escort"])
    with blank_doc.reading() as session:
        row = session.get(Signatory, report.ids[0])
    assert (row.code, row.name, row.eu, row.agreement_date) == ("MT", "Malta", True, date(2024, 5, 1))
    assert json.loads(row.pledges) == ["joint_statement", "naval_escort"]
    assert report.summary == "Signatory MT Malta added"


def test_update_reports_the_previous_values(blank_doc, world):
    report = signatories.update_signatory(blank_doc, signatory_id=world.fr, pledges=["joint_statement"], approval_lead_hours=6)
    assert report.previous == {"pledges": ["troop_deployment"], "approval_lead_hours": 0}
    report = incidents.update_incident(blank_doc, incident_id=world.strike, occurred_at=at(1))
    assert report.previous == {"occurred_at": T0}
    assert report.summary == f"Incident #{world.strike} moved to D+0 09:00"
    report = terms.update_terms(blank_doc, terms_id=world.terms_id, tiers=[12, 24, 36])
    assert report.previous == {"tiers": [24, 48, 72]}
    report = terms.set_active_terms(blank_doc, terms_id=world.terms_id)
    assert report.previous == {"terms_id": world.terms_id}
    report = terms.set_proportionality(blank_doc, terms_id=world.terms_id, incident_type="missile_strike",
                                       severity=3, categories=["humanitarian", "political"])
    assert report.previous == {"categories": ["political", "economic", "military"]}
    assert report.ids == (world.terms_id, "missile_strike", 3)
    report = exercise.update_exercise(blank_doc, classification="RESTRICTED")
    assert report.previous == {"classification": "UNCLASSIFIED"}
    # An undo is the same call with the previous values.
    signatories.update_signatory(blank_doc, signatory_id=world.fr, pledges=["troop_deployment"], approval_lead_hours=0)
    with blank_doc.reading() as session:
        assert session.get(Signatory, world.fr).approval_lead_hours == 0


def test_terms_update_stores_json_and_validates_the_whole_option(blank_doc, world):
    terms.update_terms(blank_doc, terms_id=world.terms_id, tiers=[12, 36],
                       severity_tiers={1: 1, 2: 1, 3: 1, 4: 0, 5: 0}, categories=["military", "political"],
                       coordination="nato_led")
    (row,) = treaty_terms(blank_doc)
    assert json.loads(row.tiers) == [12, 36]
    assert json.loads(row.severity_tiers) == {"1": 1, "2": 1, "3": 1, "4": 0, "5": 0}
    assert json.loads(row.categories) == ["political", "military"]   # catalogue order
    assert row.coordination == "nato_led"


# -- delete, restore, re-create with the same ids ------------------------------------------------
def test_delete_signatory_returns_its_dependants_and_restore_puts_them_back(blank_doc, world):
    before = data_rows(blank_doc)
    report = signatories.delete_signatory(blank_doc, signatory_id=world.fr)
    removed = {(r.table, r.values["id"]) for r in report.removed if r.table != "treaty_party"}
    assert removed == {("signatory", world.fr), ("commitment", world.troops), ("consultation", world.fr_absent)}
    # France was a party to the one option; that row goes too, and comes back with the undo.
    assert [r.values["signatory_id"] for r in report.removed if r.table == "treaty_party"] == [world.fr]
    assert "1 commitment and 1 consultation record" in report.summary
    with blank_doc.reading() as session:
        assert session.get(Commitment, world.troops) is None      # cascaded in the database
        assert session.get(Consultation, world.fr_absent) is None
    restored = records.restore_records(blank_doc, records=report.removed, summary="Undo: remove France")
    assert (restored.entity, restored.action, restored.ids) == ("signatory", "restored", (world.fr,))
    assert data_rows(blank_doc) == before
    assert log_entries(blank_doc)[-1].text == "Undo: remove France"


def test_delete_incident_returns_its_dependants_and_restore_puts_them_back(blank_doc, world):
    before = data_rows(blank_doc)
    report = incidents.delete_incident(blank_doc, incident_id=world.strike)
    tables = sorted(r.table for r in report.removed)
    assert tables == ["commitment", "commitment", "consultation", "consultation", "incident"]
    assert report.removed[0].table == "incident" and report.removed[0].values["id"] == world.strike
    records.restore_records(blank_doc, records=report.removed)
    assert data_rows(blank_doc) == before


def test_delete_single_rows_and_restore(blank_doc, world):
    before = data_rows(blank_doc)
    for report in (responses.delete_commitment(blank_doc, commitment_id=world.troops),
                   responses.delete_consultation(blank_doc, consultation_id=world.de_joined)):
        assert len(report.removed) == 1
        records.restore_records(blank_doc, records=report.removed)
    assert data_rows(blank_doc) == before


def test_create_with_an_explicit_id_recreates_that_id(blank_doc, world):
    """Undo of a create is a delete; redo re-creates the row under its old id."""
    signatories.delete_signatory(blank_doc, signatory_id=world.pl)
    assert signatories.create_signatory(blank_doc, code="PL", name="Poland", id=world.pl).ids == (world.pl,)
    incidents.delete_incident(blank_doc, incident_id=world.incursion)
    assert incidents.create_incident(blank_doc, incident_type="ground_incursion", severity=4, occurred_at=at(24),
                                     id=world.incursion).ids == (world.incursion,)
    responses.delete_commitment(blank_doc, commitment_id=world.statement)
    assert responses.create_commitment(blank_doc, incident_id=world.strike, signatory_id=world.de,
                                       category="political", measure="joint_statement", announced_at=at(2),
                                       id=world.statement).ids == (world.statement,)
    responses.delete_consultation(blank_doc, consultation_id=world.de_joined)
    assert responses.record_consultation(blank_doc, incident_id=world.strike, signatory_id=world.de,
                                         joined_at=at(20), id=world.de_joined).ids == (world.de_joined,)
    with blank_doc.reading() as session:
        assert session.get(Incident, world.incursion).severity == 4
        assert session.get(Signatory, world.pl).code == "PL"


def test_count_dependants_tells_what_a_delete_would_remove(blank_doc, world):
    assert signatories.count_dependants(blank_doc, signatory_id=world.fr) == (1, 1)
    assert signatories.count_dependants(blank_doc, signatory_id=world.pl) == (0, 0)


# -- batches ------------------------------------------------------------------------------------
def entries_with(bad_index: int, bad: dict) -> list[dict]:
    entries = [dict(code="IE", name="Ireland", eu=True), dict(code="IT", name="Italy"),
               dict(code="ES", name="Spain"), dict(code="GR", name="Greece"), dict(code="PT", name="Portugal")]
    entries[bad_index] = bad
    return entries


def test_create_signatories_adds_the_whole_batch_in_one_go(blank_doc, world):
    report = signatories.create_signatories(blank_doc, entries=entries_with(3, dict(code="GR", name="Greece")))
    assert len(report.ids) == 5 and report.summary == "5 signatories added"
    with blank_doc.reading() as session:
        assert session.get(Signatory, report.ids[0]).code == "IE"
        assert session.get(Signatory, report.ids[0]).eu is True


@pytest.mark.parametrize("bad, field", [
    (dict(code="XX", name="Nowhere"), "entries[3].code"),
    (dict(code="IE", name="Ireland again"), "entries[3].code"),     # twice in the batch
    (dict(code="DE", name="Germany again"), "entries[3].code"),     # already on the roster
    (dict(code="MT", name=""), "entries[3].name"),
    (dict(code="MT", name="Malta", approval_lead_hours=-5), "entries[3].approval_lead_hours"),
    (dict(code="MT", name="Malta", colour="blue"), "entries[3].colour"),
])
def test_create_signatories_with_one_bad_entry_adds_nothing(blank_doc, world, bad, field):
    refused(blank_doc, field, lambda: signatories.create_signatories(blank_doc, entries=entries_with(3, bad)))


# -- log entries carry both clocks and the author ---------------------------------------------------
def test_log_entry_records_who_and_when_in_both_clocks(blank_doc):
    blank_doc.author = "controller-2"
    blank_doc.scenario_now = lambda: utc(2026, 3, 3, 14, 32, 10)
    blank_doc.wall_now = lambda: utc(2026, 11, 26, 10, 2)
    report = log.add_log_entry(blank_doc, kind="decision", text="Activate the coordination cell")
    with blank_doc.reading() as session:
        entry = session.get(LogEntry, report.ids[0])
    assert (entry.author, entry.kind, entry.scenario_time, entry.wall_time) == (
        "controller-2", "decision", utc(2026, 3, 3, 14, 32, 10), utc(2026, 11, 26, 10, 2))
    # Without a live clock the saved clock gives the scenario time.
    blank_doc.scenario_now = None
    exercise.save_clock(blank_doc, scenario_time=utc(2026, 3, 4, 1), running=False, speed=1.0)
    report = log.add_log_entry(blank_doc, kind="note", text="Saved clock")
    with blank_doc.reading() as session:
        assert session.get(LogEntry, report.ids[0]).scenario_time == utc(2026, 3, 4, 1)
