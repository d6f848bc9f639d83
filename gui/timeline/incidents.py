"""The incident band: one scatter item for every incident marker, one item painting every window.

Both are rebuilt only when what they show changed (compared as arrays), so a
clock tick that crosses nothing costs a few vector comparisons, and one that
crosses an incident's time restyles that marker alone. During a drag the
moved incident is *pinned*: these layers keep drawing it where it was and
the overlay draws it live, so a drag step rebuilds nothing here.

Windows are painted from cached numpy arrays, culled to the exposed area,
rather than replayed from a QPicture: a drag step repaints a thin strip, and
a picture would replay every window of the exercise for it.
"""
from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from gui.core import style
from gui.timeline import look
from gui.timeline.edit_repaint import MOST_DIRTY, aligned, changed_rows
from gui.timeline.tracks import TrackPacker
from model.engine import MET, MISSED, NOT_DUE, NOT_OBLIGED, PENDING, Assessment

# Summary of one incident's obligations across signatories, for colouring.
FUTURE, OPEN, DONE, LATE, NONE_OBLIGED = range(5)


def summarise(status: np.ndarray) -> np.ndarray:
    """(n_inc, n_sig) statuses -> (n_inc,) FUTURE / OPEN / DONE / LATE / NONE_OBLIGED."""
    n = status.shape[0]
    summary = np.full(n, NONE_OBLIGED, dtype=np.int8)
    if n == 0 or status.shape[1] == 0:
        return summary
    # One bit per status an incident's row holds, in one pass over the cells (the clock tick pays this
    # for every cell): a signatory-major copy lets the OR run down contiguous columns.
    held = np.bitwise_or.reduce(np.ascontiguousarray(np.left_shift(np.uint8(1), status.astype(np.uint8)).T),
                                axis=0)
    summary[(held & (1 << MET)) != 0] = DONE
    summary[(held & (1 << PENDING)) != 0] = OPEN
    summary[(held & (1 << MISSED)) != 0] = LATE
    summary[held == (1 << NOT_DUE)] = FUTURE
    return summary


# Past this many incidents changed by one edit, adding every point again is as quick.
MOST_MOVED = 200

SUMMARY_COLOURS = {
    OPEN: style.STATUS_COLOURS[PENDING], DONE: style.STATUS_COLOURS[MET],
    LATE: style.STATUS_COLOURS[MISSED], NONE_OBLIGED: style.STATUS_COLOURS[NOT_OBLIGED],
    FUTURE: look.FUTURE_OUTLINE,
}


def on_white(colour: QColor, alpha: float) -> QColor:
    """*colour* at *alpha* over white, as an opaque colour: opaque fills are several times faster
    than blended ones, which matters when thousands of windows overlap."""
    def mix(channel: int) -> int:
        return round(255 + (channel - 255) * alpha)
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()))


def window_brush(summary: int) -> QBrush:
    return QBrush(on_white(SUMMARY_COLOURS[summary], 0.09 if summary == FUTURE else 0.27))


def window_pen(summary: int) -> QPen:
    # Solid and opaque: Qt strokes thin dashed or translucent lines pixel by pixel, a hundred times slower.
    colour = SUMMARY_COLOURS[summary].darker(115)
    pen = QPen(on_white(colour, 0.6) if summary == FUTURE else colour, 1)
    pen.setCosmetic(True)
    return pen


def tick_pen(summary: int) -> QPen:
    pen = QPen(SUMMARY_COLOURS[summary].darker(140), 2)
    pen.setCosmetic(True)
    return pen


@functools.cache
def marker_style(severity: int, occurred: bool) -> tuple[QPen, QBrush]:
    """Occurred incidents are filled in their severity colour; future ones hollow.

    One pen and brush per style, shared (never change them): pyqtgraph renders a spot's symbol
    into its atlas once per distinct pen and brush *object*, so fresh ones for every restyled
    spot (a clock moved across thousands of incidents) grow the atlas by one image per spot."""
    colour = style.severity_colour(severity)
    if occurred:
        return pg.mkPen(colour.darker(160), width=1), pg.mkBrush(colour)
    return pg.mkPen(colour.darker(120), width=2), pg.mkBrush(255, 255, 255, 230)


