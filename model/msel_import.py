"""MSEL import: map a sheet's columns to inject fields, check every cell, then store all rows in one call.

:func:`plan_import` converts and validates every row without writing (the
service's own checks run in a read transaction) and says, per row and
column, what is wrong and in which notation each time was understood. Only a
plan without problems is stored, by one ``create_injects`` call.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from model.conduct_entities import Inject
from model.entities import ExerciseInfo, IncidentType
from model.errors import ValidationError
from model.msel_columns import FIELD_LABELS, export_only_column, guess_mapping, restore
from model.msel_io import LIMITS, ImportLimits, MselImportError, MselTable, read_msel
from model.reltime import TimeFormatError, parse_time
from model.services import injects as inject_service
from model.services.changes import ChangeReport
from model.timeutil import UTC, require_aware

TIME_FIELDS = ("scenario_time", "delivery_time")
SHEET_NAIVE = "spreadsheet date and time without a zone (taken as UTC)"
SHEET_AWARE = "spreadsheet date and time"
SHEET_DURATION = "spreadsheet duration from STARTEX"
_SEVERITY = re.compile(r"^[sS]?\s*([0-9]+)(?:\.0*)?$")
_MAX_SHOWN = 60


class CellValueError(ValueError):
    """One cell cannot become the field it is mapped to; the message is the reason."""


@dataclass(frozen=True)
class CellProblem:
    row: int | None          # sheet row number; None: the mapping as a whole
    column: int | None       # table column; None: no single column is to blame
    header: str
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        if self.column is None:
            return f"row {self.row}: {self.message}"
        return f"row {self.row}, column '{self.header}': {self.message}"


@dataclass
class PlannedRow:
    number: int                                   # sheet row
    values: dict = field(default_factory=dict)    # field -> value as it would be stored
    notations: dict = field(default_factory=dict)
    failed: set = field(default_factory=set)      # fields whose cell was refused


@dataclass
class ImportPlan:
    table: MselTable
    mapping: dict[int, str | None]
    rows: list[PlannedRow]
    problems: list[CellProblem]
    notations: Counter
    notices: list[str]

    @property
    def valid(self) -> bool:
        return not self.problems

    def entries(self) -> list[dict]:
        return [dict(row.values) for row in self.rows]

    def notation_summary(self) -> str:
        if not self.notations:
            return ""
        parts = ", ".join(f"{name} ×{count}" for name, count in self.notations.most_common())
        return f"times understood as: {parts}"

    def column_of(self, field_name: str) -> int | None:
        return next((c for c, f in self.mapping.items() if f == field_name), None)

    def problem_for(self, err: ValidationError) -> CellProblem:
        """Where in the sheet a ``entries[i].field`` refusal of create_injects belongs."""
        match = re.match(r"entries\[(\d+)\]\.(\w+)$", err.field)
        if not match or int(match.group(1)) >= len(self.rows):
            return CellProblem(None, None, "", str(err))
        row, name = self.rows[int(match.group(1))], match.group(2)
        column = self.column_of(name)
        return CellProblem(row.number, column, self.table.headers[column] if column is not None else "",
                           err.message)


def shown(value) -> str:
    """A cell's content as quoted in a message, shortened."""
    text = value.isoformat() if isinstance(value, (date, time)) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN - 1] + "…"


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return restore(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def _time(value, startex: datetime) -> tuple[datetime | None, str | None]:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC, microsecond=0), SHEET_NAIVE
        return require_aware(value), SHEET_AWARE
    if isinstance(value, date):
        raise CellValueError("is a date without a clock time")
    if isinstance(value, time):
        raise CellValueError("is a clock time without a day: write D+n hh:mm (e.g. D+1 14:00)")
    if isinstance(value, timedelta):
        try:
            return startex + value, SHEET_DURATION
        except OverflowError:
            raise CellValueError("is a duration that ends outside the calendar") from None
    if isinstance(value, (int, float)):
        raise CellValueError("is a number, not a time: write ISO 8601 (2026-03-02T14:00Z), D+1 14:00 or T+26h")
    text = _text(value).strip()
    if not text:
        return None, None
    try:
        parsed = parse_time(text, startex)
    except TimeFormatError as err:
        raise CellValueError(_time_reason(text, str(err))) from None
    except (OverflowError, ValueError) as err:   # a valid notation that lands outside the calendar
        raise CellValueError(f"lies outside the calendar ({err})") from None
    return parsed.value, parsed.notation


