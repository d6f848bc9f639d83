"""The improvement-plan tab of the evaluation dock: issues, corrective actions, who and when.

Add, edit and delete go through the record dialog and are undo commands over
model.services.evaluation.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from gui.evaluation.model import ID_ROLE, ImprovementModel
from model import queries
from model.plural import plural
from model.services import evaluation
from model.services.evaluation import IMPROVEMENT_FIELDS


def shown_values(item) -> dict:
    """An item's fields as the dialog shows them: dates as ISO text, a missing date as ""."""
    values = {}
    for name in IMPROVEMENT_FIELDS:
        value = getattr(item, name)
        if name in ("start_date", "completion_date"):
            value = value.isoformat() if value else ""
        values[name] = value
    return values


class ImprovementPlanPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("improvementPlanPanel")
        self._document = None
        self.model = ImprovementModel(self)
        self.view = QTableView()
        self.view.setObjectName("improvementView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Improvement plan"))
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.view.fontMetrics()
        self.view.setShowGrid(False)
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        header.setStretchLastSection(True)
        for column, sample in ((ImprovementModel.OBJECTIVE, "O10.1"), (ImprovementModel.ISSUE, "M" * 13),
                               (ImprovementModel.ACTION, "M" * 12), (ImprovementModel.CAPABILITY, "M" * 7),
                               (ImprovementModel.ORG, "M" * 7), (ImprovementModel.CONTACT, "M" * 6),
                               (ImprovementModel.START, "8888-88-88"), (ImprovementModel.END, "8888-88-88")):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.view.setColumnWidth(column, max(metrics.horizontalAdvance(sample),
                                                 header.fontMetrics().horizontalAdvance(title)) + 18)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_enabled)

        self.add_button = QPushButton(self.tr("Add Item…"))
        self.add_button.setToolTip(self.tr("Add an issue to the improvement plan"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected improvement-plan item (or double-click it)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Remove the selected improvement-plan item (Undo puts it back)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = QLabel()
        self.summary.setObjectName("improvementSummary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.model.modelReset.connect(self._update_enabled)
        self._update_enabled()

    def set_document(self, document) -> None:
        self._document = document
        self.model.set_document(document)

    def reload(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        row = self.model.row_of(selected)
        if row >= 0:
            self.view.selectRow(row)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.selectRow(row)

    def _update_enabled(self) -> None:
        has, selected = self._document is not None, self.selected_id() is not None
        self.add_button.setEnabled(has)
        self.edit_button.setEnabled(has and selected)
        self.delete_button.setEnabled(has and selected)
        count = self.model.rowCount()
        self.summary.setText(plural(count, self.tr("{0} item in the improvement plan"),
                                    self.tr("{0} items in the improvement plan")) if has
                             else self.tr("No exercise open"))

    def _objective_choices(self) -> list[tuple[str, int]]:
        return [(f"{o.code} — {o.title}", o.id) for o in queries.objectives(self._document.file)]

    def add(self, objective_id: int | None = None) -> bool:
        if self._document is None:
            return False
        created: list[int] = []

        def store(values: dict):
            command = CreateCommand(self._document, self.tr("Add improvement-plan item"),
                                    evaluation.create_improvement, evaluation.delete_improvement, **values)
            error = self._document.try_execute(command)
            if error is None:
                created.append(command.created_id)
            return error

        from gui.evaluation import dialogs as evaluation_dialogs   # dialogs load on first use, not at start-up

        ok = evaluation_dialogs.edit_improvement(self, self.tr("Add improvement-plan item"),
                                                 {"objective_id": objective_id}, self._objective_choices(), store)
        if ok and created:
            self.select(created[0])
        return ok

    def edit_selected(self) -> bool:
        item_id = self.selected_id()
        if self._document is None or item_id is None:
            return False
        shown = shown_values(self.model.record(self.model.row_of(item_id)))

        def store(values: dict):
            changes = {k: v for k, v in values.items() if v != shown[k]}
            if not changes:
                return None
            command = UpdateCommand(self._document, self.tr("Edit improvement-plan item"),
                                    partial(evaluation.update_improvement, improvement_id=item_id), **changes)
            return self._document.try_execute(command)

        from gui.evaluation import dialogs as evaluation_dialogs

        return evaluation_dialogs.edit_improvement(self, self.tr("Edit improvement-plan item"), shown,
                                                   self._objective_choices(), store)

    def delete_selected(self) -> bool:
        item_id = self.selected_id()
        if self._document is None or item_id is None:
            return False
        command = DeleteCommand(self._document, self.tr("Delete improvement-plan item"),
                                partial(evaluation.delete_improvement, improvement_id=item_id))
        return self._document.execute(command)

