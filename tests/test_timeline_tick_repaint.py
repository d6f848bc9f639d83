"""A clock tick repaints the strip the now line and its pill move in, not the timeline's whole width."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF
from PySide6.QtWidgets import QApplication

from tests.timeline_support import timeline  # noqa: F401  (fixture)


class PaintedAreas(QObject):
    """The rectangles a widget is asked to repaint."""

    def __init__(self, widget):
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_a_tick_repaints_a_strip_not_the_whole_timeline(qtbot, timeline, document, wall):  # noqa: F811
    QApplication.processEvents()
    viewport = timeline.view.viewport()
    painted = PaintedAreas(viewport)
    document.start_clock()
    for _ in range(3):
        painted.rects.clear()
        wall.now += 1
        document.tick()
        qtbot.waitUntil(lambda: bool(painted.rects))
        assert max(rect.width() for rect in painted.rects) < viewport.width() / 4
    document.pause_clock()
    viewport.removeEventFilter(painted)


def test_the_now_pill_repaints_where_it_was_and_where_it_goes(timeline, document):  # noqa: F811
    axis = timeline.view.axis
    before = axis.generateDrawSpecs(None)[0]
    area = axis.now_area()
    axis.set_now(axis.now + 3 * 3600)
    after = axis.generateDrawSpecs(None)[0]
    area = area.united(axis.now_area())
    assert area.width() < axis.boundingRect().width() / 3
    def texts(specs) -> set:
        return {(rect.x(), rect.y(), rect.width(), rect.height(), text) for rect, text in specs["minor_texts"]}

    changed = [QRectF(*text[:4]) for text in texts(before) ^ texts(after)]
    changed += [before["now"][0], after["now"][0]]
    assert all(area.contains(rect) for rect in changed)
    unchanged = ("day_lines", "minor_lines", "day_texts", "date_texts")
    assert all(before[key] == after[key] for key in unchanged)
