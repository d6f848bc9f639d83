"""Several sheets of one workbook imported together, each sheet a phase of the MSEL.

Programmes often keep one sheet per day or move ("Day 1", "Move 2"). Each
sheet is read and checked as a sheet of its own (its own header and column
guesses); an inject whose phase column is empty takes the sheet's name as its
phase. The injects of every sheet are stored in one transaction, and moving
the MSEL to STARTEX or taking STARTEX/ENDEX from it looks at all sheets at
once, so that the phases keep their spacing.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from model.entities import ExerciseInfo
from model.errors import ValidationError
from model.msel.importing import ImportPlan, plan_error, plan_import
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
    per_sheet = replace(options, shift_to_startex=False, window_from_sheet=False)
    plans = []
    for sheet in sheets:
        table = read_msel(path, sheet=sheet, limits=limits, header_row=options.header_row)
        plans.append((sheet, plan_import(doc, table, mapping_of(table), limits=limits, options=per_sheet)))
    notices = [tr("Sheets imported as phases: {0} (an inject without a phase takes its sheet's name)")
                  .format(', '.join(sheets))]
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
                    raise MselImportError(path.name, tr("sheet '{sheet}' row {number}: the inject number '{number2}' "
                                                        "is also on sheet '{0}' row {1}: renumber the injects")
                                                        .format(numbered[number][0], numbered[number][1], sheet=sheet,
                                                                number=row.number, number2=number))
                numbered.setdefault(number, (sheet, row.number))
    return PhasedPlan(path.name, plans, notices, window)


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
