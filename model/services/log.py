"""The exercise log: append-only and hash-chained, its head sealed apart.

Each entry's hash covers its own fields and the previous entry's hash, so an
entry altered outside Pactline (the database refuses it from inside) breaks
the chain at that entry and :func:`verify_log` names it.

A chain cannot show that its last entries were deleted, or that it was
recomputed from scratch. So the head (entry count and last hash) is sealed
in its own table at ENDEX and whenever a report, package or MSEL is written,
and printed on each of them: :func:`verify_log` checks the chain against the
latest seal, and against a head the user kept from a printout
(*expect_head*), which whoever edits the file cannot reach.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model.entities import ClockState, ExerciseInfo, LogEntry, LogSeal
from model.errors import ValidationError
from model.services import validate
from model.services.changes import ChangeReport
from model.services.reporting import report
from model.timeutil import format_relative, format_stored
from model.i18n import tr
from model.plural import plural

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile


class LogWriter(Protocol):
    """What appending an entry needs of a document: who writes, the live clock (if any), the wall's time."""

    author: str
    scenario_now: Callable[[], datetime] | None

    def wall_now(self) -> datetime: ...


class LogReader(Protocol):
    """What verifying needs: a read transaction (an open file, or the session a package import is building)."""

    def reading(self) -> AbstractContextManager[Session]: ...

GENESIS_HASH = "0" * 64
LOG_KINDS = ("edit", "clock", "inject", "decision", "commitment", "attendance", "note", "correction")


