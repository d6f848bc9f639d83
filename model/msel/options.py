"""The choices an MSEL import offers, and the whole-sheet checks they steer.

Per cell, model/msel/importing.py converts; here the sheet is looked at as a
whole: rows that are no injects (blank, or a helper list below the table),
duplicate inject numbers, injects outside STARTEX-ENDEX and the shift that
brings the first one onto STARTEX.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from model.msel.columns import DROP, is_field
from model.timeutil import format_relative
from model.i18n import tr
from model.plural import plural

DAY_LESS_CHOICES = ("D+0", "D+n", "previous")
_DAY_OPTION = re.compile(r"^D\s*([+-])\s*(\d{1,3})$", re.I)
SHEET_NUMBER_NOTE = "Sheet #: {0}"


@dataclass(frozen=True)
class ImportOptions:
    """How to read a sheet. The defaults read it as before these options existed, plus D+0 for day-less clocks."""

    day_less: str = "D+0"           # day-less clock times: "D+0", "D+n" (with *day*) or "previous" row's day
    day: int = 0
    zone: str = "UTC"               # for times that carry no zone
    shift_to_startex: bool = False  # move the whole MSEL so its first inject falls on STARTEX
    window_from_sheet: bool = False  # propose STARTEX/ENDEX from the first and last inject
    header_row: int | None = None   # the sheet row holding the headers; 0: there is none; None: found
    renumber: bool = False          # number the injects afresh, continuing the MSEL
    keep_sheet_numbers: bool = False  # renumber, and keep the sheet's number in the notes ("Sheet #: 7")
    # {field: {sheet value (model.msel.values.key): Pactline value}}: the planner's choices over the guesses
    value_maps: dict = field(default_factory=dict)


def day_less_option(text: str) -> tuple[str, int]:
    """``"D+0"`` / ``"D+2"`` / ``"previous"`` -> (choice, day); raises ValueError naming the choices."""
    raw = text.strip()
    if raw.lower() in ("previous", "prev", "previous row"):
        return "previous", 0
    match = _DAY_OPTION.match(raw)
    if match:
        day = int(match.group(2)) * (1 if match.group(1) == "+" else -1)
        return ("D+0", 0) if day == 0 else ("D+n", day)
    raise ValueError(tr("'{text}' is no reading of day-less times: use D+0, D+n (e.g. D+2) or previous")
                        .format(text=text))


def named_mapping(headers: list[str], guessed: dict[int, str | None], pairs: list[str],
                  labels: dict[str, str]) -> dict[int, str | None]:
    """*guessed* with ``"Column name=field"`` pairs applied (field by key or label; ``ignore`` keeps a column
    as an additional field, ``drop`` neither imports nor keeps it).

    A field given to a column is taken away from the column it was guessed for.
    Raises ValueError naming the column or field that does not exist.
    """
    mapping = dict(guessed)
    by_label = {label.lower(): key for key, label in labels.items()}
    for pair in pairs:
        name, sep, target = pair.rpartition("=")
        name, target = name.strip(), target.strip()
        if not sep or not name:
            raise ValueError(tr("'{pair}' is no mapping: write \"Column name=field\", "
                                "e.g. \"Event Time=scenario_time\"")
                                .format(pair=pair))
        columns = [c for c, header in enumerate(headers) if header.strip().lower() == name.lower()]
        if not columns:
            raise ValueError(tr("there is no column '{name}' (the columns: {0})")
                                .format(', '.join(headers), name=name))
        if target.lower() in ("", "ignore", "(ignore)", "none"):
            field = None
        elif target.lower() in (DROP, "(drop)"):
            field = DROP
        else:
            field = target if target in labels else by_label.get(target.lower())
            if field is None:
                raise ValueError(tr("'{target}' is no inject field (the fields: {0})")
                                    .format(', '.join(labels), target=target))
        for column, guessed_field in mapping.items():
            if is_field(field) and guessed_field == field:
                mapping[column] = None
        mapping[columns[0]] = field
    return mapping


def skippable_rows(rows, time_columns: list[int], mapped: list[int]) -> tuple[list, list[int], list[int]]:
    """(rows to import, blank rows, helper-list rows).

    Blank: nothing in any mapped column. A helper list (the values of a
    drop-down, kept below the table) is the run of rows after the last row
    with a time that fill at most one mapped column.
    """
    def filled(row) -> list[int]:
        return [c for c in mapped if not _blank(row.cells[c])]

    blank = [row.number for row in rows if not filled(row)]
    kept = [row for row in rows if filled(row)]
    helper: list[int] = []
    if time_columns:
        last_timed = max((i for i, row in enumerate(kept) if any(not _blank(row.cells[c]) for c in time_columns)),
                         default=-1)
        tail = kept[last_timed + 1:]
        if tail and all(len(filled(row)) <= 1 for row in tail):
            helper = [row.number for row in tail]
            kept = kept[:last_timed + 1]
    return kept, blank, helper


def row_ranges(numbers: list[int]) -> str:
    """[3, 4, 5, 9] -> ``3-5, 9``."""
    parts, start = [], None
    for index, number in enumerate(numbers):
        if start is None:
            start = number
        if index + 1 == len(numbers) or numbers[index + 1] != number + 1:
            parts.append(str(start) if start == number else f"{start}-{number}")
            start = None
    listed = ", ".join(parts[:8])
    return listed + (" …" if len(parts) > 8 else "")


def number_duplicates(rows) -> dict[int, int]:
    """Sheet row -> the earlier sheet row holding the same inject number."""
    first: dict[str, int] = {}
    clashes = {}
    for row in rows:
        number = (row.values.get("number") or "").strip()
        if not number:
            continue
        if number in first:
            clashes[row.number] = first[number]
        else:
            first[number] = row.number
    return clashes


def renumber(rows, keep_in_notes: bool) -> None:
    """Drop the sheet's numbers (create_injects continues the MSEL's); keep them as a note if asked."""
    for row in rows:
        number = (row.values.pop("number", None) or "").strip()
        if keep_in_notes and number:
            note = SHEET_NUMBER_NOTE.format(number)
            notes = row.values.get("notes") or ""
            row.values["notes"] = f"{note}\n{notes}" if notes else note


def earliest(rows) -> datetime | None:
    times = [row.values["scenario_time"] for row in rows
             if isinstance(row.values.get("scenario_time"), datetime) and "scenario_time" not in row.failed]
    return min(times, default=None)


def latest(rows) -> datetime | None:
    times = [row.values["scenario_time"] for row in rows
             if isinstance(row.values.get("scenario_time"), datetime) and "scenario_time" not in row.failed]
    return max(times, default=None)


def shift(rows, offset: timedelta) -> None:
    for row in rows:
        for name in ("scenario_time", "delivery_time"):
            if isinstance(row.values.get(name), datetime):
                row.values[name] += offset


def proposed_window(rows) -> tuple[datetime, datetime] | None:
    """STARTEX at the first inject, ENDEX at the last (an hour later when they coincide)."""
    first, last = earliest(rows), latest(rows)
    if first is None or last is None:
        return None
    return first, max(last, first + timedelta(hours=1))


def flag_outside(rows, startex: datetime, endex: datetime) -> tuple[list[int], list[int]]:
    """Add a notice to each row whose inject falls before STARTEX or after ENDEX; (before rows, after rows)."""
    before, after = [], []
    for row in rows:
        moment = row.values.get("scenario_time")
        if not isinstance(moment, datetime) or "scenario_time" in row.failed:
            continue
        if moment < startex:
            row.notices.append(tr("falls before STARTEX ({0})").format(format_relative(moment, startex)))
            before.append(row.number)
        elif moment > endex:
            row.notices.append(tr("falls after ENDEX ({0})").format(format_relative(moment, startex)))
            after.append(row.number)
    return before, after


def whole_sheet(rows, options: ImportOptions, startex, endex, notices: list[str]):
    """Renumbering, the shift to STARTEX and the STARTEX-ENDEX checks; the proposed window, if asked."""
    if options.renumber or options.keep_sheet_numbers:
        renumber(rows, options.keep_sheet_numbers)
        notices.append(tr("The injects were renumbered (the sheet's numbers are kept in the notes as 'Sheet #: n')")
                       if options.keep_sheet_numbers else tr("The injects were renumbered"))
    first = earliest(rows)
    if options.shift_to_startex and first is not None and first != startex:
        offset = startex - first
        shift(rows, offset)
        notices.append(tr("The MSEL was moved by {0} so that its first inject falls on STARTEX")
                          .format(_span_text(offset)))
    if options.window_from_sheet:
        window = proposed_window(rows)
        if window:
            notices.append(tr("Proposed from the sheet: STARTEX {0:%Y-%m-%d %H:%M}Z, ENDEX {1:%Y-%m-%d %H:%M}Z")
                              .format(window[0], window[1]))
        return window
    before, after = flag_outside(rows, startex, endex)
    if before or after:
        parts = []
        if before:
            parts.append(plural(len(before), tr("{0} before STARTEX (row {1})"), tr("{0} before STARTEX (rows {1})"))
                         .replace("{1}", row_ranges(before)))
        if after:
            parts.append(plural(len(after), tr("{0} after ENDEX (row {1})"), tr("{0} after ENDEX (rows {1})"))
                         .replace("{1}", row_ranges(after)))
        notices.append(tr("Injects outside the exercise: {0}; the MSEL can be moved so its first inject falls on "
                          "STARTEX, or STARTEX and ENDEX set from the sheet").format(tr(' and ').join(parts)))
    return None


def _span_text(offset) -> str:
    sign = "-" if offset.total_seconds() < 0 else "+"
    seconds = abs(int(offset.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    text = f"{days} d {hours} h" if days else f"{hours} h"
    return f"{sign}{text} {rest // 60} min" if rest // 60 else f"{sign}{text}"


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
