"""Read-only queries for views: detached entities, loaded in one transaction each."""
from __future__ import annotations

from sqlalchemy import select

from model.conduct_entities import ImprovementItem, Inject, Objective, Observation
from model.entities import (
    Commitment, Consultation, ExerciseInfo, Incident, IncidentType, Instrument, LogEntry,
    ProportionalityRule, Signatory, TreatyParty, TreatyTerms,
)


def _all(doc, statement) -> list:
    with doc.reading() as session:
        return list(session.scalars(statement))


def exercise_info(doc) -> ExerciseInfo:
    with doc.reading() as session:
        return session.get(ExerciseInfo, 1)


def signatories(doc) -> list[Signatory]:
    return _all(doc, select(Signatory).order_by(Signatory.code))


def incident(doc, incident_id: int) -> Incident | None:
    with doc.reading() as session:
        return session.get(Incident, incident_id)


def incidents(doc) -> list[Incident]:
    return _all(doc, select(Incident).order_by(Incident.occurred_at, Incident.id))


def incident_types(doc) -> list[IncidentType]:
    return _all(doc, select(IncidentType).order_by(IncidentType.sort_order, IncidentType.code))


def instruments(doc) -> list[Instrument]:
    return _all(doc, select(Instrument).order_by(Instrument.sort_order, Instrument.code))


def commitments(doc, incident_id: int | None = None) -> list[Commitment]:
    statement = select(Commitment).order_by(Commitment.announced_at, Commitment.id)
    if incident_id is not None:
        statement = statement.where(Commitment.incident_id == incident_id)
    return _all(doc, statement)


def consultations(doc, incident_id: int | None = None) -> list[Consultation]:
    statement = select(Consultation).order_by(Consultation.id)
    if incident_id is not None:
        statement = statement.where(Consultation.incident_id == incident_id)
    return _all(doc, statement)


def treaty_terms(doc) -> list[TreatyTerms]:
    return _all(doc, select(TreatyTerms).order_by(TreatyTerms.id))


def proportionality(doc, terms_id: int) -> list[ProportionalityRule]:
    return _all(doc, select(ProportionalityRule).where(ProportionalityRule.terms_id == terms_id))


def treaty_parties(doc, terms_id: int | None = None) -> list[TreatyParty]:
    statement = select(TreatyParty).order_by(TreatyParty.terms_id, TreatyParty.signatory_id)
    if terms_id is not None:
        statement = statement.where(TreatyParty.terms_id == terms_id)
    return _all(doc, statement)


def injects(doc) -> list[Inject]:
    return _all(doc, select(Inject).order_by(Inject.delivery_time, Inject.id))


def inject(doc, inject_id: int) -> Inject | None:
    with doc.reading() as session:
        return session.get(Inject, inject_id)


def log_entries(doc, after_id: int = 0) -> list[LogEntry]:
    return _all(doc, select(LogEntry).where(LogEntry.id > after_id).order_by(LogEntry.id))


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
