"""Which incidents' obligation rows an earlier assessment already holds, for the engine to take over.

An obligation row (one incident, every signatory) depends on the incident's
time, type and severity, its reaction and attendance rows, the parties'
binding dates, the treaty terms and the scenario time. After a stored edit at
the same scenario time most rows are the ones judged before, perhaps at
another position (a moved incident reorders them): ``reusable_rows`` finds,
by comparing those inputs, the earlier position of each row that can be
copied. Anything it is not sure of is judged again; never a row whose inputs
differ.
"""
from __future__ import annotations

import numpy as np

from model.snapshot import ExerciseSnapshot

MISSING = -1


def _earlier_positions(old_ids: np.ndarray, new_ids: np.ndarray) -> np.ndarray:
    """Position in *old_ids* of each of *new_ids*, MISSING for those not there."""
    found = np.full(len(new_ids), MISSING, dtype=np.int64)
    if not len(old_ids) or not len(new_ids):
        return found
    by_id = np.argsort(old_ids, kind="stable")
    at = np.searchsorted(old_ids, new_ids, sorter=by_id).clip(0, len(old_ids) - 1)
    hit = old_ids[by_id[at]] == new_ids
    found[hit] = by_id[at][hit]
    return found


def reusable_rows(earlier, snapshot: ExerciseSnapshot, now: float) -> np.ndarray | None:
    """For each incident of *snapshot*, the position of its row in the *earlier* assessment when
    every input of that row is unchanged, else MISSING; None when nothing can be taken over
    (another scenario time, treaty option, roster or catalogue)."""
    if earlier is None or earlier.now != float(now):
        return None
    old = earlier.snapshot
    if old is snapshot:
        return np.arange(snapshot.incident_count, dtype=np.int64)
    if (old.terms is not snapshot.terms or old.type_codes != snapshot.type_codes
            or not np.array_equal(old.sig_ids, snapshot.sig_ids)
            or not np.array_equal(old.sig_bound, snapshot.sig_bound)):
        return None
    if snapshot.lineage is not None:
        # Updated from that snapshot (model/snapshot_update.py), which knows the rows the edit changed.
        known = snapshot.lineage.rows_from(old, snapshot)
        if known is not None:
            return known
    if old.inc_ids is snapshot.inc_ids:   # a variant of the same rows (a drag step's preview)
        rows = np.arange(snapshot.incident_count, dtype=np.int64)
        kept = before = rows
    else:
        rows = _earlier_positions(old.inc_ids, snapshot.inc_ids)
        kept = np.flatnonzero(rows != MISSING)
        before = rows[kept]
    same = ((old.inc_time[before] == snapshot.inc_time[kept]) & (old.inc_type[before] == snapshot.inc_type[kept])
            & (old.inc_severity[before] == snapshot.inc_severity[kept]))
    everything = len(kept) == snapshot.incident_count   # nothing created: no gather of the new matrices
    for matrix in ("reaction_time", "consultation_time"):
        if getattr(old, matrix) is getattr(snapshot, matrix) and kept is before:
            continue   # the very same replies, row for row (a drag preview shares them): nothing differs
        earlier_cells = np.take(getattr(old, matrix), before, axis=0)   # whole rows copied: several times
        cells = getattr(snapshot, matrix)                                # quicker than fancy indexing
        if not everything:
            cells = np.take(cells, kept, axis=0)
        # The few differing cells, found in one pass, name their rows (an all() along rows of thirty
        # signatories would cost a reduction per row).
        if cells.size:
            same[np.flatnonzero(earlier_cells != cells) // cells.shape[1]] = False
    rows[kept[~same]] = MISSING
    return rows
