"""MSEL spreadsheets in and out: export the MSEL as CSV or XLSX, read a planner's sheet into a table.

Export writes HSEEP column names, times as ISO 8601 UTC, and neutralises
cells a spreadsheet would run as formulas; reading reverses exactly that, so
export -> import -> export gives the same file. Turning a table into injects
(column mapping, per-cell validation, one transaction) is model/msel/importing.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from model.branching import branch_points
from model.conduct_entities import Inject
from model.entities import ExerciseInfo
from model.errors import PactlineError
from model.storage.file_output import OutputError, atomic_output, write_bytes
from model.msel.additional import export_names
from model.msel.columns import EXPORT_HEADERS, guess_mapping, neutralise
from model.msel.csv_text import DELIMITER_NOTICES, CsvFormatError, decode, read_records, sniff_delimiter, write_csv
from model.msel.json_records import JSON_SUFFIXES, JsonMselError, json_records, looks_like_json
from model.msel.workbook import ReadCancelled, XlsxFormatError, read_sheet, size_text, write_xlsx
from model.plural import plural
from model.services.log import log_head, seal_log
from model.timeutil import UTC, format_relative, format_stored
from model.i18n import tr

MARKING = "EXERCISE EXERCISE EXERCISE"   # in English in every language: see the README's Translations
# Title rows an imported sheet may carry: Pactline's marking, or an Italian national one.
_MARKINGS = (MARKING, "ESERCITAZIONE ESERCITAZIONE ESERCITAZIONE")
TITLE_ROWS = 2            # the marking and the log's head, above the header of an exported MSEL
_LOG_HEAD = re.compile(r"^Log: \d+ entr(y|ies), head [0-9a-f]{16,64}\u2026?$")

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
HEADER_SEARCH_ROWS = 10   # a title block above the header row is common in planners' sheets


@dataclass(frozen=True)
class ImportLimits:
    max_file_bytes: int = 10 * 1024 * 1024
    max_rows: int = 5000
    max_cell_chars: int = 4000
    max_columns: int = 100
    max_expanded_bytes: int = 100 * 1024 * 1024   # an XLSX unzipped


LIMITS = ImportLimits()


class MselImportError(PactlineError):
    """An MSEL file that cannot be imported; the message names the file and where in it.

    ``problems`` lists every row and column that was refused (empty when the
    file as a whole could not be read). Nothing was stored.
    """

    def __init__(self, source: str, message: str, problems: tuple = ()):
        self.source = source
        self.message = message
        self.problems = tuple(problems)
        super().__init__(f"{source}: {message}")


class MselExportError(PactlineError):
    def __init__(self, path: Path, reason: str):
        self.path = path
        super().__init__(tr("Cannot write {path}: {reason}").format(path=path, reason=reason))


@dataclass(frozen=True)
class SheetRow:
    number: int          # the row number a spreadsheet program shows (the header row included)
    cells: tuple         # one value per column of the table: str, or what an XLSX cell held


@dataclass
class MselTable:
    """A sheet as read: header names, data rows, and what the reader had to assume."""

    source: str
    kind: str                                  # "csv" | "xlsx"
    headers: list[str]
    rows: list[SheetRow]
    header_row: int
    notices: list[str] = field(default_factory=list)
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    ragged: list[tuple[int, int]] = field(default_factory=list)   # (row, cells) of CSV rows longer than the header
    header_width: int = 0


class MselReadCancelled(MselImportError):
    """The planner stopped the reading (the progress callback said so)."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    injects: int
    notices: tuple[str, ...] = ()


# -- export ---------------------------------------------------------------------------------
def export_rows(doc, *, relative_column: bool = True, typed: bool = False) -> list[list]:
    """The MSEL as rows (header first), chronological.

    *typed* (for XLSX) keeps severity a number and leaves empty cells None.
    """
    with doc.reading() as session:
        startex = session.get(ExerciseInfo, 1).startex
        injects = list(session.scalars(select(Inject).order_by(Inject.scenario_time, Inject.id)))
    points = branch_points(doc)
    branch_of = {o.id: (p.question, o.name) for p in points for o in p.outcomes}
    question_of = {p.id: p.question for p in points}
    keys = [k for k in EXPORT_HEADERS if relative_column or k != "scenario_relative"]
    # The additional fields follow as columns of their own names: a re-import keeps them again.
    additional = [inject.additional for inject in injects]
    extra_names = export_names(additional)
    rows: list[list] = [[EXPORT_HEADERS[k] for k in keys] + [neutralise(name) for name in extra_names]]
    for inject, fields in zip(injects, additional):
        values = {name: getattr(inject, name) for name in EXPORT_HEADERS if hasattr(Inject, name)}
        values["scenario_relative"] = format_relative(inject.scenario_time, startex, zone=UTC,
                                                      seconds=inject.scenario_time.second != 0)
        values["branch_point"], values["outcome"] = branch_of.get(inject.outcome_id, ("", ""))
        values["asks_branch_point_id"] = question_of.get(inject.asks_branch_point_id, "")
        row = []
        for key in keys:
            value = values[key]
            if value is None or value == "":
                value = None if typed else ""   # an XLSX cell is left empty rather than holding ""
            elif isinstance(value, datetime):
                value = format_stored(value)
            elif isinstance(value, int) and not typed:
                value = str(value)
            row.append(neutralise(value) if isinstance(value, str) else value)
        row += [neutralise(fields[name]) if fields.get(name) else (None if typed else "") for name in extra_names]
        rows.append(row)
    return rows


