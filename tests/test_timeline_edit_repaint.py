"""A stored edit repaints the places in the incident band that it changed, not the band's whole width,
and what the timeline then shows is what a whole repaint draws: the pictures before and after (each
drawn whole) differ only where the view was asked to repaint."""
from __future__ import annotations

from datetime import timedelta
from functools import partial

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QApplication

from bench.engine import build_exercise
from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from gui.core.document import ExerciseDocument
from gui.timeline import TimelineWidget
from model import services
from model.timeutil import from_epoch
from tests.timeline_support import timeline  # noqa: F401  (fixture)


class PaintedRegion(QObject):
    """Everything a widget is asked to repaint."""

    def __init__(self, widget):
        super().__init__()
        self.region = QRegion()
        self.events = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.region = self.region.united(event.region())
            self.events += 1
        return False


def picture(viewport) -> np.ndarray:
    image = viewport.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.height() * image.bytesPerLine() // 4)
    return pixels.reshape(image.height(), -1)[:, :image.width()].copy()


def mask(region: QRegion, shape: tuple[int, int]) -> np.ndarray:
    inside = np.zeros(shape, dtype=bool)
    for rect in region:
        inside[max(rect.top(), 0):rect.bottom() + 1, max(rect.left(), 0):rect.right() + 1] = True
    return inside


def band_area(widget) -> int:
    rect = widget.view.mapFromScene(widget.view.band_box.sceneBoundingRect()).boundingRect()
    return rect.width() * rect.height()


def repainted(qtbot, widget, step) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The picture before and after *step*, and where the view was repainted for it."""
    viewport = widget.view.viewport()
    QApplication.processEvents()
    before = picture(viewport)
    painted = PaintedRegion(viewport)
    step()
    qtbot.waitUntil(lambda: painted.events > 0)
    QApplication.processEvents()
    viewport.removeEventFilter(painted)
    after = picture(viewport)
    return before, after, mask(painted.region, before.shape)


def assert_only_repainted_changed(before, after, inside) -> None:
    changed = before != after
    assert changed.any(), "the edit shows"
    outside = np.argwhere(changed & ~inside)
    assert not len(outside), f"pixels changed outside the repainted area, e.g. (y, x) {outside[:5].tolist()}"


def move(document, incident_id: int, hours: float) -> None:
    snap = document.snapshot
    when = from_epoch(float(snap.inc_time[snap.incident_position(incident_id)])) + timedelta(hours=hours)
    assert document.execute(UpdateCommand(document, "Move incident", partial(
        services.incidents.update_incident, incident_id=incident_id), occurred_at=when))


def middle_incident(widget) -> int:
    snap = widget.document.snapshot
    x0, x1 = widget.view.band_box.viewRange()[0]
    inside = np.flatnonzero((snap.inc_time > x0 + (x1 - x0) / 3) & (snap.inc_time < x1 - (x1 - x0) / 3))
    return int(snap.inc_ids[inside[len(inside) // 2]])


def labelled_incident(widget) -> int:
    """An incident in the middle of the view whose label is shown."""
    shown = widget.view.labels.visible_labels()
    return int(widget.view.incidents.ids[shown[len(shown) // 2][0]])


def test_moving_an_incident_and_undoing_it_repaint_everything_they_change(qtbot, timeline, document):  # noqa: F811
    incident_id = middle_incident(timeline)
    before, after, inside = repainted(qtbot, timeline, lambda: move(document, incident_id, 5))
    assert_only_repainted_changed(before, after, inside)
    before, after, inside = repainted(qtbot, timeline, document.undo_stack.undo)
    assert_only_repainted_changed(before, after, inside)


@pytest.fixture
def crowded(qtbot, tmp_path, wall):
    """A timeline on 400 generated incidents, two days in view: labels and windows crowd each other."""
    document = ExerciseDocument(build_exercise(tmp_path, 12, 400), wall=wall)
    widget = TimelineWidget(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    snap = document.snapshot
    centre = float(np.median(snap.inc_time))
    widget.view.band_box.setXRange(centre - 86400, centre + 86400, padding=0)
    QApplication.processEvents()
    yield widget
    widget.close()
    document.close()


def test_in_a_crowded_band_every_change_an_edit_makes_is_repainted(qtbot, crowded):
    document = crowded.document
    for hours in (0.25, 1, -3, 20):
        incident_id = labelled_incident(crowded) if hours < 20 else middle_incident(crowded)
        before, after, inside = repainted(qtbot, crowded, partial(move, document, incident_id, hours))
        assert_only_repainted_changed(before, after, inside)
        assert inside.sum() < band_area(crowded)   # not the band's whole width
    for _ in range(2):
        before, after, inside = repainted(qtbot, crowded, document.undo_stack.undo)
        assert_only_repainted_changed(before, after, inside)


def test_adding_and_deleting_an_incident_repaint_what_they_change(qtbot, crowded):
    document = crowded.document
    snap = document.snapshot
    when = float(np.median(snap.inc_time)) + 1800
    command = CreateCommand(document, "Add incident", services.incidents.create_incident,
                            services.incidents.delete_incident, incident_type=snap.type_codes[0], severity=2,
                            occurred_at=from_epoch(when))
    before, after, inside = repainted(qtbot, crowded, lambda: document.execute(command))
    assert_only_repainted_changed(before, after, inside)
    incident_id = command.created_id
    before, after, inside = repainted(qtbot, crowded, lambda: document.execute(DeleteCommand(
        document, "Delete incident", partial(services.incidents.delete_incident, incident_id=incident_id))))
    assert_only_repainted_changed(before, after, inside)


def test_the_markers_after_edits_are_a_fresh_timelines(qtbot, crowded):
    document = crowded.document
    for hours in (0.5, -2, 26):
        move(document, labelled_incident(crowded), hours)
    document.undo_stack.undo()
    fresh = TimelineWidget(document)
    qtbot.addWidget(fresh)

    def points(widget) -> list[tuple]:
        data = widget.view.incidents.markers.data
        return [(float(x), int(i), symbol, pen.color().name(), brush.color().name())
                for x, i, symbol, pen, brush in zip(data["x"], data["data"], data["symbol"], data["pen"],
                                                    data["brush"])]
    assert crowded.view.incidents.moves >= 4
    assert points(crowded) == points(fresh)


def reference_changes(old_ids, old_look, new_ids, new_look) -> tuple[list[int], list[int]]:
    """changed_rows' answer the slow way: every row matched by id."""
    old_at = {int(k): row for row, k in enumerate(old_ids)}
    new_rows = [row for row, k in enumerate(new_ids)
                if int(k) not in old_at or (old_look[old_at[int(k)]] != new_look[row]).any()]
    kept = {int(k) for k in new_ids}
    old_rows = [old_at[int(new_ids[row])] for row in new_rows if int(new_ids[row]) in old_at]
    old_rows += [row for row, k in enumerate(old_ids) if int(k) not in kept]
    return sorted(old_rows), sorted(new_rows)


