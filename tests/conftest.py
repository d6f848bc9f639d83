"""Test setup: headless Qt, and a fresh exercise file per test."""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

# Before anything imports Qt: no display is needed, and tests never touch the
# user's real settings or data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English whatever the machine's locale (tests/test_translations.py checks Italian on purpose).
os.environ["PACTLINE_LANGUAGE"] = "en"
# The planner's time zone is the system's (gui/core/time_zones.py): the same for every machine running the tests.
os.environ["TZ"] = "UTC"
os.environ["PACTLINE_SETTINGS_DIR"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / f"pactline-test-settings-{os.getpid()}")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from model.default_exercise import create_default_exercise, populate_blank  # noqa: E402
from model.storage.exercise_file import ExerciseFile  # noqa: E402
from model.timeutil import utc  # noqa: E402


# pytest-qt gives up waiting after 5 s. A wait ends as soon as its condition
# holds, so a longer limit costs a passing test nothing, while a loaded CI
# machine (or a laptop running two suites) may need far more than 5 s for what
# takes 50 ms here. An explicit timeout= in a test still wins.
WAIT_LIMIT_MS = 60_000
for _name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive", "waitCallback"):
    setattr(QtBot, _name, functools.partialmethod(getattr(QtBot, _name), timeout=WAIT_LIMIT_MS))


@pytest.fixture(autouse=True)
def model_defaults():
    """What a window sets for the whole process (display zone, backup folder) ends with its test."""
    yield
    from model.storage import backups
    from model.timeutil import set_display_zone
    set_display_zone(None)
    backups.configure(None)


@pytest.fixture(scope="session")
def default_template(tmp_path_factory) -> Path:
    """The default exercise, built once; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "default.pactline"
    create_default_exercise(path).close()
    return path


@pytest.fixture(scope="session")
def default_report(qapp, default_template, tmp_path_factory):
    """The default exercise's after-action report as a PDF, written and read once for the tests that only read it.

    pypdf needs seconds to read its pages: (content, path, pages, each page's text as pypdf extracts it).
    """
    from pypdf import PdfReader
    from gui.report.pdf import export_pdf
    from model.report_content import build_report_content
    from tests.support import WrittenReport

    doc = ExerciseFile.open(default_template, read_only=True)
    try:
        content = build_report_content(doc)
    finally:
        doc.close()
    path = tmp_path_factory.mktemp("report") / "aar.pdf"
    pages = export_pdf(content, path)
    return WrittenReport(content, path, pages, tuple(page.extract_text() for page in PdfReader(str(path)).pages))


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
    from gui.core.document import ExerciseDocument   # here, so model tests never import Qt
    doc = ExerciseDocument(default_doc, wall=wall)
    yield doc
    doc.close()


@pytest.fixture
def isolated(tmp_path, monkeypatch, qapp):
    """Settings and data folder of this test only; the messages shown, recorded as (title, text)."""
    from tests.support import isolate_gui
    return isolate_gui(tmp_path, monkeypatch, qapp)


@pytest.fixture
def exercise_path(default_template, tmp_path) -> Path:
    """A copy of the default exercise, for tests that open it themselves."""
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    return path


@pytest.fixture
def document_without_msel(exercise_path, wall):
    """A copy of the default exercise without its shipped MSEL, as the GUI holds it, for tests that bring their own."""
    from gui.core.document import ExerciseDocument
    doc = ExerciseDocument(without_msel(ExerciseFile.open(exercise_path)), wall=wall)
    yield doc
    doc.close()


@pytest.fixture
def window(qtbot, isolated, exercise_path, wall):
    """The real main window on a copy of the default exercise, shown, its clock on *wall*."""
    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow
    win = MainWindow(ExerciseDocument(ExerciseFile.open(exercise_path), wall=wall))
    # A test that ends inside a what-if with changes must not meet the leave question when pytest-qt closes it.
    qtbot.addWidget(win, before_close_func=lambda w: w.document is not None and w.document.discard_what_if())
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.document is not None:   # a test may have closed it, or opened another
        win.close_document()
