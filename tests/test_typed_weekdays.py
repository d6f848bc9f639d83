"""Weekday names typed in English or Italian (``Mon 09:30``, ``lunedì 09:30``, ``lun 09:30``) are read
alike by the time fields and by the MSEL import, and a weekday shown follows the language."""
from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest

from model import i18n
from model.i18n import weekday_abbr, weekday_number
from model.msel.importing import import_msel_file
from model.msel.options import ImportOptions
from model.reltime import TimeFormatError, parse_time
from model.timeutil import UTC, utc

from conftest import without_msel

STARTEX = utc(2026, 3, 2, 6)      # a Monday, as the default exercise's


@pytest.mark.parametrize(("typed", "day"), [
    ("Mon 09:30", 2), ("lunedì 09:30", 2), ("lunedi 09:30", 2), ("lun 09:30", 2), ("LUN. 09:30", 2),
    ("Tue 09:30", 3), ("mar 09:30", 3), ("martedì 09:30", 3), ("mer 09:30", 4), ("mercoledì 09:30", 4),
    ("gio 09:30", 5), ("Giovedì 09:30", 5), ("ven 09:30", 6), ("venerdì 09:30", 6),
    ("sab 09:30", 7), ("sabato 09:30", 7), ("dom 09:30", 8), ("domenica 09:30", 8), ("Sunday 09:30", 8),
])
def test_a_typed_weekday_in_either_language_is_the_first_such_day_from_startex(typed, day):
    assert parse_time(typed, STARTEX, zone=UTC).value == utc(2026, 3, day, 9, 30)


def test_a_weekday_before_startex_on_its_own_day_is_the_next_week():
    assert parse_time("lun 05:00", STARTEX, zone=UTC).value == utc(2026, 3, 9, 5)


@pytest.mark.parametrize("typed", ["lu 09:30", "lunxx 09:30", "moon 09:30", "gennaio 09:30"])
def test_a_word_that_is_no_weekday_is_refused(typed):
    with pytest.raises(TimeFormatError):
        parse_time(typed, STARTEX, zone=UTC)


def test_weekday_numbers_in_both_languages():
    assert [weekday_number(w) for w in ("Mon", "monday", "lun", "LUNEDÌ", "gio.", "Thurs", "dom", "xyz", "lu")] == \
        [0, 0, 0, 0, 3, 3, 6, None, None]


def _csv(path, rows):
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_an_msel_with_italian_weekdays_imports_them(default_doc, tmp_path):
    doc = without_msel(default_doc)
    path = _csv(tmp_path / "giorni.csv", [["Time", "Message"], ["lunedì 09:30", "a"], ["gio 14:00", "b"],
                                          ["Venerdì 08:15", "c"], ["mer. 10:00", "d"]])
    report, plan = import_msel_file(doc, path, options=ImportOptions())
    assert plan.valid
    times = sorted(row.values["scenario_time"] for row in plan.rows)
    assert times == [utc(2026, 3, 2, 9, 30), utc(2026, 3, 4, 10), utc(2026, 3, 5, 14), utc(2026, 3, 6, 8, 15)]


def test_mar_alone_is_still_no_weekday_in_a_sheet_but_martedi_is(default_doc, tmp_path):
    """In a sheet "Mar 14" may be the 14th of March: only the full Italian name reads as Tuesday there."""
    doc = without_msel(default_doc)
    path = _csv(tmp_path / "martedi.csv", [["Time", "Message"], ["martedì 09:30", "a"]])
    _report, plan = import_msel_file(doc, path, options=ImportOptions())
    assert plan.rows[0].values["scenario_time"] == utc(2026, 3, 3, 9, 30)


def test_a_weekday_shown_follows_the_language():
    italian = {("model.i18n", "Mon"): "lun", ("model.i18n", "Tue"): "mar"}
    i18n.install(lambda context, text, _dis: italian.get((context, text), text))
    try:
        shown = [weekday_abbr(datetime(2026, 3, 2)), weekday_abbr(datetime(2026, 3, 3))]
    finally:
        i18n.install(None)
    assert shown == ["lun", "mar"]
    assert weekday_abbr(datetime(2026, 3, 2)) == "Mon"


def test_a_capitals_clock_on_another_day_names_that_day_in_the_language(monkeypatch):
    from model import timezones

    monkeypatch.setattr("model.timeutil.display_zone", lambda: UTC)
    italian = {("model.i18n", "Tue"): "mar"}
    i18n.install(lambda context, text, _dis: italian.get((context, text), text))
    try:
        text = timezones.capital_time_text(utc(2026, 3, 2, 20), "JP")
    finally:
        i18n.install(None)
    assert text.startswith("mar 05:00 ")
