"""The Roster dock: who signed, who needs a parliament, how long that takes."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from gui.roster_model import AGREEMENT, APPROVAL, CODE, EU, ID_ROLE, LEAD_TIME, NAME, NATO, SORT_ROLE, RosterModel


class RosterView(QTableView):
    """Gives the Name column the spare width, but never less than it needs: then it scrolls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name_width = 0

    def fit_name_column(self) -> None:
        others = sum(self.columnWidth(c) for c in range(self.model().columnCount()) if c != NAME)
        self.setColumnWidth(NAME, max(self.name_width, self.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_name_column()


class RosterDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Roster"), parent)
        self.setObjectName("rosterDock")
        self.model = RosterModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.view = RosterView()
        self.view.setObjectName("rosterView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setAccessibleName(self.tr("Signatory roster"))
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.view.fontMetrics()
        header_metrics = header.fontMetrics()
        pad = 14

        def fit(column: int, *samples: str) -> int:
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            return max(header_metrics.horizontalAdvance(title) + pad + 6,  # a little air around the title
                       *(metrics.horizontalAdvance(sample) + pad for sample in samples))

        # The roster opens sorted by code, so that column also needs room for the sort arrow.
        self._widths = {CODE: fit(CODE, "MM") + 10, NAME: fit(NAME, "United Kingdom"), NATO: fit(NATO, "Yes"),
                        EU: fit(EU, "Yes"), APPROVAL: fit(APPROVAL, "Yes"),
                        LEAD_TIME: fit(LEAD_TIME, "72 h (assumed)"), AGREEMENT: fit(AGREEMENT, "2024-02-24")}
        header.setMinimumSectionSize(min(self._widths.values()))
        for column, width in self._widths.items():
            self.view.setColumnWidth(column, width)
        self.view.name_width = self._widths[NAME]

        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.summary.setContentsMargins(6, 2, 6, 2)
        self.summary.setWordWrap(True)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        self.setWidget(body)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self._selected_id: int | None = None
        self._has_document = False
        self._update_summary()

    def set_document(self, document) -> None:
        self._has_document = document is not None
        self.model.set_document(document)

    def preferred_width(self) -> int:
        """Wide enough for every column without a horizontal scroll bar."""
        scroll = self.view.verticalScrollBar().sizeHint().width()
        return sum(self._widths.values()) + scroll + 2 * self.view.frameWidth() + 4

    def selected_signatory_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _remember_selection(self) -> None:
        self._selected_id = self.selected_signatory_id()

    def _after_reset(self) -> None:
        if self._selected_id is not None:
            row = self.model.row_of(self._selected_id)
            if row >= 0:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._update_summary()

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.summary.setText(self.tr("No signatories") if self._has_document else self.tr("No exercise open"))
            return
        gated = sum(self.model.signatory(r).approval_required for r in range(count))
        self.summary.setText(self.tr("{0} signatories · {1} need parliamentary approval").format(count, gated))
