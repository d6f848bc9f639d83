"""Small editor widgets for the treaty terms: the consultation-tier list and field error labels."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QToolButton, QWidget

# Wider than the service allows, so an out-of-range value reaches the service and its reason is shown.
SPIN_MAX = 999_999


class FieldError(QLabel):
    """The service's reason for refusing a value, shown right below the field."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}Error")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: #c62828; }")
        # Take the row's whole width, so a long reason wraps at the dialog's edge, not the field's.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def hours_spin(name: str, tip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, SPIN_MAX)
    spin.setSuffix(" h")
    spin.setToolTip(tip)
    spin.setAccelerated(True)
    spin.setKeyboardTracking(False)
    return spin


class TiersEditor(QWidget):
    """One spin box per consultation tier, each removable, and "Add tier".

    Emits the whole list on a change; the editor commits it (the service checks
    that the hours are positive and increasing).
    """

    tiers_edited = Signal(list)        # new list of hours
    tier_removed = Signal(int)         # index of the tier to remove
    tier_added = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tiersEditor")
        self.spins: list[QSpinBox] = []
        self._removers: list[QToolButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self.add_button = QPushButton(self.tr("+ Add Tier"))
        self.add_button.setObjectName("addTier")
        self.add_button.setToolTip(self.tr("Add a longer consultation tier (24 h after the last one)"))
        self.add_button.clicked.connect(self.tier_added)
        self._row.addWidget(self.add_button)
        self._row.addStretch(1)

    def tiers(self) -> list[int]:
        return [spin.value() for spin in self.spins]

    def set_tiers(self, tiers: list[int]) -> None:
        while len(self.spins) > len(tiers):
            spin, remover = self.spins.pop(), self._removers.pop()
            for widget in (spin, remover):
                widget.hide()
                widget.deleteLater()   # may be the sender of the signal being handled
        while len(self.spins) < len(tiers):
            number = len(self.spins) + 1
            spin = hours_spin(f"tier{number}", self.tr("Consultation tier {0}: hours after the incident").format(
                number))
            spin.setAccessibleName(self.tr("Tier {0}").format(number))
            spin.editingFinished.connect(self._edited)
            remover = QToolButton()
            remover.setObjectName(f"removeTier{number}")
            remover.setText("−")
            remover.setToolTip(self.tr("Remove tier {0}; severities using it move to a neighbouring tier").format(
                number))
            remover.clicked.connect(lambda _checked=False, i=number - 1: self.tier_removed.emit(i))
            position = 3 * len(self.spins)
            self._row.insertWidget(position, spin)
            self._row.insertWidget(position + 1, remover)
            self._row.insertSpacing(position + 2, 10)
            self.spins.append(spin)
            self._removers.append(remover)
        for spin, hours in zip(self.spins, tiers):
            spin.blockSignals(True)
            spin.setValue(hours)
            spin.blockSignals(False)
        for remover in self._removers:
            remover.setVisible(len(tiers) > 1)

    def _edited(self) -> None:
        self.tiers_edited.emit(self.tiers())
