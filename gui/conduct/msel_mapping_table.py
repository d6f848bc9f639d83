"""The import dialog's column table: each column of the sheet, what it imports as, and its first value."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from gui.core.i18n import tr
from model.msel.columns import DROP, IMPORT_FIELDS, field_label
from model.msel.importing import shown
from model.msel.spreadsheets import MselTable


def fill_mapping_table(widget: QTableWidget, table: MselTable, guessed: dict[int, str | None],
                       changed: Callable[[], None]) -> None:
    """One row per column of *table*, its combo set to *guessed*; *changed()* after the planner picks another."""
    widget.setRowCount(len(table.headers))
    for column, header in enumerate(table.headers):
        name = QTableWidgetItem(header)
        name.setToolTip(header)
        widget.setItem(column, 0, name)
        combo = QComboBox()
        combo.setObjectName(f"mapCombo{column}")
        combo.addItem(tr("(keep as an additional field)"), None)
        combo.addItem(tr("(drop this column)"), DROP)
        combo.setItemData(1, tr("Neither imported nor kept with the injects"), Qt.ItemDataRole.ToolTipRole)
        for field in IMPORT_FIELDS:
            combo.addItem(field_label(field), field)
        combo.setCurrentIndex(combo.findData(guessed[column]) if guessed[column] else 0)
        combo.setToolTip(tr("Guessed from the header; change it if it is wrong") if guessed[column]
                         else tr("Not recognised: choose what this column holds, or keep it with each inject "
                                 "as an additional field, or drop it"))
        combo.currentIndexChanged.connect(lambda _i: changed())
        widget.setCellWidget(column, 1, combo)
        sample = next((shown(r.cells[column]) for r in table.rows if r.cells[column] not in (None, "")), "")
        example = QTableWidgetItem(sample)
        example.setForeground(QBrush(QColor("#616161")))
        example.setToolTip(sample)
        widget.setItem(column, 2, example)
    widget.resizeColumnToContents(0)
    widget.setColumnWidth(0, min(widget.columnWidth(0) + 12, 170))
    # "(keep as an additional field)" whole, in the language shown (the arrow and frame take about 40 px).
    keep = widget.fontMetrics().horizontalAdvance(tr("(keep as an additional field)"))
    widget.setColumnWidth(1, max(215, keep + 44))
