"""View › Standing Provisions: what each signatory pledged, its milestones and whether they are on schedule.

Read from the document's snapshot (``snapshot.provisions``) and judged at the
assessment's time, so the dock follows the clock, an edit and its undo like every
other view. A clock tick changes at most a milestone's status: the tree is built
again only when the provisions or a status changed, so the selection stays.
Every edit is an undo command (gui/provisions/commands.py) through the editor form.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from gui.core.document_bound import DocumentBound
from gui.core.style import PROVISION_COLOURS as STATUS_COLOURS
from gui.provisions import commands
from gui.provisions.editor import DELIVERY, MILESTONE, PROVISION, ProvisionEditor
from model.provision_status import (
    DELIVERED, DUE_SOON, ON_SCHEDULE, OVERDUE, ProvisionState, amount_text, kind_name, provision_states,
    status_name,
)
from model.timeutil import format_relative_epoch

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1      # (PROVISION | MILESTONE | DELIVERY, id)


class ProvisionsDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Standing Provisions"), parent)
        self.setObjectName("provisionsDock")
        self._bound = DocumentBound(self, {"assessed": self._on_assessed})
        self.document = None
        self.states: list[ProvisionState] = []
        self._shown: tuple | None = None
        self.rebuilds = 0

        self.tree = QTreeWidget()
        self.tree.setObjectName("provisionsTree")
        self.tree.setAccessibleName(self.tr("Standing provisions by signatory"))
        self.tree.setHeaderLabels([self.tr("Signatory / provision / milestone"), self.tr("Pledged or due"),
                                   self.tr("Delivered"), self.tr("Due"), self.tr("Status")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.tree.itemActivated.connect(lambda *_: self.edit_selected())
        self.summary = QLabel()
        self.summary.setObjectName("provisionsSummary")
        self.summary.setWordWrap(True)
        self.buttons = {}
        bar = QHBoxLayout()
        for key, text, tip, slot in (
                ("provision", self.tr("New…"), self.tr("Add a standing provision a signatory pledged"),
                 self.add_provision),
                ("milestone", self.tr("Milestone…"), self.tr("Add a date by which part of the provision is due"),
                 self.add_milestone),
                ("delivery", self.tr("Delivery…"), self.tr("Record what was delivered, and when"),
                 self.record_delivery),
                ("edit", self.tr("Edit…"), self.tr("Edit the selected provision, milestone or delivery"),
                 self.edit_selected),
                ("remove", self.tr("Remove"), self.tr("Remove the selected provision, milestone or delivery"),
                 self.remove_selected)):
            button = QPushButton(text)
            button.setObjectName(f"provisions_{key}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        bar.setContentsMargins(0, 0, 0, 0)
        # The buttons never widen the window: in a narrow dock the row is cut, the tree scrolls.
        buttons = QWidget()
        buttons.setLayout(bar)
        buttons.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.setWidget(body)
        self.editor: ProvisionEditor | None = None
        self._enable()

    # -- the document ---------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._bound.bind(document)
        self.document = document
        self._shown = None
        if document is None:
            self.states = []
            self.tree.clear()
            self.summary.setText(self.tr("No exercise open"))
            self._enable()
        elif document.assessment is not None:
            self._on_assessed(document.assessment)

    def _on_assessed(self, assessment) -> None:
        snap = assessment.snapshot
        self.states = provision_states(snap.provisions, assessment.now)
        shown = (snap.provisions, snap.sig_codes, snap.startex, tuple(m.status for p in self.states for m in p.milestones))
        if shown != self._shown:
            self._shown = shown
            self._rebuild(snap)

    def _rebuild(self, snap) -> None:
        self.rebuilds += 1
        selected = self.selected()
        codes = dict(zip(snap.sig_ids.tolist(), zip(snap.sig_codes, snap.sig_names)))
        deliveries: dict[int, list] = {}
        for delivery in snap.provisions.deliveries:
            deliveries.setdefault(delivery.provision_id, []).append(delivery)
        self.tree.clear()
        groups: dict[int, QTreeWidgetItem] = {}
        counts = dict.fromkeys((DELIVERED, ON_SCHEDULE, DUE_SOON, OVERDUE), 0)
        for state in sorted(self.states, key=lambda s: (codes.get(s.provision.signatory_id, ("", ""))[0],
                                                        s.provision.id)):
            p = state.provision
            group = groups.get(p.signatory_id)
            if group is None:
                code, name = codes.get(p.signatory_id, (str(p.signatory_id), ""))
                group = groups[p.signatory_id] = QTreeWidgetItem(self.tree, [f"{code} — {name}"])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            delivered = amount_text(state.quantity if p.quantity is not None else None, p.unit,
                                    state.value if p.value is not None else None, p.currency)
            worst = state.worst
            item = QTreeWidgetItem(group, [
                f"{p.title} ({kind_name(p.kind).lower()})" + (self.tr(" — assumed") if p.assumed else ""),
                amount_text(p.quantity, p.unit, p.value, p.currency), delivered, "",
                status_name(worst) if worst else ""])
            item.setData(0, ITEM_ROLE, (PROVISION, p.id))
            item.setToolTip(0, p.notes)
            self._colour(item, worst)
            for m in state.milestones:
                child = QTreeWidgetItem(item, [
                    m.milestone.what, amount_text(m.milestone.quantity, p.unit, m.milestone.value, p.currency),
                    self._delivered_text(m, p), format_relative_epoch(m.milestone.due, snap.startex),
                    status_name(m.status) + (self.tr(" (late)") if m.late else "")])
                child.setData(0, ITEM_ROLE, (MILESTONE, m.milestone.id))
                self._colour(child, m.status)
                counts[m.status] += 1
            for d in deliveries.get(p.id, ()):
                if d.milestone_id is None:
                    child = QTreeWidgetItem(item, [
                        self.tr("Delivered for the provision as a whole") + (f": {d.note}" if d.note else ""),
                        "", amount_text(d.quantity, p.unit, d.value, p.currency),
                        format_relative_epoch(d.at, snap.startex), ""])
                    child.setData(0, ITEM_ROLE, (DELIVERY, d.id))
        self.tree.expandAll()
        for column in range(5):   # the tree scrolls sideways rather than elide a title
            self.tree.resizeColumnToContents(column)
        if selected is not None:
            self.select(*selected)
        if not self.states:
            self.summary.setText(self.tr("No standing provisions yet: New… records what a signatory "
                                         "pledged (armed forces, intelligence cooperation)."))
        else:
            self.summary.setText(self.tr("Milestones: {0} overdue, {1} due soon, {2} on schedule, {3} delivered")
                                 .format(counts[OVERDUE], counts[DUE_SOON], counts[ON_SCHEDULE], counts[DELIVERED]))
        self._enable()

    def _delivered_text(self, m, p) -> str:
        if m.milestone.quantity is not None:
            return amount_text(m.quantity, p.unit)
        if m.milestone.value is not None:
            return amount_text(None, "", m.value, p.currency)
        return self.tr("yes") if m.status == DELIVERED else ""

    @staticmethod
    def _colour(item: QTreeWidgetItem, status: str | None) -> None:
        if status in STATUS_COLOURS:
            item.setForeground(4, QBrush(STATUS_COLOURS[status].darker(120)))

    # -- selection ------------------------------------------------------------------------------
    def selected(self) -> tuple[str, int] | None:
        items = self.tree.selectedItems()
        return items[0].data(0, ITEM_ROLE) if items and items[0].data(0, ITEM_ROLE) else None

    def select(self, what: str, key: int) -> bool:
        for item in self._items():
            if item.data(0, ITEM_ROLE) == (what, key):
                self.tree.setCurrentItem(item)
                return True
        return False

    def _items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    def show_signatory(self, signatory_id: int) -> None:
        """Select the signatory's first provision (a clicked finding about it)."""
        state = next((s for s in self.states if s.provision.signatory_id == signatory_id), None)
        if state is not None:
            self.select(PROVISION, state.provision.id)

    def _provision_of_selection(self) -> int | None:
        selected = self.selected()
        if selected is None or self.document is None:
            return None
        what, key = selected
        book = self.document.snapshot.provisions
        if what == PROVISION:
            return key
        if what == MILESTONE:
            return next(m.provision_id for m in book.milestones if m.id == key)
        return next(d.provision_id for d in book.deliveries if d.id == key)

    def _enable(self) -> None:
        editable = self.document is not None and not self.document.file.read_only
        has_roster = editable and self.document is not None and len(self.document.snapshot.sig_ids) > 0
        self.buttons["provision"].setEnabled(has_roster)
        for key in ("milestone", "delivery"):
            self.buttons[key].setEnabled(editable and self._provision_of_selection() is not None)
        for key in ("edit", "remove"):
            self.buttons[key].setEnabled(editable and self.selected() is not None)

    # -- edits ----------------------------------------------------------------------------------
    def _open(self, what: str, values: dict, store, provision_id: int | None = None) -> ProvisionEditor:
        document = self.document
        assert document is not None                 # the buttons are disabled without an exercise
        snap = document.snapshot
        milestones = [(m.id, f"{m.what} ({format_relative_epoch(m.due, snap.startex)})")
                      for m in snap.provisions.milestones if m.provision_id == provision_id]
        signatories = [(int(i), f"{c} — {n}") for i, c, n in zip(snap.sig_ids.tolist(), snap.sig_codes, snap.sig_names)]

        def run(command_of: Callable) -> Callable[[dict], str | None]:
            def stored(form_values: dict) -> str | None:
                error = document.try_execute(command_of(form_values))
                return None if error is None else str(error)
            return stored

        self.editor = ProvisionEditor(what, values, startex=snap.startex, store=run(store),
                                      signatories=signatories, milestones=milestones, parent=self)
        self.editor.open()
        return self.editor

    def add_provision(self) -> ProvisionEditor | None:
        if self.document is None:
            return None
        return self._open(PROVISION, {}, lambda v: commands.add_provision(self.document, **v))

    def add_milestone(self) -> ProvisionEditor | None:
        provision = self._provision_of_selection()
        if provision is None:
            return None
        return self._open(MILESTONE, {}, lambda v: commands.add_milestone(self.document, provision, **v), provision)

    def record_delivery(self) -> ProvisionEditor | None:
        provision = self._provision_of_selection()
        if provision is None:
            return None
        selected = self.selected()
        values = {"milestone_id": selected[1]} if selected and selected[0] == MILESTONE else {}
        return self._open(DELIVERY, values, lambda v: commands.record_delivery(self.document, provision, **v),
                          provision)

    def edit_selected(self) -> ProvisionEditor | None:
        selected = self.selected()
        if selected is None or self.document is None:
            return None
        what, key = selected
        book = self.document.snapshot.provisions
        if what == PROVISION:
            p = next(p for p in book.provisions if p.id == key)
            return self._open(PROVISION, vars(p).copy(), lambda v: commands.edit_provision(
                self.document, key, p.title, **v), key)
        if what == MILESTONE:
            m = next(m for m in book.milestones if m.id == key)
            return self._open(MILESTONE, vars(m).copy(), lambda v: commands.edit_milestone(
                self.document, key, m.what, **v), m.provision_id)
        d = next(d for d in book.deliveries if d.id == key)
        return self._open(DELIVERY, vars(d).copy(), lambda v: commands.edit_delivery(self.document, key, **v),
                          d.provision_id)

    def remove_selected(self) -> bool:
        selected = self.selected()
        if selected is None or self.document is None:
            return False
        what, key = selected
        book = self.document.snapshot.provisions
        if what == PROVISION:
            command = commands.remove_provision(self.document, key, next(p.title for p in book.provisions if p.id == key))
        elif what == MILESTONE:
            command = commands.remove_milestone(self.document, key, next(m.what for m in book.milestones if m.id == key))
        else:
            command = commands.remove_delivery(self.document, key)
        return self.document.execute(command)

