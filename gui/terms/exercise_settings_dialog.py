"""Exercise › Exercise Settings: name, description, classification marking, STARTEX and ENDEX.

STARTEX and ENDEX are shown and typed on the display zone's clocks (stored
UTC, said beneath each); a time the clocks skip is refused beside its field.

OK / Apply store every changed field as one undo command
(``update_exercise``); a refused value shows the service's reason beside its
field and nothing is stored. The marking strip previews the classification
and colour as they are typed.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from gui.core.commands import UpdateCommand
from gui.core.document_bound import DocumentBound
from gui.core.i18n import tr
from gui.core.zoned_edit import ZonedDateTimeEdit
from gui.core.marking_banner import NO_EXERCISE_COLOUR, banner_text, readable_text_colour
from gui.terms.fields import FieldError
from gui.terms.options import error_text
from model import queries
from model.services import exercise as exercise_service
from model.timezones import zone_label


def ask_colour(parent: QWidget | None, current: str) -> str | None:
    """The marking colour the user picked (#rrggbb), or None if cancelled. Never a native dialog."""
    dialog = QColorDialog(QColor(current), parent)
    dialog.setWindowTitle(tr("Marking colour"))
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.selectedColor().name()


class ExerciseSettingsDialog(QDialog):
    """Window-modal settings for the open exercise."""

    FIELDS = ("name", "description", "classification", "marking_colour", "startex", "endex")

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exerciseSettingsDialog")
        self.setWindowTitle(self.tr("Exercise Settings"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.document = document
        self.errors = {field: FieldError(field) for field in self.FIELDS}
        self.general_error = FieldError("general")

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("exerciseName")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("exerciseDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.classification_edit = QLineEdit()
        self.classification_edit.setObjectName("classification")
        self.classification_edit.setToolTip(self.tr("Shown in the marking strip of every window, e.g. "
                                                    "UNCLASSIFIED // FOR EXERCISE ONLY"))
        self.colour_edit = QLineEdit()
        self.colour_edit.setObjectName("markingColour")
        self.colour_edit.setMaxLength(9)
        self.colour_edit.setPlaceholderText("#2e7d32")
        self.colour_button = QPushButton(self.tr("Choose…"))
        self.colour_button.setObjectName("chooseColour")
        self.colour_button.setToolTip(self.tr("Pick the colour of the marking strip"))
        self.colour_button.clicked.connect(self.choose_colour)
        self.startex_edit = ZonedDateTimeEdit("startex", self.tr("Start of the exercise, on the clocks of {0}"))
        self.endex_edit = ZonedDateTimeEdit("endex", self.tr("End of the exercise, on the clocks of {0}"))
        self.notes: dict[str, QLabel] = {}
        for field, zoned in (("startex", self.startex_edit), ("endex", self.endex_edit)):
            zoned.setToolTip(zoned.toolTip().format(zone_label(zoned.zone)))
            note = QLabel()
            note.setObjectName(f"{field}Note")
            note.setEnabled(False)            # greyed: it explains the field, it is not one
            self.notes[field] = note
            zoned.dateTimeChanged.connect(lambda _value, e=zoned, n=note: n.setText(e.note()))
        self.preview = QLabel()
        self.preview.setObjectName("markingPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.preview.setToolTip(self.tr("Preview of the marking strip shown above every window"))
        for edit in (self.classification_edit, self.colour_edit):
            edit.textChanged.connect(self._update_preview)

        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_edit, 1)
        colour_row.addWidget(self.colour_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, field, widget in ((self.tr("&Name:"), "name", self.name_edit),
                                     (self.tr("&Description:"), "description", self.description_edit),
                                     (self.tr("C&lassification:"), "classification", self.classification_edit),
                                     (self.tr("Marking &colour:"), "marking_colour", colour_row),
                                     (self.tr("&STARTEX:"), "startex", self.startex_edit),
                                     (self.tr("&ENDEX:"), "endex", self.endex_edit)):
            column = QVBoxLayout()
            column.setSpacing(2)
            if isinstance(widget, QWidget):
                column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if isinstance(widget, QDateTimeEdit)
                                 else Qt.AlignmentFlag(0))
            else:
                column.addLayout(widget)
            if field in self.notes and self.notes_shown():
                column.addWidget(self.notes[field])
            column.addWidget(self.errors[field])
            caption = QLabel(label)
            caption.setBuddy(widget if isinstance(widget, QWidget) else self.colour_edit)
            form.addRow(caption, column)
        form.addRow(self.tr("Marking:"), self.preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept_changes)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply_changes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if document.file.read_only:
            editors: tuple[QWidget, ...] = (self.name_edit, self.description_edit, self.classification_edit,
                                            self.colour_edit, self.colour_button, self.startex_edit, self.endex_edit)
            for editor in editors:
                editor.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(False)
        self._bound = DocumentBound(self, {"changed": self._on_changed})
        self._bound.bind(document)
        self.load()

    def load(self) -> None:
        """Show the stored settings; typed-but-unapplied values are dropped."""
        info = queries.exercise_info(self.document.file)
        self.name_edit.setText(info.name)
        self.description_edit.setPlainText(info.description)
        self.classification_edit.setText(info.classification)
        self.colour_edit.setText(info.marking_colour)
        self.startex_edit.set_moment(info.startex)
        self.endex_edit.set_moment(info.endex)
        for field, note in self.notes.items():
            note.setText(getattr(self, f"{field}_edit").note())
        for error in self.errors.values():
            error.show_message("")
        self._loaded = self.values()
        self._update_preview()

    def values(self) -> dict:
        return {"name": self.name_edit.text(), "description": self.description_edit.toPlainText(),
                "classification": self.classification_edit.text(), "marking_colour": self.colour_edit.text().strip(),
                "startex": self.startex_edit.moment().value,
                "endex": self.endex_edit.moment().value}

    def notes_shown(self) -> bool:
        return self.startex_edit.note() != "" or self.endex_edit.note() != ""

    def changes(self) -> dict:
        return {k: v for k, v in self.values().items() if v != self._loaded[k]}

    def _on_changed(self, report) -> None:
        # Follow an undo from the main window, unless the user has typed something of their own.
        if report.touches("exercise_info") and not self.changes():
            self.load()

    def _update_preview(self) -> None:
        background = QColor(self.colour_edit.text().strip())
        if not background.isValid():
            background = QColor(NO_EXERCISE_COLOUR)
        foreground = readable_text_colour(background)
        self.preview.setText(banner_text(self.classification_edit.text()))
        self.preview.setStyleSheet(f"QLabel {{ background: {background.name()}; color: {foreground.name()}; "
                                   "font-weight: bold; padding: 4px; }")
        swatch = QPixmap(16, 16)
        swatch.fill(background)
        self.colour_button.setIcon(QIcon(swatch))

    def choose_colour(self) -> None:
        colour = ask_colour(self, self.colour_edit.text().strip() or "#2e7d32")
        if colour is not None:
            self.colour_edit.setText(colour)

    def apply_changes(self) -> bool:
        """Store the changed fields as one undo command; False (and the reason shown) if refused."""
        for error in (*self.errors.values(), self.general_error):
            error.show_message("")
        changes = self.changes()
        if not changes:
            return True
        skipped = [field for field in ("startex", "endex") if field in changes and changes[field] is None]
        for field in skipped:
            self.errors[field].show_message(getattr(self, f"{field}_edit").skipped_text())
        if skipped:
            return False
        command = UpdateCommand(self.document, self.tr("Edit exercise settings"),
                                exercise_service.update_exercise, **changes)
        err = self.document.try_execute(command)
        if err is not None:
            self.errors.get(getattr(err, "field", ""), self.general_error).show_message(error_text(err))
            return False
        self.load()
        return True

    def accept_changes(self) -> None:
        if self.apply_changes():
            self.accept()

    def done(self, result: int) -> None:
        self._bound.unbind()
        super().done(result)
