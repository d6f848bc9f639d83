"""The part every flat table model of Pactline shares: rows in a list, headers with tool tips.

The headers are marked with QT_TR_NOOP in the module that defines them and
translated in that module's context, as ``tr()`` there would.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from gui.core.i18n import tr_in


class FlatTableModel(QAbstractTableModel):
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
            return tr_in(self._headers_module(), self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr_in(self._headers_module(), self.HEADER_TIPS[section])
        return None

    def _headers_module(self) -> str:
        return next(c for c in type(self).__mro__ if "HEADERS" in c.__dict__).__module__
