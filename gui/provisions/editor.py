"""The editor of a standing provision, a milestone or a delivery: one form, kept open until the edit is stored.

The form hands its values to *store* (the dock builds the undo command from them);
a refusal is shown under the fields and the form stays open with what was typed.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
    QWidget,
)

from gui.core.number_field import NumberField
from model.errors import PactlineError, ValidationError
from model.provision_status import kind_name
from model.reltime import parse_time
from model.timeutil import format_relative_epoch, from_epoch
from model.vocabulary import PROVISION_KINDS

PROVISION, MILESTONE, DELIVERY = "provision", "milestone", "delivery"
NO_MILESTONE = 0     # the delivery counts for the provision as a whole


class ProvisionEditor(QDialog):
    """*what*: PROVISION, MILESTONE or DELIVERY; *values*: the item's current values (empty for a new one)."""

    def __init__(self, what: str, values: dict, *, startex: int, store: Callable[[dict], str | None],
                 signatories: Sequence[tuple[int, str]] = (), milestones: Sequence[tuple[int, str]] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("provisionEditor")
        self.what, self._startex, self._store = what, startex, store
        titles = {PROVISION: self.tr("Standing Provision"), MILESTONE: self.tr("Milestone"),
                  DELIVERY: self.tr("Delivery")}
        self.setWindowTitle(titles[what])
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        if what == PROVISION:
            self.signatory = self._combo("signatory_id", signatories, values.get("signatory_id"))
            form.addRow(self.tr("&Signatory:"), self.signatory)
            self.kind = self._combo("kind", [(k, kind_name(k)) for k in PROVISION_KINDS], values.get("kind"))
            form.addRow(self.tr("&Kind:"), self.kind)
            form.addRow(self.tr("&Title:"), self._line("title", values.get("title", ""),
                                                       self.tr("e.g. Air-defence systems")))
            form.addRow(self.tr("Pledged &quantity:"), self._number("quantity", values, 12))
            form.addRow(self.tr("&Unit:"), self._line("unit", values.get("unit", ""), self.tr("e.g. fire units")))
            form.addRow(self.tr("Pledged &value:"), self._number("value", values, 150000000))
            form.addRow(self.tr("&Currency:"), self._line("currency", values.get("currency", ""), "EUR"))
            self.assumed = QCheckBox(self.tr("The figures are an &assumption, not a published pledge"))
            self.assumed.setChecked(bool(values.get("assumed", True)))
            self.fields["assumed"] = self.assumed
            form.addRow("", self.assumed)
            notes = QPlainTextEdit(values.get("notes", ""))
            notes.setFixedHeight(notes.fontMetrics().height() * 4)
            self.fields["notes"] = notes
            form.addRow(self.tr("&Notes:"), notes)
        elif what == MILESTONE:
            form.addRow(self.tr("&Due:"), self._time("due_at", values.get("due")))
            form.addRow(self.tr("&What is due:"), self._line("what", values.get("what", ""),
                                                             self.tr("e.g. First batch handed over")))
            form.addRow(self.tr("&Quantity due:"), self._number("quantity", values))
            form.addRow(self.tr("&Value due:"), self._number("value", values))
        else:
            choices = [(NO_MILESTONE, self.tr("(the provision as a whole)")), *milestones]
            self.milestone = self._combo("milestone_id", choices, values.get("milestone_id") or NO_MILESTONE)
            form.addRow(self.tr("&Against:"), self.milestone)
            form.addRow(self.tr("&Delivered at:"), self._time("delivered_at", values.get("at")))
            form.addRow(self.tr("&Quantity:"), self._number("quantity", values))
            form.addRow(self.tr("&Value:"), self._number("value", values))
            form.addRow(self.tr("&Note:"), self._line("note", values.get("note", ""), ""))
        self.message = QLabel()
        self.message.setObjectName("provisionEditorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b71c1c; }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _line(self, key: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        self.fields[key] = edit
        return edit

    def _number(self, key: str, values: dict, example: float | None = None) -> NumberField:
        edit = NumberField(key, values.get(key), example=example)
        self.fields[key] = edit
        return edit

    def _time(self, key: str, epoch: int | None) -> QLineEdit:
        text = "" if epoch is None else format_relative_epoch(epoch, self._startex)
        return self._line(key, text, "D+2 12:00")

    def _combo(self, key: str, choices, current) -> QComboBox:
        combo = QComboBox()
        for value, text in choices:
            combo.addItem(text, value)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        self.fields[key] = combo
        return combo

    def values(self) -> dict:
        """What the form holds, as service arguments (times parsed; raises PactlineError or ValueError)."""
        values: dict = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                values[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText()
            elif isinstance(widget, NumberField):
                values[key] = widget.value()
            elif key in ("due_at", "delivered_at"):
                values[key] = parse_time(cast(QLineEdit, widget).text(), from_epoch(self._startex)).value
            else:
                values[key] = cast(QLineEdit, widget).text()
        if values.get("milestone_id") == NO_MILESTONE:
            values["milestone_id"] = None
        return values

    def accept(self) -> None:
        try:
            values = self.values()
        except (PactlineError, ValueError) as err:
            if isinstance(err, ValidationError) and isinstance(self.fields.get(err.field), NumberField):
                self.message.setText(str(err))    # a figure it cannot read: the sentence names the field
            else:
                self.message.setText(self.tr("Time: {0}").replace("{0}", str(err)))
            return
        error = self._store(values)
        if error:
            self.message.setText(error)
            return
        super().accept()
