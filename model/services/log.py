"""The exercise log: append-only and hash-chained.

Each entry's hash covers its own fields and the previous entry's hash, so an
entry altered outside Pactline (the database refuses it from inside) breaks
the chain at that entry and :func:`verify_log` names it.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import ClockState, LogEntry
from model.errors import ValidationError
from model.services import validate
from model.services.changes import ChangeReport
from model.services.reporting import report
from model.timeutil import format_stored

GENESIS_HASH = "0" * 64
LOG_KINDS = ("edit", "clock", "inject", "decision", "commitment", "attendance", "note", "correction")


def entry_hash(prev_hash: str, *, id: int, scenario_time: datetime, wall_time: datetime, author: str,
               kind: str, text: str, refers_to: int | None) -> str:
    fields = [prev_hash, str(id), format_stored(scenario_time), format_stored(wall_time), author, kind,
              text, "" if refers_to is None else str(refers_to)]
    # Length-prefixed so that moving characters between fields changes the hash.
    payload = "".join(f"{len(f)}:{f}" for f in fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def scenario_now(doc, session: Session) -> datetime:
    """The live clock's time if the GUI attached one, else the saved clock."""
    if doc.scenario_now is not None:
        return doc.scenario_now()
    clock = session.get(ClockState, 1)
    assert clock is not None, "the open checks the clock row exists"
    return clock.scenario_time


def append_entry(session: Session, doc, *, kind: str, text: str, refers_to: int | None = None,
                 author: str | None = None) -> LogEntry:
    """Add one entry inside the caller's transaction."""
    last = session.execute(select(LogEntry.id, LogEntry.hash).order_by(LogEntry.id.desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS_HASH
    entry = LogEntry(id=(last.id + 1) if last else 1, scenario_time=scenario_now(doc, session),
                     wall_time=doc.wall_now(), author=author or doc.author, kind=kind, text=text,
                     refers_to=refers_to, prev_hash=prev_hash, hash="")
    entry.hash = entry_hash(prev_hash, id=entry.id, scenario_time=entry.scenario_time,
                            wall_time=entry.wall_time, author=entry.author, kind=kind, text=text,
                            refers_to=refers_to)
    session.add(entry)
    return entry


def add_log_entry(doc, *, kind: str, text: str, refers_to: int | None = None) -> ChangeReport:
    """Record a decision, announcement or note (a service of its own)."""
    kind = validate.choice("kind", kind, LOG_KINDS)
    text = validate.text("text", text, max_len=4000, required=True)
    with doc.transaction() as session:
        if refers_to is not None and session.get(LogEntry, refers_to) is None:
            raise ValidationError("refers_to", f"log entry {refers_to} does not exist")
        entry = append_entry(session, doc, kind=kind, text=text, refers_to=refers_to)
        session.flush()
        return report(session, "log_entry", "created", (entry.id,), summary=text)


@dataclass(frozen=True)
class LogVerification:
    entries: int
    first_bad_id: int | None
    reason: str = ""
    missing_id: int | None = None     # the first entry of a gap before first_bad_id (ids count up from 1)

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None


def verify_log(doc) -> LogVerification:
    prev_hash, count, prev_id = GENESIS_HASH, 0, 0
    with doc.reading() as session:
        for entry in session.scalars(select(LogEntry).order_by(LogEntry.id)):
            count += 1
            if entry.prev_hash != prev_hash:
                if entry.id > prev_id + 1:
                    gap = (f"entry {prev_id + 1} is" if entry.id == prev_id + 2
                           else f"entries {prev_id + 1}–{entry.id - 1} are")
                    return LogVerification(count, entry.id, f"its link to the previous entry is broken "
                                                            f"({gap} missing: removed from the file)", prev_id + 1)
                return LogVerification(count, entry.id, "its link to the previous entry is broken "
                                                        "(an entry before it was removed or replaced)")
            expected = entry_hash(prev_hash, id=entry.id, scenario_time=entry.scenario_time,
                                  wall_time=entry.wall_time, author=entry.author, kind=entry.kind,
                                  text=entry.text, refers_to=entry.refers_to)
            if entry.hash != expected:
                return LogVerification(count, entry.id, "its content was altered after it was written")
            prev_hash, prev_id = entry.hash, entry.id
    return LogVerification(count, None)
