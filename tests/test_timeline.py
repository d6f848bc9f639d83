"""The timeline widget: drawn from the assessment, clock, axis, selection, keys, decluttered labels."""
from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from conftest import without_msel
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from gui.core.document import ExerciseDocument
from gui.timeline import TimelineWidget, incident_type_mime, look
from model.entities import Incident
from model.timeutil import from_epoch
from tests.timeline_support import (  # noqa: F401  (the timeline fixture is used by name)
    NO_BUTTON, NO_MODIFIER, focus_on, incident_time, marker_point, mouse_click, mouse_drag, timeline,
)


# -- drawing ---------------------------------------------------------------------------------
def test_items_exist_for_every_incident_commitment_and_lane(timeline, document):
    snap = document.snapshot
    view = timeline.view
    assert snap.incident_count == 5 and len(snap.com_ids) > 0
    assert sorted(view.incidents.markers.data["data"]) == sorted(snap.inc_ids)
    assert view.incidents.windows.count == snap.incident_count
    assert sorted(view.commitments.markers.data["data"]) == sorted(snap.com_ids)
    lane_ticks = view.lane_axis._tickLevels[0]
    assert [code for _y, code in lane_ticks] == list(snap.sig_codes)
    assert timeline.lane_codes() == snap.sig_codes
    # markers sit at the incidents' times, in the incident row
    x = dict(zip(view.incidents.markers.data["data"], view.incidents.markers.data["x"]))
    assert all(x[i] == t for i, t in zip(snap.inc_ids, snap.inc_time))
    assert set(view.incidents.markers.data["y"]) == {-look.MARKER_Y}


def test_gate_violations_are_ringed(timeline, document):
    a = document.assessment
    assert a.gate_violation.any()
    assert len(timeline.view.commitments.rings.data) == int(a.gate_violation.sum())


def test_now_line_follows_the_exercise_clock(timeline, document, wall):
    start = document.clock.seconds()
    assert timeline.view.now_line.value() == start
    document.start_clock()
    wall.now += 10            # at x60: ten minutes of scenario time
    document.tick()
    assert document.clock.seconds() == pytest.approx(start + 600)
    assert timeline.view.now_line.value() == pytest.approx(start + 600)
    assert timeline.view.lane_now_line.value() == pytest.approx(start + 600)
    assert timeline.view.axis.now == pytest.approx(start + 600)
    wall.now += 60
    document.tick()
    assert timeline.view.now_line.value() == pytest.approx(start + 4200)


def test_clock_tick_rebuilds_nothing_when_nothing_crossed(timeline, document, wall):
    view = timeline.view
    before = (view.incidents.rebuilds, view.commitments.rebuilds)
    document.start_clock()
    wall.now += 1
    document.tick()
    assert (view.incidents.rebuilds, view.commitments.rebuilds) == before


def test_clock_crossing_an_incident_restyles_only_that_marker(timeline, document, wall):
    view = timeline.view
    pos = document.snapshot.incident_position(5)            # airspace violation, D+2 16:00: still ahead
    assert not document.assessment.occurred[pos]
    hollow = view.incidents.markers.data["brush"][pos].color()
    rebuilds, restyles = view.incidents.rebuilds, view.incidents.restyles
    document.start_clock()
    wall.now += 8 * 60                                   # x60: eight hours of scenario time
    document.tick()
    assert document.assessment.occurred[pos]
    assert view.incidents.rebuilds == rebuilds and view.incidents.restyles == restyles + 1
    filled = view.incidents.markers.data["brush"][pos].color()
    assert filled != hollow and filled.alpha() == 255
    assert not view.labels.future[pos]


def test_axis_labels_days_relative_to_startex_with_the_date(timeline, document):
    axis = timeline.view.axis
    specs = axis.generateDrawSpecs(None)[0]
    days = [text for _rect, text in specs["day_texts"]]
    assert any(text.startswith("D+1") and "3 Mar" in text for text in days)
    assert specs["day_lines"]
    focus_on(timeline, document.snapshot.startex + 30 * 3600, hours=3)
    specs = axis.generateDrawSpecs(None)[0]
    assert any(text.endswith(":30") for _rect, text in specs["minor_texts"])
    assert [text for _rect, text in specs["day_texts"]][0].startswith("D+1")
    timeline.view.band_box.setXRange(document.snapshot.startex - 40 * 86400, document.snapshot.startex + 40 * 86400,
                                     padding=0)
    QApplication.processEvents()
    specs = axis.generateDrawSpecs(None)[0]
    assert any(text.startswith("D+0") for _rect, text in specs["day_texts"])
    assert specs["date_texts"], "zoomed out, the dates move to the lower row"


