"""Read an SQLite file's 100-byte header without opening it as a database.

Checking a file this way changes nothing on disk, so a foreign, newer,
truncated or damaged file is refused before SQLite touches it.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from model.errors import ExerciseFileError
from model.i18n import tr

APPLICATION_ID = 0x50414354  # "PACT"
# The schema this Pactline writes; model/storage/schema.py upgrades older files to it.
SCHEMA_VERSION = 7

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class FileHeader:
    page_size: int
    page_count: int          # the "in-header database size"; 0 when unknown
    page_count_valid: bool   # header's size is trustworthy (SQLite >= 3.7.0 wrote it)
    user_version: int
    application_id: int
    wal_mode: bool


def read_header(path: Path) -> FileHeader:
    """Parse the header; raises ExerciseFileError naming what is wrong."""
    if not path.exists():
        raise ExerciseFileError(path, tr("the file does not exist"))
    if not path.is_file():
        raise ExerciseFileError(path, tr("this is a folder, not an exercise file"))
    try:
        with path.open("rb") as handle:
            raw = handle.read(HEADER_SIZE)
    except PermissionError:
        raise ExerciseFileError(path, tr("you do not have permission to read it")) from None
    except OSError as exc:
        raise ExerciseFileError(path, tr("it cannot be read ({0})").format(exc.strerror or exc)) from None
    if len(raw) == 0:
        raise ExerciseFileError(path, tr("the file is empty (0 bytes)"))
    if not raw.startswith(SQLITE_MAGIC[: len(raw)]) or len(raw) < len(SQLITE_MAGIC):
        raise ExerciseFileError(path, tr("it is not a Pactline exercise (not an SQLite database)"))
    if len(raw) < HEADER_SIZE:
        raise ExerciseFileError(path, tr("the file is truncated ({0} bytes, shorter than a database header)")
                                         .format(len(raw)))
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    version_valid_for = struct.unpack(">I", raw[92:96])[0]
    return FileHeader(
        page_size=page_size,
        page_count=page_count,
        page_count_valid=page_count > 0 and version_valid_for == change_counter,
        user_version=struct.unpack(">I", raw[60:64])[0],
        application_id=struct.unpack(">I", raw[68:72])[0],
        wal_mode=raw[18] == 2 and raw[19] == 2,
    )


def check_header(path: Path) -> FileHeader:
    """Refuse files that are not ours, newer than us or visibly truncated."""
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        if header.application_id == 0:
            reason = tr("it is an SQLite database, but not a Pactline exercise (no Pactline stamp in its header)")
        else:
            reason = ((tr("it is an SQLite database of another application (application id 0x{application_id:08X})")
                          .format(application_id=header.application_id)))
        raise ExerciseFileError(path, reason)
    if header.user_version > SCHEMA_VERSION:
        raise ExerciseFileError(
            path, tr("it was saved by a newer Pactline (file schema {user_version}; this version reads up to "
                     "schema {SCHEMA_VERSION}). Update Pactline to open it")
                     .format(user_version=header.user_version, SCHEMA_VERSION=SCHEMA_VERSION))
    if header.page_count_valid:
        expected = header.page_size * header.page_count
        actual = path.stat().st_size
        if actual < expected:
            raise ExerciseFileError(
                path, tr("the file is truncated ({actual:,} bytes of the {expected:,} its header announces); "
                         "restore it from a copy").format(actual=actual, expected=expected))
    return header
