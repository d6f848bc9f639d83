"""The tabbed docks under the timeline arrive just after the window's first paint, in their place."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from gui.shell import app as gui_app
from gui.core.document import ExerciseDocument
from gui.evaluation.dock import EvaluationDock
from gui.incidents.inspector import IncidentInspector
from gui.conduct.log_dock import LogDock
from gui.shell.main_window import MainWindow
from gui.conduct.msel_dock import MselDock
from model.storage.exercise_file import ExerciseFile
from model.queries import log_entries

TABBED = {"incident_inspector": (IncidentInspector, "Alt+4"), "msel_dock": (MselDock, "Alt+7"),
          "log_dock": (LogDock, "Alt+8"), "evaluation_dock": (EvaluationDock, "Alt+9")}


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("PACTLINE_SETTINGS_DIR", str(tmp_path / "settings"))
    gui_app.configure_application(qapp, "9.9.9-test")


@pytest.fixture
def open_window(qtbot, default_template, tmp_path, wall):
    """A window on a fresh copy of the default exercise, built but not shown yet."""
    def make(name: str = "drill") -> MainWindow:
        path = tmp_path / f"{name}.pactline"
        path.write_bytes(default_template.read_bytes())
        window = MainWindow(ExerciseDocument(ExerciseFile.open(path), wall=wall))
        qtbot.addWidget(window)
        window.resize(1600, 1000)
        return window
    return make


def shown(qtbot, window: MainWindow) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.deferred_docks.built)
    return window


def in_front(dock: QDockWidget) -> bool:
    """Shown, not merely visible: a tab behind another counts as visible but has nothing on screen."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def menu_names(window: MainWindow, menu: str) -> list[str]:
    return [action.objectName() or ("-" if action.isSeparator() else action.text())
            for action in window.menus[menu].actions()]


def test_they_are_built_after_the_first_paint_with_the_titles_their_tabs_showed(qtbot, open_window):
    window = open_window()
    assert not window.deferred_docks.built
    titles = {name: dock.windowTitle() for name, dock in window.deferred_docks.placeholders.items()}
    names = {name: dock.objectName() for name, dock in window.deferred_docks.placeholders.items()}
    assert set(titles) == set(TABBED)

    shown(qtbot, window)
    for name, (kind, key) in TABBED.items():
        dock = getattr(window, name)
        assert isinstance(dock, kind)
        assert (dock.windowTitle(), dock.objectName()) == (titles[name], names[name])
        assert dock.toggleViewAction().shortcut().toString() == key
        assert dock.toggleViewAction() in window.menus["view"].actions()
    # One dock per name: the place-holders are gone.
    docks = [d.objectName() for d in window.findChildren(QDockWidget) if d.objectName()]
    assert len(docks) == len(set(docks))
    assert len([a for a in window.menus["view"].actions() if a.shortcut().toString() == "Alt+8"]) == 1


def test_they_are_bound_to_the_open_exercise(qtbot, open_window):
    window = shown(qtbot, open_window())
    log = window.log_dock
    assert log.model.rowCount() == len(log_entries(window.document.file)) > 0
    assert window.msel_dock.model.rowCount() > 0
    window.close_document()
    assert log.model.rowCount() == 0


def test_asking_for_one_builds_them_at_once(open_window):
    window = open_window()
    inspector = window.incident_inspector          # never shown, never painted
    assert window.deferred_docks.built and isinstance(inspector, IncidentInspector)
    assert window.log_dock.model.rowCount() > 0


def test_their_commands_sit_in_the_menus_where_they_belong(qtbot, open_window):
    window = open_window()
    edit = menu_names(window, "edit")
    assert "actionEditIncident" not in edit and "actionRecordDecision" not in menu_names(window, "exercise")
    window.menus["edit"].aboutToShow.emit()         # a menu opened before they arrived
    assert window.deferred_docks.built
    edit, exercise = menu_names(window, "edit"), menu_names(window, "exercise")
    # Edit: palette, inspector, matrix, MSEL - the order of the docks under the timeline.
    assert edit.index("actionAddIncidentAtNow") < edit.index("actionEditIncident") \
        < edit.index("actionRecordCommitment")
    assert edit.index("actionRecordCommitment") < edit.index("actionAddInject")
    # Exercise: MSEL, log, then the planning dialogs; one separator between groups, none doubled.
    assert exercise.index("actionFireInjectNow") < exercise.index("actionRecordDecision") \
        < exercise.index("actionTreatyTerms")
    for names in (edit, exercise):
        assert all(not (a == b == "-") for a, b in zip(names, names[1:])), names
        assert names[-1] != "-"


def test_a_saved_layout_lands_on_the_real_docks(qtbot, open_window):
    first = shown(qtbot, open_window("first"))
    first.log_dock.raise_()
    first.evaluation_dock.close()
    qtbot.waitUntil(lambda: in_front(first.log_dock))
    assert not in_front(first.commitment_matrix)
    first.close()                                   # saves the layout

    second = open_window("second")
    assert not second.deferred_docks.built
    shown(qtbot, second)
    qtbot.waitUntil(lambda: in_front(second.log_dock))
    assert not in_front(second.commitment_matrix), "the log is the tab in front, as it was left"
    assert not second.evaluation_dock.toggleViewAction().isChecked(), "closed stays closed"
    assert second.incident_inspector in second.tabifiedDockWidgets(second.log_dock)


def test_the_timeline_keeps_its_height_when_they_arrive(qtbot, open_window):
    """Arriving late must not change the layout: same sizes as docks built before the first show."""
    at_once = open_window("at_once")
    assert at_once.log_dock is not None               # built before the window is shown
    shown(qtbot, at_once)
    later = shown(qtbot, open_window("later"))        # first start too: nothing saved yet
    assert later.timeline.height() == at_once.timeline.height()
    assert later.commitment_matrix.height() == at_once.commitment_matrix.height()


def test_their_view_keys_work_once_they_have_arrived(qtbot, open_window):
    window = shown(qtbot, open_window())
    window.activateWindow()
    qtbot.waitActive(window)
    toggle = window.log_dock.toggleViewAction()
    assert toggle.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)     # View › Decision Log
    assert not toggle.isChecked() and window.log_dock.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    assert toggle.isChecked() and not window.log_dock.isHidden()
