"""Treaty-terms services: deadlines, tiers, scope, proportionality, coordination."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.catalogue import shipped_catalogue
from model.display_names import category_names, changed_fields, display_name
from model.entities import ExerciseInfo, IncidentType, ProportionalityRule, TreatyParty, TreatyTerms
from model.errors import ValidationError
from model.services import log, parties, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, capture, check_fields, fetch
from model.services.reporting import report
from model.vocabulary import CATEGORIES, TERMS_KINDS
from model.i18n import tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

FIELDS = ("name", "reaction_hours", "tiers", "severity_tiers", "categories", "coordination", "notes", "kind")
MAX_HOURS = 24 * 365


def clean_tiers(tiers) -> list[int]:
    tiers = validate.decoded("tiers", tiers)
    if not isinstance(tiers, (list, tuple)) or not tiers:
        raise ValidationError("tiers", tr("must be a non-empty list of hours"))
    if len(tiers) > 10:
        raise ValidationError("tiers", tr("at most 10 consultation tiers"))
    cleaned = [validate.integer(f"tiers[{i}]", h, minimum=1, maximum=MAX_HOURS) for i, h in enumerate(tiers)]
    for i in range(1, len(cleaned)):
        if cleaned[i] <= cleaned[i - 1]:
            raise ValidationError(f"tiers[{i}]", tr("tiers must increase ({0} h follows {1} h)")
                                                    .format(cleaned[i], cleaned[i - 1]))
    return cleaned


def clean_severity_tiers(mapping, tier_count: int) -> dict[str, int]:
    mapping = validate.decoded("severity_tiers", mapping)
    if not isinstance(mapping, dict):
        raise ValidationError("severity_tiers", tr("must map each severity 1-5 to a tier"))
    cleaned = {}
    for severity in range(1, 6):
        value = mapping.get(str(severity), mapping.get(severity))
        if value is None:
            raise ValidationError(f"severity_tiers.{severity}", tr("has no tier"))
        cleaned[str(severity)] = validate.integer(f"severity_tiers.{severity}", value, minimum=0,
                                                  maximum=tier_count - 1)
    return cleaned


def clean_categories(field: str, categories) -> list[str]:
    categories = validate.decoded(field, categories)
    if not isinstance(categories, (list, tuple)):
        raise ValidationError(field, tr("must be a list of response categories"))
    for code in categories:
        validate.choice(field, code, CATEGORIES, kind="category")
    return [c for c in CATEGORIES if c in categories]


def clean_coordination(code: str) -> str:
    option = shipped_catalogue().coordination_option(code)
    if option is None:
        known = ", ".join(o.code for o in shipped_catalogue().coordination)
        raise ValidationError("coordination", tr("'{code}' is not a known arrangement ({known})")
                                                 .format(code=code, known=known))
    if not option.available:
        raise ValidationError("coordination", tr("{name} is {reason}")
                                                 .format(name=option.name, reason=option.reason))
    return code


def _clean(values: dict) -> dict:
    tiers = clean_tiers(values["tiers"])
    return {
        "name": validate.text("name", values["name"], max_len=200, required=True),
        "reaction_hours": validate.integer("reaction_hours", values["reaction_hours"], minimum=1,
                                           maximum=MAX_HOURS),
        "tiers": json.dumps(tiers),
        "severity_tiers": json.dumps(clean_severity_tiers(values["severity_tiers"], len(tiers))),
        "categories": json.dumps(clean_categories("categories", values["categories"])),
        "coordination": clean_coordination(values["coordination"]),
        "notes": validate.text("notes", values["notes"], max_len=4000),
        "kind": validate.choice("kind", values.get("kind", "collective"), TERMS_KINDS),
    }


def add_terms(session: Session, *, proportionality: dict | None = None, id: int | None = None,
              every_signatory: bool = True, **values) -> TreatyTerms:
    """Insert a terms option with its proportionality table (inside a transaction).

    With *every_signatory* the whole roster becomes party to it from its agreement dates.
    """
    row = TreatyTerms(id=id, **_clean({"notes": "", "kind": "collective", **values}))
    session.add(row)
    session.flush()
    if every_signatory:
        parties.add_every_signatory(session, row.id)
    table = proportionality or shipped_catalogue().proportionality
    for type_code in session.scalars(select(IncidentType.code)):
        for severity in range(1, 6):
            categories = table.get(type_code, {}).get(severity, ())
            session.add(ProportionalityRule(terms_id=row.id, incident_type=type_code, severity=severity,
                                            categories=json.dumps(list(categories))))
    return row


def update_terms(doc: ExerciseFile, *, terms_id: int, **changes) -> ChangeReport:
    check_fields(changes, FIELDS, "treaty terms option")
    with doc.transaction() as session:
        row = fetch(session, TreatyTerms, terms_id, "Treaty terms")
        current = {name: getattr(row, name) for name in FIELDS}
        cleaned = _clean({**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        for key in ("tiers", "severity_tiers", "categories"):
            if key in previous:
                previous[key] = json.loads(previous[key])
        summary = tr("Treaty terms '{name}' edited ({fields})").format(name=row.name, fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "treaty_terms", "updated", (row.id,), previous=previous, summary=summary)


def set_proportionality(doc: ExerciseFile, *, terms_id: int, incident_type: str, severity: int, categories) -> ChangeReport:
    severity = validate.severity("severity", severity)
    cleaned = clean_categories("categories", categories)
    with doc.transaction() as session:
        fetch(session, TreatyTerms, terms_id, "Treaty terms")
        if session.get(IncidentType, incident_type) is None:
            raise ValidationError("incident_type", tr("'{incident_type}' is not an incident type of this exercise")
                                                      .format(incident_type=incident_type))
        rule = session.get(ProportionalityRule, (terms_id, incident_type, severity))
        if rule is None:
            rule = ProportionalityRule(terms_id=terms_id, incident_type=incident_type, severity=severity,
                                       categories="[]")
            session.add(rule)
        before = json.loads(rule.categories)
        rule.categories = json.dumps(cleaned)
        kind = session.get(IncidentType, incident_type)
        name = display_name("incident_type", incident_type, {kind.code: kind.name} if kind else None)
        summary = tr("Proportional response for {name} S{severity}: {categories}").format(
            name=name, severity=severity, categories=category_names(cleaned))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "proportionality_rule", "updated", (terms_id, incident_type, severity),
                               previous={"categories": before}, summary=summary)


def set_active_terms(doc: ExerciseFile, *, terms_id: int) -> ChangeReport:
    with doc.transaction() as session:
        terms = fetch(session, TreatyTerms, terms_id, "Treaty terms")
        info = fetch(session, ExerciseInfo, 1, "Exercise description")
        previous = {"terms_id": info.active_terms_id}
        info.active_terms_id = terms.id
        summary = tr("Treaty option '{name}' made active").format(name=terms.name)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "exercise_info", "updated", (1,), previous=previous, summary=summary)


def add_terms_option(doc: ExerciseFile, *, name: str, copy_from: int, id: int | None = None) -> ChangeReport:
    """A new treaty option: a copy of *copy_from* (terms and proportionality table) under *name*."""
    with doc.transaction() as session:
        source = fetch(session, TreatyTerms, copy_from, "Treaty terms")
        values = {field: getattr(source, field) for field in FIELDS}
        table: dict[str, dict[int, list[str]]] = {}
        for rule in session.scalars(select(ProportionalityRule).where(ProportionalityRule.terms_id == source.id)):
            table.setdefault(rule.incident_type, {})[rule.severity] = json.loads(rule.categories)
        # add_terms fills from the shipped table when given none; a copy of an option
        # without rules must stay without rules, so pass a non-empty (but inert) mapping.
        table.setdefault("", {})
        row = add_terms(session, **{**values, "name": name}, proportionality=table, id=id, every_signatory=False)
        session.add_all(TreatyParty(terms_id=row.id, signatory_id=p.signatory_id, bound_from=p.bound_from,
                                    basis=p.basis) for p in parties.parties_of_terms(session, source.id))
        summary = tr("Treaty option '{name}' added (a copy of '{source}')").format(name=row.name, source=source.name)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "treaty_terms", "created", (row.id,), summary=summary)


def delete_terms_option(doc: ExerciseFile, *, terms_id: int) -> ChangeReport:
    """Remove a treaty option that is not the active one, with its proportionality table."""
    with doc.transaction() as session:
        row = fetch(session, TreatyTerms, terms_id, "Treaty terms")
        if fetch(session, ExerciseInfo, 1, "Exercise description").active_terms_id == row.id:
            raise ValidationError("terms_id", tr("'{name}' is the active option; make another option active before "
                                                 "deleting it")
                                                 .format(name=row.name))
        rules = list(session.scalars(select(ProportionalityRule).where(ProportionalityRule.terms_id == row.id)))
        removed = capture(row, *rules, *parties.parties_of_terms(session, row.id))
        for rule in rules:
            session.delete(rule)
        session.flush()
        session.delete(row)
        summary = tr("Treaty option '{name}' deleted").format(name=row.name)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "treaty_terms", "deleted", (terms_id,), removed=removed, summary=summary)
