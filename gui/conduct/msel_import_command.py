"""The undo command of an MSEL import: the whole sheet is one step.

Like every edit it runs through the document (``ServiceCommand.call``): during a
what-if the import lands in the scratch copy and is journalled, so a planner can
try a revised MSEL against the record and apply or discard it as a whole.
"""
from __future__ import annotations

from gui.core.commands import ServiceCommand
from model.services.changes import ChangeReport
from model.services.injects import create_injects, delete_injects
from model.services.records import restore_records


class ImportMselCommand(ServiceCommand):
    """Redo: create_injects (later: restore the same rows with their ids); undo: delete_injects."""

    def __init__(self, document, entries: list[dict], text: str, window=None):
        super().__init__(document, text)
        self._entries = entries
        self._window = window            # (STARTEX, ENDEX) the sheet sets, in the same step
        self._window_before = None
        self.created_ids: tuple[int, ...] = ()
        self._removed: tuple = ()

    def _do(self) -> ChangeReport:
        if self._removed and self._window is None:
            return self.call(restore_records, records=self._removed, summary=f"Redo: {self.text()}")
        # With a window the redo stores the entries again (the same ids: the MSEL is as it was before
        # the first redo), so that injects and window change in one transaction.
        report = self.call(create_injects, entries=self._entries, window=self._window)
        self.created_ids = report.ids
        if self._window is not None:
            self._window_before = report.previous["window"]
        return report

    def _undo(self) -> ChangeReport:
        report = self.call(delete_injects, ids=list(self.created_ids), window=self._window_before)
        self._removed = report.removed
        return report
