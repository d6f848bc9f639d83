"""MSEL as CSV text: written as UTF-8 with a BOM (Excel reads the accents right), read however a planner saved it.

Reading guesses the delimiter (``,`` ``;`` or tab) and the encoding (UTF-8
with or without BOM, UTF-16 with BOM, else Windows-1252 with a notice).
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections import Counter
from collections.abc import Sequence

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_SNIFF_RECORDS = 30


class CsvFormatError(ValueError):
    """The bytes are not CSV text Pactline can read; the message says where."""


def write_csv(rows: Sequence[Sequence[str]]) -> bytes:
    """Rows of text (the header first) as CSV bytes: UTF-8 with BOM, CRLF, quoted where needed."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of *data* and, when it was not UTF-8, a notice saying how it was read."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), None
            except UnicodeDecodeError as err:
                raise CsvFormatError(f"starts as {codec.upper()} text but byte {err.start + len(bom)} "
                                     f"(line {_line_of(data, err.start + len(bom))}) is not valid "
                                     f"{codec.upper()}") from None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as utf8_error:
        where = utf8_error.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise CsvFormatError(f"is neither UTF-8 nor Windows-1252 text (byte 0x{data[err.start]:02X} at line "
                             f"{_line_of(data, err.start)} means nothing in either); save it as "
                             f"\"CSV UTF-8\"") from None
    return text, (f"The file is not UTF-8 (first at line {_line_of(data, where)}); it was read as Windows-1252. "
                  f"Check accented letters in the preview.")


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent, widest rows."""
    best, best_score = ",", (False, 0, 0)
    for delimiter in DELIMITERS:
        try:
            records = list(itertools.islice(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter),
                                            _SNIFF_RECORDS))
        except csv.Error:
            continue
        widths = Counter(len(r) for r in records if any(cell.strip() for cell in r))
        if not widths:
            continue
        # The commonest width that splits rows at all: one-cell title rows above the
        # header (the marking, the log's head) must not outvote a short MSEL.
        score = max((width > 1, frequency, width) for width, frequency in widths.items())
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_records(text: str, delimiter: str) -> list[list[str]]:
    """Every record of *text*; record *n* (from 1) is what a spreadsheet shows as row *n*."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as err:
        row = len(records) + 1
        if "field limit" in str(err):
            raise CsvFormatError(f"row {row} (line {reader.line_num}) has a cell longer than "
                                 f"{csv.field_size_limit():,} characters") from None
        raise CsvFormatError(f"cannot be read as CSV at line {reader.line_num} (row {row}): {err}") from None
    return records
