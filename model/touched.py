"""Which rows a write transaction created, updated and deleted, gathered as the session flushes.

Services read it (``model.services.records.report``) to fill their ChangeReport,
so a side effect is reported by the code that causes it, not remembered by
each service. Rows SQLite removes on its own (ON DELETE CASCADE) never reach
the session: services capture them in ``removed``, and the report counts those.
"""
from __future__ import annotations

from sqlalchemy import event, inspect

_KEY = "pactline.touched"


class Touched:
    def __init__(self) -> None:
        self.created: dict[str, set] = {}
        self.updated: dict[str, set] = {}
        self.deleted: dict[str, set] = {}

    def note(self, session) -> None:
        for target, objects in ((self.created, session.new), (self.deleted, session.deleted)):
            for obj in objects:
                target.setdefault(obj.__tablename__, set()).add(key_of(obj))
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self.updated.setdefault(obj.__tablename__, set()).add(key_of(obj))


def key_of(obj):
    """An entity's primary key: the value of its one key column, or a tuple of several."""
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return key[0] if len(key) == 1 else tuple(key)


def watch(session_factory) -> None:
    event.listen(session_factory, "after_flush", _after_flush)


def _after_flush(session, _context) -> None:
    # after_flush still sees the flushed objects in new/dirty/deleted, with their keys assigned.
    touched = session.info.get(_KEY)
    if touched is None:
        touched = session.info[_KEY] = Touched()
    touched.note(session)


def note_created(session, table: str, keys) -> None:
    """Rows written by a bulk INSERT, which the flush never sees."""
    touched = session.info.get(_KEY)
    if touched is None:
        touched = session.info[_KEY] = Touched()
    touched.created.setdefault(table, set()).update(keys)


def touched_in(session) -> Touched:
    """What the session has written so far, pending changes flushed first."""
    session.flush()
    return session.info.get(_KEY) or Touched()
