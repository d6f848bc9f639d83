"""Commitment and consultation services: what signatories did after an incident."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.display_names import category_name, category_word, display_name
from model.display_names import changed_fields
from model.entities import Commitment, Consultation, Incident, Instrument, Signatory
from model.errors import ValidationError
from model.services import log, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, capture, check_fields, fetch
from model.services.reporting import report
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES
from model.i18n import tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

COMMITMENT_FIELDS = ("incident_id", "signatory_id", "category", "measure", "announced_at",
                     "effective_at", "status", "note", "withdrawn_at")
CONSULTATION_FIELDS = ("incident_id", "signatory_id", "joined_at", "note")


def _check_parents(session: Session, incident_id, signatory_id) -> tuple[Incident, Signatory]:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise ValidationError("incident_id", tr("incident {incident_id} does not exist")
                                                .format(incident_id=incident_id))
    signatory = session.get(Signatory, signatory_id)
    if signatory is None:
        raise ValidationError("signatory_id", tr("signatory {signatory_id} does not exist")
                                                 .format(signatory_id=signatory_id))
    return incident, signatory


def _clean_commitment(session: Session, values: dict) -> dict:
    _check_parents(session, values["incident_id"], values["signatory_id"])
    category = validate.choice("category", values["category"], CATEGORIES, kind="category")
    instrument = session.get(Instrument, values["measure"])
    if instrument is None:
        raise ValidationError("measure", tr("'{0}' is not an instrument of this exercise's catalogue")
                                            .format(values['measure']))
    if instrument.category != category:
        word = category_word(instrument.category)
        # "a military" / "an economic" (display_names.with_article) as two whole sentences to translate.
        sentence = (tr("'{name}' is an {0} measure, not {1}") if word[:1].lower() in "aeiou" else
                    tr("'{name}' is a {0} measure, not {1}"))
        raise ValidationError("measure", sentence.format(word, category_word(category), name=instrument.name))
    announced = validate.moment("announced_at", values["announced_at"])
    effective = validate.moment("effective_at", values["effective_at"], optional=True)
    if effective is not None and effective < announced:
        raise ValidationError("effective_at", tr("cannot be before the commitment was announced"))
    status = validate.choice("status", values["status"], COMMITMENT_STATUSES, kind="commitment_status")
    withdrawn = validate.moment("withdrawn_at", values.get("withdrawn_at"), optional=True)
    if withdrawn is not None and status != "withdrawn":
        raise ValidationError("withdrawn_at", tr("is set but the commitment is {status}, not withdrawn")
                                                 .format(status=status))
    if withdrawn is not None and withdrawn < announced:
        raise ValidationError("withdrawn_at", tr("cannot be before the commitment was announced"))
    return {
        "incident_id": values["incident_id"], "signatory_id": values["signatory_id"],
        "category": category, "measure": instrument.code, "announced_at": announced,
        "effective_at": effective,
        "status": status,
        "note": validate.text("note", values["note"], max_len=2000),
        "withdrawn_at": withdrawn,
    }


def commitment_text(code: str, incident_id: int, category: str, measure_name: str, status: str) -> str:
    """The log entry of a commitment recorded: ``DE commitment to incident #3: Military — … (pledged)``."""
    return tr("{code} commitment to incident #{incident}: {category} — {measure} ({status})").format(
        code=code, incident=incident_id, category=category_name(category), measure=measure_name,
        status=display_name('commitment_status', status))


def attendance_text(code: str, incident_id: int, *, joined: bool) -> str:
    return (tr("{code} joined the consultation on incident #{incident}") if joined else
            tr("{code} absent from the consultation on incident #{incident}")).format(code=code, incident=incident_id)


def _withdrawal_time(session: Session, doc: ExerciseFile, values: dict, given: bool):
    """When a commitment becoming withdrawn was withdrawn: as given, else the scenario's now
    (never before its announcement, so what it had made effective still counts until then)."""
    if values["status"] != "withdrawn":
        return values.get("withdrawn_at") if given else None
    if given:
        return values["withdrawn_at"]
    announced = validate.moment("announced_at", values["announced_at"])
    return max(log.scenario_now(doc, session), announced)


