"""Undo commands: each redo/undo calls exactly one model service.

A command runs its first redo through ``ExerciseDocument.execute`` so that a
refused edit (a ValidationError) is reported and never lands on the stack.
Created rows keep their ids across undo/redo, so later commands that refer
to them stay valid.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from gui.core.selection import KINDS
from model import services
from model.errors import PactlineError
from model.services.changes import ChangeReport

if TYPE_CHECKING:
    from gui.core.document import ExerciseDocument


class ServiceCommand(QUndoCommand):
    """Base: ``first_redo`` performs the edit; Qt's initial ``redo`` is then skipped."""

    def __init__(self, document, text: str):
        super().__init__(text)
        self.document = document
        self._skip_next_redo = False

    def first_redo(self) -> None:
        """Perform the edit; raises PactlineError if the service refuses it."""
        self._apply(self._do())
        self._skip_next_redo = True  # QUndoStack.push calls redo once more; the edit already ran

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, step: Callable[[], ChangeReport]) -> None:
        # Qt calls redo/undo from C++, where an exception would be lost: report it.
        try:
            report = step()
        except PactlineError as err:
            self.document.error.emit(str(err))
            self.document.reload()
            return
        self._apply(report)
        self._select(report)

    def _select(self, report: ChangeReport) -> None:
        """After an undo or redo, select what the step changed: the user sees what came back or moved.

        The report's main rows are chosen (the incident a move moved, the signatory a
        deletion's undo restored); rows that are gone were already forgotten by apply.
        """
        if report.entity not in KINDS:
            return
        present = report.keys(report.entity, "created", "updated")
        chosen = next((key for key in report.ids if key in present), None)
        if chosen is not None:
            self.document.selection.select(report.entity, chosen)

    def _apply(self, report: ChangeReport) -> None:
        self.document.apply(report)

    def _do(self) -> ChangeReport:
        raise NotImplementedError

    def _undo(self) -> ChangeReport:
        raise NotImplementedError


def id_keyword(delete_fn: Callable) -> str:
    """The name of *delete_fn*'s one keyword-only id (``incident_id`` for delete_incident)."""
    names = [p.name for p in inspect.signature(delete_fn).parameters.values() if p.kind is p.KEYWORD_ONLY]
    if len(names) != 1:
        raise TypeError(f"{getattr(delete_fn, '__name__', delete_fn)!r} must take exactly one keyword-only id")
    return names[0]


class CreateCommand(ServiceCommand):
    """create_fn(file, id=..., **values) / delete_fn(file, <entity>_id=id)."""

    def __init__(self, document, text: str, create_fn: Callable, delete_fn: Callable, /, **values):
        super().__init__(document, text)
        self._create, self._delete, self._values = create_fn, delete_fn, values
        self._delete_key = id_keyword(delete_fn)
        self.created_id: int | None = None

    def _do(self) -> ChangeReport:
        report = self._create(self.document.file, id=self.created_id, **self._values)
        self.created_id = report.ids[0]
        return report

    def _undo(self) -> ChangeReport:
        return self._delete(self.document.file, **{self._delete_key: self.created_id})


class UpdateCommand(ServiceCommand):
    """update_fn(file, **changes), its id bound by the caller (``partial(update_incident, incident_id=4)``);
    undo applies the previous values it reported."""

    def __init__(self, document, text: str, update_fn: Callable, /, **changes):
        super().__init__(document, text)
        self._update, self._changes = update_fn, changes
        self._previous: dict = {}

    def _do(self) -> ChangeReport:
        report = self._update(self.document.file, **self._changes)
        self._previous = report.previous
        return report

    def _undo(self) -> ChangeReport:
        return self._update(self.document.file, **self._previous)


class DeleteCommand(ServiceCommand):
    """delete_fn(file), its id bound by the caller; undo restores every removed row with its id."""

    def __init__(self, document, text: str, delete_fn: Callable):
        super().__init__(document, text)
        self._delete = delete_fn
        self._removed = ()

    def _do(self) -> ChangeReport:
        report = self._delete(self.document.file)
        self._removed = report.removed
        return report

    def _undo(self) -> ChangeReport:
        return services.records.restore_records(self.document.file, records=self._removed,
                                                summary=f"Undo: {self.text()}")
