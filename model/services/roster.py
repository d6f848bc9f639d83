"""Roster-wide services: remove several signatories in one transaction, and say what would go
with them. The lists a roster is built from are in model/roster_lists.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from model.entities import Commitment, Consultation, Instrument, Signatory
from model.errors import ValidationError
from model.plural import plural
from model.services import log, parties, provisions, validate
from model.services.changes import ChangeReport
from model.services.records import capture, fetch
from model.services.reporting import report
from model.services.signatories import dependants_of
from model.i18n import number_text, tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile


@dataclass(frozen=True)
class Dependant:
    """A commitment or consultation record that goes when its signatory goes."""

    kind: str               # "commitment" | "consultation"
    signatory_code: str
    incident_id: int
    category: str = ""      # commitments only
    measure: str = ""       # the instrument's name, commitments only


def _clean_ids(ids) -> tuple[int, ...]:
    if isinstance(ids, (str, bytes)) or not hasattr(ids, "__iter__"):
        raise ValidationError("ids", tr("must be a list of signatory ids"))
    cleaned = []
    for value in ids:
        number = validate.integer("ids", value, minimum=1)
        if number not in cleaned:
            cleaned.append(number)
    if not cleaned:
        raise ValidationError("ids", tr("names no signatory"))
    return tuple(cleaned)


def delete_signatories(doc: ExerciseFile, *, ids) -> ChangeReport:
    """Remove the signatories and their commitments and consultation records, in one transaction.

    ``removed`` lists the signatories first, so a restore reports them as its main rows.
    """
    ids = _clean_ids(ids)
    with doc.transaction() as session:
        rows = [fetch(session, Signatory, key, "Signatory") for key in ids]
        dependants = [d for row in rows for d in dependants_of(session, row.id)]
        standing = [r for key in ids for r in provisions.rows_of_signatory(session, key)]   # cascaded by SQLite
        removed = capture(*rows, *dependants, *parties.parties_of_signatories(session, ids), *standing)
        codes = ", ".join(row.code for row in rows)
        summary = (tr("Signatory {code} {name} removed").format(code=rows[0].code, name=rows[0].name)
                   if len(rows) == 1 else tr("{count} signatories removed ({codes})").format(
                       count=number_text(len(rows)), codes=codes))
        if dependants:
            commitments = sum(isinstance(d, Commitment) for d in dependants)
            summary = tr("{removed} with {commitments} and {consultations}").format(
                removed=summary, commitments=plural(commitments, tr("{0} commitment"), tr("{0} commitments")),
                consultations=plural(len(dependants) - commitments, tr("{0} consultation record"),
                                     tr("{0} consultation records")))
        for row in rows:
            session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "signatory", "deleted", ids, removed=removed, summary=summary)


def dependants(doc: ExerciseFile, *, ids) -> list[Dependant]:
    """What removing the signatories would also remove, by incident, for a confirmation."""
    ids = _clean_ids(ids)
    with doc.reading() as session:
        commitments = session.execute(
            select(Signatory.code, Commitment.incident_id, Commitment.category, Instrument.name)
            .join(Signatory, Signatory.id == Commitment.signatory_id)
            .join(Instrument, Instrument.code == Commitment.measure)
            .where(Commitment.signatory_id.in_(ids))
            .order_by(Commitment.incident_id, Commitment.announced_at, Commitment.id)).all()
        consultations = session.execute(
            select(Signatory.code, Consultation.incident_id)
            .join(Signatory, Signatory.id == Consultation.signatory_id)
            .where(Consultation.signatory_id.in_(ids))
            .order_by(Consultation.incident_id, Consultation.id)).all()
    return ([Dependant("commitment", code, incident, category, measure)
             for code, incident, category, measure in commitments]
            + [Dependant("consultation", code, incident) for code, incident in consultations])
