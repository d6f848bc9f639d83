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
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select

from model.conduct_entities import Inject
from model.entities import BranchPoint, ExerciseInfo, IncidentType
from model.errors import ValidationError
from model.i18n import tr
from model.msel.additional import cell_text, kept_columns, row_fields
from model.msel.columns import (
    DROP, FIELD_LABELS, export_only_column, field_label, guess_mapping, is_field, offset_unit,
)
from model.msel.spreadsheets import LIMITS, ImportLimits, MselImportError, MselTable, SheetRow, read_msel
from model.msel.options import ImportOptions, number_duplicates, row_ranges, skippable_rows, whole_sheet
from model.msel.values import apply as apply_value_map, effective_maps, mapped_summary, value_choices
from model.msel.times import SheetTime, SheetTimeError, TimeReading, read_cell
from model.services import injects as inject_service
from model.services.changes import ChangeReport

TIME_FIELDS = ("scenario_time", "delivery_time", "scenario_date")
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
            return tr("row {0}: {1}").format(self.row, self.message)
        return tr("row {0}, column '{1}': {2}").format(self.row, self.header, self.message)


@dataclass
class PlannedRow:
    number: int                                   # sheet row
    values: dict = field(default_factory=dict)    # field -> value as it would be stored
    notations: dict = field(default_factory=dict)
    failed: set = field(default_factory=set)      # fields whose cell was refused
    notices: list = field(default_factory=list)   # what to know about the row (outside the exercise…)
    problems: list = field(default_factory=list)
    sheet_row: SheetRow | None = None


@dataclass
class ImportPlan:
    table: MselTable
    mapping: dict[int, str | None]
    rows: list[PlannedRow]
    problems: list[CellProblem]
    notations: Counter
    notices: list[str]
    proposed_window: tuple | None = None    # (STARTEX, ENDEX) from the sheet, when asked for
    kept: dict[int, str] = field(default_factory=dict)   # column -> additional field name
    dropped: dict[int, str] = field(default_factory=dict)   # column -> header, dropped by the planner
    value_choices: list = field(default_factory=list)    # model.msel.values.ValueChoice, per vocabulary value

    @property
    def valid(self) -> bool:
        return not self.problems

    def entries(self) -> list[dict]:
        return [dict(row.values) for row in self.rows]

    def notation_summary(self) -> str:
        counts = self.notation_counts()
        return tr("times understood as: {0}").format(counts) if counts else ""

    def notation_counts(self) -> str:
        """``clock time without a day ×3, ISO 8601 ×1``: the notations read, most used first."""
        return ", ".join(f"{name} ×{count}" for name, count in self.notations.most_common())

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


def _read_time(value, reading: TimeReading) -> SheetTime | None:
    try:
        return read_cell(value, reading)
    except SheetTimeError as err:
        raise CellValueError(str(err)) from None
    except (OverflowError, ValueError) as err:   # a valid notation that lands outside the calendar
        raise CellValueError(tr("lies outside the calendar ({err})").format(err=err)) from None


def _resolve(parsed: SheetTime, reading: TimeReading, **where) -> tuple[datetime, str]:
    try:
        return reading.resolve(parsed, **where)
    except SheetTimeError as err:
        raise CellValueError(str(err)) from None
    except (OverflowError, ValueError) as err:
        raise CellValueError(tr("lies outside the calendar ({err})").format(err=err)) from None


def _severity(value) -> int | None:
    if isinstance(value, bool):
        raise CellValueError(tr("is not a severity: write 1-5 (or S1-S5)"))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellValueError(tr("is not a whole number: write 1-5 (or S1-S5)"))
    text = cell_text(value).strip()
    if not text:
        return None
    match = _SEVERITY.match(text)
    if not match:
        raise CellValueError(tr("is not a severity: write 1-5 (or S1-S5)"))
    return int(match.group(1))


