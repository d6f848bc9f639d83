"""The timeline picture: an incident band over signatory lanes, sharing one time axis.

``TimelineView`` draws an Assessment (it never computes a deadline) and
answers geometry questions (what is under this point, what time is here);
the behaviour (selection, drags, drops, keys) lives in widget.py.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QRegion

from gui.core import style
from gui.timeline import look
from gui.timeline.axis import TimeAxis
from gui.timeline.background import Backdrop
from gui.timeline.commitments import CommitmentLayer
from gui.timeline.freeze import FrozenLanes
from gui.timeline.incidents import IncidentLayer, PassiveScatter, summarise
from gui.timeline.label_texts import LabelTexts
from gui.timeline.labels import IncidentLabels
from gui.timeline.overlay import FocusMarker, FocusWindow, IncidentFocus, LaneFocus
from gui.timeline.timescale import DAY
from gui.timeline.view import TimelineViewBox
from model.engine import Assessment
from model.snapshot import NO_TIME
from model.timeutil import format_relative_epoch

ZOOM_STEP = 1.5
PAN_FRACTION = 0.2
MIN_SPAN = 1800.0          # 30 minutes across the whole view
FIT_PADDING = 0.03
SPARSE_RATIO = 3   # a region whose rectangles cover under a third of their bounds is painted apart


def incident_label(snap, pos: int) -> str:
    return f"#{int(snap.inc_ids[pos])} {look.type_short(snap.type_codes[snap.inc_type[pos]])} " \
           f"S{int(snap.inc_severity[pos])}"


def incident_labels(snap) -> list[str]:
    """incident_label of every incident, without indexing numpy arrays once per incident."""
    shorts = [look.type_short(code) for code in snap.type_codes]
    return [f"#{incident_id} {shorts[kind]} S{severity}" for incident_id, kind, severity
            in zip(snap.inc_ids.tolist(), snap.inc_type.tolist(), snap.inc_severity.tolist())]


def extent(a: Assessment) -> tuple[float, float]:
    """The span everything in the exercise occupies: STARTEX..ENDEX, incidents, deadlines, commitments."""
    snap = a.snapshot
    times = [snap.startex, snap.endex]
    if snap.incident_count:
        times += [snap.inc_time.min(), a.consultation_deadline.max(), a.reaction_deadline.max()]
    if len(snap.com_ids):
        effective = snap.com_effective[snap.com_effective != NO_TIME]
        times += [snap.com_announced.min(), snap.com_announced.max()] + ([effective.max()] if len(effective) else [])
    return float(min(times)), float(max(times))


def sparse_parts(region: QRegion) -> tuple[QRegion, QRegion]:
    """(what to paint now, what to paint in a paint event of its own) of *region*.

    A clock tick repaints two strips far apart: the now pill on the axis and the now line down the
    lanes. QGraphicsView hands every item one exposed rectangle, the strips' bounding rectangle, so
    each lane item would paint everything between them (19 times the line's strip at 10,000
    incidents). Painting the first strip now and the others in the next paint event keeps each
    item's exposed rectangle to its strip; what an item paints beyond it (the painter is clipped to
    the whole region) is painted over by that next event, which fills its own region afresh.
    """
    rects = list(region)  # type: ignore[call-overload]  # PySide6 iterates a QRegion; its stubs do not say so
    if len(rects) < 2:
        return region, QRegion()
    bound = region.boundingRect()
    if SPARSE_RATIO * sum(r.width() * r.height() for r in rects) >= bound.width() * bound.height():
        return region, QRegion()
    first = QRegion(rects[0])
    return first, region.subtracted(first)


class TimelineView(pg.GraphicsLayoutWidget):
    lanes_resized = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground(look.BACKGROUND)
        self.ci.layout.setSpacing(0)
        self.ci.setContentsMargins(0, 0, 4, 0)
        self.band_box, self.lane_box = TimelineViewBox(), TimelineViewBox()
        # A bare grid of axes and view boxes rather than two PlotItems: a PlotItem also
        # builds a context menu, buttons and four axes we would hide (~40 ms of start-up).
        self.axis = TimeAxis()
        self.band_axis, self.lane_axis = pg.AxisItem("left"), pg.AxisItem("left")
        for axis, box, row in ((self.axis, self.band_box, 0), (self.band_axis, self.band_box, 1),
                               (self.lane_axis, self.lane_box, 2)):
            axis.linkToView(box)
            axis.setZValue(0.5)      # above the view box, as in a PlotItem
            self.ci.addItem(axis, row=row, col=0 if axis is not self.axis else 1)
        self.ci.addItem(self.band_box, row=1, col=1)
        self.ci.addItem(self.lane_box, row=2, col=1)
        for left in (self.band_axis, self.lane_axis):
            left.setWidth(look.LEFT_AXIS_WIDTH)
            left.setStyle(tickLength=0, tickFont=look.axis_font(bold=True), autoExpandTextSpace=False)
            left.setTextPen(look.TEXT)
            left.setPen(look.DAY_LINE)
        self.ci.layout.setRowFixedHeight(0, look.AXIS_HEIGHT)
        self.ci.layout.setRowFixedHeight(1, look.BAND_HEIGHT)     # the lanes take the rest
        windows_y = -(look.WINDOW_TRACKS[1] + look.WINDOW_TRACKS[2]) / 2
        self.band_axis.setTicks([[(-look.MARKER_Y, self.tr("Incidents")), (windows_y, self.tr("Windows"))], []])
        self.lane_box.setXLink(self.band_box)

        self.band_backdrop, self.lane_backdrop = Backdrop(lanes=False), Backdrop(lanes=True)
        self.band_box.addItem(self.band_backdrop, ignoreBounds=True)
        self.lane_box.addItem(self.lane_backdrop, ignoreBounds=True)
        self.incidents = IncidentLayer(self.band_box)
        self.labels = IncidentLabels()
        self.band_box.addItem(self.labels, ignoreBounds=True)
        self.commitments = CommitmentLayer(self.lane_box)
        self.focus_marker, self.focus_window = FocusMarker(), FocusWindow()
        self.band_box.addItem(self.focus_window, ignoreBounds=True)
        self.band_box.addItem(self.focus_marker, ignoreBounds=True)
        self.lane_focus = LaneFocus(self.lane_box)
        self.focus_rings = PassiveScatter(pxMode=True, size=look.COMMITMENT_SIZE + 8, symbol="o",
                                          pen=pg.mkPen(style.SELECTION, width=2), brush=None)
        self.focus_rings.setZValue(30)
        self.lane_box.addItem(self.focus_rings, ignoreBounds=True)
        now_pen = pg.mkPen(style.NOW_LINE, width=2)
        self.now_line = pg.InfiniteLine(angle=90, movable=False, pen=now_pen)
        self.lane_now_line = pg.InfiniteLine(angle=90, movable=False, pen=now_pen)
        for box, line in ((self.band_box, self.now_line), (self.lane_box, self.lane_now_line)):
            line.setZValue(25)
            box.addItem(line, ignoreBounds=True)

        self.frozen_lanes = FrozenLanes(
            self, self.lane_box,
            frozen_items=[self.lane_backdrop, self.commitments.lines, self.commitments.markers,
                          self.commitments.rings, self.focus_rings, self.lane_now_line],
            live_items=[*self.lane_focus.lines, self.lane_focus.fill])

        self.lane_count = 0
        self.lane_scroll = 0.0           # pixels scrolled down the lanes
        self._exercise_key = None
        self._extent: tuple[float, float] | None = None
        self._label_versions = (-1, -1)
        self.label_texts = LabelTexts()   # an edit formats the labels of the incidents it changed only
        self._drawn: tuple = (None, None, None)   # now, incident ids, commitment ids last drawn
        self._drawn_assessment: Assessment | None = None   # drawn without a pin
        self._focus_rings_key = None
        self.band_box.sigResized.connect(self._layout_band)
        self.lane_box.sigResized.connect(self.layout_lanes)
        self._painting_rest = False      # see paintEvent

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, ev) -> None:
        """Paint a region of separate strips one strip at a time (see sparse_parts)."""
        now, later = sparse_parts(ev.region()) if not self._painting_rest else (ev.region(), QRegion())
        if later.isEmpty():
            super().paintEvent(ev)
            return
        super().paintEvent(QPaintEvent(now))
        # Posted: an update asked for during the paint would be cleared with the region just painted;
        # a repaint, not an update, so that the rest is painted on its own whatever comes next.
        QTimer.singleShot(0, self.viewport(), lambda: self._paint_rest(later))

    def _paint_rest(self, region: QRegion) -> None:
        """The rest in one pass: every pass costs each item its set-up, so two at most."""
        self._painting_rest = True
        try:
            self.viewport().repaint(region)
        finally:
            self._painting_rest = False

    # -- drawing ------------------------------------------------------------------------
    def draw(self, a: Assessment, *, pin: int | None = None, focus: int | None = None,
             dragging: bool = False, selected_commitment: int | None = None) -> None:
        """Show *a*; *pin* keeps that incident where it was drawn (it is being dragged)."""
        snap = a.snapshot
        self._sync_exercise(snap)
        if pin is None:
            self._sync_limits(a)
        # A drag step changes one incident's time and nothing else: with the clock where it was,
        # the static layers (which keep the pinned incident where it was) cannot have changed.
        drag_step = pin is not None and a.now == self._drawn[0] and snap.inc_ids is self._drawn[1] \
            and snap.com_ids is self._drawn[2]
        # The same assessment again (a selection after an undo): only the focus below changes.
        redrawn = pin is None and a is self._drawn_assessment
        if not drag_step and not redrawn:
            self.frozen_lanes.thaw()     # the lanes may change: the real items draw them again
            self.incidents.update(a, pin)
            self.commitments.update(a)
            self._drawn = (a.now, snap.inc_ids, snap.com_ids)
        self._drawn_assessment = a if pin is None else None
        versions = (self.incidents.rebuilds + self.incidents.moves, self.incidents.restyles)
        if versions != self._label_versions:
            future = ~self.incidents.marker_state["occurred"]
            if versions[0] != self._label_versions[0]:
                texts, before = self.label_texts.texts(snap)
                self.labels.set_labels(self.incidents.times, texts, future, before)
            else:
                self.labels.set_future(future)
            self._label_versions = versions
        self.labels.set_selected(focus)
        self.labels.set_hidden(focus if dragging else None)
        info = self.focus_of(a, focus, dragging) if focus is not None else None
        self.focus_marker.set_focus(info)
        self.focus_window.set_focus(info)
        self.lane_focus.set_focus(info)
        self._draw_focus_rings(focus, selected_commitment)
        self.now_line.setValue(a.now)
        self.lane_now_line.setValue(a.now)
        self.axis.set_now(a.now)
        if drag_step:
            self.frozen_lanes.freeze()   # from now until the drop, the lanes are a picture
        elif not dragging:
            self.frozen_lanes.thaw()

    def focus_of(self, a: Assessment, pos: int, dragging: bool) -> IncidentFocus:
        snap = a.snapshot
        label = incident_label(snap, pos)
        if dragging:
            label += "  \u2192 " + format_relative_epoch(snap.inc_time[pos], snap.startex)
        track = self.incidents.track
        return IncidentFocus(
            time=float(snap.inc_time[pos]), consultation=float(a.consultation_deadline[pos]),
            reaction=float(a.reaction_deadline[pos]), track=int(track[pos]) if pos < len(track) else 0,
            summary=int(summarise(a.consultation.status[pos:pos + 1])[0]),
            reaction_summary=int(summarise(a.reaction.status[pos:pos + 1])[0]),
            symbol=snap.type_symbols[snap.inc_type[pos]], severity=int(snap.inc_severity[pos]),
            occurred=bool(a.occurred[pos]), label=label, dragging=dragging)

    def _draw_focus_rings(self, focus: int | None, selected_commitment: int | None) -> None:
        key = (focus, selected_commitment, self.commitments.rebuilds)
        if key == self._focus_rings_key:
            return
        self._focus_rings_key = key
        layer = self.commitments
        chosen = layer.incident_positions == focus if focus is not None else np.zeros(len(layer.x), dtype=bool)
        if selected_commitment is not None:
            chosen = chosen | (layer.ids == selected_commitment)
        self.focus_rings.setData(x=layer.x[chosen], y=layer.y[chosen])

    def _sync_exercise(self, snap) -> None:
        key = (snap.startex, snap.endex, snap.sig_codes)
        if key == self._exercise_key:
            return
        self._exercise_key = key
        self.lane_count = len(snap.sig_codes)
        self.band_backdrop.set_exercise(snap.startex, snap.endex)
        self.lane_backdrop.set_exercise(snap.startex, snap.endex, self.lane_count)
        self.axis.set_startex(snap.startex)
        self.lane_axis.setTicks([[(look.lane_y(i), code) for i, code in enumerate(snap.sig_codes)], []])
        self.layout_lanes()

    def _sync_limits(self, a: Assessment) -> None:
        span = extent(a)
        if span == self._extent:
            return
        self._extent = span
        lo, hi = span
        margin = max(14 * DAY, hi - lo)
        self.band_box.setLimits(xMin=lo - margin, xMax=hi + margin, minXRange=MIN_SPAN,
                                maxXRange=(hi - lo) + 2 * margin)

    # -- vertical layout: the band keeps 1 unit = 1 px, lanes scroll in whole pixels ------------
    def _layout_band(self) -> None:
        height = max(1.0, self.band_box.height())
        self.band_box.setYRange(-height, 0, padding=0)

    def lane_scroll_max(self) -> float:
        return max(0.0, self.lane_count * look.LANE_PX - self.lane_box.height())

    def layout_lanes(self) -> None:
        height = max(1.0, self.lane_box.height())
        self.lane_scroll = min(max(self.lane_scroll, 0.0), self.lane_scroll_max())
        top = self.lane_scroll / look.LANE_PX
        self.lane_box.setYRange(-(top + height / look.LANE_PX), -top, padding=0)
        self.lanes_resized.emit()

    def scroll_lanes_to(self, pixels: float) -> None:
        if pixels != self.lane_scroll:
            self.lane_scroll = pixels
            self.layout_lanes()

    # -- time range ------------------------------------------------------------------------
    def time_range(self) -> tuple[float, float]:
        x0, x1 = self.band_box.viewRange()[0]
        return float(x0), float(x1)

    def fit(self, a: Assessment) -> None:
        lo, hi = extent(a)
        pad = max(hi - lo, MIN_SPAN) * FIT_PADDING
        self.band_box.setXRange(lo - pad, hi + pad, padding=0)

    def zoom(self, factor: float, centre: float | None = None) -> None:
        x0, x1 = self.time_range()
        centre = (x0 + x1) / 2 if centre is None else centre
        self.band_box.scaleBy(x=factor, center=QPointF(centre, 0))

    def pan(self, fraction: float) -> None:
        x0, x1 = self.time_range()
        self.band_box.translateBy(x=(x1 - x0) * fraction)

    def show_time(self, t: float) -> None:
        """Scroll (without zooming) so that *t* is in view."""
        x0, x1 = self.time_range()
        if not x0 <= t <= x1:
            self.band_box.translateBy(x=t - (x0 + x1) / 2)

    # -- geometry questions -------------------------------------------------------------------
    def time_at(self, viewport_pos: QPointF) -> float | None:
        """Scenario time under a viewport point, or None outside both plot areas."""
        scene = self.mapToScene(viewport_pos.toPoint())
        for box in (self.band_box, self.lane_box):
            if box.sceneBoundingRect().contains(scene):
                return float(box.mapSceneToView(scene).x())
        return None
