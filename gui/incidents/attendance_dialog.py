"""The consultation-attendance dialog: attended at a time, or absent, with a note."""
from __future__ import annotations


from functools import partial

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget

from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from gui.incidents.commitment_matrix_model import obligation_tooltip
from model import queries
from model.reltime import TimeFormatError
from model.services import responses
from gui.core.i18n import tr
from gui.incidents.record_dialog import RecordDialog, TimeField, bold_label, button_row, field_row


class AttendanceDialog(RecordDialog):
    """When a signatory joined an incident's consultation, or that it stayed away."""

    def __init__(self, document, *, incident_id: int, signatory_id: int, parent: QWidget | None = None):
        super().__init__(document, incident_id, signatory_id, parent, ["joined_at", "note"])
        self.setWindowTitle(tr("Consultation attendance — {0}").format(self.signatory.code))
        a = document.assessment
        pos = a.snapshot.incident_position(incident_id)
        self.attended = QRadioButton(tr("&Attended, joined at:"))
        self.absent = QRadioButton(tr("A&bsent (did not attend)"))
        self.joined = TimeField(self.startex, optional=False)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("optional — e.g. the reason given for an absence"))
        self.attended.toggled.connect(self.joined.setEnabled)
        self.delete_button = QPushButton(tr("&Delete record"))
        self.delete_button.clicked.connect(self.delete_record)

        form = QFormLayout()
        form.addRow(self.attended, field_row(self.joined, self.errors.labels["joined_at"]))
        form.addRow(self.absent)
        form.addRow(tr("N&ote:"), field_row(self.note, self.errors.labels["note"]))
        layout = QVBoxLayout(self)
        layout.addWidget(bold_label(tr("{0} {1} · consultation on incident {2}").format(
            self.signatory.code, self.signatory.name, self.incident_text)))
        sig = a.snapshot.signatory_position(signatory_id)
        now = obligation_tooltip("consultation", a.consultation, pos, sig, a.snapshot.startex,
                                 bool(a.snapshot.consultation_absent[pos, sig]))
        self.status_label = QLabel(tr("{0} ({1} h tier)").format(now, int(a.tier_hours[pos])))
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addLayout(form)
        layout.addWidget(self.errors.labels[""])
        layout.addLayout(button_row(self.delete_button, None, self.save_button, self.close_button))
        self.setMinimumWidth(480)
        self._load()

    def record(self):
        return next((c for c in queries.consultations(self.document.file, self.incident_id)
                     if c.signatory_id == self.signatory_id), None)

    def _load(self) -> None:
        self.stored = self.record()
        joined = self.stored.joined_at if self.stored is not None else self.default_time()
        (self.absent if self.stored is not None and joined is None else self.attended).setChecked(True)
        self.joined.set_value(joined or self.default_time())
        self.joined.setEnabled(self.attended.isChecked())
        self.note.setText(self.stored.note if self.stored is not None else "")
        self.delete_button.setEnabled(self.stored is not None)
        self.errors.clear()

    def _on_changed(self, report) -> None:
        if report.touches("consultation", "incident", "signatory"):
            self._load()

    def save(self) -> bool:
        self.errors.clear()
        joined = None
        if self.attended.isChecked():
            try:
                joined = self.joined.value()
            except TimeFormatError as err:
                self.errors.show("joined_at", str(err))
                return False
        values = {"joined_at": joined, "note": self.note.text()}
        code, number = self.signatory.code, self.incident_number
        if self.stored is None:
            command = CreateCommand(self.document, tr("Record {0} consultation attendance, incident #{1}").format(
                code, number), responses.record_consultation, responses.delete_consultation,
                incident_id=self.incident_id, signatory_id=self.signatory_id, **values)
        else:
            changes = {k: v for k, v in values.items() if getattr(self.stored, k) != v}
            if not changes:
                self.accept()
                return True
            command = UpdateCommand(self.document, tr("Edit {0} consultation attendance, incident #{1}").format(
                code, number), partial(responses.update_consultation, consultation_id=self.stored.id), **changes)
        return self._run(command)

    def delete_record(self) -> bool:
        if self.stored is None:
            return False
        return self._run(DeleteCommand(self.document, tr("Delete {0} consultation attendance, incident #{1}").format(
            self.signatory.code, self.incident_number), partial(responses.delete_consultation, consultation_id=self.stored.id)))

