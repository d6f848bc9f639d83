"""Who is a party to the option being edited, and from when: signed, ratified or in force.

A table of the roster (a party is ticked; how and from when it is bound beside
it) and, for the current row, the basis and the date. Every change is one undo
command (gui/terms/commands.py) over model/services/parties.py. A party whose
parliament must ratify is bound only from ratification, so "ratified" and "in
force" need their date; "signed" may count from the agreement date.
"""
from __future__ import annotations

from datetime import datetime, time, timezone

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QTableView,
    QVBoxLayout, QWidget,
)

from gui.core.i18n import QT_TR_NOOP, tr
from gui.terms.commands import RemovePartyCommand, SetPartyCommand
from model import queries
from model.i18n import month_abbr
from model.vocabulary import PARTY_BASES


def basis_word(basis: str) -> str:
    return {"signed": tr("signed"), "ratified": tr("ratified"), "in_force": tr("in force")}.get(basis, basis)


def _day(value) -> str:
    """``03 Mar 2026`` (``03 mar 2026``): strftime's %b would be the C locale's month, not the language's."""
    return f"{value:%d} {month_abbr(value)} {value:%Y}"


class PartiesModel(QAbstractTableModel):
    """Rows: the roster; the party column is checkable; a tick asks the panel for a command."""

    toggled = Signal(int, bool)      # signatory id, wanted as a party
    HEADERS = (QT_TR_NOOP("Code"), QT_TR_NOOP("Signatory"), QT_TR_NOOP("Party"), QT_TR_NOOP("Bound on"),
               QT_TR_NOOP("From"))

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list = []                 # (signatory, party row or None)

    def load(self, signatories, parties) -> None:
        by_signatory = {p.signatory_id: p for p in parties}
        self.beginResetModel()
        self.rows = [(s, by_signatory.get(s.id)) for s in signatories]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        signatory, party = self.rows[index.row()]
        column = index.column()
        if column == 2 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if party is not None else Qt.CheckState.Unchecked
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return signatory.code
        if column == 1:
            return signatory.name
        if party is None:
            return "" if column == 2 else "–"
        if column == 3:
            return basis_word(party.basis)
        if column == 4:
            if party.bound_from is not None:
                return _day(party.bound_from)
            if signatory.agreement_date is not None:
                return self.tr("agreement date ({0})").replace("{0}", _day(signatory.agreement_date))
            return self.tr("no agreement date: not bound")
        return ""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 2 else flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 2 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        signatory, _party = self.rows[index.row()]
        self.toggled.emit(signatory.id, Qt.CheckState(value) == Qt.CheckState.Checked)
        return False      # the stored row, re-read after the command, says what it is


def _midnight_utc(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day(), tzinfo=timezone.utc)


