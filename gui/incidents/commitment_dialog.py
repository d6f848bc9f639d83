"""Recording what a signatory did after an incident: its commitments in one category, its consultation attendance.

Opened through the module functions below (tests call or patch them). Each
save is one undo command calling one service; a refused save shows the
service's message beside the field it names, the dialog stays open and
nothing is stored. Times are typed as planners speak them (D+1 14:00, T+26h,
ISO 8601) and shown back in absolute UTC so a typo is seen before saving.
"""
from __future__ import annotations

from datetime import timedelta
from functools import partial
import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
    QWidget,
)

from gui.branches.commands import with_outcome
from gui.branches.outcome_field import OutcomeChoice
from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from model.branching import branch_points
from model import queries
from model.display_names import catalogue_text, category_word, display_name
from model.reltime import TimeFormatError
from model.services import responses
from model.timeutil import format_relative
from model.vocabulary import COMMITMENT_STATUSES

from gui.core.i18n import tr
from gui.incidents.attendance_dialog import AttendanceDialog
from gui.incidents.record_dialog import (  # noqa: F401  (confirm: the matrix asks through this module; tests patch it)
    WARNING_STYLE, RecordDialog, TimeField, bold_label, button_row, confirm, field_row,
)


# -- the wrappers tests use ----------------------------------------------------------------------
def open_commitment_dialog(parent: QWidget | None, document, *, incident_id: int, signatory_id: int,
                           category: str) -> CommitmentDialog:
    dialog = CommitmentDialog(document, incident_id=incident_id, signatory_id=signatory_id, category=category,
                              parent=parent)
    dialog.open()
    return dialog


def open_attendance_dialog(parent: QWidget | None, document, *, incident_id: int,
                           signatory_id: int) -> AttendanceDialog:
    dialog = AttendanceDialog(document, incident_id=incident_id, signatory_id=signatory_id, parent=parent)
    dialog.open()
    return dialog


