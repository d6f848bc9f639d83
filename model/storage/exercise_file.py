"""The exercise document: one SQLite file, opened safely.

Opening checks the header first (nothing written), takes the lock, runs an
integrity check, checks every stored value (model/storage/stored_values.py) and
upgrades an older schema after backing it up. Every service call runs in one
real transaction, committed before it returns.
"""
from __future__ import annotations

import getpass
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool

from model.errors import (
    DamagedFileError, ExerciseFileError, FileInUseError, LockUnavailableError, PactlineError, ReadOnlyError,
    StoredValueError,
)
from model.storage.file_header import SCHEMA_VERSION, check_header
from model.storage.file_lock import ExerciseLock
from model.storage.file_output import OutputError, atomic_output, reason_for_sqlite, remove_stale_partials
from model.storage.stored_values import find_damaged_value
from model.timeutil import UTC
from model.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session, sessionmaker

FILE_SUFFIX = ".pactline"
BUSY_TIMEOUT_MS = 5000
# From this size on ExerciseFile.opening checks in another thread (~0.1 s of checks at 10,000 incidents,
# 8 MB): below it the checks take a few milliseconds, less than two threads taking turns costs.
CHECKS_ALONGSIDE_BYTES = 4 * 1024 * 1024


class StorageError(PactlineError):
    """The disk refused a write; the change was rolled back."""


