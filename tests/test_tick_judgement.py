"""A clock tick judges the exercise once, and only the incidents that have occurred.

Profiles of a tick show the engine's cell judging twice per tick: those are its two deadline kinds
(reaction and consultation), each judged once, not two assessments; the comparison dock, when open,
judges each other option it compares once more. These tests keep it that way in the real main window
with every dock built, and keep the rows of incidents still to come (not due for anyone) out of the
judging.
"""
from __future__ import annotations

import numpy as np

from model import engine
from model.engine import NOT_DUE, assess


def counting(monkeypatch):
    """Every assessment's judged rows, counted where each one passes: the engine's row judging (from
    scratch, or on a tick from the cells already done)."""
    judged: list[int] = []
    real, real_settled = engine._judge, engine._judge_settled

    def judge(deadline, done_at, now, obliged):
        judged.append(len(deadline))
        return real(deadline, done_at, now, obliged)

    def judge_settled(deadline, done_at, now, occurred, settled):
        judged.append(int(np.count_nonzero(occurred)))
        return real_settled(deadline, done_at, now, occurred, settled)

    monkeypatch.setattr(engine, "_judge", judge)
    monkeypatch.setattr(engine, "_judge_settled", judge_settled)
    return judged


def test_a_tick_in_the_main_window_judges_each_option_once_and_only_what_occurred(qtbot, window, wall,
                                                                                  monkeypatch):
    qtbot.waitUntil(lambda: window.deferred_docks.built)
    document = window.document
    snap = document.snapshot
    # The middle of the exercise: some incidents occurred, some are still to come.
    document.set_scenario_time(float(np.sort(snap.inc_time)[snap.incident_count // 2]) + 0.5)
    document.start_clock()
    document._timer.stop()   # the test drives the ticks
    judged = counting(monkeypatch)
    options: list[int] = []   # the treaty option of each assessment, as the engine's entry point sees it
    real_rows = engine.reusable_rows

    def rows(earlier, snapshot, now):
        options.append(snapshot.terms.id)
        return real_rows(earlier, snapshot, now)

    monkeypatch.setattr(engine, "reusable_rows", rows)
    for _ in range(3):
        judged.clear()
        options.clear()
        wall.advance(1.0)
        document.tick()
        occurred = int(np.count_nonzero(document.snapshot.inc_time <= document.clock.seconds()))
        assert 0 < occurred < document.snapshot.incident_count
        # The document's assessment, and (the comparison dock being open) each other option it compares:
        # no option twice.
        assert options.count(document.snapshot.terms.id) == 1 and len(set(options)) == len(options)
        assert judged == [occurred] * (2 * len(options))   # reaction and consultation, occurred rows only
    document.pause_clock()


def test_incidents_still_to_come_are_not_judged_and_owe_nothing(default_doc, monkeypatch):
    from model.snapshot import NO_TIME, load_snapshot
    snap = load_snapshot(default_doc)
    reference = engine._judge
    for now in (float(snap.inc_time.min()) - 60, float(np.median(snap.inc_time)) + 0.5, float(snap.inc_time.max()) + 1):
        occurred = snap.inc_time <= now
        judged = counting(monkeypatch)
        a = assess(snap, now)
        assert judged == [int(occurred.sum())] * 2 or (not occurred.any() and judged == [])
        obliged = snap.sig_bound[None, :] <= snap.inc_time[:, None]
        for ob, done_at, owed in ((a.reaction, snap.reaction_time, np.zeros_like(obliged) if snap.terms.kind ==
                                   "bilateral" else obliged), (a.consultation, snap.consultation_time, obliged)):
            # What judging every row would have said, row for row.
            full = reference(ob.deadline, done_at, now, owed)
            future = ~occurred
            assert np.array_equal(ob.status[occurred], full.status[occurred])
            assert np.array_equal(ob.margin[occurred], full.margin[occurred])
            assert (ob.status[future] == NOT_DUE).all() and (ob.margin[future] == 0).all()
            assert np.array_equal(ob.done_at, np.where(done_at <= now, done_at, NO_TIME))
            assert ob.status.dtype == np.int8 and ob.margin.dtype == np.float64
        monkeypatch.undo()


def test_a_tick_from_the_cells_already_done_judges_as_from_scratch(default_doc):
    """Ticks judged like the last judgement (done cells copied from it) give what judging afresh gives, at
    every kind of moment: before the exercise, between incidents, exactly at deadlines and replies, after it."""
    from model.snapshot import load_snapshot
    snap = load_snapshot(default_doc)
    replies = np.concatenate([snap.reaction_time.ravel(), snap.consultation_time.ravel()])
    replies = replies[replies < np.int64(2) ** 40]
    first = assess(snap, float(snap.inc_time.min()) - 120)
    moments = sorted({float(snap.inc_time.min()) - 60, *(float(t) for t in snap.inc_time[::3]),
                      *(float(t) + 0.5 for t in snap.inc_time[1::3]),
                      *(float(t) for t in (first.consultation_deadline[::2])), *(float(t) for t in replies[::7]),
                      float(snap.inc_time.max()) + 86400 * 30})
    a = first
    for now in moments:
        a = assess(snap, now, like=a)
        assert a.settled is not None
        fresh = assess(snap, now)
        for kind in ("reaction", "consultation"):
            for part in ("status", "margin", "done_at"):
                ticked, judged = getattr(getattr(a, kind), part), getattr(getattr(fresh, kind), part)
                assert ticked.dtype == judged.dtype and np.array_equal(ticked, judged), (kind, part, now)
