"""The exercise file's tables as typed SQLAlchemy entities.

Only facts are stored. Deadlines, statuses, gaps and gates are derived by the
engine (model/engine.py) and never written back.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from model.timeutil import StoredDate, UtcDateTime


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime()}

    def to_record(self) -> dict:
        """Column values by attribute name: what undo needs to put a row back."""
        return {c.key: getattr(self, c.key) for c in self.__mapper__.column_attrs}


class ExerciseInfo(Base):
    """The one row describing the exercise document itself."""

    __tablename__ = "exercise_info"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    classification: Mapped[str] = mapped_column(String(100), default="UNCLASSIFIED")
    marking_colour: Mapped[str] = mapped_column(String(9), default="#2e7d32")
    startex: Mapped[datetime]
    endex: Mapped[datetime]
    active_terms_id: Mapped[int | None] = mapped_column(ForeignKey("treaty_terms.id"))
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


class TreatyTerms(Base):
    """One treaty option: several can be kept and compared on the same incidents."""

    __tablename__ = "treaty_terms"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    reaction_hours: Mapped[int] = mapped_column(default=24)
    # JSON list of hours, strictly increasing, e.g. [24, 48, 72].
    tiers: Mapped[str] = mapped_column(String(200), default="[24, 48, 72]")
    # JSON object severity ("1".."5") -> index into tiers.
    severity_tiers: Mapped[str] = mapped_column(String(200))
    # JSON list of categories the treaty covers.
    categories: Mapped[str] = mapped_column(String(200))
    coordination: Mapped[str] = mapped_column(String(60))
    notes: Mapped[str] = mapped_column(Text, default="")
    # What the option demands, one of TERMS_KINDS (schema 4). Last, as ALTER TABLE adds it.
    kind: Mapped[str] = mapped_column(String(20), default="collective")


class TreatyParty(Base):
    """A signatory that is a party to a treaty option, bound from a time (schema 4).

    A signatory without a row for an option is not a party to it. *bound_from* None:
    from the signatory's agreement date (what every party of a file before schema 4 is).
    """

    __tablename__ = "treaty_party"
    id: Mapped[int] = mapped_column(primary_key=True)
    terms_id: Mapped[int] = mapped_column(ForeignKey("treaty_terms.id", ondelete="CASCADE"), index=True)
    signatory_id: Mapped[int] = mapped_column(ForeignKey("signatory.id", ondelete="CASCADE"), index=True)
    bound_from: Mapped[datetime | None]
    basis: Mapped[str] = mapped_column(String(12), default="signed")   # one of PARTY_BASES
    __table_args__ = (UniqueConstraint("terms_id", "signatory_id"),)


class ProportionalityRule(Base):
    """Incident type x severity -> the response categories the treaty expects."""

    __tablename__ = "proportionality_rule"
    terms_id: Mapped[int] = mapped_column(
        ForeignKey("treaty_terms.id", ondelete="CASCADE"), primary_key=True)
    incident_type: Mapped[str] = mapped_column(
        ForeignKey("incident_type.code", ondelete="CASCADE"), primary_key=True)
    severity: Mapped[int] = mapped_column(primary_key=True)
    # JSON list of categories.
    categories: Mapped[str] = mapped_column(String(200))


class IncidentType(Base):
    """The exercise's own copy of the incident catalogue (editable per exercise)."""

    __tablename__ = "incident_type"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    symbol: Mapped[str] = mapped_column(String(12))
    default_severity: Mapped[int]
    sort_order: Mapped[int] = mapped_column(default=0)


class Instrument(Base):
    """A response measure from the instrument catalogue."""

    __tablename__ = "instrument"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(20))
    # True when the measure sends forces abroad: the parliamentary gate applies.
    deploys_forces: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(default=0)


