"""The colour summary of an incident's obligations follows its row of statuses (one pass over the cells)."""
from __future__ import annotations

import numpy as np

from gui.timeline.incidents import DONE, FUTURE, LATE, NONE_OBLIGED, OPEN, summarise
from model.engine import MET, MISSED, NOT_DUE, NOT_OBLIGED, PENDING


def _by_rule(row: list[int]) -> int:
    if all(s == NOT_DUE for s in row):
        return FUTURE
    for status, summary in ((MISSED, LATE), (PENDING, OPEN), (MET, DONE)):
        if status in row:
            return summary
    return NONE_OBLIGED


def test_each_row_is_summarised_by_its_worst_status():
    rng = np.random.default_rng(12)
    for n_sig in (1, 3, 30):
        status = rng.choice([NOT_DUE, NOT_OBLIGED, PENDING, MET, MISSED], size=(400, n_sig)).astype(np.int8)
        status[:40] = NOT_DUE
        status[40:60] = NOT_OBLIGED
        status[60:80, 1:] = NOT_DUE
        assert summarise(status).tolist() == [_by_rule(row) for row in status.tolist()]


def test_no_incidents_or_no_signatories():
    assert summarise(np.zeros((0, 30), dtype=np.int8)).tolist() == []
    assert summarise(np.zeros((4, 0), dtype=np.int8)).tolist() == [NONE_OBLIGED] * 4