class PartiesPanel(QGroupBox):
    """The parties of one treaty option (the one the dialog edits)."""

    error = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Parties to this option"), parent)
        self.setObjectName("termsParties")
        self.document = None
        self.terms_id: int | None = None
        self.model = PartiesModel(self)
        self.model.toggled.connect(self.set_member)
        self.table = QTableView()
        self.table.setObjectName("partiesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.ResizeToContents),
                             (2, QHeaderView.ResizeMode.ResizeToContents), (3, QHeaderView.ResizeMode.ResizeToContents),
                             (4, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.table.setMinimumHeight(180)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.basis_combo = QComboBox()
        self.basis_combo.setObjectName("partyBasis")
        for basis in PARTY_BASES:
            self.basis_combo.addItem(basis_word(basis), basis)
        self.basis_combo.activated.connect(lambda _i: self._commit_binding())
        self.from_agreement = QCheckBox(self.tr("from its agreement date"))
        self.from_agreement.setObjectName("partyFromAgreement")
        self.from_agreement.clicked.connect(lambda _c: self._commit_binding())
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("partyBoundFrom")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd MMM yyyy")
        self.date_edit.editingFinished.connect(self._commit_binding)
        caption = QLabel(self.tr("&Bound on:"))
        caption.setBuddy(self.basis_combo)
        since = QLabel(self.tr("f&rom:"))
        since.setBuddy(self.date_edit)
        row = QHBoxLayout()
        for widget in (caption, self.basis_combo, since, self.date_edit, self.from_agreement):
            row.addWidget(widget)
        row.addStretch(1)
        note = QLabel(self.tr("A party whose parliament must ratify is bound only from ratification: choose "
                              "“ratified” and its date. A signatory not ticked owes nothing under this option."))
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(note)
        self._show_current()

    # -- following -----------------------------------------------------------------------------
    def show_option(self, document, terms_id: int | None) -> None:
        self.document, self.terms_id = document, terms_id
        current = self.table.currentIndex().row()
        if document is None or terms_id is None:
            self.model.load([], [])
        else:
            self.model.load(queries.signatories(document.file), queries.treaty_parties(document.file, terms_id))
        if 0 <= current < self.model.rowCount():
            self.table.selectRow(current)
        self._show_current()

    def current(self):
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else (None, None)

    def _show_current(self) -> None:
        signatory, party = self.current()
        writable = self.document is not None and not self.document.file.read_only
        for widget in (self.basis_combo, self.date_edit, self.from_agreement):
            widget.setEnabled(writable and party is not None)
            widget.blockSignals(True)
        try:
            if party is not None:
                self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(party.basis)))
                self.from_agreement.setChecked(party.bound_from is None)
                day = party.bound_from.date() if party.bound_from is not None else signatory.agreement_date
                self.date_edit.setDate(QDate(day) if day is not None else QDate.currentDate())
                self.date_edit.setEnabled(writable and party.bound_from is not None)
        finally:
            for widget in (self.basis_combo, self.date_edit, self.from_agreement):
                widget.blockSignals(False)

    # -- committing ----------------------------------------------------------------------------
    def _run(self, command) -> bool:
        if self.document is None:
            return False
        err = self.document.try_execute(command)
        if err is not None:
            self.error.emit(getattr(err, "message", str(err)))
            self._show_current()
        return err is None

    def set_member(self, signatory_id: int, member: bool) -> bool:
        """Make the signatory a party (from its agreement date) or no longer one."""
        if self.document is None or self.terms_id is None or self.document.file.read_only:
            return False
        code = next(s.code for s, _p in self.model.rows if s.id == signatory_id)
        if member:
            return self._run(SetPartyCommand(self.document, self.tr("Make {0} a party").replace("{0}", code),
                                             terms_id=self.terms_id, signatory_id=signatory_id, bound_from=None,
                                             basis="signed"))
        return self._run(RemovePartyCommand(self.document, self.tr("{0} no longer a party").replace("{0}", code),
                                            terms_id=self.terms_id, signatory_id=signatory_id))

    def bind(self, signatory_id: int, basis: str, bound_from: datetime | None) -> bool:
        """Bind a party on *basis* from *bound_from* (None: its agreement date): one undo command."""
        if self.terms_id is None:
            return False
        code = next(s.code for s, _p in self.model.rows if s.id == signatory_id)
        return self._run(SetPartyCommand(
            self.document, self.tr("{0} bound on {1}").replace("{0}", code).replace("{1}", basis_word(basis)),
            terms_id=self.terms_id, signatory_id=signatory_id, bound_from=bound_from, basis=basis))

    def _commit_binding(self) -> None:
        signatory, party = self.current()
        if party is None or self.document is None:
            return
        basis = self.basis_combo.currentData()
        bound_from = None if self.from_agreement.isChecked() else _midnight_utc(self.date_edit.date())
        if basis != "signed" and bound_from is None:     # the service would refuse it: take a date instead
            day = signatory.agreement_date
            bound_from = datetime.combine(day, time(0, 0), tzinfo=timezone.utc) if day is not None \
                else _midnight_utc(self.date_edit.date())
        if basis == party.basis and bound_from == party.bound_from:
            return
        self.bind(signatory.id, basis, bound_from)
