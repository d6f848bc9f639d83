"""What a planner sees at 1280x800: the view chooser under the timeline says what is shown without
cutting words, and the comparison dock under it keeps room for its charts (widget geometry, not fonts)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from gui.core.document import ExerciseDocument
from gui.core.elided_label import ShortenedLabel
from gui.core.i18n import install_translators
from gui.shell.main_window import MainWindow
from model.branching import branch_points
from model.storage.exercise_file import ExerciseFile
from tests.support import FakeWall

pytestmark = pytest.mark.usefixtures("isolated")


@pytest.fixture
def small_screen(monkeypatch):
    from gui.shell import window_layout
    monkeypatch.setattr(window_layout, "available_geometry", lambda window: QRect(0, 0, 1280, 800))


def open_window(qtbot, path) -> MainWindow:
    win = MainWindow(ExerciseDocument(ExerciseFile.open(path), wall=FakeWall()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.deferred_docks.build()
    qtbot.waitUntil(lambda: win.timeline.view.lane_box.height() > 0)
    return win


def test_a_shortened_label_gives_up_its_caption_before_it_cuts_a_word(qtbot):
    label = ShortenedLabel()
    qtbot.addWidget(label)
    label.set_texts("Branch: \u201crejects\u201d", "\u201crejects\u201d", "Branch")
    label.resize(label.sizeHint())
    assert label.shown_text() == "Branch: \u201crejects\u201d"
    metrics = label.fontMetrics()
    label.resize(metrics.horizontalAdvance("\u201crejects\u201d") + 14, 20)
    assert label.shown_text() == "\u201crejects\u201d"
    label.resize(metrics.horizontalAdvance("Branch") + 14, 20)
    assert label.shown_text() == "Branch"
    assert label.text() == "Branch: \u201crejects\u201d", "the full wording stays the label's text"
    assert label.minimumSizeHint().width() <= metrics.horizontalAdvance("Branch") + 14


@pytest.mark.parametrize("language", ["en", "it"])
def test_at_1280x800_the_view_chooser_fits_and_the_comparison_charts_keep_room(qapp, qtbot, exercise_path,
                                                                               small_screen, language):
    install_translators(qapp, language)
    try:
        win = open_window(qtbot, exercise_path)
        assert win.width() <= 1280 and win.height() <= 800
        timeline = win.timeline
        (answer,) = branch_points(win.document.file)
        combo = timeline.branch_bar.combos[answer.id]
        combo.setCurrentIndex(combo.count() - 1)
        banner = timeline.branch_bar.banner
        qtbot.waitUntil(lambda: combo.currentText() in banner.toolTip())
        assert banner.text() in banner.toolTip(), "the full wording is in the tooltip"
        # Option selector, outcome selector and banner share one row inside the timeline's width.
        bar, options = timeline.branch_bar, timeline.option_bar
        assert options.isVisible() and bar.isVisible()
        assert options.geometry().top() == bar.geometry().top()
        assert bar.geometry().right() <= timeline.width()
        assert banner.mapTo(timeline, banner.rect().topRight()).x() <= timeline.width()
        assert banner.shown_text() and not banner.shown_text().endswith("\u2026"), "shortened, not cut"
        assert options.combo.currentText() in options.combo.toolTip(), "the option shown, named whole"

        win.comparison.show()
        win.comparison.raise_()
        dock = win.comparison
        qtbot.waitUntil(lambda: dock.chart_scroll.isVisible())
        assert not dock.side_by_side(), "a 1280 px window's bottom dock is too narrow for both at once"
        assert dock.page_bar.isVisible() and dock.page_bar.count() == 2
        assert dock.chart_scroll.viewport().height() >= 100, dock.chart_scroll.viewport().height()
        # The choosers take two rows at most, the page switch among them.
        tops = {w.geometry().top() for w in (dock.page_bar, dock.picker, dock.outcome_picker, dock.judged_at)}
        assert len(tops) <= 2, tops
        for chooser in (dock.picker, dock.outcome_picker, dock.judged_at):
            assert chooser.mapTo(dock, chooser.rect().topRight()).x() <= dock.width(), chooser.objectName()
        assert dock.hint.isHidden(), "the colour key sits under the table, the hint row only says what is wrong"
        assert timeline.view.lane_box.height() > 0
        # The findings' filters wrap rather than run past the window's edge (Italian labels are longer).
        panel = win.findings_panel
        for button in panel.filters.values():
            assert button.isVisible() and button.mapTo(panel, button.rect().topRight()).x() <= panel.width(), \
                button.objectName()
    finally:
        install_translators(qapp, "en")


def test_the_marker_of_another_option_wraps_its_name_on_a_narrow_timeline(qtbot, exercise_path, small_screen):
    win = open_window(qtbot, exercise_path)
    timeline = win.timeline
    other = [t for t in timeline._options if t != win.document.snapshot.terms.id][0]
    timeline.show_option(other)
    marker = timeline.option_marker
    qtbot.waitUntil(marker.isVisible)
    assert marker.wordWrap()
    viewport = timeline.view.viewport()
    assert marker.geometry().right() <= viewport.width()
    # Wrapped, it is tall enough for its whole text at its width.
    assert marker.height() >= marker.heightForWidth(marker.width()) - 1
