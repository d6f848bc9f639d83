"""Clock ticks that change nothing the commitment matrix shows leave it alone; after any ticks it shows
what a matrix built afresh shows."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from gui.incidents.commitment_matrix import CommitmentMatrix


def built(qtbot, document) -> CommitmentMatrix:
    widget = CommitmentMatrix()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(matrix: CommitmentMatrix) -> tuple:
    model = matrix.model
    cells = [[(model.data(model.index(r, c)), model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole))
              for c in range(model.columnCount())] for r in range(model.rowCount())]
    return matrix.title.text(), matrix.detail.text(), cells


def test_the_matrix_after_ticks_shows_what_a_fresh_one_shows_and_quiet_ticks_change_nothing(qtbot, document,
                                                                                             wall):
    # An incident whose deadlines are still running at the start, so that ticks move its margins,
    # then pass its deadlines.
    snap = document.snapshot
    pos = int(np.argmax(snap.inc_time))
    document.set_scenario_time(float(snap.inc_time[pos]) + 600)
    document.selection.select("incident", int(snap.inc_ids[pos]))
    followed = built(qtbot, document)
    changes: list[int] = []
    followed.model.dataChanged.connect(lambda *_: changes.append(1))
    show_header = followed._show_header

    def header_shown() -> None:   # the header is worded again only when something it shows may differ
        changes.append(1)
        show_header()

    followed._show_header = header_shown
    document.start_clock()
    document._timer.stop()   # the test drives the ticks
    quiet = 0
    speed = document.clock.speed
    # Scenario seconds per tick: quiet ones within a minute, then deadlines passing.
    for k, seconds in enumerate([1.0] * 130 + [1800.0] * 4 + [7.0] * 40 + [86400.0] * 3):
        changes.clear()
        wall.advance(seconds / speed)
        document.tick()
        quiet += not changes
        if k % 10 == 0 or seconds > 60:
            assert shown(followed) == shown(built(qtbot, document))
    assert shown(followed) == shown(built(qtbot, document))
    document.pause_clock()
    assert quiet > 100   # most one-second ticks changed no cell's wording: neither cells nor header were
