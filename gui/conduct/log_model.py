"""The exercise log as a Qt table model, and the filter the log dock puts over it.

The log only ever grows, so the model appends: ``refresh`` fetches the
entries after the last id it holds (model.queries.log_entries) and inserts
them at the bottom. A correction also repaints the entry it corrects.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex, QObject, QPersistentModelIndex,
    QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QColor, QFont

from gui.core.i18n import QT_TR_NOOP, tr
from gui.core.table_model import FlatTableModel
from model import queries
from model.entities import LogEntry
from model.timeutil import format_relative, from_epoch
from model.timezones import clock_text

NUMBER, SCENARIO, WALL, AUTHOR, KIND, TEXT, CORRECTS = range(7)
_HEADERS = (QT_TR_NOOP("#"), QT_TR_NOOP("Scenario"),
            QT_TR_NOOP("Wall (UTC)"), QT_TR_NOOP("Author"),
            QT_TR_NOOP("Kind"), QT_TR_NOOP("Entry"),
            QT_TR_NOOP("Corrects"))
_HEADER_TIPS = (
    QT_TR_NOOP("Number of the entry in the log (entries are never removed or renumbered)"),
    QT_TR_NOOP("Scenario time of the entry: day relative to STARTEX and clock time"),
    QT_TR_NOOP("Wall-clock time (UTC) when the entry was written"),
    QT_TR_NOOP("Who wrote the entry"),
    QT_TR_NOOP("Decision, commitment, attendance, note, correction, clock, inject or edit"),
    QT_TR_NOOP("What happened"),
    QT_TR_NOOP("The earlier entry this correction corrects"),
)
# Kind names as shown; the stored kinds are the model's LOG_KINDS.
KIND_TITLES = {
    "decision": QT_TR_NOOP("Decision"),
    "commitment": QT_TR_NOOP("Commitment"),
    "attendance": QT_TR_NOOP("Attendance"),
    "note": QT_TR_NOOP("Note"),
    "correction": QT_TR_NOOP("Correction"),
    "clock": QT_TR_NOOP("Clock"),
    "inject": QT_TR_NOOP("Inject"),
    "edit": QT_TR_NOOP("Edit"),
}
# Kinds a person wrote stand out from what the program logged by itself.
_PLAY_KINDS = {"decision", "commitment", "attendance", "correction", "note"}
KIND_COLOURS = {"decision": "#1565c0", "commitment": "#2e7d32", "attendance": "#00838f",
                "correction": "#ad1457", "note": "#6d4c41"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


def kind_title(kind: str) -> str:
    return tr(KIND_TITLES.get(kind, kind))


class LogModel(FlatTableModel):
    HEADERS, HEADER_TIPS = _HEADERS, _HEADER_TIPS

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._document = None
        self._rows: list[LogEntry] = []
        self._row_of: dict[int, int] = {}
        self._corrected_by: dict[int, list[int]] = {}
        self._startex = None
        self._muted = QColor("#757575")
        self._bold = QFont()
        self._bold.setBold(True)

    # -- binding ------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self.beginResetModel()
        self._rows, self._row_of, self._corrected_by = [], {}, {}
        self.endResetModel()
        self.refresh()

    def refresh(self) -> int:
        """Append the entries written since the last refresh; returns how many arrived."""
        if self._document is None:
            return 0
        self._startex = from_epoch(self._document.snapshot.startex)
        new = queries.log_entries(self._document.file, self.last_id())
        if not new:
            return 0
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for offset, entry in enumerate(new):
            self._rows.append(entry)
            self._row_of[entry.id] = first + offset
        self.endInsertRows()
        for entry in new:
            if entry.refers_to is not None:
                self._corrected_by.setdefault(entry.refers_to, []).append(entry.id)
                row = self._row_of.get(entry.refers_to)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, CORRECTS))
        return len(new)

    def restamp(self) -> None:
        """STARTEX moved: every scenario time reads differently."""
        if self._document is not None and self._rows:
            self._startex = from_epoch(self._document.snapshot.startex)
            self.dataChanged.emit(self.index(0, SCENARIO), self.index(len(self._rows) - 1, SCENARIO))

    # -- reading ------------------------------------------------------------------------
    def last_id(self) -> int:
        return self._rows[-1].id if self._rows else 0

    def entry(self, row: int) -> LogEntry:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int:
        return self._row_of.get(entry_id, -1)

    def corrected_by(self, entry_id: int) -> list[int]:
        return list(self._corrected_by.get(entry_id, ()))

    def scenario_text(self, entry: LogEntry) -> str:
        return format_relative(entry.scenario_time, self._startex, seconds=True)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == ID_ROLE:
            return entry.id
        if role == KIND_ROLE:
            return entry.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._corrected_by.get(entry.id) or column in (NUMBER, WALL):
                return self._muted
            if column == KIND and entry.kind in KIND_COLOURS:
                return QColor(KIND_COLOURS[entry.kind])
        if role == Qt.ItemDataRole.FontRole:
            if column == KIND and entry.kind in _PLAY_KINDS:
                return self._bold
            if column == TEXT and self._corrected_by.get(entry.id):
                font = QFont()
                font.setStrikeOut(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _display(self, entry: LogEntry, column: int) -> str:
        if column == NUMBER:
            return str(entry.id)
        if column == SCENARIO:
            return self.scenario_text(entry)
        if column == WALL:
            return f"{entry.wall_time:%H:%M:%S}"
        if column == AUTHOR:
            return entry.author
        if column == KIND:
            return kind_title(entry.kind)
        if column == TEXT:
            return entry.text
        return tr("corrects #{0}").format(entry.refers_to) if entry.refers_to is not None else ""

    def _tooltip(self, entry: LogEntry, column: int) -> str:
        if column == WALL:
            return f"{entry.wall_time:%Y-%m-%d %H:%M:%S} UTC"
        if column == SCENARIO:
            return clock_text(entry.scenario_time, seconds=True)
        tip = entry.text
        later = self._corrected_by.get(entry.id)
        if later:
            tip += "\n" + tr("Corrected by entry {0}").format(", ".join(f"#{n}" for n in later))
        return tip


class LogFilter(QSortFilterProxyModel):
    """Shows the entries of one kind (or all) whose text or author contains the filter text."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._kind: str | None = None
        self._text = ""

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return self._kind is not None or bool(self._text)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        entry = self.sourceModel().entry(source_row)
        if self._kind is not None and entry.kind != self._kind:
            return False
        if self._text:
            return self._text in entry.text.casefold() or self._text in entry.author.casefold() \
                or self._text == f"#{entry.id}"
        return True
