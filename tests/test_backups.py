"""Rotated local backups: taken whole or not at all, kept by age, restored as a new file or over the exercise."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from model import queries
from model.errors import FileInUseError
from model.services import incidents as incident_service
from model.storage import backups
from model.storage.exercise_file import ExerciseFile
from model.storage.file_output import PARTIAL_MARK
from model.timeutil import utc

ROOT = Path(__file__).resolve().parent.parent
NOW = utc(2026, 12, 1, 12)


def counts(path: Path) -> tuple[int, int, int]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("incident", "commitment", "log_entry"))
    finally:
        connection.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_incident(doc) -> None:
    incident_service.create_incident(doc, incident_type="airspace_violation", severity=1,
                                     occurred_at=utc(2026, 3, 2, 9))


def test_a_backup_holds_the_exercise_and_says_what_is_in_it(default_doc, tmp_path):
    root = tmp_path / "backups"
    path = backups.back_up_file(default_doc, reason="opened", root=root, now=NOW)
    assert path.parent == backups.folder_for(default_doc.path, root) and path.name.endswith("-opened.pactline")
    [summary] = backups.list_backups(default_doc.path, root)
    assert (summary.incidents, summary.commitments, summary.log_entries) == counts(default_doc.path)
    assert summary.taken == NOW and summary.reason == "opened" and summary.name
    # It opens as an exercise, read-only, to look at.
    look = ExerciseFile.open(path, read_only=True)
    try:
        assert len(queries.incidents(look)) == summary.incidents
    finally:
        look.close()


def test_backups_are_off_until_configured_and_skip_read_only_files(default_doc, exercise_path, tmp_path):
    assert backups.configured_folder() is None
    assert backups.before_risky(default_doc, reason="what-if") is None
    backups.configure(tmp_path / "b")
    try:
        assert backups.before_risky(default_doc, reason="what-if").name.endswith("-what-if.pactline")
        look = ExerciseFile.open(exercise_path, read_only=True)
        try:
            assert backups.before_risky(look, reason="what-if") is None
        finally:
            look.close()
    finally:
        backups.configure(None)


def test_two_exercises_of_one_name_keep_their_backups_apart(tmp_path):
    root = tmp_path / "b"
    assert backups.folder_for(tmp_path / "a" / "drill.pactline", root) != \
        backups.folder_for(tmp_path / "c" / "drill.pactline", root)


def test_kept_by_age_the_last_ten_one_a_day_for_a_week_one_a_week_for_a_month():
    hourly_today = [NOW - timedelta(minutes=30 * h) for h in range(15)]    # 15 today
    daily = [NOW - timedelta(days=d, hours=1) for d in range(1, 7)]        # one each earlier day of the week
    extra_same_day = [NOW - timedelta(days=3, hours=5)]                    # an older one on a kept day
    weekly = [NOW - timedelta(days=d) for d in (10, 11, 17, 24, 29)]       # two in one week
    ancient = [NOW - timedelta(days=45), NOW - timedelta(days=90)]
    keep = backups.kept(hourly_today + daily + extra_same_day + weekly + ancient, NOW)
    assert set(hourly_today[:10]) <= keep and not set(hourly_today[10:]) & keep
    assert set(daily) <= keep and not set(extra_same_day) & keep
    weeks = {t.isocalendar()[:2] for t in weekly}
    assert {t.isocalendar()[:2] for t in keep & set(weekly)} == weeks
    assert len(keep & set(weekly)) == len(weeks)                           # one per week
    assert not set(ancient) & keep


def test_each_backup_prunes_the_folder(default_doc, tmp_path):
    root = tmp_path / "b"
    for minutes in range(14):
        backups.back_up_file(default_doc, reason="editing", root=root, now=NOW + timedelta(minutes=minutes))
    listed = backups.list_backups(default_doc.path, root)
    assert len(listed) == 10 and listed[0].taken == NOW + timedelta(minutes=13)


def test_two_backups_in_one_second_are_both_kept(default_doc, tmp_path):
    root = tmp_path / "b"
    first = backups.back_up_file(default_doc, reason="opened", root=root, now=NOW)
    second = backups.back_up_file(default_doc, reason="msel-import", root=root, now=NOW)
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in backups.list_backups(default_doc.path, root)] == [second, first]   # newest first


def test_backups_never_go_to_a_network_share(default_doc, tmp_path):
    mounts = (f"/dev/sda1 / ext4 rw 0 0\n"
              f"server:/export {tmp_path / 'share'} nfs4 rw 0 0\n")
    assert backups.is_network_path(tmp_path / "share" / "backups", mounts)
    assert not backups.is_network_path(tmp_path / "local", mounts)
    assert backups.is_network_path(Path("//server/share/backups"), "")
    assert backups.is_network_path(Path(r"\\server\share"), "")
    if backups.is_network_path(tmp_path):
        pytest.fail("the test folder itself is on a network share")


def test_restore_as_a_new_file(default_doc, tmp_path):
    root = tmp_path / "b"
    backup = backups.back_up_file(default_doc, reason="opened", root=root, now=NOW)
    add_incident(default_doc)
    target = backups.restore_as_new(backup, tmp_path / "restored.pactline")
    assert counts(target) == counts(backup) != counts(default_doc.path)
    ExerciseFile.open(target).close()           # a full exercise, lock and all
    with pytest.raises(backups.BackupError, match="already exists"):
        backups.restore_as_new(backup, target)


def test_restore_over_the_exercise_backs_up_what_it_replaces(default_doc, tmp_path):
    root = tmp_path / "b"
    path = default_doc.path
    backup = backups.back_up_file(default_doc, reason="opened", root=root, now=NOW)
    add_incident(default_doc)
    changed = counts(path)
    with pytest.raises(FileInUseError):          # it is still open here
        backups.restore_over(backup, path, root)
    default_doc.close()
    saved = backups.restore_over(backup, path, root)
    assert counts(path) == counts(backup)
    assert counts(saved) == changed and saved.name.endswith("-restore.pactline")
    reopened = ExerciseFile.open(path)
    try:
        assert len(queries.incidents(reopened)) == counts(backup)[0]
    finally:
        reopened.close()


def test_a_damaged_backup_is_listed_as_unreadable(default_doc, tmp_path):
    root = tmp_path / "b"
    backup = backups.back_up_file(default_doc, reason="opened", root=root, now=NOW)
    backup.write_bytes(b"not a database" * 100)
    [summary] = backups.list_backups(default_doc.path, root)
    assert summary.incidents is None


KILLED_BACKUP = """
import sys
sys.path.insert(0, {root!r})
from model.storage import backups
from model.storage.exercise_file import ExerciseFile

