"""End to end, conduct: a facilitator runs the default exercise for 72 scenario hours at ×600.

The real main window on a copy of the default exercise, a fake wall clock
advanced in 20-second steps (200 scenario minutes at ×600) with a tick after
each, the projector open throughout. Everything is done through the window's
actions, toolbars, docks and the inject dialog (driven non-modally through
its wrapper); the model is only read to check what happened.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QToolBar, QWidget

from gui.conduct import inject_dialog
from gui.core.document import ExerciseDocument
from gui.shell.main_window import MainWindow
from gui.conduct.msel_model import NUMBER
from model import queries
from model.engine import MET, MISSED, PENDING
from model.storage.exercise_file import ExerciseFile
from model.services.log import verify_log
from model.timeutil import format_relative_epoch, to_epoch
from tests.support import FakeWall, isolate_gui

H = 3600
SPEED = 600
STEP_WALL = 20                              # wall seconds per step: 200 scenario minutes
RUN_HOURS = 72
NOTES = "CONTROLLER ONLY: hold the follow-up if the cell has not convened"
EXPECTED = "Delegations offer energy equipment within 12 h"
SYNOPSIS = "SCRIPT: cruise missiles hit the Burshtyn power station"
DECISIONS = ("Convene the coordination cell at 14:00 with all heads of delegation",
             "Ask the EU presidency to table a sanctions package")


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    shown = isolate_gui(tmp_path, monkeypatch, qapp)
    # A combo box appends a key typed within this interval to the previous one ("cd"); a person
    # types the kind's letter seconds apart, this test within milliseconds.
    interval = qapp.keyboardInputInterval()
    qapp.setKeyboardInputInterval(0)
    yield shown
    qapp.setKeyboardInputInterval(interval)


def menu_action(window: MainWindow, menu: str, name: str) -> QAction:
    found = [a for a in window.menus[menu].actions() if a.objectName() == name]
    assert found, f"{name} is not in the {menu} menu"
    return found[0]


def click_tool(qtbot, toolbar: QToolBar, action: QAction) -> None:
    """Click the toolbar button of *action*, as the facilitator does."""
    button = toolbar.widgetForAction(action)
    assert button is not None and button.isVisible() and button.isEnabled(), action.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


class Projector:
    """What the projector showed at each step: every text on it, its countdown digits, its clock."""

    def __init__(self, window):
        self.window = window
        self.texts: list[str] = []
        self.countdowns: list[tuple[str, ...]] = []
        self.clocks: list[str] = []

    def look(self) -> None:
        w = self.window
        w.grab()                                            # paints the heat map too
        everything = [label.text() for label in w.findChildren(QLabel)] + list(w.heat_map.painted_texts)
        everything += [widget.toolTip() for widget in w.findChildren(QWidget)]
        self.texts += everything
        self.countdowns.append(tuple(label.text() for label in w.findChildren(QLabel, "projectorCountdownTime")
                                     if label.isVisibleTo(w)))
        self.clocks.append(w.scenario_time.text())


def test_facilitator_runs_72_hours_at_600_with_the_projector_following(qtbot, exercise_path, wall, monkeypatch,
                                                                       isolated):
    window = MainWindow(ExerciseDocument(ExerciseFile.open(exercise_path), wall=wall))
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    document, file = window.document, window.document.file
    startex = document.snapshot.startex
    begin = document.clock.seconds()                       # the shipped exercise stands at D+2 09:00
    assert format_relative_epoch(begin, startex) == "D+2 09:00" and not document.clock.running
    first_entry = queries.log_entries(file)[-1].id
    planned_before = {i.number: i for i in queries.injects(file)}

    # -- the projector, then STARTEX from the clock toolbar and ×600 from the Exercise menu -------------
    menu_action(window, "view", "actionProjectorView").trigger()
    projector_window = window.projector.window
    assert projector_window is not None and projector_window.isVisible()
    qtbot.waitExposed(projector_window)
    projector = Projector(projector_window)
    projector.look()

    toolbar = window.clock_toolbar
    click_tool(qtbot, toolbar, toolbar.clock_actions.startex)
    assert document.clock.running and projector_window.clock_state.text() == "RUNNING ×60"
    menu_action(window, "exercise", "actionSpeed600").trigger()
    assert document.clock.speed == SPEED and window.clock_status.speed.text() == "×600"
    assert projector_window.clock_state.text() == "RUNNING ×600"

    end = begin + RUN_HOURS * H
    msel, log = window.msel_dock, window.log_dock
    line = log.entry_line
    steps = 0
    adhoc = None

    def advance(seconds: float) -> None:
        wall.advance(seconds)
        document.tick()
        projector.look()
        assert projector.clocks[-1] == window.clock_toolbar.readout.relative.text(), "the projector follows"
        now = document.clock.seconds()
        for inject in queries.injects(file):
            if inject.adhoc or inject.outcome_id is not None:
                continue   # the adversary's answer is not resolved in this run: its outcomes' injects wait
            due = to_epoch(inject.delivery_time) <= now
            # Due by this tick: delivered (at its planned time, checked at the end); not due: untouched.
            assert (inject.status == "delivered") == due, (inject.number, inject.status, format_relative_epoch(
                now, startex))

    def record_decision(text: str) -> None:
        log.raise_()
        menu_action(window, "exercise", "actionRecordDecision").trigger()      # Ctrl+L
        assert line.text.isVisible()
        line.kind.setFocus()
        qtbot.keyClick(line.kind, Qt.Key.Key_D)
        assert line.current_kind() == "decision"
        line.text.setFocus()
        qtbot.keyClicks(line.text, text)
        qtbot.keyClick(line.text, Qt.Key.Key_Return)
        assert line.error_text() == "" and line.text.text() == ""

    while document.clock.seconds() < end:
        advance(min(STEP_WALL, (end - document.clock.seconds()) / SPEED))
        steps += 1

        if steps == 2:
            record_decision(DECISIONS[0])

        if steps == 6:
            # -- pause: however long the wall clock runs, nothing moves --------------------------------
            menu_action(window, "exercise", "actionStartPause").trigger()
            assert not document.clock.running and projector_window.clock_state.text() == "PAUSED"
            paused_at, countdowns = document.clock.seconds(), projector.countdowns[-1]
            delivered = [i.status for i in queries.injects(file)]
            advance(900)                                    # 15 wall minutes = 150 scenario hours at ×600
            assert document.clock.seconds() == paused_at
            assert projector.countdowns[-1] == countdowns and projector.clocks[-1] == projector.clocks[-2]
            assert [i.status for i in queries.injects(file)] == delivered, "nothing is delivered while paused"
            menu_action(window, "exercise", "actionStartPause").trigger()
            assert document.clock.running and projector_window.clock_state.text() == "RUNNING ×600"

        if steps == 10:
            # -- an ad-hoc inject, added through the MSEL dock for tomorrow, then fired now ------------
            msel.raise_()

            def fill(dialog) -> bool:
                dialog.show()
                qtbot.waitExposed(dialog)
                qtbot.mouseClick(dialog.deliver_later, Qt.MouseButton.LeftButton)
                assert dialog.fields["scenario_time"].isEnabled()
                qtbot.keyClicks(dialog.fields["number"], "A1")
                retype(qtbot, dialog.fields["scenario_time"], "D+4 06:00")
                kind = dialog.fields["inject_type"]
                kind.setCurrentIndex(kind.findData("incident"))
                assert dialog.incident_box.isEnabled()
                dialog.fields["incident_type"].setCurrentIndex(dialog.fields["incident_type"].findData("energy_strike"))
                dialog.fields["severity"].setCurrentIndex(dialog.fields["severity"].findData(3))
                qtbot.keyClicks(dialog.fields["location"], "Burshtyn")
                qtbot.keyClicks(dialog.fields["sender"], "SIMCELL")
                qtbot.keyClicks(dialog.fields["recipient"], "Coordination cell")
                qtbot.keyClicks(dialog.fields["synopsis"], SYNOPSIS)
                qtbot.keyClicks(dialog.fields["expected_action"], EXPECTED)
                qtbot.keyClicks(dialog.fields["notes"], NOTES)
                qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
                return dialog.result() == QDialog.DialogCode.Accepted

            monkeypatch.setattr(inject_dialog, "show_inject_dialog", fill)
            click_tool(qtbot, msel.toolbar, msel.adhoc_action)
            adhoc = next(i for i in queries.injects(file) if i.number == "A1")
            assert (adhoc.adhoc, adhoc.status) == (True, "planned")
            row = next(r for r in range(msel.proxy.rowCount()) if msel.proxy.index(r, NUMBER).data() == "A1")
            index = msel.proxy.index(row, NUMBER)
            msel.view.scrollTo(index)
            qtbot.mouseClick(msel.view.viewport(), Qt.MouseButton.LeftButton, pos=msel.view.visualRect(index).center())
            assert msel.selected_inject().id == adhoc.id
            fired_at = document.clock.now()
            click_tool(qtbot, msel.toolbar, msel.fire_action)
            adhoc = queries.inject(file, adhoc.id)
            assert (adhoc.status, adhoc.delivered_at) == ("delivered", fired_at)
            assert adhoc.incident_id is not None
            # The incident it created can be chosen at once where commitments are recorded.
            assert window.commitment_matrix.matrix.incident_combo.findData(adhoc.incident_id) >= 0
            # The log's line, behind the MSEL's tab, reads it as it comes forward.
            log.raise_()
            qtbot.waitUntil(lambda: line.incident.findData(adhoc.incident_id) >= 0)

        if steps == 11:
            # -- DE announces a commitment to the new incident: typed into the log's entry line -----------
            log.raise_()
            panel = window.countdown_panel
            row = next(r for r in range(panel.model.rowCount())
                       if panel.model.countdown(r).incident_id == adhoc.incident_id)
            index = panel.model.index(row, 2)
            panel.view.scrollTo(index)
            qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center())
            assert line.incident.currentData() == adhoc.incident_id, "the clicked incident is the default"
            line.kind.setFocus()
            qtbot.keyClick(line.kind, Qt.Key.Key_C)
            assert line.current_kind() == "commitment"
            line.focus_entry()
            qtbot.keyClicks(line.signatory, "de")
            line.measure.setFocus()
            qtbot.keyClicks(line.measure, "energy_equipment")
            assert line.category.currentData() == "humanitarian"
            qtbot.keyClick(line.measure, Qt.Key.Key_Return)
            assert line.error_text() == ""
            committed_at = document.clock.now()

        if steps == 15:
            record_decision(DECISIONS[1])

    assert document.clock.seconds() == end and steps == 22
    click_tool(qtbot, toolbar, toolbar.clock_actions.endex)
    assert not document.clock.running and projector_window.clock_state.text() == "PAUSED"
    projector.look()
    assert isolated == [], "no error was reported during the run"

    # -- the MSEL: everything planned that the clock passed was delivered at its planned time ------------
    injects = queries.injects(file)
    waiting = [i for i in injects if i.outcome_id is not None]
    assert [i.status for i in waiting] == ["planned"] * 3, "an unresolved branch point's outcomes wait for it"
    planned = [i for i in injects if not i.adhoc and i.outcome_id is None]
    passed = [i for i in planned if to_epoch(i.delivery_time) <= end]
    assert sorted(int(i.number) for i in passed) == list(range(1, 12)), "the whole shipped trunk MSEL was due"
    for inject in passed:
        assert inject.status == "delivered" and inject.delivered_at == inject.delivery_time, inject.number
    in_run = [i.number for i in passed if planned_before[i.number].status == "planned"]
    assert sorted(in_run, key=int) == ["8", "9", "10", "11"], "the clock delivered what lay ahead of it"
    for inject in planned:
        if to_epoch(inject.delivery_time) > end:
            assert inject.status == "planned", f"inject {inject.number} was delivered early"
    incidents = {i.id: i for i in queries.incidents(file)}
    nine = next(i for i in passed if i.number == "9")
    assert incidents[nine.incident_id].occurred_at == nine.delivery_time
    created = incidents[adhoc.incident_id]
    assert (created.incident_type, created.severity, created.location, created.occurred_at) == (
        "energy_strike", 3, "Burshtyn", fired_at)

    # -- the projector: followed the clock, never showed controller material -------------------------------
    assert len(set(projector.countdowns)) >= steps - 2, "the countdowns moved with the clock"
    assert projector.clocks[0] == "D+2 09:00:00" and projector.clocks[-1] == "D+5 09:00:00"
    shown = "\n".join(projector.texts)
    secrets = [NOTES, EXPECTED, SYNOPSIS, *DECISIONS]
    for inject in injects:
        secrets += [s for s in (inject.notes, inject.expected_action, inject.synopsis, inject.controller) if s]
    for secret in secrets:
        assert secret not in shown, secret

    # -- the log: intact, and the run in order of scenario time ---------------------------------------
    assert verify_log(file).intact
    run = [e for e in queries.log_entries(file) if e.id > first_entry]
    times = [to_epoch(e.scenario_time) for e in run]
    assert times == sorted(times), "the log runs forward in scenario time"

    def where(kind: str, start: str) -> int:
        found = [n for n, e in enumerate(run) if e.kind == kind and e.text.startswith(start)]
        assert len(found) == 1, (kind, start, [e.text for e in run])
        return found[0]

    milestones = [where("clock", "Clock STARTEX at"), where("clock", "Clock speed set to x600"),
                  where("decision", DECISIONS[0]), where("inject", "Inject 8 delivered at"),
                  where("clock", "Clock paused at"), where("clock", "Clock started at"),
                  where("inject", "Inject 9 delivered at"), where("inject", "Inject 10 delivered at"),
                  where("inject", "Inject A1 fired now at"), where("commitment", "DE commitment to incident"),
                  where("decision", DECISIONS[1]), where("clock", "Clock ENDEX at")]
    assert milestones == sorted(milestones), [run[n].text for n in milestones]
    assert milestones[0] == 0 and milestones[-1] == len(run) - 1, "STARTEX opens the run and ENDEX closes it"
    for inject in queries.injects(file):
        if inject.number in ("8", "9", "10"):
            entry = run[where("inject", f"Inject {inject.number} delivered at")]
            assert to_epoch(entry.scenario_time) >= to_epoch(inject.delivery_time), "logged no earlier than due"

    # -- the assessment at ENDEX: the new incidents' obligations --------------------------------------------
    a = document.assessment
    assert a.now == end
    codes = a.snapshot.sig_codes
    de = codes.index("DE")
    pos = a.snapshot.incident_position(adhoc.incident_id)      # D+3 18:20, S3: 24 h reaction, 48 h consultation
    reaction = a.reaction.status[pos].tolist()
    assert reaction[de] == MET and a.reaction.done_at[pos, de] == to_epoch(committed_at)
    assert reaction[:de] + reaction[de + 1:] == [MISSED] * (len(codes) - 1)
    assert a.consultation.status[pos].tolist() == [PENDING] * len(codes)
    pos = a.snapshot.incident_position(nine.incident_id)       # D+3 06:00, S4: 24 h for both
    assert a.reaction.status[pos].tolist() == [MISSED] * len(codes)
    assert a.consultation.status[pos].tolist() == [MISSED] * len(codes)

    # -- closed and reopened: paused at the final scenario time ------------------------------------------
    menu_action(window, "file", "actionQuit").trigger()      # File › Quit: the window closes (closeEvent)
    assert window.document is None
    assert projector_window.scenario_time.text() == "No exercise open", "the projector lets go of it too"
    reopened = MainWindow(ExerciseDocument(ExerciseFile.open(exercise_path), wall=FakeWall(9000.0)))
    qtbot.addWidget(reopened)
    reopened.show()
    clock = reopened.document.clock
    assert not clock.running and clock.seconds() == end and clock.speed == SPEED
    assert reopened.clock_status.state.text() == "PAUSED"
    assert reopened.clock_status.scenario.text().startswith("D+5 09:00:00 scenario")
    reopened.close()
