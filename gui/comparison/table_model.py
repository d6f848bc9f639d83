"""The comparison as a Qt table: rows of measures (rows.py), one column per scenario, differences highlighted.

A thin adapter: the values are model/comparison's, judged by scenarios.py.
``show`` takes a fresh set of columns; while the rows stay the same (a drag
step, a clock tick) it only signals that the values changed, so the view
keeps its scroll position and current cell: on a drag step, the rows of the
incidents whose values did not change (all but the dragged one), and the rows
painted before that read as they did, are left alone.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from gui.comparison.chart import letter
import numpy as np

from gui.comparison.rows import HIGHER_BETTER, NEUTRAL, Row, build_rows, structure
from gui.comparison.scenarios import Column
from gui.core.style import STATUS_COLOURS
from model.engine import MET, MISSED

ABOUT_ROLE = Qt.ItemDataRole.UserRole            # ("incident" | "signatory", id) or None
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1        # the comparable value of a cell
TERMS_ROLE = Qt.ItemDataRole.UserRole + 2        # the column's treaty option id
MARK_ROLE = Qt.ItemDataRole.UserRole + 3         # "best" | "worst" | "differs" | ""
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 4      # the column's branch outcome id, None: as the timeline shows

UPDATE_MOST_CELLS = 200      # see show()
HEADING_FILL = QColor("#e6ecf1")
DIFFERS_FILL = QColor("#fff4d6")                 # a row whose options disagree


def _tint(colour: QColor, alpha: int) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


BEST_FILL = _tint(STATUS_COLOURS[MET], 60)
WORST_FILL = _tint(STATUS_COLOURS[MISSED], 55)


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per row of two equally shaped arrays: equal everywhere (NaN equal to NaN)."""
    equal = (a == b) | (np.isnan(a) & np.isnan(b)) if a.dtype.kind == "f" else a == b
    return equal.reshape(len(a), -1).all(axis=1)


def changed_incidents(old: Sequence[Any], new: Sequence[Any]) -> set[int] | None:
    """Ids of the incidents whose rows may read differently in *new* than in *old* (OptionResults, column by
    column), or None when anything may have changed (other incidents, roster or exercise)."""
    if len(old) != len(new) or not new:
        return None
    changed: set[int] = set()
    for was, now in zip(old, new):
        a, b = was.assessment.snapshot, now.assessment.snapshot
        if not (a.inc_ids is b.inc_ids or np.array_equal(a.inc_ids, b.inc_ids)) or a.startex != b.startex \
                or a.type_codes != b.type_codes or was.first_effective_s.shape != now.first_effective_s.shape:
            return None
        # What an incident's rows read: its label (time, type, severity), its parties bound, its first measures.
        same = ((a.inc_time == b.inc_time) & (a.inc_type == b.inc_type) & (a.inc_severity == b.inc_severity)
                & _same(was.parties_bound, now.parties_bound) & _same(was.first_effective_s, now.first_effective_s))
        changed.update(b.inc_ids[~same].tolist())
    return changed


def _rank_key(value) -> object:
    return value if not isinstance(value, bool) else int(value)


class ComparisonTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.columns: list[Column] = []
        self.rows: list[Row] = []
        self._structure: tuple = ()
        self._marks: dict[int, tuple[str, ...]] = {}
        self._old_marks: dict[int, tuple[str, ...]] = {}
        self._row_incident = np.zeros(0, dtype=np.int64)
        self._row_heading = np.zeros(0, dtype=bool)
        self.outcome_labels: dict[int, str] = {}      # outcome id -> "Question: outcome", for the tooltips

    # -- feeding ---------------------------------------------------------------------------
    def show(self, columns: Sequence[Column]) -> None:
        results = [c.result for c in columns]
        shape = (tuple(c.scenario for c in columns), tuple(c.title for c in columns), structure(results))
        self._old_marks, self._marks = self._marks, {}
        if shape != self._structure:
            self.beginResetModel()
            self.columns = list(columns)
            self.rows = build_rows(results) if results else []
            # Per row, the incident it is about (-1: about the whole exercise or a signatory).
            self._row_incident = np.array([r.about[1] if r.about is not None and r.about[0] == "incident" else -1
                                           for r in self.rows], dtype=np.int64)
            self._row_heading = np.array([r.heading for r in self.rows], dtype=bool)
            self._structure = shape
            self.endResetModel()
            return
        old, self.columns = self.columns, list(columns)
        if not self.rows:
            return
        changed = changed_incidents([c.result for c in old], results)
        if changed is None:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns)))
            return
        # Rows about an incident read only that incident's values: those of the unchanged ones stay as
        # painted (a drag step changes one incident of a thousand), with the marks worked out for them.
        stale = (self._row_incident < 0) | np.isin(self._row_incident, np.fromiter(changed, dtype=np.int64))
        stale &= ~self._row_heading
        self._marks = {row: marks for row, marks in self._old_marks.items() if not stale[row]}
        # Of the rows about the whole exercise or a signatory, those painted before that read as they did
        # (most of them on a drag step: the counts and medians move now and then) are not painted again:
        # repainting the table's visible rows was a third of a drag step's time with the comparison open.
        for row in np.flatnonzero(stale & (self._row_incident < 0)).tolist():
            marks = self._old_marks.get(row)
            if marks is not None and self._reads_as_before(row, old, marks):
                stale[row] = False
        edges = np.flatnonzero(np.diff(np.concatenate([[False], stale, [False]]).astype(np.int8)))
        last = len(self.columns)
        # Qt repaints the whole viewport for a range of more than 200 cells rather than work out where it
        # is: the per-signatory rows, off screen below a thousand incidents' rows, go in smaller ranges.
        chunk = max(1, UPDATE_MOST_CELLS // (last + 1))
        for start, end in zip(edges[::2].tolist(), edges[1::2].tolist()):
            for first in range(start, end, chunk):
                self.dataChanged.emit(self.index(first, 0), self.index(min(end, first + chunk) - 1, last))

    def _reads_as_before(self, row: int, old: Sequence[Column], old_marks: tuple[str, ...]) -> bool:
        """Whether *row* reads under the columns shown as it did under *old* (painted with *old_marks*)."""
        if self.row_marks(row) != old_marks:
            return False
        text = self.rows[row].text
        return text is None or all(text(was.result) == text(now.result) for was, now in zip(old, self.columns))

    @property
    def snapshot(self):
        return self.columns[0].result.assessment.snapshot if self.columns else None

    @property
    def snapshots(self) -> tuple:
        """Each column's record (columns crossed with outcomes judge different incidents)."""
        return tuple(c.result.assessment.snapshot for c in self.columns)

    # -- reading ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.columns else len(self.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Measure") if section == 0 else f"{letter(section - 1)}  {self.columns[section - 1].title}"
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            column = self.columns[section - 1]
            if column.scenario.outcome_id is not None:
                return self.tr("Judged under the treaty option '{0}' on the branch '{1}'").replace(
                    "{0}", column.result.name).replace("{1}", self.outcome_labels.get(column.scenario.outcome_id, ""))
            return self.tr("Judged under the treaty option '{0}'").replace("{0}", column.title)
        return None

    def row_marks(self, row: int) -> tuple[str, ...]:
        """Per column: "best", "worst", "differs" or "" (the same everywhere, or nothing to compare)."""
        marks = self._marks.get(row)
        if marks is not None:
            return marks
        spec = self.rows[row]
        n = len(self.columns)
        values = [spec.value(c.result) for c in self.columns] if spec.value is not None else [None] * n
        marked = [""] * n
        if spec.value is not None and len({repr(v) for v in values}) > 1:
            marked = ["differs"] * n
            ranked = [(v, k) for k, v in enumerate(values) if v is not None]
            if spec.better != NEUTRAL and len(ranked) > 1:
                keys: list[Any] = [_rank_key(v) for v, _ in ranked]
                if all(isinstance(key, (int, float, tuple)) for key in keys):
                    best = max(keys) if spec.better == HIGHER_BETTER else min(keys)
                    worst = min(keys) if spec.better == HIGHER_BETTER else max(keys)
                    for (_v, k), key in zip(ranked, keys):
                        marked[k] = "best" if key == best else "worst" if key == worst else "differs"
        self._marks[row] = tuple(marked)
        return self._marks[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        spec = self.rows[index.row()]
        column = index.column()
        if role == ABOUT_ROLE:
            return spec.about
        if column == 0:
            return self._label_data(index.row(), spec, role)
        result = self.columns[column - 1].result
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if spec.text is None else spec.text(result)
        if role == VALUE_ROLE:
            return None if spec.value is None else spec.value(result)
        if role == TERMS_ROLE:
            return self.columns[column - 1].scenario.terms_id
        if role == OUTCOME_ROLE:
            return self.columns[column - 1].scenario.outcome_id
        if spec.heading:
            return HEADING_FILL if role == Qt.ItemDataRole.BackgroundRole else None
        mark = self.row_marks(index.row())[column - 1]
        if role == MARK_ROLE:
            return mark
        if role == Qt.ItemDataRole.BackgroundRole:
            return {"best": BEST_FILL, "worst": WORST_FILL, "differs": DIFFERS_FILL}.get(mark)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"best": self.tr("The best of the options compared"),
                    "worst": self.tr("The worst of the options compared"),
                    "differs": self.tr("The options compared differ here")}.get(mark) or None
        return None

    def _label_data(self, row: int, spec: Row, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            label = spec.label_on(self.snapshots)
            return f"    {label}" if spec.indent else label
        if role == Qt.ItemDataRole.FontRole and spec.heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if spec.heading:
                return HEADING_FILL
            return DIFFERS_FILL if any(self.row_marks(row)) else None
        if role == Qt.ItemDataRole.ToolTipRole and spec.about is not None:
            return self.tr("Click a value to show this on the timeline under that option")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
