"""The countdowns read only the incidents that can still be owed, and give the rows every cell would."""
from __future__ import annotations

import numpy as np

from model.countdowns import KINDS, Countdown, countdowns
from model.engine import MISSED, PENDING, assess
from model.snapshot import load_snapshot


def _from_every_cell(a) -> list[Countdown]:
    """The countdowns as their definition reads: every cell of every incident looked at."""
    codes, ids = a.snapshot.sig_codes, a.snapshot.inc_ids
    pending, missed = [], []
    for kind, ob in zip(KINDS, (a.reaction, a.consultation)):
        for pos in range(len(ids)):
            owing = tuple(codes[s] for s in range(len(codes)) if ob.status[pos, s] == PENDING)
            if owing:
                pending.append(Countdown(kind, int(ids[pos]), pos, int(ob.deadline[pos]),
                                         float(ob.deadline[pos] - a.now), False, owing))
            missed += [Countdown(kind, int(ids[pos]), pos, int(ob.deadline[pos]), float(ob.margin[pos, s]), True,
                                 (codes[s],)) for s in range(len(codes)) if ob.status[pos, s] == MISSED]
    pending.sort(key=lambda r: (r.deadline, r.kind, r.incident_id))
    missed.sort(key=lambda r: (-r.deadline, r.kind, r.signatories))
    return pending + missed


def test_countdowns_at_every_stage_of_the_exercise(default_doc):
    snapshot = load_snapshot(default_doc)
    times = np.unique(np.concatenate([snapshot.inc_time, snapshot.inc_time + 3600, snapshot.inc_time - 1]))
    seen_pending = seen_missed = 0
    for now in [float(snapshot.startex), *times.tolist(), float(snapshot.endex)]:
        a = assess(snapshot, now)
        every = _from_every_cell(a)
        assert countdowns(a, limit=0) == every
        pending = [row for row in every if not row.missed]
        if len(pending) >= 3:
            assert countdowns(a, limit=3) == pending[:3]
        seen_pending += len(pending)
        seen_missed += len(every) - len(pending)
    assert seen_pending and seen_missed
