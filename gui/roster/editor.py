"""Adding and removing signatories: the roster's actions, its Add/Remove buttons, and their flows.

Every path is one undo command: several states from the list or all missing
2024 signatories (AddSignatoriesCommand), a custom entry (CreateCommand),
a removal with what goes with it (RemoveSignatoriesCommand).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QStyle, QToolButton, QWidget

from gui.roster import dialogs as roster_dialogs
from gui.core.actions import make_action
from gui.core.commands import CreateCommand
from gui.roster.commands import AddSignatoriesCommand, RemoveSignatoriesCommand
from gui.roster.custom_form import CustomSignatoryDialog
from gui.roster.removal import removal_detail, removal_question, removal_title
from gui.roster.signatory_dialog import SignatoryListDialog
from model import roster_lists, services
from model.errors import PactlineError


class RosterEditor(QObject):
    """Owned by a RosterDock; reads its document, model and selection."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.add_from_list = make_action(
            dock, self.tr("Add &Signatories…"), ["Ctrl+Shift+N"],
            self.tr("Add states to the roster from the list of states (the 2024 signatories with their "
                    "parliamentary rules)"), self.add_states, name="actionAddSignatories")
        self.add_all_2024 = make_action(
            dock, self.tr("Add All &2024 Signatories"), ["Ctrl+Shift+F2"],
            self.tr("Add every signatory of the 2024 agreements that is not on the roster yet"),
            self.add_missing_2024, name="actionAddAll2024")
        self.add_custom = make_action(
            dock, self.tr("Add &Custom Signatory…"), ["Ctrl+Shift+F3"],
            self.tr("Add a state or organisation by typing its code, name and parliamentary rule"),
            self.add_custom_entry, name="actionAddCustomSignatory")
        self.remove = make_action(
            dock, self.tr("&Remove Signatory"), ["Del"],
            self.tr("Remove the selected signatories with their commitments and consultation records"),
            self.remove_selected, name="actionRemoveSignatory")
        # Only while the roster has focus: the timeline's Delete stays the timeline's.
        self.remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove.setIcon(dock.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.menu_actions: dict[str, list[QAction]] = {
            "edit": [self.add_from_list, self.add_all_2024, self.add_custom, self.remove]}
        self.buttons = self._build_buttons()

    def _build_buttons(self) -> QWidget:
        add_menu = QMenu(self.dock)
        add_menu.addActions([self.add_from_list, self.add_all_2024, self.add_custom])
        # Short labels of their own (not the actions' menu texts), so no setDefaultAction.
        add = QToolButton()
        add.setObjectName("rosterAddButton")
        add.setText(self.tr("Add…"))
        add.setToolTip(self.tr("Add states from the list (Ctrl+Shift+N); the arrow offers all 2024 "
                               "signatories or a custom entry"))
        add.setMenu(add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        add.clicked.connect(self.add_from_list.trigger)
        remove = QToolButton()
        remove.setObjectName("rosterRemoveButton")
        remove.setText(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove the selected signatories (Del)"))
        remove.clicked.connect(self.remove.trigger)
        self._add_button, self._remove_button = add, remove
        box = QWidget()
        box.setObjectName("rosterButtons")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(add)
        layout.addWidget(remove)
        return box

    # -- state -----------------------------------------------------------------------------------
    def _codes(self) -> set[str]:
        model = self.dock.model
        return {model.signatory(row).code for row in range(model.rowCount())}

    def missing_2024(self) -> list[dict]:
        codes = self._codes()
        return [entry for entry in roster_lists.shipped_signatories() if entry["code"] not in codes]

    def update_actions(self) -> None:
        editable = self.dock.model.editable()
        for action in (self.add_from_list, self.add_custom):
            action.setEnabled(editable)
        self.add_all_2024.setEnabled(editable and bool(self.missing_2024()))
        self.remove.setEnabled(editable and bool(self.dock.selected_signatory_ids()))
        self._add_button.setEnabled(editable)
        self._remove_button.setEnabled(self.remove.isEnabled())

    # -- adding ----------------------------------------------------------------------------------
    def add_states(self) -> bool:
        if not self.dock.model.editable():
            return False
        dialog = SignatoryListDialog(self._codes(), self.dock)
        try:
            if not roster_dialogs.exec_dialog(dialog):
                return False
            entries = dialog.chosen_entries()
        finally:
            dialog.deleteLater()
        if not entries:
            return False
        text = (self.tr("Add {0} ({1})").format(entries[0]["name"], entries[0]["code"]) if len(entries) == 1
                else self.tr("Add {0} signatories").format(len(entries)))
        return self.add_entries(entries, text)

    def add_missing_2024(self) -> bool:
        if not self.dock.model.editable():
            return False
        missing = self.missing_2024()
        if not missing:
            self.dock.show_message(self.tr("All 29 signatories of the 2024 agreements are on the roster."),
                                   warning=False)
            return False
        return self.add_entries(missing, self.tr("Add all 2024 signatories ({0})").format(len(missing)))

    def add_entries(self, entries: list[dict], text: str) -> bool:
        command = AddSignatoriesCommand(self.dock.document, text, entries)
        error = self.dock.document.try_execute(command)
        if error is not None:
            self.dock.show_message(self.tr("Not added: {0}").format(error))
            return False
        self.dock.message.dismiss()
        self.dock.select_signatory(command.created_ids[0])
        return True

    def add_custom_entry(self) -> bool:
        if not self.dock.model.editable():
            return False
        dialog = CustomSignatoryDialog(self.create_custom, self.dock)
        try:
            return roster_dialogs.exec_dialog(dialog)
        finally:
            dialog.deleteLater()

    def create_custom(self, values: dict) -> PactlineError | None:
        """The custom form's submit: stores the entry, or returns the service's refusal."""
        name = values.get("name", "").strip() or values.get("code", "")
        command = CreateCommand(self.dock.document, self.tr("Add {0}").format(name),
                                services.signatories.create_signatory, services.signatories.delete_signatory,
                                **values)
        error = self.dock.document.try_execute(command)
        if error is None:
            self.dock.message.dismiss()
            self.dock.select_signatory(command.created_id)
        return error

    # -- removing --------------------------------------------------------------------------------
    def remove_selected(self) -> bool:
        ids = self.dock.selected_signatory_ids()
        if not ids or not self.dock.model.editable():
            return False
        model = self.dock.model
        rows = [model.signatory(model.row_of(key)) for key in ids]
        try:
            dependants = services.roster.dependants(self.dock.document.file, ids=ids)
        except PactlineError as err:
            self.dock.show_message(str(err))
            return False
        if not roster_dialogs.confirm(self.dock, self.tr("Remove signatory") if len(rows) == 1
                                      else self.tr("Remove signatories"),
                                      removal_question(rows), removal_detail(rows, dependants),
                                      action=self.tr("Remove")):
            return False
        error = self.dock.document.try_execute(RemoveSignatoriesCommand(self.dock.document, removal_title(rows), ids))
        if error is not None:
            self.dock.show_message(self.tr("Not removed: {0}").format(error))
            return False
        self.dock.message.dismiss()
        return True
