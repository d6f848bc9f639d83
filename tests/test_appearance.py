"""Every text Pactline colours stays legible (WCAG AA, 4.5:1) on a dark desktop palette."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from gui.core import appearance
from gui.incidents.countdown_panel import TIME
from gui.core.style import READABLE, contrast
from gui.timeline import look

DARK = {QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e0e0e0",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e0e0e0", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e0e0e0", QPalette.ColorRole.PlaceholderText: "#9e9e9e"}
COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|[a-z]+)")
FILL = re.compile(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})")

# Settings and data folder of each test only; every dialog is a recorded call (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated")


@pytest.fixture(autouse=True)
def dark_desktop(qapp):
    """The desktop's palette is dark, as a dark GNOME/KDE/Windows theme sets it; restored afterwards."""
    before = QPalette(qapp.palette())
    dark = QPalette()
    for role, colour in DARK.items():
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    appearance._ours = None
    yield
    qapp.setPalette(before)
    appearance._ours = None


def styled(sheet: str, background: QColor) -> tuple[QColor, QColor]:
    fill = FILL.search(sheet)
    return QColor(COLOUR.search(sheet).group(1)), QColor(fill.group(1)) if fill else background


def coloured_texts(window) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, the background it is drawn on) for every text whose colour Pactline sets."""
    texts = []
    state = window.clock_status.state
    for _ in range(2):                          # PAUSED, then RUNNING
        texts.append((state.text(), *styled(state.styleSheet(), state.palette().window().color())))
        window.actions.start_pause.trigger()
    banner = window.banner
    texts.append(("marking", *styled(banner.styleSheet(), banner.palette().window().color())))
    read_only = window.status_line.read_only
    texts.append(("READ-ONLY", *styled(read_only.styleSheet(), read_only.palette().window().color())))
    legend = window.commitment_matrix.matrix.legend
    for span in re.findall(r"<span style='([^']*)'>(.*?)</span>", legend.text()):
        texts.append((f"legend {span[1]}", *styled(span[0], legend.palette().window().color())))
    timeline_legend = window.timeline.legend
    texts.append(("timeline legend", timeline_legend.text_colour(), timeline_legend.palette().window().color()))
    texts += [("timeline label", look.TEXT, look.BACKGROUND), ("timeline future label", look.MUTED_TEXT,
                                                                look.BACKGROUND)]
    countdowns = window.countdown_panel
    model = countdowns.model
    for row in range(min(6, model.rowCount())):
        colour = model.data(model.index(row, TIME), Qt.ItemDataRole.ForegroundRole)
        for base in (countdowns.view.palette().base().color(), countdowns.view.palette().alternateBase().color()):
            texts.append((f"countdown {row}", colour, base))
    matrix = window.commitment_matrix.matrix
    window.document.selection.select("incident", 4)     # expects economic and military only: others dimmed
    header = matrix.view.horizontalHeader()
    for column in range(matrix.model.columnCount()):
        colour = matrix.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole)
        if colour is not None:
            texts.append((f"matrix header {column}", colour, header.palette().button().color()))
    return texts


def illegible(window) -> list[str]:
    return [f"{what}: {fg.name()} on {bg.name()} = {contrast(fg, bg):.2f}"
            for what, fg, bg in coloured_texts(window) if contrast(fg, bg) < READABLE]


def test_on_a_dark_desktop_pactline_keeps_its_light_palette_and_every_coloured_text_reads(window):
    assert window.palette().window().color().lightness() > 200
    texts = coloured_texts(window)
    assert any(what.startswith("matrix header") for what, _fg, _bg in texts)
    assert any("gate broken" in what for what, _fg, _bg in texts)
    assert illegible(window) == []


def test_follow_desktop_takes_the_dark_palette_and_every_coloured_text_adapts(window, qtbot):
    follow = window.findChild(type(window.actions.open), "actionAppearanceDesktop")
    follow.trigger()
    qtbot.waitUntil(lambda: window.palette().window().color().lightness() < 80)
    assert illegible(window) == []
    window.findChild(type(window.actions.open), "actionAppearanceLight").trigger()
    qtbot.waitUntil(lambda: window.palette().window().color().lightness() > 200)
    assert illegible(window) == []
