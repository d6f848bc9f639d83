"""What a stored edit changed in the incident band, as the few rectangles to repaint.

An edit moves, adds or removes a few incidents of thousands; repainting the
band's whole width for it paints every marker, window and label in view (at
10,000 incidents, most of an edit's painting). The band's items compare what
they drew with what they will draw, row by row (matched by incident id, as
positions shift when an incident passes others), and repaint the old and new
places of what differs; more than MOST_DIRTY differences repaint everything.
"""
from __future__ import annotations

import numpy as np

MOST_DIRTY = 64   # beyond this many separate places one whole repaint costs less than the rectangles


def matched(old_ids: np.ndarray, new_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each new row its old row (-1: new), and which old rows are gone."""
    n_old = len(old_ids)
    order = np.full(len(new_ids), -1, dtype=np.int64)
    gone = np.ones(n_old, dtype=bool)
    if not n_old or not len(new_ids):
        return order, gone
    by_id = np.argsort(old_ids, kind="stable")
    found = by_id[np.searchsorted(old_ids, new_ids, sorter=by_id).clip(0, n_old - 1)]
    kept = old_ids[found] == new_ids
    order[kept] = found[kept]
    gone[found[kept]] = False
    return order, gone


def aligned(old_ids: np.ndarray, new_ids: np.ndarray) -> tuple[int, int]:
    """(head, tail): the first *head* rows and the last *tail* rows hold the same incidents in both
    (an edit moves one incident past a few others: the rows between its old and new places shift)."""
    n = min(len(old_ids), len(new_ids))
    differ = np.flatnonzero(old_ids[:n] != new_ids[:n])
    head = int(differ[0]) if len(differ) else n
    rest = n - head
    differ = np.flatnonzero(old_ids[::-1][:rest] != new_ids[::-1][:rest])
    return head, int(differ[0]) if len(differ) else rest


def changed_rows(old_ids: np.ndarray, old_look: np.ndarray, new_ids: np.ndarray,
                 new_look: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Old and new positions of the rows drawn differently (*look*: one row of numbers per incident,
    everything its drawing follows); None when so many differ that a whole repaint is cheaper."""
    n_old, n_new = len(old_ids), len(new_ids)
    if abs(n_new - n_old) > MOST_DIRTY:
        return None
    head, tail = aligned(old_ids, new_ids)
    same = [np.flatnonzero((old_look[:head] != new_look[:head]).any(axis=1)),
            n_new - tail + np.flatnonzero((old_look[n_old - tail:] != new_look[n_new - tail:]).any(axis=1))]
    old_same = [same[0], same[1] - n_new + n_old]
    # Between them the rows shifted: matched by incident id.
    order, gone = matched(old_ids[head:n_old - tail], new_ids[head:n_new - tail])
    kept = order >= 0
    differs = ~kept
    if kept.any():
        differs[kept] = (old_look[head + order[kept]] != new_look[head:n_new - tail][kept]).any(axis=1)
    middle = np.flatnonzero(differs)
    new_rows = np.concatenate([same[0], head + middle, same[1]])
    old_rows = np.concatenate([*old_same, head + order[middle][order[middle] >= 0], head + np.flatnonzero(gone)])
    if len(new_rows) + len(old_rows) > MOST_DIRTY:
        return None
    return old_rows, new_rows


def label_changes(before: set[tuple], after: set[tuple]) -> list[tuple[float, float]] | None:
    """Pixel spans (left, right) of the labels drawn differently (each label as the tuple its drawing
    follows, its left and right pixels at [2] and [3]); None when a whole repaint is cheaper."""
    changed = before ^ after
    if len(changed) > MOST_DIRTY:
        return None
    return [(entry[2], entry[3]) for entry in changed]