# -- selection -------------------------------------------------------------------------------
def test_click_selects_an_incident(timeline, qtbot):
    with qtbot.waitSignal(timeline.incident_selected) as blocker:
        mouse_click(timeline, marker_point(timeline, 3))
    assert blocker.args == [3]
    assert timeline.selected_incident() == 3
    focus = timeline.view.focus_marker.focus
    assert focus is not None and not focus.dragging
    assert focus.time == incident_time(timeline.document, 3)


def test_select_incident_highlights_without_emitting(timeline, qtbot):
    with qtbot.assertNotEmitted(timeline.incident_selected):
        timeline.select_incident(2)
    assert timeline.view.focus_marker.focus is not None
    assert timeline.view.labels.selected == timeline.document.snapshot.incident_position(2)
    timeline.select_incident(None)
    assert timeline.view.focus_marker.focus is None


def test_click_on_a_commitment_emits_its_id(timeline, qtbot, document):
    layer = timeline.view.commitments
    lane0 = np.flatnonzero(document.snapshot.com_sig == 0)
    index = int(lane0[0])
    scene = timeline.view.lane_box.mapViewToScene(QPointF(layer.x[index], layer.y[index]))
    with qtbot.waitSignal(timeline.commitment_selected) as blocker:
        mouse_click(timeline, timeline.view.mapFromScene(scene))
    assert blocker.args == [int(layer.ids[index])]


def test_drag_on_empty_space_pans_time_only(timeline, document):
    x0, x1 = timeline.view.time_range()
    y_range = timeline.view.lane_box.viewRange()[1]
    start = timeline.view.mapFromScene(timeline.view.band_box.mapViewToScene(QPointF((x0 + x1) / 2, -8)))
    mouse_drag(timeline, [start, start + QPoint(120, 0)])
    nx0, nx1 = timeline.view.time_range()
    assert nx0 < x0 and nx1 - nx0 == pytest.approx(x1 - x0)
    assert timeline.view.lane_box.viewRange()[1] == y_range
    assert document.undo_stack.count() == 0


def test_wheel_zooms_time_not_lanes(timeline):
    x0, x1 = timeline.view.time_range()
    y_range = timeline.view.lane_box.viewRange()[1]
    target = timeline.view.viewport()
    pos = timeline.view.mapFromScene(timeline.view.lane_box.sceneBoundingRect().center())
    event = QWheelEvent(QPointF(pos), QPointF(target.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120),
                        NO_BUTTON, NO_MODIFIER, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)
    nx0, nx1 = timeline.view.time_range()
    assert nx1 - nx0 < x1 - x0
    assert timeline.view.lane_box.viewRange()[1] == y_range


def test_zoom_pan_and_fit_keys(timeline, qtbot):
    fit = timeline.view.time_range()
    span = fit[1] - fit[0]
    qtbot.keyClick(timeline.view, Qt.Key.Key_Plus)
    zoomed = timeline.view.time_range()
    assert zoomed[1] - zoomed[0] == pytest.approx(span / 1.5)
    qtbot.keyClick(timeline.view, Qt.Key.Key_Right)
    panned = timeline.view.time_range()
    assert panned[0] > zoomed[0]
    qtbot.keyClick(timeline.view, Qt.Key.Key_Minus)
    qtbot.keyClick(timeline.view, Qt.Key.Key_Minus)
    assert timeline.view.time_range()[1] - timeline.view.time_range()[0] > span
    qtbot.keyClick(timeline.view, Qt.Key.Key_Home)
    assert timeline.view.time_range() == pytest.approx(fit)
    timeline.zoom_in()
    timeline.zoom_out()
    assert timeline.view.time_range()[1] - timeline.view.time_range()[0] == pytest.approx(span)


def test_lanes_scroll_but_never_zoom(timeline, qtbot):
    timeline.resize(1200, 400)
    QApplication.processEvents()
    assert timeline.scrollbar.isVisible() and timeline.scrollbar.maximum() > 0
    top = timeline.view.lane_box.viewRange()[1]
    timeline.scrollbar.setValue(timeline.scrollbar.maximum())
    bottom = timeline.view.lane_box.viewRange()[1]
    assert bottom[0] < top[0]
    assert bottom[1] - bottom[0] == pytest.approx(top[1] - top[0])    # same lanes per pixel
    assert bottom[0] == pytest.approx(-len(timeline.lane_codes()))    # scrolled to the last lane


