"""The import preview: the rows of an MSEL file as they would be stored, refused cells marked.

A thin table model over an ImportPlan (model/msel/importing.py); one column per
mapped inject field, rows labelled with their row number in the file.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gui.core.i18n import tr

from model.display_names import display_name
from model.i18n import month_abbr
from model.msel.columns import IMPORT_FIELDS, field_label
from model.msel.importing import ImportPlan, shown
from model.timeutil import format_relative

ERROR_FILL = QColor("#ffcdd2")
NOTICE_FILL = QColor("#ffe0b2")   # valid, but worth a look: before STARTEX, after ENDEX


class PreviewModel(QAbstractTableModel):
    """The rows as they would be imported: one column per mapped field; refused cells show what the file holds."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.fields: list[str] = []
        self._problems: dict[tuple[int, str], str] = {}
        self._startex = None

    def set_plan(self, plan: ImportPlan, startex) -> None:
        self.beginResetModel()
        self.plan, self._startex = plan, startex
        mapped = {f for f in plan.mapping.values() if f is not None}
        self.fields = [f for f in IMPORT_FIELDS if f in mapped]
        if plan.kept:
            self.fields.append("additional_fields")   # the unmapped columns, kept with each inject
        self._problems = {}
        for problem in plan.problems:
            name = plan.mapping.get(problem.column) if problem.column is not None else None
            if problem.row is not None and name is not None:
                self._problems.setdefault((problem.row, name), problem.message)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def cell_of(self, row_number: int, field: str) -> QModelIndex:
        rows = [r.number for r in self.plan.rows] if self.plan else []
        if row_number not in rows or field not in self.fields:
            return QModelIndex()
        return self.index(rows.index(row_number), self.fields.index(field))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plan is None:
            return None
        row, name = self.plan.rows[index.row()], self.fields[index.column()]
        problem = self._problems.get((row.number, name))
        if role == Qt.ItemDataRole.DisplayRole:
            # The branch point asked for is shown by the question the sheet names, not by its id.
            if name in row.failed or name not in row.values or name == "asks_branch_point_id":
                column = self.plan.column_of(name)
                # row.sheet_row: blank rows and helper lists were skipped, so rows no longer match the table's
                raw = row.sheet_row.cells[column] if column is not None else None
                return "" if raw is None else shown(raw)
            return self._display(name, row.values[name])
        if role == Qt.ItemDataRole.ToolTipRole and name == "additional_fields":
            return "\n".join(f"{k}: {v}" for k, v in row.values.get(name, {}).items()) or None
        flagged = name == "scenario_time" and bool(row.notices)
        if role == Qt.ItemDataRole.BackgroundRole and (problem or name in row.failed):
            return QBrush(ERROR_FILL)
        if role == Qt.ItemDataRole.BackgroundRole and flagged:
            return QBrush(NOTICE_FILL)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return problem
            lines = [tr("Understood as {0}").format(row.notations[name])] if name in row.notations else []
            if flagged:
                lines += [tr("The inject {0}").format(notice) for notice in row.notices]
            return "\n".join(lines) or None
        return None

    def _display(self, name: str, value) -> str:
        if value is None:
            return ""
        if name in ("scenario_time", "delivery_time"):
            return f"{format_relative(value, self._startex)} · {value:%d} {month_abbr(value)} {value:%H:%M}Z"
        if name in ("incident_type", "inject_type"):
            return display_name(name, value)
        if name == "additional_fields":
            return " · ".join(f"{k}: {' '.join(v.split())}" for k, v in value.items())
        return " ".join(str(value).split())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical and self.plan \
                and section < len(self.plan.rows) and self.plan.rows[section].notices:
            return "\n".join(tr("The inject {0}").format(n) for n in self.plan.rows[section].notices)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.fields):
                return None
            name = self.fields[section]
            return tr("Additional fields") if name == "additional_fields" else field_label(name)
        return str(self.plan.rows[section].number) if self.plan and section < len(self.plan.rows) else None
