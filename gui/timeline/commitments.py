"""Commitment lanes: one scatter for all markers, one for gate-violation rings, one item for all lines.

A marker sits at the commitment's effective time (its announcement if it has
none), shaped and coloured by category: filled once effective or delivered,
hollow while only pledged or announced, faint before it is announced, grey
when withdrawn. A line runs from announcement to effect; a gated commitment
shows where its parliamentary gate opens, in red when it was broken.
"""
from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from gui.core import style
from gui.timeline import look
from gui.timeline.incidents import PassiveScatter, exposed_span, restyle, set_styled_points, spots_rect
from model.engine import Assessment
from model.snapshot import NO_TIME
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES

NOT_YET, HOLLOW, FILLED, WITHDRAWN = range(4)
DELIVERED = COMMITMENT_STATUSES.index("delivered")
WITHDRAWN_STATUS = COMMITMENT_STATUSES.index("withdrawn")


@functools.cache   # shared pens and brushes keep pyqtgraph's symbol atlas small (see marker_style)
def commitment_style(category: int, state: int, violation: bool) -> tuple[QPen, object]:
    colour = style.category_qcolour(CATEGORIES[category])
    if state == WITHDRAWN:
        pen, brush = pg.mkPen(look.WITHDRAWN, width=1.5), pg.mkBrush(255, 255, 255, 200)
    elif state == FILLED:
        pen, brush = pg.mkPen(colour.darker(150), width=1), pg.mkBrush(colour)
    elif state == HOLLOW:
        pen, brush = pg.mkPen(colour, width=2), pg.mkBrush(255, 255, 255, 235)
    else:
        faint = QColor(colour)
        faint.setAlpha(120)
        pen, brush = pg.mkPen(faint, width=1.5, style=Qt.PenStyle.DotLine), pg.mkBrush(255, 255, 255, 160)
    if violation:
        pen = pg.mkPen(style.GATE_VIOLATION, width=2.5)
    return pen, brush


def commitment_states(a: Assessment) -> np.ndarray:
    snap = a.snapshot
    state = np.full(len(snap.com_ids), HOLLOW, dtype=np.int8)
    state[(snap.com_status == DELIVERED) | (snap.com_effective <= a.now)] = FILLED
    state[snap.com_announced > a.now] = NOT_YET
    state[snap.com_status == WITHDRAWN_STATUS] = WITHDRAWN
    return state


def _same(a: dict | None, b: dict) -> bool:
    return a is not None and all(a[k].shape == b[k].shape and np.array_equal(a[k], b[k]) for k in b)


