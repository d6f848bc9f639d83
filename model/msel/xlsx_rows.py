"""The cell values of one workbook sheet, streamed with fewer Python steps per cell than openpyxl's worksheets.

openpyxl's read-only worksheet parses a whole sheet once just to size it when
the sheet states no dimension (as openpyxl's own write-only files do), builds a
rich-text object per inline string and a dict per cell, and pads every row to
the widest column asked for. Here openpyxl still opens the workbook (content
types, sheet names, shared strings, date formats) and its own helpers convert
numbers and dates, but each row is read in one pass into a tuple only as wide
as its last cell. The values are the ones openpyxl's ``iter_rows(values_only=True)``
gives: tests/test_msel_xlsx_rows.py compares both on every corpus workbook.
openpyxl is pinned (requirements.txt): this module follows its 3.1 reader.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet._reader import _cast_number
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from model.i18n import tr

_ROW = f"{{{SHEET_MAIN_NS}}}row"
_VALUE = f"{{{SHEET_MAIN_NS}}}v"
_INLINE = f"{{{SHEET_MAIN_NS}}}is"
_TEXT = f"{{{SHEET_MAIN_NS}}}t"
_RUN = f"{{{SHEET_MAIN_NS}}}r"
_STRING = f"{{{SHEET_MAIN_NS}}}si"
_DIGITS = "0123456789"


def text_content(node) -> str:
    """A string item's text without its formatting: the plain text, then each run's (phonetic runs left out),
    as openpyxl's ``Text.content``."""
    parts = []
    for child in node:
        if child.tag == _TEXT:
            parts.append(child.text or "")
        elif child.tag == _RUN:
            run = child.find(_TEXT)
            if run is not None:
                parts.append(run.text or "")
    return "".join(parts)


def _shared_strings(source) -> list[str]:
    strings = []
    for _event, node in iterparse(source):
        if node.tag == _STRING:
            strings.append(text_content(node).replace("x005F_", ""))
            node.clear()
    return strings


class SheetStream:
    """An opened workbook: its sheet titles, and ``rows(title)`` streaming one sheet."""

    def __init__(self, path: Path):
        self._reader = reader = ExcelReader(str(path), read_only=True, data_only=True, keep_links=False)
        try:
            reader.read_manifest()
            strings = reader.package.find(SHARED_STRINGS)
            if strings is not None:
                with reader.archive.open(strings.PartName[1:]) as source:
                    reader.shared_strings = _shared_strings(source)
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            # Chart sheets hold no cells: openpyxl's worksheets leave them out too.
            self._targets = {sheet.name: rel.target for sheet, rel in reader.parser.find_sheets()
                             if rel.target in reader.valid_files and "chartsheet" not in rel.Type}
        except BaseException:
            reader.archive.close()
            raise
        self.titles = list(self._targets)

    def close(self) -> None:
        self._reader.archive.close()

    def rows(self, title: str, max_columns: int) -> Iterator[tuple[int, tuple, bool]]:
        """(row number, values of columns 1..max_columns up to the last one filled, whether a cell beyond
        *max_columns* holds something), for each row the sheet writes."""
        wb = self._reader.wb
        strings, epoch = self._reader.shared_strings, wb.epoch
        dates, durations = wb._date_formats, wb._timedelta_formats
        columns: dict[str, int] = {}
        row_number = 0
        with self._reader.archive.open(self._targets[title]) as source:
            for _event, element in iterparse(source):
                if element.tag != _ROW:
                    continue
                number = element.get("r")
                row_number = _row_number(number) if number is not None else row_number + 1
                values: list = []
                wider = False
                column = 0
                for cell in element:
                    reference = cell.get("r")
                    if reference:
                        letters = reference.rstrip(_DIGITS)
                        column = columns.get(letters) or columns.setdefault(letters,
                                                                             column_index_from_string(letters))
                    else:
                        column += 1
                    value = _value(cell, strings, epoch, dates, durations, reference)
                    if value is None:
                        continue
                    if column > max_columns:
                        wider = True
                        continue
                    if column > len(values):
                        values.extend([None] * (column - len(values)))
                    values[column - 1] = value
                element.clear()
                yield row_number, tuple(values), wider


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise ValueError(tr("{0} is not a valid row number").format(text)) from None
        return int(number)


def _value(cell, strings, epoch, dates, durations, reference):
    """One cell as openpyxl's read-only parser gives it with data_only (a formula: its last calculated value)."""
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        child = cell.find(_INLINE)
        return text_content(child) if child is not None else None
    value = cell.findtext(_VALUE, None) or None
    if value is None:
        return None
    if kind == "n":
        value = _cast_number(value)
        style = cell.get("s", 0)
        style = int(style) if style else 0
        if style in dates:
            try:
                return from_excel(value, epoch, timedelta=style in durations)
            except (OverflowError, ValueError):
                warnings.warn(f"Cell {reference} is marked as a date but the serial value {value} is outside the "
                              f"limits for dates. The cell will be treated as an error.")
                return "#VALUE!"
        return value
    if kind == "s":
        return strings[int(value)]
    if kind == "b":
        return bool(int(value))
    if kind == "d":
        return from_ISO8601(value)
    return value     # "str" (a formula's text), "e" (an error such as #N/A)
