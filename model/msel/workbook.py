"""MSEL as an Excel workbook (openpyxl): written with a bold, frozen header; read in read-only mode.

A workbook is untrusted input: its size once unzipped is checked before
openpyxl parses it, and any failure inside the parser becomes an
:class:`XlsxFormatError` that says what is wrong with the file.
"""
from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path

from model.storage.file_output import write_bytes
from model.i18n import tr


REPLACEMENT = "\ufffd"
_WIDE = {"Synopsis": 60, "Expected Player Action": 40, "Notes": 30}


def size_text(size: int) -> str:
    """``10.0 MB``, ``812 KB``: a file size as a planner reads it (1 MB = 1024 KB)."""
    if size >= 1024 * 1024:
        return tr("{0:,.1f} MB").format(size / (1024 * 1024))
    return tr("{0:,.0f} KB").format(max(size, 1) / 1024) if size >= 1024 else tr("{0:,} bytes").format(size)


class XlsxFormatError(ValueError):
    """The file is not a workbook Pactline can read; the message says why."""


def write_xlsx(rows: Sequence[Sequence], path: Path, *, sheet_title: str = "MSEL", header_row: int = 1) -> int:
    """Write *rows* to one sheet, the header at *header_row* (1-based; rows above it are a
    title block such as the exercise marking); returns how many control characters had to be replaced.

    XML cannot hold most control characters, so they become U+FFFD; and an
    XML reader turns CR LF into LF, so line breaks are written as LF (as
    Excel does) and read back exactly as written.
    """
    # openpyxl is imported here, not at the top: it costs ~0.1 s of every start-up otherwise.
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    replaced = 0
    for values in rows:
        clean = []
        for value in values:
            if isinstance(value, str):
                value, count = ILLEGAL_CHARACTERS_RE.subn(REPLACEMENT, value.replace("\r\n", "\n")
                                                          .replace("\r", "\n"))
                replaced += count
            clean.append(value)
        sheet.append(clean)
    if len(rows) >= header_row:
        bold = Font(bold=True)
        for row in range(1, header_row):
            sheet.cell(row=row, column=1).font = bold
        for column, header in enumerate(rows[header_row - 1], start=1):
            cell = sheet.cell(row=header_row, column=column)
            cell.font = bold
            cell.alignment = Alignment(vertical="top")
            sheet.column_dimensions[get_column_letter(column)].width = _WIDE.get(header, max(12, len(header) + 4))
        sheet.freeze_panes = f"A{header_row + 1}"
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(sheet.max_column)}{sheet.max_row}"
    for row in sheet.iter_rows(min_row=header_row + 1):
        for cell in row:
            if cell.data_type == "f":   # never: every text cell was neutralised before it came here
                cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)     # in memory: openpyxl leaves its archive open when a file write fails
    write_bytes(path, buffer.getvalue())
    return replaced


def check_archive(path: Path, max_expanded_bytes: int) -> None:
    """Refuse what is not a zip, or what would unpack to more than *max_expanded_bytes*."""
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
        raise XlsxFormatError(tr("is not an Excel workbook (not a readable zip archive: {err})")
                                 .format(err=err)) from None
    if "[Content_Types].xml" not in names:
        raise XlsxFormatError(tr("is a zip archive but not an Excel workbook (no [Content_Types].xml)"))
    if expanded > max_expanded_bytes:
        raise XlsxFormatError(tr("would unpack to {0}; at most {1} can be read")
                                 .format(size_text(expanded), size_text(max_expanded_bytes)))


def _describe(err: Exception) -> str:
    text = str(err).strip() or type(err).__name__
    return text if len(text) <= 160 else text[:160] + "…"


class ReadCancelled(Exception):
    """The reader's progress callback asked it to stop."""


PROGRESS_EVERY = 250   # rows between two progress calls: cheap, and often enough for a progress bar


def read_sheet(path: Path, sheet: str | None, *, max_columns: int, max_expanded_bytes: int,
               max_records: int | None = None, progress=None) -> tuple[str, list[str], list[tuple[int, tuple]], bool]:
    """(sheet title, all sheet titles, (row number, cell values) per non-blank row, more columns than read).

    Rows are streamed (model/msel/xlsx_rows.py) and reading stops after *max_records* non-blank rows;
    each row is as wide as its last filled cell.
    *progress* (rows read so far, *max_records*) is called every few hundred rows, from the reading
    thread; when it returns False reading stops with ReadCancelled.

    Cells come as openpyxl's read-only mode gives them: str, int, float, bool, datetime, date,
    time, timedelta or None; a formula gives its last calculated value.
    """
    check_archive(path, max_expanded_bytes)
    stream = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # openpyxl warns about styles, extensions and dates it skips
            from model.msel.xlsx_rows import SheetStream

            stream = SheetStream(path)
            titles = stream.titles
            if not titles:
                raise XlsxFormatError(tr("has no worksheet"))
            if sheet is not None and sheet not in titles:
                raise XlsxFormatError(tr("has no sheet named '{sheet}' (its sheets: {0})").format(', '.join(titles), sheet=sheet))
            title = sheet if sheet is not None else titles[0]
            # The rows really there are read, whatever size the sheet states.
            rows, wider = [], False
            for number, values, beyond in stream.rows(title, max_columns):
                wider = wider or beyond
                if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                    continue
                rows.append((number, values))
                if max_records is not None and len(rows) >= max_records:
                    break
                if progress is not None and len(rows) % PROGRESS_EVERY == 0 and not progress(len(rows),
                                                                                                max_records):
                    raise ReadCancelled()
        return title, titles, rows, wider
    except (XlsxFormatError, ReadCancelled):
        raise
    except Exception as err:  # noqa: BLE001 - any failure of the parser on a damaged file is the file's fault
        raise XlsxFormatError(tr("cannot be read as an Excel workbook ({name__}: {0})")
                                 .format(_describe(err), name__=type(err).__name__)) from None
    finally:
        if stream is not None:
            try:
                stream.close()
            except Exception:  # noqa: BLE001 - closing a damaged archive must not hide the real message
                pass