def create_commitment(doc: ExerciseFile, *, incident_id: int, signatory_id: int, category: str, measure: str,
                      announced_at, effective_at=None, status: str = "pledged", note: str = "",
                      withdrawn_at=None, id: int | None = None, log_kind: str = "edit") -> ChangeReport:
    """Record a commitment; one created withdrawn is withdrawn now unless *withdrawn_at* says when."""
    with doc.transaction() as session:
        values = dict(incident_id=incident_id, signatory_id=signatory_id, category=category, measure=measure,
                      announced_at=announced_at, effective_at=effective_at, status=status, note=note,
                      withdrawn_at=withdrawn_at)
        values["withdrawn_at"] = _withdrawal_time(session, doc, values, given=withdrawn_at is not None)
        cleaned = _clean_commitment(session, values)
        row = Commitment(id=id, **cleaned)
        session.add(row)
        session.flush()
        code = fetch(session, Signatory, row.signatory_id, "Signatory").code
        measure = fetch(session, Instrument, row.measure, "Measure").name
        summary = commitment_text(code, row.incident_id, row.category, measure, row.status)
        log.append_entry(session, doc, kind=log_kind, text=summary)
        return report(session, "commitment", "created", (row.id,), summary=summary)


def update_commitment(doc: ExerciseFile, *, commitment_id: int, **changes) -> ChangeReport:
    """Edit a commitment. Withdrawing it records when (the scenario's now unless *withdrawn_at*
    is given); taking the withdrawal back clears that time."""
    check_fields(changes, COMMITMENT_FIELDS, "commitment")
    with doc.transaction() as session:
        row = fetch(session, Commitment, commitment_id, "Commitment")
        current = {name: getattr(row, name) for name in COMMITMENT_FIELDS}
        if "status" in changes and (changes["status"] == "withdrawn") != (row.status == "withdrawn"):
            merged = {**current, **changes}
            changes = {**changes, "withdrawn_at": _withdrawal_time(session, doc, merged,
                                                                   given="withdrawn_at" in changes)}
        cleaned = _clean_commitment(session, {**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        summary = tr("Commitment {id} edited ({fields})").format(id=row.id, fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "commitment", "updated", (row.id,), previous=previous, summary=summary)


def delete_commitment(doc: ExerciseFile, *, commitment_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, Commitment, commitment_id, "Commitment")
        removed = capture(row)
        measure = fetch(session, Instrument, row.measure, "Measure").name
        summary = tr("Commitment {id} ({category} — {measure}) removed").format(
            id=row.id, category=category_name(row.category), measure=measure)
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "commitment", "deleted", (commitment_id,), removed=removed, summary=summary)


def _clean_consultation(session: Session, values: dict) -> dict:
    _check_parents(session, values["incident_id"], values["signatory_id"])
    return {
        "incident_id": values["incident_id"], "signatory_id": values["signatory_id"],
        "joined_at": validate.moment("joined_at", values["joined_at"], optional=True),
        "note": validate.text("note", values["note"], max_len=2000),
    }


def record_consultation(doc: ExerciseFile, *, incident_id: int, signatory_id: int, joined_at=None, note: str = "",
                        id: int | None = None, log_kind: str = "edit") -> ChangeReport:
    """Record attendance (``joined_at``) or absence (``None``) at an incident's consultation."""
    with doc.transaction() as session:
        cleaned = _clean_consultation(session, dict(incident_id=incident_id, signatory_id=signatory_id,
                                                    joined_at=joined_at, note=note))
        existing = session.scalar(select(Consultation).where(
            Consultation.incident_id == incident_id, Consultation.signatory_id == signatory_id))
        if existing is not None:
            raise ValidationError("signatory_id", tr("attendance for this signatory and incident is already "
                                                     "recorded; edit that record instead"))
        row = Consultation(id=id, **cleaned)
        session.add(row)
        session.flush()
        code = fetch(session, Signatory, row.signatory_id, "Signatory").code
        summary = attendance_text(code, row.incident_id, joined=row.joined_at is not None)
        log.append_entry(session, doc, kind=log_kind, text=summary)
        return report(session, "consultation", "created", (row.id,), summary=summary)


def update_consultation(doc: ExerciseFile, *, consultation_id: int, **changes) -> ChangeReport:
    check_fields(changes, ("joined_at", "note"), "consultation")
    with doc.transaction() as session:
        row = fetch(session, Consultation, consultation_id, "Consultation")
        current = {name: getattr(row, name) for name in CONSULTATION_FIELDS}
        cleaned = _clean_consultation(session, {**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        summary = tr("Consultation record {id} edited ({fields})").format(id=row.id, fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "consultation", "updated", (row.id,), previous=previous, summary=summary)


def delete_consultation(doc: ExerciseFile, *, consultation_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, Consultation, consultation_id, "Consultation")
        removed = capture(row)
        summary = tr("Consultation record {id} removed").format(id=row.id)
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "consultation", "deleted", (consultation_id,), removed=removed, summary=summary)
