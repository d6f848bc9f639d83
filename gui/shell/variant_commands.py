"""Saved what-if variants in the window: Edit › What-If › Save as Variant… and Open Variant….

A variant is the what-if's journal kept in the record by name
(model/services/variants.py). Saving, renaming and deleting one are undoable
edits of the record (logged), made on the record's own undo stack even while
a what-if runs: they never become part of the what-if. Opening a variant
starts a fresh what-if and replays its journal there through the document,
so it is journalled again as if typed; a step that no longer applies (the
record changed since) is skipped and named.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from gui.core import dialogs
from gui.core.actions import make_action
from gui.core.i18n import tr
from model import services
from model.errors import PactlineError
from model.services.changes import ChangeReport

if TYPE_CHECKING:
    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow


class RecordEditCommand(QUndoCommand):
    """An edit of the record's own rows (a variant), outside any what-if: *do* and *undo* return reports."""

    def __init__(self, text: str, do: Callable[[], ChangeReport], undo: Callable[[ChangeReport], ChangeReport],
                 done: Callable[[], None]):
        super().__init__(text)
        self._do, self._undo, self._done = do, undo, done
        self.report: ChangeReport | None = None
        self._skip_next_redo = False

    def first_redo(self) -> None:
        self.report = self._do()
        self._skip_next_redo = True
        self._done()

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self.report = self._do()
        self._done()

    def undo(self) -> None:
        assert self.report is not None
        self._undo(self.report)
        self._done()


def replay_variant(document: ExerciseDocument, journal: str) -> list[str]:
    """Replay a variant's journal in the document's what-if; what no longer applies, one line per step skipped."""
    from model.journal_text import journal_steps
    from model.what_if_replay import service

    problems = []
    for n, step in enumerate(journal_steps(journal), start=1):
        try:
            document.run_service(service(step.service), dict(step.kwargs))
        except PactlineError as err:
            problems.append(tr("step {0} ({1}): {2}").replace("{0}", str(n)).replace("{1}", step.service)
                            .replace("{2}", str(err)))
    document.reload()
    return problems


