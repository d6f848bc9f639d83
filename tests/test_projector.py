"""The projector view: what players see (and never see), size, the live clock, the screen it opens on."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from gui.core import settings
from gui.core.commands import CreateCommand
from gui.projector.window import ProjectorController, ProjectorWindow
from gui.projector.matrix import AWAITED, COMMITTED, MISSING, NOT_EXPECTED, commitment_matrix
from model import queries
from model.services import injects, responses
from model.services import log as log_service
from model.vocabulary import CATEGORIES

INJECT_NOTES = "CONTROLLER ONLY: hold this inject if the cell has not met"
EXPECTED_ACTION = "Delegations convene the coordination cell within 2 h"
SYNOPSIS = "SCRIPT: Frigate shells the port of Izmail"
LOG_TEXT = "Chair privately expects Norway to abstain"


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("PACTLINE_SETTINGS_DIR", str(tmp_path / "settings"))


@pytest.fixture
def projector(qtbot, document) -> ProjectorWindow:
    window = ProjectorWindow(document)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.height() == 1080)
    return window


def all_texts(window: ProjectorWindow) -> list[str]:
    """Every label's text, shown or not, and every string the heat map painted."""
    window.grab()                                # paints everything once
    return [label.text() for label in window.findChildren(QLabel)] + list(window.heat_map.painted_texts)


def texts(window: ProjectorWindow) -> list[str]:
    window.grab()
    return window.visible_texts()


# -- what is shown -----------------------------------------------------------------------------------
def test_shows_marking_time_incidents_countdowns_and_heat_map(projector):
    shown = texts(projector)
    assert "EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE" in shown
    assert projector.banner.isVisible() and projector.banner.y() == 0, "the marking is the top strip"
    assert "D+2 09:00:00" in shown and "PAUSED" in shown
    incidents = [t for t in shown if t.startswith("#")]
    assert incidents == ["#4 Naval blockade / attack on shipping", "#3 Ground incursion across the ceasefire line",
                         "#2 Cyber attack on critical infrastructure", "#1 Missile/drone strike on cities"], \
        "occurred incidents, most recent first; #5 (D+2 16:00) has not happened"
    assert "Odesa approaches · D+2 02:30" in shown and "S3" in shown
    times = [label.text() for label in projector.findChildren(QLabel, "projectorCountdownTime")
             if label.isVisibleTo(projector)]
    assert times == ["17 h 30 min", "36 h 15 min", "41 h 30 min"], "pending deadlines by urgency"
    assert "REACT #4 Naval blockade / attack on shipping" in shown
    assert "26 of 29 still owe · due D+3 02:30" in shown
    assert any(t.startswith("CONSULT  #1 Missile/drone strike on cities") for t in shown), "missed, briefly"
    assert {"AL", "US", "Political", "Humanitarian", "26/29"} <= set(shown), "the heat map is painted"


def test_never_shows_controller_material(projector, document):
    report = injects.create_inject(document.file, scenario_time=document.clock.now(), inject_type="incident",
                                   incident_type="naval_blockade", severity=4, location="Izmail port",
                                   synopsis=SYNOPSIS, expected_action=EXPECTED_ACTION, notes=INJECT_NOTES,
                                   objective="O2 Convene within 24 h", controller="Lt Col. Berg")
    document.apply(report)
    delivery = injects.deliver_inject(document.file, inject_id=report.ids[0], at=document.clock.now())
    document.apply(delivery)
    document.apply(log_service.add_log_entry(document.file, kind="decision", text=LOG_TEXT))
    shown = texts(projector)
    (created,) = delivery.created["incident"]
    assert f"#{created} Naval blockade / attack on shipping" in shown, "the delivered incident itself is shown"
    assert "Izmail port · D+2 09:00" in shown
    everything = "\n".join(all_texts(projector))
    for secret in (INJECT_NOTES, EXPECTED_ACTION, SYNOPSIS, LOG_TEXT, "O2 Convene", "Lt Col. Berg", "MSEL"):
        assert secret not in everything, secret
    msel = queries.injects(document.file)
    assert len(msel) > 1, "the default exercise's own MSEL is checked too"
    for inject in msel:
        for secret in (inject.synopsis, inject.expected_action, inject.notes, inject.controller):
            assert not secret or secret not in everything, secret
    for entry in queries.log_entries(document.file):
        assert entry.text not in everything, entry.text
    for widget in projector.findChildren(QWidget):
        assert INJECT_NOTES not in widget.toolTip() and SYNOPSIS not in widget.toolTip()


