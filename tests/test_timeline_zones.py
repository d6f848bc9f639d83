"""The timeline's day marks and clock labels are the display zone's, across a change of clocks too."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from gui.timeline.timescale import DAY, day_boundaries, is_midnight, midnight, offset_spans, ticks
from model.timeutil import UTC, set_display_zone, to_epoch, utc
from tests.timeline_support import focus_on, timeline  # noqa: F401  (the timeline fixture is used by name)

ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def rome():
    previous = set_display_zone(ROME)
    yield
    set_display_zone(previous)


def local(seconds: int, zone=ROME) -> str:
    return f"{datetime.fromtimestamp(seconds, zone):%d %H:%M}"


def test_utc_days_are_utc_midnights():
    start, stop = to_epoch(utc(2026, 3, 2, 6)), to_epoch(utc(2026, 3, 5, 6))
    assert day_boundaries(start, stop) == [to_epoch(utc(2026, 3, d)) for d in (3, 4, 5)]
    assert midnight(start) == to_epoch(utc(2026, 3, 2))


def test_days_are_rome_midnights_and_the_day_clocks_go_forward_has_23_hours(rome):
    # Italy moves its clocks forward at 02:00 on 29 March 2026.
    days = day_boundaries(to_epoch(utc(2026, 3, 27, 12)), to_epoch(utc(2026, 3, 31, 12)))
    assert [local(t) for t in days] == ["28 00:00", "29 00:00", "30 00:00", "31 00:00"]
    assert days[0] == to_epoch(utc(2026, 3, 27, 23)) and days[-1] == to_epoch(utc(2026, 3, 30, 22))
    assert [b - a for a, b in zip(days, days[1:])] == [DAY, DAY - 3600, DAY]
    assert all(is_midnight(t) for t in days) and not is_midnight(to_epoch(utc(2026, 3, 29)))
    assert midnight(to_epoch(utc(2026, 3, 29, 12))) == to_epoch(utc(2026, 3, 28, 23))


def test_hourly_ticks_skip_the_hour_that_does_not_exist_and_repeat_the_one_that_comes_twice(rome):
    spring = ticks(to_epoch(utc(2026, 3, 28, 23)), to_epoch(utc(2026, 3, 29, 3)), 3600)
    assert [local(t)[3:] for t in spring] == ["00:00", "01:00", "03:00", "04:00", "05:00"]
    autumn = ticks(to_epoch(utc(2026, 10, 24, 22)), to_epoch(utc(2026, 10, 25, 2)), 3600)
    assert [local(t)[3:] for t in autumn] == ["00:00", "01:00", "02:00", "02:00", "03:00"]
    assert len(set(autumn)) == len(autumn) and autumn == sorted(autumn)


def test_ticks_fall_on_round_clock_times_in_a_half_hour_zone():
    kolkata = ZoneInfo("Asia/Kolkata")    # UTC+5:30
    hourly = ticks(to_epoch(utc(2026, 3, 2, 0)), to_epoch(utc(2026, 3, 2, 3)), 3600, kolkata)
    assert [local(t, kolkata)[3:] for t in hourly] == ["06:00", "07:00", "08:00"]
    assert day_boundaries(to_epoch(utc(2026, 3, 1)), to_epoch(utc(2026, 3, 3)), zone=kolkata) == [
        to_epoch(utc(2026, 3, 1, 18, 30)), to_epoch(utc(2026, 3, 2, 18, 30))]


def test_a_year_is_cut_where_the_clocks_change(rome):
    spans = offset_spans(to_epoch(utc(2026, 1, 1)), to_epoch(utc(2027, 1, 1)))
    assert [offset // 3600 for _a, _b, offset in spans] == [1, 2, 1]
    assert spans[1][0] == to_epoch(utc(2026, 3, 29, 1)) and spans[2][0] == to_epoch(utc(2026, 10, 25, 1))
    assert offset_spans(0, 10 * DAY, UTC) == [(0, 10 * DAY, 0)]


def test_labelled_days_keep_their_step_from_startex_across_the_change(rome):
    startex = to_epoch(utc(2026, 3, 20, 5))           # D+0 is 20 March in Rome
    weekly = day_boundaries(to_epoch(utc(2026, 3, 18)), to_epoch(utc(2026, 4, 20)), 7, startex)
    assert [local(t) for t in weekly] == ["20 00:00", "27 00:00", "03 00:00", "10 00:00", "17 00:00"]


def test_the_axis_marks_days_and_clock_times_in_the_display_zone(rome, timeline, document):
    axis = timeline.view.axis
    startex = document.snapshot.startex          # the default exercise starts on 2 March at 06:00 UTC, 07:00 in Rome
    focus_on(timeline, startex + 18 * 3600, hours=6)      # 21:00 to 03:00 in Rome around its midnight
    QApplication.processEvents()
    specs = axis.generateDrawSpecs(None)[0]
    rome_midnight = to_epoch(utc(2026, 3, 2, 23))
    assert any(abs(line.x1() - axis_x(axis, specs, rome_midnight)) < 1 for line in specs["day_lines"])
    assert [text.split()[0] for _rect, text in specs["day_texts"]] == ["D+0", "D+1"]
    assert specs["minor_texts"]
    for rect, text in specs["minor_texts"]:        # each clock label is the Rome time at its place
        assert text == local(round(axis_time(axis, specs, rect.center().x()) / 60) * 60)[3:]


def axis_x(axis, specs, seconds: float) -> float:
    bounds = specs["bounds"]
    x0, x1 = axis.range
    return bounds.left() + (seconds - x0) * bounds.width() / (x1 - x0)


def axis_time(axis, specs, x: float) -> float:
    bounds = specs["bounds"]
    x0, x1 = axis.range
    return x0 + (x - bounds.left()) * (x1 - x0) / bounds.width()


def test_the_axis_draws_again_when_the_zone_changes(timeline, document):
    axis = timeline.view.axis
    timeline.grab()
    assert axis.picture is not None
    previous = set_display_zone(ROME)
    try:
        timeline.grab()
        assert axis._zone is ROME
        specs = axis.generateDrawSpecs(None)[0]
        day_xs = [line.x1() for line in specs["day_lines"]]
        assert any(abs(x - axis_x(axis, specs, to_epoch(utc(2026, 3, 2, 23)))) < 1 for x in day_xs)
    finally:
        set_display_zone(previous)
