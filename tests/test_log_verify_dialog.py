"""The Verify Log dialog: entries, the head to copy, the latest seal, the verdict, a pasted head checked;
and ENDEX declared in the GUI seals the log."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QPushButton

from gui.conduct.log_dock import LogDock
from model import queries
from model.services import log as log_service


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("PACTLINE_SETTINGS_DIR", str(tmp_path / "settings"))


@pytest.fixture
def dock(qtbot, document) -> LogDock:
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = LogDock(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, widget)
    window.resize(1100, 520)
    widget.set_document(document)
    window.show()
    qtbot.waitExposed(window)
    yield widget
    widget.verify_dialog().close()
    del window


def test_endex_in_the_program_seals_the_log(document):
    document.endex()
    result = log_service.verify_log(document.file)
    assert result.intact and result.seal.reason == "ENDEX"
    assert result.seal.entries == len(queries.log_entries(document.file))


def test_the_dialog_shows_entries_head_seal_and_verdict(dock, document, qtbot):
    document.endex()
    head = log_service.log_head(document.file)
    result = dock.verify()
    dialog = dock.verify_dialog()
    qtbot.waitExposed(dialog)
    assert result.intact and dialog.isVisible()
    assert dialog.entries.text() == str(head.entries)
    assert dialog.head.text() == head.head_hash and dialog.head.isReadOnly()
    assert dialog.seal.text().startswith(f"#1 of {result.seal.when} (ENDEX): {head.entries} entries, head "
                                         f"{head.head_hash[:16]}")
    assert dialog.verdict.text() == dock.verify_result.text() == (
        f"Log intact: {head.entries} entries, hash chain verified, matches seal #1 of {result.seal.when}")
    dialog.head.selectAll()
    assert dialog.head.selectedText() == head.head_hash      # selectable, to copy by hand
    qtbot.mouseClick(dialog.findChild(QPushButton, "logVerifyCopy"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == head.head_hash


def test_a_pasted_head_is_checked(dock, document, qtbot):
    kept = log_service.log_head(document.file).head_hash
    kept_id = queries.log_entries(document.file)[-1].id
    log_service.add_log_entry(document.file, kind="note", text="after the report")
    dock.verify()
    dialog = dock.verify_dialog()
    dialog.expected.setText(kept[:16] + "…")
    with qtbot.waitSignal(dialog.check_requested):
        qtbot.keyClick(dialog.expected, Qt.Key.Key_Return)
    assert dialog.verdict.text().endswith(f"; it contains the head you gave (entry #{kept_id})")
    dialog.expected.setText("ab" * 32)
    result = dock.verify()
    assert not result.intact
    assert dialog.verdict.text() == f"Log rewritten: it does not contain the head {'ab' * 32} printed on the " \
                                    f"report or export"
    dialog.expected.setText("not a hash")
    assert dock.verify() is None and "not a log head" in dialog.verdict.text()


def test_a_truncated_log_is_reported_in_the_dialog(dock, document):
    for n in range(4):
        log_service.add_log_entry(document.file, kind="note", text=f"note {n}")
    log_service.seal_log(document.file, reason="report exported")
    connection = sqlite3.connect(document.file.path)
    try:
        connection.execute("DROP TRIGGER log_entry_no_delete")
        last = connection.execute("SELECT MAX(id) FROM log_entry").fetchone()[0]
        connection.execute("DELETE FROM log_entry WHERE id > ?", (last - 2,))
        connection.commit()
    finally:
        connection.close()
    result = dock.verify()
    assert not result.intact and result.missing == 2
    assert dock.verify_dialog().verdict.text() == \
        f"Log truncated: 2 entries after seal #1 of {result.seal.when} are missing"