class ExerciseFile:
    """An open exercise; use :meth:`open` or :meth:`create`."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool, lock: ExerciseLock | None,
                 upgraded_from: int | None = None, backup_path: Path | None = None):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.upgraded_from = upgraded_from
        self.backup_path = backup_path
        self.author = _default_author()
        # The GUI attaches its live clock here so log entries carry the
        # scenario time the controller sees; without it the saved clock is used.
        self.scenario_now: Callable[[], datetime] | None = None
        self.wall_now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._lock = lock
        self._side_files_before: set[Path] | None = None
        self._session_factory: sessionmaker[Session] | None = None

    # -- opening and creating ------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> ExerciseFile:
        opened, _checks = cls._open(path, read_only=read_only, checks_alongside=False)
        return opened

    @classmethod
    @contextmanager
    def opening(cls, path: Path | str, *, read_only: bool = False) -> Iterator[ExerciseFile]:
        """The file as :meth:`open` gives it, to a body that only reads it while the integrity check
        and the stored-value scan run in another thread (a file of CHECKS_ALONGSIDE_BYTES or more).

        Those are SQLite's work (~0.8 s at 50,000 incidents), done outside the interpreter's lock, so
        the body (the snapshot, the window's first views) is built meanwhile. Leaving the body waits
        for them: a damaged file is closed and refused with their error, left as it was, and that
        error wins over whatever the body raised (a damaged value may well have made the body fail
        first). A file of an older schema is checked before its upgrade, as :meth:`open` does.
        """
        opened, checks = cls._open(path, read_only=read_only, checks_alongside=True)
        if checks is None:   # checked already (a small file, or an older schema upgraded since)
            try:
                yield opened
            except BaseException:
                opened.close()
                raise
            return
        try:
            yield opened
        except BaseException:
            problem = checks.wait()
            opened._refuse()
            if problem is not None:
                raise problem from None
            raise
        problem = checks.wait()
        if problem is not None:
            opened._refuse()
            raise problem
        remove_stale_partials(opened.path.parent)

    @classmethod
    def _open(cls, path: Path | str, *, read_only: bool, checks_alongside: bool) -> tuple[ExerciseFile, _Checks | None]:
        path = Path(path).absolute()
        header = check_header(path)
        locked_down = is_read_only(path)
        read_only = read_only or locked_down
        lock = None
        if not read_only:
            lock = ExerciseLock(path)
            try:
                lock.acquire()
            except OSError as err:
                raise LockUnavailableError(path, tr("no lock file can be created beside it ({0}), so it cannot be "
                                                    "opened for editing; open it read-only, or copy it to a folder "
                                                    "you may write")
                                                    .format(err.strerror or err)) from None
        side_files = _existing_side_files(path)
        # A read-only connection to a WAL file creates -wal/-shm beside it and
        # cannot remove them on close. A file nobody may write, with no WAL
        # left over, cannot change under us: read it as immutable instead.
        immutable = read_only and (not os.access(path.parent, os.W_OK) or (locked_down and not side_files))
        engine = None
        try:
            engine = _make_engine(path, read_only=read_only, immutable=immutable)
            checks = None
            if checks_alongside and header.user_version == SCHEMA_VERSION and \
                    path.stat().st_size >= CHECKS_ALONGSIDE_BYTES:
                checks = _Checks(engine, path)
            else:
                _check_integrity(engine, path)
                # Before any upgrade: a damaged file is refused as it was, with no backup beside it.
                _check_contents(engine, path, older_schema=header.user_version < SCHEMA_VERSION)
            upgraded_from, backup = None, None
            if header.user_version < SCHEMA_VERSION:
                upgraded_from, backup = _upgrade(engine, path, header.user_version, read_only)
            opened = cls(path, engine, read_only=read_only, lock=lock,
                         upgraded_from=upgraded_from, backup_path=backup)
            opened._side_files_before = side_files
            if checks is None:
                # What a killed Save As or package import left here goes now (model/storage/file_output.py).
                remove_stale_partials(path.parent)
            return opened, checks
        except BaseException:
            if engine is not None:
                engine.dispose()
            _remove_new_side_files(path, side_files)
            if lock is not None:
                lock.release()
            raise

    def _refuse(self) -> None:
        """Closed as a file that failed to open: as it was, without side files this opening made."""
        self.engine.dispose()
        _remove_new_side_files(self.path, self._side_files_before or set())
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @classmethod
    def create(cls, path: Path | str, populate: Callable[[Session], None], *,
               overwrite: bool = False) -> ExerciseFile:
        """Write a new exercise atomically: built in a temp file, then renamed into place."""
        path = Path(path).absolute()
        if path.exists() and not overwrite:
            raise ExerciseFileError(path, tr("a file of that name already exists"))
        if not path.parent.is_dir():
            raise ExerciseFileError(path, tr("the folder {parent} does not exist").format(parent=path.parent))
        lock = ExerciseLock(path)
        try:
            lock.acquire()
        except OSError as err:
            raise ExerciseFileError(path, tr("the folder is not writable ({strerror})")
                                             .format(strerror=err.strerror)) from None
        try:
            with atomic_output(path) as tmp:
                try:
                    _build_file(tmp, populate)
                except sqlite3.Error as err:
                    raise OutputError(path, reason_for_sqlite(err, path)) from None
                except exc.OperationalError as err:
                    raise OutputError(path, reason_for_sqlite(err.orig if isinstance(err.orig, sqlite3.Error)
                                                              else sqlite3.Error(str(err)), path)) from None
            engine = _make_engine(path, read_only=False)
            return cls(path, engine, read_only=False, lock=lock)
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        # Disposing closes every pooled connection; the last close checkpoints
        # the WAL into the main file, so a mailed copy is complete.
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        elif self.read_only and self._side_files_before is not None:
            self._tidy_side_files()

    def _tidy_side_files(self) -> None:
        """A read-only connection cannot delete the -wal/-shm it created; do it for SQLite.

        Only when no Pactline has the file open (its lock is free) and the WAL is
        empty, so nothing anyone wrote can be lost.
        """
        created = {p for p in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
                   if p.exists() and p not in (self._side_files_before or set())}
        wal = Path(f"{self.path}-wal")
        if not created or (wal.exists() and wal.stat().st_size > 0):
            return
        probe = ExerciseLock(self.path)
        try:
            probe.acquire()
        except (FileInUseError, OSError):
            return
        try:
            for side in created:
                side.unlink(missing_ok=True)
        finally:
            probe.release()

    # -- sessions --------------------------------------------------------------
    def _sessions(self) -> Session:
        # The ORM is loaded by the first session, not by opening the file: the
        # main window paints from Core reads (reading_rows) before any
        # session exists, and SQLAlchemy's ORM costs ~0.2 s to load and map.
        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            from model.storage import schema   # noqa: F401  (maps every entity before the first query)
            from model.touched import watch
            self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
            watch(self._session_factory)  # every flush notes its rows, for the change report
        return self._session_factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction; committed on leaving, rolled back on error."""
        if self.read_only:
            raise ReadOnlyError(self.path)
        try:
            with self._naming_damage(), self._sessions() as session, session.begin():
                yield session
        except exc.OperationalError as err:
            raise StorageError(tr("{path}: the change could not be stored ({0}); nothing was changed")
                                  .format(_sqlite_reason(err), path=self.path)) from err

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._naming_damage(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading_rows(self) -> Iterator[Connection]:
        """One read transaction for SQLAlchemy Core statements (model/storage/reading.py); no ORM involved."""
        with self._naming_damage(), self.engine.begin() as connection:
            yield connection

    @contextmanager
    def _naming_damage(self) -> Iterator[None]:
        try:
            yield
        except (StoredValueError, exc.OperationalError, sqlite3.OperationalError) as err:
            if not _unreadable(err):
                raise
            raise self._damaged(err) from None

    def _damaged(self, err: Exception) -> DamagedFileError:
        """A value the open found readable is not any more: name it, as the open would have."""
        try:
            with self.engine.connect() as connection:
                what = find_damaged_value(_driver(connection))
        except (exc.DBAPIError, sqlite3.Error):
            what = None
        return DamagedFileError(self.path, what or (str(err) if isinstance(err, StoredValueError)
                                                    else f"a stored text is not readable ({_sqlite_reason(err)})"))

    # -- copies ------------------------------------------------------------------
    def save_copy(self, target: Path | str) -> Path:
        """A consistent copy through SQLite's backup API (never a file copy of a live database)."""
        target = Path(target).absolute()
        if target == self.path:
            raise ExerciseFileError(target, tr("a copy cannot replace the open exercise itself"))
        _backup(self.engine, target)
        return target


def is_read_only(path: Path) -> bool:
    """True when the file should not be written: no permission or no write bits.

    The write bits are consulted too so that a file marked read-only stays
    read-only even for an administrator, who bypasses permissions.
    """
    mode = path.stat().st_mode
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "controller"


def _make_engine(path: Path, *, read_only: bool, immutable: bool = False) -> Engine:
    mode = "ro" if read_only else "rw"
    uri = f"file:{quote(str(path))}?mode={mode}" + ("&immutable=1" if immutable else "")
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                        check_same_thread=False),
        # The URL names no file, so SQLAlchemy would assume :memory: and share
        # one connection per thread; a read session and a write in the same
        # thread must be separate connections (and separate transactions).
        poolclass=QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record):
        # pysqlite would otherwise defer BEGIN until the first write, so reads
        # in a "transaction" were not isolated; we emit BEGIN ourselves below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # FULL: a committed edit survives a power cut, which WAL + NORMAL does not promise.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    return engine


