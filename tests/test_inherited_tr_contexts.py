"""A dock's texts written in a base class (MselActions, msel_actions.py) reach Italian like its own.

pyside6-lupdate files ``self.tr`` texts under the class they are written in; PySide6's
``tr`` tries each class of the instance's MRO in turn, so MselDock finds its own
texts and those of the actions it inherits.
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
