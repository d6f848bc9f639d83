"""The "Branch" fields: the trunk or the outcome an incident, inject or commitment belongs to.

The incident inspector's field puts the incident there at once (one undo
command); the inject and commitment dialogs' ``OutcomeChoice`` is read when
the dialog is saved (gui/branches/commands.py's OnOutcomeCommand).
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from gui.branches.bar import swatch
from gui.branches.look import outcome_colour
from gui.branches.menu import assign_command, outcome_targets
from model.branching import branch_points, outcome_rank


def fill_outcomes(combo: QComboBox, points, current: int | None) -> None:
    """The trunk and every outcome (tinted as on the timeline), *current* chosen."""
    rank = outcome_rank(points)
    combo.blockSignals(True)
    combo.clear()
    for target, label in outcome_targets(points):
        if target is None:
            combo.addItem(label, None)
        else:
            combo.addItem(swatch(outcome_colour(rank[target])), label, target)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class OutcomeChoice(QComboBox):
    """A dialog's Branch field: which outcome the record will be on once saved."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(self.tr("The trunk is played whatever happens; an outcome's records only on that branch"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.points: list = []

    def show_points(self, points, current: int | None) -> None:
        self.points = list(points)
        fill_outcomes(self, self.points, current)

    def chosen(self) -> int | None:
        return self.currentData()

    def label(self) -> str:
        return self.currentText()


class OutcomeField(QComboBox):
    """Choosing an entry puts the incident there: one undo command."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("incidentOutcome")
        self.setToolTip(self.tr("The trunk is played whatever happens; an outcome's incidents only on that branch"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._document = None
        self._incident_id: int | None = None
        self.activated.connect(self._chosen)

    def show_incident(self, document, incident_id: int, outcome_id: int | None) -> None:
        self._document, self._incident_id = document, incident_id
        points = branch_points(document.file)
        fill_outcomes(self, points, outcome_id)
        self.setEnabled(bool(points) and not document.file.read_only)

    def _chosen(self, index: int) -> None:
        if self._document is None or self._incident_id is None:
            return
        self._document.execute(assign_command(self._document, self._incident_id, self.itemData(index),
                                              self.itemText(index)))
