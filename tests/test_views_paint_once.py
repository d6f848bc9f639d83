"""An edit or a selection paints the commitment matrix and the findings tree once, in their new layout,
and draws the timeline once for the edit and once for what it selects.

The timeline's graphics scene, in its queued processing of the items an edit changed, paints the whole
window at once (Qt's QGraphicsScene sends the window's pending UpdateRequest itself). A view whose layout
was still pending then (a matrix header grown by a line, rows inserted into the findings tree) was painted
in its old geometry and painted whole again once the layout came: the matrix's cells twice on every undo.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from gui.core.commands import UpdateCommand
from gui.incidents.commitment_matrix import CommitmentMatrix
from gui.incidents.findings_panel import FindingsPanel
from model import services
from model.timeutil import from_epoch


class Paints(QObject):
    """The sizes a widget was painted at."""

    def __init__(self, widget):
        super().__init__()
        self.sizes: list[tuple[int, int]] = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.sizes.append((obj.width(), obj.height()))
        return False


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shown(window, kind):
    window.deferred_docks.build()
    view = window.findChildren(kind)[0]
    dock = view if kind is FindingsPanel else view.parentWidget()
    dock.show()
    dock.raise_()
    settle()
    return view


def test_selecting_an_incident_paints_the_matrix_once_in_its_final_size(window):
    matrix = shown(window, CommitmentMatrix)
    document = window.document
    document.selection.select("incident", None)
    settle()
    before = matrix.view.viewport().size()
    paints = Paints(matrix.view.viewport())
    document.selection.select("incident", int(document.snapshot.inc_ids[0]))
    settle()
    final = matrix.view.viewport().size()
    assert final != before, "the test needs a selection that changes the matrix's geometry"
    assert paints.sizes == [(final.width(), final.height())]


def test_an_edit_that_changes_the_findings_paints_their_tree_once(window):
    panel = shown(window, FindingsPanel)
    document = window.document
    snap = document.snapshot
    paints = Paints(panel.tree.viewport())
    rebuilds = panel.rebuilds
    for k in range(snap.incident_count):   # a move that changes which findings there are
        incident_id = int(snap.inc_ids[k])
        document.execute(UpdateCommand(
            document, "Move incident", partial(services.incidents.update_incident, incident_id=incident_id),
            occurred_at=from_epoch(int(snap.inc_time[k]) + 3 * 86400)))
        paints.sizes.clear()
        settle()
        if panel.rebuilds > rebuilds:
            break
        document.undo_stack.undo()
        settle()
    assert panel.rebuilds > rebuilds, "the test needs an edit that rebuilds the findings"
    assert len(paints.sizes) == 1


def test_a_drop_draws_the_timeline_for_the_edit_and_its_selection_only(window):
    """The dropped incident is selected by the timeline itself; the shared selection echoing it back
    draws nothing more (it drew a third time, ~1 ms at 10,000 incidents)."""
    from gui.timeline.mime import incident_type_mime

    timeline = window.timeline
    document = window.document
    draws = []
    real_draw = timeline.view.draw
    timeline.view.draw = lambda *args, **kwargs: (draws.append(kwargs.get("focus")), real_draw(*args, **kwargs))
    x0, x1 = timeline.view.time_range()
    assert timeline.handle_drop(incident_type_mime(document.snapshot.type_codes[0]), (x0 + x1) / 2)
    settle()
    created = document.selection.current("incident")
    assert created == timeline.selected_incident() and created is not None
    assert len(draws) == 2
    assert draws[-1] == timeline._position(created)