def pack_tracks(start: np.ndarray, end: np.ndarray, n_tracks: int) -> np.ndarray:
    """Greedy interval packing: each window on the first free track, else the one freed soonest."""
    track = [0] * len(start)
    ends = [-np.inf] * n_tracks
    tracks = range(n_tracks)
    begins, finishes = start.tolist(), end.tolist()   # Python numbers: numpy scalars are ~5x slower here
    for i in np.argsort(start, kind="stable").tolist():
        begin = begins[i]
        free = next((k for k in tracks if ends[k] <= begin), None)
        if free is None:
            free = min(tracks, key=ends.__getitem__)
        track[i] = free
        ends[free] = finishes[i]
    return np.array(track, dtype=np.int64)


class PassiveScatter(pg.ScatterPlotItem):
    """A scatter that leaves clicks to the view (the timeline hit-tests its own markers), can
    repaint just the spots it restyled instead of its whole extent, and paints only the spots
    near the area being repainted: pyqtgraph maps every point of the view on every paint, which
    a clock tick's (or a drag step's) thin strip of changed pixels need not pay for."""

    dirty_rect: QRectF | None = None
    dirty_rects: list[QRectF] | None = None   # a stored edit's points, old and new places (rearrange)
    CULL_MARGIN_PX = 32.0     # more than half the largest symbol with its pen: a spot reaching in is kept

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # for option.exposedRect

    def mouseClickEvent(self, ev):
        ev.ignore()

    def paint(self, p, option, widget=None):
        data = self.data
        if len(data) < 64 or self._exportOpts is not False or not self.opts["pxMode"] \
                or not self.opts["useCache"] or widget is None \
                or widget.devicePixelRatioF() != self.fragmentAtlas.devicePixelRatio():
            return super().paint(p, option, widget)   # pyqtgraph re-renders its atlas there: all spots
        rect = option.exposedRect
        dx = self.CULL_MARGIN_PX * (self.pixelWidth() or 0.0)
        dy = self.CULL_MARGIN_PX * (self.pixelHeight() or 0.0)
        x, y = data["x"], data["y"]
        near = (x >= rect.left() - dx) & (x <= rect.right() + dx) & (y >= rect.top() - dy) & (y <= rect.bottom() + dy)
        if near.all():
            return super().paint(p, option, widget)
        self.data = data[near]     # in their order, so overlapping spots stack as before
        try:
            return super().paint(p, option, widget)
        finally:
            self.data = data

    def invalidate(self):
        if self.dirty_rects is not None:
            self.picture = None
            for rect in self.dirty_rects:
                self.update(rect)
        elif self.dirty_rect is None:
            super().invalidate()
        else:
            self.picture = None
            self.update(self.dirty_rect)


def spots_rect(item: pg.GraphicsObject, x: np.ndarray, y: np.ndarray, pixels: float) -> QRectF:
    """The rectangle (item coordinates) holding points (x, y) with *pixels* to spare around each."""
    dx, dy = pixels * (item.pixelWidth() or 0.0), pixels * (item.pixelHeight() or 0.0)
    return QRectF(float(x.min()) - dx, float(y.min()) - dy, float(x.max() - x.min()) + 2 * dx,
                  float(y.max() - y.min()) + 2 * dy)


def restyle(scatter: PassiveScatter, indices: np.ndarray, pens: list, brushes: list) -> None:
    """Change the pen and brush of a few spots without re-adding every point (which costs
    microseconds per point: tens of milliseconds for thousands) and repaint only them."""
    if not len(indices):
        return
    data = scatter.data
    for column, values in (("pen", pens), ("brush", brushes)):
        column_values = np.empty(len(values), dtype=object)
        column_values[:] = values
        data[column][indices] = column_values
    data["sourceRect"][indices] = 0   # pyqtgraph re-renders spots whose atlas rect is empty
    scatter.dirty_rect = spots_rect(scatter, data["x"][indices], data["y"][indices], 16)
    try:
        scatter.updateSpots()
    finally:
        scatter.dirty_rect = None