def entry_hash(prev_hash: str, *, id: int, scenario_time: datetime, wall_time: datetime, author: str,
               kind: str, text: str, refers_to: int | None) -> str:
    fields = [prev_hash, str(id), format_stored(scenario_time), format_stored(wall_time), author, kind,
              text, "" if refers_to is None else str(refers_to)]
    # Length-prefixed so that moving characters between fields changes the hash.
    payload = "".join(f"{len(f)}:{f}" for f in fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def scenario_now(doc: LogWriter, session: Session) -> datetime:
    """The live clock's time if the GUI attached one, else the saved clock."""
    if doc.scenario_now is not None:
        return doc.scenario_now()
    clock = session.get(ClockState, 1)
    assert clock is not None, "the open checks the clock row exists"
    return clock.scenario_time


def append_entry(session: Session, doc: LogWriter, *, kind: str, text: str, refers_to: int | None = None,
                 author: str | None = None) -> LogEntry | None:
    """Add one entry inside the caller's transaction.

    A what-if being applied (model/what_if_replay.py) gathers its steps' entries into
    its one entry instead: *doc* then carries a ``log_sink``.
    """
    sink = getattr(doc, "log_sink", None)
    if sink is not None:
        sink.append(text)
        return None
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


def add_log_entry(doc: ExerciseFile, *, kind: str, text: str, refers_to: int | None = None) -> ChangeReport:
    """Record a decision, announcement or note (a service of its own)."""
    kind = validate.choice("kind", kind, LOG_KINDS)
    text = validate.text("text", text, max_len=4000, required=True)
    with doc.transaction() as session:
        if refers_to is not None and session.get(LogEntry, refers_to) is None:
            raise ValidationError("refers_to", tr("log entry {refers_to} does not exist")
                                                  .format(refers_to=refers_to))
        entry = append_entry(session, doc, kind=kind, text=text, refers_to=refers_to)
        session.flush()
        # None while a what-if is applied: its steps' texts are gathered into one entry (log_sink)
        return report(session, "log_entry", "created", () if entry is None else (entry.id,), summary=text)


# -- the head and its seals ----------------------------------------------------------------------
MIN_HEAD_DIGITS = 16   # what a page footer prints; 64 bits no forger can match by trying


@dataclass(frozen=True)
class LogHead:
    """How many entries the log holds and the hash of the last (GENESIS_HASH when none)."""

    entries: int
    head_hash: str

    def text(self, *, digits: int | None = None) -> str:
        """``Log: 12 entries, head 1a2b…``: the line printed on reports and exports."""
        shown = self.head_hash if digits is None else self.head_hash[:digits] + "\u2026"
        return f"Log: {self.entries} {'entry' if self.entries == 1 else 'entries'}, head {shown}"


@dataclass(frozen=True)
class SealSummary:
    number: int
    when: str            # scenario time, exercise-relative: "D+3 14:00"
    reason: str
    entries: int
    head_hash: str


def stored_head(session: Session) -> LogHead:
    count = session.scalar(select(func.count()).select_from(LogEntry))
    last = session.scalar(select(LogEntry.hash).order_by(LogEntry.id.desc()).limit(1))
    return LogHead(count or 0, last or GENESIS_HASH)


def log_head(doc: ExerciseFile) -> LogHead:
    """The log's head as stored (not verified: :func:`verify_log` says whether it can be trusted)."""
    with doc.reading() as session:
        return stored_head(session)


def append_seal(session: Session, doc: ExerciseFile, *, reason: str) -> LogSeal | None:
    """Seal the log's head inside the caller's transaction; None when the latest seal already holds it
    (exporting twice adds no seal, so an exported package re-exports byte for byte)."""
    session.flush()   # entries added earlier in this transaction belong to the head
    head = stored_head(session)
    latest = session.scalars(select(LogSeal).order_by(LogSeal.id.desc()).limit(1)).first()
    if latest is not None and (latest.entries, latest.head_hash) == (head.entries, head.head_hash):
        return None
    seal = LogSeal(id=latest.id + 1 if latest else 1, scenario_time=scenario_now(doc, session),
                   wall_time=doc.wall_now(), reason=reason, entries=head.entries, head_hash=head.head_hash)
    session.add(seal)
    return seal


def seal_log(doc: ExerciseFile, *, reason: str) -> ChangeReport:
    """Record the log's head in the seal table (a service of its own: ENDEX, reports and exports call it)."""
    reason = validate.text("reason", reason, max_len=40, required=True)
    with doc.transaction() as session:
        seal = append_seal(session, doc, reason=reason)
        if seal is None:
            return report(session, "log_seal", "updated", (), summary="log head already sealed")
        session.flush()
        return report(session, "log_seal", "created", (seal.id,),
                      summary=f"Log sealed ({reason}): {seal.entries} entries")


def clean_head(text: str) -> str:
    """A head hash as the user pasted or typed it: whole, or its first 16+ hex digits as a footer prints."""
    value = "".join(str(text).split()).lower().rstrip(".\u2026")
    if not MIN_HEAD_DIGITS <= len(value) <= 64 or any(c not in "0123456789abcdef" for c in value):
        raise ValidationError("expect_head", tr("'{0}' is not a log head: give the hash printed on the report or "
                                                "export ({MIN_HEAD_DIGITS} to 64 hex digits)")
                                                .format(text.strip(), MIN_HEAD_DIGITS=MIN_HEAD_DIGITS))
    return value


# -- verification ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LogVerification:
    entries: int                  # entries checked (up to the bad one when the chain is broken)
    first_bad_id: int | None      # the first entry whose link or hash is wrong
    reason: str = ""
    missing_id: int | None = None     # the first entry of a gap before first_bad_id (ids count up from 1)
    head_hash: str = GENESIS_HASH   # the hash of the last stored entry
    stored: int = 0               # entries stored
    seal: SealSummary | None = None   # the latest seal
    missing: int = 0              # entries the latest seal counted that are gone
    rewritten_id: int | None = None   # the entry at the sealed position no longer has the sealed hash
    expected_head: str | None = None
    expected_at: int | None = None    # entry id holding the expected head (0: the empty log's genesis)

    @property
    def chain_intact(self) -> bool:
        return self.first_bad_id is None

    @property
    def matches_seal(self) -> bool:
        return not self.missing and self.rewritten_id is None

    @property
    def matches_expected(self) -> bool:
        return self.expected_head is None or self.expected_at is not None

    @property
    def intact(self) -> bool:
        return self.chain_intact and self.matches_seal and self.matches_expected

    @property
    def head(self) -> LogHead:
        return LogHead(self.stored, self.head_hash)

    @property
    def verdict(self) -> str:
        """The verdict in one sentence (the command line prints it; the dialog words its own, translated)."""
        seal = self.seal
        if not self.chain_intact:
            return tr("Log altered: entry #{entry}: {reason}").format(entry=self.first_bad_id, reason=self.reason)
        if seal is not None and self.missing:
            return plural(self.missing,
                          tr("Log truncated: {0} entry after seal #{number} of {when} is missing "
                             "(sealed with {sealed}, {left} left)"),
                          tr("Log truncated: {0} entries after seal #{number} of {when} are missing "
                             "(sealed with {sealed}, {left} left)")).format(
                number=seal.number, when=seal.when, sealed=seal.entries, left=self.stored)
        if seal is not None and self.rewritten_id is not None:
            return tr("Log rewritten since seal #{number} of {when}: entry #{entry} no longer has the hash "
                      "sealed then (its hashes were recomputed)").format(number=seal.number, when=seal.when,
                                                                         entry=self.rewritten_id)
        if not self.matches_expected:
            return tr("Log rewritten: it does not contain the head {head} printed on the report or export"
                      ).format(head=self.expected_head)
        if seal is not None:
            text = tr("Log intact: {entries} entries, hash chain verified, matches seal #{number} of {when}"
                      ).format(entries=self.stored, number=seal.number, when=seal.when)
        else:
            text = tr("Log intact: {entries} entries, hash chain verified (not sealed yet: a seal is written "
                      "at ENDEX and with every report or export)").format(entries=self.stored)
        if self.expected_head is not None:
            text += (tr("; the expected head is the empty log's") if self.expected_at == 0 else
                     tr("; the expected head is entry #{entry}'s").format(entry=self.expected_at))
        return text


def verify_log(doc: LogReader, *, expect_head: str | None = None) -> LogVerification:
    """Check the chain, then the latest seal, then (if given) a head the user kept from a printout."""
    expected = None if expect_head is None else clean_head(expect_head)
    with doc.reading() as session:
        chain, hashes, ids = _verify_chain(session)
        head = stored_head(session) if not chain.chain_intact else LogHead(len(hashes), hashes[-1] if hashes
                                                                           else GENESIS_HASH)
        latest = session.scalars(select(LogSeal).order_by(LogSeal.id.desc()).limit(1)).first()
        seal = None
        if latest is not None:
            info = session.get(ExerciseInfo, 1)
            assert info is not None, "the open checks the exercise row exists"
            startex = info.startex
            seal = SealSummary(latest.id, format_relative(latest.scenario_time, startex,
                                                          seconds=latest.scenario_time.second != 0),
                               latest.reason, latest.entries, latest.head_hash)
    if not chain.chain_intact:
        return LogVerification(chain.entries, chain.first_bad_id, chain.reason, chain.missing_id,
                               head_hash=head.head_hash, stored=head.entries, seal=seal, expected_head=expected)
    missing, rewritten_id, expected_at = 0, None, None
    if seal is not None:
        if len(hashes) < seal.entries:
            missing = seal.entries - len(hashes)
        elif (hashes[seal.entries - 1] if seal.entries else GENESIS_HASH) != seal.head_hash:
            rewritten_id = ids[seal.entries - 1] if seal.entries else (ids[0] if ids else 0)
    if expected is not None:
        expected_at = 0 if GENESIS_HASH.startswith(expected) else next(
            (i for i, h in zip(ids, hashes) if h.startswith(expected)), None)
    return LogVerification(chain.entries, None, head_hash=head.head_hash, stored=head.entries, seal=seal,
                           missing=missing, rewritten_id=rewritten_id, expected_head=expected,
                           expected_at=expected_at)


def _verify_chain(session: Session) -> tuple[LogVerification, list[str], list[int]]:
    """The chain's own check, with the hash and id of every entry it passed (for the seal's check)."""
    prev_hash, count, prev_id = GENESIS_HASH, 0, 0
    hashes: list[str] = []
    ids: list[int] = []
    for entry in session.scalars(select(LogEntry).order_by(LogEntry.id)):
        count += 1
        if entry.prev_hash != prev_hash:
            if entry.id > prev_id + 1:
                gap = (tr("its link to the previous entry is broken (entry {first} is missing: removed "
                          "from the file)") if entry.id == prev_id + 2 else
                       tr("its link to the previous entry is broken (entries {first}–{last} are missing: "
                          "removed from the file)")).format(first=prev_id + 1, last=entry.id - 1)
                return LogVerification(count, entry.id, gap, prev_id + 1), hashes, ids
            return LogVerification(count, entry.id, tr("its link to the previous entry is broken "
                                                       "(an entry before it was removed or replaced)")), hashes, ids
        expected = entry_hash(prev_hash, id=entry.id, scenario_time=entry.scenario_time,
                              wall_time=entry.wall_time, author=entry.author, kind=entry.kind,
                              text=entry.text, refers_to=entry.refers_to)
        if entry.hash != expected:
            return LogVerification(count, entry.id, tr("its content was altered after it was written")), hashes, ids
        prev_hash, prev_id = entry.hash, entry.id
        hashes.append(entry.hash)
        ids.append(entry.id)
    return LogVerification(count, None), hashes, ids
