"""Branches on the timeline: a dashed line and its question at each branch point reached, and a tinted
halo behind every incident of the outcome shown, so the branch shown is never mistaken for the trunk.

A question is kept readable inside the band whatever the view: beside its line where it fits, else
ending at the line, else against the edge (shortened with an ellipsis only when the band is narrower
than the text); a branch point left of the view keeps its question at the left edge, with an arrow,
since all the view shows is on that branch.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from gui.branches.look import BRANCH_LINE, outcome_colour
from gui.timeline import look
from gui.timeline.incidents import PassiveScatter
from model.branching import BranchPointRow, outcome_rank
from model.engine import Assessment


LABEL_MARGIN_PX = 4.0       # between a question and the band's edge
LABEL_PADDING_PX = 4.0      # pyqtgraph's text item's own margin, each side


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
        self._halos_key: tuple | None = None   # what the halos were drawn from
        self._lines_drawn: tuple | None = None   # what the lines and labels were drawn from
        self._placed: list[tuple[pg.TextItem, float, str]] = []   # label, branch point time, full text
        band_box.sigXRangeChanged.connect(self.place_labels)
        band_box.sigResized.connect(self.place_labels)

    def set_branches(self, points: list[BranchPointRow], incident_outcomes: dict[int, int]) -> None:
        self.points, self.incident_outcomes = points, incident_outcomes

    def update(self, a: Assessment) -> None:
        snap = a.snapshot
        rank = outcome_rank(self.points)
        self._draw_halos(snap, rank)
        drawn = (self.points, tuple(sorted(snap.taken.items())))
        if drawn == self._lines_drawn:   # a clock tick (the same branch points and answers) redraws nothing
            return
        self._lines_drawn = drawn
        reached = [p for p in self.points if p.id in snap.taken]
        self._ensure(len(reached))
        self._placed = []
        for point, line, lane_line, label in zip(reached, self._lines[0::2], self._lines[1::2], self._labels):
            taken = next((o for o in point.outcomes if o.id == snap.taken[point.id]), None)
            for item in (line, lane_line):
                item.setValue(float(point.at))
                item.show()
            name = taken.name if taken is not None else ""
            label.setColor(outcome_colour(rank.get(taken.id, 0)) if taken is not None else BRANCH_LINE)
            self._placed.append((label, float(point.at), f"{point.question}: {name}"))
        for item in self._lines[2 * len(reached):] + self._labels[len(reached):]:
            item.hide()
        self.place_labels()

    def place_labels(self, *_args) -> None:
        """Each question where it reads in full inside the band (see the module's docstring)."""
        box = self.band_box
        (left, right), _ = box.viewRange()
        px = box.px_per_second()
        if px <= 0:
            return
        margin = LABEL_MARGIN_PX / px
        pinned = 0       # questions held at the left edge (nested branch points both passed): one under another
        for label, at, text in self._placed:
            if at > right:              # not reached in this view: nothing shown is on the branch
                label.hide()
                continue
            if at < left + margin:
                text = f"\u2190 {text}"
            metrics = QFontMetricsF(label.textItem.font())
            room = max(0.0, box.width() - 2 * LABEL_MARGIN_PX - 2 * LABEL_PADDING_PX)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) if metrics.horizontalAdvance(text) > room \
                else text
            if label.textItem.toPlainText() != shown:
                label.setText(shown)
            width = label.textItem.boundingRect().width() / px
            y = 0.0
            if at < left + margin:
                x = left + margin
                y = -pinned * label.textItem.boundingRect().height()   # the band: one unit a pixel, y up
                pinned += 1
            elif at + width <= right - margin:
                x = at                                  # beside its line, as drawn when it fits
            elif at - width >= left + margin:
                x = at - width                          # ending at its line
            else:
                x = max(left + margin, right - margin - width)
            label.setPos(x, y)
            label.show()

    def _draw_halos(self, snap, rank: dict) -> None:
        # Called on every edit, tick and selection: the halos change only with the incidents' times or
        # the outcomes, and an exercise without branches (most) has none to look for.
        key = (snap.inc_ids, snap.inc_time, self.incident_outcomes, rank)
        if self._halos_key is not None and all(a is b for a, b in zip(key[:2], self._halos_key[:2])) \
                and key[2:] == self._halos_key[2:]:
            return
        self._halos_key = key
        outcomes = self.incident_outcomes
        if outcomes:
            tinted = np.flatnonzero(np.isin(snap.inc_ids, np.fromiter(outcomes, dtype=np.int64, count=len(outcomes))))
        else:
            tinted = np.zeros(0, dtype=np.int64)
        colours = [outcome_colour(rank.get(outcomes[incident_id], 0)) for incident_id in snap.inc_ids[tinted].tolist()]
        self.halos.setData(x=snap.inc_time[tinted].astype(np.float64), y=np.full(len(tinted), -look.MARKER_Y),
                           brush=[pg.mkBrush(_alpha(c, 120)) for c in colours],
                           pen=[pg.mkPen(c, width=2) for c in colours])

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
