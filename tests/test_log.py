"""The exercise log: append-only in the database, hash-chained, tampering found."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import exc

from model.entities import LogEntry
from model.storage.exercise_file import ExerciseFile
from model.queries import log_entries
from model.services import log
from model.services.log import GENESIS_HASH, entry_hash, verify_log
from model.timeutil import utc


def write_entries(doc, count: int = 5) -> list[int]:
    return [log.add_log_entry(doc, kind="decision", text=f"Decision {n}: convene the cell").ids[0]
            for n in range(count)]


def tamper(path, *statements: str) -> None:
    """What someone with a plain SQLite tool could do to a closed exercise."""
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_add_log_entry_appends_a_chained_entry(blank_doc):
    first_before = log_entries(blank_doc)
    report = log.add_log_entry(blank_doc, kind="decision", text="  Raise readiness  ")
    assert (report.entity, report.action) == ("log_entry", "created")
    entries = log_entries(blank_doc)
    assert len(entries) == len(first_before) + 1
    entry = entries[-1]
    assert entry.id == report.ids[0] == first_before[-1].id + 1
    assert entry.text == "Raise readiness"
    assert entry.prev_hash == first_before[-1].hash
    assert entry.hash == entry_hash(entry.prev_hash, id=entry.id, scenario_time=entry.scenario_time,
                                    wall_time=entry.wall_time, author=entry.author, kind=entry.kind,
                                    text=entry.text, refers_to=None)
    correction = log.add_log_entry(blank_doc, kind="correction", text="Readiness level 2, not 3",
                                   refers_to=entry.id)
    assert log_entries(blank_doc)[-1].refers_to == entry.id
    assert correction.ids[0] == entry.id + 1


def test_chain_starts_at_genesis_and_verifies(blank_doc):
    write_entries(blank_doc, 6)
    entries = log_entries(blank_doc)
    assert entries[0].prev_hash == GENESIS_HASH
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(entries, entries[1:]))
    assert len({e.hash for e in entries}) == len(entries)
    result = verify_log(blank_doc)
    assert result.intact and result.first_bad_id is None
    assert result.entries == len(entries) == 7


def test_hash_covers_every_field_and_field_boundaries():
    base = dict(id=3, scenario_time=utc(2026, 3, 2, 8), wall_time=utc(2026, 11, 26, 9), author="ann",
                kind="note", text="ab", refers_to=None)
    reference = entry_hash(GENESIS_HASH, **base)
    variants = [dict(id=4), dict(scenario_time=utc(2026, 3, 2, 8, 0, 1)), dict(wall_time=utc(2026, 11, 26, 10)),
                dict(author="bob"), dict(kind="decision"), dict(text="ab."), dict(refers_to=1)]
    for change in variants:
        assert entry_hash(GENESIS_HASH, **{**base, **change}) != reference, change
    assert entry_hash("1" * 64, **base) != reference
    # Moving a character from one field to the next changes the hash too.
    assert entry_hash(GENESIS_HASH, **{**base, "author": "an", "kind": "nnote"}) != \
        entry_hash(GENESIS_HASH, **{**base, "author": "ann", "kind": "note"})


@pytest.mark.parametrize("statement", ["UPDATE log_entry SET text = 'nothing happened' WHERE id = 2",
                                       "DELETE FROM log_entry WHERE id = 2",
                                       "DELETE FROM log_entry"])
def test_database_refuses_to_change_the_log(blank_doc, statement):
    write_entries(blank_doc, 3)
    before = [(e.id, e.text, e.hash) for e in log_entries(blank_doc)]
    connection = sqlite3.connect(blank_doc.path)
    try:
        with pytest.raises((sqlite3.IntegrityError, sqlite3.OperationalError), match="append-only"):
            connection.execute(statement)
        connection.rollback()
    finally:
        connection.close()
    assert [(e.id, e.text, e.hash) for e in log_entries(blank_doc)] == before


def test_orm_cannot_change_the_log_either(blank_doc):
    write_entries(blank_doc, 2)
    with pytest.raises(exc.IntegrityError, match="append-only"):
        with blank_doc.transaction() as session:
            session.get(LogEntry, 2).text = "rewritten"
    with pytest.raises(exc.IntegrityError, match="append-only"):
        with blank_doc.transaction() as session:
            session.delete(session.get(LogEntry, 2))
    assert verify_log(blank_doc).intact
    assert log_entries(blank_doc)[1].text == "Decision 0: convene the cell"


def test_altered_entry_is_named(blank_doc):
    write_entries(blank_doc, 6)
    path = blank_doc.path
    blank_doc.close()
    tamper(path, "DROP TRIGGER log_entry_no_update",
           "UPDATE log_entry SET text = 'Decision 2: do nothing' WHERE id = 4")
    doc = ExerciseFile.open(path)
    try:
        result = verify_log(doc)
        assert not result.intact
        assert result.first_bad_id == 4
        assert result.entries == 4
        assert "altered" in result.reason
    finally:
        doc.close()


def test_altered_time_or_author_is_named(blank_doc):
    write_entries(blank_doc, 4)
    path = blank_doc.path
    blank_doc.close()
    tamper(path, "DROP TRIGGER log_entry_no_update",
           "UPDATE log_entry SET scenario_time = '2026-03-01T00:00:00Z' WHERE id = 3",
           "UPDATE log_entry SET author = 'someone else' WHERE id = 5")
    doc = ExerciseFile.open(path)
    try:
        assert verify_log(doc).first_bad_id == 3
    finally:
        doc.close()


def test_deleted_middle_entry_is_detected(blank_doc):
    write_entries(blank_doc, 6)
    path = blank_doc.path
    blank_doc.close()
    tamper(path, "DROP TRIGGER log_entry_no_delete", "DELETE FROM log_entry WHERE id = 4")
    doc = ExerciseFile.open(path)
    try:
        result = verify_log(doc)
        assert result.first_bad_id == 5      # the entry after the gap no longer links
        assert "link" in result.reason and "removed" in result.reason
    finally:
        doc.close()


@pytest.mark.parametrize("deleted, missing", [((3,), "entry 3 is"), ((3, 4), "entries 3–4 are")])
def test_the_entry_missing_from_the_middle_is_named(blank_doc, deleted, missing):
    write_entries(blank_doc, 6)
    path = blank_doc.path
    blank_doc.close()
    tamper(path, "DROP TRIGGER log_entry_no_delete",
           *(f"DELETE FROM log_entry WHERE id = {n}" for n in deleted))
    doc = ExerciseFile.open(path)
    try:
        result = verify_log(doc)
        assert result.missing_id == 3
        assert result.first_bad_id == deleted[-1] + 1      # the entry after the gap: its link is broken
        assert result.reason == f"its link to the previous entry is broken ({missing} missing: removed from the file)"
    finally:
        doc.close()


def test_rehashed_entry_breaks_the_link_of_the_next(blank_doc):
    """Recomputing the altered entry's own hash does not hide it: the next one names it."""
    write_entries(blank_doc, 5)
    entries = log_entries(blank_doc)
    target = entries[2]
    forged_hash = entry_hash(target.prev_hash, id=target.id, scenario_time=target.scenario_time,
                             wall_time=target.wall_time, author=target.author, kind=target.kind,
                             text="Forged", refers_to=target.refers_to)
    path = blank_doc.path
    blank_doc.close()
    tamper(path, "DROP TRIGGER log_entry_no_update",
           f"UPDATE log_entry SET text = 'Forged', hash = '{forged_hash}' WHERE id = {target.id}")
    doc = ExerciseFile.open(path)
    try:
        result = verify_log(doc)
        assert result.first_bad_id == target.id + 1
    finally:
        doc.close()
