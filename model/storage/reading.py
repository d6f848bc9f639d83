"""Every read of an exercise that is not an ORM query: the first views' plain rows and the snapshot's rows.

Written with SQLAlchemy Core over model/storage/tables.py, so that it is not
tied to SQLite (only model/storage/database.py knows that it is), and read
without the ORM, so that the main window paints before the ORM is loaded
(README, "Start-up").

- Plain rows (``exercise_info``, ``incident_types``, ``signatories``,
  ``instrument_names``, ``next_planned_time``) take the open exercise and read
  in a transaction of their own. The rows are frozen copies with exactly their
  entity's columns and values (tests/test_plain_rows.py); edits still go
  through model/services, and editors that need the entities read them with
  model/queries.
- The snapshot's rows (the ``*_rows`` functions) take the connection of one
  reading transaction (``ExerciseFile.reading_rows``): model/snapshot.py reads
  the whole exercise in one, model/snapshot_update.py the rows an edit touched
  through the same statements. Times come as epoch seconds; a time not set
  gives the sentinel named for it, text that is no time ``UNREADABLE_TIME``.
"""
from __future__ import annotations

import weakref
from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, select

from model.storage import tables as t
from model.storage.database import epoch_seconds
from model.timeutil import from_epoch, to_epoch

if TYPE_CHECKING:
    from sqlalchemy import BindParameter, ColumnElement, Connection, Dialect, Select

    from model.storage.exercise_file import ExerciseFile


# Epoch seconds standing for what is no time (model/snapshot.py holds them as numpy int64).
NEVER = 2**62                   # later than any real time
FROM_THE_START = -2**62         # earlier than any real time
UNREADABLE_TIME = -2**62 + 1    # stored text that is no time: refused by the snapshot, never "not set"


# -- plain rows for the first views -----------------------------------------------------------------
@dataclass(frozen=True)
class ExerciseInfoRow:
    id: int
    name: str
    description: str
    classification: str
    marking_colour: str
    startex: datetime
    endex: datetime
    active_terms_id: int | None


@dataclass(frozen=True)
class IncidentTypeRow:
    code: str
    name: str
    symbol: str
    default_severity: int
    sort_order: int


@dataclass(frozen=True)
class SignatoryRow:
    id: int
    code: str
    name: str
    kind: str
    nato: bool
    eu: bool
    agreement_date: date | None
    approval_required: bool
    approval_lead_hours: int
    lead_time_assumed: bool
    approval_basis: str
    pledges: str
    contact: str


def _row_columns(table, row_class: type) -> list:
    return [table.c[field.name] for field in fields(row_class)]


_EXERCISE_INFO = select(*_row_columns(t.exercise_info, ExerciseInfoRow)).where(t.exercise_info.c.id == 1)
_INCIDENT_TYPES = (select(*_row_columns(t.incident_type, IncidentTypeRow))
                   .order_by(t.incident_type.c.sort_order, t.incident_type.c.code))
_SIGNATORIES = select(*_row_columns(t.signatory, SignatoryRow)).order_by(t.signatory.c.code)
_INSTRUMENT_NAMES = select(t.instrument.c.code, t.instrument.c.name)
# An inject of a branch point's outcome waits until that outcome is played.
_NEXT_PLANNED = select(func.min(t.inject.c.delivery_time)).where(
    t.inject.c.status == "planned", t.inject.c.delivery_time > bindparam("after"),
    t.inject.c.outcome_id.is_(None) | t.inject.c.outcome_id.in_(select(t.outcome.c.id).where(t.outcome.c.played)))


def exercise_info(doc: ExerciseFile) -> ExerciseInfoRow:
    return _plain_rows(doc, ExerciseInfoRow, _EXERCISE_INFO)[0]


def incident_types(doc: ExerciseFile) -> list[IncidentTypeRow]:
    return _plain_rows(doc, IncidentTypeRow, _INCIDENT_TYPES)


def signatories(doc: ExerciseFile) -> list[SignatoryRow]:
    return _plain_rows(doc, SignatoryRow, _SIGNATORIES)


def instrument_names(doc: ExerciseFile) -> dict[str, str]:
    """Display name of each instrument, by code."""
    with doc.reading_rows() as connection:
        return dict(_all(connection, _INSTRUMENT_NAMES))


def first_log_hash(doc: ExerciseFile) -> str | None:
    """The first log entry's hash (written with the file, never changed), None for an empty log."""
    with doc.reading_rows() as connection:
        return connection.execute(select(t.log_entry.c.hash).order_by(t.log_entry.c.id).limit(1)).scalar()


