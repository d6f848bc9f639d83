"""Test setup: headless Qt, and a fresh exercise file per test."""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

# Before anything imports Qt: no display is needed, and tests never touch the
# user's real settings or data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PACTLINE_SETTINGS_DIR"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / f"pactline-test-settings-{os.getpid()}")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from model.default_exercise import create_default_exercise, populate_blank  # noqa: E402
from model.exercise_file import ExerciseFile  # noqa: E402
from model.timeutil import utc  # noqa: E402


# pytest-qt gives up waiting after 5 s. A wait ends as soon as its condition
# holds, so a longer limit costs a passing test nothing, while a loaded CI
# machine (or a laptop running two suites) may need far more than 5 s for what
# takes 50 ms here. An explicit timeout= in a test still wins.
WAIT_LIMIT_MS = 60_000
for _name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive", "waitCallback"):
    setattr(QtBot, _name, functools.partialmethod(getattr(QtBot, _name), timeout=WAIT_LIMIT_MS))


@pytest.fixture(scope="session")
def default_template(tmp_path_factory) -> Path:
    """The default exercise, built once; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "default.pactline"
    create_default_exercise(path).close()
    return path


@pytest.fixture
def default_doc(default_template, tmp_path):
    path = tmp_path / "exercise.pactline"
    path.write_bytes(default_template.read_bytes())
    doc = ExerciseFile.open(path)
    yield doc
    doc.close()


@pytest.fixture(scope="session")
def blank_template(tmp_path_factory) -> Path:
    """A blank exercise, built once: copying it is ~10x faster than creating a file per test."""
    path = tmp_path_factory.mktemp("template") / "blank.pactline"
    ExerciseFile.create(path, populate_blank("Blank test", utc(2026, 3, 2, 6))).close()
    return path


@pytest.fixture
def blank_doc(blank_template, tmp_path):
    path = tmp_path / "blank.pactline"
    path.write_bytes(blank_template.read_bytes())
    doc = ExerciseFile.open(path)
    yield doc
    doc.close()


def without_msel(doc):
    """The default exercise with its shipped MSEL removed, for tests that write their own."""
    from model import queries
    from model.services.injects import delete_injects
    ids = [inject.id for inject in queries.injects(doc)]
    if ids:
        delete_injects(doc, ids=ids)
    return doc


@pytest.fixture
def wall():
    """The wall clock GUI documents run on: it moves only when a test moves it."""
    from tests.support import FakeWall
    return FakeWall()


@pytest.fixture
def document(default_doc, wall):
    """The default exercise as the GUI holds it, its clock on *wall*."""
    from gui.document import ExerciseDocument   # here, so model tests never import Qt
    doc = ExerciseDocument(default_doc, wall=wall)
    yield doc
    doc.close()
