"""The incidents of the exercise as the rows of a combo box, labelled only when shown.

A combo filled with one addItem per incident costs ~50 ms per 10,000 on every
edit; this model reads the snapshot, so an edit changes only the rows it
touched: a relabelled incident is dataChanged, a moved one rowsMoved, an added
or removed one rowsInserted / rowsRemoved (the combo keeps its choice); only
an edit of several incidents at once resets it, still without building any row.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from model.snapshot import ExerciseSnapshot

ID_ROLE = Qt.ItemDataRole.UserRole   # what QComboBox.currentData() and itemData() read


class IncidentChoices(QAbstractListModel):
    def __init__(self, label: Callable[[ExerciseSnapshot, int], str], *, placeholder: str | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._label = label                  # (snapshot, position) -> the row's text
        self._placeholder = placeholder      # a first row meaning "none", with no id
        self._offset = 1 if placeholder is not None else 0
        self._snap: ExerciseSnapshot | None = None
        self._labels: dict[int, str] = {}   # by incident id: a move or an insertion keeps the others'

    def set_snapshot(self, snap: ExerciseSnapshot | None) -> None:
        old = self._snap
        step = _one_step(old.inc_ids, snap.inc_ids) if old is not None and snap is not None else None
        if step is None:
            self.beginResetModel()
            self._snap, self._labels = snap, {}
            self.endResetModel()
            return
        assert old is not None and snap is not None
        kind, first, last = step
        top = QModelIndex()
        if kind == "insert":
            self.beginInsertRows(top, first + self._offset, first + self._offset)
            self._snap = snap
            self.endInsertRows()
        elif kind == "remove":
            self.beginRemoveRows(top, first + self._offset, first + self._offset)
            self._snap = snap
            self.endRemoveRows()
        elif kind == "move":
            # One incident moved from position *first* to *last* in time order.
            destination = last + 1 if last > first else last
            self.beginMoveRows(top, first + self._offset, first + self._offset, top, destination + self._offset)
            self._snap = snap
            self.endMoveRows()
        else:
            self._snap = snap
        self._relabel(old, snap)

    def _relabel(self, old: ExerciseSnapshot, snap: ExerciseSnapshot) -> None:
        """dataChanged for the rows whose label may read differently (labels are kept by incident id)."""
        if old.type_names != snap.type_names or old.startex != snap.startex:
            self._labels = {}
            changed = np.arange(snap.incident_count)
        else:
            before = _positions_of(old.inc_ids, snap.inc_ids)
            there = before >= 0
            changed = np.flatnonzero(~there)
            kept, was = np.flatnonzero(there), before[there]
            differs = ((old.inc_type[was] != snap.inc_type[kept]) | (old.inc_severity[was] != snap.inc_severity[kept])
                       | (old.inc_time[was] != snap.inc_time[kept]))
            changed = np.sort(np.concatenate([changed, kept[differs]]))   # (np.union1d imports numpy.ma)
            for incident_id in snap.inc_ids[changed].tolist():
                self._labels.pop(incident_id, None)
            if len(self._labels) > 2 * snap.incident_count + 64:   # removed incidents' labels
                self._labels = {}
        if len(changed):
            first, last = self.index(int(changed[0]) + self._offset), self.index(int(changed[-1]) + self._offset)
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return self._offset + (self._snap.incident_count if self._snap is not None else 0)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if self._placeholder is not None and row == 0:
            return self._placeholder if role == Qt.ItemDataRole.DisplayRole else None
        pos = row - self._offset
        if self._snap is None or not 0 <= pos < self._snap.incident_count:
            return None
        if role == ID_ROLE:
            return int(self._snap.inc_ids[pos])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            incident_id = int(self._snap.inc_ids[pos])
            text = self._labels.get(incident_id)
            if text is None:
                text = self._labels[incident_id] = self._label(self._snap, pos)
            return text
        return None

    def row_of(self, incident_id: int | None) -> int:
        """The row showing that incident (the placeholder's, or -1, if it is not there)."""
        if incident_id is None or self._snap is None:
            return 0 if self._placeholder is not None else -1
        hits = np.flatnonzero(self._snap.inc_ids == incident_id)
        if len(hits):
            return int(hits[0]) + self._offset
        return 0 if self._placeholder is not None else -1


def _positions_of(old_ids: np.ndarray, new_ids: np.ndarray) -> np.ndarray:
    """Position in *old_ids* of each of *new_ids*, -1 where it is not there."""
    found = np.full(len(new_ids), -1, dtype=np.int64)
    if not len(old_ids) or not len(new_ids):
        return found
    top = int(max(old_ids.max(), new_ids.max()))
    if old_ids.min() >= 0 and new_ids.min() >= 0 and top <= 4 * len(old_ids) + 1024:
        # Ids are row ids, about as many as the rows: a table by id finds them without sorting
        # (sorting 10,000 ids cost each incident combo box 0.2 ms of every edit, this 0.03 ms).
        lookup = np.full(top + 1, -1, dtype=np.int64)
        lookup[old_ids] = np.arange(len(old_ids))
        return lookup[new_ids]
    by_id = np.argsort(old_ids, kind="stable")
    at = by_id[np.searchsorted(old_ids, new_ids, sorter=by_id).clip(0, len(old_ids) - 1)]
    hit = old_ids[at] == new_ids
    found[hit] = at[hit]
    return found


def _one_step(old: np.ndarray, new: np.ndarray) -> tuple[str, int, int] | None:
    """How *new* (incident ids in time order) follows from *old* in one row operation: ("same", 0, 0),
    ("insert", at, at), ("remove", at, at) or ("move", from, to); None when it takes more (a reset)."""
    n_old, n_new = len(old), len(new)
    common = min(n_old, n_new)
    differ = np.flatnonzero(old[:common] != new[:common])
    if n_new == n_old:
        if not len(differ):
            return ("same", 0, 0)
        a, b = int(differ[0]), int(differ[-1])
        if new[b] == old[a] and np.array_equal(new[a:b], old[a + 1:b + 1]):
            return ("move", a, b)
        if new[a] == old[b] and np.array_equal(new[a + 1:b + 1], old[a:b]):
            return ("move", b, a)
        return None
    if abs(n_new - n_old) != 1:
        return None
    at = int(differ[0]) if len(differ) else common
    if n_new > n_old and np.array_equal(new[at + 1:], old[at:]):
        return ("insert", at, at)
    if n_new < n_old and np.array_equal(new[at:], old[at + 1:]):
        return ("remove", at, at)
    return None
