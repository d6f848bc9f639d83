"""A scratch copy of an open exercise, for what-if: edits land there, never in the record.

The copy is taken with SQLite's backup API (``ExerciseFile.save_copy``), which
reads the record through its own connection and writes nothing to it; the
copy lives in a private temporary folder removed when the what-if ends.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from model.storage.exercise_file import ExerciseFile


class ScratchCopy:
    """The record copied into a temporary folder and opened for editing."""

    def __init__(self, record: ExerciseFile):
        self.folder = Path(tempfile.mkdtemp(prefix="pactline-what-if-"))
        try:
            path = record.save_copy(self.folder / record.path.name)
            self.file = ExerciseFile.open(path)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self.file.author = record.author

    def close(self) -> None:
        self.file.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def backup_before_apply(record: ExerciseFile) -> Path:
    """The record as it is, copied beside it before a what-if is applied to it ("<name>.before-what-if.pactline").

    Stands in for model/storage/backups.py (another branch): the same backup API, one copy, replaced each time.
    """
    return record.save_copy(record.path.with_name(f"{record.path.stem}.before-what-if{record.path.suffix}"))
