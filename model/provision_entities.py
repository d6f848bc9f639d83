"""Standing provisions and saved what-if variants (schema 7).

A standing provision is an undertaking of the treaty that is not a reaction to an
incident (strengthening the protected state's armed forces, intelligence
cooperation): what a signatory pledged, the milestones it is due by, and what was
delivered when. Whether a milestone is on schedule is derived, never stored.
A what-if variant is a named what-if kept to come back to: its journal of service
calls, replayed on a scratch copy of the record.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from model.entities import Base

# Amounts are non-negative numbers, checked as such when a file opens (model/storage/stored_values.py).
AMOUNT = {"stored": "amount"}


class Provision(Base):
    """What one signatory pledged under a standing provision of the treaty."""

    __tablename__ = "provision"
    id: Mapped[int] = mapped_column(primary_key=True)
    signatory_id: Mapped[int] = mapped_column(ForeignKey("signatory.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))   # one of PROVISION_KINDS
    title: Mapped[str] = mapped_column(String(200))
    # What was pledged: a quantity of a unit ("12 air-defence systems") and/or a value in a currency.
    quantity: Mapped[float | None] = mapped_column(Float, info=AMOUNT)
    unit: Mapped[str] = mapped_column(String(60), default="")
    value: Mapped[float | None] = mapped_column(Float, info=AMOUNT)
    currency: Mapped[str] = mapped_column(String(3), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The pledge is the planner's assumption, not a published figure.
    assumed: Mapped[bool] = mapped_column(Boolean, default=False)


class ProvisionMilestone(Base):
    """A date by which part of a provision is due."""

    __tablename__ = "provision_milestone"
    id: Mapped[int] = mapped_column(primary_key=True)
    provision_id: Mapped[int] = mapped_column(ForeignKey("provision.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[datetime]
    what: Mapped[str] = mapped_column(Text)        # what is due, in words
    quantity: Mapped[float | None] = mapped_column(Float, info=AMOUNT)
    value: Mapped[float | None] = mapped_column(Float, info=AMOUNT)


class ProvisionDelivery(Base):
    """Something delivered under a provision, against one of its milestones or none."""

    __tablename__ = "provision_delivery"
    id: Mapped[int] = mapped_column(primary_key=True)
    provision_id: Mapped[int] = mapped_column(ForeignKey("provision.id", ondelete="CASCADE"), index=True)
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("provision_milestone.id", ondelete="SET NULL"), index=True)
    delivered_at: Mapped[datetime]
    quantity: Mapped[float | None] = mapped_column(Float, info=AMOUNT)
    value: Mapped[float | None] = mapped_column(Float, info=AMOUNT)
    note: Mapped[str] = mapped_column(Text, default="")


class WhatIfVariant(Base):
    """A what-if kept by name: its journal is a JSON list of {"service": name, "kwargs": {...}}, written with
    sorted keys (as a package import writes it back, so a round trip keeps the stored text)."""

    __tablename__ = "what_if_variant"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime]
    journal: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str] = mapped_column(Text, default="")
