"""The MSEL dock: the injects in delivery order, the controller's play actions, delivered messages.

The table follows the shared selection (a row that created an incident and
that incident select each other). Every edit is an undo command; deliveries
by the clock come from the document's ConductController and show up here as
notices that never block the clock.
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHeaderView, QLabel, QMenu, QSplitter, QTableView, QToolBar, QVBoxLayout,
    QWidget,
)

from gui.branches.commands import with_outcome
from gui.branches.resolution import ask_resolution, asked_unresolved
from gui.core.actions import key_text
from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from gui.core.delivery import (
    fire_selected_command, hold_command, push_checked, release_selected_command,
    shift_command, skip_command,
)
from gui.core.document_bound import DocumentBound
from gui.conduct.adhoc import adhoc_on_outcome, played_outcome
from gui.conduct.msel_model import (
    ACTUAL, CONTROLLER, DELIVERY, EXPECTED, METHOD, NUMBER, OBJECTIVE, PHASE, RECIPIENT, SCENARIO, SENDER,
    SORT_ROLE, STATUS, SYNOPSIS, TITLE, TYPE, MselModel,
)
from gui.conduct.msel_notices import NoticePanel
from model import queries
from model.branching import branch_points
from model.conduct_entities import Inject
from model.plural import plural
from model.services.injects import create_inject, delete_inject, update_inject
from model.timeutil import format_span, from_epoch, to_epoch

_WIDTH_SAMPLES = {NUMBER: "888", SCENARIO: "D+10 00:00", DELIVERY: "D+10 00:00", ACTUAL: "D+10 00:00",
                  STATUS: "▶ Delivered", PHASE: "Move 2 — Coercion", TYPE: "Contingency", METHOD: "Secure VTC",
                  SENDER: "SIMCELL (Press)", RECIPIENT: "Coordination cell", TITLE: "M" * 16,
                  SYNOPSIS: "M" * 34,
                  EXPECTED: "M" * 22, OBJECTIVE: "O2 Timely reaction", CONTROLLER: "Lead controller"}


def _action(parent: QWidget, text: str, key: str | None, tip: str, name: str, slot,
            *, local: bool = False, short: str = "") -> QAction:
    action = QAction(text, parent)
    if short:
        action.setIconText(short)   # the dock's toolbar has little room
    if key:
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({key_text(QKeySequence(key))})")
    if local:
        # Ins/Del/F2 act on the table only, never on another view that has the focus.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setStatusTip(tip)
    action.setObjectName(name)
    action.triggered.connect(slot)
    return action


class MselDock(QDockWidget):
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

    def _build_actions(self) -> None:
        a = _action
        self.add_action = a(self, self.tr("&Add Inject…"), "Ins", self.tr("Plan a new inject in the MSEL"),
                            "actionAddInject", self.add_inject, local=True, short=self.tr("Add"))
        self.edit_action = a(self, self.tr("&Edit Inject…"), "F2", self.tr("Edit the planned columns of the "
                                                                            "selected inject"),
                             "actionEditInject", self.edit_inject, local=True, short=self.tr("Edit"))
        self.delete_action = a(self, self.tr("&Delete Inject"), "Del", self.tr("Remove the selected inject from "
                                                                                "the MSEL (undoable)"),
                               "actionDeleteInject", self.delete_inject, local=True, short=self.tr("Delete"))
        self.fire_action = a(self, self.tr("&Fire Selected Inject Now"), "Ctrl+Shift+F",
                             self.tr("Deliver the selected inject at the current scenario time; its planned time "
                                     "stays as it is"), "actionFireInjectNow", self.fire_now, short=self.tr("Fire now"))
        self.hold_action = a(self, self.tr("&Hold Inject"), "Ctrl+H",
                             self.tr("Hold the selected inject: the clock will not deliver it until released"),
                             "actionHoldInject", self.hold, short=self.tr("Hold"))
        self.release_action = a(self, self.tr("&Release Inject"), "Ctrl+Shift+H",
                                self.tr("Release a held inject (delivered now if its time has passed)"),
                                "actionReleaseInject", self.release, short=self.tr("Release"))
        self.skip_action = a(self, self.tr("S&kip Inject"), "Ctrl+Shift+X",
                             self.tr("Skip the selected inject: it will never be delivered"),
                             "actionSkipInject", self.skip, short=self.tr("Skip"))
        self.adhoc_action = a(self, self.tr("Add Ad-hoc &Inject…"), "Ctrl+Shift+A",
                              self.tr("Add an inject during play, delivered now or at a time you choose"),
                              "actionAddAdhocInject", self.add_adhoc, short=self.tr("Ad-hoc inject"))
        self.shift_phase_action = a(self, self.tr("Shift &Phase…"), "Shift+F7",
                                    self.tr("Move the injects of one phase by an offset, keeping their spacing"),
                                    "actionShiftPhase", lambda: self.shift(whole=False), short=self.tr("Shift phase"))
        self.shift_all_action = a(self, self.tr("Shift &Whole MSEL…"), "Ctrl+Shift+F7",
                                  self.tr("Move every inject by an offset, keeping their spacing"),
                                  "actionShiftMsel", lambda: self.shift(whole=True), short=self.tr("Shift MSEL"))
        for action in (self.add_action, self.edit_action, self.delete_action):
            self.view.addAction(action)
        self.menu_actions: dict[str, list[QAction]] = {
            "exercise": [self.fire_action, self.hold_action, self.release_action, self.skip_action,
                         self.adhoc_action, self.shift_phase_action, self.shift_all_action],
            "edit": [self.add_action, self.edit_action, self.delete_action],
        }

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
        types = {t.code: t.name for t in queries.incident_types(self.document.file)}
        where = f" · {inject.location}" if inject.location else ""
        kind = inject.incident_type or ""
        return self.tr("Created incident: {0}, S{1}{2}").format(types.get(kind, kind),
                                                                inject.severity, where)

    # -- actions ----------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        document = self.document
        writable = document is not None and not document.file.read_only
        inject = self.selected_inject() if writable else None
        status = self.model.status_of(inject) if inject else None
        for action in (self.add_action, self.adhoc_action, self.shift_all_action, self.shift_phase_action):
            action.setEnabled(writable)
        self.edit_action.setEnabled(inject is not None)
        self.delete_action.setEnabled(inject is not None)
        self.fire_action.setEnabled(status in ("planned", "overdue", "held"))
        self.hold_action.setEnabled(status in ("planned", "overdue"))
        self.release_action.setEnabled(status == "held")
        self.skip_action.setEnabled(status in ("planned", "overdue", "held"))

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        for group in ((self.fire_action, self.hold_action, self.release_action, self.skip_action),
                      (self.edit_action, self.delete_action, self.add_action, self.adhoc_action)):
            menu.addActions(list(group))
            menu.addSeparator()
        menu.addAction(self.shift_phase_action)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _now(self) -> datetime:
        assert self.document is not None
        return self.document.clock.now()

    def _dialog(self, *, inject: Inject | None = None, adhoc: bool = False, submit) -> bool:
        document = self.document
        assert document is not None                 # the actions are disabled without an exercise
        types = [(t.code, t.name) for t in queries.incident_types(document.file)]
        phases = sorted({i.phase for i in self.model.injects()})
        from gui.conduct import inject_dialog   # dialogs load on first use, not at start-up

        points = branch_points(document.file)
        # A new ad-hoc inject is on the outcome being played unless the facilitator says otherwise.
        outcome_id = played_outcome(points) if adhoc else None
        dialog = inject_dialog.InjectDialog(self, startex=from_epoch(document.snapshot.startex), now=self._now(),
                                            incident_types=types, submit=submit, inject=inject, adhoc=adhoc,
                                            phases=phases, points=points, outcome_id=outcome_id)
        self._points = points
        try:
            return inject_dialog.show_inject_dialog(dialog)
        finally:
            dialog.deleteLater()

    def add_inject(self) -> bool:
        if self.document is None:
            return False
        document = self.document

        def submit(values: dict, _now: bool) -> None:
            outcome_id = values.pop("outcome_id", None)
            create = CreateCommand(document, self.tr("Add inject"), create_inject, delete_inject, **values)
            push_checked(document, with_outcome(document, create, kind="inject", key=None, outcome_id=outcome_id,
                                                before=None, points=self._points))
        return self._dialog(submit=submit)

    def add_adhoc(self) -> bool:
        if self.document is None:
            return False
        document = self.document

        def submit(values: dict, now: bool) -> None:
            at = self._now() if now else None
            if at is not None:
                values = {**values, "scenario_time": at, "delivery_time": at}
            push_checked(document, adhoc_on_outcome(document, values, deliver_at=at, points=self._points))
        return self._dialog(adhoc=True, submit=submit)

    def edit_inject(self) -> bool:
        inject = self.selected_inject()
        if inject is None or self.document is None or self.document.file.read_only:
            return False
        document = self.document

        def submit(changes: dict, _now: bool) -> None:
            outcome_id = changes.pop("outcome_id", inject.outcome_id)
            edit = UpdateCommand(document, self.tr("Edit inject {0}").format(inject.number),
                                 partial(update_inject, inject_id=inject.id), **changes) if changes else None
            command = with_outcome(document, edit, kind="inject", key=inject.id, outcome_id=outcome_id,
                                   before=inject.outcome_id, points=self._points)
            if command is not None:
                push_checked(document, command)
        return self._dialog(inject=inject, submit=submit)

    def delete_inject(self) -> None:
        inject = self.selected_inject()
        if inject is not None and self.document is not None:
            self.document.execute(DeleteCommand(self.document, self.tr("Delete inject {0}").format(inject.number),
                                                partial(delete_inject, inject_id=inject.id)))

    def fire_now(self) -> None:
        inject = self.selected_inject()
        if inject is not None and inject.status in ("planned", "held") and self.document is not None:
            self.document.execute(fire_selected_command(self.document, inject))

    def hold(self) -> None:
        inject = self.selected_inject()
        if inject is not None and self.document is not None:
            self.document.execute(hold_command(self.document, inject))

    def release(self) -> None:
        inject = self.selected_inject()
        if inject is not None and self.document is not None:
            self.document.execute(release_selected_command(self.document, inject))

    def skip(self) -> None:
        inject = self.selected_inject()
        if inject is not None and self.document is not None:
            self.document.execute(skip_command(self.document, inject))

    def shift(self, *, whole: bool) -> None:
        if self.document is None:
            return
        injects = self.model.injects()
        phases = sorted({i.phase for i in injects})
        counts: dict[str | None, int] = {None: len(injects)}
        for inject in injects:
            counts[inject.phase] = counts.get(inject.phase, 0) + 1
        selected = self.selected_inject()
        phase = None if whole else (selected.phase if selected else (phases[0] if phases else None))
        from gui.conduct import clock_dialogs

        answer = clock_dialogs.ask_shift(self, phases=phases, phase=phase, counts=counts)
        if answer is not None:
            chosen, offset = answer
            self.document.execute(shift_command(self.document, offset, chosen))