def export_msel(doc, path: Path | str, *, relative_column: bool = True) -> ExportReport:
    """Write the MSEL to *path* as CSV or XLSX (by suffix); the file appears whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise MselExportError(path, tr("the name must end in .csv or .xlsx"))
    xlsx = suffix in XLSX_SUFFIXES
    # Like everything Pactline prints or exports, the sheet carries the exercise marking
    # and the log's head (sealed first when the file is writable), in title rows above
    # the header: the importer skips them.
    notices: tuple[str, ...] = ()
    if not doc.read_only:
        try:
            seal_log(doc, reason="MSEL exported")
        except PactlineError as err:
            # The sheet is still worth writing: it carries the head, and the log still ends with it.
            notices = (tr("The log's head could not be sealed in the exercise ({err})").format(err=err),)
    rows = [[marking_line(doc)], [log_head(doc).text()],
            *export_rows(doc, relative_column=relative_column, typed=xlsx)]
    try:
        with atomic_output(path) as tmp:
            if xlsx:
                replaced = write_xlsx(rows, tmp, header_row=TITLE_ROWS + 1)
                if replaced:
                    notices += (plural(replaced, "{0} control character that XLSX cannot hold was written as \ufffd",
                                      "{0} control characters that XLSX cannot hold were written as \ufffd"),)
            else:
                write_bytes(tmp, write_csv(rows))
    except OutputError as err:
        raise MselExportError(err.path, err.reason) from None
    return ExportReport(path, len(rows) - TITLE_ROWS - 1, notices)


def marking_line(doc) -> str:
    with doc.reading() as session:
        classification = session.get(ExerciseInfo, 1).classification
    return f"{MARKING} — {classification}"


def _is_marking(cells: tuple) -> bool:
    """A title row Pactline writes: the marking, or the log's head."""
    filled = [c for c in cells if not _blank(c)]
    return len(filled) == 1 and isinstance(filled[0], str) and (filled[0].strip().upper().startswith(_MARKINGS)
                                                                 or bool(_LOG_HEAD.match(filled[0])))


# -- reading --------------------------------------------------------------------------------
def file_kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in JSON_SUFFIXES:
        return "json"
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    return "json" if looks_like_json(head) else "csv"


def read_msel(path: Path | str, *, sheet: str | None = None, limits: ImportLimits = LIMITS,
              header_row: int | None = None, progress=None) -> MselTable:
    """Read a CSV, XLSX or JSON file into a table; raises MselImportError naming what is wrong and where.

    *header_row* is the sheet row of the column names (0: the sheet has none, its columns are
    named A, B, C…); None finds it among the first rows. *progress(done, total)* is called while a
    workbook is read (see workbook.read_sheet); returning False stops with MselReadCancelled.
    """
    path = Path(path)
    source = path.name
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            found, limit = size_text(size), size_text(limits.max_file_bytes)
            if found == limit:
                found, limit = tr("{0:,} bytes").format(size), tr("{0:,} bytes ({1})").format(limits.max_file_bytes, limit)
            raise MselImportError(source, tr("the file is {found}; at most {limit} can be imported")
                                             .format(found=found, limit=limit))
        with path.open("rb") as handle:
            head = handle.read(4)
        kind = file_kind(path, head)
        if kind == "json":
            records, notices = json_records(path.read_bytes())
            sheets: list[str] = []
            title = None
            header_row = 1 if header_row is None else header_row   # the keys, always
        elif kind == "csv":
            records, notices = _csv_records(path.read_bytes(), source)
            sheets = []
            title = None
        else:
            # A sheet formatted down to row 1,048,576 is read only as far as the import could go.
            enough = (header_row or HEADER_SEARCH_ROWS) + limits.max_rows + 1
            title, sheets, records, wider = read_sheet(path, sheet, max_columns=limits.max_columns,
                                                       max_expanded_bytes=limits.max_expanded_bytes,
                                                       max_records=enough, progress=progress)
            notices = [(tr("Only the first {max_columns} columns were read")
                           .format(max_columns=limits.max_columns))] if wider else []
            if len(sheets) > 1:
                notices.append((tr("Sheet '{title}' was read (the workbook has {0} sheets)")
                                   .format(len(sheets), title=title)))
    except ReadCancelled:
        raise MselReadCancelled(source, tr("reading was cancelled; nothing was imported")) from None
    except OSError as err:
        raise MselImportError(source, tr("the file cannot be read ({0})").format(err.strerror or err)) from None
    except (CsvFormatError, XlsxFormatError, JsonMselError) as err:
        raise MselImportError(source, tr("the file {err}").format(err=err)) from None
    table = _table(source, kind, records, notices, limits, header_row)
    table.sheet, table.sheets = title, sheets
    return table


