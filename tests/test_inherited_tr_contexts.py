"""Texts written in a base class (MselActions, msel_actions.py; WindowDocks, window_docks.py) reach Italian.

pyside6-lupdate files ``self.tr`` texts under the class they are written in; PySide6's
``tr`` tries each class of the instance's MRO in turn, so MselDock finds its own
texts and those of the actions it inherits, MainWindow those of WindowDocks.
"""
from __future__ import annotations

import pytest

from gui.core import i18n


@pytest.fixture
def italian(qapp):
    i18n.install_translators(qapp, "it")
    yield qapp
    i18n.install_translators(qapp, "en")


def test_the_msel_docks_own_and_inherited_texts_are_italian(italian, qtbot):
    from gui.conduct.msel_actions import MselActions
    from gui.conduct.msel_dock import MselDock

    dock = MselDock()
    qtbot.addWidget(dock)
    assert isinstance(dock, MselActions)
    assert dock.toolbar.windowTitle() == "Azioni MSEL"                 # MselDock's own
    assert dock.view.accessibleName() == "Lista principale degli eventi dello scenario (MSEL)"
    assert dock.add_action.text() == "&Aggiungi inject…"               # MselActions'
    assert dock.add_action.statusTip() == "Pianifica un nuovo inject nella MSEL"
    assert dock.summary.text() == "Nessuna esercitazione aperta"


def test_the_main_windows_own_and_inherited_texts_are_italian(italian, qtbot, isolated):
    from gui.shell.main_window import MainWindow
    from gui.shell.window_docks import WindowDocks

    window = MainWindow()
    qtbot.addWidget(window)
    assert isinstance(window, WindowDocks)
    # Both tips say "Show or hide the {0}": MainWindow's for the roster, WindowDocks' for the findings
    # (tr() finds that one under MainWindow first, which has the same text; the catalogue has it under both).
    roster, findings = window.roster_dock.toggleViewAction(), window.findings_panel.toggleViewAction()
    assert roster.statusTip() == "Mostra o nascondi {0}".format(window.roster_dock.windowTitle())
    assert findings.statusTip() == "Mostra o nascondi {0}".format(window.findings_panel.windowTitle())
