"""An inject's additional fields (a sheet's columns that map to no inject field) as an editable table."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from gui.core.i18n import tr


class AdditionalFieldsEditor(QWidget):
    """Name and text per row; :meth:`fields` gives them as the inject service takes them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("inject_additional_fields")
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Text")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setToolTip(tr("Columns of an imported sheet that map to no inject field: kept with the inject "
                                 "and written back by an MSEL export"))
        rows = 2
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        self.add_button = QPushButton(tr("Add &field"))
        self.add_button.setObjectName("injectAddField")
        self.add_button.setToolTip(tr("Add a named field of your own"))
        self.remove_button = QPushButton(tr("Remove field"))
        self.remove_button.setObjectName("injectRemoveField")
        self.remove_button.setToolTip(tr("Remove the selected field"))
        self.add_button.clicked.connect(lambda: self._add_row())
        self.remove_button.clicked.connect(self._remove_row)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_fields(self, fields: dict[str, str]) -> None:
        self.table.setRowCount(0)
        for name, text in fields.items():
            self._add_row(name, text)
        self.table.resizeColumnToContents(0)

    def fields(self) -> dict[str, str]:
        """Rows with a name or a text (a blank row is left out); the service judges the names."""
        values: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            name, text = (self.table.item(row, c).text() if self.table.item(row, c) else "" for c in (0, 1))
            if name.strip() or text.strip():
                values[name.strip()] = text
        return values

    def _add_row(self, name: str = "", text: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(text))
        if not name:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