def next_planned_time(doc: ExerciseFile, *, after: int) -> int | None:
    """Delivery time (epoch s) of the first planned inject strictly after *after* (epoch s)."""
    with doc.reading_rows() as connection:
        first = connection.execute(_NEXT_PLANNED, {"after": from_epoch(after)}).scalar()
    return None if first is None else to_epoch(first)


def _plain_rows(doc: ExerciseFile, row_class: type, statement: Select) -> list:
    with doc.reading_rows() as connection:
        # Converted inside the read (the column types do it, as for the entities), so that a value
        # changed outside Pactline since the open is named by reading_rows like any other.
        return [row_class(*row) for row in connection.execute(statement)]


# -- the snapshot's rows ----------------------------------------------------------------------------
def _epoch(column: ColumnElement, missing: int = NEVER) -> ColumnElement[int]:
    return epoch_seconds(column, missing=missing, unreadable=UNREADABLE_TIME)


_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
# The branch point outcomes assessed with the trunk (model/branching.py).
_SHOWN: BindParameter[list[int]] = bindparam("shown", expanding=True)
_TERMS_ID: BindParameter[int] = bindparam("terms_id")
_info, _clock, _terms, _party, _rule = t.exercise_info.c, t.clock_state.c, t.treaty_terms.c, t.treaty_party.c, \
    t.proportionality_rule.c
_sig, _inc, _com, _con = t.signatory.c, t.incident.c, t.commitment.c, t.consultation.c
_inj, _point, _out = t.inject.c, t.branch_point.c, t.outcome.c


def _visible(column: ColumnElement) -> ColumnElement[bool]:
    """True for a row of the trunk or of a shown outcome."""
    return column.is_(None) | column.in_(_SHOWN)


_VISIBLE_INCIDENT_IDS = select(_inc.id).where(_visible(_inc.outcome_id))
# A commitment counts when it and its incident are of the trunk or a shown outcome.
_COMMITMENT_VISIBLE = _visible(_com.outcome_id) & _com.incident_id.in_(_VISIBLE_INCIDENT_IDS)

_INFO = select(_info.name, _epoch(_info.startex), _epoch(_info.endex), _info.active_terms_id).where(_info.id == 1)
_CLOCK = select(_epoch(_clock.scenario_time), _clock.speed).where(_clock.id == 1)
_TYPES = select(t.incident_type.c.code, t.incident_type.c.name, t.incident_type.c.symbol).order_by(
    t.incident_type.c.sort_order, t.incident_type.c.code)
_TERMS_IDS = select(_terms.id).order_by(_terms.id)
_TERMS = select(_terms.id, _terms.name, _terms.reaction_hours, _terms.tiers, _terms.severity_tiers,
                _terms.categories, _terms.coordination, _terms.kind).where(_terms.id == _TERMS_ID)
# A party bound "from its agreement date" (no time stored) reads as FROM_THE_START.
_PARTIES = select(_party.signatory_id, _epoch(_party.bound_from, FROM_THE_START), _party.basis).where(
    _party.terms_id == _TERMS_ID)
_RULES = select(_rule.incident_type, _rule.severity, _rule.categories).where(_rule.terms_id == _TERMS_ID)
_DEPLOYS = select(t.instrument.c.code, t.instrument.c.deploys_forces)
# No agreement date: obliged from the start.
_SIGNATORY_ROWS = select(_sig.id, _sig.code, _sig.name, _sig.approval_required, _sig.approval_lead_hours,
                         _sig.lead_time_assumed, _epoch(_sig.agreement_date, FROM_THE_START)).order_by(_sig.code)
_INCIDENTS = select(_inc.id, _epoch(_inc.occurred_at), _inc.incident_type, _inc.severity, _inc.location)
_ALL_INCIDENTS = _INCIDENTS.where(_visible(_inc.outcome_id)).order_by(_inc.occurred_at, _inc.id)
_EVERY_INCIDENT = _INCIDENTS.order_by(_inc.occurred_at, _inc.id)
_SOME_INCIDENTS = _INCIDENTS.where(_inc.id.in_(_IDS))
# A withdrawal whose time was not recorded (files before schema 3) counts from the very start.
_COMMITMENTS = select(_com.id, _com.incident_id, _com.signatory_id, _com.category, _com.measure,
                      _epoch(_com.announced_at), _epoch(_com.effective_at), _com.status,
                      _epoch(_com.withdrawn_at, FROM_THE_START))
