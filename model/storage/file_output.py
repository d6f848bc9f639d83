"""Writing a file whole or not at all: every export, copy and new exercise goes through here.

``atomic_output(target)`` yields a temporary path beside *target*; the writer
writes it; on leaving, the file's size (and, for formats with a fixed ending,
its last bytes) are checked, it is flushed to the disk and renamed into place.
On any failure the temporary file is removed and an OutputError says which
file and why ("the disk is full", "the folder is not writable").

Qt's writers (QPdfWriter, QSvgGenerator, QImage.save) report success on a full
disk and leave a truncated file, so the ending check is what catches them.

Temporary names are visible (no leading dot, so a Windows user can see and
delete one) and carry the writing process's id and host, so that opening a
folder can remove what a killed Pactline left (``remove_stale_partials``).
"""
from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import socket
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from model.errors import PactlineError
from model.storage import system
from model.i18n import tr

PARTIAL_MARK = ".pactline-partial-"
# A writer that is alive keeps touching its file; one untouched this long was left by a
# Pactline that stopped, here or on another computer sharing the folder.
STALE_AFTER_S = 3600
LOW_SPACE_BYTES = 1 << 20
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")

PDF_END = b"%%EOF"
PNG_END = b"IEND\xaeB`\x82"
SVG_END = b"</svg>"

# The OS calls the mechanism owns, by name, so a test can make the disk refuse them.
_write = os.write
_fsync = os.fsync
_replace = os.replace

_STARTED = time.time()


class OutputError(PactlineError):
    """A file could not be written; nothing was left in its place (an older file is unchanged)."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(tr("Cannot write {path}: {reason}").format(path=self.path, reason=reason))


class Incomplete(OSError):
    """A writer said it failed (or a Qt painter did not finish); the cause is found from the disk."""


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:15] or "host"


def partial_name(target: Path) -> str:
    """A fresh temporary name for *target*: its stem, the mark, pid, host, a random part, its suffix."""
    return f"{target.stem}{PARTIAL_MARK}{os.getpid()}-{_host()}-{secrets.token_hex(4)}{target.suffix}"


def _reserve(target: Path) -> Path:
    """Create the empty temporary file; mode 0o666 so the user's umask decides who may read it."""
    for _ in range(100):
        tmp = target.with_name(partial_name(target))
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_RDWR | system.binary_flag(), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


@contextmanager
def atomic_output(path: Path | str, *, ends_with: bytes | None = None) -> Iterator[Path]:
    """Yield a temporary path to write *path* through; see the module docstring.

    *ends_with*: the bytes a complete file of this format ends with (trailing
    white space aside). The writer raises Incomplete if it reports a failure.
    """
    target = Path(path).absolute()
    try:
        tmp = _reserve(target)
    except OSError as err:
        raise OutputError(target, reason_for(err, target, creating=True)) from None
    try:
        yield tmp
        _finish(tmp, target, ends_with)
    except OSError as err:
        reason = reason_for(err, target, creating=False)
        remove_partial(tmp)
        raise OutputError(target, reason) from None
    except BaseException:
        remove_partial(tmp)
        raise


def _finish(tmp: Path, target: Path, ends_with: bytes | None) -> None:
    size = tmp.stat().st_size
    if size == 0:
        raise Incomplete(tr("the file is empty"))
    fd = os.open(tmp, os.O_RDWR | system.binary_flag())
    try:
        if ends_with is not None:
            os.lseek(fd, max(0, size - 1024), os.SEEK_SET)
            if not os.read(fd, 1024).rstrip().endswith(ends_with):
                raise Incomplete(tr("the file ends before its end"))
        _fsync(fd)
    finally:
        os.close(fd)
    try:
        # An overwritten file keeps the permissions its owner gave it.
        os.chmod(tmp, os.stat(target).st_mode & 0o7777)
    except FileNotFoundError:
        pass
    _replace(tmp, target)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    if not system.can_sync_folder():
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        _fsync(fd)
    except OSError:
        pass        # some network file systems refuse fsync on a folder; the rename is done
    finally:
        os.close(fd)


