"""A file that cannot be opened for editing (open in another Pactline, or no lock file can be made).

Reading is still possible, so the user is offered Open Read-Only and Open a Copy
instead of an error and an empty window; the command line exits 2 only for a
command that would write.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from gui.shell import app as gui_app
from gui.core import dialogs, settings
from model import queries
from model.errors import LockUnavailableError
from model.storage.exercise_file import ExerciseFile
from tests.support import isolate_gui


@pytest.fixture
def shown(tmp_path, monkeypatch, qapp):
    return isolate_gui(tmp_path, monkeypatch, qapp)


@pytest.fixture
def exercise(default_template, tmp_path) -> Path:
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    return path


def no_lock_possible(path: Path) -> None:
    """Where the lock file would go there is a folder (as root, permissions cannot refuse it)."""
    (path.parent / f"{path.name}.lock").mkdir()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answer(monkeypatch, choice: str | None) -> list[str]:
    asked: list[str] = []

    def ask(parent, title, text):
        asked.append(text)
        return choice
    monkeypatch.setattr(dialogs, "ask_locked_open", ask)
    return asked


# -- the model -------------------------------------------------------------------------------------
def test_without_a_lock_file_the_open_for_editing_is_refused_but_read_only_works(exercise):
    no_lock_possible(exercise)
    before = sha256(exercise)
    with pytest.raises(LockUnavailableError) as caught:
        ExerciseFile.open(exercise)
    message = str(caught.value)
    assert str(exercise) in message and "no lock file can be created beside it" in message
    assert "open it read-only" in message
    doc = ExerciseFile.open(exercise, read_only=True)
    try:
        assert doc.read_only and len(queries.signatories(doc)) == 29
    finally:
        doc.close()
    assert sha256(exercise) == before


# -- the GUI -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("cause", ["open elsewhere", "no lock file"])
def test_a_file_that_cannot_be_edited_is_offered_read_only(cause, exercise, shown, monkeypatch):
    holder = ExerciseFile.open(exercise) if cause == "open elsewhere" else no_lock_possible(exercise)
    try:
        asked = answer(monkeypatch, dialogs.READ_ONLY)
        document = gui_app.open_exercise(exercise)
        assert document is not None and document.file.read_only
        assert document.snapshot.signatory_count == 29
        document.close()
        words = "already open in another Pactline" if holder else "no lock file can be created"
        assert len(asked) == 1 and words in asked[0] and str(exercise) in asked[0]
        assert shown == [], "an offer, not an error"
    finally:
        if holder is not None:
            holder.close()


def test_open_a_copy_writes_a_consistent_copy_and_opens_it_for_editing(exercise, tmp_path, shown, monkeypatch):
    holder = ExerciseFile.open(exercise)
    try:
        from model.services import signatories
        signatories.create_signatory(holder, code="MT", name="Malta")    # still in the holder's WAL
        answer(monkeypatch, dialogs.COPY)
        suggested = []
        monkeypatch.setattr(dialogs, "ask_save_path",
                            lambda parent, title, suggestion: suggested.append(suggestion) or tmp_path / "mine")
        document = gui_app.open_exercise(exercise)
        try:
            assert suggested == [tmp_path / "drill-copy.pactline"]
            assert document.file.path == tmp_path / "mine.pactline" and not document.file.read_only
            assert "MT" in document.snapshot.sig_codes
        finally:
            document.close()
    finally:
        holder.close()
    assert shown == []


def test_cancelling_the_offer_opens_nothing_and_says_nothing_more(exercise, shown, monkeypatch):
    holder = ExerciseFile.open(exercise)
    try:
        answer(monkeypatch, None)
        assert gui_app.open_exercise(exercise) is None
        assert shown == []
    finally:
        holder.close()


def test_start_up_on_a_last_exercise_open_elsewhere_offers_it_read_only(exercise, shown, monkeypatch):
    settings.set_value(settings.LAST_EXERCISE, str(exercise))
    holder = ExerciseFile.open(exercise)
    try:
        asked = answer(monkeypatch, dialogs.READ_ONLY)
        startup = gui_app.startup_document(None)
        try:
            assert startup.document.file.path == exercise and startup.document.file.read_only
            assert len(asked) == 1 and startup.errors == []
        finally:
            startup.document.close()
        answer(monkeypatch, None)       # declined: the default exercise instead, and the reason
        startup = gui_app.startup_document(None)
        try:
            assert startup.document.file.path.name == gui_app.DEFAULT_EXERCISE_FILE
            assert str(exercise) in startup.notice and "was not opened" in startup.notice
        finally:
            startup.document.close()
    finally:
        holder.close()


def test_the_window_shows_a_file_open_elsewhere_read_only(qtbot, exercise, shown, monkeypatch):
    from gui.shell.main_window import MainWindow

    holder = ExerciseFile.open(exercise)
    window = MainWindow(None)
    qtbot.addWidget(window)
    try:
        answer(monkeypatch, dialogs.READ_ONLY)
        assert window.open_path(exercise)
        assert "[read-only]" in window.windowTitle()
        assert window.stack.currentWidget() is window.timeline
    finally:
        window.close_document()
        holder.close()


def test_an_empty_window_counts_no_findings(qtbot, shown):
    """No exercise open: the welcome page, and no "Missed 0" as if an exercise had been judged."""
    from gui.shell.main_window import MainWindow

    window = MainWindow(None)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome
    panel = window.findings_panel
    assert [panel.filters[k].text() for k in ("missed", "gap", "gate")] == ["Missed", "Gaps", "Gates"]
    assert [panel.groups[k].text(0) for k in ("missed", "gap", "gate")] == [
        "Missed deadlines", "Response gaps", "Parliamentary gates"]
