"""The MSEL dock: the injects in delivery order, the controller's play actions, delivered messages.

The table follows the shared selection (a row that created an incident and
that incident select each other). Every edit is an undo command; deliveries
by the clock come from the document's ConductController and show up here as
notices that never block the clock. The actions and what they do are
MselActions' (msel_actions.py).
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QToolBar, QVBoxLayout,
    QWidget,
)

from gui.branches.resolution import ask_resolution, asked_unresolved
from gui.core.document_bound import DocumentBound
from gui.conduct.msel_actions import MselActions
from gui.conduct.msel_model import (
    ACTUAL, CONTROLLER, DELIVERY, EXPECTED, METHOD, NUMBER, OBJECTIVE, PHASE, RECIPIENT, SCENARIO, SENDER,
    SORT_ROLE, STATUS, SYNOPSIS, TITLE, TYPE, MselModel,
)
from gui.conduct.msel_notices import NoticePanel
from model import queries
from model.conduct_entities import Inject
from model.display_names import catalogue_text
from model.plural import plural
from model.timeutil import format_span, from_epoch, to_epoch

_WIDTH_SAMPLES = {NUMBER: "888", SCENARIO: "D+10 00:00", DELIVERY: "D+10 00:00", ACTUAL: "D+10 00:00",
                  STATUS: "▶ Delivered", PHASE: "Move 2 — Coercion", TYPE: "Contingency", METHOD: "Secure VTC",
                  SENDER: "SIMCELL (Press)", RECIPIENT: "Coordination cell", TITLE: "M" * 16,
                  SYNOPSIS: "M" * 34,
                  EXPECTED: "M" * 22, OBJECTIVE: "O2 Timely reaction", CONTROLLER: "Lead controller"}


class MselDock(MselActions):
    message = Signal(str)    # a short result for the status bar

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("MSEL"), parent)
        self._points: list = []          # the branch points the open inject dialog offers
        self._bound = DocumentBound(self, {
            "selection.changed": self._on_selection,
            "assessed": self._follow_clock,
            "conduct.delivered": self._on_clock_delivered,
        })
        self.setObjectName("mselDock")
        self.document = None
        self._restoring = False
        self.model = MselModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = self._build_view()
        self.notices = NoticePanel()
        self._build_actions()
        self.summary = QLabel()
        self.summary.setObjectName("mselSummary")
        self.summary.setContentsMargins(6, 2, 6, 2)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.toolbar = QToolBar(self.tr("MSEL actions"))
        self.toolbar.setObjectName("mselToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for group in ((self.add_action, self.edit_action, self.delete_action),
                      (self.fire_action, self.hold_action, self.release_action, self.skip_action),
                      (self.adhoc_action, self.shift_phase_action, self.shift_all_action)):
            self.toolbar.addActions(list(group))
            self.toolbar.addSeparator()
        self.toolbar.addWidget(self.summary)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mselSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.notices)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([3000, 1000])   # the table is what the controller works in: 3/4 of the width
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter)
        self.setWidget(body)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.newly_delivered.connect(self._on_delivered)
        self.model.withdrawn.connect(self.notices.withdraw)
        self.view.selectionModel().selectionChanged.connect(self._on_row_selected)
        self._selected_id: int | None = None
        self.set_document(None)

    # -- building -----------------------------------------------------------------------------
    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("mselView")
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(DELIVERY, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setAccessibleName(self.tr("Master scenario events list"))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.doubleClicked.connect(lambda _index: self.edit_inject())
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics, header_metrics = view.fontMetrics(), header.fontMetrics()
        for column, sample in _WIDTH_SAMPLES.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            view.setColumnWidth(column, max(metrics.horizontalAdvance(sample),
                                            header_metrics.horizontalAdvance(title) + 12) + 16)
        return view

    # -- binding ------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self.document = document
        self.notices.clear()
        self._bound.bind(document)
        if document is not None:
            self.notices.startex = from_epoch(document.snapshot.startex)
        self.model.set_document(document)
        self._follow_clock()
        self._update_actions()

    # -- reading the selection -------------------------------------------------------------------
    def selected_inject(self) -> Inject | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.inject(self.proxy.mapToSource(rows[0]).row())

    def select_inject(self, inject_id: int | None) -> None:
        row = self.model.row_of(inject_id) if inject_id is not None else -1
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index in selection.selectedRows():
            return
        selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.scrollTo(index)

    def _on_row_selected(self, *_args) -> None:
        self._update_actions()
        if self._restoring or self.document is None:
            return
        inject = self.selected_inject()
        selection = self.document.selection
        selection.select("inject", inject.id if inject else None)
        if inject is not None:
            # The row and the incident select each other: a message row selects no incident.
            selection.select("incident", inject.incident_id)

    def _on_selection(self, kind: str, item_id) -> None:
        if kind == "inject":
            self.select_inject(item_id)
        elif kind == "incident" and item_id is not None:
            row = self.model.row_of_incident(item_id)
            self.select_inject(self.model.inject(row).id if row >= 0 else None)

    def _remember_selection(self) -> None:
        inject = self.selected_inject()
        self._selected_id = inject.id if inject else None

    def _after_reset(self) -> None:
        self._restoring = True
        try:
            self.select_inject(self._selected_id)
        finally:
            self._restoring = False
        self._update_actions()

    # -- following the clock -------------------------------------------------------------------
    def _follow_clock(self, _assessment=None) -> None:
        document = self.document
        if document is None:
            self.model.follow_clock(None, None)
            self.summary.setText(self.tr("No exercise open"))
            return
        conduct = document.conduct
        upcoming = conduct.next_inject
        self.model.follow_clock(conduct.overdue_from, upcoming.id if upcoming else None)
        injects = self.model.injects()
        counts = {status: sum(1 for i in injects if self.model.status_of(i) == status)
                  for status in ("delivered", "held", "overdue")}
        parts = [plural(len(injects), self.tr("{0} inject"), self.tr("{0} injects")),
                 self.tr("{0} delivered").format(counts["delivered"])]
        if counts["held"]:
            parts.append(self.tr("{0} held").format(counts["held"]))
        if counts["overdue"]:
            parts.append(self.tr("{0} overdue").format(counts["overdue"]))
        if upcoming is not None:
            left = to_epoch(upcoming.delivery_time) - document.clock.seconds()
            parts.append(self.tr("next: {0} in {1}").format(upcoming.number,
                                                             format_span(max(0, left), with_seconds=True)))
        self.summary.setText(" · ".join(parts))

    def _on_delivered(self, injects: list) -> None:
        for inject in injects:
            self.notices.add_delivery(inject, self._incident_text(inject))
        self._ask_resolution(injects)

    def _ask_resolution(self, injects: list) -> None:
        """A delivered inject that asks for a branch point still unresolved brings up its resolution now,
        whoever delivered it (the clock, Fire Now, an ad-hoc one); the time-based prompt stays as it is."""
        document = self.document
        if document is None or document.file.read_only:
            return
        asking = [i for i in injects if i.asks_branch_point_id is not None]
        point = asked_unresolved(document, [i.asks_branch_point_id for i in asking])
        if point is None:
            return
        inject = next(i for i in asking if i.asks_branch_point_id == point.id)
        self.notices.add_info(self.tr("Inject {0} asks to resolve \u201c{1}\u201d: choose the outcome played.")
                              .format(inject.number, point.question))
        ask_resolution(self, document, point)

    def _on_clock_delivered(self, ids: list) -> None:
        numbers = [self.model.inject(row).number for row in map(self.model.row_of, ids) if row >= 0]
        if len(numbers) > 1:
            self.notices.add_info(self.tr("The clock passed {0} injects at once ({1}): each was delivered at its "
                                          "planned time, in order.").format(len(numbers), ", ".join(numbers)))
        if numbers:
            self.message.emit(self.tr("Delivered by the clock: inject {0}").format(", ".join(numbers)))

    def _incident_text(self, inject: Inject) -> str:
        if inject.incident_id is None:
            return ""
        assert self.document is not None
        types = {t.code: catalogue_text(t.name) for t in queries.incident_types(self.document.file)}
        where = f" · {inject.location}" if inject.location else ""
        kind = inject.incident_type or ""
        return self.tr("Created incident: {0}, S{1}{2}").format(types.get(kind, kind),
                                                                inject.severity, where)
