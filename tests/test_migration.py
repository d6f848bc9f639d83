"""Files of every released schema open in this Pactline, upgraded, with nothing lost.

tests/fixtures/schema_v1.sql is the first schema frozen as SQL text (schema
statements verbatim from sqlite_master, rows from iterdump). It must never be
regenerated from the code: it stands for the files users already have.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Connection, select

from model.conduct_entities import Inject
from model.provision_entities import Provision, ProvisionDelivery, ProvisionMilestone, WhatIfVariant
from model.storage import schema
from model.default_exercise import populate_blank
from model.errors import ExerciseFileError
from model.entities import BranchPoint, Signatory
from model.storage.exercise_file import ExerciseFile
from model.branching import branch_points
from model.storage.migrations import BRANCHES_STEP, MIGRATIONS, PROVISIONS_STEP
from model.queries import (
    commitments, consultations, exercise_info, incidents, log_entries, signatories, treaty_parties, treaty_terms,
)
from model.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from model.services import incidents as incident_service
from model.services.log import verify_log
from model.snapshot import load_snapshot
from model.timeutil import utc
from tests.support import dump

FIXTURES = Path(__file__).resolve().parent / "fixtures"


# -- helpers ----------------------------------------------------------------------
def build_from_fixture(path: Path, version: int = 1) -> Path:
    """A file as Pactline of schema *version* wrote it, made with plain sqlite3."""
    script = (FIXTURES / f"schema_v{version}.sql").read_text(encoding="utf-8")
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        assert connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        connection.executescript(script)
    finally:
        connection.close()
    return path


def raw_query(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_shape(path: Path) -> dict:
    """Tables with their columns (name, type, not null, pk), index and trigger names."""
    connection = sqlite3.connect(path)
    try:
        master = connection.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
        tables = sorted(name for kind, name in master if kind == "table")
        shape = {"tables": {}}
        for table in tables:
            columns = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            # Column order and defaults are left out: ALTER TABLE appends columns
            # and needs a DEFAULT where a fresh CREATE TABLE does not.
            shape["tables"][table] = sorted((c[1], c[2].upper(), c[3], c[5]) for c in columns)
        shape["indexes"] = sorted(name for kind, name in master if kind == "index")
        shape["triggers"] = sorted(name for kind, name in master if kind == "trigger")
        return shape
    finally:
        connection.close()


def schema_statements(path: Path) -> list[str]:
    rows = raw_query(path, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
    return sorted(re.sub(r"\s+", " ", sql).strip() for (sql,) in rows)


def fresh_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "fresh.pactline"
    ExerciseFile.create(path, populate_blank("Fresh", utc(2026, 3, 2, 6))).close()
    return path


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- the fixture itself ----------------------------------------------------------------
def test_fixture_builds_a_complete_schema_1_file(tmp_path):
    path = build_from_fixture(tmp_path / "v1.pactline")
    assert raw_query(path, "PRAGMA user_version") == [(1,)]
    assert raw_query(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert raw_query(path, "PRAGMA journal_mode") == [("wal",)]
    assert raw_query(path, "PRAGMA integrity_check") == [("ok",)]
    assert raw_query(path, "PRAGMA foreign_key_check") == []
    counts = {table: raw_query(path, f"SELECT count(*) FROM {table}")[0][0]
              for table in ("incident_type", "instrument", "treaty_terms", "proportionality_rule",
                            "exercise_info", "clock_state", "signatory", "incident", "commitment",
                            "consultation", "log_entry")}
    assert counts == {"incident_type": 9, "instrument": 28, "treaty_terms": 1, "proportionality_rule": 45,
                      "exercise_info": 1, "clock_state": 1, "signatory": 2, "incident": 2, "commitment": 1,
                      "consultation": 1, "log_entry": 1}
    # The append-only triggers are part of schema 1.
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection = sqlite3.connect(path)
        try:
            connection.execute("DELETE FROM log_entry")
        finally:
            connection.close()


def test_latest_fixture_matches_the_schema_this_code_creates(tmp_path):
    """A schema change without a new version (and a frozen fixture for it) fails here."""
    latest = FIXTURES / f"schema_v{SCHEMA_VERSION}.sql"
    assert latest.exists(), (f"SCHEMA_VERSION is {SCHEMA_VERSION} but {latest.name} is missing: freeze the "
                             "new schema as a fixture when you add its migration")
    frozen = build_from_fixture(tmp_path / "frozen.pactline", SCHEMA_VERSION)
    fresh = fresh_file(tmp_path / "fresh")
    assert schema_statements(fresh) == schema_statements(frozen), (
        "the schema differs from the frozen one: bump SCHEMA_VERSION, add a migration and a fixture")


# -- opening a schema 1 file ------------------------------------------------------------
def check_schema_1_data(doc) -> None:
    info = exercise_info(doc)
    assert info.name == "Schema 1 exercise: Kharkiv strike"
    assert info.startex == utc(2026, 3, 2, 6)
    assert info.endex == utc(2026, 3, 5, 18)
    roster = {s.code: s for s in signatories(doc)}
    assert set(roster) == {"GB", "IE"}
    assert roster["GB"].name == "United Kingdom" and roster["GB"].nato and not roster["GB"].eu
    assert roster["GB"].agreement_date == date(2024, 1, 12)
    assert roster["IE"].approval_required and roster["IE"].approval_lead_hours == 168
    assert "Dáil" in roster["IE"].approval_basis   # non-ASCII text survived
    strike, incursion = incidents(doc)
    assert (strike.incident_type, strike.severity, strike.occurred_at, strike.location) == \
        ("missile_strike", 3, utc(2026, 3, 2, 7, 40), "Kharkiv")
    assert (incursion.incident_type, incursion.severity, incursion.occurred_at) == \
        ("ground_incursion", 4, utc(2026, 3, 3, 5))
    (commitment,) = commitments(doc)
    assert (commitment.incident_id, commitment.signatory_id, commitment.measure, commitment.announced_at,
            commitment.status) == (strike.id, roster["GB"].id, "joint_statement", utc(2026, 3, 2, 10), "delivered")
    (consultation,) = consultations(doc)
    assert (consultation.signatory_id, consultation.joined_at) == (roster["IE"].id, utc(2026, 3, 3, 10))
    snapshot = load_snapshot(doc)
    assert snapshot.clock_time == int(utc(2026, 3, 3, 9).timestamp())
    assert snapshot.terms.reaction_s == 24 * 3600


def test_schema_1_file_opens_upgraded_with_nothing_lost(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    path = build_from_fixture(folder / "field-exercise.pactline")
    original = dump(path)
    doc = ExerciseFile.open(path)
    try:
        check_schema_1_data(doc)
        verification = verify_log(doc)
        assert verification.intact and verification.entries == 1
        assert log_entries(doc)[0].author == "Pactline"
        # The upgraded file takes new edits and keeps its log chain.
        incident_service.create_incident(doc, incident_type="naval_blockade", severity=3,
                                          occurred_at=utc(2026, 3, 4, 2, 30))
        assert verify_log(doc).entries == 2 and verify_log(doc).intact
        backup = folder / "field-exercise.schema1.bak.pactline"
        if SCHEMA_VERSION > 1:
            assert doc.upgraded_from == 1
            assert doc.backup_path == backup
            assert backup.exists()
            assert raw_query(backup, "PRAGMA user_version") == [(1,)]
            assert dump(backup) == original
        else:
            assert doc.upgraded_from is None and doc.backup_path is None
            assert not backup.exists()
    finally:
        doc.close()
    assert raw_query(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw_query(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert schema_shape(path) == schema_shape(fresh_file(tmp_path / "fresh"))
    assert not {f"{path.name}-wal", f"{path.name}-shm", f"{path.name}.lock"} & set(listing(folder))


# -- the upgrade machinery, with a made-up next schema -------------------------------------
NEXT = SCHEMA_VERSION + 1


def add_casualties_column(connection: Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE incident ADD COLUMN casualties INTEGER NOT NULL DEFAULT 0")
    connection.exec_driver_sql("UPDATE incident SET casualties = 14 WHERE location = 'Kharkiv'")


def broken_step(connection: Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE incident ADD COLUMN casualties INTEGER NOT NULL DEFAULT 0")
    connection.exec_driver_sql("INSERT INTO table_that_never_was VALUES (1)")


def test_upgrade_backs_up_then_applies_every_step(tmp_path, monkeypatch):
    folder = tmp_path / "case"
    folder.mkdir()
    path = build_from_fixture(folder / "x.pactline")
    original = dump(path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(schema.MIGRATIONS, NEXT, add_casualties_column)
    doc = ExerciseFile.open(path)
    try:
        assert doc.upgraded_from == 1
        assert doc.backup_path == folder / "x.schema1.bak.pactline"
        check_schema_1_data(doc)
        assert verify_log(doc).intact
    finally:
        doc.close()
    assert raw_query(path, "PRAGMA user_version") == [(NEXT,)]
    assert raw_query(path, "SELECT location, casualties FROM incident ORDER BY id") == \
        [("Kharkiv", 14), ("Zaporizhzhia sector", 0)]
    backup = folder / "x.schema1.bak.pactline"
    assert raw_query(backup, "PRAGMA user_version") == [(1,)]
    assert dump(backup) == original
    assert listing(folder) == ["x.pactline", "x.schema1.bak.pactline"]


def test_failing_migration_leaves_the_file_byte_for_byte_unchanged(tmp_path, monkeypatch):
    folder = tmp_path / "case"
    folder.mkdir()
    path = build_from_fixture(folder / "x.pactline")
    before = sha256(path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(schema.MIGRATIONS, NEXT, broken_step)
    with pytest.raises(ExerciseFileError) as caught:
        ExerciseFile.open(path)
    message = str(caught.value)
    assert str(path) in message
    assert "upgrading from schema 1 failed" in message
    assert "table_that_never_was" in message
    assert "unchanged" in message
    assert sha256(path) == before
    # The backup may stay (it is a copy of the unchanged file); nothing else may.
    assert set(listing(folder)) <= {"x.pactline", "x.schema1.bak.pactline"}
    assert "casualties" not in {c[1] for c in raw_query(path, "PRAGMA table_info(incident)")}
    # Pactline of the real version still opens it.
    monkeypatch.undo()
    doc = ExerciseFile.open(path)
    try:
        check_schema_1_data(doc)
    finally:
        doc.close()


def test_older_read_only_file_is_refused_not_upgraded(tmp_path, monkeypatch):
    folder = tmp_path / "case"
    folder.mkdir()
    path = build_from_fixture(folder / "x.pactline")
    os.chmod(path, 0o444)
    before = sha256(path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(schema.MIGRATIONS, NEXT, add_casualties_column)
    with pytest.raises(ExerciseFileError) as caught:
        ExerciseFile.open(path)
    assert str(path) in str(caught.value)
    assert "older Pactline (schema 1)" in str(caught.value)
    assert "read-only" in str(caught.value)
    assert sha256(path) == before
    assert listing(folder) == ["x.pactline"]


def test_file_without_a_schema_version_is_refused(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    path = build_from_fixture(folder / "x.pactline")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 0")
    connection.close()
    before = sha256(path)
    with pytest.raises(ExerciseFileError, match="no schema version") as caught:
        ExerciseFile.open(path)
    assert str(path) in str(caught.value)
    assert sha256(path) == before
    assert listing(folder) == ["x.pactline"]


def test_an_upgrade_whose_backup_the_disk_refuses_leaves_the_file_unchanged_and_says_why(tmp_path, monkeypatch):
    import errno

    from model.storage import file_output
    from tests.refusing_disk import refuse

    folder = tmp_path / "case"
    folder.mkdir()
    path = build_from_fixture(folder / "x.pactline")
    before = sha256(path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(schema.MIGRATIONS, NEXT, add_casualties_column)
    monkeypatch.setattr(file_output, "_fsync", refuse(errno.ENOSPC))
    with pytest.raises(ExerciseFileError) as caught:
        ExerciseFile.open(path)
    assert str(caught.value) == (f"Cannot open {path}: its backup could not be written before upgrading from "
                                 f"schema 1 (Cannot write {folder / 'x.schema1.bak.pactline'}: the disk is full); "
                                 "the file is unchanged")
    assert sha256(path) == before
    assert listing(folder) == ["x.pactline"]


# -- schema 4: treaty options' kinds and parties ------------------------------------------------
@pytest.mark.parametrize("version", range(1, 4))
def test_every_earlier_schema_upgrades_with_every_signatory_party_to_every_option(tmp_path, version):
    """Before schema 4 every signatory was obliged from its agreement date under every option: the
    upgrade makes that explicit, so an old file is judged exactly as before."""
    path = build_from_fixture(tmp_path / f"v{version}.pactline", version)
    pairs = raw_query(path, "SELECT t.id, s.id FROM treaty_terms t, signatory s ORDER BY t.id, s.id")
    doc = ExerciseFile.open(path)
    try:
        assert doc.upgraded_from == version
        assert [(p.terms_id, p.signatory_id, p.bound_from, p.basis) for p in treaty_parties(doc)] == \
            [(t, s, None, "signed") for t, s in pairs]
        assert {t.kind for t in treaty_terms(doc)} == {"collective"}
        snapshot = load_snapshot(doc)
        assert np.array_equal(snapshot.sig_bound, snapshot.sig_signed)
        assert verify_log(doc).intact
    finally:
        doc.close()
    assert schema_shape(path) == schema_shape(fresh_file(tmp_path / "fresh"))


def test_a_schema_4_file_opens_with_its_parties_and_their_dates(tmp_path):
    path = build_from_fixture(tmp_path / "v4.pactline", 4)
    doc = ExerciseFile.open(path)
    try:
        assert doc.upgraded_from == 4
        roster = {s.id: s.code for s in signatories(doc)}
        bilateral = next(t for t in treaty_terms(doc) if t.kind == "bilateral")
        bound = {roster[p.signatory_id]: (p.bound_from, p.basis) for p in treaty_parties(doc, bilateral.id)}
        assert bound == {"GB": (None, "signed"), "IE": (utc(2026, 3, 2, 12), "ratified")}
        snapshot = load_snapshot(doc, bilateral.id)
        ie = snapshot.signatory_position(next(i for i, c in roster.items() if c == "IE"))
        assert snapshot.sig_bound[ie] == int(utc(2026, 3, 2, 12).timestamp())
        assert snapshot.sig_basis[ie] == "ratified"
    finally:
        doc.close()


# -- schema 5: an inject's title and additional fields --------------------------------------------
@pytest.mark.parametrize("version", range(1, 5))
def test_every_earlier_schema_upgrades_with_injects_untitled_and_without_additional_fields(tmp_path, version):
    path = build_from_fixture(tmp_path / f"v{version}.pactline", version)
    # Schema 1 had no MSEL yet.
    before = raw_query(path, "SELECT id, number, synopsis, notes FROM inject ORDER BY id") if version > 1 else []
    doc = ExerciseFile.open(path)
    try:
        assert doc.upgraded_from == version
        with doc.reading() as session:
            rows = [(i.id, i.number, i.synopsis, i.notes, i.title, i.additional)
                    for i in session.scalars(select(Inject).order_by(Inject.id))]
        assert rows == [(*row, "", {}) for row in before]
        assert verify_log(doc).intact
    finally:
        doc.close()
    assert raw_query(path, "SELECT DISTINCT additional_fields FROM inject") in ([], [("{}",)])
    assert schema_shape(path) == schema_shape(fresh_file(tmp_path / "fresh"))


def test_a_schema_5_file_opens_with_its_titles_and_additional_fields(tmp_path):
    path = build_from_fixture(tmp_path / "v5.pactline", 5)
    doc = ExerciseFile.open(path)
    try:
        assert doc.upgraded_from == 5   # a later schema upgrades it
        with doc.reading() as session:
            first, second = session.scalars(select(Inject).order_by(Inject.id))
        assert (first.title, first.additional) == ("Kharkiv strike", {
            "Attachments": "strike-photo.jpg", "Capability Tags": "Air defence; Consultation",
            "Remarques": "Livrer à voix haute"})
        assert (second.title, second.additional) == ("Air-defence request", {})
        assert verify_log(doc).intact
    finally:
        doc.close()


# -- the branches schema: branch points and outcomes ----------------------------------------------
BRANCHES_SCHEMA = next(version for version, step in MIGRATIONS.items() if step is BRANCHES_STEP)


@pytest.mark.parametrize("version", range(1, BRANCHES_SCHEMA))
def test_every_earlier_schema_upgrades_with_everything_on_the_trunk(tmp_path, version):
    """Before branch points every incident, commitment and inject was simply played: the trunk."""
    path = build_from_fixture(tmp_path / f"v{version}.pactline", version)
    before = {table: raw_query(path, f"SELECT count(*) FROM {table}")[0][0] for table in ("incident", "commitment")}
    doc = ExerciseFile.open(path)
    try:
        assert doc.upgraded_from == version
        assert branch_points(doc) == []
        snapshot = load_snapshot(doc)
        assert (len(snapshot.inc_ids), len(snapshot.com_ids)) == (before["incident"], before["commitment"])
        assert snapshot.taken == {}
        assert verify_log(doc).intact
    finally:
        doc.close()
    for table in ("incident", "commitment", "inject"):
        assert raw_query(path, f"SELECT count(*) FROM {table} WHERE outcome_id IS NOT NULL") == [(0,)]
    assert schema_shape(path) == schema_shape(fresh_file(tmp_path / "fresh"))


def test_a_branches_schema_file_opens_with_its_branch_points_nesting_and_resolution(tmp_path):
    path = build_from_fixture(tmp_path / "branches.pactline", BRANCHES_SCHEMA)
    doc = ExerciseFile.open(path)
    try:
        assert doc.upgraded_from == (BRANCHES_SCHEMA if SCHEMA_VERSION > BRANCHES_SCHEMA else None)
        answer, escalation = branch_points(doc)
        assert answer.question == "Adversary's answer to the offer" and answer.played.name == "rejects"
        assert escalation.outcome_id == answer.played.id and escalation.played is None
        played = load_snapshot(doc)
        assert played.taken == {answer.id: answer.played.id, escalation.id: escalation.outcomes[0].id}
        assert 2 in played.inc_ids and 1 not in played.com_ids   # the commitment is on "accepts"
        accepted = load_snapshot(doc, choice={answer.id: answer.outcomes[0].id})
        assert 2 not in accepted.inc_ids and escalation.id not in accepted.taken
    finally:
        doc.close()


# -- the provisions schema: standing provisions, what-if variants, injects asking for a resolution ----
PROVISIONS_SCHEMA = next(version for version, step in MIGRATIONS.items() if step is PROVISIONS_STEP)
PROVISION_TABLES = (Provision, ProvisionMilestone, ProvisionDelivery, WhatIfVariant)


@pytest.mark.parametrize("version", range(1, PROVISIONS_SCHEMA))
def test_every_earlier_schema_upgrades_without_provisions_or_variants_and_injects_asking_nothing(tmp_path, version):
    path = build_from_fixture(tmp_path / f"v{version}.pactline", version)
    injects = raw_query(path, "SELECT count(*) FROM inject")[0][0] if version > 1 else 0
    doc = ExerciseFile.open(path)
    try:
        assert doc.upgraded_from == version
        with doc.reading() as session:
            assert [session.scalars(select(entity)).all() for entity in PROVISION_TABLES] == [[], [], [], []]
            asks = [i.asks_branch_point_id for i in session.scalars(select(Inject))]
        assert asks == [None] * injects
        assert verify_log(doc).intact
    finally:
        doc.close()
    assert schema_shape(path) == schema_shape(fresh_file(tmp_path / "fresh"))
    assert raw_query(path, "PRAGMA foreign_key_check") == []


def test_a_provisions_schema_file_opens_with_its_provisions_variant_and_inject_link(tmp_path):
    path = build_from_fixture(tmp_path / "provisions.pactline", PROVISIONS_SCHEMA)
    doc = ExerciseFile.open(path)
    try:
        assert doc.upgraded_from == (PROVISIONS_SCHEMA if SCHEMA_VERSION > PROVISIONS_SCHEMA else None)
        with doc.reading() as session:
            pledged = [(p.signatory_id, p.kind, p.title, p.quantity, p.unit, p.value, p.currency, p.notes, p.assumed)
                       for p in session.scalars(select(Provision).order_by(Provision.id))]
            due = [(m.provision_id, m.due_at, m.what, m.quantity, m.value)
                   for m in session.scalars(select(ProvisionMilestone).order_by(ProvisionMilestone.id))]
            delivered = [(d.provision_id, d.milestone_id, d.delivered_at, d.quantity, d.value, d.note)
                         for d in session.scalars(select(ProvisionDelivery).order_by(ProvisionDelivery.id))]
            (variant,) = session.scalars(select(WhatIfVariant)).all()
            asks = {i.id: i.asks_branch_point_id for i in session.scalars(select(Inject))}
        assert pledged == [
            (1, "armed_forces", "Air-defence interceptors", 200, "interceptors", 150_000_000, "GBP",
             "Delivered through the Rzeszów hub", True),
            (2, "intelligence", "Maritime situational picture", None, "", 2_500_000.5, "EUR", "", False)]
        assert due == [(1, utc(2026, 3, 3), "First tranche", 50, None), (1, utc(2026, 3, 5), "Second tranche", 150, None),
                       (2, utc(2026, 3, 4, 12), "Liaison cell operating", None, None)]
        assert delivered == [(1, 1, utc(2026, 3, 2, 20), 50, None, "By rail"),
                             (2, None, utc(2026, 3, 3, 9), None, 1_000_000, "First payment")]
        assert (variant.name, variant.created_at, variant.note) == (
            "Ireland's parliament needs 10 days", utc(2026, 3, 2, 9), "For the rejection branch")
        assert json.loads(variant.journal) == [{"service": "signatories.update_signatory",
                                                "kwargs": {"signatory_id": 2, "approval_lead_hours": 240}}]
        assert asks == {1: 1, 2: None}
        assert verify_log(doc).intact
    finally:
        doc.close()


def test_the_provisions_tables_keep_their_links_when_rows_go(tmp_path):
    """A signatory's provisions go with it; a milestone's deletion leaves its deliveries with the provision;
    a branch point's deletion leaves the inject that asked for it asking for nothing."""
    path = build_from_fixture(tmp_path / "provisions.pactline", PROVISIONS_SCHEMA)
    doc = ExerciseFile.open(path)
    try:
        with doc.transaction() as session:
            session.delete(session.get(ProvisionMilestone, 1))
        with doc.transaction() as session:
            session.delete(session.get(BranchPoint, 2))
            session.delete(session.get(BranchPoint, 1))
        with doc.reading() as session:
            assert session.get(ProvisionDelivery, 1).milestone_id is None
            assert session.get(Inject, 1).asks_branch_point_id is None
        with doc.transaction() as session:
            session.delete(session.get(Signatory, 1))
        with doc.reading() as session:
            assert [p.id for p in session.scalars(select(Provision))] == [2]
            assert [m.id for m in session.scalars(select(ProvisionMilestone))] == [3]
            assert [d.id for d in session.scalars(select(ProvisionDelivery))] == [2]
    finally:
        doc.close()