def convert(field_name: str, value, incident_types: dict[str, str], questions: dict[str, int | None] | None = None):
    """(stored value, None) for one non-time cell mapped to *field_name*; raises CellValueError.

    *questions*: lower-case branch point question -> id (None: two branch points ask it)."""
    if field_name == "severity":
        return _severity(value), None
    text = cell_text(value)
    if field_name == "asks_branch_point_id":
        return _asked(text, questions or {}), None
    if field_name == "inject_type":
        return text.strip().lower(), None
    if field_name == "incident_type":
        text = text.strip()
        return incident_types.get(text.lower(), text) or None, None
    return text, None


def _asked(text: str, questions: dict[str, int | None]) -> int | None:
    key = " ".join(text.split()).lower()
    if not key:
        return None
    if key not in questions:
        raise CellValueError(tr("is not the question of a branch point of this exercise: create the branch point "
                                "first, or leave the cell empty"))
    if questions[key] is None:
        raise CellValueError(tr("is the question of several branch points: make their questions differ"))
    return questions[key]


def branch_questions(session) -> dict[str, int | None]:
    """Each branch point's question as a sheet names it (spaces and case aside) -> its id; None if asked twice."""
    questions: dict[str, int | None] = {}
    for point_id, question in session.execute(select(BranchPoint.id, BranchPoint.question)):
        key = " ".join(question.split()).lower()
        questions[key] = None if key in questions else point_id
    return questions


def _mapping_problems(table: MselTable, mapping: dict[int, str | None]) -> list[CellProblem]:
    problems = []
    by_field: dict[str, list[int]] = {}
    for column, name in mapping.items():
        if is_field(name):
            by_field.setdefault(name, []).append(column)
    for name, columns in by_field.items():
        if len(columns) > 1:
            listed = tr(" and ").join(f"'{table.headers[c]}'" for c in columns)
            problems.append(CellProblem(None, columns[-1], table.headers[columns[-1]], tr(
                "columns {0} are both mapped to {1}; keep one and set the other to (keep as an additional field)").format(
                listed, field_label(name))))
    if "scenario_time" not in by_field:
        problems.append(CellProblem(None, None, "", tr("no column is mapped to Scenario Time: choose the column "
                                                       "that holds each inject's scenario time")))
    for row, cells in table.ragged:
        problems.append(CellProblem(row, None, "", tr(
            "has {0} cells but the header row has {1}: a cell holding the delimiter needs quotes").format(
            cells, table.header_width)))
    if not table.rows:
        problems.append(CellProblem(None, None, "", tr("there are no rows below the header (row {0})").format(
            table.header_row)))
    return problems


