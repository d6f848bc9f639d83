"""Exercise packages: export -> import gives the same exercise; bad packages are refused by JSON path.

Round trips are judged on the SQLite dump of both files (every table, every
row, in stored order) and on the engine's assessment; refusals on the error's
path and message, and on the folder holding nothing new afterwards.
"""
from __future__ import annotations

import copy
import json
import sqlite3
from dataclasses import fields
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from model.package import schema as package_schema
from model.default_exercise import populate_blank
from model.engine import assess
from model.conduct_entities import Inject
from model.entities import Base, BranchPoint, ProportionalityRule
from model.provision_entities import WhatIfVariant
from model.errors import ExerciseFileError, PactlineError, ValidationError
from model.storage.exercise_file import ExerciseFile
from model.package.exchange import (
    PackageError, check_package, export_package, import_package, package_bytes, package_document, read_package,
)
from model.package.fields import MAX_INT
from model.package.schema import SECTIONS, VERSION
from model import queries
from model.queries import log_entries
from model.storage.schema import SCHEMA_VERSION
from model.journal_text import journal_text
from model.services import (
    evaluation, exercise, incidents, injects, log, provisions, responses, signatories, terms, variants,
)
from model.what_if_replay import JournalStep
from model.services.log import verify_log
from model.snapshot import load_snapshot
from model.timeutil import utc
from tests.support import dump

T0 = utc(2026, 3, 2, 6)
EXPORTED = utc(2026, 3, 9, 12, 30)


# -- helpers ----------------------------------------------------------------------------------
def frozen(doc):
    doc.wall_now = lambda: EXPORTED
    return doc


def write_json(path: Path, document) -> Path:
    path.write_text(json.dumps(document), encoding="ascii")
    return path


def refused(tmp_path: Path, document_or_bytes, path_in_json: str, *words: str) -> PackageError:
    """Import must fail with *path_in_json* and leave the folder as it was."""
    source = tmp_path / "in.json"
    if isinstance(document_or_bytes, bytes):
        source.write_bytes(document_or_bytes)
    else:
        write_json(source, document_or_bytes)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(PackageError) as caught:
        import_package(source, tmp_path / "out.pactline")
    error = caught.value
    assert error.path_in_json == path_in_json, str(error)
    assert str(error) == f"{path_in_json}: {error.message}"
    for word in words:
        assert word in error.message, f"{word!r} not in {error}"
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "a refused import left a file behind"
    return error


def assert_same_assessment(a_doc, b_doc) -> None:
    a_snap, b_snap = load_snapshot(a_doc), load_snapshot(b_doc)
    assert a_snap.clock_time == b_snap.clock_time
    a, b = assess(a_snap, a_snap.clock_time), assess(b_snap, b_snap.clock_time)
    checked = 0
    for obj_a, obj_b in ((a, b), (a.reaction, b.reaction), (a.consultation, b.consultation),
                         (a_snap, b_snap), (a_snap.terms, b_snap.terms)):
        for f in fields(obj_a):
            left, right = getattr(obj_a, f.name), getattr(obj_b, f.name)
            if isinstance(left, np.ndarray):
                assert np.array_equal(left, right), f.name
                checked += 1
            elif not hasattr(left, "__dataclass_fields__"):
                assert left == right, f.name
    assert checked > 30


