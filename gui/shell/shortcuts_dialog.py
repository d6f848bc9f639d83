"""Help → Keyboard Shortcuts: every key the program answers to, in one searchable list.

The menu commands are read from the menus as they stand (so a shortcut added
to an action shows up here without anyone remembering to), followed by the
keys that views handle themselves (the timeline, the matrix, the log line).
"""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QMenu, QMenuBar, QTableView, QVBoxLayout, QWidget,
)


from gui.core.actions import key_text
from gui.core.i18n import QT_TR_NOOP, tr
from gui.shell.actions import command_text


_FIRST_MULTIMEDIA_KEY = Qt.Key.Key_Back.value     # Qt numbers browser/media keys from here on

# Keys handled inside views rather than by menu actions: (where, what, keys).
VIEW_KEYS = (
    (QT_TR_NOOP("Timeline"), QT_TR_NOOP("Zoom in / zoom out"), QT_TR_NOOP("+  /  −  (or the mouse wheel)")),
    (QT_TR_NOOP("Timeline"), QT_TR_NOOP("Pan earlier / later"), QT_TR_NOOP("←  /  →  (or drag empty space)")),
    (QT_TR_NOOP("Timeline"), QT_TR_NOOP("Scroll the signatory lanes"), QT_TR_NOOP("↑  /  ↓,  Page Up  /  Page Down")),
    (QT_TR_NOOP("Timeline"), QT_TR_NOOP("Fit everything"), QT_TR_NOOP("Home")),
    (QT_TR_NOOP("Timeline"), QT_TR_NOOP("Delete the selected incident"), QT_TR_NOOP("Delete  or  Backspace")),
    (QT_TR_NOOP("Timeline"), QT_TR_NOOP("Move or drop without snapping to 15 minutes"), QT_TR_NOOP("hold Shift while dragging")),
    (QT_TR_NOOP("Timeline"), QT_TR_NOOP("Cancel a drag"), QT_TR_NOOP("Esc")),
    (QT_TR_NOOP("Timeline"), QT_TR_NOOP("Edit the incident"), QT_TR_NOOP("double-click it")),
    (QT_TR_NOOP("Commitments"), QT_TR_NOOP("Record or edit the current cell"), QT_TR_NOOP("Enter  or  double-click")),
    (QT_TR_NOOP("Commitments"), QT_TR_NOOP("Delete the current cell's records"), QT_TR_NOOP("Delete  or  Backspace")),
    (QT_TR_NOOP("Decision log"), QT_TR_NOOP("Record the entry"), QT_TR_NOOP("Enter")),
    (QT_TR_NOOP("Decision log"), QT_TR_NOOP("Cancel a correction or clear the error"), QT_TR_NOOP("Esc")),
)


def _multimedia(sequence: QKeySequence) -> bool:
    """The dedicated "New", "Save"... keys some keyboards have: Qt adds them to standard shortcuts,
    but a reader looking for the keys to press wants Ctrl+N, not a key they do not have."""
    return sequence.count() > 0 and sequence[0].key().value >= _FIRST_MULTIMEDIA_KEY


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu path, command, keys) for every enabled-or-not menu command that has a shortcut."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            title = command_text(action).replace("&&", "\0").replace("&", "").replace("\0", "&")
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {title}")
            elif keys := [k for k in action.shortcuts() if not _multimedia(k)]:
                text = ",  ".join(key_text(k) for k in keys)
                rows.append((path, title.rstrip(".…").strip(), text))

    for action in bar.actions():
        if action.menu() is not None:
            walk(action.menu(), action.text().replace("&", ""))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self._bar = bar
        self.model = QStandardItemModel(0, 3, self)
        self.refresh()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)           # any column: "undo", "Ctrl+Z" and "Timeline" all find
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Find a command or a key…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(self._width_for_commands(), 560)

    def _width_for_commands(self) -> int:
        """Wide enough for the longest command ("Esporta rapporto post-esercitazione come PDF…" was cut at
        720 px), within the screen."""
        metrics = self.table.fontMetrics()
        widest = [max((metrics.horizontalAdvance(self.model.item(r, c).text()) for r in range(self.model.rowCount())),
                      default=0) + 16 for c in range(3)]
        margins = self.style().pixelMetric(self.style().PixelMetric.PM_LayoutLeftMargin)
        needed = sum(widest) + 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width() \
            + 2 * margins + 8
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() * 9 // 10 if screen is not None else 1000
        return max(720, min(needed, room))

    def refresh(self) -> None:
        """Read the menus again (commands come and go with the open exercise)."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels([tr("Where"), tr("Command"), tr("Keys")])
        for where, what, keys in [*menu_shortcuts(self._bar), *((tr(w), tr(c), tr(k)) for w, c, k in VIEW_KEYS)]:
            items = [QStandardItem(where), QStandardItem(what), QStandardItem(keys)]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows now (after the filter), top to bottom."""
        return [tuple(self.proxy.index(r, c).data() for c in range(3)) for r in range(self.proxy.rowCount())]


def show_shortcuts(parent: QWidget, bar: QMenuBar, dialog: ShortcutsDialog | None = None) -> ShortcutsDialog:
    """Modeless, so the list can stay open beside the window while one learns the keys;
    F1 again brings the same list to the front rather than opening a second one."""
    if dialog is None:
        dialog = ShortcutsDialog(bar, parent)
    else:
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
