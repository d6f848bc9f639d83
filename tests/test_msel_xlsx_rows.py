"""The streamed sheet reader gives the values openpyxl's read-only worksheets give, on every workbook we have."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from model.msel.spreadsheets import read_msel
from model.msel.xlsx_rows import SheetStream

FIXTURES = Path(__file__).parent / "fixtures"
WORKBOOKS = sorted(FIXTURES.rglob("*.xlsx"))


def openpyxl_rows(path: Path) -> dict[str, list[tuple[int, tuple]]]:
    """What openpyxl's own read-only worksheets give: each row with a value, trimmed of trailing empty cells."""
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        sheets = {}
        for worksheet in workbook.worksheets:
            worksheet.reset_dimensions()
            rows = []
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                values = list(values)
                while values and values[-1] is None:
                    values.pop()
                if values:
                    rows.append((number, tuple(values)))
            sheets[worksheet.title] = rows
        return sheets
    finally:
        workbook.close()


def streamed_rows(path: Path) -> dict[str, list[tuple[int, tuple]]]:
    stream = SheetStream(path)
    try:
        return {title: [(number, values) for number, values, _wider in stream.rows(title, 16_384) if values]
                for title in stream.titles}
    finally:
        stream.close()


def every_kind_of_cell(path: Path) -> Path:
    """Shared and inline strings, rich text, numbers, dates, times, durations, booleans, formulas, errors, gaps."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Cells"
    sheet.append(["Text", 7, 2.5, dt.datetime(2026, 3, 2, 9, 30), dt.date(2026, 3, 3), dt.time(11, 0),
                  dt.timedelta(hours=30), True, False, "=1+1", None, "x005F_ escaped"])
    sheet.append([None, None, "after a gap"])
    sheet.cell(row=6, column=30, value="far right")
    sheet["B7"] = "#N/A"
    sheet["B7"].data_type = "e"
    sheet["A8"] = CellRichText(["plain ", TextBlock(InlineFont(b=True), "bold"), " end"])
    workbook.create_sheet("Empty")
    workbook.save(path)
    return path


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_every_fixture_workbook_streams_as_openpyxl_reads_it(path):
    assert streamed_rows(path) == openpyxl_rows(path)


def test_every_kind_of_cell_streams_as_openpyxl_reads_it(tmp_path):
    path = every_kind_of_cell(tmp_path / "cells.xlsx")
    streamed = streamed_rows(path)
    assert list(streamed) == ["Cells", "Empty"]
    assert streamed == openpyxl_rows(path)
    assert streamed["Cells"][0][1][3:8] == (dt.datetime(2026, 3, 2, 9, 30), dt.datetime(2026, 3, 3),
                                             dt.time(11, 0), dt.timedelta(hours=30), True)


def test_a_write_only_workbook_of_inline_strings_streams_as_openpyxl_reads_it(tmp_path):
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("MSEL")
    sheet.append(["InjectID", "ScheduledTime", "Description"])
    for n in range(300):
        sheet.append([n + 1, 900 + n, f"update {n}"] + ([None, "remark"] if n % 7 == 0 else []))
    path = tmp_path / "inline.xlsx"
    workbook.save(path)
    assert streamed_rows(path) == openpyxl_rows(path)


def test_a_1904_workbook_reads_its_dates_from_its_own_epoch(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.epoch = openpyxl.utils.datetime.MAC_EPOCH
    workbook.active.append([dt.datetime(2026, 3, 2, 9, 30)])
    path = tmp_path / "mac.xlsx"
    workbook.save(path)
    assert streamed_rows(path) == openpyxl_rows(path) == {"Sheet": [(1, (dt.datetime(2026, 3, 2, 9, 30),))]}


def test_a_cell_beyond_the_columns_read_is_noticed(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Time", "Message"])
    workbook.active.append(["D+0 09:00", "m"])
    workbook.active.cell(row=2, column=101, value="far")
    path = tmp_path / "wide.xlsx"
    workbook.save(path)
    table = read_msel(path)
    assert table.notices[0] == "Only the first 100 columns were read"
    assert table.headers == ["Time", "Message"] and table.rows[0].cells == ("D+0 09:00", "m")
