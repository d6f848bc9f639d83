"""Dialogs a planner opens fit a 1280x800 screen with the marking banner they carry (widget geometry, not fonts).

The inject dialog, one field a row, needed 821 px with its banner (852 for an ad-hoc inject): past the
screen, its OK button off the bottom.
"""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QVBoxLayout

from gui.conduct.inject_dialog import InjectDialog
from gui.core.marking_banner import MarkingBanner
from model.branching import branch_points
from model.timeutil import from_epoch

ROOM = 800 - 40          # the screen less a title bar and a task bar


@pytest.mark.parametrize("adhoc", [False, True])
def test_the_inject_dialog_fits_800_pixels_high_with_its_marking(qtbot, document, adhoc):
    points = [] if adhoc else branch_points(document.file)
    dialog = InjectDialog(None, startex=from_epoch(document.snapshot.startex), now=document.clock.now(),
                          incident_types=[("cyber", "Cyber attack")], submit=lambda values, now: None,
                          adhoc=adhoc, points=points)
    qtbot.addWidget(dialog)
    banner = MarkingBanner()
    banner.show_marking("UNCLASSIFIED // EXERCISE", "#2e7d32")
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, banner)          # as gui.core.dialog_marking marks every dialog
    assert dialog.minimumSizeHint().height() <= ROOM, dialog.minimumSizeHint()
    assert dialog.minimumSizeHint().width() <= 1280
    # The short fields share rows: From beside To, Objective beside Controller, Type beside Method.
    for first, second in (("sender", "recipient"), ("objective", "controller"), ("inject_type", "method")):
        dialog.show()
        qtbot.waitExposed(dialog)
        a, b = dialog.fields[first], dialog.fields[second]
        assert a.mapTo(dialog, a.rect().topLeft()).y() == b.mapTo(dialog, b.rect().topLeft()).y(), (first, second)


def test_the_branch_point_list_shows_its_time_column_title_whole_in_italian(qapp, qtbot, document):
    from gui.branches.dialog import BranchPointDialog
    from gui.core import i18n

    i18n.install_translators(qapp, "it")
    try:
        dialog = BranchPointDialog(document)
        qtbot.addWidget(dialog)
        header = dialog.tree.header()
        title = dialog.tree.headerItem().text(1)
        assert title == "Ora dello scenario"
        assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(title) + 12
    finally:
        i18n.install_translators(qapp, "en")


class LaptopScreen:
    """A 1280x800 screen: the offscreen platform's is smaller."""

    @staticmethod
    def availableGeometry():
        from PySide6.QtCore import QRect
        return QRect(0, 0, 1280, 800)


def test_the_shortcut_list_shows_every_command_whole_in_italian(qapp, qtbot, isolated, exercise_path, monkeypatch):
    from gui.core import i18n
    from gui.shell.shortcuts_dialog import ShortcutsDialog
    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow
    from model.storage.exercise_file import ExerciseFile

    monkeypatch.setattr(ShortcutsDialog, "screen", lambda self: LaptopScreen())
    i18n.install_translators(qapp, "it")
    try:
        window = MainWindow(ExerciseDocument(ExerciseFile.open(exercise_path)))
        qtbot.addWidget(window)
        window.actions.shortcuts.trigger()
        dialog = window.shortcuts_dialog
        qtbot.waitExposed(dialog)
        table = dialog.table
        metrics = table.fontMetrics()
        width = table.horizontalHeader().sectionSize(1)
        cut = [command for _where, command, _keys in dialog.rows() if metrics.horizontalAdvance(command) + 8 > width]
        assert not cut, (width, cut)
        assert dialog.width() <= 1280
        dialog.close()
    finally:
        i18n.install_translators(qapp, "en")
