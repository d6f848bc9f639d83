"""The value-mapping step of the MSEL import: each distinct value of a vocabulary column and what it becomes.

The guesses and the lookups are model/msel/values.py; this panel lists them,
lets the planner change each one, and remembers the choices in the settings
for the next sheet of the same programme.
"""
from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from gui.core.i18n import tr
from gui.conduct.msel_model import type_name
from gui.core import settings
from model.msel.columns import field_label
from model.msel.values import INJECT_TYPE_VALUES, USUAL_METHODS, ValueChoice, key

AS_WRITTEN = None


def remembered_maps() -> dict[str, dict[str, object]]:
    """The value choices of earlier imports ({} when none, or when the setting is not readable)."""
    try:
        maps = json.loads(settings.value(settings.MSEL_VALUE_MAPS) or "{}")
    except (TypeError, ValueError):
        return {}
    return {f: dict(v) for f, v in maps.items() if isinstance(v, dict)} if isinstance(maps, dict) else {}


def remember_maps(maps: dict[str, dict[str, object]]) -> None:
    merged = remembered_maps()
    for field, values in maps.items():
        merged.setdefault(field, {}).update(values)
    settings.set_value(settings.MSEL_VALUE_MAPS, json.dumps(merged, ensure_ascii=False, sort_keys=True))


class ValueMapPanel(QWidget):
    """One row per distinct value: column, value in the sheet, rows, Pactline's value (a drop-down)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.maps: dict[str, dict[str, object]] = {}
        self._incident_types: list[tuple[str, str]] = []
        self._listed: tuple = ()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("valueMapTable")
        self.table.setHorizontalHeaderLabels([tr("Column"), tr("Value in the sheet"), tr("Rows"),
                                              tr("Imported as")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(tr("Values of the columns with a fixed vocabulary"))
        self.empty = QLabel(tr("No mapped column has a fixed vocabulary (inject type, incident type, severity, "
                               "method)."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def set_incident_types(self, kinds: Sequence[tuple[str, str]]) -> None:
        self._incident_types = list(kinds)

    def set_choices(self, choices: Sequence[ValueChoice]) -> None:
        listed = tuple((c.field, c.column, c.text, c.rows) for c in choices)
        if listed == self._listed:
            return   # only a choice changed: the drop-downs already show it (and one is emitting now)
        self._listed = listed
        self.table.setRowCount(len(choices))
        for row, choice in enumerate(choices):
            self.table.setItem(row, 0, QTableWidgetItem(field_label(choice.field)))   # in the model's catalogue
            self.table.setItem(row, 1, QTableWidgetItem(choice.text))
            self.table.setItem(row, 2, QTableWidgetItem(str(choice.rows)))
            self.table.setCellWidget(row, 3, self._combo(row, choice))
        self.table.resizeColumnsToContents()
        for column in (0, 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.empty.setVisible(not choices)
        self.table.setVisible(bool(choices))

    def combo_for(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 3)

    def _combo(self, row: int, choice: ValueChoice) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"valueCombo{row}")
        combo.addItem(tr("(as written)"), AS_WRITTEN)
        if choice.field == "inject_type":
            for code in INJECT_TYPE_VALUES:
                combo.addItem(type_name(code), code)
        elif choice.field == "incident_type":
            for code, name in self._incident_types:
                combo.addItem(name, code)
        elif choice.field == "severity":
            for level in range(1, 6):
                combo.addItem(f"S{level}", level)
        else:
            for method in USUAL_METHODS:
                combo.addItem(method, method)
        index = combo.findData(choice.chosen) if choice.chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        guessed = combo.itemText(max(combo.findData(choice.guess), 0)) if choice.guess is not None else None
        combo.setToolTip(tr("Pactline's guess: {0}").format(guessed) if guessed
                         else tr("No guess: choose what this value means in Pactline"))
        combo.currentIndexChanged.connect(lambda _i, c=choice, box=combo: self._chosen(c, box.currentData()))
        return combo

    def _chosen(self, choice: ValueChoice, value) -> None:
        self.maps.setdefault(choice.field, {})[key(choice.text)] = value
        self.changed.emit()
