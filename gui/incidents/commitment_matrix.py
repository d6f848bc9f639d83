"""The Commitments dock: for the selected incident, who committed what, and who met its deadlines.

Rows are the signatories (roster order), columns the five response
categories, the consultation and the reaction. Keyboard first: arrows move,
Enter (or a double-click) records or edits what the cell holds, Delete
removes it. Every edit is an undo command through gui/incidents/commitment_dialog.py;
what the cells say comes from the engine's assessment on every tick.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from gui.core.actions import make_action
from gui.core.commands import DeleteCommand
from gui.core.i18n import tr
from gui.incidents.commitment_matrix_model import (
    CONSULTATION, GATE_MARK, CommitmentMatrixModel, MatrixDelegate, legend_html,
)
from gui.core.elided_label import ElidedLabel
from gui.core.document_bound import DocumentBound
from gui.core.incident_choices import IncidentChoices
from model import services
from model.storage import reading
from model.catalogue import mask_categories
from model.display_names import category_word
from model.engine import MET, MISSED, PENDING, Assessment
from model.errors import PactlineError
from model.plural import plural
from model.timeutil import format_relative_epoch
from model.vocabulary import CATEGORIES


class MatrixView(QTableView):
    """A table whose Enter edits the current cell and whose Delete clears it."""

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.base_widths: list[int] = []

    def fit_columns(self) -> None:
        """Columns share any spare width, never going below what their texts need."""
        if self.model() is None or len(self.base_widths) != self.model().columnCount():
            return
        share = max(0, self.viewport().width() - sum(self.base_widths)) // len(self.base_widths)
        for column, width in enumerate(self.base_widths):
            self.setColumnWidth(column, width + share)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)


class CommitmentMatrix(QWidget):
    """The matrix with its incident header and legend; bound to a document with ``set_document``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bound = DocumentBound(self, {
            "assessed": self._on_assessed,
            "changed": self._on_changed,
            "selection.changed": self._on_selection,
        })
        self.document = None
        self.dialog = None               # the last dialog opened (tests drive it)
        self._following = False          # moving the current cell because the selection moved elsewhere
        self._restore: tuple | None = None
        self.model = CommitmentMatrixModel(self)

        self.incident_combo = QComboBox()
        self.incident_combo.setObjectName("matrixIncident")
        self.incident_combo.setAccessibleName(tr("Incident"))
        self.incident_combo.setToolTip(tr("The incident whose commitments the matrix shows"))
        # Sized to a typical incident name, not the longest: the title beside it needs the room more.
        self.incident_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.incident_combo.setMinimumContentsLength(16)
        self.incident_choices = IncidentChoices(_incident_label, placeholder=tr("Choose an incident…"), parent=self)
        self.incident_combo.setModel(self.incident_choices)
        self.incident_combo.activated.connect(self._combo_chosen)
        self.title = ElidedLabel()
        self.title.setObjectName("matrixTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        # One line, shortened with "…" in a narrow dock (the tool tip has it whole): wrapped,
        # it took four lines of a 1280×800 window and left room for one signatory.
        self.detail = QLabel()
        self.detail.setObjectName("matrixDetail")
        self.detail.setWordWrap(True)

        self.view = MatrixView()
        self.view.setObjectName("commitmentMatrixView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(MatrixDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(tr("Commitments matrix"))
        metrics = self.view.fontMetrics()
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setHighlightSections(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        category_width = max(metrics.horizontalAdvance(f"{GATE_MARK} announced +1"),
                             header.fontMetrics().horizontalAdvance("Humanitarian")) + 22
        deadline_width = metrics.horizontalAdvance("met, 188:88 early") + 22
        self.view.base_widths = [category_width] * len(CATEGORIES) + [deadline_width] * 2
        self.view.fit_columns()
        self.view.doubleClicked.connect(self.edit_cell)
        self.view.edit_requested.connect(lambda: self.edit_cell(self.view.currentIndex()))
        self.view.delete_requested.connect(self.delete_current)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)

        self.legend = QLabel(legend_html())
        self.legend.setObjectName("matrixLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        chooser = QLabel(tr("&Incident:"))
        chooser.setBuddy(self.incident_combo)
        top.addWidget(chooser)
        top.addWidget(self.incident_combo)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)

        self.record_commitment_action = make_action(
            self, tr("Record &Commitment…"), ["Ctrl+K"],
            tr("Record or edit a commitment of the current signatory, in the current category, "
               "for the selected incident"),
            self.record_commitment, name="actionRecordCommitment")
        self.record_attendance_action = make_action(
            self, tr("Record Consultation &Attendance…"), ["Ctrl+Shift+K"],
            tr("Record when the current signatory joined the selected incident's consultation, or its absence"),
            self.record_attendance, name="actionRecordAttendance")
        self.menu_actions: dict[str, list[QAction]] = {
            "edit": [self.record_commitment_action, self.record_attendance_action]}
        self._show_header()

    # -- binding -------------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:      # View → Appearance, or the desktop's theme
            # The matrix's own palette: its children's still lag behind during this event.
            self.legend.setText(legend_html(self.palette().window().color()))

    def set_document(self, document) -> None:
        self.document = document
        self._bound.bind(document)
        if document is not None:
            self.model.instrument_names = reading.instrument_names(document.file)
        self.model.incident_id = document.selection.current("incident") if document is not None else None
        self.model.update_from(document.assessment if document is not None else None, force_reset=True)
        self._fill_incidents()
        self._show_header()

    def _on_assessed(self, assessment: Assessment) -> None:
        if self.model.update_from(assessment):
            self._show_header()

    def _on_changed(self, report) -> None:
        if report.touches("instrument"):
            self.model.instrument_names = reading.instrument_names(self.document.file)
        if report.touches("incident", "incident_type"):
            self._fill_incidents()

    def _on_selection(self, kind: str, item_id) -> None:
        if kind == "incident":
            self.model.set_incident(item_id)
            self._sync_combo()
            self._show_header()
            self._lay_out_now()
        elif kind == "signatory" and item_id is not None:
            current = self.view.currentIndex()
            if self.model.row_of(item_id) >= 0 and (not current.isValid() or
                                                    self.model.signatory_id(current.row()) != item_id):
                self._move_to(self.model.row_of(item_id), max(current.column(), 0))
        elif kind == "commitment" and item_id is not None:
            where = self.model.cell_of_commitment(item_id)
            if where is not None and self.view.currentIndex() != self.model.index(*where):
                self._move_to(*where)

    def _lay_out_now(self) -> None:
        """Rows and header settled before anything paints: the timeline's scene paints the whole window
        from its own queued update, before the layouts Qt would otherwise run later, and another
        incident (or none) shown in the old geometry was then painted whole a second time."""
        self.view.doItemsLayout()
        self._layout.activate()

    # -- header --------------------------------------------------------------------------------------
    def _fill_incidents(self) -> None:
        combo = self.incident_combo
        combo.blockSignals(True)
        self.incident_choices.set_snapshot(self.document.snapshot if self.document is not None else None)
        combo.blockSignals(False)
        self._sync_combo()

    def _sync_combo(self) -> None:
        self.incident_combo.setCurrentIndex(self.incident_choices.row_of(self.model.incident_id))

    def _combo_chosen(self, index: int) -> None:
        if self.document is not None:
            self.document.selection.select("incident", self.incident_combo.itemData(index))

    def _show_header(self) -> None:
        title, detail = self.header_texts()
        if title != self.title.text():
            self.title.setText(title)
            self.title.setToolTip(title)
        if detail != self.detail.text():
            self.detail.setText(detail)
        enabled = self.model.incident_pos is not None and self.model.rowCount() > 0
        self.record_commitment_action.setEnabled(enabled)
        self.record_attendance_action.setEnabled(enabled)

    def header_texts(self) -> tuple[str, str]:
        """``#3 Ground incursion S4 — D+1 05:00, consult within 24 h`` and what is expected and owed."""
        if self.document is None:
            return tr("No exercise open"), ""
        a, pos = self.model.assessment, self.model.incident_pos
        if pos is None:
            return tr("No incident selected"), tr("Choose one here, on the timeline or in the countdowns.")
        snap = a.snapshot
        when = format_relative_epoch(snap.inc_time[pos], snap.startex)
        title = tr("#{0} {1} S{2} — {3}, consult within {4} h").format(
            int(snap.inc_ids[pos]), snap.type_names[snap.inc_type[pos]], snap.inc_severity[pos], when,
            int(a.tier_hours[pos]))
        expected = mask_categories(int(a.expected_mask[pos]))
        lines = [tr("Expected: {0}").format(" · ".join(category_word(c) for c in expected) if expected else tr("nothing"))]
        gaps = mask_categories(int(a.gap_mask[pos]))
        if gaps:
            lines[0] += tr("  —  nobody has committed yet: {0}").format(", ".join(category_word(c) for c in gaps))
        if not a.occurred[pos]:
            lines[0] += tr("  —  the incident has not happened yet")
        counts = []
        for name, ob in ((tr("Consultation"), a.consultation), (tr("Reaction"), a.reaction)):
            row = ob.status[pos]
            counts.append(tr("{0} by {1}: {2} met, {3} pending, {4} missed").format(
                name, format_relative_epoch(ob.deadline[pos], snap.startex), int((row == MET).sum()),
                int((row == PENDING).sum()), int((row == MISSED).sum())))
        lines.append("   |   ".join(counts))
        return title, "\n".join(lines)

    # -- the current cell --------------------------------------------------------------------------
    def current_cell(self) -> tuple[int, int] | None:
        index = self.view.currentIndex()
        return (index.row(), index.column()) if index.isValid() else None

    def _move_to(self, row: int, column: int) -> None:
        self._following = True
        try:
            index = self.model.index(row, column)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        finally:
            self._following = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or self.document is None or not current.isValid():
            return
        selection = self.document.selection
        selection.select("signatory", self.model.signatory_id(current.row()))
        cell = self.model.cell(current.row(), current.column())
        if cell.commitment_ids:
            selection.select("commitment", cell.commitment_ids[0])

    def _remember_current(self) -> None:
        index = self.view.currentIndex()
        signatory = self.model.signatory_id(index.row()) if index.isValid() else None
        self._restore = (signatory, index.column(), self.view.verticalScrollBar().value())

    def _restore_current(self) -> None:
        signatory, column, scroll = self._restore or (None, 0, 0)
        if self.document is not None and signatory is None:
            signatory = self.document.selection.current("signatory")
        row = self.model.row_of(signatory) if signatory is not None else -1
        if row >= 0:
            self._following = True
            try:
                self.view.setCurrentIndex(self.model.index(row, max(column, 0)))
            finally:
                self._following = False
        self.view.verticalScrollBar().setValue(scroll)

    def _target(self, default_column: int | None = None) -> tuple[int, int] | None:
        """The current cell, or the selected signatory's row; None when there is nothing to edit."""
        if self.document is None or self.model.incident_pos is None or self.model.rowCount() == 0:
            return None
        current = self.current_cell()
        if current is None:
            row = max(self.model.row_of(self.document.selection.current("signatory")), 0)
            return row, default_column if default_column is not None else 0
        return current

    # -- editing -------------------------------------------------------------------------------------
    def edit_cell(self, index: QModelIndex):
        """Open the dialog for what the cell holds; returns it (None for the Reaction column)."""
        if not index.isValid() or self.document is None or self.model.incident_id is None:
            return None
        signatory_id = self.model.signatory_id(index.row())
        from gui.incidents import commitment_dialog   # dialogs load on first use, not at start-up

        if index.column() < len(CATEGORIES):
            self.dialog = commitment_dialog.open_commitment_dialog(
                self, self.document, incident_id=self.model.incident_id, signatory_id=signatory_id,
                category=CATEGORIES[index.column()])
        elif index.column() == CONSULTATION:
            self.dialog = commitment_dialog.open_attendance_dialog(
                self, self.document, incident_id=self.model.incident_id, signatory_id=signatory_id)
        else:
            return None   # the reaction follows from the first commitment announced
        return self.dialog

    def record_commitment(self):
        expected = self.model.expected_mask()
        first_expected = next((c for c in range(len(CATEGORIES)) if expected >> c & 1), 0)
        target = self._target(first_expected)
        if target is None:
            return None
        row, column = target
        return self.edit_cell(self.model.index(row, column if column < len(CATEGORIES) else first_expected))

    def record_attendance(self):
        target = self._target(CONSULTATION)
        return None if target is None else self.edit_cell(self.model.index(target[0], CONSULTATION))

    def delete_current(self) -> bool:
        """Remove the current cell's commitments (one undo step; asks first if several) or attendance."""
        current = self.current_cell()
        if current is None or self.document is None or self.model.incident_id is None:
            return False
        row, column = current
        signatory_id = self.model.signatory_id(row)
        code = self.model.assessment.snapshot.sig_codes[row]
        number = self.model.incident_id
        if column == CONSULTATION:
            from model import queries   # the ORM is not loaded before the window first paints

            record = next((c for c in queries.consultations(self.document.file, self.model.incident_id)
                           if c.signatory_id == signatory_id), None)
            return record is not None and self.document.execute(DeleteCommand(
                self.document, tr("Delete {0} consultation attendance, incident #{1}").format(code, number),
                partial(services.responses.delete_consultation, consultation_id=record.id)))
        if column >= len(CATEGORIES):
            return False
        ids = self.model.cell(row, column).commitment_ids
        category = category_word(CATEGORIES[column])
        if not ids:
            return False
        from gui.incidents import commitment_dialog

        if len(ids) > 1 and not commitment_dialog.confirm(
                self, tr("Delete commitments"),
                tr("Delete all {0} {1} commitments of {2} for incident #{3}?").format(
                    len(ids), category, code, number)):
            return False
        text = plural(len(ids), tr("Delete {1} {2} commitment on incident #{3}"),
                      tr("Delete {0} {1} {2} commitments on incident #{3}")).format(len(ids), code, category, number)
        return self._delete_commitments(ids, text)

    def _delete_commitments(self, ids: tuple[int, ...], text: str) -> bool:
        done = []
        for commitment_id in ids:
            command = DeleteCommand(self.document, text, partial(services.responses.delete_commitment, commitment_id=commitment_id))
            try:
                command.first_redo()
            except PactlineError as err:
                self.document.error.emit(str(err))
                break
            done.append(command)
        if len(done) == 1:
            self.document.undo_stack.push(done[0])
        elif done:
            stack = self.document.undo_stack
            stack.beginMacro(text)       # several rows, one undo step
            for command in done:
                stack.push(command)
            stack.endMacro()
        return len(done) == len(ids)


class CommitmentMatrixDock(QDockWidget):
    """The matrix as a dock (bottom area); the projector view can show a CommitmentMatrix of its own."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Commitments"), parent)
        self.setObjectName("commitmentMatrixDock")
        self.matrix = CommitmentMatrix(self)
        self.setWidget(self.matrix)
        self.menu_actions = self.matrix.menu_actions

    def set_document(self, document) -> None:
        self.matrix.set_document(document)


def _incident_label(snap, pos: int) -> str:
    return tr("#{0} {1} S{2}").format(int(snap.inc_ids[pos]), snap.type_names[int(snap.inc_type[pos])],
                                      int(snap.inc_severity[pos]))
