"""An exception escaping a slot reaches the user as a message (never a traceback) and the log."""
from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from gui.core import dialogs, error_report
from model.storage.file_output import OutputError


@pytest.fixture
def shown(monkeypatch):
    boxes: list[tuple[object, str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": boxes.append((parent, title,
                                                                                                     text)))
    return boxes


@pytest.fixture
def button(qtbot):
    widget = QPushButton("Export")
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def hook(button, tmp_path):
    installed = error_report.ErrorHook.install(lambda: button, tmp_path / "pactline.log")
    yield installed
    installed.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_exception_in_a_slot_is_shown_and_logged(qtbot, button, hook, shown, tmp_path):
    def export_the_report():
        raise KeyError("incident 7")
    button.clicked.connect(export_the_report)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    parent, title, text = shown[0]
    assert parent is button and title == "Pactline"
    assert text == ("The action stopped because of an unexpected error (KeyError: 'incident 7'). Every change "
                    f"stored before it is safe. The details were written to {tmp_path / 'pactline.log'}.")
    logged = (tmp_path / "pactline.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "export_the_report" in logged and "KeyError: 'incident 7'" in logged


@pytest.mark.qt_no_exception_capture
def test_a_pactline_error_in_a_slot_is_shown_as_it_is(qtbot, button, hook, shown, tmp_path):
    def save():
        raise OutputError(tmp_path / "aar.pdf", "the disk is full")
    button.clicked.connect(save)
    button.click()
    assert [text for _p, _t, text in shown] == [f"Cannot write {tmp_path / 'aar.pdf'}: the disk is full"]


@pytest.mark.qt_no_exception_capture
def test_errors_while_the_message_is_open_are_logged_not_stacked(qtbot, button, hook, monkeypatch, tmp_path):
    boxes = []

    def box(parent, title, text, detail=""):
        boxes.append(text)
        button.click()      # the slot fails again while its first message is still open

    monkeypatch.setattr(dialogs, "show_error", box)
    button.clicked.connect(lambda: (_ for _ in ()).throw(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC),
                                                                 "/x/aar.pdf")))
    button.click()
    assert boxes == ["/x/aar.pdf: No space left on device"]
    assert (tmp_path / "pactline.log").read_text(encoding="utf-8").count("An action failed") == 2


def test_uninstall_puts_the_previous_hook_back(button, tmp_path):
    import sys
    before = sys.excepthook
    installed = error_report.ErrorHook.install(lambda: button, tmp_path / "pactline.log")
    assert sys.excepthook is installed
    installed.uninstall()
    assert sys.excepthook is before and not (tmp_path / "pactline.log").exists()
