"""The backups the window takes on its own, and File › Restore Backup: look, restore as new, restore over."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from gui.core import dialogs, settings
from gui.preferences import commands as preference_commands
from gui.preferences.restore_dialog import AS_NEW, LOOK, OVER, RestoreBackupDialog
from model import queries
from model.services import incidents as incident_service
from model.storage import backups
from model.timeutil import utc


def listed(window):
    return backups.list_backups(window.preference_commands.exercise_path(), settings.backups_dir())


def add_incident(window) -> None:
    report = incident_service.create_incident(window.document.file, incident_type="airspace_violation", severity=1,
                                              occurred_at=utc(2026, 3, 2, 9))
    window.document.apply(report)


@pytest.fixture
def window(window, qtbot):
    """The main window, once the backup taken on opening (just after the first paint) is there."""
    qtbot.waitUntil(lambda: any(b.reason == "opened" for b in listed(window)))
    return window


def answer_restore(monkeypatch, action: str, row: int = 0):
    def run(dialog):
        if isinstance(dialog, RestoreBackupDialog):
            dialog.table.selectRow(row)
            {LOOK: dialog.look_button, AS_NEW: dialog.new_button, OVER: dialog.over_button}[action].click()
            return dialog.choice is not None
        raise AssertionError(f"unexpected dialog {dialog}")
    monkeypatch.setattr(preference_commands, "run_dialog", run)


def test_opening_an_exercise_takes_a_backup(window, qtbot):
    qtbot.waitUntil(lambda: len(listed(window)) == 1)
    [backup] = listed(window)
    assert backup.reason == "opened" and backup.incidents == len(queries.incidents(window.document.file))
    assert settings.backups_dir() in backup.path.parents


def test_a_backup_follows_30_minutes_of_editing_not_every_edit(window, wall):
    window.preference_commands.wall = wall
    window.preference_commands._last_backup = wall()
    add_incident(window)
    assert len(listed(window)) == 1
    wall.advance(backups.EDITING_INTERVAL_S - 1)
    add_incident(window)
    assert len(listed(window)) == 1
    wall.advance(1)
    add_incident(window)
    assert [b.reason for b in listed(window)] == ["editing", "opened"]


def test_the_backup_on_opening_waits_for_the_first_paint(qtbot, isolated, exercise_path, wall, monkeypatch):
    """Copying a large exercise must not hold back the first sight of its window (bench/window.py, open)."""
    from PySide6.QtCore import QEvent, QObject

    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow
    from model.storage.exercise_file import ExerciseFile

    happened: list[str] = []
    real_backup = backups.back_up_file
    monkeypatch.setattr(backups, "back_up_file", lambda *a, **k: happened.append("backup") or real_backup(*a, **k))

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched is win and "paint" not in happened:
                happened.append("paint")
            return False

    win = MainWindow(ExerciseDocument(ExerciseFile.open(exercise_path), wall=wall))
    qtbot.addWidget(win)
    paints = Paints()
    win.installEventFilter(paints)
    QCoreApplication.processEvents()          # a window not yet shown takes no backup
    win.show()
    qtbot.waitUntil(lambda: "backup" in happened)
    assert happened == ["paint", "backup"]
    assert [b.reason for b in backups.list_backups(exercise_path, settings.backups_dir())] == ["opened"]
    win.close_document()


def test_an_exercise_opened_in_the_shown_window_is_backed_up_too(window, qtbot, default_template, tmp_path):
    other = tmp_path / "other.pactline"
    other.write_bytes(default_template.read_bytes())
    assert window.open_path(other)
    qtbot.waitUntil(lambda: [b.reason for b in backups.list_backups(other, settings.backups_dir())] == ["opened"])


def test_no_backup_when_they_are_switched_off(qtbot, isolated, exercise_path, wall):
    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow
    from model.storage.exercise_file import ExerciseFile

    settings.set_value(settings.BACKUPS, False)
    win = MainWindow(ExerciseDocument(ExerciseFile.open(exercise_path), wall=wall))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.deferred_docks.built)   # the turn after the first paint, where the backup would be
    QCoreApplication.processEvents()
    assert backups.list_backups(exercise_path, settings.backups_dir()) == []
    win.close_document()


def test_the_dialog_lists_each_backup_with_its_time_reason_and_contents(window, qtbot):
    add_incident(window)
    window.preference_commands.take("what-if")
    summaries = listed(window)
    dialog = RestoreBackupDialog(window, "drill.pactline", summaries, "UTC")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    cells = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert cells[0][1] == "before applying a what-if" and cells[1][1] == "when the file was opened"
    assert int(cells[0][2]) == int(cells[1][2]) + 1               # the later one holds the new incident
    assert cells[0][0] == summaries[0].taken.strftime("%Y-%m-%d %H:%M:%S")
    assert dialog.look_button.isEnabled()


def test_restore_over_the_exercise_after_confirming(window, monkeypatch):
    path = window.document.file.path
    before = len(queries.incidents(window.document.file))
    add_incident(window)
    asked = []
    monkeypatch.setattr(preference_commands, "ask_confirm", lambda parent, title, text: asked.append(text) or False)
    answer_restore(monkeypatch, OVER, row=0)                # the backup taken on opening
    window.preference_commands.restore.trigger()
    assert asked and len(queries.incidents(window.document.file)) == before + 1     # declined: nothing changed
    monkeypatch.setattr(preference_commands, "ask_confirm", lambda parent, title, text: True)
    window.preference_commands.restore.trigger()
    assert window.document.file.path == path and not window.document.file.read_only
    assert len(queries.incidents(window.document.file)) == before
    # What the exercise held is a backup of its own, so the restore can be undone the same way.
    restored_from = [b for b in listed(window) if b.reason == "restore"]
    assert restored_from and restored_from[0].incidents == before + 1


def test_restore_as_a_new_file(window, monkeypatch, tmp_path):
    before = len(queries.incidents(window.document.file))
    add_incident(window)
    target = tmp_path / "restored.pactline"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: target)
    answer_restore(monkeypatch, AS_NEW)
    window.preference_commands.restore.trigger()
    assert window.document.file.path == target
    assert len(queries.incidents(window.document.file)) == before


def test_look_at_a_backup_read_only_without_losing_the_exercise(window, monkeypatch):
    path = window.document.file.path
    answer_restore(monkeypatch, LOOK)
    window.preference_commands.restore.trigger()
    assert window.document.file.read_only and window.document.file.path != path
    assert settings.value(settings.LAST_EXERCISE) == str(path)          # a look is not the last exercise
    assert settings.value(settings.RECENT_FILES)[0] == str(path)
    assert "read-only" in window.statusBar().currentMessage()
    # From the backup, Restore Backup still lists the exercise's backups, and restoring goes back to it.
    assert window.preference_commands.exercise_path() == path
    monkeypatch.setattr(preference_commands, "ask_confirm", lambda parent, title, text: True)
    answer_restore(monkeypatch, OVER)
    window.preference_commands.restore.trigger()
    assert window.document.file.path == path and not window.document.file.read_only


def test_a_package_imported_over_an_exercise_leaves_a_backup_of_it(window, tmp_path, monkeypatch):
    from model.default_exercise import populate_blank
    from model.storage.exercise_file import ExerciseFile

    package = tmp_path / "exchange.json"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: package)
    window.file_commands.export_package.trigger()
    other = tmp_path / "other.pactline"
    ExerciseFile.create(other, populate_blank("Replaced drill", utc(2026, 3, 2, 6))).close()
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: package)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: other)
    window.file_commands.import_package.trigger()
    assert window.document.file.path == other
    saved = [b for b in backups.list_backups(other, settings.backups_dir()) if b.reason == "package-import"]
    assert saved and saved[0].name == "Replaced drill" and saved[0].incidents == 0
