"""The controller's printed playbook: the MSEL in delivery order, times as exercise days (no Qt)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from model import queries
from model.conduct_entities import Inject
from model.report_content import format_when
from model.timeutil import format_relative


@dataclass(frozen=True)
class PlaybookEntry:
    number: str
    delivery: str                 # "D+0 08:00"
    scenario: str
    phase: str
    inject_type: str
    method: str
    sender: str
    recipient: str
    synopsis: str
    expected_action: str
    objective: str
    controller: str
    notes: str
    status: str
    delivered: str                # "D+0 08:02" once delivered


@dataclass(frozen=True)
class Playbook:
    title: str
    classification: str
    marking_colour: str
    startex: str
    entries: tuple[PlaybookEntry, ...]


def playbook_content(doc) -> Playbook:
    info = queries.exercise_info(doc)
    with doc.reading() as session:
        injects = list(session.scalars(select(Inject).order_by(Inject.delivery_time, Inject.id)))

    def rel(value: datetime | None) -> str:
        return format_relative(value, info.startex) if value else ""
    entries = tuple(PlaybookEntry(
        i.number, rel(i.delivery_time), rel(i.scenario_time), i.phase, i.inject_type, i.method, i.sender,
        i.recipient, i.synopsis, i.expected_action, i.objective, i.controller, i.notes, i.status,
        rel(i.delivered_at)) for i in injects)
    return Playbook(info.name, info.classification, info.marking_colour, format_when(info.startex), entries)
