"""Rotated local backups of an exercise, made with SQLite's backup API.

A backup is taken on opening a file, after every 30 minutes of editing, and
before anything that rewrites much at once (an MSEL import, a restore, a schema
upgrade, applying a what-if: call :func:`before_risky`). Each is written whole
or not at all (``atomic_output``), so a Pactline killed mid-backup leaves the
exercise and every earlier backup as they were. Backups are kept by age: the
last 10, the newest of each day for a week, of each week for a month.

They live in a local folder beside the user's settings and data, one subfolder
per exercise file, and never on a network share: a backup that needs the
network is no backup when the laptop is air-gapped or the share is what failed.
"""
from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from model.errors import PactlineError
from model.i18n import QT_TR_NOOP, tr
from model.storage.file_output import (
    PARTIAL_MARK, OutputError, atomic_output, reason_for_sqlite, remove_stale_partials,
)
from model.timeutil import UTC

SUFFIX = ".pactline"
KEEP_LAST = 10
KEEP_DAILY_DAYS = 7
KEEP_WEEKLY_DAYS = 31
EDITING_INTERVAL_S = 30 * 60
_NAME = re.compile(r"^(\d{8}T\d{6}Z)-([a-z-]+)\.pactline$")
_TIME_FORMAT = "%Y%m%dT%H%M%SZ"
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "9p", "fuse.sshfs", "sshfs", "davfs",
                       "fuse.davfs2", "ncpfs", "glusterfs", "ceph", "fuse.rclone", "fuse.s3fs"}

# The backup API's steps: all at once, unless a test wants to stop a backup half-way.
_PAGES_PER_STEP = -1
_progress = None

# What the user sees for each reason a backup was taken (the GUI translates them).
REASONS = {
    "opened": QT_TR_NOOP("when the file was opened"),
    "editing": QT_TR_NOOP("after 30 minutes of editing"),
    "msel-import": QT_TR_NOOP("before an MSEL import"),
    "package-import": QT_TR_NOOP("before a package import"),
    "restore": QT_TR_NOOP("before a restore"),
    "schema-upgrade": QT_TR_NOOP("before a schema upgrade"),
    "what-if": QT_TR_NOOP("before applying a what-if"),
    "manual": QT_TR_NOOP("on request"),
}


class BackupError(PactlineError):
    pass


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    taken: datetime
    reason: str
    incidents: int | None     # None: the backup could not be read
    commitments: int | None
    log_entries: int | None
    name: str = ""            # the exercise's name in the backup


# -- where ---------------------------------------------------------------------------------------------
_folder: Path | None = None     # set by the program from its settings; None: backups are off


def configure(folder: Path | None) -> None:
    """Back up into *folder* (None: no backups) from now on; the GUI calls this from its preferences."""
    global _folder
    _folder = None if folder is None else Path(folder)


def configured_folder() -> Path | None:
    return _folder


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True for a folder on a network share: a Windows UNC path, or a network file system in *mounts*
    (the text of /proc/mounts; read from there when None)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    resolved, best, kind = str(Path(path).resolve()), "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (resolved == point or resolved.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best, kind = point, fields[2]
    return kind in NETWORK_FILESYSTEMS


def folder_for(exercise: Path, root: Path) -> Path:
    """One subfolder per exercise file: its name and a hash of its full path (two drill.pactline stay apart)."""
    exercise = Path(exercise).absolute()
    digest = hashlib.sha256(str(exercise).encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]", "_", exercise.stem)[:40] or "exercise"
    return root / f"{stem}-{digest}"