def stop_half_way(status, remaining, total):
    print("copying", remaining, total, flush=True)
    sys.stdin.readline()        # waits here, mid-backup, until the test kills it

backups._PAGES_PER_STEP = 1
backups._progress = stop_half_way
doc = ExerciseFile.open({exercise!r})
backups.back_up_file(doc, reason="editing", root=__import__("pathlib").Path({root_backups!r}))
print("finished", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")
def test_a_process_killed_during_a_backup_leaves_the_exercise_and_earlier_backups_intact(exercise_path, tmp_path):
    root = tmp_path / "b"
    doc = ExerciseFile.open(exercise_path)
    earlier = [backups.back_up_file(doc, reason="opened", root=root, now=NOW + timedelta(minutes=m)) for m in (0, 1)]
    doc.close()
    before = {p: sha(p) for p in earlier}
    exercise_counts = counts(exercise_path)
    script = KILLED_BACKUP.format(root=str(ROOT), exercise=str(exercise_path), root_backups=str(root))
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    try:
        line = child.stdout.readline()
        assert line.startswith("copying"), line
        partials = [p for p in backups.folder_for(exercise_path, root).iterdir() if PARTIAL_MARK in p.name]
        assert partials                       # killed with its backup half-written
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert {p: sha(p) for p in earlier} == before
    assert [b.path for b in backups.list_backups(exercise_path, root)] == sorted(earlier, reverse=True)
    assert counts(exercise_path) == exercise_counts
    reopened = ExerciseFile.open(exercise_path)          # the lock the killed process held is free again
    try:
        later = backups.back_up_file(reopened, reason="opened", root=root, now=NOW + timedelta(minutes=5))
    finally:
        reopened.close()
    assert later.exists()
    assert not [p for p in later.parent.iterdir() if PARTIAL_MARK in p.name]   # the next backup tidied up


@pytest.fixture
def configured(tmp_path):
    root = tmp_path / "rotated"
    backups.configure(root)
    yield root
    backups.configure(None)


def test_a_schema_upgrade_is_among_the_rotated_backups(tmp_path, configured):
    from tests.test_migration import build_from_fixture

    path = build_from_fixture(tmp_path / "old.pactline")
    ExerciseFile.open(path).close()
    [summary] = backups.list_backups(path, configured)
    assert summary.reason == "schema-upgrade"
    connection = sqlite3.connect(summary.path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone() == (1,)    # as it was before the upgrade
    finally:
        connection.close()


def test_an_msel_import_backs_up_first(default_doc, configured):
    from model.msel.columns import guess_mapping
    from model.msel.importing import plan_import, store_plan
    from model.msel.spreadsheets import read_msel

    table = read_msel(ROOT / "tests" / "fixtures" / "msel_handwritten.csv")
    before = counts(default_doc.path)
    store_plan(default_doc, plan_import(default_doc, table, guess_mapping(table.headers)))
    [summary] = backups.list_backups(default_doc.path, configured)
    assert summary.reason == "msel-import"
    assert counts(summary.path) == before


def test_an_msel_imported_from_the_command_line_is_backed_up_first(exercise_path, tmp_path):
    settings_dir = tmp_path / "settings"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PACTLINE_SETTINGS_DIR": str(settings_dir)}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), str(exercise_path), "--import-msel",
                             str(ROOT / "tests" / "fixtures" / "msel_handwritten.csv")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    [summary] = backups.list_backups(exercise_path, settings_dir / "backups")
    assert summary.reason == "msel-import"
