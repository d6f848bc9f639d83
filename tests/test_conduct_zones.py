"""Conduct's absolute times are on the display zone's clocks and say which: the Set Time dialog, the MSEL's
and the log's tooltips."""
from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from gui.conduct.clock_dialogs import SetTimeDialog
from gui.conduct.log_dock import LogDock
from gui.conduct.log_model import SCENARIO
from gui.conduct.msel_model import time_tip
from model.timeutil import set_display_zone, utc


@pytest.fixture
def rome():
    previous = set_display_zone(ZoneInfo("Europe/Rome"))
    yield
    set_display_zone(previous)


def test_set_time_says_the_zone_it_reads_clock_times_in(qtbot, rome):
    dialog = SetTimeDialog(None, current=utc(2026, 3, 4, 9), startex=utc(2026, 3, 2, 6))
    qtbot.addWidget(dialog)
    assert dialog.field.text() == "D+2 10:00"
    texts = [label.text() for label in dialog.findChildren(type(dialog.reading))]
    assert any("(clock times in Europe/Rome)" in text for text in texts)
    assert "Now: D+2 10:00 (Wed 2026-03-04 10:00 CET)" in texts
    dialog.field.setText("D+3 14:00")
    assert dialog.value == utc(2026, 3, 5, 13)
    assert dialog.reading.text().startswith("= D+3 14:00 · Thu 2026-03-05 14:00:00 CET, read as")


def test_the_msel_tooltip_gives_the_exercise_clock_and_the_stored_utc(rome):
    assert time_tip(utc(2026, 3, 30, 12)) == "Mon 2026-03-30 14:00 CEST · 2026-03-30T12:00:00Z"


def test_the_log_tooltip_gives_the_scenario_time_on_the_exercise_clock(qtbot, document, rome):
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = LogDock(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.set_document(document)
    entry = dock.model.entry(0)
    tip = dock.model.index(0, SCENARIO).data(Qt.ItemDataRole.ToolTipRole)
    local = entry.scenario_time.astimezone(ZoneInfo("Europe/Rome"))
    assert tip.endswith(f"{local:%Y-%m-%d %H:%M:%S} {local:%Z}") and tip.split()[-1] in ("CET", "CEST")
