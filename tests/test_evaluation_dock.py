"""The evaluation dock: objectives, ratings, observations linked to log entries, the improvement plan."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gui.evaluation import dialogs as evaluation_dialogs
from gui.evaluation.dialogs import RecordDialog, objective_fields
from gui.evaluation.dock import EvaluationDock
from gui.evaluation.model import ID_ROLE, RATING_COLOURS, ImprovementModel, ObjectiveModel, ObservationModel
from model import queries
from model.errors import ValidationError
from model.services import evaluation
from model.services import log as log_service


class Dialogs:
    """Stands in for the dialogs: answers with prepared values through the real submit path."""

    def __init__(self, monkeypatch):
        self.answers: list[dict] = []
        self.shown: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        monkeypatch.setattr(evaluation_dialogs, "edit_objective", self._objective)
        monkeypatch.setattr(evaluation_dialogs, "edit_improvement", self._improvement)

    def _answer(self, title, values, submit) -> bool:
        self.shown.append((title, dict(values)))
        answer = {**values, **self.answers.pop(0)}
        error = submit(answer)
        if error is not None:
            self.errors.append(str(error))
            return False
        return True

    def _objective(self, parent, title, values, submit):
        return self._answer(title, {"code": "", "title": "", "capability": "", "critical_tasks": "", **values},
                            submit)

    def _improvement(self, parent, title, values, objectives, submit):
        base = {"objective_id": None, "issue": "", "corrective_action": "", "capability": "", "responsible_org": "",
                "point_of_contact": "", "start_date": "", "completion_date": ""}
        return self._answer(title, {**base, **values}, submit)


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def dock(qtbot, document) -> EvaluationDock:
    widget = EvaluationDock()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.resize(760, 640)
    widget.show()
    return widget


def add_objective(dock, dialogs, **values) -> int:
    dialogs.answers.append({"code": "O1", "title": "Convene the coordination cell within 24 h",
                            "capability": "Operational coordination", **values})
    assert dock.add_objective()
    return dock.selected_objective_id()


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


# -- objectives -----------------------------------------------------------------------------------
def test_add_edit_delete_objective_with_undo(dock, document, dialogs):
    model = dock.objectives
    before = model.rowCount()
    assert before == len(queries.objectives(document.file))
    objective_id = add_objective(dock, dialogs)
    assert model.rowCount() == before + 1
    row = model.row_of(objective_id)
    assert [cell(model, row, c) for c in range(4)] == ["O1", "Convene the coordination cell within 24 h",
                                                      "Operational coordination", "—"]
    assert document.selection.current("objective") == objective_id
    assert document.undo_stack.text(0) == "Add objective O1"

    dialogs.answers.append({"title": "Convene the cell within 12 h"})
    assert dock.edit_objective()
    assert dialogs.shown[-1][1]["title"] == "Convene the coordination cell within 24 h", "the dialog shows the values"
    assert cell(model, model.row_of(objective_id), ObjectiveModel.TITLE) == "Convene the cell within 12 h"
    document.undo_stack.undo()
    assert cell(model, model.row_of(objective_id), ObjectiveModel.TITLE) == "Convene the coordination cell within 24 h"
    document.undo_stack.redo()

    assert dock.delete_objective()
    assert model.row_of(objective_id) == -1 and model.rowCount() == before
    assert objective_id not in {o.id for o in queries.objectives(document.file)}
    document.undo_stack.undo()
    assert cell(model, model.row_of(objective_id), ObjectiveModel.TITLE) == "Convene the cell within 12 h"
    for _ in range(3):
        document.undo_stack.undo()
    assert model.rowCount() == before and model.row_of(objective_id) == -1


def test_a_refused_objective_stores_nothing_and_names_the_field(dock, document, dialogs):
    before = len(queries.objectives(document.file))
    dialogs.answers.append({"code": "", "title": "No code"})
    assert not dock.add_objective()
    assert dialogs.errors == ["Code: must not be empty."]
    assert len(queries.objectives(document.file)) == before and document.undo_stack.count() == 0


def test_the_objective_dialog_shows_the_error_beside_the_field_and_stays_open(qtbot, document):
    stored = []

    def submit(values):
        try:
            stored.append(evaluation.create_objective(document.file, **values))
        except ValidationError as err:
            return err
        return None

    dialog = RecordDialog(None, "Add objective", objective_fields(), {}, submit)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_value("title", "Agree a joint statement")
    dialog.try_accept()
    assert dialog.error_text("code") == "must not be empty"
    assert dialog.errors["code"].isVisible() and dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.values()["title"] == "Agree a joint statement", "nothing typed is lost"
    dialog.set_value("code", "O2")
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and len(stored) == 1
    assert dialog.error_text("code") == ""


def test_rating_with_colour_full_text_note_and_undo(dock, document, dialogs):
    objective_id = add_objective(dock, dialogs)
    model = dock.objectives

    def rating(role=Qt.ItemDataRole.DisplayRole):
        return cell(model, model.row_of(objective_id), ObjectiveModel.RATING, role)

    dock.rating.setCurrentIndex(dock.rating.findData("M"))
    dock.rating.activated.emit(dock.rating.currentIndex())
    assert rating() == "M"
    assert rating(Qt.ItemDataRole.BackgroundRole).name() == RATING_COLOURS["M"]
    assert rating(Qt.ItemDataRole.ToolTipRole) == "M — Performed with major challenges"
    assert document.undo_stack.text(document.undo_stack.count() - 1) == "Rate O1 M"

    dock.rating_note.setText("Cell convened 30 h after the incident")
    dock.rating_note.editingFinished.emit()
    assert "Cell convened 30 h after" in rating(Qt.ItemDataRole.ToolTipRole)
    document.undo_stack.undo()
    stored = {o.id: o for o in queries.objectives(document.file)}[objective_id]
    assert stored.rating_note == "" and stored.rating == "M"
    document.undo_stack.undo()
    assert rating() == "—"
    assert dock.rating.currentData() is None, "the combo follows the undone rating"


# -- observations ---------------------------------------------------------------------------------
def test_observations_of_the_selected_objective_linked_to_the_selected_log_entry(dock, document, dialogs, qtbot):
    first = add_objective(dock, dialogs)
    entry = log_service.add_log_entry(document.file, kind="decision", text="Cell convened at 10:00").ids[0]
    assert not dock.link_log.isEnabled()
    document.selection.select("log_entry", entry)       # what the log dock does when a row is picked
    assert dock.link_log.isEnabled() and dock.link_log.text() == f"Link to log entry #{entry}"
    dock.link_log.setChecked(True)
    dock.observation_kind.setCurrentIndex(dock.observation_kind.findData("strength"))
    dock.observation_text.setFocus()
    qtbot.keyClicks(dock.observation_text, "Chair convened the cell quickly")
    qtbot.keyClick(dock.observation_text, Qt.Key.Key_Return)

    stored = queries.observations(document.file, first)
    assert [(o.kind, o.text, o.log_entry_id) for o in stored] == [("strength", "Chair convened the cell quickly",
                                                                    entry)]
    model = dock.observations
    assert [cell(model, 0, c) for c in (ObservationModel.KIND, ObservationModel.TEXT, ObservationModel.LOG)] == \
        ["Strength", "Chair convened the cell quickly", f"#{entry}"]
    assert cell(model, 0, ObservationModel.LOG, Qt.ItemDataRole.ToolTipRole) == \
        f"Log entry #{entry}: Cell convened at 10:00"
    assert dock.observation_text.text() == "" and not dock.link_log.isChecked()

    second = add_objective(dock, dialogs, code="O2", title="Agree a joint statement")
    assert dock.observations.rowCount() == 0, "observations of the selected objective only"
    dock.select_objective(first)
    assert dock.observations.rowCount() == 1

    dock.observation_view.selectRow(0)
    assert dock.delete_observation()
    assert dock.observations.rowCount() == 0
    document.undo_stack.undo()
    assert dock.observations.rowCount() == 1 and cell(model, 0, ObservationModel.LOG) == f"#{entry}"
    assert second != first


def test_an_empty_observation_is_refused_beside_the_field(dock, document, dialogs, qtbot):
    add_objective(dock, dialogs)
    qtbot.keyClick(dock.observation_text, Qt.Key.Key_Return)
    assert dock.observation_error.isVisible() and dock.observation_error.text() == "Text: must not be empty."
    assert queries.observations(document.file) == []


# -- improvement plan -------------------------------------------------------------------------------
def test_improvement_plan_add_edit_delete_with_undo(dock, document, dialogs):
    objective = add_objective(dock, dialogs)
    plan = dock.plan
    dialogs.answers.append({"objective_id": objective, "issue": "No 24/7 contact points in three capitals",
                            "corrective_action": "Designate duty officers", "capability": "Operational coordination",
                            "responsible_org": "Coordination cell", "point_of_contact": "Col. Ruiz",
                            "start_date": "2026-04-01", "completion_date": "2026-06-30"})
    assert plan.add()
    model = plan.model
    assert [cell(model, 0, c) for c in range(8)] == [
        "O1", "No 24/7 contact points in three capitals", "Designate duty officers", "Operational coordination",
        "Coordination cell", "Col. Ruiz", "2026-04-01", "2026-06-30"]
    assert plan.selected_id() == model.data(model.index(0, 0), ID_ROLE)

    dialogs.answers.append({"completion_date": "2026-05-15"})
    assert plan.edit_selected()
    assert dialogs.shown[-1][1]["completion_date"] == "2026-06-30"
    assert queries.improvement_items(document.file)[0].completion_date == date(2026, 5, 15)
    document.undo_stack.undo()
    assert cell(model, 0, ImprovementModel.END) == "2026-06-30"

    dialogs.answers.append({"completion_date": "2026-03-01"})
    assert not plan.edit_selected()
    assert dialogs.errors[-1] == "Completion date: cannot be before the start date."

    assert plan.delete_selected()
    assert model.rowCount() == 0
    document.undo_stack.undo()
    assert model.rowCount() == 1 and cell(model, 0, ImprovementModel.ISSUE).startswith("No 24/7")


def test_deleting_an_objective_takes_its_plan_items_and_undo_brings_them_back(dock, document, dialogs):
    objective = add_objective(dock, dialogs)
    dialogs.answers.append({"objective_id": objective, "issue": "Late statement"})
    dock.plan.add()
    assert dock.plan.model.rowCount() == 1
    dock.select_objective(objective)
    dock.delete_objective()
    assert dock.plan.model.rowCount() == 0
    document.undo_stack.undo()
    assert dock.plan.model.rowCount() == 1 and cell(dock.plan.model, 0, ImprovementModel.OBJECTIVE) == "O1"


def test_without_a_document_everything_is_disabled(qtbot):
    widget = EvaluationDock()
    qtbot.addWidget(widget)
    widget.set_document(None)
    assert not widget.add_objective_button.isEnabled() and not widget.rating.isEnabled()
    assert not widget.plan.add_button.isEnabled()
    assert widget.objectName() == "evaluationDock"
