"""The part every flat table model of Pactline shares: rows in a list, headers with tool tips.

A model names its translation context and its headers; the headers are
marked with QT_TRANSLATE_NOOP in that context so a translator finds them.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt


class FlatTableModel(QAbstractTableModel):
    CONTEXT = ""                         # translation context of HEADERS and HEADER_TIPS
    HEADERS: tuple[str, ...] = ()
    HEADER_TIPS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADER_TIPS[section])
        return None
