"""The snapshot after a stored edit, read from the rows its change report names, not reloaded whole.

Incidents, commitments and consultations created, updated or deleted (and the
undos of those edits) are followed: only the touched rows are read, through the
statements load_snapshot uses (model/storage/reading.py), and the arrays are rebuilt around them. An edit of
anything else the snapshot holds (terms, roster, catalogue, exercise dates),
or one this code is not sure of, gives None: the caller loads the snapshot
again. The old snapshot is never changed: views may still hold it.
"""
from __future__ import annotations

import weakref
from dataclasses import replace
from typing import Any

import numpy as np

from model.services.changes import ChangeReport
from model.provision_status import read_book
from model.snapshot import (
    NO_TIME, UNREADABLE_TIME, ExerciseSnapshot, Lineage, _check_times, _columns, _int_array, _int_columns,
    lineage_arrays,
)
from model.storage import reading
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES

FOLLOWED = frozenset({"incident", "commitment", "consultation"})
# Read again whole (a few rows) when one of them changes: the snapshot's ProvisionBook.
PROVISIONS = frozenset({"provision", "provision_milestone", "provision_delivery"})
# The other tables load_snapshot reads: an edit of one of them means a full reload.
RELOADED = frozenset({"exercise_info", "treaty_terms", "proportionality_rule", "incident_type", "instrument",
                      "signatory", "treaty_party", "branch_point", "outcome"})
# Past this many rows a full reload costs about the same, and bulk edits are rare.
MOST_ROWS = 400
_CATEGORY = {c: i for i, c in enumerate(CATEGORIES)}
_STATUS = {c: i for i, c in enumerate(COMMITMENT_STATUSES)}


class _Unsure(Exception):
    """The rows read do not fit the snapshot as this code expects: reload instead."""


def updated_snapshot(doc, snap: ExerciseSnapshot, report: ChangeReport) -> ExerciseSnapshot | None:
    """*snap* with the edit *report* describes applied, or None when only a full reload will do."""
    kinds = report.kinds()
    if kinds & RELOADED or sum(len(report.keys(kind)) for kind in kinds & FOLLOWED) > MOST_ROWS:
        return None
    try:
        with doc.reading_rows() as rows:
            return _updated(rows, snap, report)
    except _Unsure:
        return None


def _updated(connection, snap: ExerciseSnapshot, report: ChangeReport) -> ExerciseSnapshot:
    original = snap
    info = reading.info_row(connection)
    clock = reading.clock_row(connection)
    _check_times(info[1:3], clock[:1])
    if info[3] != snap.terms.id:
        raise _Unsure
    snap = replace(snap, name=info[0], startex=int(info[1]), endex=int(info[2]), clock_time=int(clock[0]),
                   clock_speed=float(clock[1]))
    if report.kinds() & PROVISIONS:
        snap = replace(snap, provisions=_provisions(connection))
    if not report.kinds() & FOLLOWED:
        return _descended(original, snap, np.arange(snap.incident_count), np.zeros(0, dtype=np.int64))
    _all_shown(connection, snap, report)
    old_inc_ids = snap.inc_ids
    snap, created_incidents, source = _incidents(connection, snap, report)
    snap, commitment_incidents = _commitments(connection, snap, report, old_inc_ids)
    reaction_rows = _rows_of(snap, commitment_incidents | created_incidents)
    consultation_rows = _rows_of(snap, _consultation_incidents(connection, report) | created_incidents)
    # The incidents' edit gathered new matrices, which nothing else holds yet: filled in place.
    snap = _matrices(connection, snap, reaction_rows, consultation_rows, owned=bool(report.keys("incident")))
    edited = _rows_of(snap, set(report.keys("incident", "created", "updated")))
    return _descended(original, snap, source, np.concatenate([edited, reaction_rows, consultation_rows]))


def _descended(original: ExerciseSnapshot, snap: ExerciseSnapshot, source: np.ndarray,
               changed: np.ndarray) -> ExerciseSnapshot:
    """*snap* remembering that it was updated from *original*, with which rows changed (model/snapshot.py)."""
    return replace(snap, lineage=Lineage(weakref.ref(original), source, changed, lineage_arrays(snap)))


def _all_shown(connection, snap: ExerciseSnapshot, report: ChangeReport) -> None:
    """A touched row of an outcome not shown (or just moved out of the shown ones): reload instead."""
    for table in ("incident", "commitment"):
        present = report.keys(table, "created", "updated") - report.keys(table, "deleted")
        if present and reading.hidden_count(connection, table, present, snap.outcomes):
            raise _Unsure


def _rows_of(snap: ExerciseSnapshot, incident_ids: set) -> np.ndarray:
    """Positions of those incidents that are still there."""
    if not incident_ids or not snap.incident_count:
        return np.zeros(0, dtype=np.int64)
    positions = _find(snap.inc_ids, _int_array(sorted(incident_ids)))
    return positions[positions >= 0]


