"""End to end, planning: a new user builds a scenario by mouse, undoes and redoes it, quits and reopens it.

Drives the real main window through its menus, docks and dialogs. Only the
small wrappers that would block (a modal exec, a file chooser) are replaced,
and each replacement drives the real dialog object shown non-modally. The
model is only read (model.queries) to check what the user did.
"""
from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from gui.shell import app as gui_app
from gui.conduct import clock_dialogs
from gui.core import dialogs, settings
from gui.roster import dialogs as roster_dialogs
from gui.incidents.attendance_dialog import AttendanceDialog
from gui.incidents.commitment_dialog import CommitmentDialog
from gui.incidents.commitment_matrix_model import CONSULTATION
from gui.core.document import ExerciseDocument
from gui.incidents.palette import CODE_ROLE
from gui.shell.main_window import MainWindow
from gui.roster.custom_form import CustomSignatoryDialog
from gui.roster.signatory_dialog import CODE as STATE_CODE, NAME as STATE_NAME, SignatoryListDialog
from model import queries
from model.engine import PENDING
from model.storage.exercise_file import ExerciseFile
from model.findings import GATE_KIND
from model.timeutil import format_relative
from model.vocabulary import CATEGORIES
from tests.support import FakeWall, isolate_gui
from tests.timeline_support import marker_point, mouse_click, mouse_drag, pixels_per_hour

H = 3600
STATES = ("DE", "FR", "IT", "PL")          # ticked in the list; DE and IT need their parliament
ORG = "NB8"                                # the custom organisation
ROSTER = ("DE", "FR", "IT", ORG, "PL")     # the roster in code order


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    """Settings and data folder of this test only; any error message is recorded (and must not appear)."""
    shown = isolate_gui(tmp_path, monkeypatch, qapp)
    rate_limit = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", -1)        # pyqtgraph's own drag tests do the same
    yield shown
    pg.setConfigOption("mouseRateLimit", rate_limit)


# -- small drivers: what a user's hand does ------------------------------------------------------------
def menu_action(window: MainWindow, menu: str, name: str) -> QAction:
    """The action *name* as it sits in the window's *menu* (so the test fails if it left the menu)."""
    found = [a for a in window.menus[menu].actions() if a.objectName() == name]
    assert found, f"{name} is not in the {menu} menu"
    return found[0]


def click_row(qtbot, view, index) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def choose(combo, data) -> None:
    """Pick an entry of a combo box as a click in its list does (activated, then the slot runs)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def roster_texts(window: MainWindow) -> list[list[str]]:
    """Every cell of the roster as the user reads it."""
    model = window.roster_dock.model
    return [[str(model.index(row, column).data() or "") for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def stored_state(file) -> dict:
    """Everything the user built, as stored; ids included (undo/redo and reopening must keep them)."""
    return {
        "signatories": [s.to_record() for s in queries.signatories(file)],
        "incidents": [i.to_record() for i in queries.incidents(file)],
        "commitments": [c.to_record() for c in queries.commitments(file)],
        "consultations": [c.to_record() for c in queries.consultations(file)],
    }


def seen_state(window: MainWindow) -> dict:
    """What the window shows of it: roster cells, countdown rows, findings, timeline lanes and markers."""
    timeline = window.timeline
    return {
        "roster": roster_texts(window),
        "countdowns": window.countdown_panel.row_texts(),
        "findings": [f.text for f in window.findings_panel.findings()],
        "lanes": list(timeline.lane_codes()),
        "markers": sorted(zip(timeline.view.incidents.ids.tolist(), timeline.view.incidents.times.tolist())),
        "consultation windows": timeline.view.incidents.windows.count,
        "commitment marks": sorted(zip(timeline.view.commitments.ids.tolist(), timeline.view.commitments.x.tolist(),
                                       timeline.view.commitments.y.tolist())),
        "status": window.clock_status.scenario.text(),
    }


def record_in_matrix(qtbot, window: MainWindow, incident_id: int, code: str, column: int):
    """Choose the incident in the matrix, click the signatory's cell, press Enter: the dialog it opens."""
    matrix = window.commitment_matrix.matrix
    window.commitment_matrix.raise_()
    choose(matrix.incident_combo, incident_id)
    assert matrix.model.incident_id == incident_id
    row = matrix.model.row_of(signatory_id(window, code))
    click_row(qtbot, matrix.view, matrix.model.index(row, column))
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return)
    dialog = matrix.dialog
    assert dialog is not None and dialog.isVisible(), "Enter opens the cell's dialog"
    return dialog


def signatory_id(window: MainWindow, code: str) -> int:
    model = window.roster_dock.model
    return model.signatory(model.row_of_code(code)).id