class CommitmentDialog(RecordDialog):
    """A signatory's commitments in one category for one incident: list, edit, delete, add."""

    FIELDS = ["measure", "announced_at", "effective_at", "status", "note"]

    def __init__(self, document, *, incident_id: int, signatory_id: int, category: str,
                 parent: QWidget | None = None):
        super().__init__(document, incident_id, signatory_id, parent, self.FIELDS)
        self.category = category
        self.editing = None                  # the stored Commitment shown in the form, or None: a new one
        self.setWindowTitle(tr("Commitment — {0} {1}").format(self.signatory.code, category_word(category)))
        self.instruments = [i for i in queries.instruments(document.file) if i.category == category]
        pledges = set(json.loads(self.signatory.pledges or "[]"))

        self.existing = QListWidget()
        self.existing.setObjectName("existingCommitments")
        self.existing.setAccessibleName(tr("Recorded commitments"))
        self.existing.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.existing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.existing.currentItemChanged.connect(self._existing_chosen)
        self.new_button = QPushButton(tr("&Add another"))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.form_title = bold_label("")

        self.measure = QComboBox()
        for instrument in self.instruments:
            label = catalogue_text(instrument.name) + (tr("  · deploys forces") if instrument.deploys_forces else "") \
                + (tr("  · offered") if instrument.code in pledges else "")
            self.measure.addItem(label, instrument.code)
        self._default_measure = next((i for i, m in enumerate(self.instruments) if m.code in pledges), 0)
        self.announced = TimeField(self.startex, optional=False)
        self.effective = TimeField(self.startex, optional=True)
        self.status = QComboBox()
        for status in COMMITMENT_STATUSES:
            self.status.addItem(display_name("commitment_status", status), status)
        self.note = QLineEdit()
        # With branch points: which outcome the commitment is on (a new one: its incident's).
        self.points = branch_points(document.file)
        incident = queries.incident(document.file, incident_id) if self.points else None
        self.incident_outcome = incident.outcome_id if incident is not None else None
        self.outcome = OutcomeChoice("commitmentOutcome") if self.points else None
        self.gate_warning = QLabel()
        self.gate_warning.setObjectName("gateWarning")
        self.gate_warning.setStyleSheet(WARNING_STYLE)
        self.gate_warning.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("&Measure:"), field_row(self.measure, self.errors.labels["measure"]))
        form.addRow(tr("A&nnounced:"), field_row(self.announced, self.errors.labels["announced_at"]))
        form.addRow(tr("&Effective:"), field_row(self.effective, self.errors.labels["effective_at"]))
        form.addRow(tr("S&tatus:"), field_row(self.status, self.errors.labels["status"]))
        form.addRow(tr("N&ote:"), field_row(self.note, self.errors.labels["note"]))
        if self.outcome is not None:
            form.addRow(tr("&Branch:"), self.outcome)
        layout = QVBoxLayout(self)
        layout.addWidget(bold_label(tr("{0} {1} · {2} response to incident {3}").format(
            self.signatory.code, self.signatory.name, category_word(category), self.incident_text)))
        self.existing_label = QLabel(tr("Already recorded:"))
        layout.addWidget(self.existing_label)
        layout.addWidget(self.existing)
        layout.addLayout(button_row(self.new_button, self.delete_button, None))
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addWidget(self.gate_warning)
        layout.addWidget(self.errors.labels[""])
        layout.addLayout(button_row(None, self.save_button, self.close_button))
        self.setMinimumWidth(560)

        self.measure.currentIndexChanged.connect(self.update_gate_warning)
        self.announced.edit.textChanged.connect(self.update_gate_warning)
        self.effective.edit.textChanged.connect(self.update_gate_warning)
        self.reload_existing()
        if self.existing.count():
            self.existing.setCurrentRow(0)
        else:
            self.start_new()

    # -- the list of recorded commitments ----------------------------------------------------------
    def recorded(self) -> list:
        return [c for c in queries.commitments(self.document.file, self.incident_id)
                if c.signatory_id == self.signatory_id and c.category == self.category]

    def reload_existing(self) -> None:
        keep = self.editing.id if self.editing is not None else None
        names = {i.code: catalogue_text(i.name) for i in self.instruments}
        a = self.document.assessment
        broken = {int(i) for i in a.snapshot.com_ids[a.gate_violation]}
        self.existing.blockSignals(True)
        self.existing.clear()
        for row in self.recorded():
            effective = format_relative(row.effective_at, self.startex) if row.effective_at else tr("no effective time")
            text = tr("{0} · {1} · {2} → {3}").format(names.get(row.measure, row.measure), display_name("commitment_status", row.status),
                                                      format_relative(row.announced_at, self.startex), effective)
            if row.id in broken:
                text = "\u26a0 " + text + tr(" · parliamentary gate broken")
            item = QListWidgetItem(text)
            item.setToolTip(text + (f"\n{row.note}" if row.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.existing.addItem(item)
            if row.id == keep:
                self.existing.setCurrentItem(item)
        self.existing.blockSignals(False)
        shown = sum(self.existing.sizeHintForRow(r) for r in range(min(self.existing.count(), 4)))
        self.existing.setFixedHeight(shown + 2 * self.existing.frameWidth() + 6)
        has_any = self.existing.count() > 0
        for widget in (self.existing, self.existing_label, self.delete_button, self.new_button):
            widget.setVisible(has_any)
        if keep is not None and all(r.id != keep for r in self.recorded()):
            self.start_new()               # the one being edited was removed (an undo, another view)

    def _existing_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.edit_existing(item.data(Qt.ItemDataRole.UserRole))

    def _on_changed(self, report) -> None:
        if report.touches("commitment", "incident", "signatory"):
            self.reload_existing()

    # -- the form ------------------------------------------------------------------------------
    def start_new(self) -> None:
        self.existing.blockSignals(True)
        self.existing.setCurrentRow(-1)
        self.existing.blockSignals(False)
        self._load(None)

    def edit_existing(self, commitment_id: int) -> None:
        row = next((c for c in self.recorded() if c.id == commitment_id), None)
        if row is not None:
            self._load(row)

    def _load(self, row) -> None:
        """Fill the form from a stored commitment, or with defaults for a new one (announced: now, or the incident's time if later)."""
        self.editing = row
        self.form_title.setText(tr("New commitment") if row is None else tr("Edit the selected commitment"))
        measure = self._default_measure if row is None else max(self.measure.findData(row.measure), 0)
        self.measure.setCurrentIndex(measure)
        self.announced.set_value(self.default_time() if row is None else row.announced_at)
        self.effective.set_value(None if row is None else row.effective_at)
        self.status.setCurrentIndex(COMMITMENT_STATUSES.index("announced" if row is None else row.status))
        self.note.setText("" if row is None else row.note)
        if self.outcome is not None:
            self.outcome.show_points(self.points, self.incident_outcome if row is None else row.outcome_id)
        self.save_button.setText(tr("&Record") if row is None else tr("&Save changes"))
        self.delete_button.setEnabled(row is not None)
        self.errors.clear()
        self.update_gate_warning()

    def _deploys(self) -> bool:
        index = self.measure.currentIndex()
        return 0 <= index < len(self.instruments) and self.instruments[index].deploys_forces

    def update_gate_warning(self) -> None:
        """Non-blocking: where a parliament must approve a deployment, say when it can be effective."""
        sig = self.signatory
        if not (self._deploys() and sig.approval_required):
            self.gate_warning.hide()
            return
        lead = tr("assumed lead time {0} h") if sig.lead_time_assumed else tr("lead time {0} h")
        lead = lead.format(sig.approval_lead_hours)
        try:
            announced, effective = self.announced.value(), self.effective.value()
        except TimeFormatError:
            announced = effective = None
        if announced is None:
            text = tr("Parliamentary gate: effective not before the announcement + {0} h ({1})").format(
                sig.approval_lead_hours, lead)
        else:
            opens = announced + timedelta(hours=sig.approval_lead_hours)
            text = tr("Parliamentary gate: effective not before {0} ({1})").format(
                format_relative(opens, self.startex), lead)
            if effective is not None and effective < opens:
                text += "\n" + tr("The effective time entered is earlier: the gate would be broken.")
        self.gate_warning.setText(text)
        self.gate_warning.show()

    def form_values(self) -> dict | None:
        """The form as service arguments, or None (with the message beside the field) if a time is unreadable."""
        self.errors.clear()
        values = {"measure": self.measure.currentData(), "status": self.status.currentData(),
                  "note": self.note.text()}
        for field, widget in (("announced_at", self.announced), ("effective_at", self.effective)):
            try:
                values[field] = widget.value()
            except TimeFormatError as err:
                self.errors.show(field, str(err))
                return None
        return values

    def save(self) -> bool:
        """Record the form (a new commitment, or changes to the selected one); False if refused."""
        values = self.form_values()
        if values is None:
            return False
        who = f"{self.signatory.code} {category_word(self.category)}"
        outcome_id = self.outcome.chosen() if self.outcome is not None else None
        if self.editing is None:
            command: QUndoCommand | None = CreateCommand(self.document, tr("Record {0} commitment on incident #{1}").format(
                who, self.incident_number), responses.create_commitment, responses.delete_commitment,
                incident_id=self.incident_id, signatory_id=self.signatory_id, category=self.category, **values)
            command = with_outcome(self.document, command, kind="commitment", key=None, outcome_id=outcome_id,
                                   before=None, points=self.points)
        else:
            changes = {k: v for k, v in values.items() if getattr(self.editing, k) != v}
            before = self.editing.outcome_id
            edit = UpdateCommand(self.document, tr("Edit {0} commitment on incident #{1}").format(
                who, self.incident_number), partial(responses.update_commitment, commitment_id=self.editing.id),
                **changes) if changes else None
            command = with_outcome(self.document, edit, kind="commitment", key=self.editing.id,
                                   outcome_id=outcome_id if self.outcome is not None else before, before=before,
                                   points=self.points)
            if command is None:
                self.accept()
                return True
        return self._run(command)

    def delete_selected(self) -> bool:
        if self.editing is None:
            return False
        command = DeleteCommand(self.document, tr("Delete {0} {1} commitment on incident #{2}").format(
            self.signatory.code, self.category, self.incident_number), partial(responses.delete_commitment, commitment_id=self.editing.id))
        if not self._run(command, close=False):
            return False
        self.editing = None
        self.reload_existing()
        if self.existing.count():
            self.existing.setCurrentRow(0)
        else:
            self.start_new()
        return True


# -- consultation attendance ------------------------------------------------------------------------