def _time_reason(text: str, message: str) -> str:
    try:
        if datetime.fromisoformat(text).tzinfo is None:
            return "has no time zone: add Z for UTC (2026-03-02T14:00Z) or an offset such as +01:00"
    except ValueError:
        pass
    reason = message.removeprefix(f"'{text}'").lstrip(": ").strip()
    return reason.removeprefix("is ") if reason.startswith("is not a time") else reason


def _severity(value) -> int | None:
    if isinstance(value, bool):
        raise CellValueError("is not a severity: write 1-5 (or S1-S5)")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellValueError("is not a whole number: write 1-5 (or S1-S5)")
    text = _text(value).strip()
    if not text:
        return None
    match = _SEVERITY.match(text)
    if not match:
        raise CellValueError("is not a severity: write 1-5 (or S1-S5)")
    return int(match.group(1))


def convert(field_name: str, value, startex: datetime, incident_types: dict[str, str]):
    """(stored value, notation or None) for one cell mapped to *field_name*; raises CellValueError."""
    if field_name in TIME_FIELDS:
        return _time(value, startex)
    if field_name == "severity":
        return _severity(value), None
    text = _text(value)
    if field_name == "inject_type":
        return text.strip().lower(), None
    if field_name == "incident_type":
        text = text.strip()
        return incident_types.get(text.lower(), text) or None, None
    return text, None


def _mapping_problems(table: MselTable, mapping: dict[int, str | None]) -> list[CellProblem]:
    problems = []
    by_field: dict[str, list[int]] = {}
    for column, name in mapping.items():
        if name is not None:
            by_field.setdefault(name, []).append(column)
    for name, columns in by_field.items():
        if len(columns) > 1:
            listed = " and ".join(f"'{table.headers[c]}'" for c in columns)
            problems.append(CellProblem(None, columns[-1], table.headers[columns[-1]],
                                        f"columns {listed} are both mapped to {FIELD_LABELS[name]}; "
                                        f"keep one and set the other to (ignore)"))
    if "scenario_time" not in by_field:
        problems.append(CellProblem(None, None, "", "no column is mapped to Scenario Time: choose the column "
                                                    "that holds each inject's scenario time"))
    for row, cells in table.ragged:
        problems.append(CellProblem(row, None, "", f"has {cells} cells but the header row has "
                                                   f"{table.header_width}: a cell holding the delimiter "
                                                   f"needs quotes"))
    if not table.rows:
        problems.append(CellProblem(None, None, "", f"there are no rows below the header (row "
                                                    f"{table.header_row})"))
    return problems


def plan_import(doc, table: MselTable, mapping: dict[int, str | None] | None = None,
                *, limits: ImportLimits = LIMITS) -> ImportPlan:
    """Convert and check every row of *table* under *mapping* (guessed if None); writes nothing."""
    mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
    problems = _mapping_problems(table, mapping)
    notations: Counter = Counter()
    notices = list(table.notices)
    with doc.reading() as session:
        startex = session.get(ExerciseInfo, 1).startex
        # Held for the whole check: the identity map keeps them only while referenced, and the
        # service looks each one up per incident row.
        kinds = list(session.scalars(select(IncidentType)))
        incident_types = {}
        for kind in kinds:
            incident_types[kind.name.lower()] = incident_types[kind.code.lower()] = kind.code
        existing = set(session.scalars(select(Inject.number)))
        mapped = [(c, f) for c, f in sorted(mapping.items()) if f is not None]
        rows = []
        for sheet_row in table.rows:
            planned = PlannedRow(sheet_row.number)
            row_problems = []
            for column, name in mapped:
                value = sheet_row.cells[column]
                if isinstance(value, str) and len(value) > limits.max_cell_chars:
                    row_problems.append(CellProblem(sheet_row.number, column, table.headers[column],
                                                    f"the cell has {len(value):,} characters; at most "
                                                    f"{limits.max_cell_chars:,} can be imported"))
                    planned.failed.add(name)
                    continue
                try:
                    converted, notation = convert(name, value, startex, incident_types)
                except CellValueError as err:
                    row_problems.append(CellProblem(sheet_row.number, column, table.headers[column],
                                                    f"'{shown(value)}' — {err}"))
                    planned.failed.add(name)
                    continue
                planned.values[name] = converted
                if notation:
                    planned.notations[name] = notation
            _complete(planned)
            if not row_problems:
                row_problems += _service_check(session, table, mapping, sheet_row, planned)
            for name, notation in planned.notations.items():
                if name not in planned.failed:
                    notations[notation] += 1
            problems += row_problems
            rows.append(planned)
    _notice_play_state(table, mapping, notices)
    clashes = sorted({r.values["number"] for r in rows if r.values.get("number") in existing})
    if clashes:
        notices.append(f"Inject numbers already in the MSEL: {', '.join(clashes[:10])}"
                       + (" …" if len(clashes) > 10 else ""))
    return ImportPlan(table, mapping, rows, problems, notations, notices)