class VariantsDialog(QDialog):
    """The variants kept in the exercise: name, when saved, how many changes; open, rename, delete."""

    def __init__(self, commands: VariantCommands, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("variantsDialog")
        self.setWindowTitle(tr("What-If Variants"))
        self.commands = commands
        self.tree = QTreeWidget()
        self.tree.setObjectName("variantsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([tr("Name"), tr("Saved"), tr("Changes")])
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.empty = QLabel(tr("No variant saved yet: in what-if mode, Edit › What-If › Save as Variant… keeps one."))
        self.empty.setWordWrap(True)
        self.open_button = QPushButton(tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.rename_button = QPushButton(tr("&Rename…"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button = QPushButton(tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        for button in (self.open_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(560, 320)
        commands.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        document = self.commands.document
        rows = services.variants.variants(document.record_file) if document is not None else []
        keep = self.selected()
        self.tree.clear()
        for variant in rows:
            item = QTreeWidgetItem([variant.name, f"{variant.created_at:%Y-%m-%d %H:%M} UTC", str(variant.changes)])
            item.setData(0, Qt.ItemDataRole.UserRole, variant.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if variant.id == keep or (keep is None and self.tree.topLevelItemCount() == 1):
                self.tree.setCurrentItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not rows)
        writable = document is not None and not document.record_file.read_only
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(bool(rows))
        self.rename_button.setEnabled(bool(rows) and writable)
        self.delete_button.setEnabled(bool(rows) and writable)

    def selected(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def open_selected(self) -> None:
        variant_id = self.selected()
        if variant_id is not None and self.commands.open_variant(variant_id):
            self.accept()

    def rename_selected(self) -> None:
        variant_id = self.selected()
        item = self.tree.currentItem()
        if variant_id is None or item is None:
            return
        name = dialogs.ask_text(self, tr("Rename Variant"), tr("Name:"), item.text(0))
        if name is not None and name.strip() != item.text(0):
            self.commands.rename_variant(variant_id, name)

    def delete_selected(self) -> None:
        variant_id = self.selected()
        if variant_id is not None:
            self.commands.delete_variant(variant_id)


class VariantCommands(QObject):
    """The variant actions of a main window, bound to its document."""

    changed = Signal()      # a variant saved, renamed, deleted (or such an edit undone)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.document: ExerciseDocument | None = None
        self.dialog: VariantsDialog | None = None
        self.save = make_action(window, tr("Save as &Variant…"), [],
                                tr("Keep this what-if's changes under a name, to open again later; the record's "
                                   "figures stay as they are"), self.save_current, name="actionSaveVariant")
        self.open = make_action(window, tr("&Open Variant…"), [],
                                tr("List the saved what-if variants: open one as a what-if, rename or delete it"),
                                self.show_variants, name="actionOpenVariant")
        what_if = window.what_if_commands
        what_if.menu.addSeparator()
        what_if.menu.addActions([self.save, self.open])
        what_if.save_variant = self.save_current
        self.set_document(None)

    def actions(self) -> list[QAction]:
        return [self.save, self.open]

    def set_document(self, document: ExerciseDocument | None) -> None:
        if document is not self.document and self.document is not None:
            self.document.what_if_changed.disconnect(self.sync)
        if document is not None and document is not self.document:
            document.what_if_changed.connect(self.sync)
        self.document = document
        if self.dialog is not None and document is None:
            self.dialog.reject()
        self.sync()

    def sync(self) -> None:
        document = self.document
        self.save.setEnabled(document is not None and document.what_if is not None
                             and not document.record_file.read_only)
        self.open.setEnabled(document is not None)

    # -- record edits --------------------------------------------------------------------------
    def _record_stack(self):
        document = self.document
        assert document is not None
        return document.what_if.record_stack if document.what_if is not None else document.undo_stack

    def _push(self, command: RecordEditCommand) -> bool:
        try:
            command.first_redo()
        except PactlineError as err:
            self.window.report_error(str(err))
            return False
        self._record_stack().push(command)
        return True

    def save_current(self) -> bool:
        """Ask a name and keep the what-if's journal as a variant of the record; False if not saved."""
        document = self.document
        if document is None or document.what_if is None:
            return False
        from model.journal_text import journal_text

        record = document.record_file
        count = len(services.variants.variants(record))
        name = dialogs.ask_text(self.window, tr("Save as Variant"), tr("Name of the variant:"),
                                tr("What-if {0}").replace("{0}", str(count + 1)))
        if name is None:
            return False
        text = journal_text(document.what_if.journal)
        created: dict = {}

        def do() -> ChangeReport:
            if "removed" in created:
                return services.records.restore_records(record, records=created["removed"],
                                                        summary=f"Redo: variant '{name}' saved")
            return services.variants.save_variant(record, name=name, journal=text)

        def undo(report: ChangeReport) -> ChangeReport:
            undone = services.variants.delete_variant(record, variant_id=report.ids[0])
            created["removed"] = undone.removed
            return undone
        if not self._push(RecordEditCommand(tr("Save variant “{0}”").replace("{0}", name.strip()), do, undo,
                                            self.changed.emit)):
            return False
        self.window.statusBar().showMessage(tr("What-if saved as the variant “{0}”").replace("{0}", name.strip()),
                                            8000)
        return True

    def rename_variant(self, variant_id: int, name: str) -> bool:
        record = self.document.record_file if self.document is not None else None
        if record is None:
            return False
        old = next((v.name for v in services.variants.variants(record) if v.id == variant_id), "")
        return self._push(RecordEditCommand(
            tr("Rename variant “{0}”").replace("{0}", old),
            lambda: services.variants.rename_variant(record, variant_id=variant_id, name=name),
            lambda report: services.variants.rename_variant(record, variant_id=variant_id, name=old),
            self.changed.emit))

    def delete_variant(self, variant_id: int) -> bool:
        record = self.document.record_file if self.document is not None else None
        if record is None:
            return False
        name = next((v.name for v in services.variants.variants(record) if v.id == variant_id), "")
        return self._push(RecordEditCommand(
            tr("Delete variant “{0}”").replace("{0}", name),
            lambda: services.variants.delete_variant(record, variant_id=variant_id),
            lambda report: services.records.restore_records(record, records=report.removed,
                                                            summary=f"Undo: variant '{name}' deleted"),
            self.changed.emit))

    # -- opening ---------------------------------------------------------------------------------
    def show_variants(self) -> VariantsDialog | None:
        if self.document is None:
            return None
        if self.dialog is None:
            self.dialog = VariantsDialog(self, self.window)
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def open_variant(self, variant_id: int) -> bool:
        """A fresh what-if with the variant's changes replayed; the current what-if is settled first."""
        document = self.document
        if document is None or not self.window.what_if_commands.settle():
            return False
        record = document.record_file
        journal = services.variants.variant_journal(record, variant_id=variant_id)
        name = next((v.name for v in services.variants.variants(record) if v.id == variant_id), "")
        try:
            document.enter_what_if()
        except PactlineError as err:
            self.window.report_error(str(err))
            return False
        problems = replay_variant(document, journal)
        self.window.what_if_commands.sync()
        if problems:
            dialogs.show_error(self.window, tr("Variant opened in part"),
                               tr("“{0}” is open as a what-if, but these of its changes no longer apply to the "
                                  "record and were left out:").replace("{0}", name), "\n".join(problems))
        else:
            self.window.statusBar().showMessage(
                tr("Variant “{0}” opened as a what-if: the record is not changed").replace("{0}", name), 8000)
        return True
