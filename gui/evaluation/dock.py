"""The Evaluation dock: objectives and their P/S/M/U ratings, observations, the improvement plan.

Every edit is an undo command over model.services.evaluation. An observation
can point at the log entry selected in the decision log (document.selection
"log_entry"), so the after-action report can quote what happened.
"""
from __future__ import annotations


from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDockWidget, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from gui.core.document_bound import DocumentBound
from gui.evaluation.model import (
    ID_ROLE, RATING_COLOURS, observation_kind_title, ObjectiveModel, ObservationModel, rating_title,
)
from gui.evaluation.plan import ImprovementPlanPanel
from gui.conduct.log_entry_line import ERROR_STYLE
from model.conduct_entities import OBSERVATION_KINDS, RATINGS
from model.errors import PactlineError
from model.services import evaluation

_OBJECTIVE_EDIT_FIELDS = ("code", "title", "capability", "critical_tasks")


def _table(name: str, model) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class EvaluationDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Evaluation"), parent)
        self._bound = DocumentBound(self, {"changed": self._on_changed, "selection.changed": self._on_selection})
        self.setObjectName("evaluationDock")
        self._document = None
        self.objectives = ObjectiveModel(self)
        self.observations = ObservationModel(self)

        self.objective_view = _table("objectiveView", self.objectives)
        header = self.objective_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ObjectiveModel.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.objective_view.fontMetrics()
        self.objective_view.setColumnWidth(ObjectiveModel.CODE, metrics.horizontalAdvance("O10.1") + 24)
        self.objective_view.setColumnWidth(ObjectiveModel.CAPABILITY, metrics.horizontalAdvance("M" * 11) + 16)
        self.objective_view.setColumnWidth(ObjectiveModel.RATING, metrics.horizontalAdvance("Rating") + 24)
        self.objective_view.selectionModel().selectionChanged.connect(self._objective_selected)
        self.objective_view.doubleClicked.connect(lambda _index: self.edit_objective())

        self.add_objective_button = QPushButton(self.tr("Add Objective…"))
        self.add_objective_button.clicked.connect(self.add_objective)
        self.edit_objective_button = QPushButton(self.tr("Edit…"))
        self.edit_objective_button.setToolTip(self.tr("Edit the selected objective (or double-click it)"))
        self.edit_objective_button.clicked.connect(self.edit_objective)
        self.delete_objective_button = QPushButton(self.tr("Delete"))
        self.delete_objective_button.setToolTip(self.tr("Remove the selected objective with its observations "
                                                        "and improvement-plan items (Undo puts them back)"))
        self.delete_objective_button.clicked.connect(self.delete_objective)

        self.rating = QComboBox()
        self.rating.setObjectName("ratingCombo")
        self.rating.addItem(rating_title(None), None)
        for code in RATINGS:
            self.rating.addItem(_swatch(RATING_COLOURS[code]), rating_title(code), code)
            self.rating.setItemData(self.rating.count() - 1, rating_title(code), Qt.ItemDataRole.ToolTipRole)
        self.rating.setToolTip(self.tr("Rate the selected objective"))
        self.rating.activated.connect(lambda _index: self.rate(self.rating.currentData()))
        self.rating_note = QLineEdit()
        self.rating_note.setObjectName("ratingNote")
        self.rating_note.setPlaceholderText(self.tr("Why this rating — Enter stores it"))
        self.rating_note.setMaxLength(4000)
        self.rating_note.editingFinished.connect(self._rating_note_edited)
        self.rating_error = _error_label()
        self.rating_error.setObjectName("ratingError")

        self.observation_view = _table("observationView", self.observations)
        header = self.observation_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ObservationModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, sample in ((ObservationModel.KIND, "Area for improvement"), (ObservationModel.LOG, "#888"),
                               (ObservationModel.AUTHOR, "controller"), (ObservationModel.WHEN, "D+88 88:88")):
            self.observation_view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 18)
        self.observation_view.selectionModel().selectionChanged.connect(self._update_enabled)
        self.observation_kind = QComboBox()
        self.observation_kind.setObjectName("observationKind")
        for kind in OBSERVATION_KINDS:
            self.observation_kind.addItem(observation_kind_title(kind), kind)
        self.observation_text = QLineEdit()
        self.observation_text.setObjectName("observationText")
        self.observation_text.setPlaceholderText(self.tr("Observation — Enter adds it"))
        self.observation_text.setMaxLength(4000)
        self.observation_text.returnPressed.connect(self.add_observation)
        self.link_log = QCheckBox()
        self.link_log.setObjectName("linkLogEntry")
        self.link_log.setToolTip(self.tr("Link the observation to the entry selected in the decision log"))
        self.add_observation_button = QPushButton(self.tr("Add"))
        self.add_observation_button.clicked.connect(self.add_observation)
        self.delete_observation_button = QPushButton(self.tr("Delete"))
        self.delete_observation_button.setToolTip(self.tr("Remove the selected observation (Undo puts it back)"))
        self.delete_observation_button.clicked.connect(self.delete_observation)
        self.observation_error = _error_label()
        self.observation_error.setObjectName("observationError")

        self.plan = ImprovementPlanPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("evaluationTabs")
        self.tabs.addTab(self._objectives_page(), self.tr("Objectives"))
        self.tabs.addTab(self.plan, self.tr("Improvement Plan"))
        self.setWidget(self.tabs)
        self.objectives.modelReset.connect(self._update_enabled)
        self._update_enabled()

    def _objectives_page(self) -> QWidget:
        top = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("<b>Objectives</b>")), 1)
        for button in (self.add_objective_button, self.edit_objective_button, self.delete_objective_button):
            buttons.addWidget(button)
        rating_row = QHBoxLayout()
        rating_label = QLabel(self.tr("&Rating:"))
        rating_label.setBuddy(self.rating)
        rating_row.addWidget(rating_label)
        rating_row.addWidget(self.rating)
        rating_row.addWidget(self.rating_note, 1)
        layout = QVBoxLayout(top)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.objective_view, 1)
        layout.addLayout(rating_row)
        layout.addWidget(self.rating_error)

        self.observation_box = QGroupBox(self.tr("Observations"))
        entry = QHBoxLayout()
        entry.addWidget(self.observation_kind)
        entry.addWidget(self.observation_text, 1)
        entry.addWidget(self.link_log)
        entry.addWidget(self.add_observation_button)
        entry.addWidget(self.delete_observation_button)
        box = QVBoxLayout(self.observation_box)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.observation_view, 1)
        box.addLayout(entry)
        box.addWidget(self.observation_error)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.observation_box)
        splitter.setChildrenCollapsible(False)
        return splitter

    # -- binding ----------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self._bound.bind(document)
        self.objectives.set_document(document)
        self.observations.set_document(document)
        self.observations.show_objective(None)
        self.plan.set_document(document)
        self._show_log_link()
        self._update_enabled()

    def _on_changed(self, report) -> None:
        if report.touches("objective"):
            self._reload_objectives()
        if report.touches("objective", "improvement_item"):
            self.plan.reload()
        if report.touches("objective", "observation", "exercise_info"):
            self._reload_observations()

    def _reload_objectives(self) -> None:
        selected = self.selected_objective_id()
        self.objectives.reload()
        if selected is not None and self.objectives.row_of(selected) >= 0:
            self.select_objective(selected)
        else:
            self._objective_selected()

    def _reload_observations(self) -> None:
        selected = self.selected_observation_id()
        self.observations.reload()
        row = self.observations.row_of(selected)
        if row >= 0:
            self.observation_view.selectRow(row)
        self._update_enabled()

    def _on_selection(self, kind: str, item_id) -> None:
        if kind == "log_entry":
            self._show_log_link()
        elif kind == "objective" and item_id is not None and item_id != self.selected_objective_id():
            self.select_objective(item_id)

    # -- objectives ---------------------------------------------------------------------------------
    def selected_objective_id(self) -> int | None:
        rows = self.objective_view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_observation_id(self) -> int | None:
        rows = self.observation_view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_objective(self, objective_id: int) -> None:
        row = self.objectives.row_of(objective_id)
        if row >= 0:
            self.objective_view.selectionModel().select(
                self.objectives.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _objective_selected(self) -> None:
        objective_id = self.selected_objective_id()
        if self._document is not None:
            self._document.selection.select("objective", objective_id)
        if objective_id != self.observations.objective_id:
            self.observations.show_objective(objective_id)
        objective = self.objectives.record(self.objectives.row_of(objective_id)) if objective_id else None
        self.rating.setCurrentIndex(self.rating.findData(objective.rating) if objective else 0)
        self.rating_note.setText(objective.rating_note if objective else "")
        self.rating_error.hide()
        self.observation_error.hide()
        self.observation_box.setTitle(self.tr("Observations on {0} — {1}").format(objective.code, objective.title)
                                      if objective else self.tr("Observations (select an objective)"))
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = self._document is not None
        objective = has and self.selected_objective_id() is not None
        self.add_objective_button.setEnabled(has)
        for widget in (self.edit_objective_button, self.delete_objective_button, self.rating, self.rating_note,
                       self.observation_kind, self.observation_text, self.add_observation_button):
            widget.setEnabled(objective)
        self.delete_observation_button.setEnabled(objective and self.selected_observation_id() is not None)
        self.link_log.setEnabled(objective and self._linkable_entry() is not None)

    def add_objective(self) -> bool:
        if self._document is None:
            return False
        created: list[int] = []

        def store(values: dict) -> PactlineError | None:
            command = CreateCommand(self._document, self.tr("Add objective {0}").format(values.get("code", "")),
                                    evaluation.create_objective, evaluation.delete_objective, **values)
            error = self._document.try_execute(command)
            if error is None:
                created.append(command.created_id)
            return error

        from gui.evaluation import dialogs as evaluation_dialogs   # dialogs load on first use, not at start-up

        ok = evaluation_dialogs.edit_objective(self, self.tr("Add objective"), {}, store)
        if ok and created:
            self.select_objective(created[0])
        return ok

    def edit_objective(self) -> bool:
        objective_id = self.selected_objective_id()
        if self._document is None or objective_id is None:
            return False
        objective = self.objectives.record(self.objectives.row_of(objective_id))
        current = {name: getattr(objective, name) for name in _OBJECTIVE_EDIT_FIELDS}

        def store(values: dict) -> PactlineError | None:
            changes = {k: v for k, v in values.items() if v != current[k]}
            if not changes:
                return None
            return self._document.try_execute(UpdateCommand(
                self._document, self.tr("Edit objective {0}").format(objective.code),
                partial(evaluation.update_objective, objective_id=objective_id), **changes))

        from gui.evaluation import dialogs as evaluation_dialogs

        return evaluation_dialogs.edit_objective(self, self.tr("Edit objective {0}").format(objective.code),
                                                 current, store)

    def delete_objective(self) -> bool:
        objective_id = self.selected_objective_id()
        if self._document is None or objective_id is None:
            return False
        code = self.objectives.record(self.objectives.row_of(objective_id)).code
        return self._document.execute(DeleteCommand(self._document, self.tr("Delete objective {0}").format(code),
                                                    partial(evaluation.delete_objective, objective_id=objective_id)))

    def rate(self, rating: str | None) -> bool:
        return self._update_selected(self.tr("Rate {0} {1}"), rating=rating)

    def _rating_note_edited(self) -> None:
        objective_id = self.selected_objective_id()
        if objective_id is None:
            return
        current = self.objectives.record(self.objectives.row_of(objective_id)).rating_note
        if self.rating_note.text().strip() != current:
            self._update_selected(self.tr("Rating note on {0}"), rating_note=self.rating_note.text())

    def _update_selected(self, title: str, **changes) -> bool:
        objective_id = self.selected_objective_id()
        if self._document is None or objective_id is None:
            return False
        objective = self.objectives.record(self.objectives.row_of(objective_id))
        text = title.format(objective.code, changes.get("rating") or self.tr("(not rated)"))
        error = self._document.try_execute(UpdateCommand(self._document, text, partial(evaluation.update_objective, objective_id=objective_id), **changes))
        if error is not None:
            self.rating_error.setText(str(error))
            self.rating_error.show()
            return False
        self.rating_error.hide()
        return True

    # -- observations -------------------------------------------------------------------------------
    def _linkable_entry(self) -> int | None:
        return self._document.selection.current("log_entry") if self._document is not None else None

    def _show_log_link(self) -> None:
        entry = self._linkable_entry()
        self.link_log.setText(self.tr("Link to log entry #{0}").format(entry) if entry is not None
                              else self.tr("Link to selected log entry"))
        if entry is None:
            self.link_log.setChecked(False)
        self._update_enabled()

    def add_observation(self) -> bool:
        objective_id = self.selected_objective_id()
        if self._document is None or objective_id is None:
            return False
        link = self._linkable_entry() if self.link_log.isChecked() else None
        objective = self.objectives.record(self.objectives.row_of(objective_id))
        command = CreateCommand(self._document, self.tr("Add observation on {0}").format(objective.code),
                                evaluation.record_observation, evaluation.delete_observation,
                                objective_id=objective_id, text=self.observation_text.text(),
                                kind=self.observation_kind.currentData(), log_entry_id=link)
        error = self._document.try_execute(command)
        if error is not None:
            self.observation_error.setText(str(error))
            self.observation_error.show()
            self.observation_text.setFocus()
            return False
        self.observation_error.hide()
        self.observation_text.clear()
        self.link_log.setChecked(False)
        row = self.observations.row_of(command.created_id)
        if row >= 0:
            self.observation_view.selectRow(row)
        return True

    def delete_observation(self) -> bool:
        observation_id = self.selected_observation_id()
        if self._document is None or observation_id is None:
            return False
        return self._document.execute(DeleteCommand(self._document, self.tr("Delete observation"),
                                                    partial(evaluation.delete_observation, observation_id=observation_id)))