def relative(file, moment) -> str:
    return format_relative(moment, queries.exercise_info(file).startex)


def code_of(file, sid: int) -> str:
    return next(s.code for s in queries.signatories(file) if s.id == sid)


def incident_facts(file) -> list[tuple]:
    return [(i.id, i.incident_type, i.severity, relative(file, i.occurred_at)) for i in queries.incidents(file)]


# -- the test ------------------------------------------------------------------------------------------------
def test_new_user_builds_undoes_redoes_quits_and_reopens_a_scenario(qtbot, tmp_path, monkeypatch, wall, isolated):
    real_open = gui_app.open_exercise
    # The window opens what File › New creates through gui.shell.app; it gets the test's wall clock.
    monkeypatch.setattr(gui_app, "open_exercise",
                        lambda path, parent=None, **kw: real_open(path, parent, **{"wall": wall, **kw}))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    # The tabbed docks (and their menu commands) arrive just after the first paint.
    qtbot.waitUntil(lambda: window.deferred_docks.built)
    assert window.document is None and window.stack.currentWidget() is window.welcome

    # -- File › New Blank Exercise --------------------------------------------------------------------------
    asked = {}
    target = tmp_path / "work" / "coalition-drill"
    target.parent.mkdir()

    def ask_name(parent, title, label, text=""):
        asked["name"] = (title, text)
        return "Coalition drill"                             # typed over the suggested name

    def save_path(parent, title, suggestion):
        asked["suggestion"] = Path(suggestion).name
        return target                                        # typed without the suffix

    monkeypatch.setattr(dialogs, "ask_text", ask_name)
    monkeypatch.setattr(dialogs, "ask_save_path", save_path)
    menu_action(window, "file", "actionNewBlank").trigger()
    path = target.with_name("coalition-drill.pactline")
    assert asked == {"name": ("New blank exercise", "New exercise"), "suggestion": "coalition-drill.pactline"}
    document = window.document
    assert document is not None and document.file.path == path
    assert settings.value(settings.RECENT_FILES)[0] == str(path)
    assert "Coalition drill" in window.windowTitle()
    assert window.roster_dock.model.rowCount() == 0 and document.undo_stack.count() == 0
    file = document.file
    startex = document.snapshot.startex
    blank = stored_state(file)
    assert blank == {"signatories": [], "incidents": [], "commitments": [], "consultations": []}
    blank_seen = seen_state(window)

    # -- the roster: four states ticked in the list, one organisation typed in ---------------------------
    def drive(dialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, SignatoryListDialog):
            for code in STATES:
                name = dialog.model.entries[dialog.model.row_of_code(code)]["name"]
                retype(qtbot, dialog.search, name[:5])
                row = next(r for r in range(dialog.proxy.rowCount())
                           if dialog.proxy.index(r, STATE_CODE).data() == code)
                click_row(qtbot, dialog.view, dialog.proxy.index(row, STATE_NAME))
            assert dialog.chosen_label.text() == "4 ticked: DE, FR, IT, PL"
            qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        else:
            assert isinstance(dialog, CustomSignatoryDialog)
            dialog.kind.setCurrentIndex(dialog.kind.findData("organisation"))
            qtbot.keyClicks(dialog.code, ORG)
            qtbot.keyClicks(dialog.name, "Nordic-Baltic Eight")
            qtbot.keyClicks(dialog.agreement_date, "2024-06-01")
            qtbot.keyClicks(dialog.contact, "Secretariat duty officer")
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(roster_dialogs, "exec_dialog", drive)
    add_button = window.roster_dock.editor._add_button
    # The main part of the "Add…" button (its arrow half opens the menu).
    qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton, pos=QPoint(8, add_button.height() // 2))
    menu_action(window, "edit", "actionAddCustomSignatory").trigger()
    assert [row[0] for row in roster_texts(window)] == list(ROSTER)
    assert [s.code for s in queries.signatories(file)] == list(ROSTER)
    assert document.undo_stack.count() == 2

    # -- three incidents dropped from the palette, one moved by a drag -------------------------------------
    palette, timeline = window.incident_palette, window.timeline
    timeline.view.scene().minDragTime = 0
    timeline.fit_all()
    QApplication.processEvents()

    def drop(code: str, hours: float) -> int:
        item = next(palette.list.item(r) for r in range(palette.list.count())
                    if palette.list.item(r).data(CODE_ROLE) == code)
        mime = palette.list.mimeData([item])
        when = startex + hours * H
        x0, x1 = timeline.view.time_range()
        assert x0 < when < x1, "the drop lands inside the visible timeline"
        before = set(document.snapshot.inc_ids.tolist())
        assert timeline.handle_drop(mime, when + 240)          # 4 minutes off: snapped to the quarter hour
        (created,) = set(document.snapshot.inc_ids.tolist()) - before
        return int(created)

    strike = drop("missile_strike", 2)
    incursion = drop("ground_incursion", 8)
    cyber = drop("cyber_attack", 14)
    assert timeline.view.incidents.ids.tolist() == [strike, incursion, cyber]
    assert incident_facts(file) == [(strike, "missile_strike", 3, "D+0 08:00"),
                                    (incursion, "ground_incursion", 4, "D+0 14:00"),
                                    (cyber, "cyber_attack", 2, "D+0 20:00")]

    origin = startex + 14 * H
    start = marker_point(timeline, cyber)
    step = pixels_per_hour(timeline)
    mouse_drag(timeline, [start, start + QPoint(round(1.5 * step), 0), start + QPoint(round(3 * step), 0)])
    moved = int(queries.incident(file, cyber).occurred_at.timestamp())
    assert moved == origin + 3 * H, "dragged three hours later, snapped to the quarter hour"
    assert document.undo_stack.text(document.undo_stack.count() - 1) == f"Move incident #{cyber}"

    # -- the strike's severity, in the inspector -----------------------------------------------------------
    mouse_click(timeline, marker_point(timeline, strike))
    assert document.selection.current("incident") == strike
    menu_action(window, "edit", "actionEditIncident").trigger()
    inspector = window.incident_inspector
    assert inspector.incident is not None and inspector.incident.id == strike
    assert inspector.severity_combo.currentData() == 3
    inspector.severity_combo.setFocus()
    qtbot.keyClick(inspector.severity_combo, Qt.Key.Key_Down)      # S3 -> S4
    assert queries.incident(file, strike).severity == 4
    assert inspector.error_text("severity") == ""

    # -- the clock to D+1 00:00 (Exercise › Set Scenario Time…), so the deadlines run ---------------------
    def set_time(parent, *, current, startex, passed=None):
        dialog = clock_dialogs.SetTimeDialog(parent, current=current, startex=startex, passed=passed)
        qtbot.addWidget(dialog)
        dialog.show()
        retype(qtbot, dialog.field, "D+1 00:00")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        return dialog.value if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(clock_dialogs, "ask_scenario_time", set_time)
    menu_action(window, "exercise", "actionSetScenarioTime").trigger()
    assert document.clock.seconds() == startex + 18 * H        # STARTEX is D+0 06:00
    assert window.clock_status.scenario.text().startswith("D+1 00:00:00 scenario")

    # -- commitments and an attendance, through the matrix and its dialogs ----------------------------------
    def commit(incident_id: int, code: str, category: str, measure: str, announced: str, effective: str = ""):
        dialog = record_in_matrix(qtbot, window, incident_id, code, CATEGORIES.index(category))
        assert isinstance(dialog, CommitmentDialog) and dialog.category == category
        choose(dialog.measure, measure)
        retype(qtbot, dialog.announced.edit, announced)
        if effective:
            retype(qtbot, dialog.effective.edit, effective)
        warning = dialog.gate_warning.text() if dialog.gate_warning.isVisible() else ""
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.errors.labels[""].text()
        return warning

    gate_warning = commit(strike, "DE", "military", "troop_deployment", "D+0 20:00", "D+1 06:00")
    assert "Parliamentary gate: effective not before D+3 20:00" in gate_warning
    assert "the gate would be broken" in gate_warning
    assert commit(strike, "FR", "economic", "sanctions_package", "D+0 21:00") == ""
    assert commit(incursion, ORG, "political", "joint_statement", "D+0 23:00") == ""

    attendance = record_in_matrix(qtbot, window, strike, "PL", CONSULTATION)
    assert isinstance(attendance, AttendanceDialog) and attendance.attended.isChecked()
    retype(qtbot, attendance.joined.edit, "D+0 22:00")
    qtbot.mouseClick(attendance.save_button, Qt.MouseButton.LeftButton)
    assert not attendance.isVisible()

    commitments = queries.commitments(file)
    assert [(code_of(file, c.signatory_id), c.incident_id, c.category, c.measure, relative(file, c.announced_at))
            for c in commitments] == [("DE", strike, "military", "troop_deployment", "D+0 20:00"),
                                      ("FR", strike, "economic", "sanctions_package", "D+0 21:00"),
                                      (ORG, incursion, "political", "joint_statement", "D+0 23:00")]
    (pl_attendance,) = queries.consultations(file)
    assert (code_of(file, pl_attendance.signatory_id), pl_attendance.incident_id,
            relative(file, pl_attendance.joined_at)) == ("PL", strike, "D+0 22:00")

    # -- what the views show of it -----------------------------------------------------------------------------
    a = document.assessment
    assert window.countdown_panel.row_texts() == [
        "8 h 00 min Consult #1 Missile/drone strike on cities, 4 of 5 owe",           # PL attended
        "8 h 00 min React #1 Missile/drone strike on cities, 3 of 5 owe",             # DE and FR committed
        "14 h 00 min Consult #2 Ground incursion across the ceasefire line, 5 of 5 owe",
        "14 h 00 min React #2 Ground incursion across the ceasefire line, 4 of 5 owe",  # NB8's statement
        "23 h 00 min React #3 Cyber attack on critical infrastructure, 5 of 5 owe",   # moved to D+0 23:00
        "71 h 00 min Consult #3 Cyber attack on critical infrastructure, 5 of 5 owe"]  # S2: the 72 h tier
    gates = window.findings_panel.findings(GATE_KIND)
    assert [g.text for g in gates] == [
        f"DE military commitment (deployment of troops) for #{strike} missile strike S4 effective D+1 06:00, "
        f"parliamentary approval not before D+3 20:00 (assumed lead time 72 h)"]
    assert window.findings_panel.groups[GATE_KIND].text(0) == "Parliamentary gates — 1 broken, 0 respected"
    assert set(timeline.view.commitments.ids.tolist()) == {c.id for c in commitments}
    assert timeline.lane_codes() == ROSTER
    drawn = dict(zip(timeline.view.incidents.ids.tolist(), timeline.view.incidents.times.tolist()))
    assert drawn == {strike: startex + 2 * H, incursion: startex + 8 * H, cyber: startex + 17 * H}
    assert timeline.view.incidents.windows.count == 3
    assert a.reaction.status[a.snapshot.incident_position(cyber)].tolist() == [PENDING] * 5
    built_stored, built_seen = stored_state(file), seen_state(window)

    # -- Edit › Undo until nothing is left, then Edit › Redo until all is back ---------------------------------
    undo = menu_action(window, "edit", "actionUndo")
    redo = menu_action(window, "edit", "actionRedo")
    stack = document.undo_stack
    steps = stack.count()
    assert [stack.text(i) for i in range(steps)] == [
        "Add 4 signatories", "Add Nordic-Baltic Eight", "Add incident (Missile/drone strike on cities)",
        "Add incident (Ground incursion across the ceasefire line)",
        "Add incident (Cyber attack on critical infrastructure)", f"Move incident #{cyber}",
        f"Edit incident #{strike} (severity)", f"Record DE military commitment on incident #{strike}",
        f"Record FR economic commitment on incident #{strike}", f"Record NB8 political commitment on incident #{incursion}",
        f"Record PL consultation attendance, incident #{strike}"], "one undo step per user action"
    undone = 0
    while undo.isEnabled():
        undo.trigger()
        undone += 1
    assert undone == steps and stack.index() == 0 and stack.isClean()
    assert stored_state(file) == blank
    assert seen_state(window) == {**blank_seen, "status": built_seen["status"]}
    assert window.roster_dock.model.rowCount() == 0 and window.countdown_panel.model.rowCount() == 0
    assert window.findings_panel.counts() == {"missed": 0, "gap": 0, "gate": 0, "coordination": 0, "provision": 0}

    redone = 0
    while redo.isEnabled():
        redo.trigger()
        redone += 1
    assert redone == steps and stack.index() == steps
    assert stored_state(file) == built_stored
    assert seen_state(window) == built_seen
    assert isolated == [], "no error was reported along the way"
    built_incidents = [(strike, "missile_strike", 4, "D+0 08:00"), (incursion, "ground_incursion", 4, "D+0 14:00"),
                       (cyber, "cyber_attack", 2, "D+0 23:00")]
    assert incident_facts(file) == built_incidents

    # -- quit, reopen in a new window, find it as it was ---------------------------------------------------------
    menu_action(window, "file", "actionQuit").trigger()      # File › Quit: the window closes (closeEvent)
    assert window.document is None
    reopened = MainWindow(ExerciseDocument(ExerciseFile.open(path), wall=FakeWall(5000.0)))
    qtbot.addWidget(reopened)
    reopened.resize(1600, 1000)
    reopened.show()
    qtbot.waitExposed(reopened)
    assert stored_state(reopened.document.file) == built_stored
    assert incident_facts(reopened.document.file) == built_incidents
    assert [row[0] for row in roster_texts(reopened)] == list(ROSTER)
    assert seen_state(reopened) == built_seen
    assert reopened.document.undo_stack.count() == 0
    reopened.close()
