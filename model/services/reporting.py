"""Builds a service's ChangeReport from what its transaction actually wrote."""
from __future__ import annotations

from model.entities import record_classes
from model.services.changes import ChangeReport, Record
from model.touched import touched_in


def record_key(record: Record):
    """The primary key of a captured row, as ``model.touched.key_of`` gives it for a live one."""
    mapper = record_classes()[record.table].__mapper__
    key = tuple(record.values[mapper.get_property_by_column(column).key] for column in mapper.primary_key)
    return key[0] if len(key) == 1 else key


def report(session, entity: str, action: str, ids: tuple = (), *, previous: dict | None = None,
           removed: tuple[Record, ...] = (), summary: str = "") -> ChangeReport:
    """The call's report: *entity*/*action*/*ids* name its main rows; every row it touched is listed.

    Call it last inside the transaction. A row in *removed* that the call did not
    update is reported deleted: that covers rows SQLite's ON DELETE CASCADE removed.
    """
    touched = touched_in(session)
    created = {kind: set(keys) for kind, keys in touched.created.items()}
    updated = {kind: set(keys) for kind, keys in touched.updated.items()}
    deleted = {kind: set(keys) for kind, keys in touched.deleted.items()}
    for record in removed:
        key = record_key(record)
        if key not in updated.get(record.table, ()):
            deleted.setdefault(record.table, set()).add(key)
    for kind in set(created) & set(deleted):
        both = created[kind] & deleted[kind]   # lived only inside the call: nothing to show
        created[kind] -= both
        deleted[kind] -= both
    for kind, keys in updated.items():
        keys -= created.get(kind, set()) | deleted.get(kind, set())

    def frozen(changes: dict) -> dict:
        return {kind: frozenset(keys) for kind, keys in changes.items() if keys}

    return ChangeReport(entity, action, tuple(ids), previous=previous or {}, removed=tuple(removed),
                        summary=summary, created=frozen(created), updated=frozen(updated),
                        deleted=frozen(deleted))