class Signatory(Base):
    __tablename__ = "signatory"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(12), default="state")
    nato: Mapped[bool] = mapped_column(Boolean, default=False)
    eu: Mapped[bool] = mapped_column(Boolean, default=False)
    agreement_date: Mapped[date | None] = mapped_column(StoredDate)
    approval_required: Mapped[bool] = mapped_column(Boolean, default=False)
    approval_lead_hours: Mapped[int] = mapped_column(default=0)
    # The lead time is an assumption (not published) and shown as such.
    lead_time_assumed: Mapped[bool] = mapped_column(Boolean, default=True)
    approval_basis: Mapped[str] = mapped_column(Text, default="")
    # JSON list of instrument codes the signatory is able and willing to offer.
    pledges: Mapped[str] = mapped_column(Text, default="[]")
    contact: Mapped[str] = mapped_column(String(200), default="")


class Incident(Base):
    __tablename__ = "incident"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_type: Mapped[str] = mapped_column(ForeignKey("incident_type.code"))
    severity: Mapped[int]
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # The outcome of a branch point it belongs to; None: the trunk (branches schema). Last, as ALTER TABLE adds it.
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcome.id", ondelete="CASCADE"), index=True)
    __table_args__ = (CheckConstraint("severity BETWEEN 1 AND 5", name="severity_range"),)


class Consultation(Base):
    """A signatory's attendance at an incident's consultation (joined_at None: absent)."""

    __tablename__ = "consultation"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"))
    signatory_id: Mapped[int] = mapped_column(ForeignKey("signatory.id", ondelete="CASCADE"))
    joined_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("incident_id", "signatory_id"),)


class Commitment(Base):
    __tablename__ = "commitment"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True)
    signatory_id: Mapped[int] = mapped_column(
        ForeignKey("signatory.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    measure: Mapped[str] = mapped_column(ForeignKey("instrument.code"))
    announced_at: Mapped[datetime]
    effective_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(12), default="pledged")
    note: Mapped[str] = mapped_column(Text, default="")
    # Scenario time the commitment was withdrawn (schema 3); what was effective until
    # then still counts, e.g. for a parliamentary gate. Last, as ALTER TABLE adds it.
    withdrawn_at: Mapped[datetime | None]
    # The outcome it belongs to; None: the trunk (branches schema).
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcome.id", ondelete="CASCADE"), index=True)


class BranchPoint(Base):
    """A scenario time and a question whose outcomes the play may take (branches schema).

    A branch point may itself belong to an outcome of another one (*outcome_id*),
    so branches nest. *resolved_at* is play: when the facilitator chose the outcome
    marked ``played``; None while unresolved.
    """

    __tablename__ = "branch_point"
    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime]
    # Deferred: undo puts a nested branch point back before the outcome it hangs from.
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey(
        "outcome.id", ondelete="CASCADE", use_alter=True, deferrable=True, initially="DEFERRED"), index=True)
    resolved_at: Mapped[datetime | None]


class Outcome(Base):
    """One answer to a branch point's question ("the adversary rejects")."""

    __tablename__ = "outcome"
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_point_id: Mapped[int] = mapped_column(ForeignKey("branch_point.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    # The outcome the facilitator chose when the branch point was resolved in play.
    played: Mapped[bool] = mapped_column(Boolean, default=False)


class ClockState(Base):
    """The exercise clock as last saved: a reopened exercise resumes from here, paused."""

    __tablename__ = "clock_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_time: Mapped[datetime]
    running: Mapped[bool] = mapped_column(Boolean, default=False)
    speed: Mapped[float] = mapped_column(Float, default=1.0)
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


class LogEntry(Base):
    """Append-only record; each row carries the hash of the previous one."""

    __tablename__ = "log_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_time: Mapped[datetime]
    wall_time: Mapped[datetime]
    author: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    refers_to: Mapped[int | None] = mapped_column(ForeignKey("log_entry.id"))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class LogSeal(Base):
    """The log's head as it stood at a moment worth anchoring (ENDEX, a report or package written).

    Kept apart from the chain it anchors (schema 3): deleting the chain's last
    entries, or all of them, leaves a seal that no longer matches the chain.
    """

    __tablename__ = "log_seal"
    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_time: Mapped[datetime]
    wall_time: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(40))
    entries: Mapped[int]                              # entries in the chain when sealed
    head_hash: Mapped[str] = mapped_column(String(64))  # hash of the last of them


def record_classes() -> dict[str, type[Base]]:
    """Entity classes by table name, for restoring removed rows."""
    return {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
