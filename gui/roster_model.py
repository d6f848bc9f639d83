"""The signatory roster as a Qt table model: a thin adapter over model.queries.

Read-only for now; rows are addressed by signatory id so ``setData`` can call
the signatory service (through an undo command) when editing arrives.
SORT_ROLE gives each column a key that sorts by meaning (hours as numbers,
dates as dates), for a QSortFilterProxyModel.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from model import queries
from model.entities import Signatory
from model.services.changes import ChangeReport

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

CODE, NAME, NATO, EU, APPROVAL, LEAD_TIME, AGREEMENT = range(7)
# Marked for translation here, translated where shown (tr below).
_HEADERS = (QT_TRANSLATE_NOOP("RosterModel", "Code"), QT_TRANSLATE_NOOP("RosterModel", "Name"),
            QT_TRANSLATE_NOOP("RosterModel", "NATO"), QT_TRANSLATE_NOOP("RosterModel", "EU"),
            QT_TRANSLATE_NOOP("RosterModel", "Approval"), QT_TRANSLATE_NOOP("RosterModel", "Lead time"),
            QT_TRANSLATE_NOOP("RosterModel", "Signed"))
_HEADER_TIPS = (
    QT_TRANSLATE_NOOP("RosterModel", "ISO 3166 code of the state (or the organisation's code)"),
    QT_TRANSLATE_NOOP("RosterModel", "Signatory"),
    QT_TRANSLATE_NOOP("RosterModel", "Member of NATO"),
    QT_TRANSLATE_NOOP("RosterModel", "Member of the European Union"),
    QT_TRANSLATE_NOOP("RosterModel",
                      "Parliamentary approval: does a military deployment need the parliament's prior approval?"),
    QT_TRANSLATE_NOOP("RosterModel", "Typical lead time of the parliamentary approval, in hours"),
    QT_TRANSLATE_NOOP("RosterModel", "Date the bilateral security agreement was signed"),
)
_CENTRED = {CODE, NATO, EU, APPROVAL}
_NUMERIC = {LEAD_TIME}


def tr(text: str) -> str:
    return QCoreApplication.translate("RosterModel", text)


def lead_time_text(row: Signatory) -> str:
    if not row.approval_required and row.approval_lead_hours == 0:
        return tr("none")
    text = tr("{0} h").format(row.approval_lead_hours)
    return tr("{0} (assumed)").format(text) if row.lead_time_assumed else text


def _yes_no(flag: bool) -> str:
    return tr("Yes") if flag else tr("No")


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else "—"


class RosterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._document = None
        self._rows: list[Signatory] = []
        self._muted = QColor("#757575")

    # -- binding -------------------------------------------------------------------
    def set_document(self, document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self.on_changed)
        self._document = document
        if document is not None:
            document.changed.connect(self.on_changed)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = queries.signatories(self._document.file) if self._document is not None else []
        self.endResetModel()

    def on_changed(self, report: ChangeReport) -> None:
        # A restore can bring signatories back as dependants of something else.
        if report.entity == "signatory" or report.action == "restored":
            self.reload()

    # -- reading -------------------------------------------------------------------
    def signatory(self, row: int) -> Signatory:
        return self._rows[row]

    def row_of(self, signatory_id: int) -> int:
        for row, signatory in enumerate(self._rows):
            if signatory.id == signatory_id:
                return row
        return -1

    def row_of_code(self, code: str) -> int:
        for row, signatory in enumerate(self._rows):
            if signatory.code == code:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(_HEADER_TIPS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Editing arrives with the roster editor: add ItemIsEditable and setData then.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and self._is_negative(row, column):
            return self._muted
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in _CENTRED:
                return Qt.AlignmentFlag.AlignCenter
            if column in _NUMERIC:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    @staticmethod
    def _is_negative(row: Signatory, column: int) -> bool:
        """A plain "No"/"none" is drawn muted so the Yes and the hours stand out."""
        if column in (NATO, EU, APPROVAL):
            return not (row.nato, row.eu, row.approval_required)[column - NATO]
        return column == LEAD_TIME and not row.approval_required and row.approval_lead_hours == 0

    def _display(self, row: Signatory, column: int) -> str:
        if column == CODE:
            return row.code
        if column == NAME:
            return row.name
        if column == NATO:
            return _yes_no(row.nato)
        if column == EU:
            return _yes_no(row.eu)
        if column == APPROVAL:
            return _yes_no(row.approval_required)
        if column == LEAD_TIME:
            return lead_time_text(row)
        return _date_text(row.agreement_date)

    @staticmethod
    def _sort_key(row: Signatory, column: int):
        if column == LEAD_TIME:
            return row.approval_lead_hours
        if column == AGREEMENT:
            return row.agreement_date.toordinal() if row.agreement_date else 0
        if column in (NATO, EU, APPROVAL):
            return int((row.nato, row.eu, row.approval_required)[column - NATO])
        return row.code if column == CODE else row.name.casefold()

    @staticmethod
    def _tooltip(row: Signatory, column: int) -> str | None:
        if column in (APPROVAL, LEAD_TIME, NAME):
            basis = row.approval_basis or tr("No source recorded for the approval rule.")
            if column == LEAD_TIME and row.lead_time_assumed and row.approval_lead_hours:
                return tr("Assumed lead time (not published).") + "\n" + basis
            return basis
        return None