def _build_file(tmp: Path, populate: Callable[[Session], None]) -> None:
    from sqlalchemy.orm import Session

    from model.storage import schema
    # journal_mode cannot change inside a transaction, so it is set on a bare
    # connection before SQLAlchemy starts emitting BEGIN.
    bare = sqlite3.connect(tmp)
    try:
        bare.execute("PRAGMA journal_mode = WAL")
    finally:
        bare.close()
    engine = _make_engine(tmp, read_only=False)
    try:
        with engine.begin() as connection:
            schema.create_schema(connection)
        with Session(engine) as session, session.begin():
            populate(session)
    finally:
        engine.dispose()


def _backup(engine: Engine, target: Path) -> None:
    """Copy the database through SQLite's backup API into *target*, whole or not at all."""
    with atomic_output(target) as tmp:
        raw = engine.raw_connection()
        try:
            dest = _connect_copy(tmp)
            try:
                driver = raw.driver_connection
                assert isinstance(driver, sqlite3.Connection)
                driver.backup(dest)
            finally:
                dest.close()
        except sqlite3.Error as err:
            raise OutputError(target, reason_for_sqlite(err, target)) from None
        finally:
            raw.close()


def _connect_copy(path: Path) -> sqlite3.Connection:
    # Its own function so that a test can give the copy a disk that fills up (PRAGMA max_page_count).
    return sqlite3.connect(path)


class _Checks:
    """The integrity check and the stored-value scan, run in a thread of their own (see ExerciseFile.opening)."""

    def __init__(self, engine: Engine, path: Path):
        self._problem: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(engine, path), name="exercise-checks", daemon=True)
        self._thread.start()

    def _run(self, engine: Engine, path: Path) -> None:
        try:
            _check_integrity(engine, path)
            _check_contents(engine, path, older_schema=False)
        except BaseException as err:   # whatever it is, the opening thread raises it
            self._problem = err

    def wait(self) -> BaseException | None:
        """What the checks found (None: nothing), once they are done."""
        self._thread.join()
        return self._problem


