"""Property tests: whatever bytes or cells an MSEL file holds, the import never crashes and never half-writes.

Each example either imports every row (the MSEL grows by exactly that many
injects) or raises MselImportError whose message starts with the file name,
and then the database is byte-for-byte what it was (a sqlite3 dump compare).
"""
from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from model.conduct_entities import Inject
from model.msel.columns import EXPORT_HEADERS, SYNONYMS
from model.msel.importing import import_msel_file
from model.msel.spreadsheets import MselImportError, export_msel
from model.msel.options import ImportOptions
from model.msel.values import INJECT_TYPE_VALUES, VOCABULARY_FIELDS, guess_value, key
from model.services import injects
from model.timeutil import utc

from conftest import without_msel
from tests.support import dump


@pytest.fixture
def default_doc(default_doc):
    """These tests write their own MSEL: start from the default exercise without its shipped one."""
    return without_msel(default_doc)

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
TIMES = ["D+1 14:00", "D+1 25:00", "D-3 00:00", "D+999 23:59", "T+26h", "T+26:30", "T+9999h", "H+2", "H-2:61",
         "Tue 14:00", "Sun 24:00", "2026-03-03T14:00Z", "2026-03-03T14:00", "9999-12-31T23:59-05:00",
         "0001-01-01T00:00+01:00", "tomorrow", "", " ", "'=D+1 10:00",
         # the notations real sheets use, and their near misses
         "11:00", "11:00:00", "0700", "2400", "1160", "07:29 PM", "13:00 PM", "Monday 9:30 AM", "lundi 09h30",
         "210900AUG2011", "210900ZAUG11", "320900ZAUG11", "210900QFOO11", "Day 2 0930", "Day 0", "D2 09:30",
         "D999 23:59", "E+1:30", "H+2", "J-1", "J+999", "T-30 min", "T+9999 d", "45000.5", "0.75", "99999999.9",
         "0930Z", "21 Aug 2011", "31 Feb 2011", "2026-03-02", "2026-03-02 14:00",
         "3/2/2026 9:30 AM", "13/13/2026", "02.03.26 07:15", "2/30/2026"]
# The words of real sheets' vocabulary columns, in the case a value map is keyed by (see values.key).
VOCABULARY_WORDS = ["contextual", "administrative", "player action", "expected action", "controller action",
                    "contingency", "high", "low", "moderate", "critical", "e-mail", "telephone", "vtc", "parcel",
                    "incident", "message", "s3", "3", "cyber", ""]
HEADERS = sorted({*EXPORT_HEADERS.values(), *(s for names in SYNONYMS.values() for s in names)})


def inject_count(doc) -> int:
    with doc.reading() as session:
        return session.scalar(select(func.count()).select_from(Inject))


OPTIONS = st.builds(ImportOptions, day_less=st.sampled_from(["D+0", "D+n", "previous"]),
                    day=st.integers(-400, 400), zone=st.sampled_from(["UTC", "Europe/Rome", "Pacific/Kiritimati"]),
                    shift_to_startex=st.booleans(), window_from_sheet=st.booleans(),
                    header_row=st.sampled_from([None, None, 0, 1, 2, 40]), renumber=st.booleans(),
                    keep_sheet_numbers=st.booleans(),
                    value_maps=st.dictionaries(
                        st.sampled_from(VOCABULARY_FIELDS),
                        st.dictionaries(st.sampled_from(VOCABULARY_WORDS), st.one_of(
                            st.sampled_from([*INJECT_TYPE_VALUES, "missile_strike", "cyber_attack", "Email"]),
                            st.integers(-1, 7), st.text(max_size=8)), max_size=4), max_size=3))


def attempt(doc, path: Path, **kwargs) -> None:
    """Import *path*: all rows or nothing, and only MselImportError (naming the file) as a refusal."""
    before, count = dump(doc), inject_count(doc)
    try:
        report, plan = import_msel_file(doc, path, **kwargs)
    except MselImportError as err:
        assert str(err).startswith(f"{path.name}: ") and err.message.strip()
        for problem in err.problems:
            assert str(problem).startswith(("row ", "no column", "columns ", "there are no rows")), str(problem)
        assert dump(doc) == before, "a refused import wrote to the exercise"
        return
    assert plan.valid
    assert inject_count(doc) == count + len(plan.rows) == count + len(report.ids)


# -- CSV --------------------------------------------------------------------------------------
@FUZZ
@given(data=st.binary(max_size=3000))
def test_any_bytes_as_csv(default_doc, tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    attempt(default_doc, path)


cells = st.one_of(st.sampled_from(TIMES), st.text(max_size=40), st.sampled_from(["1", "3", "S5", "7", "-1", "x"]),
                  st.sampled_from(["Contextual", "Player Action", "HIGH", "Moderate", "E-mail", "Telephone"]),
                  st.sampled_from(["incident", "message", "contingency", "missile_strike", "Cyber attack on "
                                   "critical infrastructure", "nope", '"', '""', "\n", "\r\n", ";", ",", "\t"]))


@FUZZ
@given(header=st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=12)), min_size=1, max_size=8),
       rows=st.lists(st.lists(cells, max_size=9), max_size=12),
       delimiter=st.sampled_from([",", ";", "\t", "|"]),
       quoting=st.sampled_from(["csv", "raw"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]),
       cut=st.one_of(st.none(), st.integers(min_value=0, max_value=4000)), options=OPTIONS)
