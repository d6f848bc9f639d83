"""Signatory services: create, update, delete, each one transaction."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model.display_names import changed_fields
from model.entities import Commitment, Consultation, Instrument, Signatory
from model.errors import ValidationError
from model.plural import plural
from model.services import log, parties, provisions, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, capture, check_fields, fetch
from model.services.reporting import report
from model.vocabulary import SIGNATORY_KINDS
from model.i18n import tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

FIELDS = ("code", "name", "kind", "nato", "eu", "agreement_date", "approval_required",
          "approval_lead_hours", "lead_time_assumed", "approval_basis", "pledges", "contact")
MAX_LEAD_HOURS = 24 * 365


def _clean(session: Session, values: dict) -> dict:
    """Validate a complete set of signatory fields; returns the stored form."""
    kind = validate.choice("kind", values["kind"], SIGNATORY_KINDS, kind="signatory_kind")
    cleaned = {
        "kind": kind,
        "code": validate.signatory_code("code", values["code"], kind),
        "name": validate.text("name", values["name"], max_len=100, required=True),
        "nato": validate.boolean("nato", values["nato"]),
        "eu": validate.boolean("eu", values["eu"]),
        "agreement_date": validate.calendar_date("agreement_date", values["agreement_date"]),
        "approval_required": validate.boolean("approval_required", values["approval_required"]),
        "approval_lead_hours": validate.integer("approval_lead_hours", values["approval_lead_hours"],
                                                minimum=0, maximum=MAX_LEAD_HOURS),
        "lead_time_assumed": validate.boolean("lead_time_assumed", values["lead_time_assumed"]),
        "approval_basis": validate.text("approval_basis", values["approval_basis"], max_len=2000),
        "contact": validate.text("contact", values["contact"], max_len=200),
        "pledges": _clean_pledges(session, values["pledges"]),
    }
    return cleaned


def _clean_pledges(session: Session, pledges) -> str:
    pledges = validate.decoded("pledges", pledges or [])
    if not isinstance(pledges, (list, tuple)):
        raise ValidationError("pledges", tr("must be a list of instrument codes"))
    known = set(session.scalars(select(Instrument.code)))
    for code in pledges:
        if code not in known:
            raise ValidationError("pledges", tr("'{code}' is not an instrument of this exercise's catalogue")
                                                .format(code=code))
    return json.dumps(sorted(set(pledges)))


def _check_unique_code(session: Session, code: str, own_id: int | None) -> None:
    clash = session.scalar(select(Signatory).where(Signatory.code == code))
    if clash is not None and clash.id != own_id:
        raise ValidationError("code", tr("{code} is already on the roster ({name})")
                                         .format(code=code, name=clash.name))


def create_signatory(doc: ExerciseFile, *, code: str, name: str, kind: str = "state", nato: bool = False,
                     eu: bool = False, agreement_date=None, approval_required: bool = False,
                     approval_lead_hours: int = 0, lead_time_assumed: bool = True,
                     approval_basis: str = "", pledges=(), contact: str = "",
                     id: int | None = None) -> ChangeReport:
    values = dict(code=code, name=name, kind=kind, nato=nato, eu=eu, agreement_date=agreement_date,
                  approval_required=approval_required, approval_lead_hours=approval_lead_hours,
                  lead_time_assumed=lead_time_assumed, approval_basis=approval_basis,
                  pledges=pledges, contact=contact)
    with doc.transaction() as session:
        cleaned = _clean(session, values)
        _check_unique_code(session, cleaned["code"], None)
        row = Signatory(id=id, **cleaned)
        session.add(row)
        session.flush()
        parties.join_every_option(session, (row.id,))
        summary = tr("Signatory {code} {name} added").format(code=row.code, name=row.name)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "signatory", "created", (row.id,), summary=summary)


def create_signatories(doc: ExerciseFile, *, entries: list[dict]) -> ChangeReport:
    """Add several signatories in one transaction (e.g. the whole 2024 list)."""
    with doc.transaction() as session:
        rows = []
        taken = set(session.scalars(select(Signatory.code)))
        for index, entry in enumerate(entries):
            try:
                check_fields(entry, FIELDS + ("id",), "signatory")
                cleaned = _clean(session, {**_DEFAULTS, **entry})
            except ValidationError as err:
                raise ValidationError(f"entries[{index}].{err.field}", err.message) from None
            if cleaned["code"] in taken:
                raise ValidationError(f"entries[{index}].code", tr("{0} is already on the roster")
                                                                   .format(cleaned['code']))
            taken.add(cleaned["code"])
            rows.append(Signatory(id=entry.get("id"), **cleaned))
        session.add_all(rows)
        session.flush()
        parties.join_every_option(session, tuple(r.id for r in rows))
        summary = plural(len(rows), tr("{0} signatory added"), tr("{0} signatories added"))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "signatory", "created", tuple(r.id for r in rows), summary=summary)


_DEFAULTS = dict(kind="state", nato=False, eu=False, agreement_date=None, approval_required=False,
                 approval_lead_hours=0, lead_time_assumed=True, approval_basis="", pledges=(),
                 contact="")


def update_signatory(doc: ExerciseFile, *, signatory_id: int, **changes) -> ChangeReport:
    check_fields(changes, FIELDS, "signatory")
    with doc.transaction() as session:
        row = fetch(session, Signatory, signatory_id, "Signatory")
        current = {name: getattr(row, name) for name in FIELDS}
        cleaned = _clean(session, {**current, **changes})
        _check_unique_code(session, cleaned["code"], row.id)
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        if "pledges" in previous:
            previous["pledges"] = json.loads(previous["pledges"])
        summary = tr("Signatory {code} edited ({fields})").format(code=row.code, fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "signatory", "updated", (row.id,), previous=previous, summary=summary)


def delete_signatory(doc: ExerciseFile, *, signatory_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, Signatory, signatory_id, "Signatory")
        dependants = dependants_of(session, signatory_id)
        # Its standing provisions go too (SQLite cascades them): captured, so undo brings them back.
        removed = capture(row, *dependants, *parties.parties_of_signatories(session, (signatory_id,)),
                          *provisions.rows_of_signatory(session, signatory_id))
        summary = _count_text(tr("Signatory {code} {name} removed").format(code=row.code, name=row.name), dependants)
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "signatory", "deleted", (signatory_id,), removed=removed, summary=summary)


def dependants_of(session: Session, signatory_id: int) -> list:
    """Commitments and consultations that go when the signatory goes."""
    return [*session.scalars(select(Commitment).where(Commitment.signatory_id == signatory_id)),
            *session.scalars(select(Consultation).where(Consultation.signatory_id == signatory_id))]


def count_dependants(doc: ExerciseFile, *, signatory_id: int) -> tuple[int, int]:
    """(commitments, consultations) that a delete would remove, for the confirmation."""
    with doc.reading() as session:
        commitments = session.scalar(select(func.count()).where(Commitment.signatory_id == signatory_id))
        consultations = session.scalar(select(func.count()).where(Consultation.signatory_id == signatory_id))
        return commitments or 0, consultations or 0


def _count_text(removed: str, rows: list) -> str:
    """*removed* ("Signatory DE Germany removed") with what went with it, in one sentence."""
    commitments = sum(isinstance(r, Commitment) for r in rows)
    consultations = len(rows) - commitments
    if not rows:
        return removed
    return tr("{removed} with {commitments} and {consultations}", "signatory removed with its records").format(
        removed=removed, commitments=plural(commitments, tr("{0} commitment"), tr("{0} commitments")),
        consultations=plural(consultations, tr("{0} consultation record"), tr("{0} consultation records")))