def _check_integrity(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as connection:
            rows = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except exc.DBAPIError as err:
        raise ExerciseFileError(path, tr("the file is damaged ({0}); restore it from a copy")
                                         .format(_sqlite_reason(err))) from None
    if rows != ["ok"]:
        raise ExerciseFileError(path, tr("the file is damaged (integrity check: {0}); restore it from a copy")
                                         .format(rows[0]))


# The rows every view reads from the first paint on. Pactline never removes them (the
# services refuse to delete the active treaty terms), so a file without one was damaged
# by some other program; without this check it would open and then fail in the engine.
_REQUIRED_ROWS = (
    (QT_TR_NOOP("the exercise description"), "SELECT COUNT(*) FROM exercise_info WHERE id = 1"),
    (QT_TR_NOOP("the exercise clock"), "SELECT COUNT(*) FROM clock_state WHERE id = 1"),
    (QT_TR_NOOP("the active treaty terms"), "SELECT COUNT(*) FROM treaty_terms "
                                            "WHERE id = (SELECT active_terms_id FROM exercise_info WHERE id = 1)"),
)


def _check_contents(engine: Engine, path: Path, *, older_schema: bool) -> None:
    try:
        with engine.connect() as connection:
            for what, sql in _REQUIRED_ROWS:
                if connection.exec_driver_sql(sql).scalar() != 1:
                    raise ExerciseFileError(path, tr("the file is damaged: {what} is missing; restore it from a copy")
                                                     .format(what=tr(what)))
            damaged = find_damaged_value(_driver(connection), older_schema=older_schema)
    except exc.DBAPIError as err:
        # "no such table" / "no such column": a table was dropped or altered outside Pactline.
        raise ExerciseFileError(path, tr("the file is damaged ({0}); restore it from a copy")
                                         .format(_sqlite_reason(err))) from None
    except sqlite3.Error as err:
        raise ExerciseFileError(path, tr("the file is damaged ({err}); restore it from a copy")
                                .format(err=err)) from None
    if damaged:
        raise ExerciseFileError(path, tr("the file is damaged: {damaged}; restore it from a copy")
                                         .format(damaged=damaged))


def _upgrade(engine: Engine, path: Path, version: int, read_only: bool) -> tuple[int, Path]:
    if version < 1:
        raise ExerciseFileError(path, tr("its header carries no schema version; it was not written completely"))
    if read_only:
        raise ExerciseFileError(path, tr("it was saved by an older Pactline (schema {version}) and is read-only, so "
                                         "it cannot be upgraded; copy it to a writable folder").format(version=version))
    backup = path.with_name(f"{path.stem}.schema{version}.bak{path.suffix}")
    try:
        _backup(engine, backup)
    except OutputError as err:
        raise ExerciseFileError(path, tr("its backup could not be written before upgrading from schema {version} "
                                         "({err}); the file is unchanged").format(version=version, err=err)) from None
    _rotated_backup(engine, path, "schema-upgrade")
    from model.storage import schema

    try:
        with engine.begin() as connection:
            schema.upgrade(connection, version)
    except exc.DBAPIError as err:
        raise ExerciseFileError(path, tr("upgrading from schema {version} failed ({0}); the file is unchanged")
                                         .format(_sqlite_reason(err), version=version)) from None
    return version, backup


def _rotated_backup(engine: Engine, path: Path, reason: str) -> None:
    """One more among the rotated backups, when they are on (model/storage/backups.py).

    Not a condition of going on: the backup beside the file, written just before, is.
    """
    from model.storage import backups

    root = backups.configured_folder()
    if root is None:
        return
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        backups.back_up(driver, path, root, reason=reason)
    except (backups.BackupError, OutputError):
        pass
    finally:
        raw.close()


def _existing_side_files(path: Path) -> set[Path]:
    return {p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()}


def _remove_new_side_files(path: Path, existed: set[Path]) -> None:
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if side not in existed:
            side.unlink(missing_ok=True)


def _unreadable(err: Exception) -> bool:
    """True for a value Pactline cannot read, as opposed to a disk or lock that refused."""
    if isinstance(err, StoredValueError):
        return True
    reason = _sqlite_reason(err) if isinstance(err, exc.DBAPIError) else str(err)
    return reason.startswith("Could not decode to UTF-8")


def _driver(connection: Connection) -> sqlite3.Connection:
    """The pysqlite connection under an SQLAlchemy one (this module is the SQLite storage)."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _sqlite_reason(err: Exception) -> str:
    orig = getattr(err, "orig", None)
    return str(orig) if orig is not None else str(err)