# -- an exercise that uses every table ----------------------------------------------------------
@pytest.fixture
def busy_doc(default_doc):
    """The default exercise after planning, play and evaluation: every table has rows, ids have gaps."""
    doc = default_doc
    doc.scenario_now = lambda: T0 + timedelta(hours=30)
    exercise.update_exercise(doc, description="Übung — 演習 «renewed aggression» 🚀\nsecond line")
    with doc.transaction() as session:
        second = terms.add_terms(session, name="Reassurance force", reaction_hours=12, tiers=[12, 36],
                                 severity_tiers={"1": 1, "2": 1, "3": 0, "4": 0, "5": 0},
                                 categories=["political", "military"], coordination="lead_nation")
        second_id = second.id
    terms.set_proportionality(doc, terms_id=second_id, incident_type="naval_blockade", severity=4,
                              categories=["military", "political"])
    terms.set_active_terms(doc, terms_id=second_id)
    eu = signatories.create_signatory(doc, code="NB8", name="Nordic-Baltic Eight", kind="organisation",
                                      pledges=["sanctions_package", "budget_aid"], contact="EEAS crisis room").ids[0]
    doomed = signatories.create_signatory(doc, code="AU", name="Australia", agreement_date=date(2024, 7, 9)).ids[0]
    signatories.delete_signatory(doc, signatory_id=doomed)
    strike = incidents.create_incident(doc, incident_type="missile_strike", severity=4,
                                       occurred_at=T0 + timedelta(hours=26), location="Kharkiv",
                                       description="Ballistic missiles on the city centre").ids[0]
    responses.create_commitment(doc, incident_id=strike, signatory_id=eu, category="economic",
                                measure="sanctions_package", announced_at=T0 + timedelta(hours=28),
                                effective_at=T0 + timedelta(hours=40), status="announced", note="16th package")
    responses.record_consultation(doc, incident_id=strike, signatory_id=eu, joined_at=T0 + timedelta(hours=27))
    responses.record_consultation(doc, incident_id=strike, signatory_id=1, note="no answer from the capital")
    planned = injects.create_inject(doc, scenario_time=T0 + timedelta(hours=29), inject_type="incident",
                                    incident_type="naval_blockade", severity=3, location="Odesa approaches",
                                    synopsis="Warships stop grain convoys", phase="Escalation",
                                    expected_action="Convene consultations", title="Black Sea blockade",
                                    additional_fields={"Attachments": "convoy-map.png",
                                                       "Sondage": "Oui / Non — « blocus »"}).ids[0]
    injects.deliver_inject(doc, inject_id=planned, at=T0 + timedelta(hours=29, minutes=5))
    held = injects.create_inject(doc, scenario_time=T0 + timedelta(hours=40), synopsis="Press leak").ids[0]
    injects.hold_inject(doc, inject_id=held)
    skipped = injects.create_inject(doc, scenario_time=T0 + timedelta(hours=41), synopsis="Power cut").ids[0]
    injects.skip_inject(doc, inject_id=skipped)
    injects.create_inject(doc, scenario_time=T0 + timedelta(hours=31), synopsis="Call from the EU", adhoc=True)
    decision = log.add_log_entry(doc, kind="decision", text="Convene the coordination cell").ids[0]
    log.add_log_entry(doc, kind="correction", text="Convened at 11:00, not 10:00", refers_to=decision)
    objective = evaluation.create_objective(doc, code="OBJ-1", title="Consult within the tier deadline",
                                            capability="Operational coordination").ids[0]
    evaluation.update_objective(doc, objective_id=objective, rating="s", rating_note="two states late")
    evaluation.record_observation(doc, objective_id=objective, text="The cell met on time", kind="strength",
                                  log_entry_id=decision)
    evaluation.create_improvement(doc, issue="Contact lists out of date", objective_id=objective,
                                  responsible_org="MFA", start_date=date(2026, 4, 1),
                                  completion_date=date(2026, 6, 30))
    evaluation.create_improvement(doc, issue="No interpreter roster")
    training = provisions.create_provision(doc, signatory_id=eu, kind="other", title="Mission de formation — « EUMAM »",
                                           quantity=2500.5, unit="soldiers trained", value=None, notes="Übung").ids[0]
    tranche = provisions.create_milestone(doc, provision_id=training, due_at=T0 + timedelta(hours=50),
                                          what="First rotation", quantity=800).ids[0]
    provisions.create_delivery(doc, provision_id=training, milestone_id=tranche, delivered_at=T0 + timedelta(hours=30),
                               quantity=400, note="By air")
    provisions.create_delivery(doc, provision_id=training, delivered_at=T0 + timedelta(hours=31), value=12.5)
    gone = provisions.create_milestone(doc, provision_id=training, due_at=T0 + timedelta(hours=60), what="x").ids[0]
    provisions.delete_milestone(doc, milestone_id=gone)
    # Saved as the what-if's Save as Variant writes it (model/journal_text.py's text).
    variants.save_variant(doc, name="NB8 needs 10 days", created_at=T0 + timedelta(hours=32), journal=journal_text(
        [JournalStep("signatories.update_signatory", {"signatory_id": eu, "approval_lead_hours": 240})]))
    with doc.transaction() as session:
        session.get(Inject, planned).asks_branch_point_id = session.scalars(select(BranchPoint.id)).first()
    exercise.save_clock(doc, scenario_time=T0 + timedelta(hours=33), running=True, speed=600.0, action="started")
    return frozen(doc)


@pytest.fixture
def busy_package(busy_doc, tmp_path_factory) -> dict:
    exported = export_package(busy_doc, tmp_path_factory.mktemp("package") / "busy.json")
    return json.loads(exported.read_text(encoding="utf-8"))


# -- export -------------------------------------------------------------------------------------
def test_schema_names_every_column_of_every_table():
    covered = {section.entity.__tablename__ for section in SECTIONS} | {"proportionality_rule"}
    assert covered == set(Base.metadata.tables)
    for section in SECTIONS:
        columns = {c.key for c in section.entity.__mapper__.column_attrs}
        if section.key is None:
            columns.discard("id")   # the single-row tables: always row 1
        extra = {"proportionality"} if section.name == "treaty_terms" else set()
        assert set(section.fields) == columns | extra, section.name


def test_catalogue_markers_are_ones_the_timeline_can_draw():
    from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols

    assert set(package_schema.MARKER_SYMBOLS) == set(Symbols)


