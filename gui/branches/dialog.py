"""Exercise › Branch Points…: create and edit branch points and their outcomes, and resolve one in play.

Every change is one undo command; a refused one is said beside the buttons, naming the field.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from gui.branches.bar import swatch
from gui.branches.commands import (
    AddOutcomeCommand, CreateBranchPointCommand, RenameOutcomeCommand, ResolveBranchPointCommand,
    delete_branch_point_command, delete_outcome_command,
)
from gui.branches.look import outcome_colour
from gui.core import dialogs
from gui.core.document_bound import DocumentBound
from model.branching import BranchPointRow, branch_points, outcome_rank
from model.errors import PactlineError
from model.reltime import parse_time
from model.timeutil import format_relative_epoch, from_epoch

POINT, OUTCOME = "point", "outcome"


class BranchPointDialog(QDialog):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("branchPointDialog")
        self.setWindowTitle(self.tr("Branch Points"))
        self.document = document
        self.points: list[BranchPointRow] = []
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Branch point / outcome"), self.tr("Scenario time"), self.tr("In play")])
        self.tree.setColumnWidth(0, 360)
        # The time column as wide as its title ("Ora dello scenario" is longer than any "D+2 12:00").
        header = self.tree.header()
        self.tree.setColumnWidth(1, max(header.fontMetrics().horizontalAdvance(self.tr("Scenario time")) + 24,
                                        header.fontMetrics().horizontalAdvance("D+10 12:00") + 24))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.question = QLineEdit(self)
        self.question.setPlaceholderText(self.tr("e.g. Does the parliament approve the deployment?"))
        self.at = QLineEdit(self)
        self.at.setPlaceholderText(self.tr("D+2 12:00"))
        self.outcomes = QLineEdit(self)
        self.outcomes.setPlaceholderText(self.tr("e.g. approves; rejects; delays"))
        self.nested = QCheckBox(self.tr("Belongs to the outcome selected above"), self)
        self.add_button = QPushButton(self.tr("Add Branch Point"), self)
        self.add_button.clicked.connect(self.add_branch_point)
        form_box = QGroupBox(self.tr("New branch point"), self)
        form = QFormLayout(form_box)
        form.addRow(self.tr("Question:"), self.question)
        form.addRow(self.tr("Scenario time:"), self.at)
        form.addRow(self.tr("Outcomes (separated by ;):"), self.outcomes)
        form.addRow("", self.nested)
        form.addRow("", self.add_button)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.clicked.connect(self.rename_selected)
        self.add_outcome_button = QPushButton(self.tr("Add Outcome…"), self)
        self.add_outcome_button.clicked.connect(self.add_outcome)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.resolve_button = QPushButton(self.tr("Resolve with This Outcome"), self)
        self.resolve_button.setToolTip(self.tr("In conduct: play reached the branch point and this is the answer; "
                                               "the other outcomes' injects are skipped and logged"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.message = QLabel(self)
        self.message.setObjectName("branchDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b71c1c; }")
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.add_outcome_button, self.delete_button, self.resolve_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(form_box)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(720, 520)
        self._bound = DocumentBound(self, {"changed": lambda _report: self.refresh()})
        self._bound.bind(document)
        self.refresh()

    # -- the tree ----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected()
        self.points = branch_points(self.document.file)
        rank = outcome_rank(self.points)
        startex = self.document.snapshot.startex
        self.tree.clear()
        outcome_items: dict[int, QTreeWidgetItem] = {}
        pending = list(self.points)
        while pending:    # parents first: a nested branch point goes under its outcome
            placed = [p for p in pending if p.outcome_id is None or p.outcome_id in outcome_items]
            if not placed:
                break
            for point in placed:
                item = QTreeWidgetItem([point.question, format_relative_epoch(point.at, startex),
                                        self.tr("resolved") if point.resolved_at is not None else ""])
                item.setData(0, Qt.ItemDataRole.UserRole, (POINT, point.id))
                parent = None if point.outcome_id is None else outcome_items.get(point.outcome_id)
                (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
                for outcome in point.outcomes:
                    child = QTreeWidgetItem([outcome.name, "", self.tr("played") if outcome.played else ""])
                    child.setIcon(0, swatch(outcome_colour(rank[outcome.id])))
                    child.setData(0, Qt.ItemDataRole.UserRole, (OUTCOME, outcome.id))
                    item.addChild(child)
                    outcome_items[outcome.id] = child
            pending = [p for p in pending if p not in placed]
        self.tree.expandAll()
        if selected is not None:
            self.select(*selected)
        self._update_buttons()

    def select(self, kind: str, key: int) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == (kind, key):
                self.tree.setCurrentItem(item)
                return

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            found.append(item)
            stack += [item.child(i) for i in range(item.childCount())]
        return found

    def _point_of(self, kind: str, key: int) -> BranchPointRow | None:
        return next((p for p in self.points if (kind == POINT and p.id == key)
                     or (kind == OUTCOME and any(o.id == key for o in p.outcomes))), None)

    def _update_buttons(self) -> None:
        selected = self.selected()
        read_only = self.document.file.read_only
        for button in (self.rename_button, self.add_outcome_button, self.delete_button):
            button.setEnabled(selected is not None and not read_only)
        point = self._point_of(*selected) if selected else None
        self.resolve_button.setEnabled(bool(selected and selected[0] == OUTCOME and point is not None
                                            and point.resolved_at is None and not read_only))
        self.nested.setEnabled(bool(selected and selected[0] == OUTCOME))
        self.add_button.setEnabled(not read_only)

    # -- edits -------------------------------------------------------------------------------
    def _run(self, command) -> bool:
        error = self.document.try_execute(command)
        self.message.setText("" if error is None else str(error))
        return error is None

    def add_branch_point(self) -> bool:
        try:
            at = parse_time(self.at.text(), from_epoch(self.document.snapshot.startex)).value
        except (PactlineError, ValueError) as err:
            self.message.setText(self.tr("Scenario time: {0}").replace("{0}", str(err)))
            return False
        selected = self.selected()
        under = selected[1] if self.nested.isChecked() and selected and selected[0] == OUTCOME else None
        names = [name.strip() for name in self.outcomes.text().split(";") if name.strip()]
        command = CreateBranchPointCommand(self.document, question=self.question.text(), at=at, outcomes=names,
                                           outcome_id=under)
        if not self._run(command):
            return False
        self.question.clear()
        self.outcomes.clear()
        if command.created_id is not None:
            self.select(POINT, command.created_id)
        return True

    def rename_selected(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        point = self._point_of(*selected)
        if point is None:
            return
        if selected[0] == POINT:
            text = dialogs.ask_text(self, self.tr("Rename Branch Point"), self.tr("Question:"), point.question)
            if text is not None and text.strip() != point.question:
                from gui.core.commands import UpdateCommand
                from model import services
                self._run(UpdateCommand(self.document, self.tr("Edit branch point \u201c{0}\u201d")
                                        .replace("{0}", point.question),
                                        partial(services.branches.update_branch_point, branch_point_id=point.id),
                                        question=text))
            return
        outcome = next(o for o in point.outcomes if o.id == selected[1])
        text = dialogs.ask_text(self, self.tr("Rename Outcome"), self.tr("Outcome:"), outcome.name)
        if text is not None and text.strip() != outcome.name:
            self._run(RenameOutcomeCommand(self.document, outcome.id, outcome.name, text))

    def add_outcome(self) -> None:
        selected = self.selected()
        point = self._point_of(*selected) if selected else None
        if selected is None or point is None:
            return
        text = dialogs.ask_text(self, self.tr("Add Outcome"),
                                self.tr("A new outcome of \u201c{0}\u201d:").replace("{0}", point.question))
        if text:
            self._run(AddOutcomeCommand(self.document, point.id, text))

    def delete_selected(self) -> None:
        selected = self.selected()
        point = self._point_of(*selected) if selected else None
        if selected is None or point is None:
            return
        if selected[0] == POINT:
            self._run(delete_branch_point_command(self.document, point.id, point.question))
        else:
            name = next(o.name for o in point.outcomes if o.id == selected[1])
            self._run(delete_outcome_command(self.document, selected[1], name))

    def resolve_selected(self) -> bool:
        """Resolve the selected outcome's branch point with it, at the clock's scenario time."""
        selected = self.selected()
        point = self._point_of(*selected) if selected else None
        if selected is None or point is None or selected[0] != OUTCOME:
            return False
        outcome = next(o for o in point.outcomes if o.id == selected[1])
        return self._run(ResolveBranchPointCommand(self.document, point.id, outcome.id,
                                                   f"{point.question}: {outcome.name}", self.document.clock.now()))
