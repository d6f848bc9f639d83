"""Incident services: create, update (a drag is one update), delete."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.conduct_entities import Inject
from model.display_names import changed_fields, display_name
from model.entities import Commitment, Consultation, Incident, IncidentType
from model.errors import ValidationError
from model.plural import plural
from model.services import log, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, capture, check_fields, fetch, when
from model.services.reporting import report
from model.i18n import tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

FIELDS = ("incident_type", "severity", "occurred_at", "location", "description")


def _clean(session: Session, values: dict) -> dict:
    if session.get(IncidentType, values["incident_type"]) is None:
        raise ValidationError("incident_type", tr("'{0}' is not an incident type of this exercise's catalogue")
                                                  .format(values['incident_type']))
    return {
        "incident_type": values["incident_type"],
        "severity": validate.severity("severity", values["severity"]),
        "occurred_at": validate.moment("occurred_at", values["occurred_at"]),
        "location": validate.text("location", values["location"], max_len=200),
        "description": validate.text("description", values["description"], max_len=4000),
    }


def create_incident(doc: ExerciseFile, *, incident_type: str, severity: int, occurred_at, location: str = "",
                    description: str = "", id: int | None = None) -> ChangeReport:
    with doc.transaction() as session:
        cleaned = _clean(session, dict(incident_type=incident_type, severity=severity,
                                       occurred_at=occurred_at, location=location,
                                       description=description))
        row = Incident(id=id, **cleaned)
        session.add(row)
        session.flush()
        kind = fetch(session, IncidentType, row.incident_type, "Incident type").name
        summary = tr("Incident #{id} ({kind}, S{severity}) added at {when}").format(
            id=row.id, kind=kind, severity=row.severity, when=when(session, row.occurred_at))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "incident", "created", (row.id,), summary=summary)


def update_incident(doc: ExerciseFile, *, incident_id: int, **changes) -> ChangeReport:
    check_fields(changes, FIELDS, "incident")
    with doc.transaction() as session:
        row = fetch(session, Incident, incident_id, "Incident")
        current = {name: getattr(row, name) for name in FIELDS}
        cleaned = _clean(session, {**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        if "occurred_at" in previous and len(previous) == 1:
            summary = tr("Incident #{id} moved to {when}").format(id=row.id, when=when(session, row.occurred_at))
        else:
            summary = tr("Incident #{id} edited ({fields})").format(id=row.id, fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "incident", "updated", (row.id,), previous=previous, summary=summary)


def delete_incident(doc: ExerciseFile, *, incident_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, Incident, incident_id, "Incident")
        dependants = [*session.scalars(select(Commitment).where(Commitment.incident_id == incident_id)),
                      *session.scalars(select(Consultation).where(Consultation.incident_id == incident_id))]
        # An inject whose delivery created the incident would lose the link (SET NULL) for good:
        # it is captured as it was and unlinked here, so restoring puts the link back too.
        deliveries = list(session.scalars(select(Inject).where(Inject.incident_id == incident_id)))
        removed = capture(row, *dependants, *deliveries)
        kind = session.get(IncidentType, row.incident_type)
        names = {kind.code: kind.name} if kind else None
        kind_name = display_name('incident_type', row.incident_type, names)
        summary = tr("Incident #{id} ({kind}) removed").format(id=row.id, kind=kind_name)
        if dependants:
            summary = tr("Incident #{id} ({kind}) removed with {records}").format(
                id=row.id, kind=kind_name, records=plural(len(dependants), tr("{0} commitment or consultation record"),
                                                          tr("{0} commitment or consultation records")))
        for inject in deliveries:
            inject.incident_id = None
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "incident", "deleted", (incident_id,), removed=removed, summary=summary)
