"""Thin Qt table models over the evaluation records: objectives, observations, improvement plan.

Each reloads from model.queries when a change report names its
table (or anything was restored); rows are addressed by id so the dock can
keep the selection across reloads.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QColor, QFont

from gui.core.i18n import QT_TR_NOOP, tr
from gui.core.marking_banner import readable_text_colour
from model import queries
from model.conduct_entities import rating_name
from model.timeutil import format_relative, from_epoch

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RATING_COLOURS = {"P": "#2e7d32", "S": "#9e9d24", "M": "#ef6c00", "U": "#c62828"}
OBSERVATION_KIND_TITLES = {"strength": QT_TR_NOOP("Strength"),
                           "improvement": QT_TR_NOOP("Area for improvement"),
                           "note": QT_TR_NOOP("Note")}


def observation_kind_title(kind: str) -> str:
    return tr(OBSERVATION_KIND_TITLES[kind])
_OBSERVATION_KIND_COLOURS = {"strength": "#2e7d32", "improvement": "#c62828", "note": "#616161"}


def rating_title(rating: str | None) -> str:
    """``P — Performed without challenges``; ``Not rated`` for None."""
    return f"{rating} — {rating_name(rating)}" if rating else rating_name(None)


class RecordTable(QAbstractTableModel):
    """Rows of detached entities, columns given as (title, tip, text-of-row) triples."""

    entity = ""
    headers: tuple[tuple[str, str], ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._document = None
        self._rows: list = []

    def set_document(self, document) -> None:
        self._document = document
        self.reload()

    def fetch(self) -> list:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.fetch() if self._document is not None else []
        self.endResetModel()

    def record(self, row: int):
        return self._rows[row]

    def row_of(self, item_id: int | None) -> int:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.headers[section][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(self.headers[section][1])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        return self.decoration(item, index.column(), role)

    def text(self, item, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, item, column: int) -> str | None:
        text = self.text(item, column)
        return text if len(text) > 30 else None

    def decoration(self, item, column: int, role: int):
        return None


class ObjectiveModel(RecordTable):
    entity = "objective"
    CODE, TITLE, CAPABILITY, RATING = range(4)
    headers = ((QT_TR_NOOP("Code"), QT_TR_NOOP("Objective code")),
               (QT_TR_NOOP("Objective"), QT_TR_NOOP("What the exercise tests")),
               (QT_TR_NOOP("Capability"), QT_TR_NOOP("Capability the objective exercises")),
               (QT_TR_NOOP("Rating"),
                QT_TR_NOOP("P performed without challenges, S with some challenges, "
                                                     "M with major challenges, U unable to be performed")))

    def fetch(self) -> list:
        return queries.objectives(self._document.file)

    def text(self, item, column: int) -> str:
        if column == self.RATING:
            return item.rating or "—"
        return (item.code, item.title, item.capability)[column]

    def tooltip(self, item, column: int) -> str | None:
        if column == self.RATING:
            tip = rating_title(item.rating)
            return tip + (f"\n{item.rating_note}" if item.rating_note else "")
        if column == self.TITLE and item.critical_tasks:
            return f"{item.title}\n\n" + tr("Critical tasks:") + f"\n{item.critical_tasks}"
        return super().tooltip(item, column)

    def decoration(self, item, column: int, role: int):
        if column != self.RATING:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if not item.rating:
            return None
        colour = QColor(RATING_COLOURS[item.rating])
        if role == Qt.ItemDataRole.BackgroundRole:
            return colour
        if role == Qt.ItemDataRole.ForegroundRole:
            return readable_text_colour(colour)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ObservationModel(RecordTable):
    entity = "observation"
    KIND, TEXT, LOG, AUTHOR, WHEN = range(5)
    headers = ((QT_TR_NOOP("Kind"), QT_TR_NOOP("Strength, area for improvement or note")),
               (QT_TR_NOOP("Observation"), QT_TR_NOOP("What the evaluator saw")),
               (QT_TR_NOOP("Log"), QT_TR_NOOP("The log entry the observation refers to")),
               (QT_TR_NOOP("Author"), QT_TR_NOOP("Evaluator")),
               (QT_TR_NOOP("Scenario"), QT_TR_NOOP("Scenario time of the observation")))

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.objective_id: int | None = None

    def show_objective(self, objective_id: int | None) -> None:
        self.objective_id = objective_id
        self.reload()

    def fetch(self) -> list:
        if self.objective_id is None:
            return []
        return queries.observations(self._document.file, self.objective_id)

    def text(self, item, column: int) -> str:
        if column == self.KIND:
            return observation_kind_title(item.kind)
        if column == self.TEXT:
            return item.text
        if column == self.LOG:
            return f"#{item.log_entry_id}" if item.log_entry_id is not None else ""
        if column == self.AUTHOR:
            return item.author
        return format_relative(item.scenario_time, from_epoch(self._document.snapshot.startex))

    def tooltip(self, item, column: int) -> str | None:
        if column == self.LOG and item.log_entry_id is not None:
            entry = queries.log_entry(self._document.file, item.log_entry_id)
            return tr("Log entry #{0}: {1}").format(item.log_entry_id, entry.text) if entry else None
        return super().tooltip(item, column)

    def decoration(self, item, column: int, role: int):
        if column == self.KIND and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(_OBSERVATION_KIND_COLOURS[item.kind])
        return None


class ImprovementModel(RecordTable):
    entity = "improvement_item"
    OBJECTIVE, ISSUE, ACTION, CAPABILITY, ORG, CONTACT, START, END = range(8)
    headers = ((QT_TR_NOOP("Objective"), QT_TR_NOOP("Objective the issue belongs to")),
               (QT_TR_NOOP("Issue"), QT_TR_NOOP("Issue or area for improvement")),
               (QT_TR_NOOP("Corrective action"), QT_TR_NOOP("What will be done about it")),
               (QT_TR_NOOP("Capability"), QT_TR_NOOP("Capability element")),
               (QT_TR_NOOP("Responsible"), QT_TR_NOOP("Responsible organisation")),
               (QT_TR_NOOP("Contact"), QT_TR_NOOP("Point of contact")),
               (QT_TR_NOOP("Start"), QT_TR_NOOP("Start date")),
               (QT_TR_NOOP("Completion"), QT_TR_NOOP("Completion date")))

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._objective_codes: dict[int, str] = {}

    def fetch(self) -> list:
        self._objective_codes = {o.id: o.code for o in queries.objectives(self._document.file)}
        return queries.improvement_items(self._document.file)

    def text(self, item, column: int) -> str:
        if column == self.OBJECTIVE:
            return self._objective_codes.get(item.objective_id, "—")
        if column in (self.START, self.END):
            value = item.start_date if column == self.START else item.completion_date
            return value.isoformat() if value else ""
        return (None, item.issue, item.corrective_action, item.capability, item.responsible_org,
                item.point_of_contact)[column]