def test_countdown_digits_are_at_least_48_pt_at_1920_by_1080(projector, qtbot):
    assert projector.countdown_font_points() >= 48
    for label in projector.findChildren(QLabel, "projectorCountdownTime"):
        assert label.font().pointSizeF() >= 48 and label.font().bold()
    assert projector.scenario_time.font().pointSizeF() >= 60
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: projector.height() == 720)
    assert 30 <= projector.countdown_font_points() < 48, "the fonts follow the window height"


def test_dark_high_contrast_theme(projector):
    image = projector.grab().toImage()
    background = QColor(image.pixel(image.width() - 4, image.height() - 4))
    assert background.lightness() < 30
    assert "#f5f7fa" in projector.scenario_time.styleSheet()


# -- live -------------------------------------------------------------------------------------------
def test_follows_the_running_clock(projector, document, wall):
    first = projector.countdowns.rows[0].time
    assert first.text() == "17 h 30 min"
    document.start_clock()
    assert projector.clock_state.text() == "RUNNING ×60"
    wall.advance(10)                           # 10 wall seconds at x60: 10 scenario minutes
    document.tick()
    assert first.text() == "17 h 20 min"
    assert projector.scenario_time.text() == "D+2 09:10:00"
    document.pause_clock()
    assert projector.clock_state.text() == "PAUSED"


def test_a_recorded_commitment_shows_in_the_heat_map_at_once(projector, document):
    snap = document.snapshot
    pl, economic = snap.sig_codes.index("PL"), CATEGORIES.index("economic")
    assert projector.heat_map.cells[economic, pl] == AWAITED
    document.execute(CreateCommand(document, "PL sanctions", responses.create_commitment,
                                   responses.delete_commitment, incident_id=4, signatory_id=int(snap.sig_ids[pl]),
                                   category="economic", measure="sanctions_package",
                                   announced_at=document.clock.now(), status="announced"))
    assert projector.heat_map.cells[economic, pl] == COMMITTED
    document.undo_stack.undo()
    assert projector.heat_map.cells[economic, pl] == AWAITED


def test_matrix_states_follow_deadlines_and_future_incidents_do_not_count(document):
    a = document.assessment
    cells = commitment_matrix(a)
    assert cells.shape == (len(CATEGORIES), 29)
    snap = a.snapshot
    ie = snap.sig_codes.index("IE")
    assert cells[CATEGORIES.index("political"), ie] == MISSING, "IE missed its reaction to #3"
    assert np.count_nonzero(cells == COMMITTED) > 0 and np.count_nonzero(cells == NOT_EXPECTED) == 0
    # Before STARTEX nothing has happened: nothing is expected, nothing committed.
    document.set_scenario_time(snap.startex - 3600)
    assert np.all(commitment_matrix(document.assessment) == NOT_EXPECTED)


# -- window and screens ----------------------------------------------------------------------------------
def test_show_on_goes_full_screen_and_escape_leaves_it(projector, qtbot):
    screen = QGuiApplication.primaryScreen()
    projector.show_on(screen)
    qtbot.waitUntil(projector.isFullScreen)
    assert projector.screen() is screen
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    assert projector.isVisible()


def test_controller_toggles_the_window_on_the_chosen_screen(qtbot, document):
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ProjectorController(parent)
    controller.set_document(document)
    toggle = controller.toggle_action
    assert toggle.shortcut().toString() == "F11" and toggle.statusTip()
    assert controller.menu_actions["view"][0] is toggle
    controller.screen_menu.aboutToShow.emit()
    screens = [a for a in controller.screen_menu.actions()]
    assert len(screens) == len(QGuiApplication.screens()) and screens[0].isChecked()
    screens[0].trigger()
    assert settings.value(settings.PROJECTOR_SCREEN) == "screen 1"

    toggle.trigger()
    window = controller.window
    assert isinstance(window, ProjectorWindow) and window.isVisible() and toggle.isChecked()
    assert window.isWindow() and window.parent() is parent, "a window of its own, owned by the main window"
    qtbot.waitUntil(window.isFullScreen)
    assert window.document() is document
    assert "D+2 09:00:00" in window.visible_texts()
    controller.set_document(None)
    assert window.scenario_time.text() == "No exercise open"
    assert window.banner.full_text() == "EXERCISE EXERCISE EXERCISE", "no classification without an exercise"
    controller.set_document(document)
    toggle.trigger()
    assert controller.window is None and not toggle.isChecked()
    toggle.trigger()
    controller.window.close()                  # closed by the window manager: the menu follows
    assert controller.window is None and not toggle.isChecked()
    window = controller.open()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)     # F11 also closes it from the projector itself
    assert controller.window is None and not toggle.isChecked()


