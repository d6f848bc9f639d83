"""Clock ticks that change no finding word none, and the findings after any ticks are those built afresh."""
from __future__ import annotations

import numpy as np

from model.engine import assess
from model.findings import FindingsCache, findings
from model.snapshot import NO_TIME, load_snapshot


def test_findings_followed_tick_by_tick_equal_a_fresh_computation_and_skip_the_quiet_ticks(default_doc):
    snap = load_snapshot(default_doc)
    cache = FindingsCache()
    start = float(np.sort(snap.inc_time)[0])
    last, kept = None, 0
    # Odd steps across the exercise's first days: deadlines pass, replies come in late, incidents occur,
    # overdue spans reach new minutes between the ticks, and many ticks change nothing at all.
    now = start - 30
    for step in [7.0] * 300 + [53.0] * 300 + [601.0] * 300:
        now += step
        a = assess(snap, now)
        rows = cache.findings(a)
        assert rows == findings(a), now
        kept += rows is last
        last = rows
    assert kept > 100          # the quiet ticks returned what was worded before
    assert kept < 900 - 100    # and the others were worded again


def test_the_findings_panel_after_ticks_shows_what_a_fresh_panel_shows(qtbot, document, wall):
    from gui.incidents.findings_panel import FindingsPanel

    def panel() -> FindingsPanel:
        widget = FindingsPanel()
        qtbot.addWidget(widget)
        widget.set_document(document)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    def shown(widget: FindingsPanel) -> list[tuple[str, list[str]]]:
        tree = widget.tree
        return [(tree.topLevelItem(g).text(0), [tree.topLevelItem(g).child(c).text(0)
                                                for c in range(tree.topLevelItem(g).childCount())])
                for g in range(tree.topLevelItemCount())]

    followed = panel()
    document.start_clock()
    document._timer.stop()   # the test drives the ticks
    for seconds in [1.0] * 70 + [3600.0] * 5 + [1.0] * 70:
        wall.advance(seconds)
        document.tick()
    document.pause_clock()
    fresh = panel()
    assert followed.findings() == fresh.findings()
    assert shown(followed) == shown(fresh)


def test_a_late_reply_coming_in_between_two_ticks_is_worded_as_late(default_doc):
    snap = load_snapshot(default_doc)
    a = assess(snap, float(snap.inc_time.max()) + 86400 * 30)
    late = np.argwhere((snap.consultation_time != NO_TIME)
                       & (snap.consultation_time > a.consultation.deadline[:, None]))
    events = np.concatenate([snap.inc_time, snap.com_announced, a.reaction.deadline, a.consultation.deadline])
    # A reply that came in after its deadline, at a second when nothing else happened.
    came_in = next(float(snap.consultation_time[i, s]) for i, s in late
                   if not np.any(np.abs(events - snap.consultation_time[i, s]) <= 1))
    cache = FindingsCache()
    before = cache.findings(assess(snap, came_in - 0.3))
    after = assess(snap, came_in + 0.2)
    assert cache.findings(after) == findings(after) != before


def test_a_provision_milestone_falling_due_between_two_ticks_is_found(default_doc):
    snap = load_snapshot(default_doc)
    dues = sorted({m.due for m in snap.provisions.milestones})
    assert dues   # the default exercise has standing provisions with milestones
    cache = FindingsCache()
    for due in dues:
        cache.findings(assess(snap, due + 0.5))   # int(due - now) is still 0: not overdue yet
        after = assess(snap, due + 1.5)
        assert cache.findings(after) == findings(after)
