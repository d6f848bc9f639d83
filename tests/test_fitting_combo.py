"""A FittingCombo narrower than its current text shows it cut with an ellipsis, and whole where it fits."""
from __future__ import annotations

from gui.core.fitting_combo import FittingCombo

NAME = "Light mutual-defence clause (24 h reaction, 24/48/72 h consultation)"


def test_a_name_too_long_for_the_box_ends_with_an_ellipsis_and_fits(qtbot):
    combo = FittingCombo(8, 40)
    qtbot.addWidget(combo)
    combo.addItem(NAME)
    combo.show()
    combo.resize(combo.minimumSizeHint().width(), combo.height())
    shown = combo.shown_text()
    assert shown.endswith("…") and NAME.startswith(shown[:-1]) and len(shown) < len(NAME)
    _option, room = combo._label_option()
    assert combo.fontMetrics().horizontalAdvance(shown) <= room
    combo.grab()                                       # paints through the same text


def test_a_name_with_room_is_shown_whole(qtbot):
    combo = FittingCombo(8, 200)
    qtbot.addWidget(combo)
    combo.addItem(NAME)
    combo.show()
    combo.resize(combo.sizeHint().width() + 40, combo.height())
    assert combo.shown_text() == NAME