def plan_import(doc, table: MselTable, mapping: dict[int, str | None] | None = None,
                *, limits: ImportLimits = LIMITS, options: ImportOptions = ImportOptions()) -> ImportPlan:
    """Convert and check every row of *table* under *mapping* (guessed if None); writes nothing."""
    mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
    problems = _mapping_problems(table, mapping)
    notations: Counter = Counter()
    notices = list(table.notices)
    mapped = [(c, f) for c, f in sorted(mapping.items()) if is_field(f)]
    dropped = {c: table.headers[c] for c, f in sorted(mapping.items()) if f == DROP and c < len(table.headers)}
    time_columns = [c for c, f in mapped if f in ("scenario_time", "scenario_date")]
    data, blank, helper = skippable_rows(table.rows, time_columns, [c for c, _f in mapped])
    if blank:
        notices.append(tr("Rows blank in every imported column were skipped: {0}").format(row_ranges(blank)))
    if helper:
        notices.append(tr("Rows {0} below the table fill one column and have no time (a list of values?): "
                          "they were skipped").format(row_ranges(helper)))
    with doc.reading() as session:
        info = session.get(ExerciseInfo, 1)
        startex, endex = info.startex, info.endex
        try:
            time_column = _column_of(mapping, "scenario_time")
            time_header = table.headers[time_column] if time_column is not None else ""
            unit = offset_unit(time_header)
            reading = TimeReading(startex, options.zone, options.day_less, options.day, span_unit=unit)
            if unit == "m":
                notices.append(tr("T+ offsets without a unit were read in minutes, as the column '{0}' says")
                               .format(time_header))
        except SheetTimeError as err:
            raise MselImportError(table.source, tr("the zone {err}").format(err=err)) from None
        # Held for the whole check: the identity map keeps them only while referenced, and the
        # service looks each one up per incident row.
        kinds = list(session.scalars(select(IncidentType)))
        incident_types = {}
        for kind in kinds:
            incident_types[kind.name.lower()] = incident_types[kind.code.lower()] = kind.code
        existing = set(session.scalars(select(Inject.number)))
        choices = value_choices(table.headers, data, mapping, {k.code: k.name for k in kinds}, options.value_maps)
        maps = effective_maps(choices)
        questions = branch_questions(session) if "asks_branch_point_id" in dict(mapped).values() else {}
        rows = [_convert_row(table, sheet_row, mapped, reading, incident_types, limits, maps, questions)
                for sheet_row in data]
        kept = kept_columns(table.headers, mapping, data)
        for planned in rows:
            assert planned.sheet_row is not None, "every converted row keeps its sheet row"
            fields = row_fields(planned.sheet_row.cells, kept)
            if fields:
                planned.values["additional_fields"] = fields
        window = whole_sheet(rows, options, startex, endex, notices)
        if not (options.renumber or options.keep_sheet_numbers):
            for row_number, earlier in number_duplicates(rows).items():
                planned = next(r for r in rows if r.number == row_number)
                column = _column_of(mapping, "number")
                assert column is not None, "only a mapped number column has duplicates"
                planned.problems.append(CellProblem(
                    row_number, column, table.headers[column],
                    tr("'{0}' — the inject number is also on row {1}: renumber the injects, or keep the sheet's "
                       "numbers as a reference in the notes").format(planned.values['number'], earlier)))
                planned.failed.add("number")
        for planned in rows:
            _complete(planned)
            sheet_row = planned.sheet_row
            if not planned.problems:
                planned.problems += _service_check(session, table, mapping, sheet_row, planned)
            for name, notation in planned.notations.items():
                if name not in planned.failed:
                    notations[notation] += 1
            problems += planned.problems
    _notice_play_state(table, mapping, notices)
    notices += mapped_summary(choices, {name: field_label(name) for name in FIELD_LABELS})
    if kept:
        notices.append(tr("Kept with each inject as additional fields (no inject field chosen): {0}").format(
            ", ".join(kept.values())))
    if dropped:
        notices.append(tr("Dropped, neither imported nor kept: {0}").format(", ".join(dropped.values())))
    if reading.used_zone and options.zone.upper() in ("UTC", "Z"):
        notices.append(tr("Times without a zone were taken as UTC; name the zone of the sheet if they are local times"))
    if reading.day_less_on_startex_day:
        notices.append(tr("Clock times without a day were read on STARTEX's day (D+0); a sheet over several days "
                          "can be read with each row on the previous row's day instead"))
    clashes = sorted({r.values["number"] for r in rows if r.values.get("number") in existing})
    if clashes:
        notices.append(tr("Inject numbers already in the MSEL: {0}").format(", ".join(clashes[:10]))
                       + (" …" if len(clashes) > 10 else ""))
    plan = ImportPlan(table, mapping, rows, problems, notations, notices, kept=kept, dropped=dropped,
                      value_choices=choices)
    plan.proposed_window = window
    return plan


def _column_of(mapping, name: str) -> int | None:
    return next((c for c, f in mapping.items() if f == name), None)