@pytest.mark.parametrize("width", [1920, 1600, 1024])
def test_the_signatory_codes_over_the_heat_map_never_run_together(projector, qtbot, width):
    from PySide6.QtGui import QFontMetricsF
    projector.resize(width, int(width * 0.5625))
    qtbot.waitUntil(lambda: projector.width() == width)
    heat = projector.heat_map
    projector.grab()
    codes = heat.codes
    assert len(codes) == 29 and set(codes) <= set(heat.painted_texts)
    label_metrics = QFontMetricsF(heat.label_font)
    left = max(label_metrics.horizontalAdvance(name) for name in heat.category_names) + 24
    cell_w = (heat.width() - left - label_metrics.horizontalAdvance("29/29") - 24) / len(codes)
    font, staggered = heat.code_layout(cell_w)
    widest = max(QFontMetricsF(font).horizontalAdvance(code) for code in codes)
    assert widest < (2 if staggered else 1) * cell_w          # a gap between neighbours on the same line
    assert font.pointSizeF() >= 6


# -- legible at any size -------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1024, 600)])
def test_heat_map_labels_and_counts_fit_their_rows_and_columns(projector, qtbot, size):
    from PySide6.QtGui import QFont, QFontMetricsF
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.width() == size[0])
    heat = projector.heat_map
    projector.grab()
    parts = heat.parts()
    font = QFont(heat.label_font)
    font.setPointSizeF(parts["label_pt"])
    metrics = QFontMetricsF(font)
    assert metrics.height() <= parts["cell_h"], "a category name never runs into the row below"
    assert parts["top"] + len(CATEGORIES) * parts["cell_h"] <= heat.height() + 0.5
    assert max(metrics.horizontalAdvance(n) for n in heat.category_names) <= parts["left"] - 16
    assert metrics.horizontalAdvance("29/29") <= parts["right"] - 12
    assert {"26/29", "Economic (sanctions)"} <= set(heat.painted_texts)


def test_a_short_heat_map_sets_its_labels_smaller():
    heat_map = __import__("gui.projector.matrix", fromlist=["HeatMap"]).HeatMap()
    heat_map.set_scale(1.0)
    from PySide6.QtGui import QFontMetricsF
    assert heat_map.label_layout(200).pointSizeF() == heat_map.label_font.pointSizeF()
    small = heat_map.label_layout(20)
    assert QFontMetricsF(small).height() <= 20 < QFontMetricsF(heat_map.label_font).height()


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_incident_titles_are_shown_whole(projector, qtbot, size):
    from PySide6.QtGui import QFontMetricsF
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.width() == size[0])
    titles = [row.title for row in projector.incidents.rows if row.isVisibleTo(projector)]
    assert "#3 Ground incursion across the ceasefire line" in [t.text() for t in titles]

    def whole(title) -> bool:
        one_line = title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()
        return one_line or (title.wordWrap() and title.height() >= 2 * title.fontMetrics().height())
    qtbot.waitUntil(lambda: all(whole(t) for t in titles))     # once the new size is laid out
    for row in projector.countdowns.rows:       # a countdown's title is set smaller rather than cut
        if row.isVisibleTo(projector):
            font = row.title.fitted_font()
            assert QFontMetricsF(font).horizontalAdvance(row.title.text()) <= row.title.contentsRect().width()
    for label in projector.countdowns.missed:
        if label.isVisibleTo(projector):
            assert QFontMetricsF(label.fitted_font()).horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_headings_count_with_real_plurals(projector):
    assert projector.countdowns.missed_title.text() == "MISSED · 5 DEADLINES, LATEST FIRST"
    assert not [t for t in texts(projector) if "(S)" in t or "(s)" in t]
    assert projector.windowTitle() == "Pactline — Projector"


def test_escape_gives_back_the_window_it_was_before_full_screen(projector, qtbot):
    from PySide6.QtCore import QRect
    projector.setGeometry(QRect(100, 80, 900, 500))
    qtbot.waitUntil(lambda: projector.geometry().width() == 900)
    before = projector.geometry()
    projector.show_on(QGuiApplication.primaryScreen())
    qtbot.waitUntil(projector.isFullScreen)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    qtbot.waitUntil(lambda: projector.geometry().size() == before.size())
    assert projector.geometry() == before and projector.normal_geometry() == before


def test_closing_the_projector_gives_the_keyboard_back_to_the_main_window(qtbot, document):
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    controller = ProjectorController(main)
    controller.set_document(document)
    window = controller.open()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    controller.close()
    qtbot.waitUntil(main.isActiveWindow)
    assert controller.window is None