def rearrange(scatter: PassiveScatter, order: np.ndarray, changed: np.ndarray, x: np.ndarray, symbols,
              pens: list, brushes: list, ids: np.ndarray) -> None:
    """The scatter's points in *order* (-1: a new point, which *changed* must name), those at *changed*
    (new positions) moved to *x* and restyled: a copy of pyqtgraph's point table, not an addPoints of
    every point. Only the old and new places of the points that changed are repainted, unless the
    points' extent changed."""
    new = order < 0
    before = scatter.data
    places = None
    if len(before) and len(order) and len(changed) + len(before) - int((~new).sum()) <= MOST_DIRTY:
        gone = np.ones(len(before), dtype=bool)
        gone[order[~new]] = False
        moved_from = order[changed]
        places = np.concatenate([before["x"][moved_from[moved_from >= 0]], before["x"][gone], x])
    extent = (float(before["x"].min()), float(before["x"].max())) if len(before) else None
    if new.any() and not len(scatter.data):
        data = np.empty(len(order), dtype=scatter.data.dtype)   # object fields start as None
        data["y"] = -look.MARKER_Y
    elif len(order) == len(before) and not new.any():
        # The same points, a few moved: only the rows between a moved point's old and new places shift,
        # reordered in place (a gather of the whole table costs ~1.5 ms at 10,000 for its object fields).
        head, tail = aligned(np.arange(len(order)), order)
        data = before
        data[head:len(order) - tail] = before[order[head:len(order) - tail]]
    else:
        # One gather of the table (a new point copies its neighbour's row, then gets its own values):
        # assigning rows of this table (object fields) into an empty one costs several times more.
        data = scatter.data[order.clip(0)]
    if new.any():
        data["size"][new] = -1                  # pyqtgraph's "the item's size"
        data["visible"][new] = True
        data["hovered"][new] = False
    for column, values in (("symbol", symbols), ("pen", pens), ("brush", brushes)):
        column_values = np.empty(len(values), dtype=object)
        column_values[:] = list(values)
        data[column][changed] = column_values
    data["x"][changed] = x
    if new.any():   # the gathered rows carry their ids along; a new point has its neighbour's
        new_ids = np.empty(int(new.sum()), dtype=object)
        new_ids[:] = list(ids[new])
        data["data"][new] = new_ids
    data["item"] = None                    # pyqtgraph's SpotItems point into the old table
    data["sourceRect"][changed] = 0        # re-rendered by updateSpots
    if places is not None and (float(data["x"].min()), float(data["x"].max())) != extent:
        places = None   # the extent changed: the item's bounds with it
    scatter.data = data
    if places is None:
        scatter.prepareGeometryChange()
        scatter.informViewBoundsChanged()
    scatter.bounds = [None, None]
    y = np.full(1, -look.MARKER_Y)
    scatter.dirty_rects = None if places is None else [spots_rect(scatter, np.full(1, place), y, 16)
                                                       for place in places.tolist()]
    try:
        scatter.updateSpots()
        scatter.invalidate()
    finally:
        scatter.dirty_rects = None


def set_styled_points(scatter: PassiveScatter, x: np.ndarray, y: np.ndarray, styles: np.ndarray,
                      table: list[tuple], data: np.ndarray) -> None:
    """Every point anew, as ``setData(x=, y=, symbol=, pen=, brush=, data=)`` does, point i drawn with
    ``table[styles[i]]`` (symbol, pen, brush): a few distinct styles, each looked up in the symbol atlas
    once. pyqtgraph's setData looks up every point's pen, brush and atlas place in Python, ~20 us a
    point: a second of opening a 50,000-incident exercise."""
    if not (scatter.opts["pxMode"] and scatter.opts["useCache"]) or not len(table):
        scatter.setData(x=x, y=y, symbol=[table[k][0] for k in styles], pen=[table[k][1] for k in styles],
                        brush=[table[k][2] for k in styles], data=data)
        return
    scatter.clear()
    points = np.empty(len(x), dtype=scatter.data.dtype)   # zeroed, object fields None (numpy does)
    points["x"], points["y"] = x, y
    points["size"] = -1                     # pyqtgraph's "the item's size"
    points["visible"] = True
    for column, values in enumerate(("symbol", "pen", "brush")):
        distinct = np.empty(len(table), dtype=object)
        distinct[:] = [style[column] for style in table]
        points[values] = distinct[styles]
    points["data"] = data
    size = scatter.opts["size"]
    rects = np.empty(len(table), dtype=points.dtype["sourceRect"])
    rects[:] = scatter.fragmentAtlas[[(symbol, size, pen, brush) for symbol, pen, brush in table]]
    points["sourceRect"] = rects[styles]
    scatter.data = points
    scatter._maybeRebuildAtlas()
    scatter._updateMaxSpotSizes(data=points)
    scatter.prepareGeometryChange()
    scatter.informViewBoundsChanged()
    scatter.bounds = [None, None]
    scatter.invalidate()
    scatter.sigPlotChanged.emit(scatter)


def _pinned(new: np.ndarray, old: np.ndarray | None, pin: int | None) -> np.ndarray:
    if pin is not None and old is not None and len(old) == len(new):
        new[pin] = old[pin]
    return new