_ALL_COMMITMENTS = _COMMITMENTS.where(_COMMITMENT_VISIBLE).order_by(_com.id)
_EVERY_COMMITMENT = _COMMITMENTS.order_by(_com.id)
_SOME_COMMITMENTS = _COMMITMENTS.where(_com.id.in_(_IDS))
_CONSULTATIONS = select(_con.incident_id, _con.signatory_id, _epoch(_con.joined_at))
_ALL_CONSULTATIONS = _CONSULTATIONS.where(_con.incident_id.in_(_VISIBLE_INCIDENT_IDS))
_EVERY_CONSULTATION = _CONSULTATIONS
_CONSULTATIONS_OF = _CONSULTATIONS.where(_con.incident_id.in_(_IDS))
_CONSULTATION_INCIDENTS = select(_con.id, _con.incident_id).where(_con.id.in_(_IDS))
_HIDDEN = {"incident": select(func.count()).select_from(t.incident).where(
               _inc.id.in_(_IDS), ~_visible(_inc.outcome_id)),
           "commitment": select(func.count()).select_from(t.commitment).where(
               _com.id.in_(_IDS), ~_COMMITMENT_VISIBLE)}
_OUTCOMES = select(_out.id, _out.branch_point_id, _out.name, _out.sort_order, _out.played).order_by(
    _out.branch_point_id, _out.sort_order, _out.id)
# An unresolved branch point's resolved_at reads as NEVER.
_BRANCH_POINTS = select(_point.id, _point.question, _epoch(_point.at), _point.outcome_id,
                        _epoch(_point.resolved_at)).order_by(_point.at, _point.id)
_INCIDENT_OUTCOMES = select(_inc.id, _inc.outcome_id).where(_inc.outcome_id.is_not(None))
_TYPE_NAMES = select(t.incident_type.c.code, t.incident_type.c.name)
_OUTCOME_INJECTS = select(_inj.number, _inj.status, _inj.synopsis, _inj.outcome_id).where(
    _inj.outcome_id.is_not(None)).order_by(_inj.delivery_time, _inj.id)


def info_row(connection: Connection) -> tuple:
    """(name, startex, endex, active terms id)."""
    return _all(connection, _INFO)[0]


def clock_row(connection: Connection) -> tuple:
    """(scenario time, speed) as last saved."""
    return _all(connection, _CLOCK)[0]


def type_rows(connection: Connection) -> list[tuple]:
    """(code, name, symbol) of each incident type, in the palette's order."""
    return _all(connection, _TYPES)


def terms_ids(connection: Connection) -> list[int]:
    return [row[0] for row in _all(connection, _TERMS_IDS)]


def terms_row(connection: Connection, terms_id: int) -> tuple | None:
    """(id, name, reaction hours, tiers, severity tiers, categories, coordination, kind); JSON as stored."""
    rows = _all(connection, _TERMS, {"terms_id": terms_id})
    return rows[0] if rows else None


def party_rows(connection: Connection, terms_id: int) -> list[tuple]:
    """(signatory id, bound from, basis) of each party to the option."""
    return _all(connection, _PARTIES, {"terms_id": terms_id})


def rule_rows(connection: Connection, terms_id: int) -> list[tuple]:
    """(incident type, severity, categories as JSON) of each proportionality rule of the option."""
    return _all(connection, _RULES, {"terms_id": terms_id})


def instrument_deploys(connection: Connection) -> dict[str, bool]:
    """Whether each instrument sends forces abroad, by code."""
    return dict(_all(connection, _DEPLOYS))


def signatory_rows(connection: Connection) -> list[tuple]:
    """(id, code, name, approval required, lead hours, lead time assumed, agreement date), by code."""
    return _all(connection, _SIGNATORY_ROWS)


# *shown* None: the exercise has no outcome, so every row is of the trunk and the reads need no
# filter (a fifth of a 50,000-incident snapshot's reading: each row's outcome looked up).
def incident_rows(connection: Connection, ids: Collection[int] | None = None,
                  shown: Collection[int] | None = ()) -> list[tuple]:
    """(id, time, type code, severity, location): all of the trunk and the outcomes *shown* by time
    and id, or those of *ids* (wherever they belong: see hidden_count)."""
    if ids is not None:
        return _some(connection, _SOME_INCIDENTS, ids)
    return _all(connection, _EVERY_INCIDENT) if shown is None else _all(connection, _ALL_INCIDENTS, _shown(shown))


def commitment_rows(connection: Connection, ids: Collection[int] | None = None,
                    shown: Collection[int] | None = ()) -> list[tuple]:
    """(id, incident id, signatory id, category, measure, announced, effective, status, withdrawn):
    all of the trunk and the outcomes *shown* by id, or those of *ids*."""
    if ids is not None:
        return _some(connection, _SOME_COMMITMENTS, ids)
    return _all(connection, _EVERY_COMMITMENT) if shown is None else \
        _all(connection, _ALL_COMMITMENTS, _shown(shown))


