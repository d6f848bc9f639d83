"""Parts of the incident inspector: the description editor and the engine's facts box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QWidget

from model.findings import DeadlineFacts, IncidentFacts

ERROR_COLOUR = "#c62828"


class DescriptionEdit(QPlainTextEdit):
    """Multi-line text committed as a whole: on leaving the field or Ctrl+Enter, never per keystroke."""

    committed = Signal()
    reverted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.committed.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.reverted.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class FactsBox(QGroupBox):
    """Read-only: deadlines, time left or missed, who met them, expected categories and gaps."""

    ROWS = ("reaction", "reaction_counts", "consultation", "consultation_counts", "expected", "committed", "gaps")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Treaty obligations (derived)"), parent)
        self.setObjectName("incidentFacts")
        titles = (self.tr("Reaction deadline"), self.tr("Reactions"), self.tr("Consultation"),
                  self.tr("Attendance"), self.tr("Expected"), self.tr("Committed"), self.tr("Gaps"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, title in zip(self.ROWS, titles):
            label = QLabel()
            label.setObjectName(f"fact_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title, label)
            self.labels[key] = label

    def _counts(self, d: DeadlineFacts) -> str:
        return self.tr("{0} met · {1} pending · {2} missed (of {3} obliged)").format(
            d.met, d.pending, d.missed, d.obliged)

    def show_facts(self, facts: IncidentFacts | None) -> None:
        if facts is None:
            for label in self.labels.values():
                label.setText("—")
            return
        texts = {
            "reaction": f"{facts.reaction.deadline} · {facts.reaction.state}",
            "reaction_counts": self._counts(facts.reaction),
            "consultation": self.tr("{0} h tier · deadline {1} · {2}").format(
                facts.tier_hours, facts.consultation.deadline, facts.consultation.state),
            "consultation_counts": self._counts(facts.consultation),
            "expected": ", ".join(facts.expected) or self.tr("none"),
            "committed": ", ".join(facts.committed) or self.tr("nothing yet"),
        }
        if not facts.occurred:
            texts["gaps"] = self.tr("— (the incident has not happened yet)")
        elif facts.gaps:
            texts["gaps"] = f"<span style='color:{ERROR_COLOUR}'><b>{', '.join(facts.gaps)}</b></span>"
        else:
            texts["gaps"] = self.tr("none")
        for key, text in texts.items():
            if self.labels[key].text() != text:   # runs on every clock tick
                self.labels[key].setText(text)


