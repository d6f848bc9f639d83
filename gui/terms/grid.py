"""The proportionality grid: incident type x severity -> the response categories the treaty expects.

Each cell shows five fixed chip slots (Political, Economic, Military, Cyber,
Humanitarian) so the columns line up and read at a glance; a filled chip is
an expected category. Categories outside the treaty's scope are drawn faded
and hatched: the engine does not expect them. The view only asks for
changes (``toggle_requested``); the editor turns them into undo commands.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFrame, QHeaderView, QLabel, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from gui.core.style import category_qcolour
from model import display_names
from model.vocabulary import CATEGORIES

CATEGORIES_ROLE = Qt.ItemDataRole.UserRole + 1
def initials() -> dict[str, str]:
    """The chips' letters, from the names in the chosen language: P E M C H (P E M C U in Italian)."""
    return {code: category_name(code)[:1].upper() for code in CATEGORIES}
CHIP_GAP = 3
CELL_PAD = 10


def category_name(code: str) -> str:
    return display_names.category_name(code)      # in the chosen language


def paint_chip(painter: QPainter, rect: QRect, code: str, *, in_scope: bool = True) -> None:
    """One category chip: filled in the category colour; faded and hatched when outside the scope."""
    colour = category_qcolour(code)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    if in_scope:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#ffffff"))
    else:
        faded = QColor(colour)
        faded.setAlpha(90)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(QBrush(faded, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 4, 4)
        painter.setPen(colour.darker(130))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials()[code])
    painter.restore()


def chip_icon(code: str, size: int) -> QIcon:
    """The category's chip as an icon, for check boxes and legends."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_chip(painter, QRect(0, 0, size, size), code)
    painter.end()
    return QIcon(pixmap)


class ProportionalityModel(QAbstractTableModel):
    """Rows: the exercise's incident types; columns: severities S1..S5."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._types: list[tuple[str, str]] = []          # (code, name)
        self._cells: dict[tuple[str, int], tuple[str, ...]] = {}
        self._scope: tuple[str, ...] = CATEGORIES

    def load(self, types: list[tuple[str, str]], cells: dict[tuple[str, int], list[str]], scope) -> None:
        self.beginResetModel()
        self._types = list(types)
        self._cells = {key: tuple(c for c in CATEGORIES if c in value) for key, value in cells.items()}
        self._scope = tuple(scope)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._types)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def cell(self, index: QModelIndex) -> tuple[str, int]:
        """(incident type code, severity) of a cell."""
        return self._types[index.row()][0], index.column() + 1

    def categories(self, index: QModelIndex) -> tuple[str, ...]:
        return self._cells.get(self.cell(index), ())

    def in_scope(self, code: str) -> bool:
        return code in self._scope

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        categories = self.categories(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(initials()[c] for c in categories) or "—"
        if role == CATEGORIES_ROLE:
            return categories
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            type_name = self._types[index.row()][1]
            names = [category_name(c) + ("" if self.in_scope(c) else self.tr(" (outside the treaty's scope)"))
                     for c in categories]
            return self.tr("{0}, S{1}: {2}").format(type_name, index.column() + 1,
                                                    ", ".join(names) or self.tr("no response expected"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"S{section + 1}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return display_names.display_name("severity", section + 1)
        elif 0 <= section < len(self._types):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._types[section][1]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._types[section][0]
        return None


class ChipDelegate(QStyledItemDelegate):
    """Paints a cell as five category chips in fixed slots."""

    def chip_size(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.height() + 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        chip = self.chip_size(option)
        return QSize(5 * chip + 4 * CHIP_GAP + CELL_PAD, chip + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        style = option.widget.style() if option.widget else None
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        model = index.model()
        present = index.data(CATEGORIES_ROLE) or ()
        chip = self.chip_size(option)
        width = 5 * chip + 4 * CHIP_GAP
        left = option.rect.left() + max(4, (option.rect.width() - width) // 2)
        top = option.rect.top() + (option.rect.height() - chip) // 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        for slot, code in enumerate(CATEGORIES):
            rect = QRect(left + slot * (chip + CHIP_GAP), top, chip, chip)
            if code in present:
                paint_chip(painter, rect, code, in_scope=model.in_scope(code))
            else:
                empty = QColor(option.palette.text().color())
                empty.setAlpha(45)
                painter.setPen(QPen(empty, 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 4, 4)
        painter.restore()


class ProportionalityView(QTableView):
    """Double-click / Enter / F2 asks for the category popup; P E M C H toggle a category directly."""

    edit_requested = Signal(QModelIndex)
    toggle_requested = Signal(QModelIndex, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("proportionalityGrid")
        self.setItemDelegate(ChipDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setAccessibleName(self.tr("Proportional responses by incident type and severity"))
        chip = self.fontMetrics().height() + 6
        self.verticalHeader().setDefaultSectionSize(chip + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(5 * chip + 4 * CHIP_GAP + CELL_PAD)
        header.setHighlightSections(False)
        self.doubleClicked.connect(self.edit_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_Space):
                self.edit_requested.emit(index)
                return
            letter = event.text().upper()
            code = next((c for c, initial in initials().items() if initial == letter), None)
            if code is not None and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                self.toggle_requested.emit(index, code)
                return
        super().keyPressEvent(event)

    def full_height(self) -> int:
        """Height showing every row without a scroll bar."""
        rows = self.model().rowCount() if self.model() else 0
        # No horizontal scroll bar: the dialog is kept at least full_width() wide.
        return (self.horizontalHeader().sizeHint().height() + rows * self.verticalHeader().defaultSectionSize()
                + 2 * self.frameWidth() + 4)

    def full_width(self) -> int:
        """Width showing every severity column and the whole incident-type names."""
        return (self.verticalHeader().sizeHint().width() + 5 * self.horizontalHeader().minimumSectionSize()
                + 2 * self.frameWidth() + 4)


class CategoryPopup(QFrame):
    """Five check boxes for one cell; each click asks for one change (the editor commits it)."""

    toggled = Signal(str, bool)

    def __init__(self, title: str, categories, scope, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("categoryPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        heading = QLabel(title)
        heading.setStyleSheet("QLabel { font-weight: bold; }")
        layout.addWidget(heading)
        self.boxes: dict[str, QCheckBox] = {}
        for code in CATEGORIES:
            label = category_name(code) if code in scope else self.tr("{0} (outside scope)").format(
                category_name(code))
            box = QCheckBox(label)
            box.setObjectName(f"popup_{code}")
            box.setIcon(chip_icon(code, self.fontMetrics().height() + 4))
            box.setChecked(code in categories)
            box.toggled.connect(lambda checked, c=code: self.toggled.emit(c, checked))
            layout.addWidget(box)
            self.boxes[code] = box
        self.error = QLabel()
        self.error.setObjectName("popupError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; }")
        self.error.hide()
        layout.addWidget(self.error)

    def revert(self, code: str, message: str) -> None:
        """A refused change: put the box back and say why."""
        box = self.boxes[code]
        box.blockSignals(True)
        box.setChecked(not box.isChecked())
        box.blockSignals(False)
        self.error.setText(message)
        self.error.show()
        self.adjustSize()

    def show_at(self, view: QTableView, index: QModelIndex) -> None:
        rect = view.visualRect(index)
        self.adjustSize()
        self.move(view.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom())))
        self.show()
