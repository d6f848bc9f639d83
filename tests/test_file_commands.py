"""File › New (default, blank) and Save As through the main window."""
from __future__ import annotations

from functools import partial
import sqlite3


from gui.core import dialogs
from gui.core.commands import UpdateCommand
from model import queries
from model.services import incidents


def rows(path, sql):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_save_as_writes_a_consistent_copy_with_the_latest_edit_and_continues_on_it(window, tmp_path, monkeypatch):
    document = window.document
    original = document.file.path
    first = queries.incidents(document.file)[0]
    assert document.execute(UpdateCommand(document, "Edit", partial(incidents.update_incident, incident_id=first.id),
                                          location="Kharkiv outskirts"))
    target = tmp_path / "copy.pactline"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    window.file_commands.save_as.trigger()
    assert window.document.file.path == target
    assert "copy.pactline" in window.windowTitle()
    assert window.statusBar().currentMessage() == "Saved as copy.pactline: you are now working in this copy"
    # The edit made just before (still in the WAL of the original) is in the copy.
    assert queries.incidents(window.document.file)[0].location == "Kharkiv outskirts"
    assert rows(original, "SELECT location FROM incident WHERE id = %d" % first.id) == [("Kharkiv outskirts",)]
    assert rows(target, "PRAGMA integrity_check") == [("ok",)]


def test_save_as_onto_the_open_file_is_refused(window, monkeypatch):
    messages = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: window.document.file.path)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": messages.append(text))
    path = window.document.file.path
    window.file_commands.save_as.trigger()
    assert messages and "already open" in messages[0]
    assert window.document.file.path == path


def test_new_from_default_creates_and_opens_it(window, tmp_path, monkeypatch):
    target = tmp_path / "fresh"          # the suffix is added
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    window.file_commands.new_default.trigger()
    assert window.document.file.path == tmp_path / "fresh.pactline"
    assert len(queries.signatories(window.document.file)) == 29


def test_new_blank_asks_a_name_and_opens_an_empty_roster(window, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Baltic drill")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: tmp_path / "baltic.pactline")
    window.file_commands.new_blank.trigger()
    assert window.document.file.path.name == "baltic.pactline"
    assert queries.exercise_info(window.document.file).name == "Baltic drill"
    assert queries.signatories(window.document.file) == []
    assert "Baltic drill" in window.windowTitle()


def test_cancelling_new_changes_nothing(window, tmp_path, monkeypatch):
    path = window.document.file.path
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: None)
    window.file_commands.new_default.trigger()
    window.file_commands.save_as.trigger()
    assert window.document.file.path == path
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pactline") == ["drill.pactline"]


def test_export_then_import_package_opens_an_identical_exercise(window, tmp_path, monkeypatch):
    package = tmp_path / "exchange.json"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: package)
    window.file_commands.export_package.trigger()
    assert package.exists() and package.read_text(encoding="utf-8").startswith("{")
    before = {s.code for s in queries.signatories(window.document.file)}
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: package)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: tmp_path / "imported.pactline")
    window.file_commands.import_package.trigger()
    assert window.document.file.path == tmp_path / "imported.pactline"
    assert {s.code for s in queries.signatories(window.document.file)} == before


def test_a_damaged_package_is_refused_with_its_json_path_and_nothing_is_created(window, tmp_path, monkeypatch):
    package = tmp_path / "bad.json"
    package.write_text('{"format": "pactline-exercise", "version": 1, "exercise": 3}', encoding="utf-8")
    messages = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: package)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: tmp_path / "never.pactline")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": messages.append(text))
    path = window.document.file.path
    window.file_commands.import_package.trigger()
    assert messages and "$" in messages[0]
    assert window.document.file.path == path
    assert not (tmp_path / "never.pactline").exists()
