"""A stored edit redraws only what it changed on the timeline, and the picture is the one a full draw gives."""
from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtWidgets import QApplication

from gui.core.commands import UpdateCommand
from gui.timeline import TimelineWidget, incident_type_mime
from gui.timeline.scene import incident_labels
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


def test_a_drop_and_its_undo_add_and_remove_one_marker_and_draw_what_a_full_draw_draws(qtbot, timeline, document):
    snap = document.snapshot
    when = int(snap.inc_time[1]) + 900
    focus_on(timeline, when, hours=24 * 3)
    rebuilds = timeline.view.incidents.rebuilds
    mime = incident_type_mime(snap.type_codes[0])
    assert timeline.handle_drop(mime, float(when))
    QApplication.processEvents()
    assert document.snapshot.incident_count == snap.incident_count + 1
    assert timeline.view.incidents.rebuilds == rebuilds and len(timeline.view.incidents.markers.data) == \
        snap.incident_count + 1
    fresh = twin(qtbot, document, timeline)
    fresh.select_incident(timeline.selected_incident())    # the drop selected the new incident
    QApplication.processEvents()
    assert timeline.grab().toImage() == fresh.grab().toImage()
    document.undo_stack.undo()
    QApplication.processEvents()
    assert timeline.view.incidents.rebuilds == rebuilds
    assert timeline.grab().toImage() == twin(qtbot, document, timeline).grab().toImage()


def test_after_an_edit_only_the_labels_it_changed_are_formatted_and_all_read_as_a_fresh_draw(qtbot, timeline,
                                                                                           document):
    snap = document.snapshot
    moved = int(snap.inc_ids[0])
    edit = partial(services.incidents.update_incident, incident_id=moved)
    assert document.execute(UpdateCommand(document, "Edit", edit, occurred_at=from_epoch(int(snap.inc_time[-1]) + 600),
                                          severity=5 if snap.inc_severity[0] != 5 else 4))
    QApplication.processEvents()
    assert timeline.view.label_texts.made == 1
    fresh = twin(qtbot, document, timeline)
    assert list(timeline.view.labels.texts) == list(fresh.view.labels.texts) == incident_labels(document.snapshot)
    assert np.array_equal(timeline.view.labels.widths, fresh.view.labels.widths)
