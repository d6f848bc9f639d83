"""The main window's layout on screens of 1280×800 to 3840×2160, and restored from another screen.

The offscreen platform has one 800×800 screen, so the screen's room is what
window_layout.available_geometry returns here; everything else is the real window.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtWidgets import QTabBar

from gui.core import settings
from gui.shell import window_layout
from gui.incidents.countdown_panel import INCIDENT
from gui.core.document import ExerciseDocument
from gui.shell.main_window import MainWindow
from gui.roster.model import APPROVAL, CODE, EU, NAME, NATO
from gui.timeline import look
from model.storage.exercise_file import ExerciseFile
from tests.support import FakeWall

SIZES = [(1280, 800), (1440, 900), (1920, 1080), (3840, 2160)]
HEADER_MARGIN = 8        # a header section's text needs its advance plus the style's padding

# Settings and data folder of each test only; every dialog is a recorded call (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated")


@pytest.fixture
def screen(monkeypatch):
    """The room of the screen the window opens on; a test sets ``screen["room"]``."""
    screen = {"room": QRect(0, 0, 1280, 800)}
    monkeypatch.setattr(window_layout, "available_geometry", lambda _window: screen["room"])
    return screen


def open_window(qtbot, path, size: tuple[int, int] | None = None) -> MainWindow:
    win = MainWindow(ExerciseDocument(ExerciseFile.open(path), wall=FakeWall()))
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.deferred_docks.build()
    qtbot.waitUntil(lambda: win.timeline.view.lane_box.height() > 0)
    return win


def lanes_shown(win: MainWindow) -> float:
    return win.timeline.view.lane_box.height() / look.LANE_PX


def whole_rows(view) -> int:
    return sum(1 for row in range(view.model().rowCount())
               if 0 <= view.rowViewportPosition(row) and
               view.rowViewportPosition(row) + view.rowHeight(row) <= view.viewport().height())


def unreadable_columns(view, columns, *, in_view: bool) -> list[str]:
    """Headers of *columns* whose section is narrower than its title, or (in_view) not wholly shown."""
    header = view.horizontalHeader()
    bad = []
    for column in columns:
        title = view.model().headerData(column, Qt.Orientation.Horizontal)
        if header.sectionSize(column) < header.fontMetrics().horizontalAdvance(title) + HEADER_MARGIN:
            bad.append(f"{title}: {header.sectionSize(column)} px")
        elif in_view and header.sectionViewportPosition(column) + header.sectionSize(column) > header.width():
            bad.append(f"{title}: cut at the edge")
    return bad


def assert_readable(win: MainWindow) -> None:
    roster, countdowns = win.roster_dock, win.countdown_panel
    assert roster.width() >= roster.minimum_width() and countdowns.width() >= countdowns.minimum_width()
    assert unreadable_columns(roster.view, (CODE, NAME, NATO, EU, APPROVAL), in_view=True) == []
    assert unreadable_columns(countdowns.view, range(4), in_view=True) == []
    assert countdowns.view.columnWidth(INCIDENT) >= countdowns._widths[INCIDENT], "not a column of “…”"
    matrix = win.commitment_matrix.matrix.view
    assert unreadable_columns(matrix, range(matrix.model().columnCount()), in_view=False) == []
    assert lanes_shown(win) >= window_layout.MIN_LANES
    for bar in win.findChildren(QTabBar):      # the tabs under the timeline, and any the user made
        if bar.isVisible():
            for index in range(bar.count()):
                text = bar.tabText(index)
                assert bar.tabRect(index).width() >= bar.fontMetrics().horizontalAdvance(text), f"tab {text!r} is cut"


# -- the geometry fallback, as a function of the screen's room ----------------------------------
def test_a_window_saved_on_a_4k_screen_is_shrunk_onto_a_1280_screen():
    room = QRect(0, 0, 1280, 800)
    fitted = window_layout.fit_geometry(QRect(200, 100, 3840, 2100), room)
    assert room.contains(fitted) and fitted.size() == QSize(1280, 800)


def test_a_window_saved_beyond_the_screen_edge_is_moved_back_onto_it():
    room = QRect(0, 30, 1920, 1050)       # a task bar at the top
    fitted = window_layout.fit_geometry(QRect(3000, -40, 1200, 800), room)
    assert room.contains(fitted) and fitted.size() == QSize(1200, 800)


def test_a_window_that_fits_keeps_its_place():
    saved = QRect(100, 80, 1200, 700)
    assert window_layout.fit_geometry(saved, QRect(0, 0, 1920, 1080)) == saved


def test_no_saved_window_opens_at_the_default_size_or_most_of_a_smaller_screen():
    big = window_layout.fit_geometry(None, QRect(0, 0, 3840, 2160))
    assert big.size() == QSize(*window_layout.DEFAULT_SIZE) and big.center() == QRect(0, 0, 3840, 2160).center()
    small = window_layout.fit_geometry(None, QRect(0, 0, 1280, 800))
    assert small.size() == QSize(int(1280 * 0.92), int(800 * 0.92))


def test_a_layout_counts_as_another_screen_when_the_window_size_changed_much():
    assert window_layout.another_size(QSize(3840, 2160), QSize(1280, 800))
    assert window_layout.another_size(None, QSize(1280, 800))
    assert not window_layout.another_size(QSize(1290, 790), QSize(1280, 800))


# -- the real window ----------------------------------------------------------------------------
def test_a_refused_saved_geometry_falls_back_to_the_default_size(qtbot, exercise_path, screen):
    screen["room"] = QRect(0, 0, 1920, 1080)
    settings.set_value(settings.WINDOW_GEOMETRY, QByteArray(b"not a saved geometry"))
    win = open_window(qtbot, exercise_path)
    assert win.size() == QSize(*window_layout.DEFAULT_SIZE)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_dock_column_is_readable_at_first_start(qtbot, exercise_path, screen, size):
    screen["room"] = QRect(0, 0, *size)
    win = open_window(qtbot, exercise_path, size)
    win.document.selection.select("incident", 4)
    qtbot.waitUntil(lambda: win.commitment_matrix.matrix.model.rowCount() == 29)
    assert_readable(win)
    roster = win.roster_dock.view
    shown = [c for c in range(roster.model().columnCount())
             if roster.horizontalHeader().sectionViewportPosition(c) < roster.viewport().width()]
    assert unreadable_columns(roster, shown, in_view=True) == [], "no column half in view"
    if size == (1280, 800):
        assert whole_rows(win.commitment_matrix.matrix.view) >= 4


def test_a_layout_saved_at_3840x2160_restores_readably_onto_1280x800(qtbot, exercise_path, screen):
    screen["room"] = QRect(0, 0, 3840, 2160)
    first = open_window(qtbot, exercise_path, (3840, 2160))
    # What a user on the big screen did: a wide roster and a tall matrix, the evaluation closed.
    first.resizeDocks([first.roster_dock], [1500], Qt.Orientation.Horizontal)
    first.resizeDocks([first.commitment_matrix], [1500], Qt.Orientation.Vertical)
    first.evaluation_dock.close()
    qtbot.waitUntil(lambda: first.roster_dock.width() > 1000)
    first.close()

    screen["room"] = QRect(0, 0, 1280, 800)
    second = open_window(qtbot, exercise_path)
    assert second.width() <= 1280 and second.height() <= 800
    assert second.roster_dock.width() < 600, "sizes come from the content, not from the 4K screen"
    assert second.evaluation_dock.isHidden(), "where each dock is stays as saved"
    second.resize(1280, 800)               # maximised on the small screen
    qtbot.waitUntil(lambda: second.width() == 1280)
    assert_readable(second)


def test_the_timeline_keeps_its_lanes_however_tall_the_docks_below_are(qtbot, exercise_path, screen):
    win = open_window(qtbot, exercise_path, (1280, 800))
    before = win.commitment_matrix.height()
    win.resizeDocks([win.commitment_matrix], [700], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: win.commitment_matrix.height() > before)    # as tall as the timeline lets it
    assert win.timeline.height() >= window_layout.timeline_height(win.timeline, window_layout.MIN_LANES)
    qtbot.waitUntil(lambda: lanes_shown(win) >= window_layout.MIN_LANES)


