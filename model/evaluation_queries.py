"""Read-only queries for the evaluation views: objectives, observations, the improvement plan.

Same contract as model/queries.py (detached entities, one transaction each);
kept apart only so the evaluation work could land without touching that file.
"""
from __future__ import annotations

from sqlalchemy import select

from model.conduct_entities import ImprovementItem, Objective, Observation
from model.entities import LogEntry


def _all(doc, statement) -> list:
    with doc.reading() as session:
        return list(session.scalars(statement))


def objectives(doc) -> list[Objective]:
    return _all(doc, select(Objective).order_by(Objective.sort_order, Objective.id))


def observations(doc, objective_id: int | None = None) -> list[Observation]:
    statement = select(Observation).order_by(Observation.scenario_time, Observation.id)
    if objective_id is not None:
        statement = statement.where(Observation.objective_id == objective_id)
    return _all(doc, statement)


def improvement_items(doc) -> list[ImprovementItem]:
    return _all(doc, select(ImprovementItem).order_by(ImprovementItem.id))


def log_entry(doc, entry_id: int) -> LogEntry | None:
    with doc.reading() as session:
        return session.get(LogEntry, entry_id)
