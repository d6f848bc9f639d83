"""A drag step's comparison counts only the rows that changed, and reads exactly as counted afresh."""
from __future__ import annotations

import numpy as np

from model import comparison_tally
from model.comparison import judge_option
from model.comparison_tally import tally
from model.engine import MET, MISSED, PENDING, assess
from model.snapshot import NO_TIME, load_options, load_snapshot, terms_ids


def _figures(result) -> tuple:
    return (result.met, result.missed, result.pending, result.gap_incidents, result.gated,
            result.median_first_effective_s(), result.provision_overdue, result.provision_due_soon,
            *((t.met, t.missed, t.pending, t.median_s, t.worst_s) for t in (result.reaction, result.consultation)))


def _assert_same(kept, fresh) -> None:
    assert _figures(kept) == _figures(fresh)
    for kind in ("reaction", "consultation"):
        assert np.array_equal(getattr(kept, kind).per_signatory_s, getattr(fresh, kind).per_signatory_s, equal_nan=True)
    assert np.array_equal(kept.parties_bound, fresh.parties_bound)


def test_a_drag_recounts_the_moved_rows_alone_with_the_figures_counted_afresh(default_doc, monkeypatch):
    snap = load_snapshot(default_doc)
    options = load_options(default_doc, terms_ids(default_doc))
    now = float(snap.clock_time)
    recounted = []
    recount = comparison_tally._recount
    monkeypatch.setattr(comparison_tally, "_recount", lambda *args: recounted.append(recount(*args)) or recounted[-1])
    rng = np.random.default_rng(7)
    earlier = {terms.id: judge_option(snap, terms, now) for terms in options}
    for step in range(40):
        # One incident dragged back and forth across the clock and its neighbours, sometimes a second one too.
        position = int(rng.integers(snap.incident_count))
        preview = snap.with_incident_time(int(snap.inc_ids[position]),
                                          int(snap.inc_time[position]) + int(rng.integers(-3, 4)) * 5400)
        if step % 4 == 3:
            preview = preview.with_incident_time(int(snap.inc_ids[0]), int(now) - 60)
        for terms in options:
            kept = judge_option(preview, terms, now, earlier=earlier[terms.id])
            _assert_same(kept, judge_option(preview, terms, now))
            earlier[terms.id] = kept
    assert recounted and all(r is not None for r in recounted)   # every step was a recount, not a count


def test_equal_latencies_are_each_recounted_once(default_doc):
    """Deadlines done equally late by one signatory share a key: moving two such incidents at once removes
    each one's own (not the same one twice)."""
    snap = load_snapshot(default_doc)
    now = float(snap.endex)
    a = assess(snap, now)
    ob = a.consultation
    status, done_at = ob.status.copy(), ob.done_at.copy()
    # Every deadline of the first three incidents met, each exactly an hour after its incident.
    status[:3], done_at[:3] = MET, snap.inc_time[:3, None] + 3600
    first = tally(type(ob)(deadline=ob.deadline, status=status, margin=ob.margin, done_at=done_at), snap.inc_time)
    moved_time = snap.inc_time.copy()
    moved_time[1:3] += 1800                     # incidents 1 and 2 half an hour later: their latencies shrink
    kept = tally(type(ob)(deadline=ob.deadline, status=status, margin=ob.margin, done_at=done_at), moved_time,
                 earlier=first)
    fresh = tally(type(ob)(deadline=ob.deadline, status=status, margin=ob.margin, done_at=done_at), moved_time)
    assert (kept.met, kept.missed, kept.pending, kept.median_s, kept.worst_s) == \
        (fresh.met, fresh.missed, fresh.pending, fresh.median_s, fresh.worst_s)
    assert np.array_equal(kept.per_signatory_s, fresh.per_signatory_s, equal_nan=True)
    assert np.array_equal(kept.counted.keys, fresh.counted.keys)


def test_the_tally_counts_what_was_done_and_how_late(default_doc):
    """The counts and medians themselves, on a record small enough to count by hand."""
    snap = load_snapshot(default_doc)
    ob = assess(snap, float(snap.endex)).consultation
    n_sig = ob.status.shape[1]
    status = np.full((3, n_sig), PENDING, dtype=np.int8)
    done_at = np.full((3, n_sig), NO_TIME, dtype=np.int64)
    inc_time = np.array([0, 1000, 5000], dtype=np.int64)
    status[0, 0], done_at[0, 0] = MET, 100          # 100 s
    status[1, 0], done_at[1, 0] = MISSED, 1300      # done late: 300 s
    status[2, 0], done_at[2, 0] = MISSED, NO_TIME   # never done: no latency
    status[2, 1], done_at[2, 1] = MET, 5050         # 50 s
    counted = tally(type(ob)(deadline=inc_time, status=status, margin=np.zeros(status.shape), done_at=done_at),
                    inc_time)
    assert (counted.met, counted.missed, counted.pending) == (2, 2, 3 * n_sig - 4)
    assert (counted.median_s, counted.worst_s) == (100.0, 300.0)
    assert counted.per_signatory_s[:2].tolist() == [200.0, 50.0] and np.isnan(counted.per_signatory_s[2:]).all()