def write_bytes(tmp: Path, data: bytes) -> None:
    """Write *data* into the reserved temporary file (for the writers that build bytes in memory)."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | system.binary_flag(), 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[_write(fd, view):]
    finally:
        os.close(fd)


def write_chunks(tmp: Path, chunks: Iterable[bytes]) -> None:
    """Write *chunks* one after another into the reserved temporary file (for writers that
    produce their bytes as they go, never holding the whole file in memory)."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                view = view[_write(fd, view):]
    finally:
        os.close(fd)


def remove_partial(tmp: Path) -> None:
    for name in (tmp, *(Path(f"{tmp}{side}") for side in SQLITE_SIDE_FILES)):
        try:
            name.unlink(missing_ok=True)
        except OSError:
            pass


# -- why a write failed, in the user's words -------------------------------------------------------------
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_REFUSED = {errno.EACCES, errno.EPERM}


def reason_for(err: BaseException, target: Path, *, creating: bool) -> str:
    code = getattr(err, "errno", None)
    if code in _FULL:
        return tr("the disk is full")
    if code == errno.EROFS:
        return tr("the disk is read-only")
    if code in _REFUSED:
        return tr("the folder is not writable") if creating or not target.exists() else \
            tr("the file there cannot be replaced (it is read-only or open in another program)")
    if code in (errno.ENOENT, errno.ENOTDIR) and creating:
        return tr("the folder {parent} does not exist").format(parent=target.parent)
    if code == errno.EISDIR:
        return tr("a folder of that name is there")
    if code == errno.EFBIG:
        return tr("the file is larger than this disk allows")
    if _disk_nearly_full(target.parent):
        return tr("the disk is full")
    if isinstance(err, Incomplete):
        return tr("it was not written completely ({err})").format(err=err)
    return getattr(err, "strerror", None) or str(err)


def reason_for_sqlite(err: sqlite3.Error, target: Path) -> str:
    """The same words for a failure SQLite reported while writing a copy."""
    code = getattr(err, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or _disk_nearly_full(target.parent):
        return tr("the disk is full")
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return tr("the folder is not writable")
    return tr("the disk refused to write it ({err})").format(err=err)


def _disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


# -- what a stopped Pactline left behind -----------------------------------------------------------------
_PARTIAL_RE = re.compile(re.escape(PARTIAL_MARK) + r"(?P<pid>\d+)-(?P<host>[A-Za-z0-9]*)-[0-9a-f]{8}")
# Before temporary names were visible: ".<stem>-<8 random>.tmp" and SQLite's side files.
_LEGACY_RE = re.compile(r"^\..+-[a-z0-9_]{8}\.tmp(-journal|-wal|-shm)?$")


def remove_stale_partials(folder: Path | str) -> list[Path]:
    """Remove the temporary files stopped writers left in *folder*; returns what was removed.

    A file is stale when its writer cannot still be running: written by a
    process of this computer that is gone (or by an earlier process with this
    process's id, before it started), or untouched for STALE_AFTER_S (a writer
    on another computer, whose processes cannot be asked). Errors are ignored:
    tidying must never stop a file from opening.
    """
    removed: list[Path] = []
    now, host = time.time(), _host()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PARTIAL_RE.search(entry.name)
        if not match and not _LEGACY_RE.match(entry.name):
            continue        # the name alone rules out nearly every file: no stat for them
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            mtime = entry.stat(follow_symlinks=False).st_mtime
            if match:
                pid = int(match["pid"])
                if match["host"] != host:
                    stale = now - mtime > STALE_AFTER_S
                elif pid == os.getpid():
                    stale = mtime < _STARTED
                else:
                    stale = not system.process_running(pid) or now - mtime > STALE_AFTER_S
            else:
                stale = now - mtime > STALE_AFTER_S and (entry.name.endswith(SQLITE_SIDE_FILES)
                                                         or _empty_or_sqlite(entry.path))
            if stale:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _empty_or_sqlite(path: str) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(16)
    return head in (b"", b"SQLite format 3\x00")