def test_export_holds_every_table_with_ids_times_and_dates(busy_doc, busy_package):
    package = busy_package
    assert (package["format"], package["version"]) == ("pactline-exercise", VERSION)
    assert package["pactline_schema"] == SCHEMA_VERSION
    assert package["exported_at"] == "2026-03-09T12:30:00Z"
    assert set(package) == set(package_schema.TOP_LEVEL)
    counts = {name: len(rows) for name, rows in package.items() if isinstance(rows, list)}
    connection = sqlite3.connect(busy_doc.path)
    try:
        stored = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in Base.metadata.tables}
    finally:
        connection.close()
    assert counts == {"treaty_terms": stored["treaty_terms"], "signatories": stored["signatory"],
                      "incidents": stored["incident"], "commitments": stored["commitment"],
                      "consultations": stored["consultation"], "injects": stored["inject"],
                      "objectives": stored["objective"], "observations": stored["observation"],
                      "improvement_plan": stored["improvement_item"], "log": stored["log_entry"],
                      "seals": stored["log_seal"], "treaty_parties": stored["treaty_party"],
                      "branch_points": stored["branch_point"], "outcomes": stored["outcome"],
                      "provisions": stored["provision"], "provision_milestones": stored["provision_milestone"],
                      "provision_deliveries": stored["provision_delivery"],
                      "what_if_variants": stored["what_if_variant"]}
    assert len(package["catalogue"]["incident_types"]) == stored["incident_type"]
    assert sum(len(by_sev) for t in package["treaty_terms"] for by_sev in t["proportionality"].values()) \
        == stored["proportionality_rule"]
    assert all(count > 0 for name, count in counts.items() if name != "seals")
    # ids kept, so links survive: the organisation's commitment points at its id
    nb8 = next(s for s in package["signatories"] if s["code"] == "NB8")
    assert nb8["pledges"] == ["budget_aid", "sanctions_package"]
    assert nb8["agreement_date"] is None
    # Parties carry their dates and bases: Germany is bound by the reassurance force from its vote.
    de = next(s for s in package["signatories"] if s["code"] == "DE")
    force = next(t for t in package["treaty_terms"] if t["kind"] == "stationed_force")
    assert [(p["bound_from"], p["basis"]) for p in package["treaty_parties"]
            if p["signatory_id"] == de["id"] and p["terms_id"] == force["id"]] == \
        [("2026-03-03T12:00:00Z", "ratified")]
    assert any(c["signatory_id"] == nb8["id"] and c["effective_at"] == "2026-03-03T22:00:00Z"
               for c in package["commitments"])
    assert [s["code"] for s in package["signatories"]].count("AU") == 0
    assert package["signatories"][0]["agreement_date"] == "2024-01-12"
    assert package["exercise"]["active_terms_id"] == package["treaty_terms"][-1]["id"]
    assert package["treaty_terms"][-1]["proportionality"]["naval_blockade"]["4"] == ["political", "military"]
    assert package["treaty_terms"][-1]["tiers"] == [12, 36]
    assert package["clock"] == {"scenario_time": "2026-03-03T15:00:00Z", "running": True, "speed": 600.0}
    delivered = next(i for i in package["injects"] if i["status"] == "delivered" and i["inject_type"] == "incident")
    assert delivered["incident_id"] in {i["id"] for i in package["incidents"]}
    assert package["log"][0]["prev_hash"] == "0" * 64
    assert any(e["refers_to"] is not None for e in package["log"])
    assert package["observations"][0]["log_entry_id"] is not None
    assert package["improvement_plan"][0]["completion_date"] == "2026-06-30"
    for section in ("incidents", "commitments", "log", "injects"):
        ids = [row["id"] for row in package[section]]
        assert ids == sorted(ids), section


