"""Plain rows for the views, read with plain SQL through the driver.

The views the main window shows first (roster, incident palette, title and
marking, matrix and findings names, the next inject's time) read here, so the
window paints before SQLAlchemy's ORM is loaded: loading and mapping it costs
~0.2 s, a sixth of start-up (README, "Start-up"). These rows are frozen
copies; edits still go through model/services, and editors that need the
entities read them with model/queries.

Each row class has exactly the columns of its table, by the entities'
attribute names (tests/test_plain_rows.py compares both).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from model.errors import StoredValueError
from model.timeutil import format_stored, from_epoch, parse_stored, to_epoch


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


def exercise_info(doc) -> ExerciseInfoRow:
    return _read(doc, ExerciseInfoRow, "exercise_info WHERE id = 1")[0]


def incident_types(doc) -> list[IncidentTypeRow]:
    return _read(doc, IncidentTypeRow, "incident_type ORDER BY sort_order, code")


def signatories(doc) -> list[SignatoryRow]:
    return _read(doc, SignatoryRow, "signatory ORDER BY code")


def instrument_names(doc) -> dict[str, str]:
    """Display name of each instrument, by code."""
    with doc.reading_rows() as raw:
        return dict(raw.execute("SELECT code, name FROM instrument").fetchall())


def next_planned_time(doc, *, after: int) -> int | None:
    """Delivery time (epoch s) of the first planned inject strictly after *after* (epoch s)."""
    with doc.reading_rows() as raw:
        # Stored times are sortable UTC text, so the comparison is done on the text.
        # An inject of a branch point's outcome waits until that outcome is played.
        row = raw.execute("SELECT MIN(delivery_time) FROM inject WHERE status = 'planned' AND delivery_time > ? "
                          "AND (outcome_id IS NULL OR outcome_id IN (SELECT id FROM outcome WHERE played))",
                          (format_stored(from_epoch(after)),)).fetchone()
    return None if row[0] is None else to_epoch(parse_stored(row[0]))


# -- reading ---------------------------------------------------------------------------------------
def _read(doc, row_class: type, source: str) -> list:
    names = [field.name for field in fields(row_class)]
    convert = [_CONVERTERS.get(field.type) if isinstance(field.type, str) else None for field in fields(row_class)]
    with doc.reading_rows() as raw:
        rows = raw.execute(f"SELECT {', '.join(names)} FROM {source}").fetchall()
        # Converted inside the read, so that a value changed outside Pactline since the
        # open is named by reading_rows like any other unreadable value.
        try:
            return [row_class(*(value if how is None or value is None else how(value)
                                for value, how in zip(row, convert))) for row in rows]
        except (TypeError, ValueError) as err:
            raise StoredValueError(f"a stored value is not one Pactline writes ({err})") from None


# SQLite returns 0/1 for booleans and text for dates and times; field types are
# strings here (postponed annotations), which is what the keys match.
_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "bool": bool,
    "date | None": date.fromisoformat,
    "datetime": parse_stored,
}
