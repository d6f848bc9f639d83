"""The signatory roster as a Qt table model: a thin adapter over model.storage.reading.

Rows are addressed by signatory id; ``setData`` edits one field through an
UpdateCommand over ``update_signatory`` and reports a refusal with the
service's reason (``edit_refused``) instead of storing anything. An updated
signatory is refreshed in place (dataChanged), so editors, selection and
scroll position stay; additions and removals reset the model.
SORT_ROLE gives each column a key that sorts by meaning (hours as numbers,
dates as dates), for a QSortFilterProxyModel.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
import re

from PySide6.QtCore import (
    QModelIndex, QObject, QPersistentModelIndex,
    Qt, Signal,
)
from PySide6.QtGui import QColor

from gui.core.commands import UpdateCommand
from gui.core.i18n import QT_TR_NOOP, tr
from gui.core.table_model import FlatTableModel
from gui.core.document_bound import DocumentBound
from model.storage import reading
from model import services
from model.errors import ValidationError
from model.storage.reading import SignatoryRow
from model.services.changes import ChangeReport

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

CODE, NAME, NATO, EU, APPROVAL, LEAD_TIME, AGREEMENT, CONTACT = range(8)
# Marked for translation here, translated where shown (tr below).
_HEADERS = (QT_TR_NOOP("Code"), QT_TR_NOOP("Name"),
            QT_TR_NOOP("NATO"), QT_TR_NOOP("EU"),
            QT_TR_NOOP("Approval"), QT_TR_NOOP("Lead time"),
            QT_TR_NOOP("Signed"), QT_TR_NOOP("Contact"))
_HEADER_TIPS = (
    QT_TR_NOOP("ISO 3166 code of the state (or the organisation's code)"),
    QT_TR_NOOP("Signatory"),
    QT_TR_NOOP("Member of NATO"),
    QT_TR_NOOP("Member of the European Union"),
    QT_TR_NOOP("Parliamentary approval: does a military deployment need the parliament's prior approval?"),
    QT_TR_NOOP("Typical lead time of the parliamentary approval, in hours"),
    QT_TR_NOOP("Date the bilateral security agreement was signed"),
    QT_TR_NOOP("Point of contact of the delegation"),
)
_CENTRED = {CODE, NATO, EU, APPROVAL}
_NUMERIC = {LEAD_TIME}
CHECK_COLUMNS = (NATO, EU, APPROVAL)
TEXT_COLUMNS = (NAME, LEAD_TIME, AGREEMENT, CONTACT)
# The service field each editable column stores.
FIELDS = {NAME: "name", NATO: "nato", EU: "eu", APPROVAL: "approval_required", LEAD_TIME: "approval_lead_hours",
          AGREEMENT: "agreement_date", CONTACT: "contact"}


@dataclass(frozen=True)
class RefusedEdit:
    """An in-place edit the service refused: which cell, and the service's reason."""

    signatory_id: int
    code: str
    name: str
    column: int
    reason: str


def lead_time_text(row: SignatoryRow) -> str:
    if not row.approval_required and row.approval_lead_hours == 0:
        return tr("none")
    text = tr("{0} h").format(row.approval_lead_hours)
    return tr("{0} (assumed)").format(text) if row.lead_time_assumed else text


def _yes_no(flag: bool) -> str:
    return tr("Yes") if flag else tr("No")


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else "—"


