"""A branch point's question stays readable inside the timeline's band wherever the view is."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from model.branching import branch_points
from tests.timeline_support import timeline  # noqa: F401  (the fixture, by name)


def _question(timeline):
    return timeline.branches._labels[0]


def _inside_band(timeline, label) -> bool:
    band = timeline.view.band_box.sceneBoundingRect()
    rect = label.mapRectToScene(label.boundingRect())
    return band.left() <= rect.left() and rect.right() <= band.right() and rect.width() > 0


def test_the_question_near_the_right_edge_ends_at_its_line_inside_the_view(timeline, document):
    (answer,) = branch_points(document.file)
    label = _question(timeline)
    box = timeline.view.band_box
    full = label.textItem.toPlainText()
    assert "Adversary" in full
    for right_of_line in (60, 600, 3600, 4 * 3600):     # seconds of view right of the branch point
        box.setXRange(answer.at - 2 * 86400, answer.at + right_of_line, padding=0)
        QApplication.processEvents()
        assert label.isVisible() and _inside_band(timeline, label), right_of_line
        assert label.textItem.toPlainText() == full       # room enough: shortened by nothing
        assert label.pos().x() <= answer.at               # drawn leftwards, ending at (or before) its line


def test_a_point_left_of_the_view_keeps_its_question_at_the_left_edge_and_one_right_of_it_none(timeline, document):
    (answer,) = branch_points(document.file)
    label = _question(timeline)
    box = timeline.view.band_box
    box.setXRange(answer.at + 86400, answer.at + 3 * 86400, padding=0)
    QApplication.processEvents()
    assert label.isVisible() and _inside_band(timeline, label)
    assert label.textItem.toPlainText().startswith("\u2190 ")
    box.setXRange(answer.at - 3 * 86400, answer.at - 86400, padding=0)
    QApplication.processEvents()
    assert not label.isVisible()
    box.setXRange(answer.at - 86400, answer.at + 86400, padding=0)
    QApplication.processEvents()
    assert label.isVisible() and label.pos().x() == answer.at and not label.textItem.toPlainText().startswith("\u2190")


def test_a_band_narrower_than_the_question_shortens_it(timeline, document):
    (answer,) = branch_points(document.file)
    label = _question(timeline)
    full = label.textItem.toPlainText()
    timeline.resize(260, 500)
    QApplication.processEvents()
    timeline.view.band_box.setXRange(answer.at - 3600, answer.at + 3600, padding=0)
    QApplication.processEvents()
    assert label.isVisible() and _inside_band(timeline, label)
    assert label.textItem.toPlainText().endswith("\u2026") and len(label.textItem.toPlainText()) < len(full)


def test_two_passed_branch_points_keep_their_questions_one_under_the_other(timeline, document):
    from model.services.branches import create_branch_point
    from model.timeutil import from_epoch

    (answer,) = branch_points(document.file)
    accepts = next(o.id for o in answer.outcomes if o.name == "accepts")
    create_branch_point(document.file, question="Parliament's vote on the deployment", at=from_epoch(answer.at + 7200),
                        outcomes=["passes", "fails"], outcome_id=accepts)   # nested under "accepts"
    document.reload()
    timeline.branch_bar.refresh()
    QApplication.processEvents()
    labels = [label for label in timeline.branches._labels if label.isVisible()]
    assert len(labels) == 2
    timeline.view.band_box.setXRange(answer.at + 86400, answer.at + 3 * 86400, padding=0)
    QApplication.processEvents()
    rects = [label.mapRectToScene(label.boundingRect()) for label in labels]
    assert all(_inside_band(timeline, label) for label in labels)
    assert not rects[0].intersects(rects[1])
    assert all(label.textItem.toPlainText().startswith("\u2190 ") for label in labels)
