"""Standing provisions on the timeline: each milestone a star in its signatory's lane at its due time,
coloured by its status at the time shown (filled once delivered or overdue, overdue in the missed
colour; hollow while still open), and each delivery a small arrow where it arrived.

Drawn from the assessment the timeline shows (its option, outcome and what-if): a signatory the
option shown does not bind by a milestone's due time owes nothing under it, so that milestone is drawn
grey and hollow, as a withdrawn commitment is. The item owns no data: it is rebuilt from the snapshot's
provisions whenever they, the lanes, the parties or a status changed, and a clock tick that changes
none of them costs one comparison.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

from gui.core.i18n import tr
from gui.core.style import PROVISION_COLOURS as STATUS_COLOURS
from gui.timeline import look
from gui.timeline.incidents import PassiveScatter
from model.engine import Assessment
from model.provision_status import (
    DUE_SOON, ON_SCHEDULE, MilestoneState, amount_text, kind_name, provision_states, status_name,
)
from model.timeutil import format_relative_epoch

MILESTONE, DELIVERY = "milestone", "delivery"
MILESTONE_SYMBOL, DELIVERY_SYMBOL = "star", "arrow_up"
# Above a lane's centre, where no commitment category sits (they spread ±2 × CATEGORY_SHIFT around it).
LANE_OFFSET = 0.3
UNBOUND = "unbound"


@dataclass(frozen=True)
class ProvisionMark:
    """One marker drawn: what it is about, where, in which style, and what its tooltip says."""

    kind: str           # MILESTONE or DELIVERY
    id: int
    signatory_id: int
    x: float
    y: float
    status: str         # a milestone status, UNBOUND, or "" for a delivery
    tooltip: str


@functools.cache   # shared pens and brushes keep pyqtgraph's symbol atlas small
def mark_style(status: str) -> tuple:
    if status == UNBOUND:
        return pg.mkPen(look.WITHDRAWN, width=1.5), pg.mkBrush(255, 255, 255, 200)
    if status == "":
        colour = STATUS_COLOURS["delivered"]
        return pg.mkPen(colour.darker(150), width=1), pg.mkBrush(colour)
    colour = STATUS_COLOURS[status]
    if status in (ON_SCHEDULE, DUE_SOON):   # still open: hollow, as a commitment only pledged is
        return pg.mkPen(colour.darker(115), width=2), pg.mkBrush(255, 255, 255, 235)
    return pg.mkPen(colour.darker(150), width=1.2), pg.mkBrush(colour)


class ProvisionMarkers:
    def __init__(self, lane_box: pg.ViewBox):
        self.milestones = PassiveScatter(pxMode=True, size=look.COMMITMENT_SIZE + 3, symbol=MILESTONE_SYMBOL,
                                         hoverable=False)
        self.deliveries = PassiveScatter(pxMode=True, size=look.COMMITMENT_SIZE + 5, symbol=DELIVERY_SYMBOL,
                                         hoverable=False)
        for z, item in enumerate((self.deliveries, self.milestones)):
            item.setZValue(14 + z)       # above the commitments (10-12), under the focus rings (30)
            lane_box.addItem(item, ignoreBounds=True)
        self.marks: tuple[ProvisionMark, ...] = ()
        self._key: tuple | None = None
        self.rebuilds = 0

    @property
    def items(self) -> list:
        return [self.deliveries, self.milestones]

    def update(self, a: Assessment) -> None:
        snap = a.snapshot
        book = snap.provisions
        if not book.milestones and not book.deliveries:
            if self.marks or self._key is None:
                self._key = ()
                self._show(())
            return
        states = provision_states(book, a.now)
        statuses = tuple(m.status for p in states for m in p.milestones)
        key = (book, snap.sig_ids.tobytes(), snap.sig_bound.tobytes(), snap.sig_codes, snap.startex, statuses)
        if key == self._key:
            return
        self._key = key
        self._show(tuple(_marks(snap, states)))

    def _show(self, marks: tuple[ProvisionMark, ...]) -> None:
        self.rebuilds += 1
        self.marks = marks
        for scatter, kind in ((self.milestones, MILESTONE), (self.deliveries, DELIVERY)):
            chosen = [m for m in marks if m.kind == kind]
            styles = [mark_style(m.status) for m in chosen]
            scatter.setData(x=[m.x for m in chosen], y=[m.y for m in chosen], pen=[s[0] for s in styles],
                            brush=[s[1] for s in styles], data=[m.id for m in chosen])

    def tooltip_at(self, view, viewport_pos) -> str | None:
        """The tooltip of the marker at a point of *view*'s viewport (the timeline's), or None."""
        box = view.lane_box
        scene = view.mapToScene(viewport_pos.toPoint())
        if not box.sceneBoundingRect().contains(scene):
            return None
        point = box.mapSceneToView(scene)
        mark = self.mark_at(point.x(), point.y(), box.px_per_second(), box.px_per_unit_y())
        return mark.tooltip if mark is not None else None

    def mark_at(self, x: float, y: float, px_per_s: float, px_per_lane: float) -> ProvisionMark | None:
        """The marker under view point (x, y), milestones before deliveries, else None."""
        if not self.marks:
            return None
        xs = np.array([m.x for m in self.marks])
        ys = np.array([m.y for m in self.marks])
        distance = np.hypot((xs - x) * px_per_s, (ys - y) * px_per_lane)
        best = int(np.argmin(distance))
        return self.marks[best] if distance[best] <= look.COMMITMENT_SIZE * 0.8 else None


def _marks(snap, states) -> list[ProvisionMark]:
    lanes = {int(s): i for i, s in enumerate(snap.sig_ids.tolist())}
    codes = dict(zip(snap.sig_ids.tolist(), snap.sig_codes))
    bound = dict(zip(snap.sig_ids.tolist(), snap.sig_bound.tolist()))
    marks: list[ProvisionMark] = []
    milestones: dict[int, MilestoneState] = {}
    for state in states:
        p = state.provision
        lane = lanes.get(p.signatory_id)
        if lane is None:
            continue
        y = look.lane_y(lane) + LANE_OFFSET
        head = f"{codes.get(p.signatory_id, '')} {p.title} ({kind_name(p.kind).lower()})"
        if p.quantity is not None or p.value is not None:
            head += "\n" + tr("Pledged: {0}").replace("{0}", amount_text(p.quantity, p.unit, p.value, p.currency))
        for m in state.milestones:
            milestones[m.milestone.id] = m
            owed = bound[p.signatory_id] <= m.milestone.due
            marks.append(ProvisionMark(MILESTONE, m.milestone.id, p.signatory_id, float(m.milestone.due), y,
                                       m.status if owed else UNBOUND, _milestone_tip(head, m, owed, snap.startex)))
    provisions = {state.provision.id: state.provision for state in states}
    for delivery in snap.provisions.deliveries:
        p = provisions.get(delivery.provision_id)
        if p is None or p.signatory_id not in lanes:
            continue
        text = tr("{who} {title}: delivered {amount} at {when}").format(
            who=codes.get(p.signatory_id, ""), title=p.title,
            amount=amount_text(delivery.quantity, p.unit, delivery.value, p.currency) or tr("(no amount)"),
            when=format_relative_epoch(delivery.at, snap.startex))
        against = milestones.get(delivery.milestone_id) if delivery.milestone_id is not None else None
        if against is not None:
            text += "\n" + tr("Against the milestone \u201c{0}\u201d").replace("{0}", against.milestone.what)
        if delivery.note:
            text += "\n" + delivery.note
        marks.append(ProvisionMark(DELIVERY, delivery.id, p.signatory_id, float(delivery.at),
                                   look.lane_y(lanes[p.signatory_id]) + LANE_OFFSET, "", text))
    return marks


def _milestone_tip(head: str, m: MilestoneState, owed: bool, startex: int) -> str:
    p, milestone = m.provision, m.milestone
    lines = [head, tr("Milestone \u201c{0}\u201d").replace("{0}", milestone.what)]
    asked = amount_text(milestone.quantity, p.unit, milestone.value, p.currency)
    if asked:
        lines.append(tr("Asks for: {0}").replace("{0}", asked))
    if milestone.quantity is not None:
        lines.append(tr("Delivered: {0}").replace("{0}", amount_text(m.quantity, p.unit)))
    elif milestone.value is not None:
        lines.append(tr("Delivered: {0}").replace("{0}", amount_text(None, "", m.value, p.currency)))
    lines.append(tr("Due: {0}").replace("{0}", format_relative_epoch(milestone.due, startex)))
    if owed:
        status = status_name(m.status) + (tr(" (late)") if m.late else "")
    else:
        status = tr("not owed: the option shown does not bind this signatory by then")
    lines.append(tr("Status: {0}").replace("{0}", status))
    if p.assumed:
        lines.append(tr("Figures assumed"))
    return "\n".join(lines)