def _find(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Position in *ids* of each of *wanted*, -1 for those not there."""
    found = np.full(len(wanted), -1, dtype=np.int64)
    if len(ids) and len(wanted):
        inside = (wanted >= 0) & (wanted <= ids.max())
        lookup = np.full(int(ids.max()) + 1, -1, dtype=np.int64)   # as snapshot._positions, without
        lookup[ids] = np.arange(len(ids))                           # a Python pass over the wanted ids
        found[inside] = lookup[wanted[inside]]
    return found


def _incidents(connection, snap: ExerciseSnapshot,
               report: ChangeReport) -> tuple[ExerciseSnapshot, set, np.ndarray]:
    """The incidents with the report's applied; those created; where each row was before (-1: created)."""
    touched = report.keys("incident")
    if not touched:
        return snap, set(), np.arange(snap.incident_count)
    wanted = report.keys("incident", "created", "updated")
    rows = _columns(reading.incident_rows(connection, wanted), 5) if wanted else [()] * 5
    new_ids = _int_array(rows[0])
    _check_times(rows[1])
    if set(rows[0]) != set(wanted) - report.keys("incident", "deleted"):
        raise _Unsure   # a row the report says exists is not there
    type_pos = {code: i for i, code in enumerate(snap.type_codes)}
    if any(code not in type_pos for code in rows[2]):
        raise _Unsure
    keep = ~np.isin(snap.inc_ids, _int_array(sorted(touched)))
    # An updated incident keeps its reaction and attendance rows; a created one is filled in later.
    old_pos = _find(snap.inc_ids, new_ids)

    order = _merged_order(snap.inc_time[keep], snap.inc_ids[keep], _int_array(rows[1]), new_ids)
    # Where each incident's row was (-1: created): every array is gathered once, in its final order.
    source = np.concatenate([np.flatnonzero(keep), old_pos])[order]
    created = source < 0

    def gathered(old: np.ndarray, new, empty=None) -> np.ndarray:
        if empty is None:
            return np.concatenate([old[keep], np.asarray(new, dtype=old.dtype).reshape(-1)])[order]
        # np.take copies whole (n_inc, n_sig) rows, several times quicker than fancy indexing.
        out = np.take(old, source.clip(0), axis=0) if len(old) \
            else np.full((len(source), snap.signatory_count), empty, old.dtype)
        out[created] = empty
        return out

    location = _joined_texts(snap.inc_location, keep, rows[4])
    snap = replace(
        snap, inc_ids=gathered(snap.inc_ids, new_ids), inc_time=gathered(snap.inc_time, _int_array(rows[1])),
        inc_type=gathered(snap.inc_type, [type_pos[t] for t in rows[2]]),
        inc_severity=gathered(snap.inc_severity, _int_array(rows[3])),
        inc_location=tuple(location[order].tolist()),
        reaction_time=gathered(snap.reaction_time, None, NO_TIME),
        consultation_time=gathered(snap.consultation_time, None, NO_TIME),
        consultation_absent=gathered(snap.consultation_absent, None, False))
    return snap, set(report.keys("incident", "created")), source


def _merged_order(kept_times: np.ndarray, kept_ids: np.ndarray, new_times: np.ndarray,
                  new_ids: np.ndarray) -> np.ndarray:
    """The order, by (time, id) as load_snapshot's ORDER BY occurred_at, id, of the kept incidents
    (already in that order) followed by the new ones: the few new ones are merged in, not all sorted."""
    n_kept, n_new = len(kept_times), len(new_times)
    by_key = np.lexsort((new_ids, new_times))
    lo = np.searchsorted(kept_times, new_times[by_key], side="left")
    hi = np.searchsorted(kept_times, new_times[by_key], side="right")
    at = np.array([a + int(np.searchsorted(kept_ids[a:b], i)) for a, b, i in
                   zip(lo.tolist(), hi.tolist(), new_ids[by_key].tolist())], dtype=np.int64)
    final = at + np.arange(n_new)
    order = np.empty(n_kept + n_new, dtype=np.int64)
    is_new = np.zeros(n_kept + n_new, dtype=bool)
    is_new[final] = True
    order[~is_new] = np.arange(n_kept)
    order[final] = n_kept + by_key
    return order


def _joined_texts(old: tuple, keep: np.ndarray, new) -> np.ndarray:
    """The kept ones of *old* then *new*, as an object array to reorder (a Python loop over every
    incident costs milliseconds at 10,000)."""
    joined = np.empty(int(keep.sum()) + len(new), dtype=object)
    joined[:len(joined) - len(new)] = np.array(old, dtype=object)[keep] if len(old) else []
    joined[len(joined) - len(new):] = list(new)
    return joined


def _commitments(connection, snap: ExerciseSnapshot, report: ChangeReport,
                 old_inc_ids: np.ndarray) -> tuple[ExerciseSnapshot, set]:
    """Commitments by id, their incident positions in the (possibly reordered) incidents; the incidents
    whose reaction times they change."""
    touched = report.keys("commitment")
    keep = ~np.isin(snap.com_ids, _int_array(sorted(touched))) if touched else np.ones(len(snap.com_ids), bool)
    kept_inc_ids = old_inc_ids[snap.com_inc[keep]] if len(snap.com_ids) else np.zeros(0, dtype=np.int64)
    dirty = set(old_inc_ids[snap.com_inc[~keep]].tolist()) if touched else set()
    wanted = report.keys("commitment", "created", "updated")
    rows = _columns(reading.commitment_rows(connection, wanted), 9) if wanted else [()] * 9
    if set(rows[0]) != set(wanted) - report.keys("commitment", "deleted"):
        raise _Unsure
    _check_times(rows[5], rows[6], rows[8])
    dirty |= set(rows[1])
    inc_pos = _positions_checked(snap.inc_ids, np.concatenate([kept_inc_ids, _int_array(rows[1])]))
    if not touched:
        return replace(snap, com_inc=inc_pos), dirty
    sig_pos = _positions_checked(snap.sig_ids, _int_array(rows[2]))
    if any(c not in _CATEGORY for c in rows[3]) or any(s not in _STATUS for s in rows[7]):
        raise _Unsure
    deploys = reading.instrument_deploys(connection) if wanted else {}
    ids = np.concatenate([snap.com_ids[keep], _int_array(rows[0])])
    order = np.argsort(ids, kind="stable")
    measure = _joined_texts(snap.com_measure, keep, rows[4])

    def joined(old: np.ndarray, new) -> np.ndarray:
        return np.concatenate([old[keep], np.asarray(new, dtype=old.dtype).reshape(-1)])[order]

    snap = replace(
        snap, com_ids=ids[order], com_inc=inc_pos[order], com_sig=joined(snap.com_sig, sig_pos),
        com_cat=joined(snap.com_cat, [_CATEGORY[c] for c in rows[3]]),
        com_measure=tuple(measure[order].tolist()),
        com_deploys=joined(snap.com_deploys, [bool(deploys.get(m)) for m in rows[4]]),
        com_announced=joined(snap.com_announced, _int_array(rows[5])),
        com_effective=joined(snap.com_effective, _int_array(rows[6])),
        com_status=joined(snap.com_status, [_STATUS[s] for s in rows[7]]),
        com_withdrawn=joined(snap.com_withdrawn, _int_array(rows[8])))
    return snap, dirty


def _positions_checked(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Positions of *wanted* in *ids*; every one must be there (a commitment of a deleted incident is not)."""
    positions = _find(ids, np.asarray(wanted, dtype=np.int64))
    if (positions < 0).any():
        raise _Unsure
    return positions


def _consultation_incidents(connection, report: ChangeReport) -> set:
    """The incidents whose attendance the edit changed (a deleted record's from what the report removed)."""
    deleted = report.keys("consultation", "deleted")
    removed = {record.values.get("id"): record.values.get("incident_id")
               for record in report.removed if record.table == "consultation"}
    if not deleted <= removed.keys():
        raise _Unsure
    incidents = {removed[key] for key in deleted}
    present = report.keys("consultation", "created", "updated") - deleted
    if present:
        found = reading.consultation_incidents(connection, present)
        if len(found) != len(present):
            raise _Unsure
        incidents |= {incident_id for _id, incident_id in found}
    return incidents


def _matrices(connection, snap: ExerciseSnapshot, reaction_rows: np.ndarray,
              consultation_rows: np.ndarray, *, owned: bool = False) -> ExerciseSnapshot:
    """Reaction and attendance rows of those incidents computed again, as build_snapshot computes them;
    *owned*: the matrices of *snap* are its own (not an earlier snapshot's) and may be changed."""
    def own(matrix: np.ndarray) -> np.ndarray:
        return matrix if owned else matrix.copy()

    changes: dict[str, Any] = {}
    if len(reaction_rows):
        reaction = own(snap.reaction_time)
        reaction[reaction_rows] = NO_TIME
        mine = np.isin(snap.com_inc, reaction_rows)
        np.minimum.at(reaction, (snap.com_inc[mine], snap.com_sig[mine]), snap.com_announced[mine])
        changes["reaction_time"] = reaction
    if len(consultation_rows):
        consultation, absent = own(snap.consultation_time), own(snap.consultation_absent)
        consultation[consultation_rows] = NO_TIME
        absent[consultation_rows] = False
        inc_col, sig_col, time_col = _int_columns(
            reading.consultation_rows(connection, snap.inc_ids[consultation_rows].tolist()), 3)
        _check_times(time_col)
        if len(inc_col):
            ci = _positions_checked(snap.inc_ids, inc_col)
            cs = _positions_checked(snap.sig_ids, sig_col)
            consultation[ci, cs] = time_col
            absent[ci, cs] = time_col == NO_TIME
        changes.update(consultation_time=consultation, consultation_absent=absent)
    return replace(snap, **changes) if changes else snap


def _provisions(connection):
    book = read_book(connection)
    if any(m.due == UNREADABLE_TIME for m in book.milestones) or any(d.at == UNREADABLE_TIME for d in book.deliveries):
        raise _Unsure   # the full load names the damage
    return book
