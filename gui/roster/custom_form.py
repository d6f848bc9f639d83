"""Add a custom roster entry: a state or organisation typed in field by field.

Nothing is stored until the service accepts the whole entry: on OK the form
hands its values to ``submit`` (which runs the undo command); a refusal is
shown in red beside the field the service named, and the form stays open.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from model import roster_lists, services
from model.errors import PactlineError, ValidationError

ERROR_STYLE = "QLabel { color: #b71c1c; }"


class CustomSignatoryDialog(QDialog):
    def __init__(self, submit: Callable[[dict], PactlineError | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customSignatoryDialog")
        self.setWindowTitle(self.tr("Add a custom signatory"))
        self._submit = submit
        self.kind = QComboBox()
        self.kind.addItem(self.tr("State"), "state")
        self.kind.addItem(self.tr("Organisation"), "organisation")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("ISO 3166 code, e.g. AT; an organisation: 2-10 letters or digits"))
        self.code.setMaxLength(12)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Austria"))
        self.nato = QCheckBox(self.tr("NATO member"))
        self.eu = QCheckBox(self.tr("EU member"))
        self.agreement_date = QLineEdit()
        self.agreement_date.setPlaceholderText(self.tr("YYYY-MM-DD, or empty if not signed"))
        self.approval_required = QCheckBox(self.tr("A military deployment needs the parliament's prior approval"))
        self.lead_hours = QSpinBox()
        self.lead_hours.setRange(0, services.signatories.MAX_LEAD_HOURS)
        self.lead_hours.setSuffix(self.tr(" h"))
        self.lead_hours.setToolTip(self.tr("Typical time the parliament takes to approve, in hours"))
        self.lead_time_assumed = QCheckBox(self.tr("an assumption (not published)"))
        self.lead_time_assumed.setChecked(True)
        self.approval_basis = QPlainTextEdit()
        self.approval_basis.setPlaceholderText(self.tr("Legal basis and source of the approval rule"))
        self.approval_basis.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Point of contact of the delegation"))

        membership = QHBoxLayout()
        membership.addWidget(self.nato)
        membership.addWidget(self.eu)
        membership.addStretch(1)
        lead = QHBoxLayout()
        lead.addWidget(self.lead_hours)
        lead.addWidget(self.lead_time_assumed)
        lead.addStretch(1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # Field name (as the service names it) -> (input widget, its error label).
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        for field, label, widget in (
                ("kind", self.tr("Kind:"), self.kind), ("code", self.tr("Code:"), self.code),
                ("name", self.tr("Name:"), self.name), ("nato", self.tr("Membership:"), membership),
                ("agreement_date", self.tr("Agreement signed:"), self.agreement_date),
                ("approval_required", self.tr("Parliament:"), self.approval_required),
                ("approval_lead_hours", self.tr("Approval lead time:"), lead),
                ("approval_basis", self.tr("Basis:"), self.approval_basis),
                ("contact", self.tr("Contact:"), self.contact)):
            self.form.addRow(label, widget)
            error = QLabel()
            error.setObjectName(f"error_{field}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.form.addRow("", error)
            self.form.setRowVisible(error, False)
            anchor = widget if isinstance(widget, QWidget) else widget.itemAt(0).widget()
            self.fields[field] = (anchor, error)
        self.fields["eu"] = self.fields["nato"]
        self.fields["lead_time_assumed"] = self.fields["approval_lead_hours"]

        self.general_error = QLabel()
        self.general_error.setObjectName("error_general")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add to roster"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        for field, signal in (("code", self.code.textEdited), ("name", self.name.textEdited),
                              ("agreement_date", self.agreement_date.textEdited),
                              ("contact", self.contact.textEdited),
                              ("approval_basis", self.approval_basis.textChanged),
                              ("approval_lead_hours", self.lead_hours.valueChanged),
                              ("kind", self.kind.currentIndexChanged)):
            signal.connect(lambda *_args, f=field: self.clear_error(f))
        # The kind decides which codes are valid: a new kind clears a refused code too.
        self.kind.currentIndexChanged.connect(lambda *_args: self.clear_error("code"))
        self.code.editingFinished.connect(self._fill_from_code)
        self.resize(560, self.sizeHint().height())

    # -- values -------------------------------------------------------------------------------
    def values(self) -> dict:
        """The form as create_signatory keywords (text as typed: the service validates)."""
        return dict(kind=self.kind.currentData(), code=self.code.text(), name=self.name.text(),
                    nato=self.nato.isChecked(), eu=self.eu.isChecked(),
                    agreement_date=self.agreement_date.text().strip() or None,
                    approval_required=self.approval_required.isChecked(),
                    approval_lead_hours=self.lead_hours.value(),
                    lead_time_assumed=self.lead_time_assumed.isChecked(),
                    approval_basis=self.approval_basis.toPlainText(), contact=self.contact.text())

    def _fill_from_code(self) -> None:
        """A known state code fills an empty name and the NATO/EU flags."""
        if self.kind.currentData() != "state" or self.name.text().strip():
            return
        try:
            entry = roster_lists.state_entry(self.code.text().strip().upper())
        except ValidationError:
            return   # the service names the problem on OK
        self.name.setText(entry["name"])
        self.nato.setChecked(entry["nato"])
        self.eu.setChecked(entry["eu"])

    # -- errors -------------------------------------------------------------------------------
    def error_text(self, field: str) -> str:
        """The message shown beside *field* ("" if none)."""
        _widget, label = self.fields[field]
        return label.text() if self.form.isRowVisible(label) else ""

    def show_error(self, error: PactlineError) -> None:
        field = error.field if isinstance(error, ValidationError) else ""
        if field in self.fields:
            widget, label = self.fields[field]
            label.setText(error.message)
            self.form.setRowVisible(label, True)
            widget.setFocus()
        else:
            self.general_error.setText(str(error))
            self.general_error.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) so a message that appeared is shown whole."""
        self.layout().activate()
        wanted = self.layout().totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def clear_error(self, field: str) -> None:
        _widget, label = self.fields[field]
        self.form.setRowVisible(label, False)
        self.general_error.hide()

    def accept(self) -> None:
        for field in self.fields:
            self.clear_error(field)
        error = self._submit(self.values())
        if error is not None:
            self.show_error(error)
            return
        super().accept()
