"""Undo commands for roster batches: add several signatories, or remove several, as one step.

Each redo/undo calls one model service. Added signatories keep their ids
across undo/redo; removed ones come back with theirs, dependants included.
"""
from __future__ import annotations

from gui.core.commands import ServiceCommand
from model import services
from model.services.changes import ChangeReport, Record


class AddSignatoriesCommand(ServiceCommand):
    """create_signatories(entries); undo deletes exactly the rows it created."""

    def __init__(self, document, text: str, entries: list[dict]):
        super().__init__(document, text)
        self._entries = [dict(entry) for entry in entries]
        self.created_ids: tuple[int, ...] = ()

    def _do(self) -> ChangeReport:
        entries = self._entries
        if self.created_ids:
            entries = [{**entry, "id": key} for entry, key in zip(entries, self.created_ids)]
        report = self.call(services.signatories.create_signatories, entries=entries)
        self.created_ids = report.ids
        return report

    def _undo(self) -> ChangeReport:
        return self.call(services.roster.delete_signatories, ids=self.created_ids)


class RemoveSignatoriesCommand(ServiceCommand):
    """delete_signatories(ids); undo restores every removed row with its id."""

    def __init__(self, document, text: str, ids):
        super().__init__(document, text)
        self._ids = tuple(ids)
        self._removed: tuple[Record, ...] = ()

    def _do(self) -> ChangeReport:
        report = self.call(services.roster.delete_signatories, ids=self._ids)
        self._removed = report.removed
        return report

    def _undo(self) -> ChangeReport:
        return self.call(services.records.restore_records, records=self._removed,
                                                summary=f"Undo: {self.text()}")