def _convert_row(table, sheet_row, mapped, reading: TimeReading, incident_types, limits, maps,
                 questions=None) -> PlannedRow:
    planned = PlannedRow(sheet_row.number)
    planned.sheet_row = sheet_row
    parsed: dict[str, tuple[int, SheetTime | None]] = {}
    for column, name in mapped:
        value = sheet_row.cells[column]
        if isinstance(value, str) and len(value) > limits.max_cell_chars:
            planned.problems.append(CellProblem(sheet_row.number, column, table.headers[column],
                                                (tr("the cell has {0:,} characters; at most {max_cell_chars:,} can "
                                                    "be imported")
                                                    .format(len(value), max_cell_chars=limits.max_cell_chars))))
            planned.failed.add(name)
            continue
        try:
            if name in TIME_FIELDS:
                parsed[name] = (column, _read_time(value, reading))
            else:
                planned.values[name] = convert(name, apply_value_map(maps, name, value), incident_types, questions)[0]
        except CellValueError as err:
            planned.problems.append(CellProblem(sheet_row.number, column, table.headers[column],
                                                f"'{shown(value)}' — {err}"))
            planned.failed.add(name)
    day_column, day_cell = parsed.pop("scenario_date", (None, None))
    if day_cell is not None and day_cell.date is None and day_cell.day is None and day_cell.value is None:
        planned.problems.append(CellProblem(sheet_row.number, day_column, table.headers[day_column],
                                            (tr("'{0}' — is not a day (a date, Day 2, D+1 or a weekday)")
                                                .format(shown(sheet_row.cells[day_column])))))
        planned.failed.add("scenario_date")
        day_cell = None
    for name in ("scenario_time", "delivery_time"):
        if name not in parsed:
            continue
        column, cell = parsed[name]
        if cell is None:
            planned.values[name] = None
            continue
        same_row = planned.values.get("scenario_time") if name == "delivery_time" else None
        try:
            value, notation = _resolve(cell, reading, day_cell=day_cell, same_row=same_row,
                                       remember=name == "scenario_time")
        except CellValueError as err:
            planned.problems.append(CellProblem(sheet_row.number, column, table.headers[column],
                                                f"'{shown(sheet_row.cells[column])}' — {err}"))
            planned.failed.add(name)
            continue
        planned.values[name] = value
        planned.notations[name] = notation
    return planned


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
                            tr("is empty: every inject needs a scenario time"))]
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
                notices.append(tr("Column '{0}' is play state and is not imported: imported injects start as "
                                  "planned").format(header))


def store_plan(doc, plan: ImportPlan) -> ChangeReport:
    """One create_injects call for a valid plan; a refusal is raised naming the sheet row and column."""
    if not plan.valid:
        raise plan_error(plan)
    from model.storage.backups import before_risky

    before_risky(doc, reason="msel-import")   # refuses the import when no backup can be written
    try:
        # STARTEX/ENDEX from the sheet, when asked for, in the same transaction as the injects.
        return inject_service.create_injects(doc, entries=plan.entries(), window=plan.proposed_window)
    except ValidationError as err:
        problem = plan.problem_for(err)
        raise MselImportError(plan.table.source, str(problem), (problem,)) from None


def plan_error(plan: ImportPlan) -> MselImportError:
    count = len(plan.problems)
    listed = "\n".join(str(p) for p in plan.problems[:20])
    more = "\n" + tr("… and {0} more").format(count - 20) if count > 20 else ""
    text = tr("1 problem; nothing was imported:") if count == 1 else tr("{0} problems; nothing was imported:").format(count)
    return MselImportError(plan.table.source, f"{text}\n{listed}{more}",
                           tuple(plan.problems))


def import_msel_file(doc, path: Path | str, *, sheet: str | None = None,
                     mapping: dict[int, str | None] | None = None, limits: ImportLimits = LIMITS,
                     options: ImportOptions = ImportOptions()) -> tuple[ChangeReport, ImportPlan]:
    """Read, check and store a whole MSEL file, or raise MselImportError and store nothing."""
    table = read_msel(path, sheet=sheet, limits=limits, header_row=options.header_row)
    plan = plan_import(doc, table, mapping, limits=limits, options=options)
    return store_plan(doc, plan), plan
