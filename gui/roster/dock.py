"""The Roster dock: who signed, who needs a parliament, how long that takes — and editing it.

Cells edit in place (double-click or F2; yes/no columns are checkboxes);
the RosterEditor (gui/roster/editor.py) adds and removes signatories. A
refused edit is named in a message bar under the table; nothing is stored.
Selecting a row selects the signatory in the document's shared selection,
and a signatory selected elsewhere selects its row.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QFrame, QHBoxLayout, QHeaderView, QLabel, QTableView, QToolButton, QVBoxLayout,
    QWidget,
)

from gui.core.document_bound import DocumentBound
from gui.roster.delegate import RosterDelegate
from gui.roster.editor import RosterEditor
from gui.roster.filter import RosterFilter, RosterFilterBar
from gui.roster.model import (
    AGREEMENT, APPROVAL, CODE, CONTACT, EU, ID_ROLE, LEAD_TIME, NAME, NATO, RefusedEdit, RosterModel, column_title,
)
from model.plural import plural

MESSAGE_STYLES = {
    True: "QFrame#rosterMessageBar { background: #fdecea; border: 1px solid #e57373; border-radius: 3px; }"
          " QLabel { color: #8e1c1c; }",
    False: "QFrame#rosterMessageBar { background: #e8f0fe; border: 1px solid #90caf9; border-radius: 3px; }"
           " QLabel { color: #0d3c78; }",
}


class RosterView(QTableView):
    """Gives the Name column the spare width, but never less than it needs: then it scrolls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name_width = 0

    def fit_name_column(self) -> None:
        """Name takes the spare width: all of it when every column fits, else up to where the
        last whole column ends, so the view never shows the first letters of the next one."""
        header = self.horizontalHeader()
        room = self.viewport().width()
        others = [self.columnWidth(c) for c in sorted(range(self.model().columnCount()), key=header.visualIndex)
                  if c != NAME and not header.isSectionHidden(c)]
        used = self.name_width
        for width in others:
            if used + width > room:
                break
            used += width
        self.setColumnWidth(NAME, self.name_width + max(0, room - used))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_name_column()


