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
from model.i18n import QT_TR_NOOP, tr

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
# The import's notice for a sheet not separated by commas (translated where it is shown).
DELIMITER_NOTICES = {";": QT_TR_NOOP("Columns are separated by semicolons"),
                     "\t": QT_TR_NOOP("Columns are separated by tabs")}
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
                raise CsvFormatError(tr("starts as {0} text but byte {1} (line {2}) is not valid {0}")
                                        .format(codec.upper(), err.start + len(bom),
                                                _line_of(data, err.start + len(bom)))) from None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as utf8_error:
        where = utf8_error.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise CsvFormatError(tr("is neither UTF-8 nor Windows-1252 text (byte 0x{0:02X} at line {1} means nothing in "
                                "either); save it as \"CSV UTF-8\"")
                                .format(data[err.start], _line_of(data, err.start))) from None
    return text, (tr("The file is not UTF-8 (first at line {0}); it was read as Windows-1252. Check accented "
                     "letters in the preview.").format(_line_of(data, where)))


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
            raise CsvFormatError(tr("row {row} (line {line_num}) has a cell longer than {0:,} characters")
                                    .format(csv.field_size_limit(), row=row, line_num=reader.line_num)) from None
        raise CsvFormatError(tr("cannot be read as CSV at line {line_num} (row {row}): {err}")
                                .format(line_num=reader.line_num, row=row, err=err)) from None
    return records
