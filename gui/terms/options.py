"""Treaty options: the terms options kept in the exercise, to compare on the same incidents.

Add (a copy of the selected option), rename, make active, delete (never the
active one). Each is one undo command; the window re-assesses with the option
made active.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from gui.core import dialogs
from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from gui.terms.commands import ActivateTermsCommand
from model import queries
from model.errors import PactlineError, ValidationError
from model.services import terms as terms_service

ID_ROLE = Qt.ItemDataRole.UserRole


def error_text(err: PactlineError) -> str:
    return err.message if isinstance(err, ValidationError) else str(err)


class TermsOptionsPanel(QGroupBox):
    """List of options with Add copy / Rename / Make active / Delete."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Treaty options"), parent)
        self.setObjectName("termsOptions")
        self.document = None
        self.active_id: int | None = None
        self.list = QListWidget()
        self.list.setObjectName("termsOptionList")
        self.list.setAccessibleName(self.tr("Treaty options"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.setToolTip(self.tr("Double-click an option to make it the active one"))
        self.list.itemDoubleClicked.connect(lambda _item: self.activate_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("Add Copy…"))
        self.add_button.setToolTip(self.tr("Add a new option, a copy of the selected one, to compare"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the selected option"))
        self.activate_button = QPushButton(self.tr("Make Active"))
        self.activate_button.setToolTip(self.tr("Assess the exercise with the selected option"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected option (not the active one)"))
        for button, name, slot in ((self.add_button, "addOption", self.add_copy),
                                   (self.rename_button, "renameOption", self.rename_selected),
                                   (self.activate_button, "activateOption", self.activate_selected),
                                   (self.delete_button, "deleteOption", self.delete_selected)):
            button.setObjectName(name)
            button.clicked.connect(slot)

        self.error = QLabel()
        self.error.setObjectName("optionsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; }")
        self.error.hide()

        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.activate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)

    # -- following the document ----------------------------------------------------------
    def set_document(self, document) -> None:
        self.document = document
        self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        self.list.clear()
        self.active_id = None
        if self.document is not None:
            self.active_id = queries.exercise_info(self.document.file).active_terms_id
            for option in queries.treaty_terms(self.document.file):
                active = option.id == self.active_id
                item = QListWidgetItem(self.tr("{0}  (active)").format(option.name) if active else option.name)
                item.setData(ID_ROLE, option.id)
                item.setToolTip(option.name)
                if active:
                    font = QFont(self.list.font())
                    font.setBold(True)
                    item.setFont(font)
                self.list.addItem(item)
        self.select(selected if selected is not None else self.active_id)
        self._update_buttons()

    def select(self, terms_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == terms_id:
                self.list.setCurrentRow(row)
                return

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def selected_name(self) -> str:
        terms_id = self.selected_id()
        return next((o.name for o in queries.treaty_terms(self.document.file) if o.id == terms_id), "")

    def _update_buttons(self) -> None:
        writable = self.document is not None and not self.document.file.read_only
        selected = self.selected_id()
        self.add_button.setEnabled(writable and selected is not None)
        self.rename_button.setEnabled(writable and selected is not None)
        self.activate_button.setEnabled(writable and selected is not None and selected != self.active_id)
        self.delete_button.setEnabled(writable and selected is not None and selected != self.active_id)

    # -- commands ---------------------------------------------------------------------------
    def _run(self, command) -> bool:
        err = self.document.try_execute(command)
        if err is not None:
            self.error.setText(error_text(err))
            self.error.show()
        else:
            self.error.hide()
        return err is None

    def add_copy(self) -> None:
        source = self.selected_id()
        if self.document is None or source is None:
            return
        name = dialogs.ask_text(self, self.tr("Add treaty option"), self.tr("Name of the new option:"),
                                self.tr("Copy of {0}").format(self.selected_name()))
        if name is None:
            return
        command = CreateCommand(self.document, self.tr("Add treaty option '{0}'").format(name.strip()),
                                terms_service.add_terms_option, terms_service.delete_terms_option,
                                name=name, copy_from=source)
        if self._run(command):
            self.select(command.created_id)

    def rename_selected(self) -> None:
        terms_id = self.selected_id()
        if self.document is None or terms_id is None:
            return
        old = self.selected_name()
        name = dialogs.ask_text(self, self.tr("Rename treaty option"), self.tr("New name:"), old)
        if name is None or name.strip() == old:
            return
        self._run(UpdateCommand(self.document, self.tr("Rename treaty option to '{0}'").format(name.strip()),
                                partial(terms_service.update_terms, terms_id=terms_id), name=name))

    def activate_selected(self) -> None:
        terms_id = self.selected_id()
        if self.document is None or terms_id is None or terms_id == self.active_id:
            return
        self._run(ActivateTermsCommand(self.document, self.tr("Make '{0}' the active treaty option").format(
            self.selected_name()), terms_id=terms_id))

    def delete_selected(self) -> None:
        terms_id = self.selected_id()
        if self.document is None or terms_id is None:
            return
        self._run(DeleteCommand(self.document, self.tr("Delete treaty option '{0}'").format(self.selected_name()),
                                partial(terms_service.delete_terms_option, terms_id=terms_id)))
