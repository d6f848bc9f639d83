"""What-if mode in the window: the strip and title say WHAT-IF, the projector keeps showing the record."""
from __future__ import annotations

from functools import partial

import pytest

from gui.core.commands import UpdateCommand
from gui.projector.window import ProjectorWindow
from gui.shell import app as gui_app
from gui.shell.main_window import MainWindow
from model import queries
from model.services.incidents import update_incident
from model.services.signatories import update_signatory
from model.what_if_difference import difference, difference_line

pytestmark = pytest.mark.usefixtures("isolated")


def occurred_incident(document):
    now = document.clock.now()
    return next(i for i in queries.incidents(document.file) if i.occurred_at <= now)


def test_projector_keeps_showing_the_record(qtbot, document):
    window = ProjectorWindow(document)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    document.set_scenario_time(max(i.occurred_at for i in queries.incidents(document.file)).timestamp())
    incident = occurred_incident(document)
    edit = partial(update_incident, incident_id=incident.id)
    document.enter_what_if()
    assert document.execute(UpdateCommand(document, "Place", edit, location="Whatifburg"))
    document.tick()
    window.grab()
    assert not any("Whatifburg" in text for text in window.visible_texts())
    document.discard_what_if()
    assert document.execute(UpdateCommand(document, "Place", edit, location="Whatifburg"))
    window.grab()
    assert any("Whatifburg" in text for text in window.visible_texts()), "the same edit on the record shows"


def test_window_says_what_if_and_the_difference_until_discarded(qtbot, exercise_path):
    document = gui_app.open_exercise(exercise_path)
    win = MainWindow(document)
    qtbot.addWidget(win)
    win.show()
    strip = win.what_if_commands.strip
    assert not strip.isVisible() and "WHAT-IF" not in win.windowTitle()
    win.what_if_commands.enter.trigger()
    assert document.what_if is not None
    assert strip.isVisible() and "[WHAT-IF]" in win.windowTitle()
    assert strip.line.text() == "no difference from the record"
    italy = next(s.id for s in queries.signatories(document.file) if s.code == "IT")
    assert document.execute(UpdateCommand(document, "IT", partial(update_signatory, signatory_id=italy),
                                          approval_lead_hours=24 * 7, lead_time_assumed=False))
    expected = difference_line(difference(document.record_assessment, document.assessment))
    qtbot.waitUntil(lambda: strip.line.text() == expected)
    undo = next(a for a in win.menus["edit"].actions() if a.objectName() == "actionUndo")
    assert undo.isEnabled() and "IT" in undo.text(), "Undo works on the what-if's own stack"
    win.what_if_commands.discard.trigger()
    assert document.what_if is None and not strip.isVisible() and "WHAT-IF" not in win.windowTitle()
    assert not win.what_if_commands.discard.isEnabled()


def test_apply_from_the_menu_leaves_what_if_mode_with_one_undo_step(qtbot, exercise_path):
    document = gui_app.open_exercise(exercise_path)
    win = MainWindow(document)
    qtbot.addWidget(win)
    win.show()
    assert not win.what_if_commands.apply.isEnabled()
    win.what_if_commands.enter.trigger()
    italy = next(s.id for s in queries.signatories(document.file) if s.code == "IT")
    assert document.execute(UpdateCommand(document, "IT", partial(update_signatory, signatory_id=italy),
                                          approval_lead_hours=24 * 7, lead_time_assumed=False))
    win.what_if_commands.apply.trigger()
    assert document.what_if is None and "WHAT-IF" not in win.windowTitle()
    assert next(s.approval_lead_hours for s in queries.signatories(document.file) if s.code == "IT") == 24 * 7
    undo = next(a for a in win.menus["edit"].actions() if a.objectName() == "actionUndo")
    assert "what-if" in undo.text().lower()
    undo.trigger()
    assert next(s.approval_lead_hours for s in queries.signatories(document.file) if s.code == "IT") != 24 * 7


def test_a_floating_dock_says_what_if_while_one_runs(qtbot, exercise_path):
    """A dock floated off the window has neither the strip nor the window's title: its own title
    carries the mark, docked or floated before or during the what-if, and loses it after."""
    document = gui_app.open_exercise(exercise_path)
    win = MainWindow(document)
    qtbot.addWidget(win)
    win.show()
    countdowns, findings = win.countdown_panel, win.findings_panel
    plain = countdowns.windowTitle(), findings.windowTitle()
    countdowns.setFloating(True)                      # floated before the what-if
    win.what_if_commands.enter.trigger()
    assert countdowns.windowTitle() == f"{plain[0]} [WHAT-IF]"
    assert findings.windowTitle() == plain[1], "a docked view sits under the strip"
    findings.setFloating(True)                        # floated during it
    assert findings.windowTitle() == f"{plain[1]} [WHAT-IF]"
    countdowns.setFloating(False)
    assert countdowns.windowTitle() == plain[0]
    win.what_if_commands.discard.trigger()
    assert findings.windowTitle() == plain[1] and countdowns.windowTitle() == plain[0]
