"""Dialogs of the evaluation dock: add or edit an objective or an improvement-plan item.

The dialog hands its values to ``submit`` (which runs the undo command); a
refusal comes back as the service's ValidationError and is shown under the
field it names while the dialog stays open, so nothing typed is lost.
Callers use the module functions (``evaluation_dialogs.edit_objective``),
which tests replace.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from gui.conduct.log_entry_line import ERROR_STYLE
from gui.core.i18n import tr
from model.errors import PactlineError

Submit = Callable[[dict], PactlineError | None]


@dataclass(frozen=True)
class Field:
    name: str              # the service's keyword argument
    label: str
    kind: str = "line"     # "line" | "text" | "choice"
    choices: tuple = ()    # (shown text, value) pairs for "choice"
    placeholder: str = ""
    max_length: int = 0


class RecordDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, fields: list[Field], values: dict, submit: Submit):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("evaluationRecordDialog")
        self.setMinimumWidth(520)
        self._submit = submit
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for field in fields:
            editor = self._editor(field, values.get(field.name))
            error = QLabel()
            error.setObjectName(f"error_{field.name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(1)
            cell_layout.addWidget(editor)
            cell_layout.addWidget(error)
            label = QLabel(field.label)
            label.setBuddy(editor)
            form.addRow(label, cell)
            self.editors[field.name], self.errors[field.name] = editor, error
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    @staticmethod
    def _editor(field: Field, value) -> QWidget:
        if field.kind == "choice":
            editor = QComboBox()
            for text, data in field.choices:
                editor.addItem(text, data)
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif field.kind == "text":
            editor = QPlainTextEdit("" if value is None else str(value))
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
            editor.setPlaceholderText(field.placeholder)
        else:
            editor = QLineEdit("" if value is None else str(value))
            editor.setPlaceholderText(field.placeholder)
            if field.max_length:
                editor.setMaxLength(field.max_length)
        editor.setObjectName(f"field_{field.name}")
        return editor

    def values(self) -> dict:
        result = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                result[name] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                result[name] = editor.toPlainText()
            else:
                result[name] = editor.text()
        return result

    def set_value(self, name: str, value) -> None:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        else:
            editor.setText(value)

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""

    def try_accept(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        error = self._submit(self.values())
        if error is None:
            self.accept()
            return
        field = getattr(error, "field", "")
        target = self.errors.get(field)
        if target is not None:
            target.setText(getattr(error, "message", str(error)))
            target.show()
            self.editors[field].setFocus()
        else:
            self.general_error.setText(str(error))
            self.general_error.show()


def objective_fields() -> list[Field]:
    return [Field("code", tr("&Code:"), placeholder=tr("e.g. O1"), max_length=20),
            Field("title", tr("&Objective:"), placeholder=tr("What the exercise tests"), max_length=300),
            Field("capability", tr("C&apability:"), placeholder=tr("e.g. Operational coordination"),
                  max_length=200),
            Field("critical_tasks", tr("Critical &tasks:"), "text", placeholder=tr("One task per line"))]


def improvement_fields(objectives: list[tuple[str, int]]) -> list[Field]:
    choices = ((tr("(none)"), None), *objectives)
    return [Field("objective_id", tr("&Objective:"), "choice", choices=choices),
            Field("issue", tr("&Issue:"), "text", placeholder=tr("Issue or area for improvement")),
            Field("corrective_action", tr("Corrective &action:"), "text"),
            Field("capability", tr("C&apability:"), max_length=200),
            Field("responsible_org", tr("&Responsible organisation:"), max_length=200),
            Field("point_of_contact", tr("&Point of contact:"), max_length=200),
            Field("start_date", tr("&Start date:"), placeholder="YYYY-MM-DD", max_length=10),
            Field("completion_date", tr("Co&mpletion date:"), placeholder="YYYY-MM-DD", max_length=10)]


def edit_objective(parent: QWidget | None, title: str, values: dict, submit: Submit) -> bool:
    """Show the objective dialog; True if the values were stored."""
    return RecordDialog(parent, title, objective_fields(), values, submit).exec() == QDialog.DialogCode.Accepted


def edit_improvement(parent: QWidget | None, title: str, values: dict, objectives: list[tuple[str, int]],
                     submit: Submit) -> bool:
    dialog = RecordDialog(parent, title, improvement_fields(objectives), values, submit)
    return dialog.exec() == QDialog.DialogCode.Accepted
