"""Standing provisions: what a signatory pledged, its milestones, what was delivered when.

A provision is not a reaction to an incident (strengthening the protected state's
armed forces, intelligence cooperation). Its pledge is a quantity of a unit and/or
a value in a currency; milestones say what is due by when; deliveries record what
arrived, against a milestone or the provision as a whole. Whether a milestone is
on schedule is judged from these facts (model/provision_status.py), never stored.
"""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.display_names import changed_fields
from model.entities import Signatory
from model.errors import ValidationError
from model.i18n import tr
from model.numbers import parse_number
from model.plural import plural
from model.provision_entities import Provision, ProvisionDelivery, ProvisionMilestone
from model.services import log, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, capture, check_fields, fetch, when
from model.services.reporting import report
from model.vocabulary import PROVISION_KINDS

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

PROVISION_FIELDS = ("signatory_id", "kind", "title", "quantity", "unit", "value", "currency", "notes", "assumed")
MILESTONE_FIELDS = ("due_at", "what", "quantity", "value")
DELIVERY_FIELDS = ("milestone_id", "delivered_at", "quantity", "value", "note")
# Beyond any pledge; keeps a typing slip (an extra six zeros) from passing as a figure.
MAX_AMOUNT = 1e15
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def amount(field: str, value) -> float | None:
    """A quantity or value: None, or a finite number from 0 up to MAX_AMOUNT."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(field, tr("must be a number, got {0!r}").format(value))
    if isinstance(value, str):
        # Typed text, in the chosen language's writing (2.500.000,50 in Italian): model/numbers.py
        value = parse_number(field, value)
        if value is None:
            return None
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError(field, tr("must be a number, got {0!r}").format(value))
    if value < 0:
        raise ValidationError(field, tr("cannot be negative (got {0:g})").format(value))
    if value > MAX_AMOUNT:
        raise ValidationError(field, tr("must be at most {0:g} (got {1:g})").format(MAX_AMOUNT, value))
    return float(value)


def _clean_provision(session: Session, values: dict) -> dict:
    fetch(session, Signatory, values["signatory_id"], "Signatory")
    quantity, value = amount("quantity", values["quantity"]), amount("value", values["value"])
    unit = validate.text("unit", values["unit"], max_len=60)
    currency = validate.text("currency", values["currency"], max_len=3).upper()
    if quantity is not None and not unit:
        raise ValidationError("unit", tr("a pledged quantity needs its unit (systems, instructors, batteries…)"))
    if currency and not _CURRENCY.match(currency):
        raise ValidationError("currency", tr("'{0}' is not a three-letter currency code (EUR, GBP, USD…)").format(currency))
    if value is not None and not currency:
        raise ValidationError("currency", tr("a pledged value needs its currency (EUR, GBP, USD…)"))
    return {
        "signatory_id": values["signatory_id"],
        "kind": validate.choice("kind", values["kind"], PROVISION_KINDS),
        "title": validate.text("title", values["title"], max_len=200, required=True),
        "quantity": quantity, "unit": unit, "value": value, "currency": currency,
        "notes": validate.text("notes", values["notes"], max_len=4000),
        "assumed": validate.boolean("assumed", values["assumed"]),
    }


def _name(session: Session, provision: Provision) -> str:
    signatory = session.get(Signatory, provision.signatory_id)
    return f"{signatory.code if signatory else provision.signatory_id} '{provision.title}'"


# -- provisions -------------------------------------------------------------------------------------
def create_provision(doc: ExerciseFile, *, signatory_id: int, kind: str, title: str, quantity=None,
                     unit: str = "", value=None, currency: str = "", notes: str = "", assumed: bool = False,
                     id: int | None = None) -> ChangeReport:
    with doc.transaction() as session:
        row = Provision(id=id, **_clean_provision(session, dict(
            signatory_id=signatory_id, kind=kind, title=title, quantity=quantity, unit=unit, value=value,
            currency=currency, notes=notes, assumed=assumed)))
        session.add(row)
        session.flush()
        summary = tr("Standing provision {name} added").format(name=_name(session, row))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "provision", "created", (row.id,), summary=summary)


def update_provision(doc: ExerciseFile, *, provision_id: int, **changes) -> ChangeReport:
    check_fields(changes, PROVISION_FIELDS, "standing provision")
    with doc.transaction() as session:
        row = fetch(session, Provision, provision_id, "Standing provision")
        current = {name: getattr(row, name) for name in PROVISION_FIELDS}
        cleaned = _clean_provision(session, {**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        summary = tr("Standing provision {name} edited ({fields})").format(name=_name(session, row),
                                                                            fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "provision", "updated", (row.id,), previous=previous, summary=summary)


def delete_provision(doc: ExerciseFile, *, provision_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, Provision, provision_id, "Standing provision")
        dependants = rows_of_provisions(session, (provision_id,))
        removed = capture(row, *dependants)
        milestones = sum(isinstance(r, ProvisionMilestone) for r in dependants)
        summary = tr("Standing provision {name} removed with {milestones} and {deliveries}").format(
            name=_name(session, row), milestones=plural(milestones, tr("{0} milestone"), tr("{0} milestones")),
            deliveries=plural(len(dependants) - milestones, tr("{0} delivery"), tr("{0} deliveries")))
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "provision", "deleted", (provision_id,), removed=removed, summary=summary)


def rows_of_provisions(session: Session, provision_ids) -> list:
    """The milestones and deliveries that go when these provisions go (SQLite cascades them)."""
    ids = tuple(provision_ids)
    return [*session.scalars(select(ProvisionMilestone).where(ProvisionMilestone.provision_id.in_(ids))
                             .order_by(ProvisionMilestone.id)),
            *session.scalars(select(ProvisionDelivery).where(ProvisionDelivery.provision_id.in_(ids))
                             .order_by(ProvisionDelivery.id))]


def rows_of_signatory(session: Session, signatory_id: int) -> list:
    """A signatory's provisions with their milestones and deliveries: what its removal takes with it."""
    provisions = list(session.scalars(select(Provision).where(Provision.signatory_id == signatory_id)
                                      .order_by(Provision.id)))
    return [*provisions, *rows_of_provisions(session, (p.id for p in provisions))] if provisions else []