def _pen(colour: QColor, width: float, alpha: int = 255, dash: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    colour = QColor(colour)
    colour.setAlpha(alpha)
    pen = QPen(colour, width, dash)
    pen.setCosmetic(True)
    return pen


def _stroke_each(p: QPainter, lines: list[QLineF]) -> None:
    """One stroke per line, so that overlapping translucent lines always darken where they overlap.

    QPainter.drawLines strokes its lines as paths of 32: overlapping lines in one batch are filled once,
    in two batches twice. Which lines share a batch depends on how many the repaint culled, so a thin
    repaint (a clock tick's strip) drew lanes lighter than the full paint around it."""
    draw = p.drawLine
    for line in lines:
        draw(line)


class LinesItem(pg.GraphicsObject):
    """Announcement-to-effect lines and gate marks, grouped by pen, painted only where exposed."""

    def __init__(self):
        super().__init__()
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # for option.exposedRect
        self._rect = QRectF()
        self._a = self._e = self._g = self._y = np.zeros(0)
        self._spans: list[tuple[QPen, np.ndarray, bool]] = []  # announced -> effective, or -> gate if broken
        self._marks: list[tuple[QPen, np.ndarray, np.ndarray, float]] = []  # short vertical marks: x, half height

    def set_lines(self, origin: int, y, announced, effective, category, state, gated, gate_at, violation,
                  changed: np.ndarray | None = None) -> None:
        """Show these lines; *changed* (indices whose style alone changed) limits the repaint."""
        if changed is None:
            self.prepareGeometryChange()
        self.setPos(origin, 0)  # offsets from origin keep coordinates precise at any zoom
        has_effect = effective != NO_TIME
        self._a = (announced - origin).astype(np.float64)
        self._e = np.where(has_effect, effective - origin, announced - origin).astype(np.float64)
        self._g = (gate_at - origin).astype(np.float64)
        self._y = np.asarray(y, dtype=np.float64)
        self._spans, self._marks = [], []
        with_line = np.flatnonzero(has_effect & (effective != announced))
        for cat in look.distinct(category[with_line]):
            colour = style.category_qcolour(CATEGORIES[int(cat)])
            for faint in (False, True):
                sel = with_line[(category[with_line] == cat) & ((state[with_line] != FILLED) == faint)]
                if len(sel):
                    pen = _pen(colour, 2, 110) if faint else _pen(colour, 2, 200)
                    self._spans.append((pen, sel, False))
                    self._marks.append((pen, sel, self._a, 0.18))
        for broken in (False, True):
            sel = np.flatnonzero(gated & (violation == broken))
            if len(sel):
                colour = style.GATE_VIOLATION if broken else look.MUTED_TEXT
                self._marks.append((_pen(colour, 2), sel, self._g, 0.3))
                if broken:
                    # Effective before the gate opens: tie the marker to where the gate would have let it.
                    self._spans.append((_pen(colour, 2, 90), sel, True))  # solid: dashed pens are slow to stroke
        if len(self._a):
            left = float(min(self._a.min(), self._g.min()))
            right = float(max(self._e.max(), self._g.max()))
            self._rect = QRectF(left, float(self._y.min()) - 1, right - left, float(self._y.max() - self._y.min()) + 2)
        else:
            self._rect = QRectF()
        if changed is None:
            self.update()
        elif len(changed):
            xs = np.concatenate([self._a[changed], self._e[changed], self._g[changed]])
            ys = np.concatenate([self._y[changed]] * 3)
            self.update(spots_rect(self, xs, ys, 6))

    def viewTransformChanged(self):
        self.prepareGeometryChange()   # the extent is partly in pixels

    def boundingRect(self) -> QRectF:
        # The pens reach beyond the lines' ends (a mark is two pixels wide): a repaint there must paint
        # this item too, or it leaves half a mark behind.
        pad = 3 * (self.pixelWidth() or 0.0)
        return self._rect.adjusted(-pad, 0, pad, 0) if not self._rect.isNull() else self._rect

    def paint(self, p: QPainter, option, *args) -> None:
        if not len(self._a):
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # axis-parallel: crisp and fast
        lo, hi, pad = exposed_span(self, option)
        lo, hi = lo - pad, hi + pad
        rect = option.exposedRect
        rows = (self._y >= rect.top() - 1) & (self._y <= rect.bottom() + 1)
        for pen, members, gate in self._spans:
            start = self._a[members]
            end = self._g[members] if gate else self._e[members]
            left, right = np.minimum(start, end), np.maximum(start, end)
            keep = rows[members] & (right >= lo) & (left <= hi)
            if not keep.any():
                continue
            a, b = np.maximum(left[keep], lo).tolist(), np.minimum(right[keep], hi).tolist()
            p.setPen(pen)
            _stroke_each(p, [QLineF(x0, y, x1, y) for x0, x1, y in zip(a, b, self._y[members][keep].tolist())])
        for pen, members, xs, half in self._marks:
            x = xs[members]
            keep = rows[members] & (x >= lo) & (x <= hi)
            if not keep.any():
                continue
            p.setPen(pen)
            _stroke_each(p, [QLineF(x0, y - half, x0, y + half)
                             for x0, y in zip(x[keep].tolist(), self._y[members][keep].tolist())])


class CommitmentLayer:
    def __init__(self, view: pg.ViewBox):
        self.lines = LinesItem()
        self.markers = PassiveScatter(pxMode=True, size=look.COMMITMENT_SIZE, hoverable=False)
        self.rings = PassiveScatter(pxMode=True, size=look.COMMITMENT_SIZE + 9, symbol="o",
                                    pen=pg.mkPen(style.GATE_VIOLATION, width=1.5), brush=None)
        for z, item in enumerate((self.lines, self.markers, self.rings)):
            item.setZValue(10 + z)
            view.addItem(item, ignoreBounds=True)
        self._state: dict | None = None
        self.x = np.zeros(0)
        self.y = np.zeros(0)
        self.ids = np.zeros(0, dtype=np.int64)
        self.incident_positions = np.zeros(0, dtype=np.int64)
        self.rebuilds = 0
        self.restyles = 0

    def update(self, a: Assessment) -> None:
        snap = a.snapshot
        state = {
            "ids": snap.com_ids, "sig": snap.com_sig, "cat": snap.com_cat, "inc": snap.com_inc,
            "announced": snap.com_announced, "effective": snap.com_effective,
            "state": commitment_states(a), "violation": a.gate_violation, "gated": a.gated,
            "gate_at": a.gate_earliest,
        }
        old = self._state
        if _same(old, state):
            return
        self._state = state
        # Where a marker is drawn does not depend on its incident's position: an incident moved past
        # others reorders "inc" and nothing else, which needs no rebuild.
        geometry = ("ids", "sig", "cat", "announced", "effective")
        if _same(old and {k: old[k] for k in geometry}, {k: state[k] for k in geometry}):
            self.incident_positions = snap.com_inc
            # Only states changed (the clock crossed announcements or effects): restyle those.
            changed = np.flatnonzero((old["state"] != state["state"]) | (old["violation"] != state["violation"]))
            styles = [commitment_style(int(snap.com_cat[i]), int(state["state"][i]), bool(state["violation"][i]))
                      for i in changed]
            restyle(self.markers, changed, [pen for pen, _ in styles], [brush for _, brush in styles])
            self.restyles += 1
            if not np.array_equal(old["violation"], state["violation"]):
                broken = np.flatnonzero(a.gate_violation)
                self.rings.setData(x=self.x[broken], y=self.y[broken])
            assert old is not None   # _same(None, ...) is False
            if not len(changed) and all(np.array_equal(old[k], state[k]) for k in ("gated", "gate_at")):
                return   # an incident moved past others: the lines read nothing that changed
        else:
            self.rebuilds += 1
            self.y = -(snap.com_sig + 0.5) - (snap.com_cat - 2) * look.CATEGORY_SHIFT
            self.x = np.where(snap.com_effective != NO_TIME, snap.com_effective, snap.com_announced).astype(np.float64)
            keys, inverse = np.unique((snap.com_cat * 4 + state["state"]) * 2 + a.gate_violation, return_inverse=True)
            table = []
            for key in keys.tolist():   # the category decides the symbol
                pen, brush = commitment_style(key // 8, key // 2 % 4, bool(key % 2))
                table.append((look.CATEGORY_SYMBOLS[CATEGORIES[key // 8]], pen, brush))
            set_styled_points(self.markers, self.x, self.y, inverse.reshape(-1), table, snap.com_ids)
            self.ids, self.incident_positions = snap.com_ids, snap.com_inc
            broken = np.flatnonzero(a.gate_violation)
            self.rings.setData(x=self.x[broken], y=self.y[broken])
            changed = None
        self.lines.set_lines(snap.startex, self.y, snap.com_announced, snap.com_effective, snap.com_cat,
                             state["state"], a.gated, a.gate_earliest, a.gate_violation, changed)

    def commitment_at(self, x: float, y: float, px_per_s: float, px_per_lane: float) -> int | None:
        """Index of the commitment marker under view point (x, y), else None."""
        if not len(self.x):
            return None
        distance = np.hypot((self.x - x) * px_per_s, (self.y - y) * px_per_lane)
        best = int(np.argmin(distance))
        return best if distance[best] <= look.COMMITMENT_SIZE * 0.8 else None
