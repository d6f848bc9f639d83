"""The main window on the default exercise: chrome, live clock, layout, start-up."""
from __future__ import annotations

from functools import partial
import os
from pathlib import Path
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from PySide6.QtGui import QAction, QKeySequence

from gui.shell import app as gui_app
from gui.core import dialogs, settings
from gui.shell.window_layout import DEFAULT_SIZE as MAIN_DEFAULT_SIZE
from gui.shell.main_window import MainWindow
from gui.roster.model import NAME
from gui.timeline import TimelineWidget
from model.storage.exercise_file import ExerciseFile
from model.snapshot import load_snapshot
from model.timeutil import parse_iso
from tests.support import VERSION

ROOT = Path(__file__).resolve().parent.parent


# Settings and data folder of each test only; every dialog is a recorded call (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated")


def first_pending_text(win: MainWindow) -> str:
    return win.countdown_panel.row_texts()[0]


# -- opening on the default exercise --------------------------------------------------------
def test_first_start_opens_the_default_exercise_from_the_data_folder(qtbot, tmp_path):
    startup = gui_app.startup_document(None)
    win = MainWindow(startup.document)
    qtbot.addWidget(win)
    win.show()

    default = tmp_path / "data" / gui_app.DEFAULT_EXERCISE_FILE
    assert default.exists(), "the default exercise is created in the user's data folder"
    assert not (ROOT / gui_app.DEFAULT_EXERCISE_FILE).exists()
    assert startup.errors == []
    assert win.windowTitle() == (f"Pactline default exercise: renewed aggression, four days — "
                                 f"{default.name} — Pactline")
    assert win.banner.text() == "EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE"
    assert win.banner.isVisible() and win.banner.y() == 0, "the marking is the topmost strip"
    assert win.roster_dock.model.rowCount() == 29
    assert win.roster_dock.proxy.rowCount() == 29
    assert isinstance(win.timeline, TimelineWidget) and win.timeline.isVisible()
    rows = win.countdown_panel.row_texts()
    assert rows and rows[0] == "17 h 30 min React #4 Naval blockade / attack on shipping, 26 of 29 owe"
    assert settings.value(settings.LAST_EXERCISE) == str(default)


def test_banner_uses_the_marking_colour_and_follows_edits(window):
    from gui.core.commands import UpdateCommand
    from model.services.exercise import update_exercise

    assert "#2e7d32" in window.banner.styleSheet()
    command = UpdateCommand(window.document, "Edit marking", update_exercise,
                            classification="SECRET // EXERCISE", marking_colour="#c62828")
    assert window.document.execute(command)
    assert window.banner.text() == "EXERCISE EXERCISE EXERCISE — SECRET // EXERCISE"
    assert "#c62828" in window.banner.styleSheet()
    window.document.undo_stack.undo()
    assert window.banner.text().endswith("UNCLASSIFIED // EXERCISE")


def test_every_menu_action_has_a_shortcut_and_a_status_tip(window):
    names = [action.text().replace("&", "") for action in window.menu_bar.actions()]
    assert names == ["File", "Edit", "View", "Exercise", "Help"]
    checked = 0
    for key, menu in window.menus.items():
        if key == "recent":
            continue
        for action in menu.actions():
            if action.isSeparator() or isinstance(action.menu(), QMenu) or not action.isVisible():
                continue
            if action is not window.actions.about:     # About is read once; F1 opens the shortcut list
                assert not action.shortcut().isEmpty(), action.text()
            assert action.statusTip(), action.text()
            checked += 1
    assert checked >= 18
    assert window.actions.start_pause.shortcuts()[0].toString() == "Space"
    assert "F5" in [k.toString() for k in window.actions.start_pause.shortcuts()]
    assert window.actions.fit_all.shortcut().toString() == "Home"


def test_undo_and_redo_come_from_the_document_stack_and_say_what(window):
    from gui.core.commands import UpdateCommand
    from model.services.signatories import update_signatory

    undo = window.findChild(type(window.actions.open), "actionUndo")
    redo = window.findChild(type(window.actions.open), "actionRedo")
    assert undo.shortcut().toString() == "Ctrl+Z" and redo.shortcut().toString() == "Ctrl+Shift+Z"
    assert not undo.isEnabled()
    model = window.roster_dock.model
    gb = model.signatory(model.row_of_code("GB"))
    window.document.execute(UpdateCommand(window.document, "Rename GB", partial(update_signatory, signatory_id=gb.id),
                                          name="Britain"))
    assert undo.isEnabled() and undo.text() == "&Undo Rename GB"
    assert model.data(model.index(model.row_of_code("GB"), NAME)) == "Britain"
    undo.trigger()
    assert model.data(model.index(model.row_of_code("GB"), NAME)) == "United Kingdom"
    assert redo.text() == "&Redo Rename GB"


