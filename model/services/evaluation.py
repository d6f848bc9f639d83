"""Evaluation services: objectives and their P/S/M/U ratings, observations, the improvement plan."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from model.conduct_entities import OBSERVATION_KINDS, RATINGS, ImprovementItem, Objective, Observation
from model.display_names import changed_fields
from model.entities import LogEntry
from model.errors import ValidationError
from model.plural import plural
from model.services import log, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, capture, check_fields, fetch
from model.services.reporting import report
from model.i18n import tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

OBJECTIVE_FIELDS = ("code", "title", "capability", "critical_tasks", "rating", "rating_note", "sort_order")
IMPROVEMENT_FIELDS = ("objective_id", "issue", "corrective_action", "capability", "responsible_org",
                      "point_of_contact", "start_date", "completion_date")


def _clean_objective(values: dict) -> dict:
    rating = values["rating"] or None
    if rating is not None:
        rating = validate.choice("rating", str(rating).upper(), RATINGS)
    return {
        "code": validate.text("code", values["code"], max_len=20, required=True),
        "title": validate.text("title", values["title"], max_len=300, required=True),
        "capability": validate.text("capability", values["capability"], max_len=200),
        "critical_tasks": validate.text("critical_tasks", values["critical_tasks"], max_len=4000),
        "rating": rating,
        "rating_note": validate.text("rating_note", values["rating_note"], max_len=4000),
        "sort_order": validate.integer("sort_order", values["sort_order"], minimum=0),
    }


def create_objective(doc: ExerciseFile, *, code: str, title: str, capability: str = "", critical_tasks: str = "",
                     rating: str | None = None, rating_note: str = "", sort_order: int | None = None,
                     id: int | None = None) -> ChangeReport:
    with doc.transaction() as session:
        if sort_order is None:
            sort_order = (session.scalar(select(func.max(Objective.sort_order))) or 0) + 1
        row = Objective(id=id, **_clean_objective(dict(
            code=code, title=title, capability=capability, critical_tasks=critical_tasks, rating=rating,
            rating_note=rating_note, sort_order=sort_order)))
        session.add(row)
        session.flush()
        summary = tr("Objective {code} added: {title}").format(code=row.code, title=row.title)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "objective", "created", (row.id,), summary=summary)


def update_objective(doc: ExerciseFile, *, objective_id: int, **changes) -> ChangeReport:
    check_fields(changes, OBJECTIVE_FIELDS, "objective")
    with doc.transaction() as session:
        row = fetch(session, Objective, objective_id, "Objective")
        current = {name: getattr(row, name) for name in OBJECTIVE_FIELDS}
        cleaned = _clean_objective({**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        if "rating" in previous and len(previous) <= 2:
            summary = tr("Objective {code} rated {rating}").format(code=row.code, rating=row.rating or tr("not rated"))
        else:
            summary = tr("Objective {code} edited ({fields})").format(code=row.code, fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "objective", "updated", (row.id,), previous=previous, summary=summary)


def delete_objective(doc: ExerciseFile, *, objective_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, Objective, objective_id, "Objective")
        observations = list(session.scalars(select(Observation).where(Observation.objective_id == objective_id)))
        items = list(session.scalars(select(ImprovementItem).where(ImprovementItem.objective_id == objective_id)))
        removed = capture(row, *observations, *items)
        summary = tr("Objective {code} removed with {observations} and {items}").format(
            code=row.code, observations=plural(len(observations), tr("{0} observation"), tr("{0} observations")),
            items=plural(len(items), tr("{0} improvement-plan item"), tr("{0} improvement-plan items")))
        # The schema would keep the items with no objective (SET NULL); they are
        # removed here so that `removed` is the truth and restoring puts them back.
        for item in items:
            session.delete(item)
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "objective", "deleted", (objective_id,), removed=removed, summary=summary)


def record_observation(doc: ExerciseFile, *, objective_id: int, text: str, kind: str = "note",
                       log_entry_id: int | None = None, id: int | None = None) -> ChangeReport:
    kind = validate.choice("kind", kind, OBSERVATION_KINDS)
    text = validate.text("text", text, max_len=4000, required=True)
    with doc.transaction() as session:
        objective = session.get(Objective, objective_id)
        if objective is None:
            raise ValidationError("objective_id", tr("objective {objective_id} does not exist")
                                                     .format(objective_id=objective_id))
        if log_entry_id is not None and session.get(LogEntry, log_entry_id) is None:
            raise ValidationError("log_entry_id", tr("log entry {log_entry_id} does not exist")
                                                     .format(log_entry_id=log_entry_id))
        row = Observation(id=id, objective_id=objective_id, log_entry_id=log_entry_id, kind=kind, text=text,
                          author=doc.author, scenario_time=log.scenario_now(doc, session),
                          wall_time=doc.wall_now())
        session.add(row)
        session.flush()
        summary = tr("Observation on {code} ({kind}): {text}").format(code=objective.code, kind=kind, text=text[:100])
        log.append_entry(session, doc, kind="note", text=summary)
        return report(session, "observation", "created", (row.id,), summary=summary)


def delete_observation(doc: ExerciseFile, *, observation_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, Observation, observation_id, "Observation")
        removed = capture(row)
        summary = tr("Observation {id} removed").format(id=row.id)
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "observation", "deleted", (observation_id,), removed=removed, summary=summary)


def _clean_improvement(session, values: dict) -> dict:
    objective_id = values["objective_id"]
    if objective_id is not None and session.get(Objective, objective_id) is None:
        raise ValidationError("objective_id", tr("objective {objective_id} does not exist")
                                                 .format(objective_id=objective_id))
    start = validate.calendar_date("start_date", values["start_date"])
    end = validate.calendar_date("completion_date", values["completion_date"])
    if start and end and end < start:
        raise ValidationError("completion_date", tr("cannot be before the start date"))
    return {
        "objective_id": objective_id,
        "issue": validate.text("issue", values["issue"], max_len=4000, required=True),
        "corrective_action": validate.text("corrective_action", values["corrective_action"], max_len=4000),
        "capability": validate.text("capability", values["capability"], max_len=200),
        "responsible_org": validate.text("responsible_org", values["responsible_org"], max_len=200),
        "point_of_contact": validate.text("point_of_contact", values["point_of_contact"], max_len=200),
        "start_date": start, "completion_date": end,
    }


def create_improvement(doc: ExerciseFile, *, issue: str, objective_id: int | None = None, corrective_action: str = "",
                       capability: str = "", responsible_org: str = "", point_of_contact: str = "",
                       start_date=None, completion_date=None, id: int | None = None) -> ChangeReport:
    with doc.transaction() as session:
        row = ImprovementItem(id=id, **_clean_improvement(session, dict(
            objective_id=objective_id, issue=issue, corrective_action=corrective_action,
            capability=capability, responsible_org=responsible_org, point_of_contact=point_of_contact,
            start_date=start_date, completion_date=completion_date)))
        session.add(row)
        session.flush()
        summary = tr("Improvement-plan item added: {issue}").format(issue=row.issue[:80])
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "improvement_item", "created", (row.id,), summary=summary)


def update_improvement(doc: ExerciseFile, *, improvement_id: int, **changes) -> ChangeReport:
    check_fields(changes, IMPROVEMENT_FIELDS, "improvement-plan item")
    with doc.transaction() as session:
        row = fetch(session, ImprovementItem, improvement_id, "Improvement-plan item")
        current = {name: getattr(row, name) for name in IMPROVEMENT_FIELDS}
        cleaned = _clean_improvement(session, {**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in changes})
        summary = tr("Improvement-plan item {id} edited ({fields})").format(id=row.id, fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "improvement_item", "updated", (row.id,), previous=previous, summary=summary)


def delete_improvement(doc: ExerciseFile, *, improvement_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, ImprovementItem, improvement_id, "Improvement-plan item")
        removed = capture(row)
        summary = tr("Improvement-plan item {id} removed").format(id=row.id)
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "improvement_item", "deleted", (improvement_id,), removed=removed, summary=summary)
