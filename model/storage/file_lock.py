"""A lock file beside the exercise so two Pactlines never edit one file.

The operating system's file lock (flock / msvcrt, see model/storage/system.py) is what excludes; it is
released by the OS if Pactline crashes, so a stale lock file never blocks.
The file's text only tells the second user who holds the exercise.
"""
from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from model.errors import FileInUseError
from model.storage.system import binary_flag, lock_calls, unlink_while_open
from model.timeutil import UTC
from model.i18n import tr

_try_lock, _unlock = lock_calls()
_UNLINK_WHILE_OPEN = unlink_while_open()
HOLDER_TEXT_MAX = 4096   # what a second Pactline reads of the lock file to name the holder


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class ExerciseLock:
    """Held while an exercise is open for writing."""

    def __init__(self, exercise_path: Path):
        self.exercise_path = exercise_path
        self.path = lock_path_for(exercise_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | binary_flag(), 0o644)
        if not _try_lock(fd):
            holder = _describe_holder(fd)
            os.close(fd)
            raise FileInUseError(self.exercise_path, tr("it is already open in another Pactline{holder}. Close it "
                                                        "there first, or open a copy")
                                                        .format(holder=holder))
        info = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user(),
                "since": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
        # Written once the lock is held (on Windows the locked byte lies beyond this text: system.py).
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if _UNLINK_WHILE_OPEN:
            try:
                self.path.unlink(missing_ok=True)
            finally:
                _unlock(fd)
                os.close(fd)
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass    # another Pactline opened it meanwhile (Windows refuses the removal): it takes the lock over

    @property
    def held(self) -> bool:
        return self._fd is not None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _describe_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        info = json.loads(os.read(fd, HOLDER_TEXT_MAX).decode() or "{}")
    except (OSError, ValueError):
        return ""
    parts = [tr("by {0}").format(info["user"]) if info.get("user") else "",
             tr("on {0}").format(info["host"]) if info.get("host") else "",
             tr("(process {0})").format(info["pid"]) if info.get("pid") else "",
             tr("since {0}").format(info["since"]) if info.get("since") else ""]
    text = " ".join(p for p in parts if p)
    return f" {text}" if text else ""
