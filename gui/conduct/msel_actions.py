"""The MSEL dock's actions: building them, enabling them for the selected inject, and what they do.

Every edit is an undo command (add, edit, delete, fire now, hold, release,
skip, ad-hoc, shift); the dialogs load on first use. MselDock (msel_dock.py)
is this dock with its table, toolbar and notices; the ``self.tr`` texts here
are filed under this class's name, which PySide6's ``tr`` tries after the
dock's own.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QTableView, QWidget

from gui.branches.commands import with_outcome
from gui.conduct.adhoc import adhoc_on_outcome, played_outcome
from gui.core.actions import key_text
from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from gui.core.delivery import (
    fire_selected_command, hold_command, push_checked, release_selected_command,
    shift_command, skip_command,
)
from gui.conduct.msel_model import MselModel
from model import queries
from model.branching import branch_points
from model.conduct_entities import Inject
from model.display_names import catalogue_text
from model.services.injects import create_inject, delete_inject, update_inject
from model.timeutil import from_epoch

if TYPE_CHECKING:
    from gui.core.document import ExerciseDocument


def _action(parent: QWidget, text: str, key: str | None, tip: str, name: str, slot,
            *, local: bool = False, short: str = "") -> QAction:
    action = QAction(text, parent)
    if short:
        action.setIconText(short)   # the dock's toolbar has little room
    if key:
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({key_text(QKeySequence(key))})")
    if local:
        # Ins/Del/F2 act on the table only, never on another view that has the focus.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setStatusTip(tip)
    action.setObjectName(name)
    action.triggered.connect(slot)
    return action


class MselActions(QDockWidget):
    """The MSEL dock's actions; MselDock builds the table and the rest declared here."""

    document: ExerciseDocument | None
    model: MselModel
    view: QTableView
    _points: list
    selected_inject: Callable[[], Inject | None]

    def _build_actions(self) -> None:
        a = _action
        self.add_action = a(self, self.tr("&Add Inject…"), "Ins", self.tr("Plan a new inject in the MSEL"),
                            "actionAddInject", self.add_inject, local=True, short=self.tr("Add"))
        self.edit_action = a(self, self.tr("&Edit Inject…"), "F2", self.tr("Edit the planned columns of the "
                                                                            "selected inject"),
                             "actionEditInject", self.edit_inject, local=True, short=self.tr("Edit"))
        self.delete_action = a(self, self.tr("&Delete Inject"), "Del", self.tr("Remove the selected inject from "
                                                                                "the MSEL (undoable)"),
                               "actionDeleteInject", self.delete_inject, local=True, short=self.tr("Delete"))
        self.fire_action = a(self, self.tr("&Fire Selected Inject Now"), "Ctrl+Shift+F",
                             self.tr("Deliver the selected inject at the current scenario time; its planned time "
                                     "stays as it is"), "actionFireInjectNow", self.fire_now, short=self.tr("Fire now"))
        self.hold_action = a(self, self.tr("&Hold Inject"), "Ctrl+H",
                             self.tr("Hold the selected inject: the clock will not deliver it until released"),
                             "actionHoldInject", self.hold, short=self.tr("Hold"))
        self.release_action = a(self, self.tr("&Release Inject"), "Ctrl+Shift+H",
                                self.tr("Release a held inject (delivered now if its time has passed)"),
                                "actionReleaseInject", self.release, short=self.tr("Release"))
        self.skip_action = a(self, self.tr("S&kip Inject"), "Ctrl+Shift+X",
                             self.tr("Skip the selected inject: it will never be delivered"),
                             "actionSkipInject", self.skip, short=self.tr("Skip"))
        self.adhoc_action = a(self, self.tr("Add Ad-hoc &Inject…"), "Ctrl+Shift+A",
                              self.tr("Add an inject during play, delivered now or at a time you choose"),
                              "actionAddAdhocInject", self.add_adhoc, short=self.tr("Ad-hoc inject"))
        self.shift_phase_action = a(self, self.tr("Shift &Phase…"), "Shift+F7",
                                    self.tr("Move the injects of one phase by an offset, keeping their spacing"),
                                    "actionShiftPhase", lambda: self.shift(whole=False), short=self.tr("Shift phase"))
        self.shift_all_action = a(self, self.tr("Shift &Whole MSEL…"), "Ctrl+Shift+F7",
                                  self.tr("Move every inject by an offset, keeping their spacing"),
                                  "actionShiftMsel", lambda: self.shift(whole=True), short=self.tr("Shift MSEL"))
        for action in (self.add_action, self.edit_action, self.delete_action):
            self.view.addAction(action)
        self.menu_actions: dict[str, list[QAction]] = {
            "exercise": [self.fire_action, self.hold_action, self.release_action, self.skip_action,
                         self.adhoc_action, self.shift_phase_action, self.shift_all_action],
            "edit": [self.add_action, self.edit_action, self.delete_action],
        }

    # -- actions ----------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        document = self.document
        writable = document is not None and not document.file.read_only
        inject = self.selected_inject() if writable else None
        status = self.model.status_of(inject) if inject else None
        for action in (self.add_action, self.adhoc_action, self.shift_all_action, self.shift_phase_action):
            action.setEnabled(writable)
        self.edit_action.setEnabled(inject is not None)
        self.delete_action.setEnabled(inject is not None)
        self.fire_action.setEnabled(status in ("planned", "overdue", "held"))
        self.hold_action.setEnabled(status in ("planned", "overdue"))
        self.release_action.setEnabled(status == "held")
        self.skip_action.setEnabled(status in ("planned", "overdue", "held"))

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        for group in ((self.fire_action, self.hold_action, self.release_action, self.skip_action),
                      (self.edit_action, self.delete_action, self.add_action, self.adhoc_action)):
            menu.addActions(list(group))
            menu.addSeparator()
        menu.addAction(self.shift_phase_action)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _now(self) -> datetime:
        assert self.document is not None
        return self.document.clock.now()

    def _dialog(self, *, inject: Inject | None = None, adhoc: bool = False, submit) -> bool:
        document = self.document
        assert document is not None                 # the actions are disabled without an exercise
        types = [(t.code, catalogue_text(t.name)) for t in queries.incident_types(document.file)]   # shipped: translated
        phases = sorted({i.phase for i in self.model.injects()})
        from gui.conduct import inject_dialog   # dialogs load on first use, not at start-up

        points = branch_points(document.file)
        # A new ad-hoc inject is on the outcome being played unless the facilitator says otherwise.
        outcome_id = played_outcome(points) if adhoc else None
        dialog = inject_dialog.InjectDialog(self, startex=from_epoch(document.snapshot.startex), now=self._now(),
                                            incident_types=types, submit=submit, inject=inject, adhoc=adhoc,
                                            phases=phases, points=points, outcome_id=outcome_id)
        self._points = points
        try:
            return inject_dialog.show_inject_dialog(dialog)
        finally:
            dialog.deleteLater()

    def add_inject(self) -> bool:
        if self.document is None:
            return False
        document = self.document

        def submit(values: dict, _now: bool) -> None:
            outcome_id = values.pop("outcome_id", None)
            create = CreateCommand(document, self.tr("Add inject"), create_inject, delete_inject, **values)
            push_checked(document, with_outcome(document, create, kind="inject", key=None, outcome_id=outcome_id,
                                                before=None, points=self._points))
        return self._dialog(submit=submit)

    def add_adhoc(self) -> bool:
        if self.document is None:
            return False
        document = self.document

        def submit(values: dict, now: bool) -> None:
            at = self._now() if now else None
            if at is not None:
                values = {**values, "scenario_time": at, "delivery_time": at}
            push_checked(document, adhoc_on_outcome(document, values, deliver_at=at, points=self._points))
        return self._dialog(adhoc=True, submit=submit)

    def edit_inject(self) -> bool:
        inject = self.selected_inject()
        if inject is None or self.document is None or self.document.file.read_only:
            return False
        document = self.document

        def submit(changes: dict, _now: bool) -> None:
            outcome_id = changes.pop("outcome_id", inject.outcome_id)
            edit = UpdateCommand(document, self.tr("Edit inject {0}").format(inject.number),
                                 partial(update_inject, inject_id=inject.id), **changes) if changes else None
            command = with_outcome(document, edit, kind="inject", key=inject.id, outcome_id=outcome_id,
                                   before=inject.outcome_id, points=self._points)
            if command is not None:
                push_checked(document, command)
        return self._dialog(inject=inject, submit=submit)

    def delete_inject(self) -> None:
        inject = self.selected_inject()
        if inject is not None and self.document is not None:
            self.document.execute(DeleteCommand(self.document, self.tr("Delete inject {0}").format(inject.number),
                                                partial(delete_inject, inject_id=inject.id)))

    def fire_now(self) -> None:
        inject = self.selected_inject()
        if inject is not None and inject.status in ("planned", "held") and self.document is not None:
            self.document.execute(fire_selected_command(self.document, inject))

    def hold(self) -> None:
        inject = self.selected_inject()
        if inject is not None and self.document is not None:
            self.document.execute(hold_command(self.document, inject))

    def release(self) -> None:
        inject = self.selected_inject()
        if inject is not None and self.document is not None:
            self.document.execute(release_selected_command(self.document, inject))

    def skip(self) -> None:
        inject = self.selected_inject()
        if inject is not None and self.document is not None:
            self.document.execute(skip_command(self.document, inject))

    def shift(self, *, whole: bool) -> None:
        if self.document is None:
            return
        injects = self.model.injects()
        phases = sorted({i.phase for i in injects})
        counts: dict[str | None, int] = {None: len(injects)}
        for inject in injects:
            counts[inject.phase] = counts.get(inject.phase, 0) + 1
        selected = self.selected_inject()
        phase = None if whole else (selected.phase if selected else (phases[0] if phases else None))
        from gui.conduct import clock_dialogs

        answer = clock_dialogs.ask_shift(self, phases=phases, phase=phase, counts=counts)
        if answer is not None:
            chosen, offset = answer
            self.document.execute(shift_command(self.document, offset, chosen))
