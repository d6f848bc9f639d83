"""The Linux and Windows branches of model/storage/system.py.

Linux runs the real calls (two descriptors on one lock file, a real child
process). Windows runs against stand-ins for msvcrt and kernel32 that keep
the Windows contract: msvcrt.locking locks from the current position and
refuses a locked range with OSError; OpenProcess returns 0 and sets the last
error when it cannot open a process.
"""
from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from model.storage import system
from model.storage import file_lock
from model.storage.file_lock import ExerciseLock
from model.errors import FileInUseError


class FakeMsvcrt:
    """msvcrt.locking over a shared table of locked (file, offset) ranges, as Windows keeps them."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self):
        self.locked: dict[tuple[int, int], int] = {}
        self.calls: list[tuple[str, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        where = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        self.calls.append(("lock" if mode == self.LK_NBLCK else "unlock", where[1], nbytes))
        if mode == self.LK_NBLCK:
            if where in self.locked:
                raise OSError(errno.EACCES, "Permission denied")
            self.locked[where] = fd
        else:
            self.locked.pop(where, None)


def test_the_windows_lock_takes_one_byte_beyond_the_text_whatever_the_position_and_refuses_a_second(tmp_path):
    fake = FakeMsvcrt()
    try_lock, unlock = system.lock_calls("win32", msvcrt=fake)
    path = tmp_path / "x.lock"
    first, second = os.open(path, os.O_RDWR | os.O_CREAT), os.open(path, os.O_RDWR)
    try:
        os.write(first, b"holder info")          # the position is no longer 0
        assert try_lock(first)
        assert not try_lock(second)
        unlock(first)
        assert try_lock(second)
    finally:
        os.close(first)
        os.close(second)
    assert [call[1] for call in fake.calls] == [system.WINDOWS_LOCK_OFFSET] * 4
    assert all(nbytes == 1 for _kind, _offset, nbytes in fake.calls)
    assert path.stat().st_size == len(b"holder info")      # locking past the end does not grow the file


def test_the_windows_lock_leaves_the_holders_text_readable():
    # Windows locks are mandatory: a locked byte inside the text would make the second Pactline's read fail.
    assert system.WINDOWS_LOCK_OFFSET >= file_lock.HOLDER_TEXT_MAX


class WindowsFiles:
    """Windows' refusal to remove a file some descriptor still has open (os.open does not share deletion)."""

    def __init__(self, monkeypatch):
        self.open_fds: dict[int, str] = {}
        real_open, real_close, real_unlink = os.open, os.close, os.unlink

        def opened(path, flags, mode=0o777, **kwargs):
            fd = real_open(path, flags, mode, **kwargs)
            self.open_fds[fd] = os.fspath(path)
            return fd

        def closed(fd):
            self.open_fds.pop(fd, None)
            real_close(fd)

        def unlinked(path, **kwargs):
            if os.fspath(path) in self.open_fds.values():
                raise PermissionError(13, "The process cannot access the file because it is being used", path)
            real_unlink(path, **kwargs)

        monkeypatch.setattr(os, "open", opened)
        monkeypatch.setattr(os, "close", closed)
        monkeypatch.setattr(os, "unlink", unlinked)


def test_on_windows_the_exercise_lock_names_its_holder_and_is_let_go_before_its_file_is_removed(tmp_path, monkeypatch):
    fake = FakeMsvcrt()
    try_lock, unlock = system.lock_calls("win32", msvcrt=fake)
    monkeypatch.setattr(file_lock, "_try_lock", try_lock)
    monkeypatch.setattr(file_lock, "_unlock", unlock)
    monkeypatch.setattr(file_lock, "_UNLINK_WHILE_OPEN", system.unlink_while_open("win32"))
    files = WindowsFiles(monkeypatch)
    exercise = tmp_path / "drill.pactline"
    holder = ExerciseLock(exercise)
    holder.acquire()
    with pytest.raises(FileInUseError, match="process"):
        ExerciseLock(exercise).acquire()
    holder.release()                                   # closed first, so Windows lets it be removed
    assert not holder.path.exists() and not files.open_fds
    # Another Pactline that has the file open keeps it: the removal is refused and passed over.
    holder.acquire()
    other = os.open(holder.path, os.O_RDWR)
    try:
        holder.release()
        assert holder.path.exists() and try_lock(other)
    finally:
        os.close(other)


def test_files_are_opened_binary_where_the_system_has_the_flag():
    from types import SimpleNamespace

    assert system.binary_flag(SimpleNamespace(O_BINARY=0x8000)) == 0x8000     # Windows' os
    assert system.binary_flag(SimpleNamespace()) == 0                          # Linux's os
    assert system.unlink_while_open("linux") and not system.unlink_while_open("win32")


def test_the_linux_lock_excludes_a_second_descriptor_and_is_released(tmp_path):
    try_lock, unlock = system.lock_calls("linux")
    path = tmp_path / "x.lock"
    first, second = os.open(path, os.O_RDWR | os.O_CREAT), os.open(path, os.O_RDWR)
    try:
        assert try_lock(first)
        assert not try_lock(second)
        unlock(first)
        assert try_lock(second)
    finally:
        os.close(first)
        os.close(second)


def test_an_exercise_lock_names_its_holder_to_the_second_pactline(tmp_path):
    exercise = tmp_path / "plan.pactline"
    exercise.write_bytes(b"")
    held = ExerciseLock(exercise)
    held.acquire()
    try:
        with pytest.raises(FileInUseError, match="already open in another Pactline by .* on .*process"):
            ExerciseLock(exercise).acquire()
    finally:
        held.release()
    again = ExerciseLock(exercise)
    again.acquire()
    again.release()


class FakeKernel32:
    def __init__(self, *, running: set[int], other_users: set[int]):
        self.running, self.other_users = running, other_users
        self.error = 0
        self.closed: list[int] = []

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        assert access == system.SYNCHRONIZE and inherit is False
        if pid in self.other_users:
            self.error = system.ERROR_ACCESS_DENIED
            return 0
        if pid not in self.running and pid != 99:      # 99: exited, handle still obtainable
            self.error = 87     # ERROR_INVALID_PARAMETER: no such process
            return 0
        return 1000 + pid

    def WaitForSingleObject(self, handle: int, timeout: int) -> int:
        assert timeout == 0
        return system.WAIT_TIMEOUT if handle - 1000 in self.running else 0   # 0: signalled = exited

    def CloseHandle(self, handle: int) -> None:
        self.closed.append(handle)


def test_the_windows_process_check_never_signals_and_counts_another_users_process_as_running():
    kernel32 = FakeKernel32(running={10}, other_users={20})
    ask = lambda pid: system.process_running(pid, "win32", kernel32=kernel32, last_error=lambda: kernel32.error)
    assert ask(10) is True
    assert ask(20) is True
    assert ask(30) is False
    assert ask(99) is False
    assert kernel32.closed == [1010, 1099]        # every handle opened is closed


def test_the_linux_process_check_sees_a_live_and_an_ended_child():
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        assert system.process_running(child.pid, "linux")
    finally:
        child.communicate(b"")
    assert not system.process_running(child.pid, "linux")
    assert system.process_running(os.getpid(), "linux")


def test_folders_are_synced_except_on_windows():
    assert system.can_sync_folder("linux")
    assert not system.can_sync_folder("win32")


def test_file_output_and_the_lock_use_these_calls():
    # The mechanisms must not grow their own platform branches again.
    for module in ("file_output.py", "file_lock.py"):
        text = (Path(system.__file__).parent / module).read_text(encoding="utf-8")
        assert "sys.platform" not in text and 'os.name == "nt"' not in text, module
