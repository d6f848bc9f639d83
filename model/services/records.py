"""Row-level helpers the services share: fetch, apply changes, capture, restore."""
from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session

from model.entities import Base, ExerciseInfo, record_classes
from model.errors import NotFoundError, ValidationError
from model.services import log
from model.services.changes import ChangeReport, Record
from model.services.reporting import report
from model.timeutil import format_relative
from model.i18n import QT_TR_NOOP, tr

RowT = TypeVar("RowT", bound=Base)

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile


def when(session: Session, value) -> str:
    """A scenario time as the log and the status bar show it: exercise-relative, "D+1 14:00"."""
    info = session.get(ExerciseInfo, 1)
    assert info is not None, "the open checks the exercise row exists"
    startex = info.startex
    return format_relative(value, startex, seconds=value.second != 0)


def fetch(session: Session, cls: type[RowT], key, what: str) -> RowT:
    row = session.get(cls, key)
    if row is None:
        raise NotFoundError(what, key)
    return row


# One whole sentence per kind of record: the noun's article and gender are part of the sentence.
_NOT_A_FIELD = {
    "commitment": QT_TR_NOOP("is not a field of a commitment"),
    "consultation": QT_TR_NOOP("is not a field of a consultation"),
    "exercise": QT_TR_NOOP("is not a field of an exercise"),
    "incident": QT_TR_NOOP("is not a field of an incident"),
    "signatory": QT_TR_NOOP("is not a field of a signatory"),
    "treaty terms option": QT_TR_NOOP("is not a field of a treaty terms option"),
    "improvement-plan item": QT_TR_NOOP("is not a field of an improvement-plan item"),
    "objective": QT_TR_NOOP("is not a field of an objective"),
    "inject": QT_TR_NOOP("is not a field of an inject"),
    "standing provision": QT_TR_NOOP("is not a field of a standing provision"),
    "milestone": QT_TR_NOOP("is not a field of a milestone"),
    "delivery": QT_TR_NOOP("is not a field of a delivery"),
}


def check_fields(changes: dict, allowed: tuple[str, ...], what: str) -> None:
    for name in changes:
        if name not in allowed:
            raise ValidationError(name, tr(_NOT_A_FIELD[what]) if what in _NOT_A_FIELD
                                  else tr("is not a field of a {what}").format(what=what))


def apply_values(row: Base, values: dict) -> dict:
    """Set *values* on *row*; return the old values of those that differ."""
    previous = {}
    for name, value in values.items():
        old = getattr(row, name)
        if old != value:
            previous[name] = old
            setattr(row, name, value)
    return previous


def capture(*rows: Base) -> tuple[Record, ...]:
    return tuple(Record(row.__tablename__, row.to_record()) for row in rows)


def restore_records(doc: ExerciseFile, *, records: tuple[Record, ...], summary: str = "") -> ChangeReport:
    """Put captured rows back exactly, with their ids (the undo of a delete or a revert).

    A row that is gone is inserted again; one that still exists (an inject a revert
    returned to planned) gets its captured values back.
    """
    classes = record_classes()
    order = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
    with doc.transaction() as session:
        for record in sorted(records, key=lambda r: order[r.table]):
            session.merge(classes[record.table](**record.values))
            session.flush()  # parents before children, in dependency order
        main = records[0] if records else None
        log.append_entry(session, doc, kind="edit", text=summary or tr("Restored removed items"))
        return report(session, main.table if main else "", "restored",
                      tuple(r.values.get("id") for r in records if r.table == main.table) if main else (),
                      summary=summary)