def _same(a: dict | None, b: dict) -> bool:
    return a is not None and a.keys() == b.keys() and all(
        a[k].shape == b[k].shape and np.array_equal(a[k], b[k]) for k in b)


def exposed_span(item: pg.GraphicsObject, option) -> tuple[float, float, float]:
    """The exposed x range in item coordinates, and a margin of a few pixels beyond it."""
    rect = option.exposedRect
    seconds_per_px = item.pixelWidth() or (rect.width() / 1000.0)
    return rect.left(), rect.right(), 4 * seconds_per_px


class WindowsItem(pg.GraphicsObject):
    """Consultation windows (incident time -> consultation deadline) and reaction-deadline ticks.

    Geometry is kept as arrays grouped by style; a paint draws only what
    crosses the exposed rectangle, clipped to it, so a small repaint (a drag
    step) costs a few windows whatever the exercise size.
    """

    def __init__(self):
        super().__init__()
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # for option.exposedRect
        self._rect = QRectF()
        self._x0 = self._x1 = self._xr = self._rows = np.zeros(0)
        self._fills: list[tuple[QPen, QBrush, np.ndarray]] = []
        self._ticks: list[tuple[QPen, np.ndarray]] = []
        self.count = 0
        self._ids: np.ndarray | None = None      # by position, with what each window was drawn from
        self._drawn: np.ndarray | None = None

    def set_windows(self, origin: int, start, end, reaction, track, summary, reaction_summary,
                    changed: np.ndarray | None = None, ids: np.ndarray | None = None) -> None:
        """Show these windows; *changed* (indices whose colours alone changed) limits the repaint, and so
        do *ids* (the incidents', by position): then only windows drawn differently are repainted."""
        x0 = (start - origin).astype(np.float64)
        x1 = (end - origin).astype(np.float64)
        xr = (reaction - origin).astype(np.float64)
        rows = -np.asarray(look.WINDOW_TRACKS)[track]
        drawn = np.column_stack((x0, x1, xr, rows, summary, reaction_summary)) if ids is not None else None
        moved = None
        if changed is None and drawn is not None and self._drawn is not None and self._ids is not None \
                and ids is not None and origin == self.pos().x() \
                and len(x0) and len(self._x0) and float(x0.min()) == float(self._x0.min()) \
                and max(float(x1.max()), float(xr.max())) == max(float(self._x1.max()), float(self._xr.max())):
            moved = changed_rows(self._ids, self._drawn, ids, drawn)   # the same extent: a few windows moved
        before = self._window_rects(moved[0]) if moved is not None else []
        if changed is None and moved is None:
            self.prepareGeometryChange()
        self._ids, self._drawn = ids, drawn
        self.setPos(origin, 0)  # offsets from origin: float-safe at any zoom
        self._x0, self._x1, self._xr, self._rows = x0, x1, xr, rows
        self._fills = [(window_pen(int(c)), window_brush(int(c)), np.flatnonzero(summary == c))
                       for c in look.distinct(summary)]
        self._ticks = [(tick_pen(int(c)), np.flatnonzero(reaction_summary == c)) for c in look.distinct(reaction_summary)]
        self.count = len(start)
        if self.count:
            left = float(self._x0.min())
            self._rect = QRectF(left, -look.BAND_HEIGHT, float(max(self._x1.max(), self._xr.max())) - left,
                                look.BAND_HEIGHT)
        else:
            self._rect = QRectF()
        if moved is not None:
            for rect in before + self._window_rects(moved[1]):
                self.update(rect)
        elif changed is None:
            self.update()
        elif len(changed):
            ends = np.maximum(self._x1[changed], self._xr[changed])
            left = float(self._x0[changed].min())
            rows = self._rows[changed]
            pad = look.WINDOW_HALF + 3
            self.update(QRectF(left, float(rows.min()) - pad, float(ends.max()) - left,
                               float(rows.max() - rows.min()) + 2 * pad).adjusted(-4 * self.pixelWidth(), 0,
                                                                                  4 * self.pixelWidth(), 0))

    def _window_rects(self, positions: np.ndarray) -> list[QRectF]:
        pad, margin = look.WINDOW_HALF + 3, 4 * self.pixelWidth()
        return [QRectF(x0 - margin, row - pad, max(x1, xr) - x0 + 2 * margin, 2 * pad)
                for x0, x1, xr, row in zip(self._x0[positions].tolist(), self._x1[positions].tolist(),
                                           self._xr[positions].tolist(), self._rows[positions].tolist())]

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, p: QPainter, option, *args) -> None:
        if not self.count:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # axis-parallel: crisp and fast
        lo, hi, pad = exposed_span(self, option)
        half = look.WINDOW_HALF
        exposed = option.exposedRect
        on_rows = (self._rows + half + 2 >= exposed.top()) & (self._rows - half - 2 <= exposed.bottom())
        visible = on_rows & (self._x1 >= lo - pad) & (self._x0 <= hi + pad)
        edge_x = self.pixelWidth()
        p.setPen(Qt.PenStyle.NoPen)
        for pen, brush, members in self._fills:
            sel = members[visible[members]]
            if not len(sel):
                continue
            a = np.maximum(self._x0[sel], lo - pad)
            b = np.minimum(self._x1[sel], hi + pad)
            rows = self._rows[sel].tolist()
            # Outline = a rect in the edge colour under a rect in the fill colour one pixel inside it:
            # two plain fills cost a fraction of stroking a thin cosmetic pen round every window.
            p.setBrush(pen.color())
            p.drawRects([QRectF(x0, y - half, x1 - x0, 2 * half) for x0, x1, y in zip(a.tolist(), b.tolist(), rows)])
            inner_a, inner_b = (a + edge_x).tolist(), (b - edge_x).tolist()
            p.setBrush(brush)
            p.drawRects([QRectF(x0, y - half + 1, x1 - x0, 2 * half - 2)
                         for x0, x1, y in zip(inner_a, inner_b, rows) if x1 > x0])
        visible = on_rows & (self._xr >= lo - pad) & (self._xr <= hi + pad)
        for pen, members in self._ticks:
            sel = members[visible[members]]
            if not len(sel):
                continue
            p.setPen(pen)
            p.drawLines([QLineF(x, y - half - 2, x, y + half + 2)
                         for x, y in zip(self._xr[sel].tolist(), self._rows[sel].tolist())])


