"""Which track each consultation window is drawn on: greedy interval packing, repeated after an edit
only where the edit changed it.

``pack_tracks`` (gui/timeline/incidents.py) goes through every window in start order; a stored edit (an
incident moved, added or removed) changes a few windows, and the greedy choice
after them soon sees the same free tracks as before. ``TrackPacker`` keeps the
last packing and the tracks' state at checkpoints, packs again from the
checkpoint before the first window that differs, and stops at the first
checkpoint past the last one where the state is what it was: from there the
old tracks hold. The result is always exactly ``pack_tracks``'s.
"""
from __future__ import annotations

import numpy as np

CHECKPOINT_EVERY = 64


def _greedy(begins: list, finishes: list, ends: list, first: int, stops: list[tuple[int, tuple]],
            checkpoints: dict, tracks: list) -> int:
    """Pack windows first.. (in start order) onto *ends* (changed in place), appending to *tracks* and
    recording the state every CHECKPOINT_EVERY windows; stop at the first of *stops* (index, state
    the old packing had there) whose state this one reaches. Returns where it stopped."""
    n_tracks = len(ends)
    order = range(n_tracks)
    pending = iter(stops)
    next_stop, settled_state = next(pending, (-1, None))
    for j in range(first, len(begins)):
        if j == next_stop:
            if tuple(ends) == settled_state:
                return j
            next_stop, settled_state = next(pending, (-1, None))
        if j % CHECKPOINT_EVERY == 0:
            checkpoints[j] = tuple(ends)
        begin = begins[j]
        # A plain loop (no generator, no key function): this runs for thousands of windows after a drop.
        for free in order:
            if ends[free] <= begin:
                break
        else:
            free = ends.index(min(ends))     # the first of the tracks freed soonest
        tracks.append(free)
        ends[free] = finishes[j]
    return len(begins)


class TrackPacker:
    """gui/timeline/incidents.pack_tracks for a stream of similar window sets, repacking only what changed."""

    def __init__(self, n_tracks: int):
        self.n_tracks = n_tracks
        self._begins = np.zeros(0)       # windows in start order, as last packed
        self._finishes = np.zeros(0)
        self._tracks = np.zeros(0, dtype=np.int64)   # in that order
        self._checkpoints: dict[int, tuple] = {}     # sorted index -> track ends before that window
        self.repacked = 0                # windows packed by the last call (tests, benchmark)

    def pack(self, start: np.ndarray, end: np.ndarray) -> np.ndarray:
        order = np.argsort(start, kind="stable")
        begins = np.asarray(start, dtype=np.float64)[order]
        finishes = np.asarray(end, dtype=np.float64)[order]
        old_b, old_f, old_tracks = self._begins, self._finishes, self._tracks
        n, n_old = len(begins), len(old_b)
        shift = n - n_old
        common = min(n, n_old)
        same_head = (begins[:common] == old_b[:common]) & (finishes[:common] == old_f[:common])
        head = common if same_head.all() else int(np.argmin(same_head))
        same_tail = (begins[n - common:] == old_b[n_old - common:]) & (finishes[n - common:] == old_f[n_old - common:])
        tail_from = n - common if same_tail.all() else n - common + int(np.flatnonzero(~same_tail)[-1]) + 1
        tail_from = max(tail_from, head)      # new indexes from here on are old ones + shift
        if head == n and n == n_old:
            self.repacked = 0
            result = np.empty(n, dtype=np.int64)
            result[order] = old_tracks
            return result
        resume = max((c for c in self._checkpoints if c <= head), default=0)
        ends = list(self._checkpoints.get(resume, (-np.inf,) * self.n_tracks))
        checkpoints = {c: s for c, s in self._checkpoints.items() if c < resume}
        old_checkpoints = self._checkpoints
        stops = sorted((c + shift, state) for c, state in old_checkpoints.items() if c + shift > tail_from)
        fresh: list[int] = []
        stopped = _greedy(begins.tolist(), finishes.tolist(), ends, resume, stops, checkpoints, fresh)
        tracks = np.empty(n, dtype=np.int64)
        tracks[:resume] = old_tracks[:resume]
        tracks[resume:stopped] = fresh
        tracks[stopped:] = old_tracks[stopped - shift:]
        checkpoints.update({c + shift: s for c, s in old_checkpoints.items() if c + shift >= stopped})
        self._begins, self._finishes, self._tracks, self._checkpoints = begins, finishes, tracks, checkpoints
        self.repacked = stopped - resume
        result = np.empty(n, dtype=np.int64)
        result[order] = tracks
        return result
