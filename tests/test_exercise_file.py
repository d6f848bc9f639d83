"""The exercise file: bad files are refused untouched, good files are sound.

Every refusal must name the file and say what is wrong with it, leave the
file's bytes as they were and leave nothing beside it (-wal, -shm, .lock).
"""
from __future__ import annotations

import hashlib
import inspect
import os
import random
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import exc, func, select, text

from model.default_exercise import populate_blank
from model.conduct_entities import ImprovementItem, Inject, Objective, Observation
from model.entities import Commitment, Incident, Signatory, TreatyTerms
from model.errors import ExerciseFileError, FileInUseError, ReadOnlyError
from model.storage.exercise_file import ExerciseFile
from model.storage.file_header import read_header
from model.queries import commitments as commitment_rows
from model.queries import consultations as consultation_rows
from model.queries import exercise_info, incidents
from model.queries import signatories as signatory_rows
from model.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from model.services import (
    evaluation, exercise, incidents as incident_service, injects, log, records, responses, roster, signatories,
    terms,
)
from model.services.changes import Record
from model.snapshot import load_snapshot
from model.timeutil import NaiveDatetimeError, UtcDateTime, utc
from tests.support import dump

ROOT = Path(__file__).resolve().parent.parent
PAGE = 4096


# -- helpers ------------------------------------------------------------------
def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def copy_of(template: Path, folder: Path, name: str = "exercise.pactline") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    target.write_bytes(template.read_bytes())
    return target


