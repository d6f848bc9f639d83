"""Parts shared by the commitment and attendance dialogs: time fields, field errors, the base dialog."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from gui.core.document_bound import DocumentBound
from gui.core.i18n import day_text, tr
from model import queries
from model.errors import PactlineError, ValidationError
from model.reltime import TimeFormatError, parse_time
from model.timeutil import format_relative, from_epoch
ERROR_STYLE = "QLabel { color: #b71c1c; }"
WARNING_STYLE = "QLabel { color: #7a4300; background: #fff4e0; border: 1px solid #f0b060; padding: 4px; }"


# -- the wrappers tests use ----------------------------------------------------------------------
def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


# -- shared parts --------------------------------------------------------------------------------
class TimeField(QWidget):
    """A scenario time typed relative to STARTEX, with the absolute time it means shown below."""

    def __init__(self, startex: datetime, *, optional: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.startex, self.optional = startex, optional
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("optional — e.g. D+1 18:00") if optional else tr("e.g. D+1 14:00 or T+26h"))
        self.edit.setToolTip(tr("D+1 14:00, T+26h, H+2:30, Tue 14:00 or ISO 8601 with a zone"))
        self.meaning = QLabel()
        self.meaning.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.meaning)
        self.edit.textChanged.connect(self._show_meaning)
        self.setFocusProxy(self.edit)

    def value(self) -> datetime | None:
        """The time typed; None when empty and optional. Raises TimeFormatError."""
        text = self.edit.text().strip()
        if not text:
            if self.optional:
                return None
            raise TimeFormatError(tr("is required"))
        return parse_time(text, self.startex).value

    def set_value(self, value: datetime | None) -> None:
        self.edit.setText("" if value is None else format_relative(value, self.startex, seconds=value.second != 0))

    def _show_meaning(self) -> None:
        try:
            value = self.value()
        except TimeFormatError:
            self.meaning.setText("")
            return
        self.meaning.setText("" if value is None else f"= {day_text(value)} {value:%H:%M} UTC")


class FieldErrors:
    """One red label per field, placed where the user typed it, plus one for errors without a field."""

    def __init__(self, fields: list[str]):
        self.labels = {name: self._label() for name in [*fields, ""]}

    @staticmethod
    def _label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, field: str, message: str) -> None:
        label = self.labels.get(field, self.labels[""])
        label.setText(message)
        label.show()

    def show_error(self, err: PactlineError) -> None:
        if isinstance(err, ValidationError):
            self.show(err.field, err.message)
        else:
            self.show("", str(err))

    def text(self, field: str) -> str:
        return self.labels[field].text()


def field_row(widget: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    layout.addWidget(error)
    box.setFocusProxy(widget)       # the form label's buddy: Alt+letter lands in the field
    return box


def incident_title(snapshot, incident_id: int) -> str:
    pos = snapshot.incident_position(incident_id)
    when = format_relative(from_epoch(snapshot.inc_time[pos]), from_epoch(snapshot.startex))
    return tr("#{0} {1} S{2} — {3}").format(incident_id, snapshot.type_names[snapshot.inc_type[pos]],
                                             snapshot.inc_severity[pos], when)


def scenario_minute(document) -> datetime:
    return from_epoch(document.clock.seconds() // 60 * 60)


def bold_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def button_row(*items: QWidget | None) -> QHBoxLayout:
    """Buttons left to right; None marks the stretch between the left and the right group."""
    row = QHBoxLayout()
    for item in items:
        row.addStretch(1) if item is None else row.addWidget(item)
    return row


class RecordDialog(QDialog):
    """Base: a document, an incident and a signatory; Save and Close; follows stored changes while open."""

    def __init__(self, document, incident_id: int, signatory_id: int, parent: QWidget | None, fields: list[str]):
        super().__init__(parent)
        self.document, self.incident_id, self.signatory_id = document, incident_id, signatory_id
        snapshot = document.snapshot
        self.startex = from_epoch(snapshot.startex)
        self.signatory = next(s for s in queries.signatories(document.file) if s.id == signatory_id)
        self.incident_text = incident_title(snapshot, incident_id)
        self.incident_number = incident_id   # the #id every view shows, not the position in time
        self.errors = FieldErrors(fields)
        self.save_button = QPushButton(tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self._bound = DocumentBound(self, {"changed": self._on_changed})
        self._bound.bind(document)

    def default_time(self) -> datetime:
        """A new record's time: the scenario's current minute, but never before the incident it answers.

        (While planning, the clock often stands before an incident that is yet to come.)
        """
        snapshot = self.document.snapshot
        occurred = from_epoch(int(snapshot.inc_time[snapshot.incident_position(self.incident_id)]))
        return max(scenario_minute(self.document), occurred)

    def done(self, result: int) -> None:
        self._bound.unbind()
        super().done(result)

    def _on_changed(self, _report) -> None:
        pass

    def save(self) -> bool:
        raise NotImplementedError

    def _run(self, command, *, close: bool = True) -> bool:
        """One undo command; a refusal is shown beside its field and the dialog stays open."""
        error = self.document.try_execute(command)
        if error is not None:
            self.errors.show_error(error)
            return False
        if close:
            self.accept()
        return True


# -- commitments ---------------------------------------------------------------------------------
