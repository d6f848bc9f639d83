"""Nothing in model/ or gui/ outside model/storage assumes SQLite (DESIGN.md, "One read path").

A later issue runs the same model on PostgreSQL; the SQLite driver, SQLite's
own SQL functions and pragmas, and SQLite URLs belong in model/storage only
(its database.py holds what others need: the driver's errors, a scratch
database, stored times as seconds). This test names the file and line.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The driver, SQLite's own SQL function and pragmas, and SQLite URLs.
SQLITE_ONLY = re.compile(r"sqlite3|unixepoch|\bpragma\b|sqlite(\+\w+)?://", re.IGNORECASE)


STORAGE = ROOT / "model" / "storage"


def sqlite_mentions(*, skip: Path | None = STORAGE) -> list[str]:
    found = []
    for folder in ("model", "gui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if skip is not None and path.is_relative_to(skip):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if SQLITE_ONLY.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_nothing_outside_storage_assumes_sqlite():
    assert sqlite_mentions() == []


def test_the_scan_finds_what_it_looks_for():
    for line in ("import sqlite3", "SELECT unixepoch(x)", 'execute("PRAGMA foreign_keys = ON")',
                 'create_engine("sqlite://")', 'create_engine("sqlite+pysqlite:///x")'):
        assert SQLITE_ONLY.search(line), line
    assert not SQLITE_ONLY.search("an SQLite file")   # the word in prose is no dependency
    # Storage is where they belong, and the scan sees them there.
    found = sqlite_mentions(skip=None)
    assert any(line.startswith("model/storage/exercise_file.py:") and "import sqlite3" in line for line in found)
    assert any(line.startswith("model/storage/database.py:") and "unixepoch" in line for line in found)
