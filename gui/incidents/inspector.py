"""The Incident inspector dock: edit the selected incident, read what the treaty derives from it.

Each committed edit (a combo choice, Enter or leaving a field, Ctrl+Enter in
the description) is ONE UpdateCommand calling ``update_incident``. A refused
value keeps what the user typed and shows the service's reason under the
field; nothing is stored. The lower part reads the engine's assessment (never
recomputes it) and follows clock ticks and live timeline drags. Behind another
dock's tab it reads the incident selected or edited when it comes forward (or
when asked for ``incident``).
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDockWidget, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from gui.branches.outcome_field import OutcomeField
from gui.core import style
from gui.core.commands import DeleteCommand, UpdateCommand
from gui.core.dock_sight import out_of_sight
from gui.core.document_bound import DocumentBound
from gui.core.zoned_edit import ZonedDateTimeEdit
from gui.incidents.palette import incident_icon
from model import queries
from model.catalogue import shipped_catalogue
from model.display_names import catalogue_text, display_name
from model.engine import Assessment
from model.entities import Incident
from model.errors import PactlineError, ValidationError
from model.findings import incident_facts
from model.services import incidents
from model.services.changes import ChangeReport
from model.timeutil import format_relative_epoch, from_epoch, to_epoch
from model.timezones import zone_label
from gui.incidents.facts import DescriptionEdit, FactsBox

ERROR_COLOUR = "#c62828"


def severity_swatch(severity: int, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(style.severity_colour(severity))
    return QIcon(pixmap)


class IncidentInspector(QDockWidget):
    """Dock editing ``document.selection``'s incident; ``edit_incident(id)`` opens it on one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Incident"), parent)
        self._bound = DocumentBound(self, {
            "changed": self._on_changed,
            "assessed": self._on_assessed,
            "previewed": self._on_assessed,   # a live drag shows here as it happens
            "selection.changed": self._on_selection,
        })
        self.setObjectName("incidentInspectorDock")
        self._document = None
        self._incident: Incident | None = None
        self._deferred: tuple[int | None] | None = None   # (incident id,) to show when it comes forward
        self.visibilityChanged.connect(self._came_forward)
        self._types = []
        self._types_shown: tuple[list, int | None] = ([], None)   # the catalogue and severity the combo shows
        self._startex = 0
        self.errors: dict[str | None, QLabel] = {}
        self._shown_text = {"location": "", "description": ""}   # as last loaded, to tell unsaved typing

        self.placeholder = QLabel()
        self.placeholder.setObjectName("incidentInspectorPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("QLabel { color: palette(placeholder-text); padding: 12px; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._build_form())
        self.setWidget(self.stack)

        self.edit_action = QAction(self.tr("&Edit Incident…"), self)
        self.edit_action.setObjectName("actionEditIncident")
        self.edit_action.setShortcut("Ctrl+E")
        self.edit_action.setStatusTip(self.tr("Show the selected incident in the incident inspector to edit it"))
        self.edit_action.triggered.connect(self._edit_selected)
        self.menu_actions: dict[str, list[QAction]] = {"edit": [self.edit_action]}
        self._show(None)

    # -- building -------------------------------------------------------------------------------
    def _error_label(self, field: str | None) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field or 'general'}")
        label.setWordWrap(True)
        label.setStyleSheet(f"QLabel {{ color: {ERROR_COLOUR}; }}")
        label.hide()
        self.errors[field] = label
        return label

    def _build_form(self) -> QWidget:
        self.title = QLabel()
        self.title.setObjectName("incidentTitle")
        self.title.setWordWrap(True)
        self.title_icon = QLabel()
        self.title_icon.setFixedSize(QSize(26, 26))
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("incidentType")
        self.type_combo.setIconSize(QSize(18, 18))
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(16)
        self.type_combo.activated.connect(lambda _i: self._commit("incident_type", self.type_combo.currentData()))
        self.severity_combo = QComboBox()
        self.severity_combo.setObjectName("incidentSeverity")
        self.severity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.severity_combo.setMinimumContentsLength(16)
        for severity in sorted(shipped_catalogue().severities):
            self.severity_combo.addItem(severity_swatch(severity), display_name("severity", severity), severity)
        self.severity_combo.activated.connect(lambda _i: self._commit("severity", self.severity_combo.currentData()))
        self.time_edit = ZonedDateTimeEdit("incidentTime", "")
        self.time_edit.editingFinished.connect(self._commit_time)
        self.relative = QLabel()
        self.relative.setObjectName("incidentRelativeTime")
        self.relative.setToolTip(self.tr("Exercise-relative time (D+0 is the day of STARTEX)"))
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("incidentLocation")
        self.location_edit.setPlaceholderText(self.tr("optional, e.g. Kharkiv"))
        self.location_edit.editingFinished.connect(lambda: self._commit("location", self.location_edit.text()))
        self.description_edit = DescriptionEdit()
        self.description_edit.setObjectName("incidentDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.description_edit.setToolTip(self.tr("Saved when you leave the field or press Ctrl+Enter; "
                                                 "Esc puts back the stored text"))
        self.description_edit.committed.connect(
            lambda: self._commit("description", self.description_edit.toPlainText()))
        self.description_edit.reverted.connect(self._revert_description)
        self.outcome_field = OutcomeField()
        self.delete_button = QPushButton(self.tr("Delete incident"))
        self.delete_button.setObjectName("incidentDelete")
        self.delete_button.setToolTip(self.tr("Remove this incident with its commitments and consultation "
                                              "records (undoable)"))
        self.delete_button.clicked.connect(self.delete_incident)
        self.read_only_note = QLabel(self.tr("This exercise is open read-only."))
        self.read_only_note.setStyleSheet("QLabel { color: palette(placeholder-text); }")

        header = QHBoxLayout()
        header.addWidget(self.title_icon)
        header.addWidget(self.title, 1)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit, 1)
        time_row.addWidget(self.relative)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for title, editor, field in ((self.tr("Type"), self.type_combo, "incident_type"),
                                     (self.tr("Severity"), self.severity_combo, "severity"),
                                     (self.tr("Time"), time_row, "occurred_at"),
                                     (self.tr("Location"), self.location_edit, "location"),
                                     (self.tr("Branch"), self.outcome_field, "outcome_id"),
                                     (self.tr("Description"), self.description_edit, "description")):
            form.addRow(title, editor)
            form.addRow("", self._error_label(field))
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_only_note, 1)
        buttons.addWidget(self.delete_button)
        self.facts = FactsBox()
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(header)
        layout.addWidget(rule)
        layout.addLayout(form)
        layout.addWidget(self._error_label(None))
        layout.addLayout(buttons)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        return scroll

    # -- binding -------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self._types = []
        self._bound.bind(document)
        if document is not None:
            self._reload_types()
        self.edit_action.setEnabled(document is not None)
        self._show(document.selection.current("incident") if document is not None else None)

    def edit_incident(self, incident_id: int) -> None:
        """Select *incident_id*, bring the inspector up and put the cursor in it (timeline double-click)."""
        if self._document is None:
            return
        self._document.selection.select("incident", incident_id)
        self._show(incident_id)
        self.show()
        self.raise_()
        self.activateWindow()
        if self.incident is not None:
            self.type_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit_selected(self) -> None:
        if self._document is None:
            return
        selected = self._document.selection.current("incident")
        if selected is not None:
            self.edit_incident(selected)
        else:
            self.show()
            self.raise_()

    # -- following the document -----------------------------------------------------------------
    @property
    def incident(self) -> Incident | None:
        """The incident shown (one selected while the dock was out of sight is read now)."""
        self.catch_up()
        return self._incident

    def catch_up(self) -> None:
        deferred, self._deferred = self._deferred, None
        if deferred is not None:
            self._show(deferred[0], keep_errors=True)

    def _came_forward(self, visible: bool) -> None:
        if visible:
            self.catch_up()

    def _on_selection(self, kind: str, item_id) -> None:
        if kind != "incident":
            return
        if self._deferred is not None and out_of_sight(self):
            self._deferred = (item_id,)
            return
        if self.incident is None or item_id != self.incident.id:
            self._commit_pending_text()
            if out_of_sight(self):
                self._deferred = (item_id,)
            else:
                self._show(item_id)

    def _on_changed(self, report: ChangeReport) -> None:
        if report.touches("incident_type"):
            self._reload_types()
        if self._deferred is not None:
            return   # read as it is when shown
        # Another incident's edit leaves what is shown here as it is (its facts follow ``assessed``);
        # a branch point or outcome edit may rename the branch this incident is on.
        if self._incident is not None and (report.touches("incident_type", "branch_point", "outcome")
                                           or self._incident.id in report.keys("incident")):
            if out_of_sight(self):
                self._deferred = (self._incident.id,)
            else:
                self._show(self._incident.id, keep_errors=True)

    def _on_assessed(self, assessment: Assessment) -> None:
        incident = self._incident
        if incident is None or self._deferred is not None:
            return
        if out_of_sight(self):
            self._deferred = (incident.id,)
            return
        snapshot = assessment.snapshot
        hits = (snapshot.inc_ids == incident.id).nonzero()[0]
        seconds = int(snapshot.inc_time[hits[0]]) if len(hits) else None
        shown = self.time_edit.moment().value
        if seconds is not None and (shown is None or seconds != to_epoch(shown)) \
                and not self.time_edit.hasFocus() and "occurred_at" not in self._error_fields():
            self._show_time(seconds)   # a live drag shows here as it happens
        self.facts.show_facts(incident_facts(assessment, incident.id))

    def _reload_types(self) -> None:
        self._types = queries.incident_types(self._document.file)
        self._startex = self._document.snapshot.startex

    # -- showing ---------------------------------------------------------------------------------
    def _show(self, incident_id: int | None, keep_errors: bool = False) -> None:
        document = self._document
        row = queries.incident(document.file, incident_id) if document is not None and incident_id is not None else None
        self._deferred = None
        same = row is not None and self._incident is not None and row.id == self._incident.id
        # Another edit (or its undo) must not wipe a refused value or text the user is still typing.
        keep = self._error_fields() | self._unsaved_fields() if keep_errors and same else set()
        self._incident = row
        for field in set(self.errors) - keep:
            self._set_error(field, None)
        self.stack.setCurrentIndex(0 if row is None else 1)
        if row is None:
            self.placeholder.setText(self._placeholder_text())
            self.facts.show_facts(None)
            return
        self._startex = document.snapshot.startex
        self._fill_types(row)
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(row.severity))
        self.outcome_field.show_incident(document, row.id, row.outcome_id)
        if "occurred_at" not in keep:
            self._show_time(int(row.occurred_at.timestamp()))
        for field in ("location", "description"):
            if field not in keep:
                self._put_text(field, getattr(row, field))
        kind = next((t for t in self._types if t.code == row.incident_type), None)
        name = catalogue_text(kind.name) if kind is not None else display_name("incident_type", row.incident_type)
        self.title.setText(f"<b>#{row.id} {name}</b>")
        self.title_icon.setPixmap(incident_icon(kind.symbol if kind else "o", row.severity).pixmap(QSize(24, 24)))
        writable = not document.file.read_only
        for editor in (self.type_combo, self.severity_combo, self.time_edit, self.location_edit, self.delete_button):
            editor.setEnabled(writable)
        self.description_edit.setReadOnly(not writable)
        self.read_only_note.setVisible(not writable)
        self.facts.show_facts(incident_facts(document.assessment, row.id))

    def _placeholder_text(self) -> str:
        if self._document is None:
            return self.tr("No exercise open")
        return self.tr("No incident selected.\n\nClick an incident on the timeline or in the countdowns, "
                       "or add one from the incident palette.")

    def _fill_types(self, row: Incident) -> None:
        # The icons show the severity: the items are made again only when it or the catalogue changed.
        shown_types, shown_severity = self._types_shown
        if shown_types is not self._types or shown_severity != row.severity:
            self._types_shown = (self._types, row.severity)
            self.type_combo.clear()
            for kind in self._types:
                self.type_combo.addItem(incident_icon(kind.symbol, row.severity, 18), catalogue_text(kind.name),
                                        kind.code)
        self.type_combo.setCurrentIndex(self.type_combo.findData(row.incident_type))

    def _show_time(self, seconds: int) -> None:
        self.time_edit.set_moment(from_epoch(seconds))
        self.time_edit.setToolTip(self.tr("Scenario time of the incident, on the clocks of {0} (Enter or leaving "
                                          "the field saves)").format(zone_label(self.time_edit.zone)))
        self.relative.setText(format_relative_epoch(seconds, self._startex))

    def _text(self, field: str) -> str:
        return self.location_edit.text() if field == "location" else self.description_edit.toPlainText()

    def _put_text(self, field: str, text: str) -> None:
        self._shown_text[field] = text
        if self._text(field) == text:
            return                      # leave the cursor where the user has it
        if field == "location":
            self.location_edit.setText(text)
        else:
            self.description_edit.setPlainText(text)

    def _unsaved_fields(self) -> set[str]:
        return {field for field, shown in self._shown_text.items() if self._text(field) != shown}

    # -- errors ----------------------------------------------------------------------------------
    def _set_error(self, field: str | None, message: str | None) -> None:
        label = self.errors.get(field, self.errors[None])
        label.setText(message or "")
        label.setVisible(bool(message))

    def _error_fields(self) -> set:
        return {field for field, label in self.errors.items() if label.text()}

    def error_text(self, field: str | None) -> str:
        """The message shown for *field* (None: not about one field), '' when there is none."""
        return self.errors[field].text()

    # -- editing ---------------------------------------------------------------------------------
    def _commit(self, field: str, value) -> bool:
        """One UpdateCommand for *field*; a refused value stays in the editor with the reason under it."""
        document, row = self._document, self.incident
        if document is None or row is None:
            return False
        stored = getattr(row, field)
        if value == stored or (isinstance(value, str) and value.strip() == stored):
            self._set_error(field, None)
            return False
        command = UpdateCommand(document, self.tr("Edit incident #{0} ({1})").format(row.id, field.replace("_", " ")),
                                partial(incidents.update_incident, incident_id=row.id), **{field: value})
        self._set_error(None, None)
        try:
            command.first_redo()
        except ValidationError as err:
            self._set_error(err.field if err.field in self.errors else None, self.tr("Not saved: {0}").format(
                err.message if err.field in self.errors else str(err)))
            return False
        except PactlineError as err:
            self._set_error(None, self.tr("Not saved: {0}").format(err))
            return False
        self._set_error(field, None)
        if field in self._shown_text and self.incident is not None:
            self._put_text(field, getattr(self.incident, field))   # now stored (as the service cleaned it)
        document.undo_stack.push(command)
        return True

    def _commit_time(self) -> None:
        if self.incident is None:
            return
        read = self.time_edit.moment()
        if read.value is None:
            self._set_error("occurred_at", self.time_edit.skipped_text())
            return
        seconds = to_epoch(read.value)
        stored = int(self.incident.occurred_at.timestamp())
        if seconds // 60 == stored // 60:   # seconds are not shown: unchanged minutes are no edit
            self._show_time(stored)
            self._set_error("occurred_at", None)
            return
        self._commit("occurred_at", from_epoch(seconds - seconds % 60))

    def _commit_pending_text(self) -> None:
        if self.incident is None:
            return
        for field in self._unsaved_fields() - self._error_fields():
            self._commit(field, self._text(field))

    def _revert_description(self) -> None:
        if self.incident is not None:
            self._put_text("description", self.incident.description)
            self._set_error("description", None)

    def delete_incident(self) -> bool:
        document, row = self._document, self.incident
        if document is None or row is None:
            return False
        return document.execute(DeleteCommand(document, self.tr("Delete incident #{0}").format(row.id),
                                              partial(incidents.delete_incident, incident_id=row.id)))

    # -- reading (tests, accessibility) ------------------------------------------------------------
    def fact_text(self, key: str) -> str:
        return self.facts.labels[key].text()

    def sizeHint(self) -> QSize:
        return QSize(380, 620)

