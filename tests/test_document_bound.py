"""gui/core/document_bound.py: a view follows the signals of the one document it shows, and only those."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from gui.core.document import ExerciseDocument
from gui.core.document_bound import DocumentBound
from model.services.changes import ChangeReport


REPORT = ChangeReport(entity="incident", action="updated")


class View(QWidget):
    def __init__(self):
        super().__init__()
        self.heard: list[tuple[str, object]] = []
        self.bound = DocumentBound(self, {"changed": self._on_changed, "assessed": self._on_assessed,
                                          "selection.changed": self._on_selection})

    def _on_changed(self, report) -> None:
        self.heard.append(("changed", report))

    def _on_assessed(self, assessment) -> None:
        self.heard.append(("assessed", assessment))

    def _on_selection(self, kind, item_id) -> None:
        self.heard.append(("selection", (kind, item_id)))


@pytest.fixture
def other(blank_doc, wall):
    doc = ExerciseDocument(blank_doc, wall=wall)
    yield doc
    doc.close()


def emit_all(document) -> None:
    document.changed.emit(REPORT)
    document.assessed.emit(document.assessment)
    document.selection.changed.emit("incident", 1)


def test_a_bound_view_hears_every_signal_it_follows(qtbot, document):
    view = View()
    qtbot.addWidget(view)
    view.bound.bind(document)
    emit_all(document)
    assert [kind for kind, _ in view.heard] == ["changed", "assessed", "selection"]
    assert view.bound.document is document


def test_rebinding_leaves_no_connection_to_the_old_document(qtbot, document, other):
    view = View()
    qtbot.addWidget(view)
    view.bound.bind(document)
    view.bound.bind(other)
    emit_all(document)
    assert view.heard == []
    emit_all(other)
    assert [kind for kind, _ in view.heard] == ["changed", "assessed", "selection"]


def test_binding_the_same_document_twice_connects_once(qtbot, document):
    view = View()
    qtbot.addWidget(view)
    view.bound.bind(document)
    view.bound.bind(document)
    document.changed.emit(REPORT)
    assert len(view.heard) == 1


def test_unbinding_with_none_stops_everything_and_may_be_repeated(qtbot, document):
    view = View()
    qtbot.addWidget(view)
    view.bound.bind(None)              # never bound: nothing to disconnect, no RuntimeError
    view.bound.bind(document)
    view.bound.bind(None)
    view.bound.unbind()
    emit_all(document)
    assert view.heard == []
    assert view.bound.document is None


def test_a_destroyed_view_is_not_called(qtbot, document):
    view = View()
    heard = view.heard
    view.bound.bind(document)
    shiboken6.delete(view)
    emit_all(document)                 # a call into the deleted view would raise RuntimeError here
    assert heard == []


def test_slots_that_are_not_methods_of_the_view_are_dropped_with_it(qtbot, document):
    """A lambda has no receiver Qt could drop on its own: the helper drops it when the view goes."""
    owner = QWidget()
    heard = []
    bound = DocumentBound(owner, {"changed": lambda report: heard.append(report)})
    bound.bind(document)
    document.changed.emit(REPORT)
    shiboken6.delete(owner)
    document.changed.emit(REPORT)
    assert len(heard) == 1


def test_a_document_deleted_first_is_no_error_on_unbind(qtbot, other):
    view = View()
    qtbot.addWidget(view)
    view.bound.bind(other)
    shiboken6.delete(other.selection)
    view.bound.bind(None)
    assert view.bound.document is None
