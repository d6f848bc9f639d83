"""The log dock's entry line: record a decision, commitment, attendance or note with the keyboard.

Type, press Enter. A commitment or attendance is a stored fact (an undo
command over model.services.responses that logs itself with the matching
kind); a decision, note or correction is only a log entry, which the log
never gives back, so it is not on the undo stack.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from gui.core.commands import CreateCommand
from gui.core.document_bound import DocumentBound
from gui.core.i18n import QT_TR_NOOP, tr
from gui.core.incident_choices import IncidentChoices
from model import queries
from model.display_names import category_name
from model.errors import PactlineError, ValidationError, field_error_text
from model.services import log as log_service
from model.services import responses
from model.timeutil import format_relative_epoch
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES

ENTRY_KINDS = ("decision", "commitment", "attendance", "note")
_KIND_LABELS = {"decision": QT_TR_NOOP("Decision"), "commitment": QT_TR_NOOP("Commitment"),
                "attendance": QT_TR_NOOP("Attendance"), "note": QT_TR_NOOP("Note")}
ERROR_STYLE = "color: #c62828; font-weight: bold;"
_FIELD_ERROR = "border: 2px solid #c62828;"




class EntryLine(QWidget):
    """Kind selector, the fields the kind needs, the text and Record; Enter anywhere records."""

    recorded = Signal(str)          # one line saying what was recorded
    correction_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bound = DocumentBound(self, {"selection.changed": self._on_selection})
        self.setObjectName("logEntryLine")
        self._document = None
        self._correcting: int | None = None
        self._signatories: dict[str, int] = {}
        self._instruments: dict[str, tuple[str, str]] = {}   # lower-case code or name -> (code, category)

        self.kind = QComboBox()
        self.kind.setObjectName("logEntryKind")
        for kind in ENTRY_KINDS:
            self.kind.addItem(tr(_KIND_LABELS[kind]), kind)
        self.kind.setToolTip(self.tr("What to record (type D, C, A or N to choose)"))
        self.kind.setAccessibleName(self.tr("Entry kind"))
        self.correcting_label = QLabel()
        self.correcting_label.setObjectName("logCorrectingLabel")
        self.correcting_label.setStyleSheet("color: #ad1457; font-weight: bold;")
        self.correcting_label.hide()
        self.text = QLineEdit()
        self.text.setObjectName("logEntryText")
        self.text.setMaxLength(4000)
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(self.tr("Entry text"))
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setObjectName("logRecordButton")
        self.record_button.setToolTip(self.tr("Record the entry (Enter)"))
        self.record_button.clicked.connect(self.record)

        self.signatory = QLineEdit()
        self.signatory.setObjectName("logSignatory")
        self.signatory.setPlaceholderText(self.tr("Signatory code"))
        self.signatory.setToolTip(self.tr("Who announced it: the signatory's code (DE, FR, EU…)"))
        self.signatory.setMaxLength(100)
        self._signatory_completer = QCompleter(QStringListModel(self), self)
        self._signatory_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.signatory.setCompleter(self._signatory_completer)
        self.incident = QComboBox()
        self.incident.setObjectName("logIncident")
        self.incident.setToolTip(self.tr("The incident it responds to (the selected incident by default)"))
        self.incident.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.incident.setMinimumContentsLength(16)
        self.incident_choices = IncidentChoices(_incident_label, parent=self)
        self.incident.setModel(self.incident_choices)
        self.category = QComboBox()
        self.category.setObjectName("logCategory")
        for category in CATEGORIES:
            self.category.addItem(category_name(category), category)
        self.category.setToolTip(self.tr("Response category (set from the measure)"))
        self.measure = QLineEdit()
        self.measure.setObjectName("logMeasure")
        self.measure.setPlaceholderText(self.tr("Measure"))
        self.measure.setToolTip(self.tr("The measure, from the exercise's instrument catalogue"))
        self._measure_completer = QCompleter(QStringListModel(self), self)
        self._measure_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._measure_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.measure.setCompleter(self._measure_completer)
        self.measure.textChanged.connect(self._measure_typed)
        self.status = QComboBox()
        self.status.setObjectName("logStatus")
        for status in COMMITMENT_STATUSES:
            self.status.addItem(status.capitalize(), status)
        self.status.setCurrentIndex(COMMITMENT_STATUSES.index("announced"))
        self.status.setToolTip(self.tr("Status of the commitment"))
        self.error = QLabel()
        self.error.setObjectName("logEntryError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        # One grid; the kind decides which row the text and Record sit on, so the kind
        # selector stays top-left and the fields read in the order Tab visits them.
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 2, 4, 4)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(3)
        self.grid.addWidget(self.kind, 0, 0)
        self.grid.addWidget(self.correcting_label, 0, 0)
        self.grid.addWidget(self.signatory, 0, 1)
        self.grid.addWidget(self.incident, 0, 2, 1, 2)
        self.grid.addWidget(self.category, 1, 0)
        self.grid.addWidget(self.measure, 1, 1, 1, 2)
        self.grid.addWidget(self.status, 1, 3)
        for column, stretch in ((1, 2), (2, 3), (3, 1)):
            self.grid.setColumnStretch(column, stretch)
        self._details = (self.signatory, self.incident)
        self._commitment_only = (self.category, self.measure, self.status)

        self._fields = {"signatory_id": self.signatory, "incident_id": self.incident, "category": self.category,
                        "measure": self.measure, "status": self.status, "text": self.text, "note": self.text,
                        "refers_to": self.text, "kind": self.kind}
        # Line edits record on returnPressed, which also arrives when a completer popup hands
        # Enter on; the combo boxes get an event filter (they have no such signal).
        for edit in (self.signatory, self.measure, self.text):
            edit.returnPressed.connect(self.record)
            edit.installEventFilter(self)
        for combo in (self.kind, self.incident, self.category, self.status):
            combo.installEventFilter(self)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        for first, second in ((self.kind, self.signatory), (self.signatory, self.incident),
                              (self.incident, self.category), (self.category, self.measure),
                              (self.measure, self.status), (self.status, self.text),
                              (self.text, self.record_button)):
            self.setTabOrder(first, second)
        self.setEnabled(False)

    # -- binding ----------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self.cancel_correction()
        self.clear_error()
        self.setEnabled(document is not None)
        self._bound.bind(document)
        self.reload_choices()

    def reload_choices(self) -> None:
        """Signatories, incidents and instruments of the exercise (after an edit of any of them)."""
        document = self._document
        if document is None:
            self._signatories, self._instruments = {}, {}
            self.incident_choices.set_snapshot(None)
            return
        snap = document.snapshot
        self._signatories = {code: int(sid) for code, sid in zip(snap.sig_codes, snap.sig_ids)}
        self._signatories.update({name.casefold(): int(sid) for name, sid in zip(snap.sig_names, snap.sig_ids)})
        self._signatory_completer.model().setStringList(list(snap.sig_codes))
        instruments = queries.instruments(document.file)
        self._instruments = {}
        for item in instruments:
            self._instruments[item.code.casefold()] = (item.code, item.category)
            self._instruments[item.name.casefold()] = (item.code, item.category)
        self._measure_completer.model().setStringList([item.name for item in instruments])
        self.reload_incidents()

    def reload_incidents(self) -> None:
        """The incident choices after an edit of incidents only (the rows that changed, or a reset)."""
        document = self._document
        if document is None:
            return
        keep = self.incident.currentData()
        self.incident.blockSignals(True)
        self.incident_choices.set_snapshot(document.snapshot)
        self.incident.blockSignals(False)
        wanted = document.selection.current("incident") or keep or self._latest_occurred()
        self.select_incident(wanted)

    def _latest_occurred(self) -> int | None:
        snap, now = self._document.snapshot, self._document.clock.seconds()
        occurred = np.flatnonzero(snap.inc_time <= now)   # incidents are in time order
        return int(snap.inc_ids[occurred[-1]]) if len(occurred) else None

    def select_incident(self, incident_id: int | None) -> None:
        index = self.incident_choices.row_of(incident_id)
        if index >= 0:
            self.incident.setCurrentIndex(index)

    def _on_selection(self, kind: str, item_id) -> None:
        if kind == "incident" and item_id is not None:
            self.select_incident(item_id)

    # -- the kind ----------------------------------------------------------------------------
    def current_kind(self) -> str:
        return "correction" if self._correcting is not None else self.kind.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(ENTRY_KINDS.index(kind))

    def _arrange(self, kind: str) -> None:
        """Decision, note, correction: one line. Attendance: two. Commitment: three."""
        for widget in (self.text, self.record_button, self.error):
            self.grid.removeWidget(widget)
        for widget in self._details:
            widget.setVisible(kind in ("commitment", "attendance"))
        for widget in self._commitment_only:
            widget.setVisible(kind == "commitment")
        if kind in ("decision", "note", "correction"):
            row, first = 0, 1
        else:
            row, first = (2 if kind == "commitment" else 1), 0
        self.grid.addWidget(self.text, row, first, 1, 4 - first)
        self.grid.addWidget(self.record_button, row, 4)
        self.grid.addWidget(self.error, row + 1, 0, 1, 5)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self._arrange(kind)
        self.text.setPlaceholderText({
            "decision": self.tr("Decision, as announced — Enter records it"),
            "note": self.tr("Note — Enter records it"),
            "commitment": self.tr("Note on the commitment (optional) — Enter records it"),
            "attendance": self.tr("Note on the attendance (optional) — Enter records it"),
        }[kind])
        self.clear_error()

    def focus_entry(self) -> None:
        """Ctrl+L: into the first field the current kind needs."""
        target = self.signatory if self.current_kind() in ("commitment", "attendance") else self.text
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    # -- corrections -----------------------------------------------------------------------------
    def start_correction(self, entry_id: int, old_text: str) -> None:
        """The line now records a correction of entry *entry_id*; Escape cancels."""
        self._correcting = entry_id
        self.kind.hide()
        self._arrange("correction")
        self.correcting_label.setText(self.tr("Correcting #{0}:").format(entry_id))
        self.correcting_label.show()
        self.text.setPlaceholderText(self.tr("The corrected statement — Enter records it, Esc cancels"))
        self.text.setText(old_text)
        self.clear_error()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.text.selectAll()

    def correcting(self) -> int | None:
        return self._correcting

    def cancel_correction(self) -> None:
        if self._correcting is None:
            return
        self._correcting = None
        self.correcting_label.hide()
        self.kind.show()
        self.text.clear()
        self._kind_changed()
        self.correction_cancelled.emit()

    # -- recording -----------------------------------------------------------------------------
    def record(self) -> bool:
        if self._document is None:
            return False
        self.clear_error()
        kind = self.current_kind()
        try:
            if kind in ("commitment", "attendance"):
                error = self._document.try_execute(self._response_command(kind))
                if error is not None:
                    raise error
            else:
                report = log_service.add_log_entry(self._document.file, kind=kind, text=self.text.text(),
                                                   refers_to=self._correcting)
                self._document.apply(report)
        except PactlineError as err:
            self.show_error(err)
            return False
        self._after_recording(kind)
        return True

    def _response_command(self, kind: str) -> CreateCommand:
        signatory_id = self._signatory_id()
        incident_id = self.incident.currentData()
        if incident_id is None:
            raise ValidationError("incident_id", self.tr("choose the incident it responds to"))
        now = self._document.clock.now()
        code = self.signatory.text().strip().upper()
        if kind == "commitment":
            measure = self._measure_code()
            return CreateCommand(
                self._document, self.tr("Record commitment: {0} {1} to #{2}").format(code, measure, incident_id),
                responses.create_commitment, responses.delete_commitment,
                incident_id=incident_id, signatory_id=signatory_id, category=self.category.currentData(),
                measure=measure, announced_at=now, status=self.status.currentData(), note=self.text.text(),
                log_kind="commitment")
        return CreateCommand(
            self._document, self.tr("Record attendance: {0} at #{1}").format(code, incident_id),
            responses.record_consultation, responses.delete_consultation,
            incident_id=incident_id, signatory_id=signatory_id, joined_at=now, note=self.text.text(),
            log_kind="attendance")

    def _signatory_id(self) -> int:
        typed = self.signatory.text().strip()
        if not typed:
            raise ValidationError("signatory_id", self.tr("type the code of the signatory"))
        found = self._signatories.get(typed.upper()) or self._signatories.get(typed.casefold())
        if found is None:
            raise ValidationError("signatory_id", self.tr("'{0}' is not a signatory of this exercise").format(typed))
        return found

    def _measure_code(self) -> str:
        typed = self.measure.text().strip()
        if not typed:
            raise ValidationError("measure", self.tr("type the measure (from the instrument catalogue)"))
        found = self._instruments.get(typed.casefold())
        return found[0] if found else typed   # an unknown measure is refused by the service, by name

    def _measure_typed(self, text: str) -> None:
        found = self._instruments.get(text.strip().casefold())
        if found is not None:
            self.category.setCurrentIndex(CATEGORIES.index(found[1]))

    def _after_recording(self, kind: str) -> None:
        if kind == "correction":
            corrected = self._correcting
            self._correcting = None
            self.correcting_label.hide()
            self.kind.show()
            self._kind_changed()
            self.recorded.emit(self.tr("Correction of #{0} recorded").format(corrected))
        else:
            self.recorded.emit(self.tr("{0} recorded").format(self.kind.currentText()))
        self.text.clear()
        if kind in ("commitment", "attendance"):
            self.signatory.clear()
            self.measure.clear()
        self.focus_entry()

    # -- errors --------------------------------------------------------------------------------
    def show_error(self, err: PactlineError) -> None:
        self.error.setText(self._error_message(err))
        self.error.show()
        field = self._fields.get(getattr(err, "field", ""), None)
        if field is not None:
            field.setStyleSheet(_FIELD_ERROR)
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _error_message(self, err: PactlineError) -> str:
        """The refusal in the words of the form ("Signatory: …"), not the service's argument name."""
        if not isinstance(err, ValidationError) or err.field not in self._fields:
            return str(err)
        names = {"signatory_id": self.tr("Signatory"), "incident_id": self.tr("Incident"),
                 "category": self.tr("Category"), "measure": self.tr("Measure"), "status": self.tr("Status"),
                 "note": self.tr("Note"), "kind": self.tr("Kind"), "refers_to": self.tr("Correction"),
                 "text": self.tr("Correction") if self._correcting is not None else self.kind.currentText()}
        return field_error_text(names[err.field], err.message)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        for widget in set(self._fields.values()):
            widget.setStyleSheet("")

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    # -- keys ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(watched, QComboBox) \
                    and not watched.view().isVisible():
                self.record()
                return True
            if key == Qt.Key.Key_Escape:
                if self._correcting is not None:
                    self.cancel_correction()
                    return True
                if not self.error.isHidden():
                    self.clear_error()
                    return True
        return super().eventFilter(watched, event)


def _incident_label(snap, pos: int) -> str:
    when = format_relative_epoch(int(snap.inc_time[pos]), snap.startex)
    return f"#{int(snap.inc_ids[pos])} {snap.type_names[int(snap.inc_type[pos])]} S{int(snap.inc_severity[pos])} ({when})"
