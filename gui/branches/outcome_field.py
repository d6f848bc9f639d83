"""The incident inspector's "Branch" field: the trunk or the outcome the incident belongs to."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from gui.branches.bar import swatch
from gui.branches.look import outcome_colour
from gui.branches.menu import assign_command, outcome_targets
from model.branching import branch_points, outcome_rank


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
        rank = outcome_rank(points)
        self.blockSignals(True)
        self.clear()
        for target, label in outcome_targets(points):
            if target is None:
                self.addItem(label, None)
            else:
                self.addItem(swatch(outcome_colour(rank[target])), label, target)
        self.setCurrentIndex(max(0, self.findData(outcome_id)))
        self.blockSignals(False)
        self.setEnabled(bool(points) and not document.file.read_only)

    def _chosen(self, index: int) -> None:
        if self._document is None or self._incident_id is None:
            return
        self._document.execute(assign_command(self._document, self._incident_id, self.itemData(index),
                                              self.itemText(index)))
