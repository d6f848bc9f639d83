"""Where the database under Pactline is SQLite, beyond opening the file: the one place to change for another.

- ``epoch_seconds``: a stored UTC time as epoch seconds. SQLite computes it
  in SQL (``unixepoch``, several times faster than converting each row in
  Python); any other database gets the stored text and converts it in Python,
  with the same answers.
- ``DATABASE_ERRORS``: what the database layer raises that the model did not
  put into words (the GUI names the file with it).
- ``scratch_engine``: an empty database in memory that checks foreign keys,
  for trying rows out without a file.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, Integer, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement, literal_column
from sqlalchemy.types import TypeDecorator

from model.timeutil import UTC, StoredDate, parse_stored, to_epoch

DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, SQLAlchemyError)


def scratch_engine() -> Engine:
    """An in-memory database, refusing dangling references as an exercise file does."""
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda connection, _record: connection.execute("PRAGMA foreign_keys = ON"))
    return engine


def epoch_seconds(column: ColumnElement, *, missing: int, unreadable: int) -> ColumnElement[int]:
    """*column* (stored UTC text, or a date: its midnight UTC) as whole epoch seconds.

    NULL gives *missing*; text that is no time gives *unreadable* (never "missing":
    a value changed outside Pactline must be noticed, not read as "not set").
    """
    return _EpochSeconds(column, literal_column(str(int(missing))), literal_column(str(int(unreadable))),
                         type_=_Epoch(missing=int(missing), unreadable=int(unreadable),
                                      date_only=isinstance(column.type, StoredDate)))


def _sqlite_epoch(column: str, missing: str, unreadable: str) -> str:
    # unixepoch() (SQLite 3.38+) is several times faster than strftime('%s').
    value = (f"unixepoch({column})" if sqlite3.sqlite_version_info >= (3, 38)
             else f"CAST(strftime('%s', {column}) AS INTEGER)")
    # COALESCE stops at the first value, so the CASE costs nothing on a readable time.
    return f"COALESCE({value}, CASE WHEN {column} IS NULL THEN {missing} ELSE {unreadable} END)"


# Databases that compute epoch_seconds in SQL, by dialect name; the others convert in Python (_Epoch).
IN_SQL: dict[str, Callable[[str, str, str], str]] = {"sqlite": _sqlite_epoch}


class _EpochSeconds(FunctionElement):
    inherit_cache = True   # the column and both literals are its clauses: they make its cache key

    def __init__(self, *clauses, type_):
        super().__init__(*clauses)
        self.type = type_


@compiles(_EpochSeconds)
def _compile_epoch(element: _EpochSeconds, compiler, **kw) -> str:
    column, missing, unreadable = (compiler.process(clause, **kw) for clause in element.clauses)
    in_sql = IN_SQL.get(compiler.dialect.name)
    return column if in_sql is None else in_sql(column, missing, unreadable)


class _Epoch(TypeDecorator):
    """The result type of epoch_seconds: nothing to do where SQL computed it, text to seconds elsewhere."""

    impl = Integer
    cache_ok = True

    def __init__(self, missing: int, unreadable: int, date_only: bool):
        super().__init__()
        self.missing, self.unreadable, self.date_only = missing, unreadable, date_only

    def result_processor(self, dialect, coltype):
        if dialect.name in IN_SQL:
            return None
        missing, unreadable, date_only = self.missing, self.unreadable, self.date_only

        def process(value):
            if value is None:
                return missing
            try:
                return to_epoch(datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC) if date_only
                                else parse_stored(value))
            except (TypeError, ValueError):
                return unreadable
        return process
