"""Undo commands for branches: each redo and undo calls one service of model/services/branches.py."""
from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any, cast

from PySide6.QtGui import QUndoCommand

from gui.core.commands import DeleteCommand, ServiceCommand
from gui.core.i18n import tr
from model import services
from model.services.changes import ChangeReport


class CreateBranchPointCommand(ServiceCommand):
    """Create; undo deletes it; redo puts back exactly what the undo removed (same outcome ids)."""

    def __init__(self, document, *, question: str, at: datetime, outcomes: list[str], outcome_id: int | None = None):
        super().__init__(document, tr("Add branch point \u201c{0}\u201d").replace("{0}", question))
        self._values: dict[str, Any] = dict(question=question, at=at, outcomes=outcomes, outcome_id=outcome_id,
                                            id=None)
        self.created_id: int | None = None
        self._removed: tuple = ()

    def _do(self) -> ChangeReport:
        if self._removed:
            return self.call(services.records.restore_records, records=self._removed,
                             summary=f"Redo: {self.text()}")
        report = self.call(services.branches.create_branch_point, **self._values)
        self.created_id = report.ids[0]
        return report

    def _undo(self) -> ChangeReport:
        assert self.created_id is not None   # undone only after a redo
        report = self.call(services.branches.delete_branch_point, branch_point_id=self.created_id)
        self._removed = report.removed
        return report


class AssignOutcomeCommand(ServiceCommand):
    """Put an incident, inject or commitment on an outcome (None: the trunk); undo puts it back."""

    def __init__(self, document, text: str, *, kind: str, key: int, outcome_id: int | None):
        super().__init__(document, text)
        self._kind, self._key, self._outcome = kind, key, outcome_id
        self._before: int | None = None

    def _do(self) -> ChangeReport:
        report = self.call(services.branches.assign_outcome, kind=self._kind, key=self._key,
                           outcome_id=self._outcome)
        self._before = report.previous.get("outcome_id", self._outcome)
        return report

    def _undo(self) -> ChangeReport:
        return self.call(services.branches.assign_outcome, kind=self._kind, key=self._key,
                         outcome_id=self._before)


class CopyIncidentCommand(ServiceCommand):
    def __init__(self, document, text: str, *, incident_id: int, outcome_id: int | None):
        super().__init__(document, text)
        self._source, self._outcome = incident_id, outcome_id
        self.created_id: int | None = None

    def _do(self) -> ChangeReport:
        report = self.call(services.branches.copy_incident, incident_id=self._source,
                           outcome_id=self._outcome,
                           id=self.created_id)
        self.created_id = report.ids[0]
        return report

    def _undo(self) -> ChangeReport:
        assert self.created_id is not None
        return self.call(services.incidents.delete_incident, incident_id=self.created_id)


class RenameOutcomeCommand(ServiceCommand):
    def __init__(self, document, outcome_id: int, old: str, new: str):
        super().__init__(document, tr("Rename outcome \u201c{0}\u201d").replace("{0}", old))
        self._id, self._old, self._new = outcome_id, old, new

    def _do(self) -> ChangeReport:
        return self.call(services.branches.rename_outcome, outcome_id=self._id, name=self._new)

    def _undo(self) -> ChangeReport:
        return self.call(services.branches.rename_outcome, outcome_id=self._id, name=self._old)


class AddOutcomeCommand(ServiceCommand):
    def __init__(self, document, branch_point_id: int, name: str):
        super().__init__(document, tr("Add outcome \u201c{0}\u201d").replace("{0}", name))
        self._point, self._name = branch_point_id, name
        self.created_id: int | None = None

    def _do(self) -> ChangeReport:
        report = self.call(services.branches.create_outcome, branch_point_id=self._point, name=self._name,
                           id=self.created_id)
        self.created_id = report.ids[0]
        return report

    def _undo(self) -> ChangeReport:
        assert self.created_id is not None
        return self.call(services.branches.delete_outcome, outcome_id=self.created_id)


class ResolveBranchPointCommand(ServiceCommand):
    """The facilitator's resolution in play; undo takes it back (the skipped injects planned again)."""

    def __init__(self, document, branch_point_id: int, outcome_id: int, name: str, at: datetime):
        super().__init__(document, tr("Resolve branch point: {0}").replace("{0}", name))
        self._point, self._outcome, self._at = branch_point_id, outcome_id, at
        self._skipped: dict = {}

    def _do(self) -> ChangeReport:
        report = self.call(services.branches.resolve_branch_point, branch_point_id=self._point,
                           outcome_id=self._outcome,
                           at=self._at)
        self._skipped = report.previous.get("skipped", {})
        self.document.outcome_choice.pop(self._point, None)   # from now on the views show what was played
        return report

    def _undo(self) -> ChangeReport:
        report = self.call(services.branches.unresolve_branch_point, branch_point_id=self._point,
                           skipped=self._skipped)
        self.document.outcome_choice.pop(self._point, None)
        return report


def delete_branch_point_command(document, branch_point_id: int, question: str) -> DeleteCommand:
    return DeleteCommand(document, tr("Delete branch point \u201c{0}\u201d").replace("{0}", question),
                         partial(services.branches.delete_branch_point, branch_point_id=branch_point_id))


def delete_outcome_command(document, outcome_id: int, name: str) -> DeleteCommand:
    return DeleteCommand(document, tr("Delete outcome \u201c{0}\u201d").replace("{0}", name),
                         partial(services.branches.delete_outcome, outcome_id=outcome_id))


class OnOutcomeCommand(QUndoCommand):
    """A record's edit and its move to another outcome as one undo step ("Add inject" on "rejects").

    *command* creates or edits the record (a CreateCommand's ``created_id`` names a new one); the
    record is then put on *outcome_id*. Either refusing leaves nothing done.
    """

    def __init__(self, document, command: QUndoCommand | None, *, kind: str, key: int | None,
                 outcome_id: int | None, label: str, text: str | None = None):
        super().__init__(text or (command.text() if command is not None else
                                  tr("Put {0} on {1}").replace("{0}", kind).replace("{1}", label)))
        self.document, self.command, self._kind, self._key = document, command, kind, key
        self._outcome, self._label = outcome_id, label
        self.assign: AssignOutcomeCommand | None = None
        self._skip_next_redo = False

    def first_redo(self) -> None:
        if self.command is not None:
            cast(Any, self.command).first_redo()   # a command of the program's own, with first_redo
            self.command.redo()                  # the redo a push would make: the edit already ran
        key = self._key if self._key is not None else getattr(self.command, "created_id", None)
        assert key is not None
        self.assign = AssignOutcomeCommand(self.document, self.text(), kind=self._kind, key=key,
                                           outcome_id=self._outcome)
        try:
            self.assign.first_redo()
        except Exception:
            if self.command is not None:
                self.command.undo()
            raise
        self.assign.redo()
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        if self.command is not None:
            self.command.redo()
        if self.assign is not None:
            self.assign.redo()

    def undo(self) -> None:
        if self.assign is not None:
            self.assign.undo()
        if self.command is not None:
            self.command.undo()


def with_outcome(document, command: QUndoCommand | None, *, kind: str, key: int | None, outcome_id: int | None,
                 before: int | None, points) -> QUndoCommand | None:
    """*command* alone while the record stays where it was (*before*); else the edit and the move as one step."""
    if outcome_id == before:
        return command
    label = next((f"{p.question}: {o.name}" for p in points for o in p.outcomes if o.id == outcome_id),
                 tr("The trunk"))
    return OnOutcomeCommand(document, command, kind=kind, key=key, outcome_id=outcome_id, label=label)
