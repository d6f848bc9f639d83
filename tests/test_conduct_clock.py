"""The exercise clock's conduct actions: STARTEX, ENDEX, set time, jumps; the clock across close/reopen.

Wall time is injected (FakeWall); dialogs are built and driven directly, and
the actions reach them through the wrappers in gui/conduct/clock_dialogs.py.
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from gui.conduct import clock_dialogs
from gui.conduct.clock_controls import ClockToolBar
from gui.conduct.clock_dialogs import SetTimeDialog, ShiftDialog, parse_offset
from gui.core.document import ExerciseDocument
from gui.conduct.msel_dock import MselDock
from model.queries import inject as load_inject
from model import queries
from model.countdowns import countdowns
from model.storage.exercise_file import ExerciseFile
from model.timeutil import parse_iso, utc
from tests.msel_sample import add_sample_msel
from tests.support import FakeWall

# Shortcuts the rest of the program already uses or colleagues are assigning.
RESERVED = {"Ctrl+O", "Ctrl+Shift+O", "Ctrl+W", "Ctrl+Q", "Home", "Ctrl++", "Ctrl+-", "Ctrl+=", "Space", "F5",
            "Ctrl+0", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+Shift+R", "Ctrl+Shift+D", "Ctrl+Shift+T",
            "F1", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+I", "Ctrl+E", "Ctrl+K", "Ctrl+Shift+K", "Ctrl+T",
            "Ctrl+Shift+E", "Ctrl+Shift+I", "Ctrl+Shift+N", "Ctrl+L", "Ctrl+Shift+L", "Ctrl+Shift+V",
            "Ctrl+Shift+S", "Ctrl+Alt+N", "Ctrl+S", "Ctrl+N", "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+A", "Ctrl+F"}


@pytest.fixture
def doc(qapp, document):
    return document


@pytest.fixture
def toolbar(qtbot, doc):
    from PySide6.QtGui import QAction as Action

    bar = ClockToolBar(Action("Start"))
    qtbot.addWidget(bar)
    bar.set_document(doc)
    return bar


def clock_log(doc) -> list[str]:
    return [e.text for e in queries.log_entries(doc.file) if e.kind == "clock"]


def test_startex_moves_an_early_clock_up_to_startex_and_runs(doc, wall):
    doc.set_scenario_time(doc.snapshot.startex - 5 * 3600)
    doc.startex()
    assert doc.clock.running and doc.clock.seconds() == doc.snapshot.startex
    assert clock_log(doc)[-1] == "Clock STARTEX at D+0 06:00 (x60)"
    wall.advance(60)
    assert doc.clock.seconds() == doc.snapshot.startex + 3600


def test_startex_after_the_start_keeps_the_scenario_time(doc):
    before = doc.clock.seconds()                     # the default exercise is saved at D+2 09:00
    assert before > doc.snapshot.startex
    doc.startex()
    assert doc.clock.running and doc.clock.seconds() == before
    assert clock_log(doc)[-1].startswith("Clock STARTEX at D+2 09:00")


def test_endex_stops_the_clock_and_logs_it(doc, wall):
    doc.start_clock()
    wall.advance(30)
    doc.endex()
    stopped = doc.clock.seconds()
    wall.advance(3600)
    assert not doc.clock.running and doc.clock.seconds() == stopped
    assert clock_log(doc)[-1].startswith("Clock ENDEX at ")


@pytest.mark.parametrize(("text", "expected"), [
    ("D+1 14:00", "2026-03-03T14:00:00Z"),
    ("T+26h", "2026-03-03T08:00:00Z"),
    ("2026-03-05T10:30Z", "2026-03-05T10:30:00Z"),
    ("H+2:30", "2026-03-02T08:30:00Z"),
])
def test_set_time_dialog_reads_every_notation(qtbot, text, expected):
    dialog = SetTimeDialog(None, current=utc(2026, 3, 4, 9), startex=utc(2026, 3, 2, 6))
    qtbot.addWidget(dialog)
    assert dialog.field.text() == "D+2 09:00"
    dialog.field.setText(text)
    assert dialog.value == parse_iso(expected)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert expected[:10] in dialog.reading.text()


def test_set_time_dialog_refuses_what_it_cannot_read(qtbot):
    dialog = SetTimeDialog(None, current=utc(2026, 3, 4, 9), startex=utc(2026, 3, 2, 6))
    qtbot.addWidget(dialog)
    dialog.field.setText("tomorrow at noon")
    assert dialog.value is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "is not a time Pactline understands" in dialog.reading.text()
    dialog.accept()
    assert dialog.result() == 0


def test_set_time_action_warns_of_and_delivers_the_injects_it_passes(doc, toolbar, monkeypatch, qtbot):
    msel = add_sample_msel(doc.file)
    doc.set_scenario_time(doc.snapshot.startex - 60)
    warnings = []

    def answer(parent, *, current, startex, passed):
        dialog = SetTimeDialog(parent, current=current, startex=startex, passed=passed)
        qtbot.addWidget(dialog)
        dialog.field.setText("D+0 23:00")
        warnings.append(dialog.warning.text())
        return dialog.value

    monkeypatch.setattr(clock_dialogs, "ask_scenario_time", answer)
    toolbar.clock_actions.set_time.trigger()
    assert "passes 3 planned injects (1, 2, 3)" in warnings[0]
    assert doc.clock.now() == parse_iso("2026-03-02T23:00:00Z")
    assert [load_inject(doc.file, msel[n]).status for n in "1234"] == ["delivered"] * 3 + ["planned"]
    assert clock_log(doc)[-1] == "Clock set at D+0 23:00 (x60)"


def test_jump_to_next_inject_delivers_it_at_its_time(doc, toolbar):
    msel = add_sample_msel(doc.file)
    doc.set_scenario_time(doc.snapshot.startex + 3600)     # after inject 1 (06:00), before inject 2 (08:00)
    toolbar.clock_actions.next_inject.trigger()
    inject = load_inject(doc.file, msel["2"])
    assert doc.clock.now() == inject.delivery_time == inject.delivered_at
    assert load_inject(doc.file, msel["1"]).status == "planned"      # behind the clock: not jumped over
    assert clock_log(doc)[-1].startswith("Clock jumped to inject 2 at D+0 08:00")


def test_jump_to_next_deadline_goes_to_the_soonest_pending_deadline(doc, toolbar):
    now = doc.clock.seconds()
    expected = min(r.deadline for r in countdowns(doc.assessment, limit=0) if not r.missed and r.deadline > now)
    toolbar.clock_actions.next_deadline.trigger()
    assert doc.clock.seconds() == expected
    assert "jumped to the" in clock_log(doc)[-1]


def test_jumps_with_nothing_ahead_say_so(doc, toolbar):
    messages = []
    toolbar.clock_actions.message.connect(messages.append)
    doc.set_scenario_time(doc.snapshot.endex + 30 * 86400)
    toolbar.clock_actions.next_inject.trigger()
    toolbar.clock_actions.next_deadline.trigger()
    assert messages == ["No planned inject lies ahead of the clock", "No pending deadline lies ahead of the clock"]


def test_startex_and_endex_say_what_they_did(doc, toolbar):
    """ENDEX on a paused clock changes nothing else on screen: the status bar must say it happened."""
    messages = []
    toolbar.clock_actions.message.connect(messages.append)
    toolbar.clock_actions.startex.trigger()
    assert doc.clock.running
    toolbar.clock_actions.endex.trigger()
    assert not doc.clock.running and clock_log(doc)[-1].startswith("Clock ENDEX at")
    assert messages == ["STARTEX: the clock runs from D+2 09:00:00",
                        "ENDEX at D+2 09:00:00: the clock is stopped and ENDEX is in the log"]

def test_a_paused_exercise_reopens_paused_at_the_same_scenario_time(default_template, tmp_path, qapp):
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    wall = FakeWall()
    document = ExerciseDocument(ExerciseFile.open(path), wall=wall)
    document.startex()
    wall.advance(95)                                   # x60: 95 scenario minutes
    document.pause_clock()
    paused_at = document.clock.seconds()
    document.set_speed(600.0)
    document.close()
    reopened = ExerciseDocument(ExerciseFile.open(path), wall=FakeWall(5000.0))
    try:
        assert not reopened.clock.running
        assert reopened.clock.seconds() == int(paused_at)
        assert reopened.clock.speed == 600.0
    finally:
        reopened.close()


def test_a_running_exercise_closed_reopens_paused_where_it_was_closed(default_template, tmp_path, qapp):
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    wall = FakeWall()
    document = ExerciseDocument(ExerciseFile.open(path), wall=wall)
    msel = add_sample_msel(document.file)
    start = document.clock.seconds()
    document.start_clock()
    wall.advance(240)                                   # four scenario hours at x60, still running at close
    document.close()
    reopened = ExerciseDocument(ExerciseFile.open(path), wall=FakeWall())
    try:
        assert not reopened.clock.running and reopened.clock.seconds() == start + 4 * 3600
        # D+2 12:00 was passed between the last tick and the close: delivered then, on time.
        assert load_inject(reopened.file, msel["7"]).status == "delivered"
        texts = [e.text for e in queries.log_entries(reopened.file)][-2:]
        assert texts[0].startswith("Clock paused (exercise closed) at D+2 13:00")
        assert texts[1].startswith("Inject 7 delivered at D+2 12:00")
    finally:
        reopened.close()


def test_shift_dialog_reads_signed_offsets(qtbot):
    assert parse_offset("+2:30") == timedelta(hours=2, minutes=30)
    assert parse_offset("-0:45") == -timedelta(minutes=45)
    assert parse_offset("3h") == timedelta(hours=3)
    assert parse_offset("90 min") == timedelta(minutes=90)
    for bad in ("soon", "+1:75", ""):
        with pytest.raises(ValueError):
            parse_offset(bad)
    dialog = ShiftDialog(None, phases=["Move 1", "Move 2"], phase="Move 2", counts={None: 5, "Move 1": 3,
                                                                                    "Move 2": 2})
    qtbot.addWidget(dialog)
    dialog.field.setText("-1:30")
    assert (dialog.phase, dialog.offset) == ("Move 2", -timedelta(hours=1, minutes=30))
    assert "Moves 2 injects 1:30 earlier" in dialog.reading.text()
    dialog.field.setText("1:99")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_conduct_menu_actions_have_free_shortcuts_and_status_tips(toolbar, qtbot):
    dock = MselDock()
    qtbot.addWidget(dock)
    exercise = toolbar.menu_actions["exercise"] + dock.menu_actions["exercise"]
    names = [a.text().replace("&", "") for a in exercise]
    for expected in ("STARTEX", "ENDEX", "Set Scenario Time…", "Jump to Next Inject", "Jump to Next Deadline",
                     "Fire Selected Inject Now", "Hold Inject", "Skip Inject", "Add Ad-hoc Inject…",
                     "Shift Phase…"):
        assert expected in names
    keys = []
    for action in exercise + dock.menu_actions["edit"]:
        assert isinstance(action, QAction) and action.statusTip(), action.text()
        key = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if key:
            keys.append(key)
    assert not set(keys) & RESERVED
    assert len(keys) == len(set(keys)) >= 12
    shortcut = {a.objectName(): a.shortcut().toString() for a in exercise}
    assert shortcut["actionJumpNextInject"] == "Ctrl+J" and shortcut["actionJumpNextDeadline"] == "Ctrl+Shift+J"
