"""What-if mode: the document edits a scratch copy of the record and journals every service call.

While a what-if runs, ``ExerciseDocument.file`` is the scratch copy
(model/storage/scratch.py), so every view and undo command edits it through the
usual services; the record file and its log are not written. Each service call
the document runs is journalled here (service name and keyword arguments, ids
included), which is what applying the what-if replays on the record
(ApplyWhatIfCommand, model/what_if_replay.py).
``difference`` compares the record's assessment with the scratch's.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from gui.core.commands import ServiceCommand
from gui.core.i18n import tr

from model.engine import Assessment
from model.services.changes import ChangeReport
from model.snapshot import ExerciseSnapshot
from model.storage.exercise_file import ExerciseFile
from model.storage.scratch import ScratchCopy
from model.what_if_replay import JournalStep, journal_step, replay

if TYPE_CHECKING:
    from gui.core.document import ExerciseDocument


class WhatIf:
    """One what-if in progress: the scratch copy, its own undo stack and the journal."""

    def __init__(self, document: ExerciseDocument):
        self.record_file: ExerciseFile = document.file
        self.record_stack: QUndoStack = document.undo_stack
        self.record_snapshot: ExerciseSnapshot = document.snapshot
        self.record_assessment: Assessment = document.assessment
        self.scratch = ScratchCopy(document.file)
        self.undo_stack = QUndoStack(document)
        self.journal: list[JournalStep] = []

    @property
    def file(self) -> ExerciseFile:
        return self.scratch.file

    def record(self, fn: Callable, kwargs: dict, report: ChangeReport, *, undoing: bool) -> None:
        if undoing:   # each command makes one service call each way: its undo cancels its step
            if self.journal:
                self.journal.pop()
        else:
            self.journal.append(journal_step(fn, kwargs, report))

    def close(self) -> None:
        self.undo_stack.clear()
        self.undo_stack.deleteLater()
        self.scratch.close()


class ApplyWhatIfCommand(ServiceCommand):
    """The what-if's journal replayed on the record: one transaction, one log entry, one undo step."""

    def __init__(self, document: ExerciseDocument, steps: list[JournalStep]):
        super().__init__(document, tr("Apply what-if ({0} changes)").format(len(steps)) if len(steps) != 1
                         else tr("Apply what-if (1 change)"))
        self._steps = steps
        self._inverses: list[JournalStep] = []

    def _do(self) -> ChangeReport:
        report, self._inverses = replay(self.document.file, self._steps, summary=tr("What-if applied"))
        return report

    def _undo(self) -> ChangeReport:
        report, _ = replay(self.document.file, self._inverses, summary=tr("Undo: what-if applied"))
        return report
