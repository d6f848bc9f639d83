"""A stored edit redraws only what it changed on the timeline, and the picture is the one a full draw gives."""
from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QApplication

from gui.core.commands import UpdateCommand
from gui.timeline import TimelineWidget
from model import services
from model.timeutil import from_epoch
from tests.timeline_support import focus_on, incident_time, timeline  # noqa: F401  (the timeline fixture is used by name)


def twin(qtbot, document, like: TimelineWidget) -> TimelineWidget:
    """A timeline drawn from scratch on the document as it is now, showing what *like* shows."""
    other = TimelineWidget(document)
    qtbot.addWidget(other)
    other.resize(like.size())
    other.show()
    qtbot.waitExposed(other)
    other.view.band_box.setXRange(*like.view.band_box.viewRange()[0], padding=0)
    QApplication.processEvents()
    return other


def test_a_stored_move_past_other_incidents_moves_one_marker_and_draws_what_a_full_draw_draws(
        qtbot, timeline, document):
    snap = document.snapshot
    first = int(snap.inc_ids[0])
    later = int(snap.inc_time[-2]) + 1800      # past all but the last incident
    focus_on(timeline, later, hours=24 * 6)
    rebuilds, commitment_rebuilds = timeline.view.incidents.rebuilds, timeline.view.commitments.rebuilds
    assert document.execute(UpdateCommand(document, "Move", partial(services.incidents.update_incident, incident_id=first),
                                          occurred_at=from_epoch(later)))
    QApplication.processEvents()
    assert incident_time(document, first) == later
    assert timeline.view.incidents.rebuilds == rebuilds and timeline.view.incidents.moves >= 1
    assert timeline.view.commitments.rebuilds == commitment_rebuilds   # its markers stay where they were
    fresh = twin(qtbot, document, timeline)
    assert timeline.grab().toImage() == fresh.grab().toImage()
    assert list(timeline.view.labels.texts) == list(fresh.view.labels.texts)


def test_the_labels_of_all_incidents_read_as_each_one_reads(document):
    from gui.timeline.scene import incident_label, incident_labels
    snap = document.snapshot
    assert incident_labels(snap) == [incident_label(snap, pos) for pos in range(snap.incident_count)]
