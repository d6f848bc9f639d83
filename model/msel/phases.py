"""Several sheets of one workbook imported together, each sheet a phase of the MSEL.

Programmes often keep one sheet per day or move ("Day 1", "Move 2"). Each
sheet is read and checked as a sheet of its own (its own header and column
guesses); an inject whose phase column is empty takes the sheet's name as its
phase. The injects of every sheet are stored in one transaction, and moving
the MSEL to STARTEX or taking STARTEX/ENDEX from it looks at all sheets at
once, so that the phases keep their spacing.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from model.entities import ExerciseInfo
from model.errors import ValidationError
from model.i18n import tr
from model.msel.importing import CellProblem, ImportPlan, plan_error, plan_import
from model.msel.options import ImportOptions, earliest, proposed_window, shift
from model.msel.spreadsheets import LIMITS, ImportLimits, MselImportError, MselTable, read_msel
from model.services import injects as inject_service
from model.services.changes import ChangeReport
from model.i18n import tr


@dataclass
class PhasedPlan:
    source: str
    plans: list[tuple[str, ImportPlan]]        # (sheet, its plan)
    notices: list[str]
    window: tuple | None = None

    @property
    def valid(self) -> bool:
        return all(plan.valid for _sheet, plan in self.plans)

    @property
    def row_count(self) -> int:
        return sum(len(plan.rows) for _sheet, plan in self.plans)

    def problem_for(self, err: ValidationError) -> CellProblem:
        """Where a create_injects refusal of ``entries[i]`` belongs: i counts the rows of every sheet."""
        match = re.match(r"entries\[(\d+)\]\.(\w+)$", err.field)
        if match:
            index = int(match.group(1))
            for sheet, plan in self.plans:
                if index < len(plan.rows):
                    found = plan.problem_for(ValidationError(f"entries[{index}].{match.group(2)}", err.message))
                    return replace(found, message=f"sheet '{sheet}': {found.message}")
                index -= len(plan.rows)
        return CellProblem(None, None, "", str(err))

    def entries(self) -> list[dict]:
        entries = []
        for sheet, plan in self.plans:
            for entry in plan.entries():
                if not (entry.get("phase") or "").strip():
                    entry["phase"] = sheet[:100]
                entries.append(entry)
        return entries


def plan_sheets(doc, path: Path | str, sheets: Sequence[str],
                mapping_of: Callable[[MselTable], dict[int, str | None]], *, limits: ImportLimits = LIMITS,
                options: ImportOptions = ImportOptions()) -> PhasedPlan:
    """Read and check each of *sheets* (in the order given); *mapping_of(table)* maps a sheet's columns."""
    path = Path(path)
    tables = []
    for sheet in sheets:
        table = read_msel(path, sheet=sheet, limits=limits, header_row=options.header_row)
        tables.append((sheet, table, mapping_of(table)))
    return plan_tables(doc, path.name, tables, limits=limits, options=options)


def plan_tables(doc, source: str, tables: Sequence[tuple[str, MselTable, dict[int, str | None]]], *,
                limits: ImportLimits = LIMITS, options: ImportOptions = ImportOptions()) -> PhasedPlan:
    """Check sheets already read, each (sheet, table, mapping), as the phases of one import.

    The import dialog reads each sheet once (in its worker) and maps each on its own; the command
    line reads them in plan_sheets. Raises MselImportError when two sheets number an inject alike.
    """
    per_sheet = replace(options, shift_to_startex=False, window_from_sheet=False)
    plans = [(sheet, plan_import(doc, table, mapping, limits=limits, options=per_sheet))
             for sheet, table, mapping in tables]
    sheets = [sheet for sheet, _table, _mapping in tables]
    notices = [tr("Sheets imported as phases: {0} (an inject without a phase takes its sheet's name)").format(
        ", ".join(sheets))]
    rows = [row for _sheet, plan in plans for row in plan.rows]
    if options.shift_to_startex:
        with doc.reading() as session:
            startex = session.get(ExerciseInfo, 1).startex
        first = earliest(rows)
        if first is not None and first != startex:
            shift(rows, startex - first)
            notices.append(tr("The MSEL was moved so that the first inject of all sheets falls on STARTEX"))
    window = proposed_window(rows) if options.window_from_sheet else None
    numbered: dict[str, tuple[str, int]] = {}
    if not (options.renumber or options.keep_sheet_numbers):
        for sheet, plan in plans:
            for row in plan.rows:
                number = (row.values.get("number") or "").strip()
                if number and number in numbered and numbered[number][0] != sheet:
                    raise MselImportError(source, tr("sheet '{0}' row {1}: the inject number '{2}' is also on "
                                                     "sheet '{3}' row {4}: renumber the injects").format(
                        sheet, row.number, number, numbered[number][0], numbered[number][1]))
                numbered.setdefault(number, (sheet, row.number))
    return PhasedPlan(source, plans, notices, window)


def store_sheets(doc, phased: PhasedPlan) -> ChangeReport:
    """All sheets' injects (and the window, if taken from them) in one create_injects call."""
    for sheet, plan in phased.plans:
        if not plan.valid:
            err = plan_error(plan)
            raise MselImportError(f"{phased.source} sheet '{sheet}'", err.message, err.problems)
    try:
        return inject_service.create_injects(doc, entries=phased.entries(), window=phased.window)
    except ValidationError as err:
        raise MselImportError(phased.source, str(err)) from None
