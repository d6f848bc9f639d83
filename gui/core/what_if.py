"""What-if mode: the document edits a scratch copy of the record and journals every service call.

While a what-if runs, ``ExerciseDocument.file`` is the scratch copy
(model/storage/scratch.py), so every view and undo command edits it through the
usual services; the record file and its log are not written. Each service call
the document runs is journalled here (service name and keyword arguments, ids
included), which is what applying the what-if replays on the record.
``difference`` compares the record's assessment with the scratch's.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from model.engine import Assessment
from model.services.changes import ChangeReport
from model.snapshot import ExerciseSnapshot
from model.storage.exercise_file import ExerciseFile
from model.storage.scratch import ScratchCopy

if TYPE_CHECKING:
    from gui.core.document import ExerciseDocument


@dataclass(frozen=True)
class JournalStep:
    """One service call as it ran on the scratch copy: ``services.<module>.<function>(file, **kwargs)``."""

    service: str
    kwargs: dict = field(default_factory=dict)


def journal_step(fn: Callable, kwargs: dict, report: ChangeReport) -> JournalStep:
    """The step *fn(file, **kwargs)* was, with the ids a partial bound and the id a create chose."""
    bound: dict = {}
    while isinstance(fn, functools.partial):
        bound = {**fn.keywords, **bound}
        fn = fn.func
    values = {**bound, **kwargs}
    if "id" in values and values["id"] is None and report.action == "created" and report.ids:
        values["id"] = report.ids[0]   # replayed on the record, the row gets the same id
    module = fn.__module__.rsplit(".", 1)[-1]
    return JournalStep(f"{module}.{fn.__name__}", values)


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

    def record(self, fn: Callable, kwargs: dict, report: ChangeReport) -> None:
        self.journal.append(journal_step(fn, kwargs, report))

    def close(self) -> None:
        self.undo_stack.clear()
        self.undo_stack.deleteLater()
        self.scratch.close()
