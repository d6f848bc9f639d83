"""What a stored edit no longer recomputes in the window, shown to give the same result as before."""
from __future__ import annotations

from datetime import timedelta

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from gui.branches import bar as bar_module
from gui.branches.bar import BranchBar
from gui.core.document import ExerciseDocument
from gui.timeline.incidents import DONE, FUTURE, LATE, NONE_OBLIGED, OPEN, summarise
from model import services
from model.engine import MET, MISSED, NOT_DUE, PENDING
from model.snapshot import load_snapshot
from model.timeutil import from_epoch
from tests.timeline_support import timeline  # noqa: F401  (the timeline fixture is used by name)


def summary_by_definition(status: np.ndarray) -> np.ndarray:
    """The colouring rule as the legend states it, one reduction per status."""
    summary = np.full(status.shape[0], NONE_OBLIGED, dtype=np.int8)
    if status.shape[1]:
        summary[(status == MET).any(axis=1)] = DONE
        summary[(status == PENDING).any(axis=1)] = OPEN
        summary[(status == MISSED).any(axis=1)] = LATE
        summary[(status == NOT_DUE).all(axis=1)] = FUTURE
    return summary


@given(arrays(np.int8, st.tuples(st.integers(0, 40), st.integers(0, 8)), elements=st.integers(0, 4)))
def test_the_timelines_summary_of_a_row_is_its_most_pressing_status(status):
    assert np.array_equal(summarise(status), summary_by_definition(status))
    assert summarise(status).dtype == np.int8


def test_without_branch_points_an_incident_edit_reads_none_and_a_new_one_still_shows(qtbot, blank_doc, wall,
                                                                                     monkeypatch):
    document = ExerciseDocument(blank_doc, wall=wall)
    try:
        bar = BranchBar(document)
        qtbot.addWidget(bar)
        bar.refresh()
        assert bar.points == []
        reads = []
        real = bar_module.branch_points
        monkeypatch.setattr(bar_module, "branch_points", lambda doc: reads.append(doc) or real(doc))
        startex = load_snapshot(blank_doc).startex
        kind = load_snapshot(blank_doc).type_codes[0]
        document.apply(services.incidents.create_incident(blank_doc, incident_type=kind, severity=3,
                                                          occurred_at=from_epoch(startex + 3600)))
        assert reads == []      # nothing on the trunk can be on an outcome: nothing to read
        document.apply(services.branches.create_branch_point(
            blank_doc, question="Does the vote pass?", at=from_epoch(startex) + timedelta(hours=2),
            outcomes=["yes", "no"]))
        assert len(reads) == 1 and [p.question for p in bar.points] == ["Does the vote pass?"]
    finally:
        document.close()


def test_after_drops_moves_and_undos_each_marker_carries_its_own_incident(qtbot, timeline, document):
    from functools import partial

    from gui.core.commands import UpdateCommand
    from gui.timeline import incident_type_mime
    snap = document.snapshot
    moves_before = timeline.view.incidents.moves
    first = int(snap.inc_ids[0])
    mime = incident_type_mime(snap.type_codes[0])
    assert timeline.handle_drop(mime, float(snap.inc_time[2]) + 600)
    assert document.execute(UpdateCommand(document, "Move", partial(services.incidents.update_incident,
                                                                    incident_id=first),
                                          occurred_at=from_epoch(int(snap.inc_time[-1]) + 60)))
    assert timeline.handle_drop(mime, float(snap.inc_time[0]) - 600)
    document.undo_stack.undo()
    markers = timeline.view.incidents.markers
    assert timeline.view.incidents.moves >= moves_before + 4     # each edit reordered, none rebuilt
    assert [int(d) for d in markers.data["data"]] == document.snapshot.inc_ids.tolist()
    assert np.array_equal(markers.data["x"], document.snapshot.inc_time.astype(np.float64))
