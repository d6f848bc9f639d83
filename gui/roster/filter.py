"""Filtering the roster: a text search on name and code, and NATO / EU / approval choices.

RosterFilter is the QSortFilterProxyModel between the roster model and its
view (it sorts too); RosterFilterBar holds the controls and the
"12 of 29 shown" count.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gui.roster.model import APPROVAL, EU, NATO, SORT_ROLE, RosterModel

ANY, YES, NO = range(3)


class RosterFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._text = ""
        self._flags = {NATO: ANY, EU: ANY, APPROVAL: ANY}

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:
            self.beginFilterChange()
            self._text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_flag(self, column: int, wanted: int) -> None:
        """ANY, YES (only members / only those needing approval) or NO."""
        if self._flags[column] != wanted:
            self.beginFilterChange()
            self._flags[column] = wanted
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return bool(self._text) or any(self._flags.values())

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RosterModel)
        row = model.signatory(source_row)
        if self._text and self._text not in row.name.casefold() and self._text not in row.code.casefold():
            return False
        for column, flag in ((NATO, row.nato), (EU, row.eu), (APPROVAL, row.approval_required)):
            wanted = self._flags[column]
            if wanted != ANY and flag != (wanted == YES):
                return False
        return True


class RosterFilterBar(QWidget):
    """Search field, three choices and the count of rows shown."""

    def __init__(self, proxy: RosterFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rosterFilterBar")
        self.proxy = proxy
        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setPlaceholderText(self.tr("Filter by name or code"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Show only the signatories whose name or code contains this text"))
        self.search.textChanged.connect(proxy.set_text)

        self.combos: dict[int, QComboBox] = {}
        choices = {
            NATO: (self.tr("NATO: all"), self.tr("NATO: yes"), self.tr("NATO: no"),
                   self.tr("Show all signatories, only NATO members, or only non-members")),
            EU: (self.tr("EU: all"), self.tr("EU: yes"), self.tr("EU: no"),
                 self.tr("Show all signatories, only EU members, or only non-members")),
            APPROVAL: (self.tr("Approval: all"), self.tr("Approval: yes"), self.tr("Approval: no"),
                       self.tr("Show all signatories, only those whose parliament must approve a military "
                               "deployment first, or only the others")),
        }
        for column, (every, only, none, tip) in choices.items():
            combo = QComboBox()
            combo.setObjectName(f"rosterFilter{('Nato', 'Eu', 'Approval')[column - NATO]}")
            combo.addItems([every, only, none])
            combo.setToolTip(tip)
            # Shrinkable, so the roster dock can stay narrow beside the timeline.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
            combo.currentIndexChanged.connect(lambda wanted, c=column: proxy.set_flag(c, wanted))
            self.combos[column] = combo

        self.count = QLabel()
        self.count.setObjectName("rosterFilterCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # The dock adds its Add/Remove buttons to the end of the search row.
        self.search_row = QHBoxLayout()
        self.search_row.setContentsMargins(0, 0, 0, 0)
        self.search_row.setSpacing(4)
        self.search_row.addWidget(self.search, 1)
        choices_row = QHBoxLayout()
        choices_row.setContentsMargins(0, 0, 0, 0)
        choices_row.setSpacing(4)
        for combo in self.combos.values():
            choices_row.addWidget(combo)
        choices_row.addStretch(1)
        # The count is placed by the dock, under the table, so this bar stays narrow.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(3)
        layout.addLayout(self.search_row)
        layout.addLayout(choices_row)

        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
            signal.connect(self.update_count)
        self.update_count()

    def clear(self) -> None:
        self.search.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(ANY)

    def update_count(self) -> None:
        total = self.proxy.sourceModel().rowCount() if self.proxy.sourceModel() is not None else 0
        self.count.setText(self.tr("{0} of {1} shown").format(self.proxy.rowCount(), total))
        filtering = self.proxy.is_filtering()
        font = self.count.font()
        font.setBold(filtering and self.proxy.rowCount() < total)
        self.count.setFont(font)
