"""One read path, ready for another database: Core statements in model/storage/reading.py.

The reads before the ORM loads describe their tables in Core
(model/storage/tables.py): each column must be the entity's, type included.
The reads compile for PostgreSQL without SQLite's functions, and where a
database cannot turn stored times into seconds in SQL, Python does, with the
same snapshot.
"""
from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest
from sqlalchemy import Select
from sqlalchemy.dialects import postgresql, sqlite

from model.entities import Base
from model.snapshot import load_snapshot
from model.storage import database, reading, tables
from model.storage.exercise_file import ExerciseFile


def test_each_core_column_is_the_entitys_column():
    import model.conduct_entities  # noqa: F401  (maps the inject table)
    import model.provision_entities  # noqa: F401  (maps the provision tables)

    for table in tables.metadata.sorted_tables:
        mapped = Base.metadata.tables[table.name]
        for column in table.columns:
            assert column.name in mapped.columns, f"{table.name}.{column.name} is not in the entities"
            theirs = mapped.columns[column.name]
            assert (repr(column.type), column.nullable, column.primary_key) == \
                (repr(theirs.type), theirs.nullable, theirs.primary_key), f"{table.name}.{column.name}"


@pytest.mark.parametrize("table, row_class", [(tables.exercise_info, reading.ExerciseInfoRow),
                                              (tables.incident_type, reading.IncidentTypeRow),
                                              (tables.signatory, reading.SignatoryRow)], ids=lambda v: "")
def test_the_tables_read_as_plain_rows_are_complete(table, row_class):
    assert [c.name for c in table.columns] == list(Base.metadata.tables[table.name].columns.keys()) == \
        [f.name for f in dataclasses.fields(row_class)]


def read_statements() -> dict[str, Select]:
    return {name: value for name, value in vars(reading).items() if isinstance(value, Select)}


def test_every_read_compiles_for_postgresql_without_sqlite_functions():
    statements = read_statements()
    assert {"_EXERCISE_INFO", "_SIGNATORIES", "_ALL_INCIDENTS", "_SOME_COMMITMENTS", "_CONSULTATIONS"} <= \
        statements.keys()
    for name, statement in statements.items():
        sql = str(statement.compile(dialect=postgresql.dialect()))
        assert not re.search(r"unixepoch|strftime|coalesce", sql, re.IGNORECASE), (name, sql)


def test_sqlite_turns_times_into_seconds_in_sql():
    sql = str(reading._ALL_INCIDENTS.compile(dialect=sqlite.dialect()))
    assert "unixepoch(incident.occurred_at)" in sql or "strftime('%s', incident.occurred_at)" in sql


def same_fields(mine, theirs) -> None:
    for field in dataclasses.fields(theirs):
        a, b = getattr(mine, field.name), getattr(theirs, field.name)
        if isinstance(b, np.ndarray):
            assert a.dtype == b.dtype and np.array_equal(a, b), field.name
        elif dataclasses.is_dataclass(b):
            same_fields(a, b)
        else:
            assert a == b, field.name


def test_a_database_without_sql_for_times_reads_the_same_snapshot_in_python(default_doc, monkeypatch):
    from model.services import signatories

    # Every kind of time: set, not set (an agreement date, a withdrawal, an effective time) and dates.
    first = reading.signatories(default_doc)[0]
    signatories.update_signatory(default_doc, signatory_id=first.id, agreement_date=None)
    in_sql = load_snapshot(default_doc)
    path = default_doc.path
    monkeypatch.setattr(database, "IN_SQL", {})        # as on a database without such SQL
    doc = ExerciseFile.open(path, read_only=True)      # a new engine: nothing compiled before
    try:
        assert "unixepoch" not in str(reading._ALL_INCIDENTS.compile(bind=doc.engine))
        same_fields(load_snapshot(doc), in_sql)
        assert reading.signatories(doc) == reading.signatories(default_doc)
    finally:
        doc.close()


def test_python_reads_no_time_from_text_that_is_no_time():
    from model.snapshot import NEVER_SIGNED, UNREADABLE_TIME
    from model.timeutil import StoredDate, UtcDateTime, to_epoch, utc

    dialect = postgresql.dialect()
    times = database.epoch_seconds(tables.incident.c.occurred_at, missing=7, unreadable=int(UNREADABLE_TIME))
    dates = database.epoch_seconds(tables.signatory.c.agreement_date, missing=int(NEVER_SIGNED),
                                   unreadable=int(UNREADABLE_TIME))
    assert isinstance(tables.signatory.c.agreement_date.type, StoredDate)
    assert isinstance(tables.incident.c.occurred_at.type, UtcDateTime)
    as_time = times.type.result_processor(dialect, None)
    as_date = dates.type.result_processor(dialect, None)
    assert as_time("2026-03-02T06:00:00Z") == to_epoch(utc(2026, 3, 2, 6))
    assert as_date("2026-03-02") == to_epoch(utc(2026, 3, 2))
    assert (as_time(None), as_date(None)) == (7, NEVER_SIGNED)
    assert as_time("garbage") == as_date("2026-02-30") == as_time(12) == UNREADABLE_TIME
    # Where SQL computed it there is nothing left to do per row.
    assert times.type.result_processor(sqlite.dialect(), None) is None
