"""How roster cells are drawn and edited: yes/no columns as centred checkboxes, the rest as text.

A checkbox toggles on a click on it, a double-click anywhere in its cell, or
Space/F2 on the current cell, each one undoable edit. Text cells open a line
editor with the stored value as the user would type it (hours as a number,
dates as YYYY-MM-DD); the service judges what was typed.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui.roster.model import AGREEMENT, CHECK_COLUMNS, CONTACT, LEAD_TIME

_PLACEHOLDERS = {LEAD_TIME: QT_TRANSLATE_NOOP("RosterDelegate", "hours, e.g. 72"),
                 AGREEMENT: QT_TRANSLATE_NOOP("RosterDelegate", "YYYY-MM-DD"),
                 CONTACT: QT_TRANSLATE_NOOP("RosterDelegate", "name, office, phone")}
_TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select, Qt.Key.Key_F2)


class RosterDelegate(QStyledItemDelegate):
    def check_rect(self, option: QStyleOptionViewItem) -> QRect:
        widget = option.widget
        style = widget.style() if widget is not None else None
        width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, widget) if style else 16
        height = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, widget) if style else 16
        rect = QRect(0, 0, width, height)
        rect.moveCenter(option.rect.center())
        return rect

    # -- drawing -------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.column() not in CHECK_COLUMNS:
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        checked = cell.checkState == Qt.CheckState.Checked
        # The background and selection as any cell, without the text or the left-aligned box.
        cell.text = ""
        cell.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        box = QStyleOptionViewItem(cell)
        box.rect = self.check_rect(option)
        box.state = (box.state & ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_Off)) | (
            QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off)
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            box.state &= ~QStyle.StateFlag.State_Enabled   # read-only exercise: a greyed box
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() in CHECK_COLUMNS:
            size.setWidth(max(size.width(), self.check_rect(option).width() + 12))
        return size

    # -- toggling ------------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        if index.column() not in CHECK_COLUMNS:
            return super().editorEvent(event, model, option, index)
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            on_box = self.check_rect(option).contains(event.position().toPoint())
            # A click on the box toggles on release; a double-click toggles anywhere else in the
            # cell (on the box its release has already toggled once).
            if (kind == QEvent.Type.MouseButtonRelease) != on_box:
                return kind == QEvent.Type.MouseButtonDblClick
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() not in _TOGGLE_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
        else:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        model.setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                      Qt.ItemDataRole.CheckStateRole)
        return True

    # -- text editors --------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        placeholder = _PLACEHOLDERS.get(index.column())
        if placeholder:
            editor.setPlaceholderText(QCoreApplication.translate("RosterDelegate", placeholder))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
