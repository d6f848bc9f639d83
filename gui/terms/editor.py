"""Exercise › Treaty Terms: edit the active treaty option and manage the options to compare.

Every committed change is one undo command on the document's stack (undoable
from the main Edit menu); the dialog follows undo/redo through
``document.changed``. A refused value shows the service's reason beside the
field and nothing is stored.
"""
from __future__ import annotations

from functools import partial
import json

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from gui.core.commands import UpdateCommand
from gui.core.document_bound import DocumentBound
from gui.terms.commands import ProportionalityCommand, tiers_without
from gui.terms.fields import FieldError, TiersEditor, hours_spin
from gui.terms.grid import CategoryPopup, ProportionalityModel, ProportionalityView, category_name, chip_icon
from gui.terms.options import TermsOptionsPanel, error_text
from gui.terms.parties import PartiesPanel
from model import queries
from model.catalogue import shipped_catalogue
from model.display_names import catalogue_text, display_name
from model.services import terms as terms_service
from model.vocabulary import CATEGORIES, TERMS_KINDS

FOLLOWED = {"treaty_terms", "proportionality_rule", "exercise_info", "incident_type", "treaty_party", "signatory"}


class TreatyTermsDialog(QDialog):
    """Non-modal: stays open beside the main window while the planner watches the assessment change."""

    def __init__(self, document=None, parent: QWidget | None = None):
        super().__init__(parent)
        self._bound = DocumentBound(self, {"changed": self._on_changed})
        self.setObjectName("treatyTermsDialog")
        self.setWindowTitle(self.tr("Treaty Terms"))
        self.document = None
        self.terms = None           # the active TreatyTerms row, detached
        self.popup: CategoryPopup | None = None
        self.errors: dict[str, FieldError] = {}

        self.options = TermsOptionsPanel()
        self.heading = QLabel()
        self.heading.setObjectName("termsHeading")
        self.heading.setWordWrap(True)
        self.read_only_note = QLabel(self.tr("This exercise is open read-only: the terms cannot be changed."))
        self.read_only_note.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; }")
        self.read_only_note.hide()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        top = QHBoxLayout()
        top.addWidget(self.options, 2)
        top.addWidget(self._build_deadlines(), 3)
        layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addWidget(self._build_severity(), 3)
        middle.addWidget(self._build_scope(), 2)
        layout.addLayout(middle)
        self.parties = PartiesPanel()
        self.parties.error.connect(lambda text: self.errors["parties"].show_message(text))
        layout.addWidget(self.parties)
        layout.addWidget(self._error("parties"))
        layout.addWidget(self._build_grid())
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        outer = QVBoxLayout(self)
        outer.addWidget(self.read_only_note)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self._body = body
        # Return commits the field being typed in; it must never press a button as well.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.set_document(document)

    def preferred_size(self) -> QSize:
        """Everything visible without scrolling, within the screen."""
        hint = self._body.sizeHint().expandedTo(QSize(self.grid.full_width(), 0)) + QSize(60, 40)
        screen = self.screen().availableGeometry()
        return QSize(min(hint.width(), int(screen.width() * 0.95)),
                     min(hint.height(), int(screen.height() * 0.95)))

    # -- building ---------------------------------------------------------------------------
    def _error(self, key: str) -> FieldError:
        self.errors[key] = FieldError(key)
        return self.errors[key]

    def _build_deadlines(self) -> QGroupBox:
        group = QGroupBox(self.tr("Active option"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("termsName")
        self.name_edit.editingFinished.connect(lambda: self._commit_field("name", self.name_edit.text()))
        self.reaction_spin = hours_spin("reactionHours", self.tr(
            "Hours after a new armed aggression within which every signatory must react"))
        self.reaction_spin.editingFinished.connect(
            lambda: self._commit_field("reaction_hours", self.reaction_spin.value()))
        self.tiers_editor = TiersEditor()
        self.tiers_editor.tiers_edited.connect(lambda tiers: self._commit_field("tiers", tiers))
        self.tiers_editor.tier_added.connect(self._add_tier)
        self.tiers_editor.tier_removed.connect(self._remove_tier)
        self.coordination_combo = QComboBox()
        self.coordination_combo.setObjectName("coordination")
        for option in shipped_catalogue().coordination:
            self.coordination_combo.addItem(display_name("coordination", option.code), option.code)
        self.coordination_combo.activated.connect(
            lambda _i: self._commit_field("coordination", self.coordination_combo.currentData()))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("termsKind")
        self.kind_combo.setToolTip(self.tr("What the option demands: bilateral agreements only means one "
                                           "consultation per partner within 24 h and nothing collective"))
        for kind in TERMS_KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.kind_combo.activated.connect(lambda _i: self._commit_field("kind", self.kind_combo.currentData()))
        for label, widget, key in ((self.tr("&Name:"), self.name_edit, "name"),
                                   (self.tr("&Demands:"), self.kind_combo, "kind"),
                                   (self.tr("&Reaction deadline:"), self.reaction_spin, "reaction_hours"),
                                   (self.tr("Consultation &tiers:"), self.tiers_editor, "tiers"),
                                   (self.tr("&Coordination:"), self.coordination_combo, "coordination")):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if widget is self.reaction_spin
                             else Qt.AlignmentFlag(0))
            column.addWidget(self._error(key))
            caption = QLabel(label)
            caption.setBuddy(widget if widget is not self.tiers_editor else self.tiers_editor.add_button)
            form.addRow(caption, column)
        return group

    def _build_severity(self) -> QGroupBox:
        group = QGroupBox(self.tr("Consultation tier by severity"))
        grid = QGridLayout(group)
        self.severity_combos: dict[int, QComboBox] = {}
        for severity in sorted(shipped_catalogue().severities):
            label = QLabel(f"{display_name('severity', severity)}  →")
            combo = QComboBox()
            combo.setObjectName(f"severityTier{severity}")
            combo.setAccessibleName(self.tr("Consultation tier for S{0}").format(severity))
            combo.activated.connect(lambda _i, s=severity: self._commit_severity(s))
            label.setBuddy(combo)
            grid.addWidget(label, severity - 1, 0)
            grid.addWidget(combo, severity - 1, 1)
            self.severity_combos[severity] = combo
        grid.setColumnStretch(2, 1)
        grid.addWidget(self._error("severity_tiers"), 5, 0, 1, 2)
        return group

    def _build_scope(self) -> QGroupBox:
        group = QGroupBox(self.tr("Response categories in scope"))
        column = QVBoxLayout(group)
        self.scope_boxes: dict[str, QCheckBox] = {}
        for code in CATEGORIES:
            box = QCheckBox(category_name(code))
            box.setObjectName(f"scope_{code}")
            box.setIcon(chip_icon(code, self.fontMetrics().height() + 4))
            box.clicked.connect(lambda _checked: self._commit_field("categories", self._scope()))
            column.addWidget(box)
            self.scope_boxes[code] = box
        column.addWidget(self._error("categories"))
        column.addStretch(1)
        return group

    def _build_grid(self) -> QGroupBox:
        group = QGroupBox(self.tr("Proportional responses expected (incident type × severity)"))
        column = QVBoxLayout(group)
        self.grid_model = ProportionalityModel(self)
        self.grid = ProportionalityView()
        self.grid.setModel(self.grid_model)
        self.grid.edit_requested.connect(self.open_cell_popup)
        self.grid.toggle_requested.connect(self.toggle_category)
        column.addWidget(self.grid)
        legend = QHBoxLayout()
        legend.setSpacing(6)
        size = self.fontMetrics().height() + 4
        for code in CATEGORIES:
            chip = QLabel()
            chip.setPixmap(chip_icon(code, size).pixmap(size, size))
            legend.addWidget(chip)
            legend.addWidget(QLabel(category_name(code)))
            legend.addSpacing(6)
        legend.addStretch(1)
        column.addLayout(legend)
        hint = QLabel(self.tr("Double-click a cell (or press Enter) to choose its categories; the keys P, E, M, "
                              "C, H toggle one. Hatched chips are outside the treaty's scope: not expected."))
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        column.addWidget(hint)
        column.addWidget(self._error("proportionality"))
        return group

    # -- following the document --------------------------------------------------------------
    def set_document(self, document) -> None:
        self.document = document
        self._bound.bind(document)
        self.options.set_document(document)
        self.reload()

    def _on_changed(self, report) -> None:
        if report.touches(*FOLLOWED):
            self.reload()

    def reload(self) -> None:
        """Show the stored active option; pending error messages are dropped."""
        for error in self.errors.values():
            error.show_message("")
        document = self.document
        self.terms = None
        if document is not None:
            active = queries.exercise_info(document.file).active_terms_id
            self.terms = next((t for t in queries.treaty_terms(document.file) if t.id == active), None)
        self.options.reload()
        writable = document is not None and not document.file.read_only and self.terms is not None
        self.read_only_note.setVisible(document is not None and document.file.read_only)
        for widget in (self.name_edit, self.kind_combo, self.reaction_spin, self.tiers_editor,
                       self.coordination_combo, *self.severity_combos.values(), *self.scope_boxes.values()):
            widget.setEnabled(writable)
        self.parties.show_option(document, self.terms.id if self.terms is not None else None)
        if self.terms is None:
            self.heading.setText(self.tr("No exercise open"))
            self.grid_model.load([], {}, CATEGORIES)
            return
        terms = self.terms
        tiers = json.loads(terms.tiers)
        severity_tiers = json.loads(terms.severity_tiers)
        scope = json.loads(terms.categories)
        self.heading.setText(self.tr("Editing the active option <b>{0}</b>. Changes re-assess the exercise at once; "
                                     "Edit › Undo takes them back.").format(terms.name.replace("<", "&lt;")))
        with_signals_blocked(self.name_edit, lambda: self.name_edit.setText(terms.name))
        with_signals_blocked(self.reaction_spin, lambda: self.reaction_spin.setValue(terms.reaction_hours))
        self.tiers_editor.set_tiers(tiers)
        self._show_coordination(terms.coordination)
        with_signals_blocked(self.kind_combo, lambda: self.kind_combo.setCurrentIndex(
            max(self.kind_combo.findData(terms.kind), 0)))
        for severity, combo in self.severity_combos.items():
            def fill(combo=combo, severity=severity):
                combo.clear()
                for index, hours in enumerate(tiers):
                    combo.addItem(self.tr("{0} h").format(hours), index)
                combo.setCurrentIndex(severity_tiers[str(severity)])
            with_signals_blocked(combo, fill)
        for code, box in self.scope_boxes.items():
            with_signals_blocked(box, lambda box=box, code=code: box.setChecked(code in scope))
        types = [(t.code, catalogue_text(t.name)) for t in queries.incident_types(document.file)]
        cells = {(r.incident_type, r.severity): json.loads(r.categories)
                 for r in queries.proportionality(document.file, terms.id)}
        current = self.grid.currentIndex()
        self.grid_model.load(types, cells, scope)
        if current.isValid():
            self.grid.setCurrentIndex(self.grid_model.index(current.row(), current.column()))
        self.grid.setMinimumWidth(self.grid.full_width())
        self.grid.setFixedHeight(self.grid.full_height())

    def _show_coordination(self, code: str) -> None:
        combo = self.coordination_combo
        with_signals_blocked(combo, lambda: combo.setCurrentIndex(max(combo.findData(code), 0)))

    # -- committing ------------------------------------------------------------------------------
    def _commit(self, key: str, command) -> bool:
        err = self.document.try_execute(command)
        if err is not None:
            self.errors[key].show_message(field_message(err))
        return err is None

    def _commit_field(self, key: str, value, **more) -> bool:
        if self.terms is None or self.document is None:
            return False
        stored = getattr(self.terms, key)
        if key in ("tiers", "severity_tiers", "categories"):
            stored = json.loads(stored)
        if value == stored and not more:
            self.errors[key].show_message("")
            return True
        labels = {"name": self.tr("name"), "reaction_hours": self.tr("reaction deadline"),
                  "tiers": self.tr("consultation tiers"), "severity_tiers": self.tr("tier by severity"),
                  "categories": self.tr("categories in scope"), "coordination": self.tr("coordination"),
                  "kind": self.tr("what it demands")}
        command = UpdateCommand(self.document, self.tr("Edit treaty terms: {0}").format(labels[key]),
                                partial(terms_service.update_terms, terms_id=self.terms.id), **{key: value}, **more)
        accepted = self._commit(key, command)
        if not accepted:
            self._show_stored_choice(key)
        return accepted

    def _show_stored_choice(self, key: str) -> None:
        """A refused pick from a list or a check box is not kept (typed values stay, to be corrected)."""
        if self.terms is None:
            return
        if key == "coordination":
            self._show_coordination(self.terms.coordination)
        elif key == "kind":
            kind = self.terms.kind
            with_signals_blocked(self.kind_combo, lambda: self.kind_combo.setCurrentIndex(
                max(self.kind_combo.findData(kind), 0)))
        elif key == "categories":
            scope = json.loads(self.terms.categories)
            for code, box in self.scope_boxes.items():
                with_signals_blocked(box, lambda box=box, code=code: box.setChecked(code in scope))
        elif key == "severity_tiers":
            mapping = json.loads(self.terms.severity_tiers)
            for severity, combo in self.severity_combos.items():
                with_signals_blocked(combo, lambda c=combo, s=severity: c.setCurrentIndex(mapping[str(s)]))

    def _scope(self) -> list[str]:
        return [code for code, box in self.scope_boxes.items() if box.isChecked()]

    def _commit_severity(self, severity: int) -> None:
        mapping = {str(s): combo.currentData() for s, combo in self.severity_combos.items()}
        self._commit_field("severity_tiers", mapping)

    def _add_tier(self) -> None:
        tiers = json.loads(self.terms.tiers)
        self._commit_field("tiers", [*tiers, tiers[-1] + 24])

    def _remove_tier(self, index: int) -> None:
        tiers, mapping = tiers_without(json.loads(self.terms.tiers), json.loads(self.terms.severity_tiers), index)
        self._commit_field("tiers", tiers, severity_tiers=mapping)

    # -- the proportionality grid ------------------------------------------------------------------
    def open_cell_popup(self, index: QModelIndex) -> CategoryPopup | None:
        if self.terms is None or not index.isValid() or self.document.file.read_only:
            return None
        type_code, severity = self.grid_model.cell(index)
        title = self.tr("{0}, S{1}").format(self.grid_model.headerData(index.row(), Qt.Orientation.Vertical),
                                            severity)
        self.popup = CategoryPopup(title, self.grid_model.categories(index), json.loads(self.terms.categories), self)
        self.popup.toggled.connect(lambda code, _checked, i=index.row(), s=index.column():
                                   self._popup_toggled(self.grid_model.index(i, s), code))
        self.popup.show_at(self.grid, index)
        return self.popup

    def _popup_toggled(self, index: QModelIndex, code: str) -> None:
        if not self.toggle_category(index, code) and self.popup is not None:
            self.popup.revert(code, self.errors["proportionality"].text())

    def toggle_category(self, index: QModelIndex, code: str) -> bool:
        """Add or remove one expected category in a cell: one undo command."""
        if self.terms is None or not index.isValid():
            return False
        type_code, severity = self.grid_model.cell(index)
        current = self.grid_model.categories(index)
        adding = code not in current
        categories = [c for c in CATEGORIES if (c in current) != (c == code)]
        name = self.grid_model.headerData(index.row(), Qt.Orientation.Vertical)
        text = (self.tr("Expect {0} for {1} S{2}") if adding else self.tr("No longer expect {0} for {1} S{2}")
                ).format(category_name(code).lower(), name, severity)
        return self._commit("proportionality", ProportionalityCommand(
            self.document, text, terms_id=self.terms.id, incident_type=type_code, severity=severity,
            categories=categories))


def kind_name(kind: str) -> str:
    return {"collective": QCoreApplication.translate("TreatyTermsDialog", "A collective pact"),
            "stationed_force": QCoreApplication.translate("TreatyTermsDialog", "A force stationed in the protected state"),
            "bilateral": QCoreApplication.translate("TreatyTermsDialog", "Bilateral agreements only")}.get(kind, kind)


def field_message(err) -> str:
    """The service's reason; a tier is named by its position as the user sees it."""
    text = error_text(err)
    field = getattr(err, "field", "")
    if field.startswith("tiers[") and field.endswith("]"):
        return QCoreApplication.translate("TreatyTermsDialog", "Tier {0}: {1}").format(int(field[6:-1]) + 1, text)
    return text


def with_signals_blocked(widget, action) -> None:
    widget.blockSignals(True)
    try:
        action()
    finally:
        widget.blockSignals(False)
