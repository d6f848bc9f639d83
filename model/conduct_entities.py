"""Conduct and evaluation tables (schema 2): the MSEL, objectives, observations, improvement plan.

The planned columns of an inject are the script and are never changed by
play; delivery fills the separate ``delivered_*`` columns.
"""
from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from model.entities import Base
from model.i18n import QT_TR_NOOP, tr
from model.timeutil import StoredDate

INJECT_TYPES = ("incident", "message", "contingency")
INJECT_STATUSES = ("planned", "held", "delivered", "skipped")
RATINGS = ("P", "S", "M", "U")
RATING_NAMES = {"P": QT_TR_NOOP("Performed without challenges"), "S": QT_TR_NOOP("Performed with some challenges"),
                "M": QT_TR_NOOP("Performed with major challenges"), "U": QT_TR_NOOP("Unable to be performed")}


def rating_name(rating: str | None) -> str:
    """``Performed with some challenges`` for ``S``, in the chosen language; ``Not rated`` for none."""
    return tr(RATING_NAMES[rating]) if rating in RATING_NAMES else tr("Not rated")
OBSERVATION_KINDS = ("strength", "improvement", "note")


class Inject(Base):
    """One MSEL row (HSEEP columns) and what happened to it in play."""

    __tablename__ = "inject"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20))
    scenario_time: Mapped[datetime]
    delivery_time: Mapped[datetime] = mapped_column(index=True)
    phase: Mapped[str] = mapped_column(String(100), default="")
    inject_type: Mapped[str] = mapped_column(String(20), default="message")
    method: Mapped[str] = mapped_column(String(60), default="")
    sender: Mapped[str] = mapped_column(String(100), default="")
    recipient: Mapped[str] = mapped_column(String(200), default="")
    synopsis: Mapped[str] = mapped_column(Text, default="")
    expected_action: Mapped[str] = mapped_column(Text, default="")
    objective: Mapped[str] = mapped_column(String(200), default="")
    controller: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # What delivery creates when inject_type is "incident".
    incident_type: Mapped[str | None] = mapped_column(ForeignKey("incident_type.code"))
    severity: Mapped[int | None]
    location: Mapped[str] = mapped_column(String(200), default="")
    adhoc: Mapped[bool] = mapped_column(Boolean, default=False)
    # Play state: never part of the planned script.
    status: Mapped[str] = mapped_column(String(12), default="planned")
    delivered_at: Mapped[datetime | None]
    delivered_wall: Mapped[datetime | None]
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id", ondelete="SET NULL"))
    # Schema 5 (planned, listed last as the migration appends them): the HSEEP Subject beside the
    # synopsis, and the sheet's columns that map to no field, as a JSON object of name -> text, so an
    # import drops nothing and an export writes them back.
    title: Mapped[str] = mapped_column(String(200), default="")
    additional_fields: Mapped[str] = mapped_column(Text, default="{}")
    # The outcome of a branch point it belongs to; None: the trunk (schema 6). Last, as ALTER TABLE adds it.
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcome.id", ondelete="CASCADE"), index=True)
    # Delivering this inject asks the facilitator to resolve that branch point (schema 7). Last, as
    # ALTER TABLE adds it.
    asks_branch_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("branch_point.id", ondelete="SET NULL"), index=True)

    @property
    def additional(self) -> dict[str, str]:
        """The additional fields as name -> text (stored checked: see the inject services)."""
        return json.loads(self.additional_fields or "{}")


class Objective(Base):
    """An exercise objective with its capability and the evaluators' rating."""

    __tablename__ = "objective"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    capability: Mapped[str] = mapped_column(String(200), default="")
    critical_tasks: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[str | None] = mapped_column(String(1))
    rating_note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Observation(Base):
    __tablename__ = "observation"
    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"), index=True)
    log_entry_id: Mapped[int | None] = mapped_column(ForeignKey("log_entry.id"))
    kind: Mapped[str] = mapped_column(String(12), default="note")
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(100))
    scenario_time: Mapped[datetime]
    wall_time: Mapped[datetime]


class ImprovementItem(Base):
    """A row of the improvement plan (HSEEP AAR/IP)."""

    __tablename__ = "improvement_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int | None] = mapped_column(ForeignKey("objective.id", ondelete="SET NULL"))
    issue: Mapped[str] = mapped_column(Text)
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    capability: Mapped[str] = mapped_column(String(200), default="")
    responsible_org: Mapped[str] = mapped_column(String(200), default="")
    point_of_contact: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(StoredDate)
    completion_date: Mapped[date | None] = mapped_column(StoredDate)