def _complete(planned: PlannedRow) -> None:
    """Fill what a planner's sheet often leaves out, as the service would read it."""
    values = planned.values
    if values.get("scenario_time") is None and "scenario_time" not in planned.failed:
        values.pop("scenario_time", None)
    if "number" in values and not values["number"].strip():
        del values["number"]   # create_injects continues the MSEL's numbering
    if not values.get("inject_type"):
        values["inject_type"] = "incident" if values.get("incident_type") else "message"


def _service_check(session, table: MselTable, mapping, sheet_row, planned: PlannedRow) -> list[CellProblem]:
    """The service's own checks, in the read transaction: what create_injects would refuse."""
    values = planned.values
    if "scenario_time" not in values:
        column = next((c for c, f in mapping.items() if f == "scenario_time"), None)
        if column is None:
            return []   # reported once, for the mapping
        planned.failed.add("scenario_time")
        return [CellProblem(sheet_row.number, column, table.headers[column],
                            "is empty: every inject needs a scenario time")]
    try:
        inject_service.check_entry(session, values)
    except ValidationError as err:
        column = next((c for c, f in mapping.items() if f == err.field), None)
        planned.failed.add(err.field)
        if column is None:
            return [CellProblem(sheet_row.number, None, "", str(err))]
        value = sheet_row.cells[column]
        message = err.message
        if not _blank(value):
            message = f"'{shown(value)}' — " + message.removeprefix(f"'{values.get(err.field)}' ")
        return [CellProblem(sheet_row.number, column, table.headers[column], message)]
    return []


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _notice_play_state(table: MselTable, mapping, notices: list[str]) -> None:
    for column, header in enumerate(table.headers):
        if mapping.get(column) is None and export_only_column(header) in ("status", "delivered_at"):
            if any(not _blank(r.cells[column]) and str(r.cells[column]).strip().lower() != "planned"
                   for r in table.rows):
                notices.append(f"Column '{header}' is play state and is not imported: imported injects "
                               f"start as planned")


def store_plan(doc, plan: ImportPlan) -> ChangeReport:
    """One create_injects call for a valid plan; a refusal is raised naming the sheet row and column."""
    if not plan.valid:
        raise plan_error(plan)
    try:
        return inject_service.create_injects(doc, entries=plan.entries())
    except ValidationError as err:
        problem = plan.problem_for(err)
        raise MselImportError(plan.table.source, str(problem), (problem,)) from None


def plan_error(plan: ImportPlan) -> MselImportError:
    count = len(plan.problems)
    listed = "\n".join(str(p) for p in plan.problems[:20])
    more = f"\n… and {count - 20} more" if count > 20 else ""
    noun = "problem" if count == 1 else "problems"
    return MselImportError(plan.table.source, f"{count} {noun}; nothing was imported:\n{listed}{more}",
                           tuple(plan.problems))


def import_msel_file(doc, path: Path | str, *, sheet: str | None = None,
                     mapping: dict[int, str | None] | None = None,
                     limits: ImportLimits = LIMITS) -> tuple[ChangeReport, ImportPlan]:
    """Read, check and store a whole MSEL file, or raise MselImportError and store nothing."""
    table = read_msel(path, sheet=sheet, limits=limits)
    plan = plan_import(doc, table, mapping, limits=limits)
    return store_plan(doc, plan), plan