class RosterModel(FlatTableModel):
    HEADERS, HEADER_TIPS = _HEADERS, _HEADER_TIPS

    edit_refused = Signal(object)    # RefusedEdit: shown beside the table, nothing stored
    edit_stored = Signal()           # an in-place edit went through

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._bound = DocumentBound(self, {"changed": self.on_changed})
        self._document = None
        self._rows: list[SignatoryRow] = []
        self._muted = QColor("#757575")

    # -- binding -------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self._bound.bind(document)
        self.reload()

    @property
    def document(self):
        return self._document

    def editable(self) -> bool:
        return self._document is not None and not self._document.file.read_only

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = reading.signatories(self._document.file) if self._document is not None else []
        self.endResetModel()

    def on_changed(self, report: ChangeReport) -> None:
        if not report.touches("signatory"):
            return
        rows = reading.signatories(self._document.file)
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            # Same signatories, new values: refresh in place so an open editor, the
            # selection and the scroll position stay where they are.
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))

    # -- reading -------------------------------------------------------------------
    def signatory(self, row: int) -> SignatoryRow:
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

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.editable():
            if index.column() in CHECK_COLUMNS:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            elif index.column() in TEXT_COLUMNS:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECK_COLUMNS:
            return Qt.CheckState.Checked if self._flag(row, column) else Qt.CheckState.Unchecked
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
    def _flag(row: SignatoryRow, column: int) -> bool:
        return (row.nato, row.eu, row.approval_required)[column - NATO]

    @classmethod
    def _is_negative(cls, row: SignatoryRow, column: int) -> bool:
        """A plain "No"/"none" is drawn muted so the Yes and the hours stand out."""
        if column in CHECK_COLUMNS:
            return not cls._flag(row, column)
        return column == LEAD_TIME and not row.approval_required and row.approval_lead_hours == 0

    def _display(self, row: SignatoryRow, column: int) -> str:
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
        if column == CONTACT:
            return row.contact
        return _date_text(row.agreement_date)

    def _edit_text(self, row: SignatoryRow, column: int):
        """What an editor starts from: the stored value as the user would type it."""
        if column == LEAD_TIME:
            return str(row.approval_lead_hours)
        if column == AGREEMENT:
            return row.agreement_date.isoformat() if row.agreement_date else ""
        if column in CHECK_COLUMNS:
            return self._flag(row, column)
        return self._display(row, column)

    @staticmethod
    def _sort_key(row: SignatoryRow, column: int):
        if column == LEAD_TIME:
            return row.approval_lead_hours
        if column == AGREEMENT:
            return row.agreement_date.toordinal() if row.agreement_date else 0
        if column in (NATO, EU, APPROVAL):
            return int((row.nato, row.eu, row.approval_required)[column - NATO])
        if column == CONTACT:
            return row.contact.casefold()
        return row.code if column == CODE else row.name.casefold()

    @staticmethod
    def _tooltip(row: SignatoryRow, column: int) -> str | None:
        if column == CONTACT:
            return row.contact or tr("No point of contact recorded (double-click to add one)")
        if column in (APPROVAL, LEAD_TIME, NAME):
            basis = row.approval_basis or tr("No source recorded for the approval rule.")
            if column == LEAD_TIME and row.lead_time_assumed and row.approval_lead_hours:
                return tr("Assumed lead time (not published).") + "\n" + basis
            return basis
        return None

    # -- editing -------------------------------------------------------------------
    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store one cell through an undo command; a refused value stores nothing."""
        column = index.column() if index.isValid() else -1
        if column not in FIELDS or not self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        row = self._rows[index.row()]
        if column in CHECK_COLUMNS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if new == self._flag(row, column):
                return True
        else:
            if role != Qt.ItemDataRole.EditRole:
                return False
            new = _typed(column, value)
            if ("" if new is None else new).strip() == str(self._edit_text(row, column)).strip():
                return True
        title = tr(_HEADERS[column])
        command = UpdateCommand(self._document, tr("Edit {0}: {1}").format(row.code, title),
                                partial(services.signatories.update_signatory, signatory_id=row.id), **{FIELDS[column]: new})
        error = self._document.try_execute(command)
        if error is None:
            self.edit_stored.emit()
            return True
        reason = error.message if isinstance(error, ValidationError) else str(error)
        self.edit_refused.emit(RefusedEdit(row.id, row.code, row.name, column, reason))
        self.dataChanged.emit(index, index)   # the cell shows the stored value again
        return False


def _typed(column: int, value):
    """The user's text as the service's keyword value; the service does the validating."""
    text = "" if value is None else str(value)
    if column == LEAD_TIME:
        # "72", "72 h" and "72h" all mean hours; anything else goes to the service as typed.
        match = re.fullmatch(r"\s*(-?\d+)\s*h?\s*", text)
        return match.group(1) if match else text
    if column == AGREEMENT:
        text = text.strip()
        return None if text in ("", "—") else text
    return text


def column_title(column: int) -> str:
    return tr(_HEADERS[column])