def _csv_records(data: bytes, source: str) -> tuple[list[tuple[int, tuple]], list[str]]:
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise MselImportError(source, tr("the file contains a NUL byte at line {line}: it is not CSV text (a "
                                         "workbook saved under a .csv name?)").format(line=line))
    text, notice = decode(data)
    delimiter = sniff_delimiter(text)
    records = read_records(text, delimiter)
    notices = [notice] if notice else []
    if delimiter != ",":
        notices.append(tr(DELIMITER_NOTICES[delimiter]))
    rows = [(number, tuple(record)) for number, record in enumerate(records, start=1)
            if any(cell.strip() for cell in record)]
    return rows, notices


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_index(records: list[tuple[int, tuple]]) -> int:
    """Which of the first rows is the header: the one whose names are recognised most."""
    best, best_count = 0, 0
    for index, (_number, cells) in enumerate(records[:HEADER_SEARCH_ROWS]):
        names = ["" if _blank(c) else str(c) for c in cells]
        count = sum(1 for f in guess_mapping(names).values() if f is not None)
        if count > best_count:
            best, best_count = index, count
    return best


def _chosen_header(source: str, records: list[tuple[int, tuple]], header_row: int | None) -> int:
    if header_row is None:
        return _header_index(records)
    for index, (number, _cells) in enumerate(records):
        if number == header_row:
            return index
    raise MselImportError(source, tr("row {header_row}, chosen as the header row, is empty or beyond the end of the "
                                     "sheet")
                                     .format(header_row=header_row))


def _table(source: str, kind: str, records: list[tuple[int, tuple]], notices: list[str],
           limits: ImportLimits, header_row: int | None = None) -> MselTable:
    if not records:
        raise MselImportError(source, tr("the file is empty (no header row, no injects)"))
    if header_row == 0:   # no header: every row is data, the columns go by their letters
        width = max((c + 1 for _n, cells in records for c, v in enumerate(cells) if not _blank(v)), default=1)
        records = [(0, tuple(column_letter(c) for c in range(width))), *records]
        header_index = 0
        notices.append(tr("The sheet has no header row: its columns are named by their letters"))
    else:
        header_index = _chosen_header(source, records, header_row)
    header_number, header_cells = records[header_index]
    if header_index and not all(_is_marking(cells) for _n, cells in records[:header_index]):
        first = records[0][0]
        notices.append((tr("Rows {first}-{0} above the header (row {header_number}) were skipped")
                           .format(header_number - 1, first=first, header_number=header_number))
                       if header_number - 1 > first else (tr("Row {first} above the header (row {header_number}) was "
                                                             "skipped")
                                                             .format(first=first, header_number=header_number)))
    data = records[header_index + 1:]
    if len(data) > limits.max_rows:
        # An XLSX is read only a little beyond the limit: its real row count is not known.
        counted = (tr("more than {max_rows:,} rows").format(max_rows=limits.max_rows) if kind == "xlsx"
                   else tr("{0:,} rows").format(len(data)))
        raise MselImportError(source, tr("the file has {counted} of injects; at most {max_rows:,} can be imported at "
                                         "once (split the MSEL into several files)")
                                         .format(counted=counted, max_rows=limits.max_rows))
    width = max([len(header_cells), *(len(cells) for _n, cells in data)])
    if width > limits.max_columns:
        raise MselImportError(source, tr("the file has {width} columns; at most {max_columns} can be read")
                                         .format(width=width, max_columns=limits.max_columns))
    # Trailing columns with neither a name nor data are spreadsheet noise.
    # (Each row once, from its end: a workbook row comes padded to the widest column read.)
    width = max((_filled_width(cells) for _n, cells in [(header_number, header_cells), *data]), default=0)
    headers = []
    for column in range(width):
        name = header_cells[column] if column < len(header_cells) else None
        headers.append(_header_text(name, column))
    rows = [SheetRow(number, tuple(cells[:width]) + (None,) * (width - len(cells))) for number, cells in data]
    # In CSV a record longer than its header usually means a delimiter inside an unquoted cell.
    ragged = [(number, len(cells)) for number, cells in data if kind == "csv" and len(cells) > len(header_cells)
              and any(not _blank(c) for c in cells[len(header_cells):])]
    return MselTable(source, kind, headers, rows, header_number, notices, ragged=ragged,
                     header_width=len(header_cells))


def _filled_width(cells: tuple) -> int:
    for index in range(len(cells) - 1, -1, -1):
        if not _blank(cells[index]):
            return index + 1
    return 0


def _header_text(value, column: int) -> str:
    if _blank(value):
        return f"(column {column_letter(column)})"
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def column_letter(column: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names the column."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
