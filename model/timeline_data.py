"""What a drawing of the exercise timeline needs, read off an assessment (no Qt).

The report's timeline chart and the timeline image export both draw from
``timeline_data``: incidents with their deadlines, and the commitments that
count at the assessment's time.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.engine import MET, MISSED, NOT_DUE, NOT_OBLIGED, PENDING, STATUS_NAMES, Assessment
from model.snapshot import NO_TIME, WITHDRAWN
from model.timeutil import format_relative, from_epoch
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES

DELIVERED = COMMITMENT_STATUSES.index("delivered")


@dataclass(frozen=True)
class TimelineIncident:
    id: int
    label: str
    time: float
    severity: int
    reaction_deadline: float
    consultation_deadline: float
    consultation: dict[str, int]  # status name -> signatories
    occurred: bool


@dataclass(frozen=True)
class TimelineCommitment:
    lane: int
    announced: float
    effective: float | None
    category: str
    status: str
    gate_violation: bool


@dataclass(frozen=True)
class TimelineData:
    startex: float
    endex: float
    now: float
    start: float                  # the span to draw
    end: float
    lanes: tuple[str, ...]
    incidents: tuple[TimelineIncident, ...]
    commitments: tuple[TimelineCommitment, ...]


def status_counts(row: np.ndarray) -> dict[str, int]:
    """How many of *row*'s obligations are met, missed, pending, not obliged and not yet due."""
    return {STATUS_NAMES[k]: int(np.count_nonzero(row == k)) for k in (MET, MISSED, PENDING, NOT_OBLIGED, NOT_DUE)}


def live_commitments(a: Assessment) -> np.ndarray:
    """Commitments that count as of the assessment: announced by then and not withdrawn (as the engine counts)."""
    snap = a.snapshot
    return (snap.com_status != WITHDRAWN) & (snap.com_announced <= a.now)


def timeline_data(a: Assessment) -> TimelineData:
    """What the report's timeline chart draws, read off an assessment."""
    snap = a.snapshot
    live = live_commitments(a)
    incidents = tuple(TimelineIncident(
        int(snap.inc_ids[i]), f"#{int(snap.inc_ids[i])}", float(snap.inc_time[i]), int(snap.inc_severity[i]),
        float(a.reaction.deadline[i]), float(a.consultation.deadline[i]), status_counts(a.consultation.status[i]),
        bool(a.occurred[i])) for i in range(snap.incident_count))
    commitments = tuple(TimelineCommitment(
        int(snap.com_sig[c]), float(snap.com_announced[c]),
        None if snap.com_effective[c] == NO_TIME else float(snap.com_effective[c]),
        CATEGORIES[int(snap.com_cat[c])], ("withdrawn" if snap.com_status[c] == WITHDRAWN else
                                            "effective" if snap.com_status[c] == DELIVERED
                                            or snap.com_effective[c] <= a.now else "pledged"),
        bool(a.gate_violation[c])) for c in np.flatnonzero(live))
    times = [snap.startex, snap.endex] + [t.time for t in incidents] + [t.consultation_deadline for t in incidents]
    return TimelineData(float(snap.startex), float(snap.endex), a.now, float(min(times)), float(max(times)),
                        snap.sig_codes, incidents, commitments)


def epoch_text(seconds: float, startex: float) -> str:
    """``D+1 14:00`` for an epoch time, for chart labels."""
    return format_relative(from_epoch(seconds), from_epoch(startex))
