"""Editing on the timeline: dragging incidents in time, dropping palette types, deleting."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt
from PySide6.QtWidgets import QApplication

from gui.timeline import INCIDENT_MIME, incident_type_mime
from gui.timeline.timescale import snap_time
from model import queries
from model.entities import Incident
from model.timeutil import from_epoch
from tests.timeline_support import (  # noqa: F401  (the timeline fixture is used by name)
    focus_on, incident_time, marker_point, mouse_drag, pending_countdowns, pixels_per_hour,
    stored_time, timeline,
)


# -- dragging ----------------------------------------------------------------------------------
def test_drag_moves_incident_with_live_preview_and_one_undo_command(timeline, document):
    incident = 4                                   # naval blockade, pending at D+2 09:00
    origin = incident_time(document, incident)
    focus_on(timeline, origin)
    stored_before = pending_countdowns(document.assessment, incident)
    seen = []
    document.previewed.connect(seen.append)
    rebuilds = timeline.view.incidents.rebuilds
    live = []

    def during():
        a = seen[-1]
        live.append((a.snapshot is not document.snapshot, pending_countdowns(a, incident),
                     document.undo_stack.count(), stored_time(document, incident)))

    start = marker_point(timeline, incident)
    step = pixels_per_hour(timeline)
    mouse_drag(timeline, [start, start + QPoint(round(2 * step), 0), start + QPoint(round(5 * step), 0)],
               during=during)

    for is_preview, remaining, commands, stored in live:
        assert is_preview
        assert remaining != stored_before          # the countdown follows the drag
        assert commands == 0 and stored == origin  # nothing stored until the drop
    assert live[0][1] != live[1][1]
    # None per step; after the drop the stored edit moves the one marker, it does not rebuild them all.
    assert timeline.view.incidents.rebuilds == rebuilds
    assert timeline.view.incidents.moves >= 1
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Move incident #4"
    moved = incident_time(document, incident)
    assert moved % 900 == 0                        # snapped to 15 minutes
    assert abs(moved - (origin + 5 * 3600)) <= 900
    assert stored_time(document, incident) == moved
    document.undo_stack.undo()
    assert incident_time(document, incident) == origin
    document.undo_stack.redo()
    assert incident_time(document, incident) == moved


def test_while_dragging_the_lanes_are_a_faithful_picture_and_live_again_after(timeline, document):
    incident = 4
    origin = incident_time(document, incident)
    focus_on(timeline, origin)
    view = timeline.view
    lanes = view.mapFromScene(view.lane_box.sceneBoundingRect()).boundingRect() & view.viewport().rect()
    before = view.viewport().grab(lanes).toImage()
    start = marker_point(timeline, incident)
    step = pixels_per_hour(timeline)
    # Left of where the incident starts nothing moves: the picture must match the live lanes there.
    still = QRect(0, 0, start.x() - lanes.left() - 30, lanes.height())
    frames = []

    def during():
        QApplication.processEvents()
        frames.append((view.frozen_lanes.frozen, view.commitments.markers.isVisible(),
                       view.viewport().grab(lanes).toImage().copy(still)))

    mouse_drag(timeline, [start, start + QPoint(round(2 * step), 0), start + QPoint(round(5 * step), 0)],
               during=during)
    assert still.width() > 100 and len(frames) == 2
    for frozen, markers_shown, image in frames:
        assert frozen and not markers_shown
        assert image == before.copy(still)
    assert view.frozen_lanes.freezes == 1                      # one grab for the whole drag
    QApplication.processEvents()
    assert not view.frozen_lanes.frozen and view.commitments.markers.isVisible()
    assert view.lane_backdrop.isVisible() and view.lane_now_line.isVisible()


def test_a_zoom_during_a_drag_brings_the_live_lanes_back(timeline, document):
    focus_on(timeline, incident_time(document, 4))
    view = timeline.view
    start = marker_point(timeline, 4)
    step = pixels_per_hour(timeline)
    states = []

    def during():
        if not states:
            states.append(view.frozen_lanes.frozen)
            timeline.zoom_in()
            states.append(view.frozen_lanes.frozen)

    mouse_drag(timeline, [start, start + QPoint(round(2 * step), 0), start + QPoint(round(3 * step), 0)],
               during=during)
    assert states == [True, False]
    assert view.commitments.markers.isVisible()


def test_escape_cancels_a_drag(timeline, document, qtbot):
    origin = incident_time(document, 4)
    focus_on(timeline, origin)
    start = marker_point(timeline, 4)
    step = pixels_per_hour(timeline)
    seen = []
    document.assessed.connect(seen.append)
    document.previewed.connect(seen.append)
    mouse_drag(timeline, [start, start + QPoint(round(2 * step), 0), start + QPoint(round(3 * step), 0)],
               during=lambda: qtbot.keyClick(timeline.view, Qt.Key.Key_Escape) if len(seen) == 1 else None)
    assert document.undo_stack.count() == 0
    assert incident_time(document, 4) == origin
    assert seen[-1].snapshot is document.snapshot           # back to the stored picture
    assert not timeline.view.focus_marker.focus.dragging


def test_shift_drag_does_not_snap(timeline, document):
    origin = incident_time(document, 4)
    focus_on(timeline, origin)
    start = marker_point(timeline, 4)
    step = pixels_per_hour(timeline)
    mouse_drag(timeline, [start, start + QPoint(round(1.37 * step), 0)], modifiers=Qt.KeyboardModifier.ShiftModifier)
    moved = incident_time(document, 4)
    assert moved != origin and moved % 900 != 0
    assert document.undo_stack.count() == 1


# -- dropping palette incident types -----------------------------------------------------------------
def _new_incident(document, before: set[int]) -> Incident:
    # A drop adds to the trunk (the default exercise's branch outcomes hold incidents the view leaves out).
    created = [i for i in queries.incidents(document.file) if i.id not in before and i.outcome_id is None]
    assert len(created) == 1
    return created[0]


def test_drop_creates_an_incident_at_the_snapped_time(timeline, document):
    before = set(document.snapshot.inc_ids.tolist())
    x0, x1 = timeline.view.time_range()
    when = x0 + (x1 - x0) * 0.4 + 437.3
    assert timeline.handle_drop(incident_type_mime("cyber_attack"), when)
    incident = _new_incident(document, before)
    assert incident.incident_type == "cyber_attack"
    assert incident.severity == 2                       # the type's default severity
    assert incident.occurred_at == from_epoch(snap_time(when))
    assert int(incident.occurred_at.timestamp()) % 900 == 0
    assert document.undo_stack.count() == 1
    assert timeline.selected_incident() == incident.id
    assert incident.id in timeline.view.incidents.markers.data["data"]
    document.undo_stack.undo()
    assert set(document.snapshot.inc_ids.tolist()) == before


def test_drop_without_snapping_keeps_the_second(timeline, document):
    before = set(document.snapshot.inc_ids.tolist())
    x0, x1 = timeline.view.time_range()
    when = x0 + (x1 - x0) * 0.5 + 437.3
    assert timeline.handle_drop(incident_type_mime("missile_strike"), when, snap=False)
    incident = _new_incident(document, before)
    assert incident.occurred_at == from_epoch(round(when))
    assert incident.severity == 3


def test_unknown_or_misplaced_drops_do_nothing(timeline, document):
    before = document.snapshot.inc_ids.tolist()
    x0, x1 = timeline.view.time_range()
    plain = QMimeData()
    plain.setText("missile_strike")
    assert not timeline.handle_drop(plain, (x0 + x1) / 2)
    assert not timeline.handle_drop(incident_type_mime("alien_landing"), (x0 + x1) / 2)
    assert not timeline.handle_drop(incident_type_mime("missile_strike"), x1 + 3600)   # outside the plot
    assert not timeline.handle_drop(incident_type_mime("missile_strike"), float("nan"))
    assert document.snapshot.inc_ids.tolist() == before
    assert document.undo_stack.count() == 0


def test_drop_position_on_the_plot_creates_and_on_the_axis_does_not(timeline, document):
    # What the viewport's Drop event calls (Qt delivers no synthetic drop events to test with).
    assert incident_type_mime("naval_blockade").hasFormat(INCIDENT_MIME)
    on_axis = timeline.view.mapFromScene(timeline.view.axis.sceneBoundingRect().center())
    on_lane_axis = timeline.view.mapFromScene(timeline.view.lane_axis.sceneBoundingRect().center())
    in_lanes = timeline.view.mapFromScene(timeline.view.lane_box.sceneBoundingRect().center())
    assert not timeline.drop_at(incident_type_mime("naval_blockade"), QPointF(on_axis))
    assert not timeline.drop_at(incident_type_mime("naval_blockade"), QPointF(on_lane_axis))
    assert document.undo_stack.count() == 0
    assert timeline.drop_at(incident_type_mime("naval_blockade"), QPointF(in_lanes), Qt.KeyboardModifier.ShiftModifier)
    assert document.undo_stack.count() == 1
    created = document.snapshot.inc_ids.tolist()
    assert len(created) == 6
    expected = timeline.view.lane_box.mapSceneToView(timeline.view.mapToScene(in_lanes)).x()
    assert incident_time(document, max(created)) == round(expected)


# -- keyboard ------------------------------------------------------------------------------------
def test_delete_key_removes_the_selected_incident(timeline, document, qtbot):
    timeline.select_incident(5)
    qtbot.keyClick(timeline.view, Qt.Key.Key_Delete)
    assert 5 not in document.snapshot.inc_ids
    assert document.undo_stack.count() == 1
    assert timeline.selected_incident() is None
    assert 5 not in timeline.view.incidents.markers.data["data"]
    document.undo_stack.undo()
    assert 5 in document.snapshot.inc_ids


def test_delete_key_without_selection_does_nothing(timeline, document, qtbot):
    qtbot.keyClick(timeline.view, Qt.Key.Key_Delete)
    assert document.undo_stack.count() == 0