def test_export_is_deterministic_and_sorted(busy_doc, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    first = export_package(busy_doc, out / "one.json").read_bytes()
    second = export_package(busy_doc, out / "two.json").read_bytes()
    assert first == second
    text = first.decode("utf-8")
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert "演習" in text   # readable, not \u-escaped
    assert sorted(p.name for p in out.iterdir()) == ["one.json", "two.json"]   # no temp file left


def _by_rowid(session, entity, fields=None) -> list[dict]:
    """How the export ordered its rows before: SQLite's own row order (the same columns)."""
    from sqlalchemy import literal_column, select
    columns = [c for c in entity.__table__.columns if fields is None or c.name in fields or c.name == "id"]
    return [row._asdict() for row in session.execute(select(*columns).order_by(literal_column("rowid")))]


def test_a_package_has_the_bytes_it_had_when_rows_left_in_stored_order(busy_doc, tmp_path, monkeypatch):
    """Rows leave in key order (the catalogue in its sort order): no rowid, which other databases do not
    have, and the same package for every existing exercise."""
    from bench.engine import build_exercise
    from model.package import exchange

    generated = frozen(build_exercise(tmp_path, 6, 300))
    try:
        for doc in (busy_doc, generated):
            by_key = package_bytes(doc)
            with monkeypatch.context() as patched:
                patched.setattr(exchange, "_stored_rows", _by_rowid)
                assert package_bytes(doc) == by_key
    finally:
        generated.close()


def test_the_catalogue_leaves_in_its_sort_order_whatever_order_it_was_stored_in(busy_doc):
    from model.entities import IncidentType

    with busy_doc.transaction() as session:
        session.execute(IncidentType.__table__.update().where(IncidentType.code == "airspace_violation")
                        .values(sort_order=99))
    codes = [row["code"] for row in package_document(busy_doc)["catalogue"]["incident_types"]]
    assert codes[-1] == "airspace_violation" and codes[0] != "airspace_violation"


def test_export_to_a_missing_folder_is_refused(busy_doc, tmp_path):
    with pytest.raises(PackageError) as caught:
        export_package(busy_doc, tmp_path / "nowhere" / "x.json")
    assert caught.value.path_in_json == "$" and "nowhere" in caught.value.message


# -- round trips ------------------------------------------------------------------------------
def round_trip(doc, tmp_path: Path) -> ExerciseFile:
    source = export_package(doc, tmp_path / "exported.json")
    imported = frozen(import_package(source, tmp_path / "imported.pactline"))
    return imported


def test_a_version_1_package_imports_with_what_version_2_added_at_its_implied_values(busy_package, tmp_path):
    """Version 1 had no log seals and no withdrawal times: it reads as none of either."""
    old = copy.deepcopy(busy_package)
    old["version"] = 1
    del old["seals"]
    for row in old["commitments"]:
        del row["withdrawn_at"]
    _as_version_2(old)
    imported = import_package(write_json(tmp_path / "v1.json", old), tmp_path / "v1.pactline")
    try:
        again = package_document(imported)
    finally:
        imported.close()
    assert again["seals"] == []
    assert [row["withdrawn_at"] for row in again["commitments"]] == [None] * len(old["commitments"])
    assert len(again["commitments"]) == len(old["commitments"]) > 0
    newer = copy.deepcopy(busy_package)
    del newer["seals"]
    refused(tmp_path, newer, "$.seals", "is missing")   # a version 2 package must carry what version 2 has


def _as_version_2(package: dict) -> None:
    """Take away what version 3 added: the options' kinds and their parties."""
    del package["treaty_parties"]
    for row in package["treaty_terms"]:
        del row["kind"]


def test_a_version_2_package_imports_with_every_signatory_party_to_every_option(busy_package, tmp_path):
    """Version 2 knew one rule for every option: each signatory bound from its agreement date."""
    old = copy.deepcopy(busy_package)
    old["version"] = 2
    _as_version_2(old)
    imported = import_package(write_json(tmp_path / "v2.json", old), tmp_path / "v2.pactline")
    try:
        again = package_document(imported)
        snapshot = load_snapshot(imported)
    finally:
        imported.close()
    assert [row["kind"] for row in again["treaty_terms"]] == ["collective"] * len(old["treaty_terms"])
    pairs = [(p["terms_id"], p["signatory_id"], p["bound_from"], p["basis"]) for p in again["treaty_parties"]]
    assert pairs == [(t["id"], s["id"], None, "signed") for t in old["treaty_terms"] for s in old["signatories"]]
    assert np.array_equal(snapshot.sig_bound, snapshot.sig_signed)   # judged exactly as before
    newer = copy.deepcopy(busy_package)
    del newer["treaty_parties"]
    refused(tmp_path, newer, "$.treaty_parties", "is missing")   # a version 3 package must carry its parties


def test_a_version_3_package_imports_with_untitled_injects_without_additional_fields(busy_package, tmp_path):
    old = copy.deepcopy(busy_package)
    old["version"] = 3
    for row in old["injects"]:
        del row["title"], row["additional_fields"]
    imported = import_package(write_json(tmp_path / "v3.json", old), tmp_path / "v3.pactline")
    try:
        again = package_document(imported)
    finally:
        imported.close()
    assert [(row["title"], row["additional_fields"]) for row in again["injects"]] == [("", {})] * len(old["injects"])
    newer = copy.deepcopy(busy_package)
    del newer["injects"][0]["additional_fields"]
    refused(tmp_path, newer, "$.injects[0].additional_fields", "is missing")


def test_a_version_5_package_imports_without_provisions_variants_or_inject_links(busy_package, tmp_path):
    old = copy.deepcopy(busy_package)
    old["version"] = 5
    for name in ("provisions", "provision_milestones", "provision_deliveries", "what_if_variants"):
        del old[name]
    for row in old["injects"]:
        del row["asks_branch_point_id"]
    imported = import_package(write_json(tmp_path / "v5.json", old), tmp_path / "v5.pactline")
    try:
        again = package_document(imported)
        assert load_snapshot(imported).provisions.provisions == ()
    finally:
        imported.close()
    assert [again[n] for n in ("provisions", "provision_milestones", "provision_deliveries", "what_if_variants")] \
        == [[], [], [], []]
    assert {row["asks_branch_point_id"] for row in again["injects"]} == {None}
    newer = copy.deepcopy(busy_package)
    del newer["provisions"]
    refused(tmp_path, newer, "$.provisions", "is missing")   # a version 6 package must carry them


def test_provisions_variants_and_inject_links_travel_in_the_package(busy_doc, busy_package, tmp_path):
    training = next(p for p in busy_package["provisions"] if p["title"].startswith("Mission"))
    assert (training["quantity"], training["unit"], training["value"], training["assumed"]) == \
        (2500.5, "soldiers trained", None, False)
    milestones = [m for m in busy_package["provision_milestones"] if m["provision_id"] == training["id"]]
    assert [(m["what"], m["quantity"]) for m in milestones] == [("First rotation", 800)]
    deliveries = [d for d in busy_package["provision_deliveries"] if d["provision_id"] == training["id"]]
    assert [(d["milestone_id"], d["quantity"], d["value"]) for d in deliveries] == \
        [(milestones[0]["id"], 400, None), (None, None, 12.5)]
    (variant,) = busy_package["what_if_variants"]
    assert variant["journal"][0]["service"] == "signatories.update_signatory"
    assert [i["asks_branch_point_id"] for i in busy_package["injects"] if i["asks_branch_point_id"]] == \
        [busy_package["branch_points"][0]["id"]]
    imported = import_package(write_json(tmp_path / "p.json", busy_package), tmp_path / "p.pactline")
    try:
        assert load_snapshot(imported).provisions == load_snapshot(busy_doc).provisions
        # The variant's journal comes back as the very text the what-if stored.
        with busy_doc.reading() as before, imported.reading() as after:
            assert after.scalars(select(WhatIfVariant.journal)).all() == before.scalars(select(WhatIfVariant.journal)).all()
    finally:
        imported.close()


def test_an_injects_title_and_additional_fields_travel_in_the_package(busy_package, tmp_path):
    (blockade,) = [row for row in busy_package["injects"] if row["title"]]
    assert (blockade["title"], blockade["additional_fields"]) == (
        "Black Sea blockade", {"Attachments": "convoy-map.png", "Sondage": "Oui / Non — « blocus »"})
    package = copy.deepcopy(busy_package)
    package["injects"][0]["additional_fields"] = {"Remarks": 3}
    refused(tmp_path, package, "$.injects[0].additional_fields.Remarks", "must be text")
    package["injects"][0]["additional_fields"] = ["Remarks"]
    refused(tmp_path, package, "$.injects[0].additional_fields", "must be an object")


def test_a_party_named_twice_for_one_option_is_refused(busy_package, tmp_path):
    package = copy.deepcopy(busy_package)
    first = package["treaty_parties"][0]
    package["treaty_parties"].append({**first, "id": 99999})
    refused(tmp_path, package, f"$.treaty_parties[{len(package['treaty_parties']) - 1}].signatory_id",
            "already a party")


def test_a_ratified_party_without_a_date_is_refused(busy_package, tmp_path):
    package = copy.deepcopy(busy_package)
    package["treaty_parties"][0].update(basis="ratified", bound_from=None)
    refused(tmp_path, package, "$.treaty_parties[0].bound_from", "needs the time it was bound from")


def test_busy_exercise_opens_identically_after_import(busy_doc, tmp_path):
    imported = round_trip(busy_doc, tmp_path)
    try:
        assert dump(imported.path) == dump(busy_doc.path)
        assert_same_assessment(busy_doc, imported)
        assert package_bytes(imported) == (tmp_path / "exported.json").read_bytes()
        check = verify_log(imported)
        assert check.intact and check.entries == len(log_entries(busy_doc))
    finally:
        imported.close()
    # and it opens as any exercise file does, in the other installation
    reopened = ExerciseFile.open(tmp_path / "imported.pactline")
    try:
        assert_same_assessment(busy_doc, reopened)
    finally:
        reopened.close()


@pytest.mark.parametrize("kind", ["default", "blank"])
def test_shipped_and_blank_exercises_round_trip(kind, default_doc, tmp_path):
    if kind == "default":
        doc = frozen(default_doc)
    else:
        doc = frozen(ExerciseFile.create(tmp_path / "blank.pactline", populate_blank("Blank", T0)))
    imported = round_trip(doc, tmp_path)
    try:
        assert dump(imported.path) == dump(doc.path)
        assert_same_assessment(doc, imported)
        assert package_bytes(imported) == package_bytes(doc)
    finally:
        imported.close()
        if kind == "blank":
            doc.close()


def test_import_writes_no_log_entry_of_its_own(busy_doc, tmp_path):
    imported = round_trip(busy_doc, tmp_path)
    try:
        assert [e.hash for e in log_entries(imported)] == [e.hash for e in log_entries(busy_doc)]
    finally:
        imported.close()


def test_times_with_an_offset_are_stored_in_utc(busy_package, tmp_path):
    package = copy.deepcopy(busy_package)
    package["incidents"][0]["occurred_at"] = "2026-03-02T08:30:00+02:00"
    imported = frozen(import_package(write_json(tmp_path / "offset.json", package), tmp_path / "o.pactline"))
    try:
        assert package_document(imported)["incidents"][0]["occurred_at"] == "2026-03-02T06:30:00Z"
    finally:
        imported.close()


def test_text_is_cleaned_by_the_services_rules(busy_package, tmp_path):
    package = copy.deepcopy(busy_package)
    package["signatories"][0]["name"] = "  United Kingdom  "
    package["objectives"][0]["rating"] = "m"
    imported = import_package(write_json(tmp_path / "clean.json", package), tmp_path / "c.pactline")
    try:
        document = package_document(imported)
        assert document["signatories"][0]["name"] == "United Kingdom"
        assert document["objectives"][0]["rating"] == "M"
    finally:
        imported.close()


def test_packages_can_be_checked_without_creating_anything(busy_doc, busy_package, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    source = export_package(busy_doc, out / "p.json")
    for check in (read_package, check_package):
        checked = check(source)
        assert checked.version == VERSION and checked.pactline_schema == SCHEMA_VERSION
        assert len(checked.rows["incidents"]) == len(queries.incidents(busy_doc))   # every outcome's too
        assert checked.rows["incidents"][2][0] == "$.incidents[2]"
    # Only the complete check applies the services' rules (read_package checks the shape).
    bad = write_json(out / "bad.json", changed(busy_package, "incidents.3.severity", 7))
    assert read_package(bad).rows["incidents"][3][1]["severity"] == 7
    with pytest.raises(PackageError) as caught:
        check_package(bad)
    assert caught.value.path_in_json == "$.incidents[3].severity"
    assert sorted(p.name for p in out.iterdir()) == ["bad.json", "p.json"]


# -- refusals -----------------------------------------------------------------------------------
def changed(package: dict, path: str, value) -> dict:
    """A copy of *package* with the value at a simple path ("incidents.3.severity") replaced."""
    result = copy.deepcopy(package)
    *parents, last = path.split(".")
    target = result
    for part in parents:
        target = target[int(part) if isinstance(target, list) else part]
    key = int(last) if isinstance(target, list) else last
    if value is _DELETE:
        del target[key]
    else:
        target[key] = value
    return result


_DELETE = object()

REFUSALS = [
    ("incidents.3.severity", 7, "$.incidents[3].severity", ["at most 5", "7"]),
    ("incidents.0.severity", "3", "$.incidents[0].severity", ["whole number"]),
    ("commitments.0.signatory_id", 99, "$.commitments[0].signatory_id", ["no signatory with id 99"]),
    ("commitments.0.measure", "pizza", "$.commitments[0].measure", ["no instrument with code 'pizza'"]),
    ("commitments.0.measure", "asset_freeze", "$.commitments[0].measure", ["economic measure"]),
    ("commitments.0.status", "promised", "$.commitments[0].status", ["not one of"]),
    ("incidents.0.occurred_at", "2026-03-02T06:00:00", "$.incidents[0].occurred_at", ["zone"]),
    ("incidents.0.occurred_at", "2026-02-30T06:00:00Z", "$.incidents[0].occurred_at", ["not a real"]),
    ("incidents.0.occurred_at", "2026-03-02T06:00:00.5Z", "$.incidents[0].occurred_at", ["ISO 8601"]),
    ("signatories.0.agreement_date", "12/01/2024", "$.signatories[0].agreement_date", ["date like"]),
    ("signatories.0.code", "XX", "$.signatories[0].code", ["ISO 3166"]),
    ("signatories.1.code", "gb", "$.signatories[1].code", ["already on the roster", "$.signatories[0]"]),
    ("signatories.0.pledges", ["troop_deployment", 5], "$.signatories[0].pledges[1]", ["code of an instrument"]),
    ("signatories.0.nato", "yes", "$.signatories[0].nato", ["true or false"]),
    ("exercise.endex", "2026-03-01T00:00:00Z", "$.exercise.endex", ["ENDEX must come after STARTEX"]),
    ("exercise.active_terms_id", 9, "$.exercise.active_terms_id", ["no treaty terms option with id 9"]),
    ("exercise.marking_colour", "green", "$.exercise.marking_colour", ["colour"]),
    ("clock.speed", 0, "$.clock.speed", ["above 0"]),
    ("treaty_terms.0.coordination", "un_led", "$.treaty_terms[0].coordination", ["veto"]),
    ("treaty_terms.0.kind", "alliance", "$.treaty_terms[0].kind", ["'alliance' is not one of: collective"]),
    ("treaty_parties.0.terms_id", 99, "$.treaty_parties[0].terms_id", ["no treaty terms option with id 99"]),
    ("treaty_parties.0.signatory_id", 999, "$.treaty_parties[0].signatory_id", ["no signatory with id 999"]),
    ("treaty_parties.0.basis", "promised", "$.treaty_parties[0].basis", ["'promised' is not one of: signed"]),
    ("treaty_parties.0.bound_from", "soon", "$.treaty_parties[0].bound_from", ["time"]),
    ("treaty_terms.0.tiers", [48, 24, 72], "$.treaty_terms[0].tiers[1]", ["increase"]),
    ("treaty_terms.0.severity_tiers.3", 5, "$.treaty_terms[0].severity_tiers.3", ["at most 2"]),
    ("treaty_terms.0.proportionality.missile_strike.3", ["kinetic"],
     "$.treaty_terms[0].proportionality.missile_strike.3", ["'kinetic' is not one of"]),
    ("treaty_terms.0.proportionality.meteor", {}, "$.treaty_terms[0].proportionality.meteor",
     ["no incident type with code 'meteor'"]),
    ("catalogue.incident_types.0.symbol", "skull", "$.catalogue.incident_types[0].symbol", ["not one of"]),
    ("catalogue.instruments.0.category", "space", "$.catalogue.instruments[0].category", ["not one of"]),
    ("catalogue.incident_types.1.code", "airspace_violation", "$.catalogue.incident_types[1].code",
     ["used twice", "$.catalogue.incident_types[0]"]),
    ("incidents.1.id", 1, "$.incidents[1].id", ["used twice"]),
    ("incidents.0.id", MAX_INT + 1, "$.incidents[0].id", ["between 1 and"]),
    ("incidents.0.colour", "red", "$.incidents[0].colour", ["not a field of an incident"]),
    ("incidents.0.location", _DELETE, "$.incidents[0].location", ["is missing"]),
    ("injects", _DELETE, "$.injects", ["is missing"]),
    ("log", {}, "$.log", ["must be a list"]),
    ("consultations.1.signatory_id", 1, "$.consultations[1].signatory_id", ["already has a consultation"]),
    ("injects.0.delivered_at", None, "$.injects[0].delivered_at", ["delivered inject"]),
    ("observations.0.log_entry_id", 10_000, "$.observations[0].log_entry_id", ["no log entry with id 10000"]),
    ("improvement_plan.0.start_date", "2026-07-01", "$.improvement_plan[0].completion_date", ["before"]),
    ("objectives.0.rating", "Q", "$.objectives[0].rating", ["not one of"]),
    ("incidents.0.description", "x" * 4001, "$.incidents[0].description", ["too long"]),
    ("incidents.0.description", "bad \ud800 half", "$.incidents[0].description", ["not valid Unicode"]),
    ("provisions.0.quantity", -1, "$.provisions[0].quantity", ["cannot be negative"]),
    ("provisions.0.kind", "loans", "$.provisions[0].kind", ["'loans' is not one of"]),
    ("provisions.0.signatory_id", 999, "$.provisions[0].signatory_id", ["no signatory with id 999"]),
    ("provision_milestones.0.due_at", "soon", "$.provision_milestones[0].due_at", ["time"]),
    ("provision_milestones.0.quantity", "many", "$.provision_milestones[0].quantity", ["must be a number"]),
    ("provision_deliveries.0.milestone_id", 999, "$.provision_deliveries[0].milestone_id",
     ["no provision milestone with id 999"]),
    ("what_if_variants.0.journal", [{"service": "incidents.delete_incident"}], "$.what_if_variants[0].journal[0]",
     ["exactly the fields service and kwargs"]),
    ("what_if_variants.0.journal", "undo", "$.what_if_variants[0].journal", ["must be a list of service calls"]),
    ("injects.0.asks_branch_point_id", 99, "$.injects[0].asks_branch_point_id", ["no branch point with id 99"]),
    ("version", 7, "$.version", ["package version 7 is newer than this Pactline reads (6)"]),
    ("format", "pactline-catalogue", "$.format", ["not a Pactline exercise package"]),
]


@pytest.mark.parametrize("where, value, path_in_json, words", REFUSALS,
                         ids=[f"{r[2]}={'(deleted)' if r[1] is _DELETE else repr(r[1])[:20]}" for r in REFUSALS])
def test_bad_values_are_refused_by_json_path(busy_package, tmp_path, where, value, path_in_json, words):
    package = busy_package
    if where.startswith("injects.0"):
        # The delivered inject, wherever it sits in the MSEL.
        index = next(i for i, row in enumerate(package["injects"]) if row["status"] == "delivered")
        where = where.replace("injects.0", f"injects.{index}")
        path_in_json = path_in_json.replace("[0]", f"[{index}]")
    if where.startswith("consultations.1"):
        package = changed(package, "consultations.1.incident_id", package["consultations"][0]["incident_id"])
        value = package["consultations"][0]["signatory_id"]
    if where.startswith("signatories.1.code"):
        value = package["signatories"][0]["code"].lower()
    refused(tmp_path, changed(package, where, value), path_in_json, *words)


def test_the_same_input_is_refused_by_the_service_with_the_same_words(busy_doc, busy_package, tmp_path):
    with pytest.raises(ValidationError) as by_service:
        incidents.create_incident(busy_doc, incident_type="missile_strike", severity=7, occurred_at=T0)
    by_package = refused(tmp_path, changed(busy_package, "incidents.0.severity", 7), "$.incidents[0].severity")
    assert by_package.message == by_service.value.message
    with pytest.raises(ValidationError) as by_service:
        signatories.create_signatory(busy_doc, code="XX", name="Nowhere")
    by_package = refused(tmp_path, changed(busy_package, "signatories.0.code", "XX"), "$.signatories[0].code")
    assert by_package.message == by_service.value.message


def test_a_broken_log_chain_is_refused_at_the_first_bad_entry(busy_package, tmp_path):
    altered = changed(busy_package, "log.3.text", "Nothing was decided")
    refused(tmp_path, altered, "$.log[3].hash", "altered")
    removed = changed(busy_package, "log.2", _DELETE)
    refused(tmp_path, removed, "$.log[2].prev_hash", "broken")
    reordered = copy.deepcopy(busy_package)
    reordered["log"][4], reordered["log"][5] = reordered["log"][5], reordered["log"][4]
    refused(tmp_path, reordered, "$.log[5].id", "increasing id")


def test_unreadable_files_are_refused_with_a_position(busy_package, tmp_path):
    text = json.dumps(busy_package, indent=2)
    error = refused(tmp_path, text[: len(text) // 2].encode(), "$", "not valid JSON at line")
    assert "column" in error.message
    foreign = b'{"format": "pactline-exercise", "version": 1,\n "x": "\xff\xfe"}'
    bad_byte = foreign.index(b"\xff")
    refused(tmp_path, foreign, "$", "not UTF-8", f"byte {bad_byte} (line 2)")
    refused(tmp_path, b"", "$", "not valid JSON at line 1, column 1")
    refused(tmp_path, text.replace('"speed": 600.0', '"speed": NaN').encode(), "$", "NaN")
    refused(tmp_path, b"[" * 200_000 + b"]" * 200_000, "$", "nested too deeply")
    refused(tmp_path, b"[1, 2]", "$", "must be an object")


def test_duplicate_keys_huge_numbers_and_foreign_documents(busy_package, tmp_path):
    text = json.dumps(changed(busy_package, "incidents.2.severity", "SEVERITY"))
    refused(tmp_path, text.replace('"SEVERITY"', '4, "severity": 2').encode(), "$.incidents[2].severity",
            "appears twice")
    refused(tmp_path, text.replace('"SEVERITY"', "9" * 5000).encode(), "$.incidents[2].severity", "5000 digits")
    refused(tmp_path, text.replace('"SEVERITY"', "1e400").encode(), "$.incidents[2].severity", "whole number")
    refused(tmp_path, {"format": "pactline-catalogue", "version": 1}, "$.format", "not a Pactline exercise")
    refused(tmp_path, {"name": "x"}, "$.format", "has no format field")
    refused(tmp_path, {"format": "pactline-exercise", "version": True}, "$.version", "whole number")


def test_too_large_and_missing_files(busy_doc, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    source = export_package(busy_doc, out / "big.json")
    monkeypatch.setattr("model.package.exchange.MAX_PACKAGE_BYTES", source.stat().st_size - 1)
    with pytest.raises(PackageError, match="larger than"):
        import_package(source, out / "big.pactline")
    with pytest.raises(PackageError, match="does not exist"):
        import_package(out / "absent.json", out / "absent.pactline")
    with pytest.raises(PackageError, match="it is a folder"):
        import_package(out, out / "folder.pactline")
    assert sorted(p.name for p in out.iterdir()) == ["big.json"]



def test_an_export_larger_than_an_import_reads_is_refused_and_leaves_no_file(busy_doc, tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    first = export_package(busy_doc, tmp_path / "fits.json")
    size = first.stat().st_size
    monkeypatch.setattr("model.package.exchange._CHUNK_BYTES", 512)   # the limit is met mid-way
    monkeypatch.setattr("model.package.exchange.MAX_PACKAGE_BYTES", size - 1)
    with pytest.raises(PackageError, match="would be larger than"):
        export_package(busy_doc, tmp_path / "big.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fits.json"]
    monkeypatch.setattr("model.package.exchange.MAX_PACKAGE_BYTES", size + 4096)
    again = export_package(busy_doc, tmp_path / "again.json")   # written a chunk at a time: the same text
    assert json.loads(again.read_bytes()) | {"exported_at": None} == json.loads(first.read_bytes()) | {"exported_at": None}
    assert again.read_bytes().endswith(b"}\n") and b'\n  "catalogue": {\n' in again.read_bytes()


def test_the_package_limit_holds_a_50000_incident_exercise():
    # bench/package.py measures the real one (about 100 MB); a limit that low would refuse it.
    from model.package.schema import MAX_PACKAGE_BYTES, MAX_ROWS
    assert MAX_PACKAGE_BYTES >= 200 * 1024 * 1024 and MAX_ROWS >= 450_000

def test_an_existing_target_is_not_replaced(busy_doc, tmp_path):
    source = export_package(busy_doc, tmp_path / "p.json")
    target = tmp_path / "taken.pactline"
    target.write_bytes(b"precious")
    with pytest.raises(ExerciseFileError, match="already exists"):
        import_package(source, target)
    assert target.read_bytes() == b"precious"


def test_package_error_is_a_pactline_error():
    error = PackageError("$.incidents[3].severity", "must be at most 5 (got 7)")
    assert isinstance(error, PactlineError)
    assert str(error) == "$.incidents[3].severity: must be at most 5 (got 7)"
    assert (error.path_in_json, error.message) == ("$.incidents[3].severity", "must be at most 5 (got 7)")


def test_the_documented_example_imports_and_exports_back_unchanged(tmp_path):
    text = (Path(__file__).resolve().parent.parent / "docs" / "package-format.md").read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("\n```", 1)[0]
    source = tmp_path / "example.json"
    source.write_text("\ufeff" + example, encoding="utf-8")   # a BOM, as some editors write
    imported = frozen(import_package(source, tmp_path / "example.pactline"))
    try:
        assert verify_log(imported).intact
        assert json.loads(package_bytes(imported)) == json.loads(example)
        snapshot = load_snapshot(imported)
        assert list(snapshot.sig_codes) == ["PL"] and snapshot.incident_count == 1
    finally:
        imported.close()


def test_rules_added_later_keep_every_row_though_not_their_stored_order(default_doc, tmp_path):
    """A rule added to an older option lands after a newer option's rules; import stores them
    option by option. That physical order carries no meaning (every reader keys the rules by
    terms, type and severity), so the tables hold the same rows and only those dump lines move.
    """
    doc = frozen(default_doc)
    with doc.transaction() as session:
        terms.add_terms(session, name="Second option", reaction_hours=12, tiers=[12, 36],
                        severity_tiers={"1": 1, "2": 1, "3": 0, "4": 0, "5": 0}, categories=["political"],
                        coordination="lead_nation")
        # a rule missing from the first option, as a file from another tool may have it
        session.delete(session.get(ProportionalityRule, (1, "naval_blockade", 2)))
    terms.set_proportionality(doc, terms_id=1, incident_type="naval_blockade", severity=2, categories=["cyber"])
    imported = round_trip(doc, tmp_path)
    try:
        original, copied = dump(doc.path), dump(imported.path)
        moved = [line for a, b in zip(original, copied) if a != b for line in (a, b)]
        assert moved and all(line.startswith('INSERT INTO "proportionality_rule"') for line in moved)
        assert sorted(original) == sorted(copied)
        assert_same_assessment(doc, imported)
        assert package_bytes(imported) == (tmp_path / "exported.json").read_bytes()
    finally:
        imported.close()