class IncidentLayer:
    """Incident markers and windows in the band, drawn from an Assessment."""

    def __init__(self, view: pg.ViewBox):
        self.markers = PassiveScatter(pxMode=True, size=look.MARKER_SIZE, hoverable=False)
        self.markers.setZValue(10)
        self.windows = WindowsItem()
        view.addItem(self.windows, ignoreBounds=True)
        view.addItem(self.markers, ignoreBounds=True)
        self._marker_state: dict | None = None
        self._window_state: dict | None = None
        self.track = np.zeros(0, dtype=np.int64)
        self._packer = TrackPacker(len(look.WINDOW_TRACKS))   # an edit repacks only the windows it moved
        self.times = np.zeros(0)      # as drawn (pinned during a drag)
        self.ids = np.zeros(0, dtype=np.int64)
        self.rebuilds = 0             # how often the markers were rebuilt (tests, benchmark)
        self.restyles = 0             # how often a few markers were only restyled
        self.moves = 0                # how often the markers were reordered, a few moved (a stored edit)

    @property
    def marker_state(self) -> dict | None:
        return self._marker_state

    def update(self, a: Assessment, pin: int | None = None) -> None:
        snap = a.snapshot
        old_m, old_w = self._marker_state or {}, self._window_state or {}
        markers = {
            "ids": snap.inc_ids, "type": snap.inc_type, "severity": snap.inc_severity,
            "time": _pinned(snap.inc_time.copy(), old_m.get("time"), pin),
            "occurred": _pinned(a.occurred.copy(), old_m.get("occurred"), pin),
        }
        windows = {
            "start": markers["time"],
            "end": _pinned(a.consultation_deadline.copy(), old_w.get("end"), pin),
            "reaction": _pinned(a.reaction_deadline.copy(), old_w.get("reaction"), pin),
            "summary": _pinned(summarise(a.consultation.status), old_w.get("summary"), pin),
            "reaction_summary": _pinned(summarise(a.reaction.status), old_w.get("reaction_summary"), pin),
        }
        geometry = ("ids", "type", "severity", "time")
        if not _same(self._marker_state and {k: self._marker_state[k] for k in geometry},
                     {k: markers[k] for k in geometry}):
            if not self._move_markers(snap, old_m, markers):
                self._draw_markers(snap, markers)
        elif not np.array_equal(old_m["occurred"], markers["occurred"]):
            # The clock crossed an incident's time: restyle just the incidents that changed.
            changed = np.flatnonzero(old_m["occurred"] != markers["occurred"])
            styles = [marker_style(int(markers["severity"][i]), bool(markers["occurred"][i])) for i in changed]
            restyle(self.markers, changed, [pen for pen, _ in styles], [brush for _, brush in styles])
            self.restyles += 1
        self._marker_state = markers
        old_windows: dict | None = self._window_state
        if not _same(old_windows, windows):
            recoloured: np.ndarray | None = None
            if _same(old_windows and {k: old_windows[k] for k in ("start", "end", "reaction")},
                     {k: windows[k] for k in ("start", "end", "reaction")}):
                # Same windows, some colours changed (the clock crossed a deadline or an attendance).
                assert old_windows is not None   # _same(None, ...) is False
                recoloured = np.flatnonzero((old_windows["summary"] != windows["summary"])
                                            | (old_windows["reaction_summary"] != windows["reaction_summary"]))
            else:
                self.track = self._packer.pack(windows["start"], windows["end"])
            self._window_state = windows
            self.windows.set_windows(snap.startex, windows["start"], windows["end"], windows["reaction"],
                                     self.track, windows["summary"], windows["reaction_summary"], recoloured,
                                     ids=snap.inc_ids)
        self.times = markers["time"].astype(np.float64)
        self.ids = snap.inc_ids

    def _move_markers(self, snap, old: dict, new: dict) -> bool:
        """A few incidents moved, edited, added or removed (a stored edit): reorder the drawn points and
        restyle or add those few instead of adding all of them again; False if that does not apply."""
        n, n_old = len(new["ids"]), len(old["ids"]) if old else 0
        if not n or not n_old or len(self.markers.data) != n_old or abs(n - n_old) > MOST_MOVED:
            return False
        by_id = np.argsort(old["ids"])
        found = np.searchsorted(old["ids"], new["ids"], sorter=by_id).clip(0, n_old - 1)
        order = by_id[found]
        added = old["ids"][order] != new["ids"]   # a new incident (a removed one is simply not in order)
        order[added] = -1
        # From here *added* marks every point to restyle: the new ones and those whose drawing changed.
        kept = np.flatnonzero(~added)
        if len(kept):   # (not np.union1d: it imports numpy.ma, ~30 ms, on first use)
            added[kept] = np.logical_or.reduce([old[k][order[kept]] != new[k][kept]
                                                for k in ("type", "severity", "time", "occurred")])
        changed = np.flatnonzero(added)
        if len(changed) > MOST_MOVED:
            return False
        styles = [marker_style(int(new["severity"][i]), bool(new["occurred"][i])) for i in changed]
        symbols = np.array(snap.type_symbols or ("o",), dtype=object)
        rearrange(self.markers, order, changed, new["time"][changed].astype(np.float64),
                  symbols[new["type"][changed]], [pen for pen, _ in styles], [brush for _, brush in styles],
                  new["ids"])
        self.moves += 1
        return True

    def _draw_markers(self, snap, state) -> None:
        self.rebuilds += 1
        n = len(state["ids"])
        symbols = snap.type_symbols or ("o",)
        keys, inverse = np.unique((state["severity"] * 2 + state["occurred"]) * len(symbols) + state["type"],
                                  return_inverse=True)
        table = []
        for key in keys.tolist():
            pen, brush = marker_style(key // len(symbols) // 2, bool(key // len(symbols) % 2))
            table.append((symbols[key % len(symbols)], pen, brush))
        set_styled_points(self.markers, state["time"].astype(np.float64), np.full(n, -look.MARKER_Y),
                          inverse.reshape(-1), table, state["ids"])

    # -- hit testing (pixels) -------------------------------------------------------
    def incident_at(self, x: float, y: float, px_per_s: float) -> int | None:
        """Position of the incident whose marker is under view point (x, y), else None."""
        if not len(self.times) or abs(-y - look.MARKER_Y) > look.HIT_RADIUS + 2:
            return None
        dx = np.abs(self.times - x) * px_per_s
        best = int(np.argmin(dx))
        return best if dx[best] <= look.HIT_RADIUS else None

    def window_at(self, x: float, y: float) -> int | None:
        """Position of the incident whose window bar is under (x, y); the latest one wins."""
        state = self._window_state
        if state is None or not len(self.times):
            return None
        rows = np.asarray(look.WINDOW_TRACKS)
        hit_track = np.flatnonzero(np.abs(rows + y) <= look.WINDOW_HALF + 1)
        if not len(hit_track):
            return None
        inside = np.flatnonzero((self.track == hit_track[0]) & (state["start"] <= x) & (state["end"] >= x))
        return int(inside[np.argmax(state["start"][inside])]) if len(inside) else None
