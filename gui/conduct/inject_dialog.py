"""The inject dialog: every planned column of an MSEL row, for adding (also ad hoc) and editing.

The dialog does not store anything itself: on OK it hands the values to
*submit*, which runs the undo command; a refused value (ValidationError) is
shown under its field and the dialog stays open. ``show_inject_dialog`` is
the wrapper tests replace to fill the dialog in instead of exec()-ing it. With
branch points, a Branch field says which outcome the inject is on
(``outcome_id`` in the values; the caller stores it with gui/branches'
OnOutcomeCommand), and an "Asks to resolve" field which branch point delivering it brings
up (``asks_branch_point_id``, stored by the inject services like any planned field).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget,
)

from gui.branches.outcome_field import OutcomeChoice
from gui.conduct.additional_fields_editor import AdditionalFieldsEditor
from gui.conduct.clock_dialogs import ERROR_STYLE, HINT_STYLE
from gui.conduct.msel_model import type_name
from gui.core.i18n import tr
from model.conduct_entities import INJECT_TYPES, Inject
from model.errors import PactlineError, ValidationError
from model.reltime import TimeFormatError, parse_time
from model.timeutil import format_relative

TEXT_FIELDS = ("number", "title", "method", "sender", "recipient", "objective", "controller", "location")
LONG_FIELDS = ("synopsis", "expected_action", "notes")


class InjectDialog(QDialog):
    """*inject* None: a new one. *adhoc*: added during play, delivered now or at a chosen time."""

    def __init__(self, parent: QWidget | None, *, startex: datetime, now: datetime,
                 incident_types: list[tuple[str, str]], submit: Callable[[dict, bool], None],
                 inject: Inject | None = None, adhoc: bool = False, phases: Sequence[str] = (),
                 points: Sequence = (), outcome_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("injectDialog")
        self._startex, self._submit, self._inject = startex, submit, inject
        if inject is not None:
            self.setWindowTitle(tr("Edit inject {0}").format(inject.number))
        else:
            self.setWindowTitle(tr("Add ad-hoc inject") if adhoc else tr("Add inject"))
        self.fields: dict[str, QWidget] = {}
        # the same widgets by kind, for reading and filling them
        self._lines: dict[str, QLineEdit] = {}
        self._boxes: dict[str, QPlainTextEdit] = {}
        self._combos: dict[str, QComboBox] = {}
        self.errors: dict[str, QLabel] = {}

        def line(name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(f"inject_{name}")
            edit.setPlaceholderText(placeholder)
            self.fields[name] = self._lines[name] = edit
            return edit

        def text_box(name: str, lines: int) -> QPlainTextEdit:
            box = QPlainTextEdit()
            box.setObjectName(f"inject_{name}")
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
            self.fields[name] = self._boxes[name] = box
            return box

        line("number", tr("automatic"))
        line("scenario_time", "D+1 14:00")
        line("delivery_time", tr("same as the scenario time"))
        self.fields["phase"] = self._combos["phase"] = phase = QComboBox()
        phase.setObjectName("inject_phase")
        phase.setEditable(True)
        phase.addItems([p for p in phases if p])
        phase.setCurrentText("")
        self.fields["inject_type"] = self._combos["inject_type"] = kind = QComboBox()
        kind.setObjectName("inject_inject_type")
        for code in INJECT_TYPES:
            kind.addItem(type_name(code), code)
        for name, hint in (("method", tr("email, phone, VTC, map update…")), ("sender", tr("simulated sender")),
                           ("recipient", tr("players")), ("objective", ""), ("controller", "")):
            line(name, hint)
        line("title", tr("subject, in a few words"))
        text_box("synopsis", 3)
        text_box("expected_action", 2)
        text_box("notes", 2)
        self.fields["incident_type"] = self._combos["incident_type"] = types = QComboBox()
        types.setObjectName("inject_incident_type")
        for code, name in incident_types:
            types.addItem(name, code)
        self.fields["severity"] = self._combos["severity"] = severity = QComboBox()
        severity.setObjectName("inject_severity")
        severity.addItem(tr("Default for the type"), None)
        for level in range(1, 6):
            severity.addItem(f"S{level}", level)
        line("location", tr("where it happens"))
        self.fields["additional_fields"] = self.additional = AdditionalFieldsEditor()
        self.outcome: OutcomeChoice | None = None
        if points:      # without branch points every inject is on the trunk: no field to explain
            self.fields["outcome_id"] = self.outcome = OutcomeChoice("inject_outcome")
            self.outcome.show_points(points, inject.outcome_id if inject is not None else outcome_id)
            self.fields["asks_branch_point_id"] = self._combos["asks_branch_point_id"] = asks = QComboBox()
            asks.setObjectName("inject_asks_branch_point_id")
            asks.setToolTip(tr("Delivering this inject asks the facilitator to resolve that branch point"))
            asks.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            asks.setMinimumContentsLength(16)
            asks.addItem(tr("(none)"), None)
            for point in points:
                asks.addItem(point.question, point.id)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.when = self._delivery_choice(now) if adhoc else None
        if self.when is not None:
            form.addRow(tr("Deliver:"), self.when)
        labels = {"number": tr("&Number:"), "scenario_time": tr("&Scenario time:"),
                  "delivery_time": tr("&Delivery time:"), "phase": tr("&Phase/move:"), "inject_type": tr("T&ype:"),
                  "method": tr("&Method:"), "sender": tr("&From:"), "recipient": tr("&To:"),
                  "title": tr("T&itle:"), "synopsis": tr("S&ynopsis:"), "expected_action": tr("&Expected action:"),
                  "objective": tr("&Objective:"), "controller": tr("&Controller:"), "notes": tr("No&tes:")}
        if self.outcome is not None:
            labels["outcome_id"] = tr("&Branch:")
        # Short fields two to a row (and Branch beside "Asks to resolve"): one field a row took the dialog
        # to 821 px with the marking banner, past a 1280x800 screen (852 for an ad-hoc inject).
        beside = {"inject_type": ("method", labels.pop("method")), "sender": ("recipient", labels.pop("recipient")),
                  "objective": ("controller", labels.pop("controller"))}
        if self.outcome is not None:
            beside["outcome_id"] = ("asks_branch_point_id", tr("As&ks to resolve:"))
        for name, label in labels.items():
            form.addRow(label, self._pair(name, *beside[name]) if name in beside else self._with_error(name))
        times_hint = QLabel(tr("Times: D+1 14:00, T+26h, H+2:30, Tue 14:00 or ISO 8601 (UTC)"))
        times_hint.setStyleSheet(HINT_STYLE)
        form.insertRow(3 + (self.when is not None), "", times_hint)
        self.incident_box = QGroupBox(tr("Incident it creates when delivered"))
        self.incident_box.setObjectName("injectIncidentBox")
        incident_form = QFormLayout(self.incident_box)
        for name, label in (("incident_type", tr("Incident t&ype:")), ("severity", tr("Se&verity:")),
                            ("location", tr("&Location:"))):
            incident_form.addRow(label, self._with_error(name))

        self.general_error = QLabel()
        self.general_error.setObjectName("injectError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Beside the incident box, not below it: the dialog must fit a 1280×800 screen.
        additional_box = QGroupBox(tr("Additional fields"))
        additional_box.setObjectName("injectAdditionalBox")
        QVBoxLayout(additional_box).addWidget(self._with_error("additional_fields"))
        lower = QHBoxLayout()
        lower.addWidget(self.incident_box, 1)
        lower.addWidget(additional_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lower)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(760)
        kind.currentIndexChanged.connect(self._follow_type)
        self._fill(inject, now)
        self._follow_type()
        if self.when is not None:
            self._follow_delivery()

    # -- building -----------------------------------------------------------------------------
    def _with_error(self, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.fields[name])
        error = QLabel()
        error.setObjectName(f"inject_{name}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[name] = error
        return box

    def _pair(self, name: str, second: str, label: str) -> QWidget:
        """Two fields in one row of the form, the second with its own label."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._with_error(name), 1)
        caption = QLabel(label)
        caption.setBuddy(self.fields[second])
        row.addWidget(caption)
        row.addWidget(self._with_error(second), 1)
        return box

    def _delivery_choice(self, now: datetime) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.deliver_now = QRadioButton(tr("&Now ({0})").format(format_relative(now, self._startex)))
        self.deliver_now.setObjectName("injectDeliverNow")
        self.deliver_later = QRadioButton(tr("At its &delivery time"))
        self.deliver_later.setObjectName("injectDeliverLater")
        group = QButtonGroup(box)
        group.addButton(self.deliver_now)
        group.addButton(self.deliver_later)
        self.deliver_now.setChecked(True)
        row.addWidget(self.deliver_now)
        row.addWidget(self.deliver_later)
        row.addStretch(1)
        self.deliver_now.toggled.connect(self._follow_delivery)
        return box

    def _fill(self, inject: Inject | None, now: datetime) -> None:
        if inject is None:
            self._lines["scenario_time"].setText(format_relative(now, self._startex))
            self._combos["inject_type"].setCurrentIndex(self._combos["inject_type"].findData("message"))
            return
        for name in TEXT_FIELDS:
            self._lines[name].setText(getattr(inject, name) or "")
        for name in LONG_FIELDS:
            self._boxes[name].setPlainText(getattr(inject, name) or "")
        self._combos["phase"].setCurrentText(inject.phase)
        self.additional.set_fields(inject.additional)
        self._lines["scenario_time"].setText(format_relative(inject.scenario_time, self._startex))
        if inject.delivery_time != inject.scenario_time:
            self._lines["delivery_time"].setText(format_relative(inject.delivery_time, self._startex))
        self._combos["inject_type"].setCurrentIndex(self._combos["inject_type"].findData(inject.inject_type))
        if inject.incident_type:
            self._combos["incident_type"].setCurrentIndex(self._combos["incident_type"].findData(inject.incident_type))
        self._combos["severity"].setCurrentIndex(max(0, self._combos["severity"].findData(inject.severity)))
        if "asks_branch_point_id" in self._combos:
            asks = self._combos["asks_branch_point_id"]
            asks.setCurrentIndex(max(0, asks.findData(inject.asks_branch_point_id)))

    def _follow_type(self) -> None:
        self.incident_box.setEnabled(self._combos["inject_type"].currentData() == "incident")

    def _follow_delivery(self) -> None:
        timed = not self.deliver_now.isChecked()
        for name in ("scenario_time", "delivery_time"):
            self.fields[name].setEnabled(timed)

    # -- values -----------------------------------------------------------------------------
    @property
    def delivers_now(self) -> bool:
        return self.when is not None and self.deliver_now.isChecked()

    def values(self) -> dict:
        """The planned fields as the service takes them; raises ValidationError for an unreadable time."""
        values: dict[str, object] = {name: self._lines[name].text() for name in TEXT_FIELDS}
        values.update({name: self._boxes[name].toPlainText() for name in LONG_FIELDS})
        values["phase"] = self._combos["phase"].currentText()
        values["additional_fields"] = self.additional.fields()
        values["inject_type"] = self._combos["inject_type"].currentData()
        incident = values["inject_type"] == "incident"
        values["incident_type"] = self._combos["incident_type"].currentData() if incident else None
        values["severity"] = self._combos["severity"].currentData() if incident else None
        if not incident:
            values["location"] = ""
        if self.outcome is not None:
            values["outcome_id"] = self.outcome.chosen()
            values["asks_branch_point_id"] = self._combos["asks_branch_point_id"].currentData()
        if not self.delivers_now:
            values["scenario_time"] = self._time("scenario_time", required=True)
            values["delivery_time"] = self._time("delivery_time", required=False)
        return values

    def _time(self, name: str, *, required: bool) -> datetime | None:
        text = self._lines[name].text().strip()
        if not text and not required:
            return None
        try:
            return parse_time(text, self._startex).value
        except TimeFormatError as err:
            raise ValidationError(name, str(err)) from None

    def changes(self) -> dict:
        """For an edit: only the fields that differ from the inject as stored."""
        values = self.values()
        inject = self._inject
        if values.get("delivery_time") is None:
            values["delivery_time"] = values["scenario_time"]
        if values["number"] == "":
            values["number"] = inject.number
        stored = {name: inject.additional if name == "additional_fields" else getattr(inject, name)
                  for name in values}
        return {name: value for name, value in values.items() if stored[name] != value}

    # -- submitting ---------------------------------------------------------------------------
    def show_error(self, err: PactlineError) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        field = getattr(err, "field", None)
        message = getattr(err, "message", str(err))
        label = self.errors.get(field)
        if label is None:
            label, message = self.general_error, str(err)
        label.setText(message)
        label.show()
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        try:
            values = self.changes() if self._inject is not None else self.values()
            if self._inject is not None and not values:
                super().accept()  # nothing changed: nothing to store or undo
                return
            self._submit(values, self.delivers_now)
        except PactlineError as err:
            self.show_error(err)
            return
        super().accept()


def show_inject_dialog(dialog: InjectDialog) -> bool:
    """Run the dialog modally (the clock keeps running); tests replace this to fill it in."""
    return dialog.exec() == QDialog.DialogCode.Accepted