def test_malformed_csv_text(default_doc, tmp_path, header, rows, delimiter, quoting, encoding, cut, options):
    if quoting == "csv":
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
        text = buffer.getvalue()
    else:   # unbalanced quotes, delimiters inside cells: what a hand-edited file may hold
        text = "\n".join(delimiter.join(row) for row in [header, *rows])
    data = text.encode(encoding, errors="replace")
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data if cut is None else data[:cut])
    attempt(default_doc, path, options=options)


# -- XLSX -------------------------------------------------------------------------------------
xlsx_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
xlsx_cells = st.one_of(
    st.none(), xlsx_text, st.sampled_from(TIMES), st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.dates(min_value=datetime(1900, 3, 1).date()), st.times(),
    st.timedeltas(min_value=timedelta(days=-3000), max_value=timedelta(days=3000)),
)


@FUZZ
@given(header=st.lists(st.one_of(st.sampled_from(HEADERS), xlsx_text, st.integers()), min_size=1, max_size=8),
       rows=st.lists(st.lists(xlsx_cells, max_size=9), max_size=10),
       title_rows=st.integers(min_value=0, max_value=3), options=OPTIONS)
def test_random_cells_and_types_in_a_workbook(default_doc, tmp_path, header, rows, title_rows, options):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for _ in range(title_rows):
        sheet.append(["MSEL draft"])
    path = tmp_path / "fuzz.xlsx"
    try:
        for row in [header, *rows]:
            sheet.append(row)
        workbook.save(path)
    except (ValueError, TypeError, OverflowError):
        assume(False)   # openpyxl itself cannot write this workbook: nothing to import
    attempt(default_doc, path, options=options)


@cache
def valid_workbook(folder: Path) -> bytes:
    from model.default_exercise import create_default_exercise

    doc = without_msel(create_default_exercise(folder / "source.pactline"))
    try:
        injects.create_injects(doc, entries=[
            dict(scenario_time=utc(2026, 3, 2, 8 + n), synopsis=f"=inject {n}", severity=n % 5 + 1)
            for n in range(6)])
        export_msel(doc, folder / "valid.xlsx")
    finally:
        doc.close()
    return (folder / "valid.xlsx").read_bytes()


@pytest.fixture(scope="module")
def workbook_bytes(tmp_path_factory) -> bytes:
    return valid_workbook(tmp_path_factory.mktemp("workbook"))


@FUZZ
@given(cut=st.integers(min_value=0, max_value=20_000),
       flips=st.lists(st.tuples(st.integers(min_value=0, max_value=20_000), st.integers(0, 255)), max_size=6))
def test_truncated_or_damaged_workbook_bytes(default_doc, tmp_path, workbook_bytes, cut, flips):
    data = bytearray(workbook_bytes[:cut] if cut < len(workbook_bytes) else workbook_bytes)
    for position, value in flips:
        if position < len(data):
            data[position] = value
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    attempt(default_doc, path)


@FUZZ
@given(member=st.sampled_from(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                               "xl/styles.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels"]),
       content=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode),
                         st.sampled_from([b"", b"<x/>", b"<?xml version='1.0'?><worksheet><sheetData><row r='9999999'>"
                                          b"<c r='A1' t='s'><v>99</v></c></row></sheetData></worksheet>"])))
def test_a_workbook_with_a_garbage_part(default_doc, tmp_path, workbook_bytes, member, content):
    """Well-formed zip, rotten inside: each part openpyxl reads replaced by garbage."""
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes))
    path = tmp_path / "rotten.xlsx"
    with zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == member else source.read(info.filename))
    attempt(default_doc, path)


def test_the_fuzz_harness_sees_a_successful_import(default_doc, tmp_path, workbook_bytes):
    """The property tests are only meaningful if a good file does import through the same harness."""
    path = tmp_path / "good.xlsx"
    path.write_bytes(workbook_bytes)
    count = inject_count(default_doc)
    attempt(default_doc, path)
    assert inject_count(default_doc) == count + 6


@FUZZ
@given(types=st.lists(st.sampled_from(["Contextual", "Administrative", "Player Action", "Contingency", "Message",
                                       "Expected Action", "Controller Action"]), min_size=1, max_size=10),
       severities=st.lists(st.sampled_from(["high", "Low", "moderate", "S2", "4", "Critical", ""]), min_size=10,
                           max_size=10),
       chosen=st.dictionaries(st.sampled_from(["contextual", "administrative", "player action", "contingency"]),
                              st.sampled_from(["message", "contingency"]), max_size=4))
def test_value_maps_decide_what_each_vocabulary_cell_becomes(default_doc, tmp_path, types, severities, chosen):
    """The planner's choice where there is one, Pactline's guess elsewhere; never a half-written import."""
    rows = [["Time", "Event Type", "Severity", "Description"]]
    rows += [[f"D+0 {8 + i:02d}:00", kind, severities[i], f"inject {i}"] for i, kind in enumerate(types)]
    path = tmp_path / "vocabulary.csv"
    path.write_text("\n".join(",".join(row) for row in rows), encoding="utf-8")
    before = inject_count(default_doc)
    options = ImportOptions(value_maps={"inject_type": chosen})
    report, plan = import_msel_file(default_doc, path, mapping={0: "scenario_time", 1: "inject_type",
                                                                2: "severity", 3: "synopsis"}, options=options)
    assert inject_count(default_doc) == before + len(types)
    with default_doc.reading() as session:
        stored = [session.get(Inject, i) for i in report.ids]
    for inject, kind, severity in zip(stored, types, severities):
        wanted = chosen.get(key(kind), guess_value("inject_type", kind, {}))
        assert inject.inject_type == wanted
        assert inject.severity == (guess_value("severity", severity, {}) if severity else None)
