"""The main window's shell: the clock button's words, Recent Files, About, status messages."""
from __future__ import annotations

import platform
import re

import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QKeySequence

from gui.core import settings
from gui.shell.actions import command_text
from gui.conduct.clock_controls import start_pause_texts
from tests.support import VERSION

# Settings and data folder of each test only; every dialog is a recorded call (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated")


def test_the_clock_button_starts_before_startex_and_resumes_after_it(window):
    document = window.document
    startex = document.snapshot.startex
    assert document.clock.seconds() > startex, "the default exercise is saved paused mid-exercise"
    assert window.actions.start_pause.text() == "&Resume Clock"
    assert window.actions.start_pause.iconText() == "Resume clock"
    window.actions.start_pause.trigger()
    assert window.actions.start_pause.text() == "&Pause Clock"
    window.actions.start_pause.trigger()
    assert window.actions.start_pause.text() == "&Resume Clock"
    document.set_scenario_time(startex - 3600)
    assert window.actions.start_pause.text() == "&Start Clock"
    assert start_pause_texts(False, startex, startex)[0] == "&Resume Clock"   # at STARTEX it is under way


def test_the_clock_button_is_as_wide_as_its_longest_word(window):
    button = window.clock_toolbar.widgetForAction(window.actions.start_pause)
    longest = max(button.fontMetrics().horizontalAdvance(text) for text in ("Start clock", "Resume clock",
                                                                            "Pause clock"))
    assert button.minimumWidth() > longest


def test_open_recent_has_clear_menu(window):
    settings.remember_recent(window.document.file.path)
    menu = window.menus["recent"]
    menu.aboutToShow.emit()
    clear = menu.actions()[-1]
    assert clear.text() == "&Clear Menu" and clear.isEnabled() and clear.statusTip()
    clear.trigger()
    assert settings.value(settings.RECENT_FILES) == []
    menu.aboutToShow.emit()
    texts = [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]
    assert texts == [("No Recent Exercises", False), ("&Clear Menu", False)]


def test_about_shows_the_versions_the_data_folder_and_the_licences(window, isolated, tmp_path):
    window.actions.about.trigger()
    title, html = isolated[-1]
    assert title == "About Pactline"
    assert f"Pactline {VERSION}" in html
    assert qVersion() in html and PySide6.__version__ in html
    assert platform.python_version() in html
    assert str(tmp_path / "data") in html
    assert "Licence" in html and "LGPL-3.0" in html


def test_a_long_status_message_is_not_cut_by_the_readouts(window, qtbot):
    window.resize(1280, 800)
    bar = window.statusBar()
    status = window.status_line
    message = ("Moved incident #4 Naval blockade / attack on shipping S3 to D+2 02:30; "
               "26 signatories now owe a reaction by D+3 02:30")
    qtbot.waitUntil(lambda: bar.width() == window.width())
    window.show_message(message)

    def room() -> int:
        shown = [w for w in (*status._readouts, status.read_only) if w.isVisible()]
        return min(w.geometry().x() for w in shown)

    qtbot.waitUntil(lambda: room() >= bar.fontMetrics().horizontalAdvance(message))
    assert status.clock.state.isVisible(), "PAUSED/RUNNING stays"
    bar.clearMessage()
    qtbot.waitUntil(lambda: status.name.isVisible() and status.clock.scenario.isVisible())


def test_a_short_status_message_leaves_the_readouts_alone(window):
    window.resize(1280, 800)
    window.show_message("Saved")
    assert window.status_line.name.isVisible() and window.status_line.clock.scenario.isVisible()


def click_finding(qtbot, window, kind: str):
    from tests.test_findings_panel import click

    panel = window.findings_panel
    panel.update_from(window.document.assessment, force=True)
    item = panel.groups[kind].child(0)
    click(qtbot, panel, item)
    return item


def test_clicking_a_finding_brings_the_matrix_tab_forward(window, qtbot):
    from model.findings import GATE_KIND

    # A dock behind a tab still reports isVisible(): what shows is what has a visible region.
    def in_front(dock) -> bool:
        return not dock.visibleRegion().isEmpty()

    window.log_dock.raise_()
    qtbot.waitUntil(lambda: in_front(window.log_dock) and not in_front(window.commitment_matrix))
    click_finding(qtbot, window, GATE_KIND)
    qtbot.waitUntil(lambda: in_front(window.commitment_matrix))
    assert not in_front(window.log_dock)
    assert window.commitment_matrix.matrix.model.incident_id == 3


def test_clicking_a_finding_leaves_a_closed_matrix_closed(window, qtbot):
    from model.findings import GATE_KIND

    window.commitment_matrix.close()
    click_finding(qtbot, window, GATE_KIND)
    assert window.document.selection.current("incident") == 3
    assert window.commitment_matrix.isHidden()


SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "via", "with"}
ABBREVIATED_KEYS = re.compile(r"\b(Del|Ins|PgUp|PgDown)\b")


def menu_commands(window) -> list:
    """Every command in the menus (tabbed docks built, each menu opened once)."""
    window.deferred_docks.build()
    found = []

    def walk(menu) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            found.append(action)
            # Recent files and screens are names of things, not commands.
            if action.menu() is not None and action.menu().objectName() not in ("menuRecent",
                                                                                "menuProjectorScreen"):
                walk(action.menu())

    for action in window.menu_bar.actions():
        walk(action.menu())
    return found


def test_every_menu_command_is_in_title_case(window):
    wrong = []
    for action in menu_commands(window):
        text = command_text(action).replace("&", "")
        for number, word in enumerate(re.findall(r"[^\s/]+", text)):
            if word[0].isalpha() and word[0].islower() and (number == 0 or word not in SMALL_WORDS):
                wrong.append(text)
    assert wrong == []


def test_every_key_is_spelled_out_in_menus_tips_and_the_shortcut_list(window, qtbot):
    actions = menu_commands(window)
    deletes = [a for a in actions if a.shortcut().toString() == "Del"]
    assert deletes, "the roster and the MSEL delete with the Delete key"
    for action in actions:
        shown = action.text().split("\t")[1] if "\t" in action.text() else action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)
        assert not ABBREVIATED_KEYS.search(shown), command_text(action)
        assert not ABBREVIATED_KEYS.search(action.toolTip()), action.toolTip()
    assert all(a.text().endswith("\tDelete") for a in deletes)
    window.actions.shortcuts.trigger()
    rows = window.shortcuts_dialog.rows()
    assert not [row for row in rows if ABBREVIATED_KEYS.search(row[2])]
    assert ("Edit", "Remove Signatory", "Delete") in rows
    window.shortcuts_dialog.close()
