"""Add signatories from a list of states: ISO code, name, NATO/EU flags, with a search field.

The 2024 signatories come with the parliamentary facts the default exercise
ships (approval, lead time, basis, agreement date); any other state with its
NATO/EU membership only. States already on the roster are shown, disabled.
Rows are ticked (a click on the row, or Space on the selected rows), so a
choice survives a new search. The dialog only chooses: the caller stores the
chosen entries as one undo step.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex,
    QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from gui.core.i18n import QT_TR_NOOP, tr

from model import roster_lists

CODE, NAME, NATO, EU, SIGNED, STATUS = range(6)
_HEADERS = (QT_TR_NOOP("Code"), QT_TR_NOOP("Name"),
            QT_TR_NOOP("NATO"), QT_TR_NOOP("EU"),
            QT_TR_NOOP("2024 agreement"), QT_TR_NOOP("Roster"))


class StatesModel(QAbstractTableModel):
    """Every pickable state (and the EU) with a tick box; codes already on the roster are disabled."""

    choice_changed = Signal()

    def __init__(self, on_roster: set[str], parent: QObject | None = None):
        super().__init__(parent)
        self.entries = roster_lists.pickable_entries()
        self.on_roster = set(on_roster)
        self.signatories_2024 = {entry["code"] for entry in roster_lists.shipped_signatories()}
        self.chosen: list[str] = []
        self._muted = QColor("#9e9e9e")

    def is_pickable(self, row: int) -> bool:
        return 0 <= row < len(self.entries) and self.entries[row]["code"] not in self.on_roster

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick (Checked) or untick a state; those already on the roster cannot be ticked."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self.is_pickable(index.row()):
            return False
        code = self.entries[index.row()]["code"]
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        if wanted == (code in self.chosen):
            return True
        if wanted:
            self.chosen.append(code)
        else:
            self.chosen.remove(code)
        self.dataChanged.emit(index.siblingAtColumn(CODE), index.siblingAtColumn(CODE),
                              [Qt.ItemDataRole.CheckStateRole])
        self.choice_changed.emit()
        return True

    def toggle(self, row: int) -> None:
        code = self.entries[row]["code"]
        self.setData(self.index(row, CODE),
                     Qt.CheckState.Unchecked if code in self.chosen else Qt.CheckState.Checked,
                     Qt.ItemDataRole.CheckStateRole)

    def row_of_code(self, code: str) -> int:
        return next((row for row, entry in enumerate(self.entries) if entry["code"] == code), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self.entries[index.row()]["code"] in self.on_roster:
            return Qt.ItemFlag.ItemNeverHasChildren   # shown, but neither enabled nor selectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self.entries[index.row()], index.column()
        taken = entry["code"] in self.on_roster
        if role == Qt.ItemDataRole.CheckStateRole and column == CODE:
            return Qt.CheckState.Checked if taken or entry["code"] in self.chosen else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            if column == CODE:
                return entry["code"]
            if column == NAME:
                return entry["name"] + (tr(" (organisation)") if entry.get("kind") == "organisation" else "")
            if column in (NATO, EU):
                return tr("Yes") if entry.get(("nato", "eu")[column - NATO]) else ""
            if column == SIGNED:
                return entry.get("agreement_date") or ""
            return tr("on the roster") if taken else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if taken:
                return tr("{0} is already on the roster").format(entry["name"])
            if entry["code"] in self.signatories_2024:
                return tr("Added with the 2024 facts: {0}").format(entry.get("approval_basis") or "—")
            return tr("Added with its NATO/EU membership; no parliamentary rule recorded yet")
        if role == Qt.ItemDataRole.FontRole and column == STATUS and taken:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and taken:
            return self._muted
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NATO, EU):
            return Qt.AlignmentFlag.AlignCenter
        return None


class StatesFilter(QSortFilterProxyModel):
    """Search on name and code; optionally only the 2024 signatories."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._text = ""
        self.only_2024 = False
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_2024(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_2024 = bool(only)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, StatesModel)
        entry = model.entries[source_row]
        if self.only_2024 and entry["code"] not in model.signatories_2024:
            return False
        text = self._text
        return not text or text in entry["code"].casefold() or text in entry["name"].casefold()


class StateListView(QTableView):
    """Space ticks or unticks the selected rows."""

    space_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.space_pressed.emit()
            return
        super().keyPressEvent(event)


class SignatoryListDialog(QDialog):
    def __init__(self, on_roster: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signatoryListDialog")
        self.setWindowTitle(self.tr("Add signatories from the list of states"))
        self.model = StatesModel(on_roster, self)
        self.proxy = StatesFilter(self)
        self.proxy.setSourceModel(self.model)

        intro = QLabel(self.tr(
            "Tick the states to add (click a row, or Space on the selected rows). The states of the 2024 "
            "agreements come with their parliamentary rules; any other state with its NATO and EU membership."))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("stateSearch")
        self.search.setPlaceholderText(self.tr("Search by name or code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.only_2024 = QCheckBox(self.tr("Only the 2024 signatories"))
        self.only_2024.setToolTip(self.tr("The 29 signatories of the 2024 bilateral security agreements"))
        self.only_2024.toggled.connect(self.proxy.set_only_2024)

        self.view = StateListView()
        self.view.setObjectName("stateList")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        metrics = self.view.fontMetrics()
        for column, sample in ((CODE, "☐ Code  ▲"), (NATO, "NATO  "), (EU, "EU  ▲"), (SIGNED, "2024 agreement  "),
                               (STATUS, "on the roster  ")):
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 18)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(lambda index: self._toggle([index]))
        self.view.space_pressed.connect(lambda: self._toggle(self.view.selectionModel().selectedRows()))
        self.model.choice_changed.connect(self._update_choice)

        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("stateChoiceCount")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addStatesButton")
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        options = QHBoxLayout()
        options.addWidget(self.search, 1)
        options.addWidget(self.only_2024)
        footer = QHBoxLayout()
        footer.addWidget(self.chosen_label, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.resize(640, 560)
        self.search.setFocus()
        self._update_choice()

    # -- choosing ----------------------------------------------------------------------------
    def chosen_codes(self) -> list[str]:
        return sorted(self.model.chosen)

    def chosen_entries(self) -> list[dict]:
        """create_signatory keywords for each ticked state, by code."""
        by_code = {entry["code"]: entry for entry in self.model.entries}
        return [dict(by_code[code]) for code in self.chosen_codes()]

    def _toggle(self, indexes) -> None:
        for row in sorted({self.proxy.mapToSource(index).row() for index in indexes}):
            if self.model.is_pickable(row):
                self.model.toggle(row)

    def _update_choice(self) -> None:
        codes = self.chosen_codes()
        count = len(codes)
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(self.tr("Add") if count <= 1 else self.tr("Add {0} signatories").format(count))
        listed = ", ".join(codes[:8]) + (", …" if count > 8 else "")
        self.chosen_label.setText(self.tr("Nothing ticked yet") if count == 0
                                  else self.tr("{0} ticked: {1}").format(count, listed))
