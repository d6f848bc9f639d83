"""File › Restore Backup: this exercise's backups, newest first, with what each holds.

The dialog only lets the user choose a backup and what to do with it (look at
it read-only, restore it as a new file, restore it over the exercise); the
caller does it (gui/preferences/commands.py).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from gui.core.i18n import tr
from model.storage.backups import REASONS, BackupSummary
from model.timezones import zone_named
from model.timeutil import UTC

LOOK, AS_NEW, OVER = "look", "new", "over"


def reason_text(reason: str) -> str:
    return tr(REASONS.get(reason, reason))


class RestoreBackupDialog(QDialog):
    def __init__(self, parent: QWidget | None, exercise_name: str, summaries: list[BackupSummary], zone_name: str,
                 *, can_restore_over: bool = True):
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(tr("Restore Backup"))
        self.summaries = summaries
        self.choice: tuple[str, BackupSummary] | None = None
        zone = zone_named(zone_name) or UTC
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Backups of {0}, newest first (times in {1}):").format(exercise_name, zone_name)
                       if summaries else tr("There is no backup of {0} yet.").format(exercise_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(summaries), 5)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([tr("Taken"), tr("Why"), tr("Incidents"), tr("Commitments"),
                                              tr("Log entries")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, summary in enumerate(summaries):
            unreadable = summary.incidents is None
            cells = [summary.taken.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
                     reason_text(summary.reason) if not unreadable else tr("unreadable: damaged"),
                     *("" if unreadable else str(n) for n in (summary.incidents, summary.commitments,
                                                              summary.log_entries))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if unreadable:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.look_button = QPushButton(tr("&Open Read-Only"))
        self.look_button.setToolTip(tr("Look at the backup without changing anything; reopen your exercise "
                                       "from File › Open Recent"))
        self.new_button = QPushButton(tr("Restore as &New File…"))
        self.new_button.setToolTip(tr("Write the backup to a new exercise file and open it"))
        self.over_button = QPushButton(tr("Restore &Over This Exercise…"))
        self.over_button.setToolTip(tr("Replace the exercise's contents with the backup's (what it holds now is "
                                       "backed up first)"))
        self.over_button.setVisible(can_restore_over)
        for button, action in ((self.look_button, LOOK), (self.new_button, AS_NEW), (self.over_button, OVER)):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _checked=False, a=action: self._choose(a))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        if summaries and summaries[0].incidents is not None:
            self.table.selectRow(0)
        self._enable()
        self.resize(720, 420)

    def selected(self) -> BackupSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        summary = self.summaries[rows[0].row()]
        return summary if summary.incidents is not None else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.look_button, self.new_button, self.over_button):
            button.setEnabled(chosen)

    def _choose(self, action: str) -> None:
        summary = self.selected()
        if summary is not None:
            self.choice = (action, summary)
            self.accept()
