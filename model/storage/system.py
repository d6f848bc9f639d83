"""The few calls that differ between Linux and Windows, each behind one small function.

Which branch runs is decided by a *system* argument (``sys.platform`` by
default) and the operating-system module is passed in, so the Windows branch
is exercised by tests on Linux with a stand-in for ``msvcrt`` / ``kernel32``
that records the calls, and the Linux branch by the real thing.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

WINDOWS = "win32"

# Windows locks are mandatory: a locked byte cannot be read by another process. The lock file's
# text (who holds the exercise) starts at byte 0 and the second Pactline reads it, so the Windows
# lock sits on a byte far beyond it; Windows allows locking past the end of a file (it does not grow).
WINDOWS_LOCK_OFFSET = 1 << 30

# Windows API values used below (winbase.h / winerror.h).
SYNCHRONIZE = 0x00100000
WAIT_TIMEOUT = 0x102
ERROR_ACCESS_DENIED = 5


def lock_calls(system: str = sys.platform, *, msvcrt: ModuleType | Any = None,
               fcntl: ModuleType | Any = None) -> tuple[Callable[[int], bool], Callable[[int], None]]:
    """(try_lock, unlock) for an open file descriptor: an exclusive lock the OS drops if the process dies.

    Windows: a byte-range lock on byte WINDOWS_LOCK_OFFSET (msvcrt.locking locks from the
    current position, so the position is set first), clear of the text at the start of the
    file. Elsewhere: flock.
    """
    if system == WINDOWS:
        if msvcrt is None:      # pragma: no cover - only a Windows Python has it
            import msvcrt as msvcrt_module
            msvcrt = msvcrt_module

        def try_lock(fd: int) -> bool:
            os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                return False

        def unlock(fd: int) -> None:
            os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

        return try_lock, unlock

    if fcntl is None:
        import fcntl as fcntl_module
        fcntl = fcntl_module

    def try_flock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def unflock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    return try_flock, unflock


def process_running(pid: int, system: str = sys.platform, *, kernel32: Any = None,
                    last_error: Callable[[], int] | None = None) -> bool:
    """Whether process *pid* still runs (a process of another user counts as running).

    Not ``os.kill(pid, 0)`` on Windows: there it terminates the process.
    """
    if system == WINDOWS:
        if kernel32 is None:    # pragma: no cover - only Windows has kernel32
            import ctypes
            # (mypy checks for Linux, where ctypes has no WinDLL)
            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)   # type: ignore[attr-defined]
            last_error = ctypes.get_last_error                          # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(SYNCHRONIZE, False, pid)
        if not handle:
            return last_error is not None and last_error() == ERROR_ACCESS_DENIED
        try:
            return kernel32.WaitForSingleObject(handle, 0) == WAIT_TIMEOUT
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)     # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True         # it exists but belongs to someone else
    return True


def can_sync_folder(system: str = sys.platform) -> bool:
    """Whether a folder can be opened and fsync'd so that a rename in it is durable (not on Windows)."""
    return system != WINDOWS


def binary_flag(os_module: ModuleType | Any = os) -> int:
    """``os.O_BINARY`` where it exists (Windows: no newline translation in os.open'd files), else 0."""
    return getattr(os_module, "O_BINARY", 0)


def unlink_while_open(system: str = sys.platform) -> bool:
    """Whether a lock file is removed before its lock is let go (Linux), or after it is closed (Windows).

    On Linux removing it first means no other Pactline can lock the file being removed. Windows
    cannot remove a file that is open (os.open does not share deletion), so it unlocks and closes
    first; if another Pactline has the file open by then the removal fails, and that one locks it.
    """
    return system != WINDOWS
