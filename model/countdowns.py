"""The next deadlines, by urgency, read off an assessment.

Pending deadlines come one row per incident and kind (how many signatories
still owe it); missed ones one row per signatory, most recent first.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.engine import MISSED, PENDING, Assessment, Obligations

KINDS = ("reaction", "consultation")


@dataclass(frozen=True)
class Countdown:
    kind: str                 # "reaction" | "consultation"
    incident_id: int
    incident_pos: int
    deadline: int             # epoch seconds
    seconds: float            # time left (pending) or how late (missed)
    missed: bool
    signatories: tuple[str, ...]  # codes: those still pending, or the one that missed


def _pending_rows(kind: str, a: Assessment, ob: Obligations, codes: tuple[str, ...], limit: int) -> list[Countdown]:
    """One row per incident some signatory still owes; with a *limit*, only the rows that can be among
    the *limit* soonest (a partial sort on the deadline, ties at the cut kept), not one per pending incident."""
    # Only an incident that has happened and whose deadline is still ahead can be owed (past the
    # deadline a cell is met or missed): its rows alone are read, not every cell of the exercise.
    candidates = np.flatnonzero(a.occurred & (ob.deadline >= a.now))
    pending = ob.status[candidates] == PENDING
    owed = pending.any(axis=1)
    positions, pending = candidates[owed], pending[owed]
    if limit and len(positions) > limit:
        deadlines = ob.deadline[positions]
        cut = deadlines[np.argpartition(deadlines, limit - 1)[limit - 1]]
        soonest = deadlines <= cut   # in incident order, so ties stay in the full sort's order
        positions, pending = positions[soonest], pending[soonest]
    rows = []
    for pos, owing in zip(positions.tolist(), pending):
        who = tuple(codes[s] for s in np.flatnonzero(owing))
        rows.append(Countdown(kind, int(a.snapshot.inc_ids[pos]), int(pos), int(ob.deadline[pos]),
                              float(ob.deadline[pos] - a.now), False, who))
    return rows


def _missed_rows(kind: str, a: Assessment, ob: Obligations, codes: tuple[str, ...], limit: int) -> list[Countdown]:
    inc, sig = np.nonzero(ob.status == MISSED)
    if limit and len(inc) > limit:
        # The most recently missed deadlines are the ones a controller can still act on.
        keep = np.argpartition(-ob.deadline[inc], limit - 1)[:limit]
        inc, sig = inc[keep], sig[keep]
    return [Countdown(kind, int(a.snapshot.inc_ids[i]), int(i), int(ob.deadline[i]),
                      float(ob.margin[i, s]), True, (codes[s],)) for i, s in zip(inc, sig)]


def countdowns(assessment: Assessment, limit: int = 60) -> list[Countdown]:
    """Pending deadlines soonest first, then missed ones most recent first."""
    codes = assessment.snapshot.sig_codes
    pending, missed = [], []
    obligations = tuple(zip(KINDS, (assessment.reaction, assessment.consultation)))
    for kind, ob in obligations:
        pending += _pending_rows(kind, assessment, ob, codes, limit)
    pending.sort(key=lambda r: (r.deadline, r.kind, r.incident_id))
    if limit and len(pending) >= limit:
        return pending[:limit]     # no missed row can make the list
    for kind, ob in obligations:
        missed += _missed_rows(kind, assessment, ob, codes, limit)
    missed.sort(key=lambda r: (-r.deadline, r.kind, r.signatories))
    return (pending + missed)[:limit] if limit else pending + missed