def test_ctrl_z_undoes_from_the_keyboard(window, qtbot):
    from gui.core.commands import UpdateCommand
    from model.services.signatories import update_signatory

    model = window.roster_dock.model
    gb = model.signatory(model.row_of_code("GB"))
    window.document.execute(UpdateCommand(window.document, "Rename GB", partial(update_signatory, signatory_id=gb.id), name="Britain"))
    window.activateWindow()
    window.roster_dock.view.setFocus()
    qtbot.waitUntil(window.roster_dock.view.hasFocus)
    qtbot.keyClick(window.roster_dock.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.data(model.index(model.row_of_code("GB"), NAME)) == "United Kingdom"
    qtbot.keyClick(window.roster_dock.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert model.data(model.index(model.row_of_code("GB"), NAME)) == "Britain"


def test_open_recent_lists_remembered_exercises(window, tmp_path):
    gone = tmp_path / "gone.pactline"
    settings.remember_recent(gone)
    settings.remember_recent(window.document.file.path)
    menu = window.menus["recent"]
    menu.aboutToShow.emit()
    entries = [(a.text(), a.isEnabled(), a.statusTip()) for a in menu.actions()]
    assert entries[0] == ("&1 drill.pactline", True, str(window.document.file.path))
    assert entries[1] == ("&2 gone.pactline", False, str(gone))


# -- the live clock --------------------------------------------------------------------------
def test_running_clock_counts_down_and_moves_the_status_bar(window, wall):
    document = window.document
    assert document.clock.speed == 60
    status = window.clock_status
    assert status.scenario.text() == "D+2 09:00:00 scenario (Wed 2026-03-04 09:00:00 UTC)"
    assert status.state.text() == "PAUSED" and status.speed.text() == "×60"
    before = first_pending_text(window)
    assert before.startswith("17 h 30 min React #4")

    window.actions.start_pause.trigger()
    assert document.clock.running and status.state.text() == "RUNNING"
    assert window.actions.start_pause.text() == "&Pause Clock"
    wall.advance(10)                      # 10 wall seconds at x60 = 10 scenario minutes
    document.tick()
    assert first_pending_text(window).startswith("17 h 20 min React #4")
    assert status.scenario.text() == "D+2 09:10:00 scenario (Wed 2026-03-04 09:10:00 UTC)"
    assert window.clock_toolbar.readout.relative.text() == "D+2 09:10:00"

    window.actions.start_pause.trigger()  # pause: time stands still however long the wall runs
    assert status.state.text() == "PAUSED"
    wall.advance(3600)
    document.tick()
    assert first_pending_text(window).startswith("17 h 20 min React #4")
    assert status.scenario.text().startswith("D+2 09:10:00 scenario")


def test_an_opened_exercise_puts_the_keyboard_on_the_timeline(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.focusWidget() is window.timeline.view         # not the roster's filter field
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)       # so the first Space starts the clock
    assert window.document.clock.running
    assert window.roster_dock.filter_bar.search.text() == ""


def test_space_starts_and_pauses_the_clock_wherever_the_focus_is(window, qtbot):
    window.activateWindow()
    view = window.countdown_panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.document.clock.running
    qtbot.keyClick(view, Qt.Key.Key_F5)
    assert not window.document.clock.running


def test_speed_presets_and_custom_speed(window, wall, monkeypatch):
    document = window.document
    window.actions.speeds[600.0].trigger()
    assert document.clock.speed == 600
    assert window.clock_status.speed.text() == "×600"
    assert window.clock_toolbar.speed_combo.currentText() == "×600"

    combo = window.clock_toolbar.speed_combo
    combo.activated.emit(combo.findData(10.0))
    assert document.clock.speed == 10 and window.actions.speeds[10.0].isChecked()

    monkeypatch.setattr(dialogs, "ask_speed", lambda parent, current, maximum: 120.0)
    window.actions.custom_speed.trigger()
    assert document.clock.speed == 120
    assert combo.currentText() == "×120 (custom)"
    assert window.actions.custom_speed.isChecked()
    assert settings.value(settings.CLOCK_SPEED_CUSTOM) == 120.0

    window.actions.start_pause.trigger()
    wall.advance(30)                      # 30 s at x120 = one scenario hour
    document.tick()
    assert first_pending_text(window).startswith("16 h 30 min React #4")

    monkeypatch.setattr(dialogs, "ask_speed", lambda parent, current, maximum: None)
    window.actions.custom_speed.trigger()  # cancelled: nothing changes
    assert document.clock.speed == 120 and window.actions.custom_speed.isChecked()


def test_clicking_a_countdown_selects_its_incident_on_the_timeline(window, qtbot, monkeypatch):
    chosen = []
    monkeypatch.setattr(window.timeline, "select_incident", chosen.append)
    view = window.countdown_panel.view
    rect = view.visualRect(view.model().index(0, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    naval_blockade = window.countdown_panel.model.countdown(0).incident_id
    assert chosen == [naval_blockade]


# -- errors ------------------------------------------------------------------------------------
def test_document_errors_reach_the_status_bar_and_a_message(window, isolated):
    window.document.error.emit("DE: the change could not be stored")
    assert window.statusBar().currentMessage() == "DE: the change could not be stored"
    assert isolated[-1] == ("Pactline", "DE: the change could not be stored")


def test_a_repeated_error_does_not_stack_message_boxes(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    boxes = []

    def notify(parent, title, text):
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        boxes.append(box)
        return box

    monkeypatch.setattr(dialogs, "notify_error", notify)
    window.report_error("the disk is full")
    window.report_error("the disk is full")
    assert len(boxes) == 1
    boxes[0].done(0)
    window.report_error("the disk is full")
    assert len(boxes) == 2


def test_read_only_exercise_is_marked_in_title_and_status_bar(qtbot, exercise_path):
    exercise_path.chmod(0o444)
    document = gui_app.open_exercise(exercise_path)
    win = MainWindow(document)
    qtbot.addWidget(win)
    win.show()
    assert document.file.read_only
    assert "drill.pactline [read-only] — Pactline" in win.windowTitle()
    assert win.status_line.read_only.isVisible() and win.status_line.read_only.text() == "READ-ONLY"
    win.actions.start_pause.trigger()     # a read-only exercise can still be run, just not saved
    assert document.clock.running


def test_open_dialog_switches_exercise_and_releases_the_old_one(window, tmp_path, default_template,
                                                                monkeypatch):
    other = tmp_path / "other.pactline"
    other.write_bytes(default_template.read_bytes())
    old_path = window.document.file.path
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, directory: other)
    window.actions.open.trigger()
    assert window.document.file.path == other
    assert "other.pactline" in window.windowTitle()
    ExerciseFile.open(old_path).close()   # the old file's lock was released


def test_opening_a_damaged_file_keeps_the_current_exercise(window, tmp_path, isolated):
    damaged = tmp_path / "damaged.pactline"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    assert not window.open_path(damaged)
    assert isolated[-1][0] == "Cannot open exercise" and "truncated" in isolated[-1][1]
    assert window.document is not None and "drill.pactline" in window.windowTitle()


def test_close_exercise_shows_the_empty_state(window):
    path = window.document.file.path
    window.actions.close.trigger()
    assert window.document is None
    assert window.windowTitle() == "Pactline"
    assert window.banner.text() == "EXERCISE EXERCISE EXERCISE"
    assert window.stack.currentWidget() is window.welcome
    assert window.roster_dock.model.rowCount() == 0 and window.countdown_panel.model.rowCount() == 0
    assert not window.actions.start_pause.isEnabled()
    ExerciseFile.open(path).close()


# -- closing and the layout ----------------------------------------------------------------------
def test_closing_the_window_saves_the_clock_paused_and_releases_the_file(window, wall, exercise_path):
    window.actions.start_pause.trigger()
    wall.advance(60)                      # one scenario hour at x60
    window.close()
    assert window.document is None
    file = ExerciseFile.open(exercise_path)  # would raise FileInUseError if still held
    try:
        snapshot = load_snapshot(file)
    finally:
        file.close()
    assert snapshot.clock_time == int(parse_iso("2026-03-04T10:00:00Z").timestamp())


def test_window_geometry_and_docks_are_restored(qtbot, exercise_path):
    first = MainWindow(gui_app.open_exercise(exercise_path))
    qtbot.addWidget(first)
    first.resize(760, 590)  # inside the offscreen platform's 800x800 screen, which restoring clamps to
    first.show()
    saved_size = (first.width(), first.height())
    assert saved_size != MAIN_DEFAULT_SIZE
    first.countdown_panel.hide()
    first.clock_toolbar.hide()
    first.close()

    second = MainWindow(gui_app.open_exercise(exercise_path))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == saved_size
    assert second.countdown_panel.isHidden()
    assert second.clock_toolbar.isHidden()
    assert not second.roster_dock.isHidden()
    assert not second.countdown_panel.toggleViewAction().isChecked()


def test_every_dock_and_toolbar_has_an_object_name(window):
    from PySide6.QtWidgets import QDockWidget, QToolBar
    for widget in window.findChildren(QDockWidget) + window.findChildren(QToolBar):
        assert widget.objectName(), widget.windowTitle()


def test_f1_lists_every_menu_shortcut_and_the_view_keys(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog.isVisible() and dialog.windowTitle().startswith("Keyboard Shortcuts")
    rows = dialog.rows()
    by_command = {command: keys for _where, command, keys in rows}
    assert by_command["Resume Clock"] == "Space,  F5" and by_command["Keyboard Shortcuts"] == "F1"
    assert ("Timeline", "Fit everything", "Home") in rows
    # Every menu command with a key is listed, under its menu: read from the menus, not a copy.
    listed = {keys for _w, _c, keys in rows}
    for menu in window.menus.values():
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None and not action.shortcut().isEmpty():
                assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in " ".join(listed), \
                    action.text()
    dialog.filter.setText("undo")
    assert dialog.rows() and all("undo" in " ".join(row).lower() for row in dialog.rows())
    dialog.filter.setText("no such command")
    assert dialog.rows() == []
    dialog.close()
    window.actions.shortcuts.trigger()                # F1 again: the same list, up to date
    assert window.shortcuts_dialog is dialog and dialog.isVisible()
    assert len(window.findChildren(type(dialog))) == 1
    dialog.close()


def test_about_names_the_version(window, isolated):
    window.actions.about.trigger()
    title, html = isolated[-1]
    assert title == "About Pactline" and VERSION in html


# -- main.py ---------------------------------------------------------------------------------------
def run_main(*args: str, tmp_path: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    env = {**(os.environ if env is None else env), "PACTLINE_SETTINGS_DIR": str(tmp_path / "main-settings"),
           "PACTLINE_DATA_DIR": str(tmp_path / "main-data")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=tmp_path)


@pytest.mark.parametrize("platform", ["offscreen", None], ids=["offscreen", "no-display"])
def test_main_self_test_passes(tmp_path, platform):
    # As CI runs the frozen binary: no display at all, and it must pick offscreen itself.
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    result = run_main("--self-test", tmp_path=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert "self-test OK" in line and "29 signatories" in line and "5 incidents" in line
    assert "met" in line and "pending" in line and "missed" in line
    assert re.search(r"a [1-9]\d*-page playbook PDF", line), "the self-test prints through QtPrintSupport"
    assert not (tmp_path / "main-data").exists(), "the self-test leaves the user's data folder alone"


def test_main_help_documents_every_option(tmp_path):
    result = run_main("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    for option in ("EXERCISE", "--new-default PATH", "--self-test", "--version"):
        assert option in result.stdout
    assert "default exercise" in result.stdout and "read-only" in result.stdout


def test_main_version(tmp_path):
    result = run_main("--version", tmp_path=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("Pactline ")


def test_main_new_default_refuses_an_existing_file(tmp_path, exercise_path):
    before = exercise_path.read_bytes()
    result = run_main("--new-default", str(exercise_path), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "already exists" in result.stderr and str(exercise_path) in result.stderr
    assert exercise_path.read_bytes() == before


def test_self_test_failure_exits_non_zero_with_the_reason(monkeypatch, capsys):
    import main
    import model.default_exercise
    from model.errors import ExerciseFileError

    def refuse(path, **_kwargs):
        raise ExerciseFileError(path, "the folder is not writable (Permission denied)")

    monkeypatch.setattr(model.default_exercise, "create_default_exercise", refuse)
    assert main.main(["--self-test"]) == 1
    err = capsys.readouterr().err
    assert "self-test FAILED" in err and "the folder is not writable" in err


def test_no_two_window_actions_share_a_shortcut(window):
    """Qt ignores a key bound twice in one window ("ambiguous"): each must be unique."""
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() not in (Qt.ShortcutContext.WindowShortcut,
                                             Qt.ShortcutContext.ApplicationShortcut):
            continue
        for key in action.shortcuts():
            text = key.toString()
            owner = action.text().replace("&", "")
            assert seen.setdefault(text, owner) == owner, f"{text} is bound to {seen[text]} and {owner}"


def test_start_up_keeps_the_cycle_collector_out_then_freezes_what_it_built():
    import gc

    import main

    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    try:
        main.pause_collector()
        assert not gc.isenabled()
        survivor = [[] for _ in range(100)]                 # built during start-up, lives on
        main.resume_collector()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen_before + len(survivor)
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_started_program_marks_every_dialog(qapp, monkeypatch, exercise_path):
    """main.run_gui installs the dialog marking only after show(), yet before any dialog can appear."""
    import gc

    import main
    from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

    from gui.core.dialog_marking import DialogMarker

    for marker in qapp.findChildren(DialogMarker):      # left by other tests: start without one
        qapp.removeEventFilter(marker)
        marker.setParent(None)
    seen = {}

    def run_event_loop(*_args):
        qapp.processEvents()
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(QLabel("A question"))
        dialog.show()
        seen["marked"] = bool(dialog.property("pactlineMarking"))
        seen["title"] = dialog.windowTitle()
        dialog.close()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    try:
        assert main.run_gui(main.build_parser().parse_args([str(exercise_path)])) == 0
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == {"marked": True, "title": "EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE"}
