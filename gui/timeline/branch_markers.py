"""Branches on the timeline: a dashed line and its question at each branch point reached, and a tinted
halo behind every incident of the outcome shown, so the branch shown is never mistaken for the trunk."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.branches.look import BRANCH_LINE, outcome_colour
from gui.timeline import look
from gui.timeline.incidents import PassiveScatter
from model.branching import BranchPointRow, outcome_rank
from model.engine import Assessment


class BranchMarkers:
    """Drawn from the assessment and the exercise's branch points (which the widget refreshes on edits)."""

    def __init__(self, band_box: pg.ViewBox, lane_box: pg.ViewBox):
        self.band_box, self.lane_box = band_box, lane_box
        self.points: list[BranchPointRow] = []
        self.incident_outcomes: dict[int, int] = {}
        self.halos = PassiveScatter(pxMode=True, size=look.MARKER_SIZE + 12, symbol="o", pen=None)
        self.halos.setZValue(-1)     # under the incident markers
        band_box.addItem(self.halos, ignoreBounds=True)
        self._lines: list[pg.InfiniteLine] = []
        self._labels: list[pg.TextItem] = []
        # What the halos and lines were last drawn from: a clock tick (the same snapshot) redraws nothing.
        self._tinted_from: tuple | None = None
        self._tinted: list[int] = []
        self._colours: list = []
        self._halo_x: np.ndarray | None = None
        self._lines_drawn: tuple | None = None

    def set_branches(self, points: list[BranchPointRow], incident_outcomes: dict[int, int]) -> None:
        self.points, self.incident_outcomes = points, incident_outcomes

    def update(self, a: Assessment) -> None:
        snap = a.snapshot
        rank = outcome_rank(self.points)
        source = (snap.inc_ids, self.incident_outcomes, self.points)
        recoloured = self._tinted_from is None or any(x is not y for x, y in zip(source, self._tinted_from))
        if recoloured:
            ids = snap.inc_ids.tolist()
            self._tinted = [i for i, incident_id in enumerate(ids) if incident_id in self.incident_outcomes]
            self._colours = [outcome_colour(rank.get(self.incident_outcomes[ids[i]], 0)) for i in self._tinted]
            self._tinted_from = source
        tinted, colours = self._tinted, self._colours
        x = snap.inc_time[tinted].astype(np.float64) if tinted else np.zeros(0)
        if recoloured or self._halo_x is None or not np.array_equal(x, self._halo_x):
            self._halo_x = x
            self.halos.setData(x=x, y=np.full(len(tinted), -look.MARKER_Y),
                               brush=[pg.mkBrush(_alpha(c, 120)) for c in colours],
                               pen=[pg.mkPen(c, width=2) for c in colours])
        drawn = (self.points, tuple(sorted(snap.taken.items())))
        if drawn == self._lines_drawn:
            return
        self._lines_drawn = drawn
        reached = [p for p in self.points if p.id in snap.taken]
        self._ensure(len(reached))
        for point, line, lane_line, label in zip(reached, self._lines[0::2], self._lines[1::2], self._labels):
            taken = next((o for o in point.outcomes if o.id == snap.taken[point.id]), None)
            for item in (line, lane_line):
                item.setValue(float(point.at))
                item.show()
            name = taken.name if taken is not None else ""
            label.setText(f"{point.question}: {name}")
            label.setColor(outcome_colour(rank.get(taken.id, 0)) if taken is not None else BRANCH_LINE)
            label.setPos(float(point.at), 0.0)
            label.show()
        for item in self._lines[2 * len(reached):] + self._labels[len(reached):]:
            item.hide()

    def _ensure(self, count: int) -> None:
        pen = pg.mkPen(BRANCH_LINE, width=2, style=Qt.PenStyle.DashLine)
        while len(self._labels) < count:
            for box in (self.band_box, self.lane_box):
                line = pg.InfiniteLine(angle=90, movable=False, pen=pen)
                line.setZValue(24)
                box.addItem(line, ignoreBounds=True)
                self._lines.append(line)
            label = pg.TextItem(anchor=(0, 0), fill=pg.mkBrush(look.LABEL_BACKGROUND))
            label.setFont(look.axis_font(bold=True))
            label.setZValue(26)
            self.band_box.addItem(label, ignoreBounds=True)
            self._labels.append(label)


def _alpha(colour, alpha: int):
    tinted = type(colour)(colour)
    tinted.setAlpha(alpha)
    return tinted