def consultation_rows(connection: Connection, incident_ids: Collection[int] | None = None,
                      shown: Collection[int] | None = ()) -> list[tuple]:
    """(incident id, signatory id, joined): all of the incidents shown, or those of the incidents *incident_ids*."""
    if incident_ids is not None:
        return _some(connection, _CONSULTATIONS_OF, incident_ids)
    return _all(connection, _EVERY_CONSULTATION) if shown is None else \
        _all(connection, _ALL_CONSULTATIONS, _shown(shown))


def hidden_count(connection: Connection, table: str, ids: Collection[int], shown: Collection[int]) -> int:
    """How many of the incidents or commitments (*table*) *ids* are of an outcome not *shown*."""
    parameters = {"ids": sorted(int(i) for i in ids), **_shown(shown)}
    return int(connection.execute(_HIDDEN[table], parameters).scalar() or 0)


def outcome_rows(connection: Connection) -> list[tuple]:
    """(id, branch point id, name, sort order, played) of every outcome, by branch point and order."""
    return _all(connection, _OUTCOMES)


def branch_point_rows(connection: Connection) -> list[tuple]:
    """(id, question, at, outcome id, resolved at: NEVER while unresolved) of every branch point, by time."""
    return _all(connection, _BRANCH_POINTS)


def incident_outcomes(connection: Connection) -> dict[int, int]:
    """Incident id -> its outcome, for the incidents not on the trunk."""
    return dict(_all(connection, _INCIDENT_OUTCOMES))


def type_names(connection: Connection) -> dict[str, str]:
    return dict(_all(connection, _TYPE_NAMES))


def outcome_inject_rows(connection: Connection) -> list[tuple]:
    """(number, status, synopsis, outcome id) of the injects of an outcome, by delivery time."""
    return _all(connection, _OUTCOME_INJECTS)


def _shown(shown: Collection[int]) -> dict[str, list[int]]:
    return {"shown": sorted(int(i) for i in shown)}


def consultation_incidents(connection: Connection, ids: Collection[int]) -> list[tuple]:
    """(id, incident id) of the consultations *ids* that exist."""
    return _some(connection, _CONSULTATION_INCIDENTS, ids)


# -- fetching ---------------------------------------------------------------------------------------
def _some(connection: Connection, statement: Select, ids: Collection[int]) -> list[tuple]:
    return _all(connection, statement, {"ids": sorted(int(i) for i in ids)})


def _all(connection: Connection, statement: Select, parameters: dict[str, Any] | None = None) -> list[Any]:
    """Every row of *statement*, as tuples of the values its column types give."""
    result = connection.execute(statement, parameters or {})
    if not _converts(statement, connection.dialect):
        # Nothing to convert: the driver's own tuples, without a Row object per row
        # (those cost a third of a 10,000-incident snapshot's load).
        rows = result.cursor.fetchall()
        result.close()
        return rows if isinstance(rows, list) else list(rows)
    return list(result.all())   # Rows unpack and index as tuples do


_CONVERTS: weakref.WeakKeyDictionary[Dialect, dict[Select, bool]] = weakref.WeakKeyDictionary()


def _converts(statement: Select, dialect: Dialect) -> bool:
    """Whether a column of *statement* has a result processor on *dialect* (worked out once per engine)."""
    known = _CONVERTS.setdefault(dialect, {})
    converts = known.get(statement)
    if converts is None:
        converts = known[statement] = any(
            column.type.dialect_impl(dialect).result_processor(dialect, None) is not None
            for column in statement.selected_columns)
    return converts


# -- standing provisions (model/provision_status.py) --------------------------------------------------
_prov, _mile, _deliv = t.provision.c, t.provision_milestone.c, t.provision_delivery.c
_PROVISIONS = select(_prov.id, _prov.signatory_id, _prov.kind, _prov.title, _prov.quantity, _prov.unit, _prov.value,
                     _prov.currency, _prov.notes, _prov.assumed).order_by(_prov.id)
_MILESTONES = select(_mile.id, _mile.provision_id, _epoch(_mile.due_at), _mile.what, _mile.quantity,
                     _mile.value).order_by(_mile.due_at, _mile.id)
_DELIVERIES = select(_deliv.id, _deliv.provision_id, _deliv.milestone_id, _epoch(_deliv.delivered_at),
                     _deliv.quantity, _deliv.value, _deliv.note).order_by(_deliv.delivered_at, _deliv.id)


def provision_rows(connection: Connection) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Every provision (by id), milestone (by due time) and delivery (by time), times as epoch seconds."""
    return _all(connection, _PROVISIONS), _all(connection, _MILESTONES), _all(connection, _DELIVERIES)
