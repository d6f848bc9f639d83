"""ExerciseFile.opening: the file's checks run in another thread while the body reads it, and a damaged
file is refused all the same, untouched, with the checks' words (not whatever the body tripped over)."""
from __future__ import annotations

import hashlib
import threading

import pytest

from model.errors import ExerciseFileError
from model.snapshot import load_snapshot
from model.storage import exercise_file
from model.storage.exercise_file import ExerciseFile
from model.storage.file_lock import ExerciseLock
from tests.support import corrupted


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def alongside_at_any_size(monkeypatch):
    """The default exercise is smaller than what is checked alongside: check it alongside all the same."""
    monkeypatch.setattr(exercise_file, "CHECKS_ALONGSIDE_BYTES", 0)


@pytest.mark.parametrize("alongside", [True, False])
def test_a_sound_file_is_read_while_it_is_checked(alongside, default_template, tmp_path, monkeypatch):
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    if not alongside:   # a small file: checked before the body, in the opening thread
        monkeypatch.setattr(exercise_file, "CHECKS_ALONGSIDE_BYTES", path.stat().st_size + 1)
    checked_in: list[str] = []
    real = exercise_file._check_contents
    monkeypatch.setattr(exercise_file, "_check_contents",
                        lambda *a, **k: checked_in.append(threading.current_thread().name) or real(*a, **k))
    with ExerciseFile.opening(path) as doc:
        snapshot = load_snapshot(doc)
    try:
        assert checked_in == ["exercise-checks" if alongside else threading.main_thread().name]
        assert snapshot.incident_count == load_snapshot(doc).incident_count > 0
        assert not doc.read_only
    finally:
        doc.close()


@pytest.mark.parametrize("body_fails", [False, True])
def test_a_damaged_file_is_refused_untouched_with_the_checks_words(body_fails, default_template, tmp_path):
    path = corrupted(default_template, tmp_path, "UPDATE incident SET occurred_at = 'garbage' WHERE id = 2")
    before = digest(path)
    with pytest.raises(ExerciseFileError) as refused:
        with ExerciseFile.opening(path) as doc:
            load_snapshot(doc)                 # reads the damaged time as it is
            if body_fails:
                raise RuntimeError("the body failed on the damaged value first")
    assert "incident 2's time is 'garbage', not a time" in str(refused.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.pactline"]   # no lock, WAL or backup left
    lock = ExerciseLock(path)
    lock.acquire()                           # nobody holds it any more
    lock.release()


def test_the_bodys_own_error_stands_when_the_file_is_sound(default_template, tmp_path):
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    with pytest.raises(KeyError):
        with ExerciseFile.opening(path):
            raise KeyError("not about the file")
    ExerciseFile.open(path).close()          # closed: its lock is free
