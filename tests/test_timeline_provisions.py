"""Standing provisions on the timeline: milestones in their signatory's lane coloured by status, deliveries
where they arrived, a tooltip saying what each is; they follow the clock, the option shown and a what-if."""
from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from gui.core.commands import CreateCommand
from gui.core.style import PROVISION_COLOURS as STATUS_COLOURS
from gui.timeline.provisions import DELIVERY, MILESTONE, UNBOUND, mark_style
from model.provision_status import DELIVERED, OVERDUE
from model.services.provisions import create_delivery, delete_delivery
from model.timeutil import from_epoch
from tests.timeline_support import timeline  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("isolated")


def gb_first_milestone(document):
    book = document.snapshot.provisions
    gb = next(p for p in book.provisions if p.title.startswith("Accelerated"))
    return gb, next(m for m in book.milestones if m.provision_id == gb.id)


def marks(timeline, kind):
    return {m.id: m for m in timeline.provisions.marks if m.kind == kind}


def viewport_point(timeline, mark) -> QPointF:
    timeline.show_lane(mark.signatory_id)
    timeline.view.show_time(mark.x)
    QApplication.processEvents()
    box = timeline.view.lane_box
    return QPointF(timeline.view.mapFromScene(box.mapViewToScene(QPointF(mark.x, mark.y))))


def test_each_milestone_sits_in_its_signatorys_lane_coloured_by_its_status(timeline, document):
    gb, first = gb_first_milestone(document)
    snap = document.snapshot
    shown = marks(timeline, MILESTONE)
    assert set(shown) == {m.id for m in snap.provisions.milestones}
    lane = snap.sig_ids.tolist().index(gb.signatory_id)
    mark = shown[first.id]
    assert (mark.x, -lane - 1 < mark.y < -lane) == (first.due, True)
    assert mark.status == OVERDUE
    # The scatter draws it in the missed colour, as the findings and the dock say it.
    spot = next(s for s in timeline.provisions.milestones.points() if s.data() == first.id)
    assert spot.brush().color() == STATUS_COLOURS[OVERDUE]
    assert set(marks(timeline, DELIVERY)) == {d.id for d in snap.provisions.deliveries}
    # Its tooltip, found where the marker is drawn, names the provision, what it asks, when and how it stands.
    tip = timeline.provision_tooltip_at(viewport_point(timeline, mark))
    assert tip is not None and gb.title in tip and first.what in tip and "D+1 12:00" in tip and "overdue" in tip
    assert "500 lightweight air-defence missiles" in tip and "300 lightweight air-defence missiles" in tip
    assert timeline.provision_tooltip_at(QPointF(2, 2)) is None


def test_the_markers_follow_the_clock_and_a_tick_that_changes_no_status_rebuilds_nothing(timeline, document):
    _, first = gb_first_milestone(document)
    document.set_scenario_time(document.snapshot.startex)
    assert marks(timeline, MILESTONE)[first.id].status != OVERDUE
    rebuilds = timeline.provisions.rebuilds
    document.set_scenario_time(document.snapshot.startex + 60)
    assert timeline.provisions.rebuilds == rebuilds


def test_under_an_option_that_does_not_bind_a_signatory_its_milestones_are_owed_to_nobody(timeline, document):
    snap = document.snapshot
    owner = {p.id: p.signatory_id for p in snap.provisions.provisions}

    def unowed(terms) -> list[int]:
        bound = dict(zip(snap.sig_ids.tolist(), snap.with_terms(terms).sig_bound.tolist()))
        return [m.id for m in snap.provisions.milestones if bound[owner[m.provision_id]] > m.due]

    option = next(t for t in timeline._options.values() if t.id != snap.terms.id and unowed(t))
    milestone = unowed(option)[0]
    before = marks(timeline, MILESTONE)[milestone].status
    assert before != UNBOUND
    timeline.show_option(option.id)
    mark = marks(timeline, MILESTONE)[milestone]
    assert mark.status == UNBOUND and "does not bind" in mark.tooltip
    spot = next(s for s in timeline.provisions.milestones.points() if s.data() == milestone)
    assert spot.brush().color() == mark_style(UNBOUND)[1].color()
    timeline.show_option(None)
    assert marks(timeline, MILESTONE)[milestone].status == before


def test_a_delivery_tried_in_a_what_if_shows_on_the_timeline_and_goes_with_the_what_if(timeline, document):
    gb, first = gb_first_milestone(document)
    document.enter_what_if()
    deliveries = set(marks(timeline, DELIVERY))
    assert document.execute(CreateCommand(document, "Deliver", create_delivery, delete_delivery,
                                          provision_id=gb.id, milestone_id=first.id, quantity=500,
                                          delivered_at=from_epoch(first.due - 3600)))
    assert marks(timeline, MILESTONE)[first.id].status == DELIVERED
    assert len(set(marks(timeline, DELIVERY)) - deliveries) == 1
    document.discard_what_if()
    assert marks(timeline, MILESTONE)[first.id].status == OVERDUE
    assert set(marks(timeline, DELIVERY)) == deliveries


def test_open_milestones_are_hollow_and_the_legend_names_the_new_marks(timeline, document):
    snap = document.snapshot
    open_marks = [m for m in marks(timeline, MILESTONE).values() if m.status in ("on_schedule", "due_soon")]
    assert open_marks
    spots = {s.data(): s for s in timeline.provisions.milestones.points()}
    for mark in open_marks:
        assert spots[mark.id].brush().color().rgb() == 0xFFFFFFFF
        assert spots[mark.id].pen().color() == STATUS_COLOURS[mark.status].darker(115)
    assert snap.provisions.deliveries
    texts = [text for text, _ in timeline.legend.entries()]
    assert "provision milestone" in texts and "delivery" in texts


def test_hovering_a_milestone_shows_its_tooltip(timeline, document, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    _, first = gb_first_milestone(document)
    point = viewport_point(timeline, marks(timeline, MILESTONE)[first.id]).toPoint()
    viewport = timeline.view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert first.what in QToolTip.text()
    QToolTip.hideText()
