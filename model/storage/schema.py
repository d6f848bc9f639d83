"""Schema version, file header stamps and the migration path.

The file header carries ``application_id`` (which program wrote it) and
``user_version`` (which schema). A file of an older schema is upgraded step
by step inside one transaction; a newer one is refused.
"""
from __future__ import annotations

from sqlalchemy import Connection

from model import conduct_entities   # noqa: F401  (registers the schema-2 tables)
from model import provision_entities   # noqa: F401  (registers the schema-7 tables)
from model.entities import Base
from model.storage.file_header import APPLICATION_ID, SCHEMA_VERSION
from model.storage.migrations import MIGRATIONS

# The log and its seals are append-only: the database itself refuses edits and deletions.
_APPEND_ONLY_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS log_entry_no_update BEFORE UPDATE ON log_entry
       BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS log_entry_no_delete BEFORE DELETE ON log_entry
       BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS log_seal_no_update BEFORE UPDATE ON log_seal
       BEGIN SELECT RAISE(ABORT, 'the log seals are append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS log_seal_no_delete BEFORE DELETE ON log_seal
       BEGIN SELECT RAISE(ABORT, 'the log seals are append-only'); END""",
)

def create_schema(connection: Connection) -> None:
    Base.metadata.create_all(connection)
    for statement in _APPEND_ONLY_TRIGGERS:
        connection.exec_driver_sql(statement)
    stamp_header(connection, SCHEMA_VERSION)


def stamp_header(connection: Connection, version: int) -> None:
    # PRAGMAs take no bound parameters; both values are integers we control.
    connection.exec_driver_sql(f"PRAGMA application_id = {int(APPLICATION_ID)}")
    connection.exec_driver_sql(f"PRAGMA user_version = {int(version)}")


def upgrade(connection: Connection, from_version: int) -> list[int]:
    """Apply every migration after *from_version*; returns the versions applied."""
    applied = []
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version](connection)
        stamp_header(connection, version)
        applied.append(version)
    return applied
