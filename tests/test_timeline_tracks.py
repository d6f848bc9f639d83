"""Window tracks repacked after an edit are exactly the tracks a full packing gives."""
from __future__ import annotations

import numpy as np

from gui.timeline.incidents import pack_tracks
from gui.timeline.tracks import CHECKPOINT_EVERY, TrackPacker


def _edit(rng, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One random edit of the windows: a move, an insertion, a removal or a longer window."""
    start, end, n = start.copy(), end.copy(), len(start)
    op = int(rng.integers(4))
    if op == 0 and n:
        i, shift = int(rng.integers(n)), int(rng.integers(-3000, 3000))
        start[i] += shift
        end[i] += shift
    elif op == 1:
        i, when = int(rng.integers(n + 1)), int(rng.integers(0, 50_000))
        start, end = np.insert(start, i, when), np.insert(end, i, when + int(rng.choice([600, 1800, 3600])))
    elif op == 2 and n:
        i = int(rng.integers(n))
        start, end = np.delete(start, i), np.delete(end, i)
    elif n:
        end[int(rng.integers(n))] += 1800
    return start, end


def test_repacking_after_random_edits_equals_packing_from_scratch():
    rng = np.random.default_rng(2026)
    for _ in range(60):
        n = int(rng.integers(0, 3 * CHECKPOINT_EVERY))
        start = np.sort(rng.integers(0, 50_000, n))
        end = start + rng.choice([600, 1800, 3600, 7200], n)
        packer = TrackPacker(4)
        for _ in range(25):
            assert np.array_equal(packer.pack(start, end), pack_tracks(start, end, 4))
            start, end = _edit(rng, start, end)


def test_moving_one_window_repacks_a_few_not_all():
    rng = np.random.default_rng(7)
    start = np.sort(rng.integers(0, 10_000_000, 10_000))
    end = start + rng.choice([86400, 172800, 259200], len(start))
    packer = TrackPacker(4)
    packer.pack(start, end)
    assert packer.repacked == len(start)
    moved_start, moved_end = start.copy(), end.copy()
    moved_start[5000] += 900
    moved_end[5000] += 900
    assert np.array_equal(packer.pack(moved_start, moved_end), pack_tracks(moved_start, moved_end, 4))
    assert 0 < packer.repacked <= 4 * CHECKPOINT_EVERY
    assert np.array_equal(packer.pack(moved_start, moved_end), pack_tracks(moved_start, moved_end, 4))
    assert packer.repacked == 0