# -- milestones -------------------------------------------------------------------------------------
def _clean_milestone(values: dict) -> dict:
    return {"due_at": validate.moment("due_at", values["due_at"]),
            "what": validate.text("what", values["what"], max_len=2000, required=True),
            "quantity": amount("quantity", values["quantity"]), "value": amount("value", values["value"])}


def create_milestone(doc: ExerciseFile, *, provision_id: int, due_at, what: str, quantity=None, value=None,
                     id: int | None = None) -> ChangeReport:
    with doc.transaction() as session:
        provision = fetch(session, Provision, provision_id, "Standing provision")
        row = ProvisionMilestone(id=id, provision_id=provision_id, **_clean_milestone(dict(
            due_at=due_at, what=what, quantity=quantity, value=value)))
        session.add(row)
        session.flush()
        summary = tr("Milestone of {name} added, due {when}: {what}").format(
            name=_name(session, provision), when=when(session, row.due_at), what=row.what[:80])
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "provision_milestone", "created", (row.id,), summary=summary)


def update_milestone(doc: ExerciseFile, *, milestone_id: int, **changes) -> ChangeReport:
    check_fields(changes, MILESTONE_FIELDS, "milestone")
    with doc.transaction() as session:
        row = fetch(session, ProvisionMilestone, milestone_id, "Milestone")
        current = {name: getattr(row, name) for name in MILESTONE_FIELDS}
        cleaned = _clean_milestone({**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        provision = fetch(session, Provision, row.provision_id, "Standing provision")
        summary = tr("Milestone {id} of {name} edited ({fields})").format(
            id=row.id, name=_name(session, provision), fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "provision_milestone", "updated", (row.id,), previous=previous, summary=summary)


def delete_milestone(doc: ExerciseFile, *, milestone_id: int) -> ChangeReport:
    """The milestone goes; what was delivered against it stays, counted for the provision as a whole."""
    with doc.transaction() as session:
        row = fetch(session, ProvisionMilestone, milestone_id, "Milestone")
        deliveries = list(session.scalars(select(ProvisionDelivery).where(ProvisionDelivery.milestone_id == milestone_id)))
        removed = capture(row, *deliveries)
        # Unlinked here rather than by SQLite's SET NULL, so the report names them updated
        # and restoring the captured rows links them again.
        for delivery in deliveries:
            delivery.milestone_id = None
        provision = fetch(session, Provision, row.provision_id, "Standing provision")
        summary = tr("Milestone {id} of {name} removed: {what}").format(
            id=row.id, name=_name(session, provision), what=row.what[:80])
        session.flush()
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "provision_milestone", "deleted", (milestone_id,), removed=removed, summary=summary)


# -- deliveries -------------------------------------------------------------------------------------
def _clean_delivery(session: Session, provision_id: int, values: dict) -> dict:
    milestone_id = values["milestone_id"]
    if milestone_id is not None:
        milestone = fetch(session, ProvisionMilestone, milestone_id, "Milestone")
        if milestone.provision_id != provision_id:
            raise ValidationError("milestone_id", tr("milestone {0} is not a milestone of this provision").format(milestone_id))
    return {"milestone_id": milestone_id,
            "delivered_at": validate.moment("delivered_at", values["delivered_at"]),
            "quantity": amount("quantity", values["quantity"]), "value": amount("value", values["value"]),
            "note": validate.text("note", values["note"], max_len=2000)}


def create_delivery(doc: ExerciseFile, *, provision_id: int, delivered_at, milestone_id: int | None = None,
                    quantity=None, value=None, note: str = "", id: int | None = None) -> ChangeReport:
    with doc.transaction() as session:
        provision = fetch(session, Provision, provision_id, "Standing provision")
        row = ProvisionDelivery(id=id, provision_id=provision_id, **_clean_delivery(session, provision_id, dict(
            milestone_id=milestone_id, delivered_at=delivered_at, quantity=quantity, value=value, note=note)))
        session.add(row)
        session.flush()
        summary = tr("Delivery under {name} recorded at {when}").format(
            name=_name(session, provision), when=when(session, row.delivered_at))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "provision_delivery", "created", (row.id,), summary=summary)


def update_delivery(doc: ExerciseFile, *, delivery_id: int, **changes) -> ChangeReport:
    check_fields(changes, DELIVERY_FIELDS, "delivery")
    with doc.transaction() as session:
        row = fetch(session, ProvisionDelivery, delivery_id, "Delivery")
        current = {name: getattr(row, name) for name in DELIVERY_FIELDS}
        cleaned = _clean_delivery(session, row.provision_id, {**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        provision = fetch(session, Provision, row.provision_id, "Standing provision")
        summary = tr("Delivery {id} under {name} edited ({fields})").format(
            id=row.id, name=_name(session, provision), fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "provision_delivery", "updated", (row.id,), previous=previous, summary=summary)


def delete_delivery(doc: ExerciseFile, *, delivery_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, ProvisionDelivery, delivery_id, "Delivery")
        removed = capture(row)
        provision = fetch(session, Provision, row.provision_id, "Standing provision")
        summary = tr("Delivery {id} under {name} removed").format(id=row.id, name=_name(session, provision))
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "provision_delivery", "deleted", (delivery_id,), removed=removed, summary=summary)
