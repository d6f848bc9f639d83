"""The incidents of the exercise as the rows of a combo box, labelled only when shown.

A combo filled with one addItem per incident costs ~50 ms per 10,000 on every
edit; this model reads the snapshot, so an edit that keeps the incidents in
their order changes only the rows whose label changed (dataChanged), and one
that moves, adds or removes incidents resets it without building any row.
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
        self._labels: dict[int, str] = {}

    def set_snapshot(self, snap: ExerciseSnapshot | None) -> None:
        old = self._snap
        if old is not None and snap is not None and np.array_equal(old.inc_ids, snap.inc_ids):
            self._snap = snap
            changed = np.flatnonzero((old.inc_type != snap.inc_type) | (old.inc_severity != snap.inc_severity)
                                     | (old.inc_time != snap.inc_time))
            if old.type_names != snap.type_names or old.startex != snap.startex:
                changed = np.arange(snap.incident_count)
            for pos in changed.tolist():
                self._labels.pop(pos, None)
            if len(changed):
                first, last = self.index(int(changed[0]) + self._offset), self.index(int(changed[-1]) + self._offset)
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])
            return
        self.beginResetModel()
        self._snap, self._labels = snap, {}
        self.endResetModel()

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
            text = self._labels.get(pos)
            if text is None:
                text = self._labels[pos] = self._label(self._snap, pos)
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