class MessageBar(QFrame):
    """A message under the table that stays until dismissed or the next edit succeeds."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rosterMessageBar")
        self.label = QLabel()
        self.label.setObjectName("rosterMessage")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setObjectName("rosterMessageClose")
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss this message"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 2, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, *, warning: bool = True) -> None:
        self.setStyleSheet(MESSAGE_STYLES[warning])
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()


class RosterDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Roster"), parent)
        self._bound = DocumentBound(self, {"selection.changed": self._on_shared_selection})
        self.setObjectName("rosterDock")
        self.document = None
        self.model = RosterModel(self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)

        self.view = RosterView()
        self.view.setObjectName("rosterView")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(RosterDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setAccessibleName(self.tr("Signatory roster"))
        self.view.setToolTip("")
        self._size_columns()

        self.filter_bar = RosterFilterBar(self.proxy)
        self.message = MessageBar()
        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.summary.setContentsMargins(6, 2, 6, 2)
        self.summary.setWordWrap(True)

        self.editor = RosterEditor(self)
        self.menu_actions = self.editor.menu_actions
        self.view.addActions([self.editor.add_from_list, self.editor.add_custom, self.editor.remove])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.filter_bar.search_row.addWidget(self.editor.buttons)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 6, 0)
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.filter_bar.count)
        layout.addLayout(footer)
        self.setWidget(body)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(self._update_summary)
        self.model.dataChanged.connect(self.editor.update_actions)
        self.model.edit_refused.connect(self._show_refusal)
        self.model.edit_stored.connect(self.message.dismiss)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection)
        self._selected_id: int | None = None
        self._following = False   # True while the view follows the shared selection
        self._update_summary()
        self.editor.update_actions()

    def _size_columns(self) -> None:
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
                        LEAD_TIME: fit(LEAD_TIME, "72 h (assumed)"), AGREEMENT: fit(AGREEMENT, "2024-02-24"),
                        CONTACT: fit(CONTACT, "Contact")}
        header.setMinimumSectionSize(min(self._widths.values()))
        for column, width in self._widths.items():
            self.view.setColumnWidth(column, width)
        self.view.name_width = self._widths[NAME]

    # -- the document --------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self.document = document
        self.message.dismiss()
        self.model.set_document(document)
        self._bound.bind(document)
        if document is not None:
            self._follow(document.selection.current("signatory"))
        self.editor.update_actions()

    def preferred_width(self) -> int:
        """Wide enough for every column without a horizontal scroll bar."""
        return self._width_for(self._widths.values())

    def minimum_width(self) -> int:
        """Code to Approval whole (the columns one filters by), never one cut in half ("Approva");
        the rest scroll into view."""
        return self._width_for(self._widths[column] for column in (CODE, NAME, NATO, EU, APPROVAL))

    def width_within(self, budget: int) -> int:
        """The widest width up to *budget* that ends on a column boundary (never a half-shown "Lead ti"),
        at least the minimum."""
        order = sorted(self._widths, key=self.view.horizontalHeader().visualIndex)
        best = self.minimum_width()
        for count in range(1, len(order) + 1):
            width = self._width_for(self._widths[column] for column in order[:count])
            if best < width <= budget:
                best = width
        return best

    def _width_for(self, widths) -> int:
        scroll = self.view.verticalScrollBar().sizeHint().width()
        return sum(widths) + scroll + 2 * self.view.frameWidth() + 4

    # -- selection -----------------------------------------------------------------------------
    def selected_signatory_ids(self) -> list[int]:
        """Selected rows top to bottom, as shown."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=QModelIndex.row)
        return [index.data(ID_ROLE) for index in rows]

    def selected_signatory_id(self) -> int | None:
        current = self.view.currentIndex()
        ids = self.selected_signatory_ids()
        if current.isValid() and current.data(ID_ROLE) in ids:
            return current.data(ID_ROLE)
        return ids[0] if ids else None

    def select_signatory(self, signatory_id: int | None) -> bool:
        """Select that row (shared selection included); False if it is not shown."""
        shown = self._follow(signatory_id)
        if shown and self.document is not None:
            self.document.selection.select("signatory", signatory_id)
        return shown

    def _follow(self, signatory_id: int | None) -> bool:
        """Make the view show *signatory_id* as its selected row, without echoing it."""
        self._following = True
        try:
            row = self.model.row_of(signatory_id) if signatory_id is not None else -1
            index = self.proxy.mapFromSource(self.model.index(row, CODE)) if row >= 0 else QModelIndex()
            if not index.isValid():
                self.view.selectionModel().clearSelection()
                return False
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            # Scroll to the row only: keep the columns the user scrolled to.
            shown_column = max(0, self.view.horizontalHeader().logicalIndexAt(0))
            self.view.scrollTo(self.proxy.index(index.row(), shown_column))
            return True
        finally:
            self._following = False

    def _on_view_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.editor.update_actions()
        chosen = self.selected_signatory_id()
        # An emptied selection (a filter hid the row) leaves the shared selection alone.
        if not self._following and chosen is not None and self.document is not None:
            self.document.selection.select("signatory", chosen)

    def _on_shared_selection(self, kind: str, item_id) -> None:
        if kind == "signatory" and item_id != self.selected_signatory_id():
            self._follow(item_id)

    def _remember_selection(self) -> None:
        self._selected_id = self.selected_signatory_id()

    def _after_reset(self) -> None:
        shared = self.document.selection.current("signatory") if self.document is not None else None
        wanted = shared if shared is not None else self._selected_id
        if wanted is not None:
            self._follow(wanted)
        self._update_summary()
        self.editor.update_actions()

    # -- messages ------------------------------------------------------------------------------
    def show_message(self, text: str, *, warning: bool = True) -> None:
        self.message.show_message(text, warning=warning)

    def _show_refusal(self, refused: RefusedEdit) -> None:
        # The refused cell is the one just edited, so it is in view already.
        self.show_message(self.tr("{0} of {1} ({2}) not changed: {3}").format(
            column_title(refused.column), refused.name, refused.code, refused.reason))

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.summary.setText(self.tr("No signatories yet: Add… picks states from the list (Ctrl+Shift+N)")
                                 if self.document is not None else self.tr("No exercise open"))
            return
        gated = sum(self.model.signatory(r).approval_required for r in range(count))
        self.summary.setText(plural(count, self.tr("{0} signatory"), self.tr("{0} signatories")) + " · " + plural(
            gated, self.tr("{0} needs parliamentary approval"), self.tr("{0} need parliamentary approval")))
