"""Undo commands for standing provisions: each redo and undo calls one service of model/services/provisions.py.

The generic commands of gui/core/commands.py do the work (a create keeps its id for
the redo, a delete's undo restores every row it removed); these name the edit in the
undo menu.
"""
from __future__ import annotations

from functools import partial

from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from gui.core.i18n import tr
from model import services


def add_provision(document, /, *, title: str, **values) -> CreateCommand:
    return CreateCommand(document, tr("Add standing provision \u201c{0}\u201d").replace("{0}", title),
                         services.provisions.create_provision, services.provisions.delete_provision,
                         title=title, **values)


def edit_provision(document, provision_id: int, label: str, /, **changes) -> UpdateCommand:
    return UpdateCommand(document, tr("Edit standing provision \u201c{0}\u201d").replace("{0}", label),
                         partial(services.provisions.update_provision, provision_id=provision_id), **changes)


def remove_provision(document, provision_id: int, label: str) -> DeleteCommand:
    return DeleteCommand(document, tr("Remove standing provision \u201c{0}\u201d").replace("{0}", label),
                         partial(services.provisions.delete_provision, provision_id=provision_id))


def add_milestone(document, provision_id: int, /, **values) -> CreateCommand:
    return CreateCommand(document, tr("Add milestone \u201c{0}\u201d").replace("{0}", values.get("what", "")),
                         services.provisions.create_milestone, services.provisions.delete_milestone,
                         provision_id=provision_id, **values)


def edit_milestone(document, milestone_id: int, label: str, /, **changes) -> UpdateCommand:
    return UpdateCommand(document, tr("Edit milestone \u201c{0}\u201d").replace("{0}", label),
                         partial(services.provisions.update_milestone, milestone_id=milestone_id), **changes)


def remove_milestone(document, milestone_id: int, what: str) -> DeleteCommand:
    return DeleteCommand(document, tr("Remove milestone \u201c{0}\u201d").replace("{0}", what),
                         partial(services.provisions.delete_milestone, milestone_id=milestone_id))


def record_delivery(document, provision_id: int, /, **values) -> CreateCommand:
    return CreateCommand(document, tr("Record a delivery"), services.provisions.create_delivery,
                         services.provisions.delete_delivery, provision_id=provision_id, **values)


def edit_delivery(document, delivery_id: int, /, **changes) -> UpdateCommand:
    return UpdateCommand(document, tr("Edit a delivery"),
                         partial(services.provisions.update_delivery, delivery_id=delivery_id), **changes)


def remove_delivery(document, delivery_id: int) -> DeleteCommand:
    return DeleteCommand(document, tr("Remove a delivery"),
                         partial(services.provisions.delete_delivery, delivery_id=delivery_id))