def raw_sqlite(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


# -- files that must be refused -------------------------------------------------
def make_missing(folder: Path, template: Path) -> Path:
    folder.mkdir()
    return folder / "nowhere.pactline"


def make_folder(folder: Path, template: Path) -> Path:
    folder.mkdir()
    path = folder / "looks-like-a-file.pactline"
    path.mkdir()
    return path


def make_empty(folder: Path, template: Path) -> Path:
    folder.mkdir()
    path = folder / "empty.pactline"
    path.write_bytes(b"")
    return path


def make_text(folder: Path, template: Path) -> Path:
    folder.mkdir()
    path = folder / "notes.pactline"
    rng = random.Random(7)
    path.write_text("".join(rng.choice("abcdefghij klmnop\n") for _ in range(5000)), encoding="utf-8")
    return path


def make_foreign_unstamped(folder: Path, template: Path) -> Path:
    folder.mkdir()
    path = folder / "other-app.pactline"
    raw_sqlite(path, "CREATE TABLE contacts (name TEXT, phone TEXT)",
               "INSERT INTO contacts VALUES ('Ann', '123')")
    return path


def make_foreign_stamped(folder: Path, template: Path) -> Path:
    folder.mkdir()
    path = folder / "stamped-app.pactline"
    raw_sqlite(path, "PRAGMA application_id = 1234", "CREATE TABLE things (x)")
    return path


def make_newer(folder: Path, template: Path) -> Path:
    path = copy_of(template, folder)
    raw_sqlite(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    return path


def make_truncated(folder: Path, template: Path) -> Path:
    path = copy_of(template, folder)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def make_corrupt(folder: Path, template: Path) -> Path:
    path = copy_of(template, folder)
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert pages >= 8, "the template is too small to damage its middle"
    rng = random.Random(1234)
    middle = pages // 2
    # Page 1 (the header) stays intact, so only SQLite's own check can notice.
    for page in (middle - 1, middle):
        data[page * PAGE:(page + 1) * PAGE] = bytes(rng.getrandbits(8) for _ in range(PAGE))
    path.write_bytes(bytes(data))
    return path


def damaged_by(*statements: str):
    """A Pactline file that SQLite finds intact but another program edited badly."""
    def make(folder: Path, template: Path) -> Path:
        path = copy_of(template, folder)
        raw_sqlite(path, "PRAGMA foreign_keys = OFF", *statements)
        return path
    return make


BAD_FILES = {
    "missing": (make_missing, ("does not exist",)),
    "folder": (make_folder, ("folder", "not an exercise file")),
    "empty": (make_empty, ("empty", "0 bytes")),
    "not sqlite": (make_text, ("not an SQLite database",)),
    "foreign sqlite, no application id": (make_foreign_unstamped, ("not a Pactline exercise", "no Pactline stamp")),
    "foreign sqlite, other application id": (make_foreign_stamped, ("another application", "0x000004D2")),
    "newer schema": (make_newer, ("newer Pactline", f"schema {SCHEMA_VERSION + 1}", "Update Pactline")),
    "truncated": (make_truncated, ("truncated", "restore it from a copy")),
    "corrupt": (make_corrupt, ("damaged", "restore it from a copy")),
    "no exercise description": (damaged_by("DELETE FROM exercise_info"),
                                ("damaged", "the exercise description is missing", "restore it from a copy")),
    "no clock": (damaged_by("DELETE FROM clock_state"), ("damaged", "the exercise clock is missing")),
    "active terms gone": (damaged_by("DELETE FROM treaty_terms"), ("damaged", "the active treaty terms")),
    "a table dropped": (damaged_by("DROP TABLE clock_state"), ("damaged", "no such table: clock_state")),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_refused_untouched(case, tmp_path, default_template):
    make, words = BAD_FILES[case]
    folder = tmp_path / "case"
    path = make(folder, default_template)
    before_listing = folder_listing(folder)
    before_hash = sha256(path) if path.is_file() else None
    inside_before = folder_listing(path) if path.is_dir() else None

    with pytest.raises(ExerciseFileError) as caught:
        ExerciseFile.open(path)

    message = str(caught.value)
    assert str(path) in message
    assert caught.value.path == path
    for word in words:
        assert word in message, f"{case}: {word!r} not in {message!r}"
    assert not isinstance(caught.value, FileInUseError)
    # Untouched: same bytes, nothing created beside it (or inside a folder).
    assert folder_listing(folder) == before_listing
    if before_hash is not None:
        assert sha256(path) == before_hash
    if inside_before is not None:
        assert folder_listing(path) == inside_before


def test_bad_file_is_refused_read_only_too(tmp_path, default_template):
    path = make_corrupt(tmp_path / "case", default_template)
    before = sha256(path)
    with pytest.raises(ExerciseFileError, match="damaged"):
        ExerciseFile.open(path, read_only=True)
    assert sha256(path) == before
    assert folder_listing(path.parent) == [path.name]


# -- already open -----------------------------------------------------------------
def test_second_open_in_the_same_process_is_refused(tmp_path, default_template):
    path = copy_of(default_template, tmp_path / "case")
    first = ExerciseFile.open(path)
    try:
        with pytest.raises(FileInUseError) as caught:
            ExerciseFile.open(path)
        message = str(caught.value)
        assert str(path) in message
        assert "already open in another Pactline" in message
        assert f"process {os.getpid()}" in message   # tells who holds it
        # The refused open must not have released the first one's lock or files.
        with pytest.raises(FileInUseError):
            ExerciseFile.open(path)
        report = incident_service.create_incident(first, incident_type="missile_strike", severity=2,
                                                  occurred_at=utc(2026, 3, 3, 12))
        assert report.action == "created"
        assert (tmp_path / "case" / f"{path.name}.lock").exists()
    finally:
        first.close()
    assert folder_listing(path.parent) == [path.name]


def test_open_from_a_second_process_is_refused(tmp_path, default_template):
    path = copy_of(default_template, tmp_path / "case")
    doc = ExerciseFile.open(path)
    try:
        before = sha256(path)
        script = (
            "import sys\n"
            f"sys.path.insert(0, {str(ROOT)!r})\n"
            "from model.errors import FileInUseError\n"
            "from model.storage.exercise_file import ExerciseFile\n"
            "try:\n"
            f"    ExerciseFile.open({str(path)!r})\n"
            "except FileInUseError as err:\n"
            "    print('REFUSED', err)\n"
            "else:\n"
            "    print('OPENED')\n"
        )
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("REFUSED"), result.stdout
        assert str(path) in result.stdout
        assert "already open in another Pactline" in result.stdout
        assert f"process {os.getpid()}" in result.stdout
        assert sha256(path) == before
        # Still ours: the other process left our lock alone.
        signatories.create_signatory(doc, code="MT", name="Malta")
    finally:
        doc.close()
    assert folder_listing(path.parent) == [path.name]


def test_stale_lock_file_of_a_crashed_pactline_does_not_block(tmp_path, default_template):
    path = copy_of(default_template, tmp_path / "case")
    (path.parent / f"{path.name}.lock").write_text('{"pid": 999999, "user": "ghost", "host": "gone"}')
    doc = ExerciseFile.open(path)
    doc.close()
    assert folder_listing(path.parent) == [path.name]


def test_closing_releases_the_lock(tmp_path, default_template):
    path = copy_of(default_template, tmp_path / "case")
    doc = ExerciseFile.open(path)
    assert (path.parent / f"{path.name}.lock").exists()
    doc.close()
    assert folder_listing(path.parent) == [path.name]
    again = ExerciseFile.open(path)
    try:
        assert again.read_only is False
        assert load_snapshot(again).signatory_count == 29
    finally:
        again.close()
    doc.close()  # closing twice is harmless
    assert folder_listing(path.parent) == [path.name]


# -- read-only files ------------------------------------------------------------
# Services that only read and so work on a read-only exercise.
READING_SERVICES = {"count_dependants", "verify_log", "scenario_now", "due_injects", "next_planned",
                    "dependants", "log_head"}


def mutating_services() -> set[str]:
    names = set()
    for module in (evaluation, exercise, incident_service, injects, log, records, responses, roster,
                   signatories, terms):
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_") \
                    and next(iter(inspect.signature(function).parameters), None) == "doc":
                names.add(name)
    return names - READING_SERVICES


def first_id(doc, entity, *where) -> int | None:
    """Looked up when the call runs: the rows are made by the calls before it (none on a read-only file)."""
    with doc.reading() as session:
        return session.scalar(select(entity.id).where(*where).order_by(entity.id).limit(1))


def service_calls(doc) -> dict:
    """One valid call of every service, on the default exercise."""
    incident, signatory = incidents(doc)[0], signatory_rows(doc)[0]
    commitment, consultation = commitment_rows(doc)[0], consultation_rows(doc)[0]
    terms_id = exercise_info(doc).active_terms_id
    return {
        "create_incident": lambda: incident_service.create_incident(
            doc, incident_type="missile_strike", severity=3, occurred_at=utc(2026, 3, 3)),
        "update_incident": lambda: incident_service.update_incident(doc, incident_id=incident.id, severity=5),
        "delete_incident": lambda: incident_service.delete_incident(doc, incident_id=incident.id),
        "create_signatory": lambda: signatories.create_signatory(doc, code="MT", name="Malta"),
        "create_signatories": lambda: signatories.create_signatories(doc, entries=[dict(code="CY", name="Cyprus")]),
        "update_signatory": lambda: signatories.update_signatory(doc, signatory_id=signatory.id, contact="desk officer"),
        "delete_signatory": lambda: signatories.delete_signatory(doc, signatory_id=signatory.id),
        "create_commitment": lambda: responses.create_commitment(
            doc, incident_id=incident.id, signatory_id=signatory.id, category="political",
            measure="demarche", announced_at=utc(2026, 3, 3)),
        "update_commitment": lambda: responses.update_commitment(doc, commitment_id=commitment.id, note="x"),
        "delete_commitment": lambda: responses.delete_commitment(doc, commitment_id=commitment.id),
        "record_consultation": lambda: responses.record_consultation(
            doc, incident_id=next(i.id for i in incidents(doc) if all(c.incident_id != i.id for c in consultation_rows(doc))),
            signatory_id=signatory.id, joined_at=utc(2026, 3, 5)),
        "update_consultation": lambda: responses.update_consultation(doc, consultation_id=consultation.id, note="x"),
        "delete_consultation": lambda: responses.delete_consultation(doc, consultation_id=consultation.id),
        "update_terms": lambda: terms.update_terms(doc, terms_id=terms_id, reaction_hours=12),
        "set_proportionality": lambda: terms.set_proportionality(
            doc, terms_id=terms_id, incident_type="missile_strike", severity=3, categories=["cyber"]),
        "set_active_terms": lambda: terms.set_active_terms(doc, terms_id=terms_id),
        "add_terms_option": lambda: terms.add_terms_option(doc, name="Bilateral only", copy_from=terms_id),
        "delete_terms_option": lambda: terms.delete_terms_option(
            doc, terms_id=first_id(doc, TreatyTerms, TreatyTerms.id != terms_id)),
        "delete_signatories": lambda: roster.delete_signatories(doc, ids=[signatory_rows(doc)[-1].id]),
        "delete_injects": lambda: injects.delete_injects(doc, ids=[first_id(doc, Inject) or 1]),
        "update_exercise": lambda: exercise.update_exercise(doc, name="Renamed"),
        "save_clock": lambda: exercise.save_clock(doc, scenario_time=utc(2026, 3, 4), running=False, speed=1.0),
        "add_log_entry": lambda: log.add_log_entry(doc, kind="note", text="hello"),
        "seal_log": lambda: log.seal_log(doc, reason="report exported"),
        "restore_records": lambda: records.restore_records(doc, records=()),
        "create_inject": lambda: injects.create_inject(
            doc, scenario_time=utc(2026, 3, 3, 9), inject_type="incident", incident_type="cyber_attack"),
        "create_injects": lambda: injects.create_injects(doc, entries=[
            dict(scenario_time=utc(2026, 3, 3, 10), phase="Phase 2"),
            dict(scenario_time=utc(2026, 3, 3, 11), phase="Phase 2")]),
        "update_inject": lambda: injects.update_inject(doc, inject_id=first_id(doc, Inject), synopsis="Cyber attack"),
        "shift_injects": lambda: injects.shift_injects(doc, offset=timedelta(hours=1), phase="Phase 2"),
        "deliver_inject": lambda: injects.deliver_inject(doc, inject_id=first_id(doc, Inject, Inject.status == "planned"),
                                                         at=utc(2026, 3, 3, 9)),
        "revert_inject": lambda: injects.revert_inject(
            doc, inject_id=first_id(doc, Inject, Inject.delivered_at == utc(2026, 3, 3, 9))),
        "hold_inject": lambda: injects.hold_inject(doc, inject_id=first_id(doc, Inject, Inject.phase == "Phase 2")),
        "release_inject": lambda: injects.release_inject(doc, inject_id=first_id(doc, Inject, Inject.phase == "Phase 2")),
        "skip_inject": lambda: injects.skip_inject(doc, inject_id=first_id(doc, Inject, Inject.phase == "Phase 2")),
        "delete_inject": lambda: injects.delete_inject(doc, inject_id=first_id(doc, Inject)),
        "create_objective": lambda: evaluation.create_objective(doc, code="O1", title="Convene the cell"),
        "update_objective": lambda: evaluation.update_objective(doc, objective_id=first_id(doc, Objective), rating="S"),
        "record_observation": lambda: evaluation.record_observation(
            doc, objective_id=first_id(doc, Objective), text="Cell convened in 3 h"),
        "create_improvement": lambda: evaluation.create_improvement(
            doc, issue="Missing contact points", objective_id=first_id(doc, Objective)),
        "update_improvement": lambda: evaluation.update_improvement(
            doc, improvement_id=first_id(doc, ImprovementItem), completion_date="2026-06-30"),
        "delete_observation": lambda: evaluation.delete_observation(doc, observation_id=first_id(doc, Observation)),
        "delete_improvement": lambda: evaluation.delete_improvement(doc, improvement_id=first_id(doc, ImprovementItem)),
        "delete_objective": lambda: evaluation.delete_objective(doc, objective_id=first_id(doc, Objective)),
    }


def test_read_only_file_opens_read_only_and_refuses_every_change(tmp_path, default_template):
    path = copy_of(default_template, tmp_path / "case")
    os.chmod(path, 0o444)
    before = sha256(path)
    doc = ExerciseFile.open(path)
    try:
        assert doc.read_only is True
        assert load_snapshot(doc).signatory_count == 29   # reading works
        assert log.verify_log(doc).intact
        calls = service_calls(doc)
        assert set(calls) == mutating_services(), "a new service needs a read-only check here"
        for name, call in calls.items():
            with pytest.raises(ReadOnlyError) as caught:
                call()
            assert str(path) in str(caught.value), name
            assert "read-only" in str(caught.value), name
        assert folder_listing(path.parent) == [path.name]
    finally:
        doc.close()
    assert sha256(path) == before
    assert folder_listing(path.parent) == [path.name]


def test_every_service_call_works_on_a_writable_copy(default_doc):
    """The same calls succeed when the file may be written: the refusals above are read-only's doing."""
    calls = service_calls(default_doc)
    last = ("delete_commitment", "delete_consultation", "delete_signatory", "delete_incident",
            "delete_inject", "delete_observation", "delete_improvement", "delete_objective",
            "delete_terms_option", "delete_signatories", "delete_injects")
    for name in [n for n in calls if n not in last] + list(last):
        report = calls[name]()
        assert report.action in ("created", "updated", "deleted", "restored"), name


def test_explicitly_read_only_open_refuses_changes(tmp_path, default_template):
    path = copy_of(default_template, tmp_path / "case")
    doc = ExerciseFile.open(path, read_only=True)
    try:
        assert doc.read_only
        with pytest.raises(ReadOnlyError):
            log.add_log_entry(doc, kind="note", text="hello")
        # A read-only open takes no lock: a writer may still open it.
        assert not (path.parent / f"{path.name}.lock").exists()
    finally:
        doc.close()
    # Nothing is left beside the user's file (a read-only connection cannot remove its WAL itself).
    assert folder_listing(path.parent) == [path.name]
    assert dump(path) == dump(default_template)


# -- a good file --------------------------------------------------------------------
def test_good_file_header_and_pragmas(default_doc):
    path = default_doc.path
    header = read_header(path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    assert header.wal_mode
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()


def test_foreign_keys_are_on_for_every_connection(default_doc):
    # Two connections checked out at once are two separate DB-API connections.
    with default_doc.engine.connect() as first, default_doc.engine.connect() as second:
        assert first.connection.driver_connection is not second.connection.driver_connection
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    before = dump(default_doc.path)
    with pytest.raises(exc.IntegrityError, match="FOREIGN KEY"):
        with default_doc.transaction() as session:
            session.add(Commitment(incident_id=9999, signatory_id=9999, category="political",
                                   measure="joint_statement", announced_at=utc(2026, 3, 3)))
    assert dump(default_doc.path) == before


def test_failing_service_call_rolls_back_its_earlier_statements(default_doc):
    """restore_records flushes row by row: the second row failing must undo the first."""
    before = dump(default_doc.path)
    good_incident = Record("incident", dict(id=500, incident_type="missile_strike", severity=3,
                                            occurred_at=utc(2026, 3, 3, 9), location="", description=""))
    bad_commitment = Record("commitment", dict(id=900, incident_id=500, signatory_id=12345,
                                               category="political", measure="joint_statement",
                                               announced_at=utc(2026, 3, 3, 10), effective_at=None,
                                               status="pledged", note=""))
    with pytest.raises(exc.IntegrityError):
        records.restore_records(default_doc, records=(good_incident, bad_commitment), summary="x")
    assert dump(default_doc.path) == before
    with default_doc.reading() as session:
        assert session.get(Incident, 500) is None


def test_transaction_rolls_back_everything_on_error(default_doc):
    before = dump(default_doc.path)
    with pytest.raises(exc.IntegrityError, match="severity_range"):
        with default_doc.transaction() as session:
            session.add(Incident(incident_type="missile_strike", severity=3, occurred_at=utc(2026, 3, 3)))
            session.flush()  # the first statement really ran
            assert session.scalar(select(func.count()).select_from(Incident)) == 9   # 5 + 3 on branch outcomes + 1
            session.execute(text("UPDATE incident SET severity = 9"))
    assert dump(default_doc.path) == before


def test_reads_are_isolated_transactions(default_doc):
    """The BEGIN workaround: a reading session sees one consistent state."""
    with default_doc.reading() as session:
        count = session.scalar(select(func.count()).select_from(Incident))
        # Written and committed by another connection in the meantime.
        incident_service.create_incident(default_doc, incident_type="cyber_attack", severity=2,
                                          occurred_at=utc(2026, 3, 4, 1))
        assert session.scalar(select(func.count()).select_from(Incident)) == count
    with default_doc.reading() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == count + 1


def test_naive_datetimes_are_refused_by_the_column(default_doc):
    column = UtcDateTime()
    with pytest.raises(NaiveDatetimeError):
        column.process_bind_param(datetime(2026, 3, 2, 12, 0), None)
    before = dump(default_doc.path)
    with pytest.raises(exc.StatementError) as caught:
        with default_doc.transaction() as session:
            session.add(Incident(incident_type="missile_strike", severity=3,
                                 occurred_at=datetime(2026, 3, 3, 12, 0)))
    assert isinstance(caught.value.orig, NaiveDatetimeError)
    assert "time zone" in str(caught.value)
    assert dump(default_doc.path) == before


def test_aware_times_are_stored_as_utc_text(default_doc):
    from datetime import timedelta, timezone

    kyiv_summer = timezone(timedelta(hours=3))
    report = incident_service.create_incident(
        default_doc, incident_type="missile_strike", severity=3,
        occurred_at=datetime(2026, 3, 3, 15, 30, 12, 999, tzinfo=kyiv_summer))
    connection = sqlite3.connect(default_doc.path)
    try:
        stored = connection.execute("SELECT occurred_at FROM incident WHERE id = ?", report.ids).fetchone()[0]
    finally:
        connection.close()
    assert stored == "2026-03-03T12:30:12Z"
    with default_doc.reading() as session:
        assert session.get(Incident, report.ids[0]).occurred_at == utc(2026, 3, 3, 12, 30, 12)


# -- copies, create --------------------------------------------------------------------
def test_save_copy_is_an_identical_openable_exercise(default_doc, tmp_path):
    # A change still in the WAL must be in the copy too.
    incident_service.create_incident(default_doc, incident_type="naval_blockade", severity=3,
                                      occurred_at=utc(2026, 3, 4, 8))
    target_folder = tmp_path / "copies"
    target_folder.mkdir()
    target = default_doc.save_copy(target_folder / "copy.pactline")
    assert target == target_folder / "copy.pactline"
    assert folder_listing(target_folder) == ["copy.pactline"]   # no temp files left
    assert read_header(target).application_id == APPLICATION_ID
    assert dump(target) == dump(default_doc.path)
    copy = ExerciseFile.open(target)
    try:
        assert len(incidents(copy)) == 9
        assert log.verify_log(copy).intact
    finally:
        copy.close()
    assert folder_listing(target_folder) == ["copy.pactline"]


def test_save_copy_refuses_to_replace_the_open_file(default_doc):
    before = sha256(default_doc.path)
    with pytest.raises(ExerciseFileError, match="cannot replace the open exercise"):
        default_doc.save_copy(default_doc.path)
    assert sha256(default_doc.path) == before


def test_create_refuses_to_overwrite_unless_asked(tmp_path, default_template):
    path = copy_of(default_template, tmp_path / "case")
    before = sha256(path)
    with pytest.raises(ExerciseFileError) as caught:
        ExerciseFile.create(path, populate_blank("New", utc(2026, 5, 1)))
    assert str(path) in str(caught.value)
    assert "already exists" in str(caught.value)
    assert sha256(path) == before
    assert folder_listing(path.parent) == [path.name]

    doc = ExerciseFile.create(path, populate_blank("New", utc(2026, 5, 1)), overwrite=True)
    try:
        assert load_snapshot(doc).name == "New"
        assert load_snapshot(doc).signatory_count == 0
        assert set(folder_listing(path.parent)) <= {path.name, f"{path.name}-wal", f"{path.name}-shm",
                                                    f"{path.name}.lock"}
    finally:
        doc.close()
    assert folder_listing(path.parent) == [path.name]


def test_create_that_fails_leaves_the_old_file_and_no_temp_files(tmp_path, default_template):
    path = copy_of(default_template, tmp_path / "case")
    before = sha256(path)

    def broken(session):
        populate_blank("Broken", utc(2026, 5, 1))(session)
        session.add(Signatory(code="XX", name=None))   # NOT NULL name: the build fails

    with pytest.raises(exc.IntegrityError):
        ExerciseFile.create(path, broken, overwrite=True)
    assert sha256(path) == before
    assert folder_listing(path.parent) == [path.name]

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    with pytest.raises(exc.IntegrityError):
        ExerciseFile.create(fresh / "new.pactline", broken)
    assert folder_listing(fresh) == []


def test_create_refuses_to_overwrite_an_open_exercise(default_doc):
    before = dump(default_doc.path)
    with pytest.raises(FileInUseError):
        ExerciseFile.create(default_doc.path, populate_blank("New", utc(2026, 5, 1)), overwrite=True)
    assert dump(default_doc.path) == before


def test_create_in_a_missing_folder_names_the_folder(tmp_path):
    path = tmp_path / "no" / "such" / "x.pactline"
    with pytest.raises(ExerciseFileError, match="does not exist") as caught:
        ExerciseFile.create(path, populate_blank("New", utc(2026, 5, 1)))
    assert str(path.parent) in str(caught.value)
    assert not (tmp_path / "no").exists()


def test_new_file_leaves_only_itself_after_close(tmp_path):
    folder = tmp_path / "new"
    folder.mkdir()
    doc = ExerciseFile.create(folder / "x.pactline", populate_blank("X", utc(2026, 5, 1)))
    assert not [n for n in folder_listing(folder) if n.endswith(".tmp")]
    doc.close()
    assert folder_listing(folder) == ["x.pactline"]