def test_the_rows_an_edit_changed_are_found_whatever_it_did():
    from gui.timeline.edit_repaint import changed_rows
    rng = np.random.default_rng(12)
    for trial in range(500):
        n = int(rng.integers(0, 40))
        ids = rng.permutation(1000)[:n].astype(np.int64)
        looks = rng.integers(0, 3, (n, 3)).astype(float)
        new_ids, new_looks = ids.copy(), looks.copy()
        for _ in range(int(rng.integers(0, 3))):
            op = int(rng.integers(0, 4))
            if op == 0 and len(new_ids):      # a move: out of its place, into another, drawn elsewhere
                i, j = (int(k) for k in rng.integers(0, len(new_ids), 2))
                moved, look = new_ids[i], new_looks[i] + (7, 0, 0)
                new_ids, new_looks = np.delete(new_ids, i), np.delete(new_looks, i, axis=0)
                new_ids, new_looks = np.insert(new_ids, j, moved), np.insert(new_looks, j, look, axis=0)
            elif op == 1:                     # an incident added
                j = int(rng.integers(0, len(new_ids) + 1))
                new_ids, new_looks = np.insert(new_ids, j, 5000 + trial), np.insert(new_looks, j, (9, 9, 9), axis=0)
            elif op == 2 and len(new_ids):    # one removed
                i = int(rng.integers(0, len(new_ids)))
                new_ids, new_looks = np.delete(new_ids, i), np.delete(new_looks, i, axis=0)
            elif op == 3 and len(new_ids):    # one drawn another way where it is
                new_looks[int(rng.integers(0, len(new_ids))), 1] += 1
        found = changed_rows(ids, looks, new_ids, new_looks)
        assert found is not None
        assert (sorted(found[0].tolist()), sorted(found[1].tolist())) == \
            reference_changes(ids, looks, new_ids, new_looks), trial
