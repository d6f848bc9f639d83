"""What a clock tick can change in the findings, so that a tick which changes none of it words nothing.

Between two assessments of the same snapshot at times t0 <= t1 the findings differ only if, in
(t0, t1], an incident occurred (gaps, statuses), a commitment was announced (gaps), a deadline passed
(missed), a late reply came in (an overdue deadline becomes a late one), a provision milestone fell
due or a delivery against one was made (overdue milestones), or the overdue span of a missed deadline
shown reached another minute (its wording). Gates and coordination follow the
snapshot alone. Each is checked on arrays of a few thousand values, not on the (incident, signatory)
cells the findings are computed from.
"""
from __future__ import annotations

import numpy as np

from model.engine import Assessment
from model.snapshot import NO_TIME, ExerciseSnapshot


def _any_within(times: np.ndarray, t0: float, t1: float) -> bool:
    return bool(np.any((times > t0) & (times <= t1)))


def _span_minutes(overdue_deadlines: np.ndarray, now: float) -> np.ndarray:
    # As format_span words them: seconds rounded up, then minutes rounded up.
    seconds = np.ceil(np.abs(now - overdue_deadlines) - 1e-9)
    return -(-seconds // 60)


class TickGuard:
    """Remembers the findings of one assessment and says whether those of a later tick are the same."""

    def __init__(self) -> None:
        self._snapshot: ExerciseSnapshot | None = None
        self._now = 0.0
        self._events: tuple[np.ndarray, ...] = ()
        self._late_replies: np.ndarray | None = None
        self._overdue_deadlines = np.zeros(0)
        self.rows: list | None = None

    def keep(self, a: Assessment, rows: list, overdue_deadlines: np.ndarray) -> None:
        if a.snapshot is not self._snapshot:
            snap = a.snapshot
            book = snap.provisions
            # A milestone is judged overdue from int(due - now) < 0, a second after it fell due.
            milestones = np.array([m.due + lag for m in book.milestones for lag in (0, 1)]
                                  + [d.at for d in book.deliveries], dtype=np.float64)
            self._events = (snap.inc_time, snap.com_announced, a.reaction.deadline, a.consultation.deadline,
                            milestones)
            self._late_replies = None   # computed on the first tick that needs it
        self._snapshot, self._now, self.rows = a.snapshot, a.now, rows
        self._overdue_deadlines = overdue_deadlines

    def unchanged(self, a: Assessment) -> list | None:
        """The findings kept, when *a* (a later tick of the same snapshot) has the very same ones."""
        snap, t0, t1 = a.snapshot, self._now, a.now
        if self.rows is None or snap is not self._snapshot or t1 < t0:
            return None
        if t1 == t0:
            return self.rows
        if any(_any_within(times, t0, t1) for times in self._events):
            return None
        if _any_within(self._late(a), t0, t1):
            return None
        if not np.array_equal(_span_minutes(self._overdue_deadlines, t0), _span_minutes(self._overdue_deadlines, t1)):
            return None
        self._now = t1
        return self.rows

    def _late(self, a: Assessment) -> np.ndarray:
        """When each reply done after its deadline came in (the moment an overdue deadline becomes late)."""
        if self._late_replies is None:
            snap = a.snapshot
            parts = []
            for done_at, deadline in ((snap.reaction_time, a.reaction.deadline),
                                      (snap.consultation_time, a.consultation.deadline)):
                parts.append(done_at[(done_at != NO_TIME) & (done_at > deadline[:, None])])
            self._late_replies = np.concatenate(parts) if parts else np.zeros(0)
        return self._late_replies
