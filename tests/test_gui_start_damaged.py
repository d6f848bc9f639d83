"""Start-up when the exercise opened last is damaged: the window still comes up, and says why.

The damaged file is the last one opened, so without care it would crash the
window on every start. Files are built with the model and corrupted with plain
sqlite3 (tests/support.py).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from gui import app as gui_app
from gui import settings
from tests.support import BAD_UTF8, corrupted, isolate_gui

DAMAGES = {
    "tiers not JSON": ("UPDATE treaty_terms SET tiers = 'not json'", "treaty terms 1's consultation tiers"),
    "lead time 'abc'": ("UPDATE signatory SET approval_lead_hours = 'abc' WHERE id = 7",
                        "signatory 7's approval lead time is 'abc'"),
    "time 'garbage'": ("UPDATE clock_state SET scenario_time = 'garbage'", "the exercise clock's scenario time"),
    "approval basis not UTF-8": (f"UPDATE signatory SET approval_basis = {BAD_UTF8} WHERE id = 7",
                                 "signatory 7's approval basis is not readable text"),
    "speed 0": ("UPDATE clock_state SET speed = 0", "the exercise clock's speed is 0.0"),
    "speed 1e308": ("UPDATE clock_state SET speed = 1e308", "the exercise clock's speed is 1e+308"),
}


@pytest.fixture
def shown(tmp_path, monkeypatch, qapp):
    return isolate_gui(tmp_path, monkeypatch, qapp)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", list(DAMAGES))
def test_a_damaged_last_exercise_opens_the_default_and_says_why(case, qtbot, default_template, tmp_path, shown):
    from gui.main_window import MainWindow

    statement, what = DAMAGES[case]
    path = corrupted(default_template, tmp_path / "work", statement)
    settings.set_value(settings.LAST_EXERCISE, str(path))
    before = sha256(path)
    startup = gui_app.startup_document(None)
    window = MainWindow(startup.document)
    qtbot.addWidget(window)
    try:
        assert window.document.file.path.name == gui_app.DEFAULT_EXERCISE_FILE
        assert window.stack.currentWidget() is window.timeline
        [(title, text)] = startup.errors
        assert title == "The last exercise did not open"
        assert text.startswith(f"Cannot open {path}: the file is damaged: ") and what in text
        assert "restore it from a copy" in text
        assert startup.notice == "The last exercise did not open; the default exercise is open instead."
    finally:
        window.close_document()
    assert sha256(path) == before
    # Said once: the default is now the last exercise, so the next start is quiet.
    again = gui_app.startup_document(None)
    try:
        assert again.errors == [] and again.notice == ""
    finally:
        again.document.close()


def test_a_damaged_default_exercise_as_last_shows_the_welcome_page_and_the_reason(qtbot, default_template,
                                                                                 tmp_path, shown):
    from gui.main_window import MainWindow

    default = gui_app.default_exercise_path()
    damaged = corrupted(default_template, tmp_path / "work", "UPDATE clock_state SET speed = -1")
    default.parent.mkdir(parents=True, exist_ok=True)
    damaged.replace(default)
    settings.set_value(settings.LAST_EXERCISE, str(default))
    before = sha256(default)
    startup = gui_app.startup_document(None)
    window = MainWindow(startup.document)
    qtbot.addWidget(window)
    assert startup.document is None and window.stack.currentWidget() is window.welcome
    [(title, text)] = startup.errors
    assert title == "Cannot open the default exercise"
    assert "the exercise clock's speed is -1.0" in text and str(default) in text
    assert sha256(default) == before