# -- labels ----------------------------------------------------------------------------------------
def test_labels_declutter_when_zoomed_out(timeline, document):
    start = document.snapshot.startex
    with document.file.transaction() as session:
        session.add_all([Incident(incident_type="airspace_violation", severity=1 + k % 5,
                                  occurred_at=from_epoch(start) + timedelta(minutes=15 * k)) for k in range(400)])
    document.reload()
    timeline.fit_all()
    QApplication.processEvents()
    labels = timeline.view.labels
    assert len(timeline.view.incidents.markers.data) == 405
    shown = labels.visible_labels()
    assert 0 < len(shown) < 100
    for row in (0, 1):
        spans = sorted((left, right) for _i, r, left, right in shown if r == row)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "labels overlap"
    focus_on(timeline, start + 30 * 3600, hours=2)
    x0, x1 = timeline.view.time_range()
    in_view = np.flatnonzero((labels.times >= x0) & (labels.times <= x1))
    shown_zoomed = {i for i, *_ in labels.visible_labels()}
    assert set(in_view.tolist()) <= shown_zoomed
    assert len(in_view) >= 8


def test_labels_read_id_type_and_severity(timeline, document):
    texts = timeline.view.labels.texts
    assert "#1 missile S3" in texts and "#3 incursion S4" in texts
    assert len(texts) == document.snapshot.incident_count


def test_a_blank_exercise_draws_and_takes_a_first_incident(qtbot, blank_doc):
    document = ExerciseDocument(blank_doc)
    widget = TimelineWidget(document)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.lane_codes() == ()
    assert len(widget.view.incidents.markers.data) == 0 and widget.view.labels.visible_labels() == []
    x0, x1 = widget.view.time_range()
    assert x0 <= document.snapshot.startex < document.snapshot.endex <= x1
    widget.grab()
    assert widget.handle_drop(incident_type_mime("energy_strike"), (x0 + x1) / 2)
    assert document.snapshot.incident_count == 1
    assert len(widget.view.incidents.markers.data) == 1
    widget.grab()
    document.close()


def test_partial_repaints_leave_the_same_picture_as_a_full_draw(qtbot, timeline, document, wall):
    # Ticks that cross incidents, deadlines and commitments repaint only what changed;
    # the result must be pixel-identical to a timeline drawn from scratch.
    def shown(widget):
        widget.view.band_box.setXRange(document.snapshot.startex + 40 * 3600,
                                       document.snapshot.startex + 100 * 3600, padding=0)
        QApplication.processEvents()
        return widget.view.viewport().grab().toImage()

    # Only the clock moves here: injects delivering incidents would rightly rebuild.
    without_msel(document.file)
    document.reload()
    before = shown(timeline)
    view = timeline.view
    counts = (view.incidents.rebuilds, view.commitments.rebuilds)
    document.start_clock()
    for _ in range(20):
        wall.now += 90                 # x60: 1.5 hours a tick, 30 hours in all
        document.tick()
        QApplication.processEvents()
    document.pause_clock()
    QApplication.processEvents()
    assert (view.incidents.rebuilds, view.commitments.rebuilds) == counts
    assert view.incidents.restyles + view.commitments.restyles > 0
    after = timeline.view.viewport().grab().toImage()
    assert after != before
    fresh = TimelineWidget(document)
    qtbot.addWidget(fresh)
    fresh.resize(timeline.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    assert shown(fresh) == after


def test_a_blank_exercise_says_how_to_begin_and_the_hint_goes_with_the_first_incident(qtbot, blank_doc):
    document = ExerciseDocument(blank_doc)
    widget = TimelineWidget(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    hint = widget.empty_hint
    assert hint.isVisible() and "drag an incident type from the Incident Palette" in hint.text()
    assert "Add Signatories" in hint.text()
    assert widget.view.viewport().rect().contains(hint.geometry())
    code = document.snapshot.type_codes[0]
    x0, x1 = widget.view.time_range()
    assert widget.handle_drop(incident_type_mime(code), (x0 + x1) / 2)    # the hint lets drops through
    assert document.snapshot.incident_count == 1 and not hint.isVisible()
    document.undo_stack.undo()
    assert hint.isVisible()
    document.close()


def test_the_default_exercise_shows_no_empty_hint(timeline):
    assert timeline.empty_hint.isHidden()


def test_restyled_markers_share_their_styles_so_the_symbol_atlas_stays_small(timeline, document, wall):
    view = timeline.view
    atlases = (view.incidents.markers.fragmentAtlas, view.commitments.markers.fragmentAtlas)
    document.start_clock()
    for _ in range(12):
        wall.now += 240                # x60: four hours a tick, two days in all: many markers restyled
        document.tick()
        QApplication.processEvents()
    document.pause_clock()
    assert view.incidents.restyles and view.commitments.restyles
    # One rendered symbol per distinct look (symbol, pen, brush), not one per restyled marker.
    for scatter, atlas in zip((view.incidents.markers, view.commitments.markers), atlases):
        data = scatter.data
        looks = {(symbol, id(pen), id(brush)) for symbol, pen, brush in zip(data["symbol"], data["pen"], data["brush"])}
        assert len(atlas) <= len(looks) + 12
        assert len(looks) <= 24