# -- taking one ----------------------------------------------------------------------------------------
def back_up(source: sqlite3.Connection, exercise: Path, root: Path, *, reason: str,
            now: datetime | None = None) -> Path:
    """Copy the open database *source* of *exercise* into its backup folder, then prune by age."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if is_network_path(root):
        raise BackupError(tr("{root}: backups are kept on this computer only, and this folder is on a network share")
                             .format(root=root))
    folder = folder_for(exercise, root)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BackupError(tr("{folder}: the backup folder cannot be created ({0})")
                             .format(err.strerror or err, folder=folder)) from None
    remove_stale_partials(folder)       # what a Pactline killed mid-backup left
    taken = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    # Two in one second (open, then an import at once): both kept, in the order they were taken.
    while any(folder.glob(f"{taken.strftime(_TIME_FORMAT)}-*{SUFFIX}")):
        taken += timedelta(seconds=1)
    target = folder / f"{taken.strftime(_TIME_FORMAT)}-{reason}{SUFFIX}"
    with atomic_output(target) as tmp:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest, pages=_PAGES_PER_STEP, progress=_progress)
        except sqlite3.Error as err:
            raise OutputError(target, reason_for_sqlite(err, target)) from None
        finally:
            dest.close()
    prune(folder, now=taken)
    return target


def back_up_file(doc, *, reason: str, root: Path | None = None, now: datetime | None = None) -> Path | None:
    """Back up the open ExerciseFile *doc*; None when backups are off or the file cannot change (read-only)."""
    root = root or _folder
    if root is None or doc.read_only:
        return None
    raw = doc.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return back_up(driver, doc.path, root, reason=reason, now=now)
    finally:
        raw.close()


def back_up_closed(exercise: Path, *, reason: str, root: Path | None = None) -> Path | None:
    """Back up an exercise file nobody has open (one an import is about to replace); None when backups are off."""
    root = root or _folder
    if root is None or not Path(exercise).is_file():
        return None
    source = _open_backup(Path(exercise).absolute(), immutable=False)
    try:
        return back_up(source, Path(exercise).absolute(), root, reason=reason)
    finally:
        source.close()


def before_risky(doc, *, reason: str) -> Path | None:
    """The backup to take before an operation that rewrites much at once (MSEL import, restore, what-if…).

    Raises BackupError/OutputError when the backup cannot be written, so the caller can refuse to go on
    rather than run the risky step without a way back.
    """
    return back_up_file(doc, reason=reason)


# -- keeping -------------------------------------------------------------------------------------------
def kept(times: list[datetime], now: datetime) -> set[datetime]:
    """Which backup times to keep: the last 10, the newest of each of the last 7 days, of each week of the month."""
    newest_first = sorted(times, reverse=True)
    keep = set(newest_first[:KEEP_LAST])
    days: set = set()
    weeks: set = set()
    for taken in newest_first:
        age = now - taken
        if age <= timedelta(days=KEEP_DAILY_DAYS) and taken.date() not in days:
            days.add(taken.date())
            keep.add(taken)
        week = taken.isocalendar()[:2]
        if age <= timedelta(days=KEEP_WEEKLY_DAYS) and week not in weeks:
            weeks.add(week)
            keep.add(taken)
    return keep


def prune(folder: Path, *, now: datetime) -> list[Path]:
    """Remove the backups :func:`kept` lets go; returns them."""
    found = _backups_in(folder)
    keep = kept([taken for taken, _reason, _path in found], now)
    removed = []
    for taken, _reason, path in found:
        if taken not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _backups_in(folder: Path) -> list[tuple[datetime, str, Path]]:
    found: list[tuple[datetime, str, Path]] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or PARTIAL_MARK in path.name:   # a killed backup's partial file is no backup
            continue
        taken = datetime.strptime(match.group(1), _TIME_FORMAT).replace(tzinfo=UTC)
        found.append((taken, match.group(2), path))
    return sorted(found, reverse=True)


# -- looking and restoring -----------------------------------------------------------------------------
def list_backups(exercise: Path, root: Path | None = None) -> list[BackupSummary]:
    """The backups of *exercise*, newest first, each with what it holds."""
    root = root or _folder
    if root is None:
        return []
    return [summarize(path, taken, reason) for taken, reason, path in _backups_in(folder_for(exercise, root))]


def summarize(path: Path, taken: datetime, reason: str) -> BackupSummary:
    uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            count = lambda table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: E731
            name = connection.execute("SELECT name FROM exercise_info WHERE id = 1").fetchone()
            return BackupSummary(path, taken, reason, count("incident"), count("commitment"), count("log_entry"),
                                 name[0] if name else "")
        finally:
            connection.close()
    except sqlite3.Error:
        return BackupSummary(path, taken, reason, None, None, None)


def restore_as_new(backup: Path, target: Path) -> Path:
    """Write the backup's exercise to the new file *target* (which must not exist)."""
    target = Path(target).absolute()
    if target.exists():
        raise BackupError(tr("{target}: a file of that name already exists").format(target=target))
    _copy_into_new(backup, target)
    return target


def restore_over(backup: Path, exercise: Path, root: Path | None = None) -> Path | None:
    """Replace the contents of *exercise* (closed, not open anywhere) with the backup's.

    The current contents are backed up first ("before a restore"), and the copy goes through
    SQLite's backup API into the file itself, one transaction: a restore cut short leaves the
    exercise as it was. Returns the backup of the replaced contents (None when backups are off).
    """
    from model.storage.file_lock import ExerciseLock

    exercise = Path(exercise).absolute()
    root = root or _folder
    lock = ExerciseLock(exercise)
    lock.acquire()          # FileInUseError when another Pactline has it open
    try:
        current = sqlite3.connect(exercise)
        try:
            saved = back_up(current, exercise, root, reason="restore") if root is not None else None
            source = _open_backup(backup)
            try:
                source.backup(current)
            finally:
                source.close()
        except sqlite3.Error as err:
            raise BackupError(tr("{exercise}: the backup could not be restored ({err}); the file is unchanged")
                                 .format(exercise=exercise, err=err)) from None
        finally:
            current.close()
    finally:
        lock.release()
    return saved


def _open_backup(backup: Path, *, immutable: bool = True) -> sqlite3.Connection:
    if not Path(backup).is_file():
        raise BackupError(tr("{backup}: the backup is gone").format(backup=backup))
    return sqlite3.connect(f"file:{quote(str(backup))}?mode=ro" + ("&immutable=1" if immutable else ""), uri=True)


def _copy_into_new(backup: Path, target: Path) -> None:
    with atomic_output(target) as tmp:
        source = _open_backup(backup)
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
        except sqlite3.Error as err:
            raise OutputError(target, reason_for_sqlite(err, target)) from None
        finally:
            dest.close()
            source.close()


def reason_text(reason: str) -> str:
    """Why a backup was taken, in the user's language (the reason's code if it is not one of ours)."""
    return tr(REASONS[reason]) if reason in REASONS else reason
