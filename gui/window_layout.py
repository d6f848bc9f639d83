"""Where the main window's docks go: the layout saved last time, or first-start sizes that favour the timeline."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea

from gui import settings

DEFAULT_SIZE = (1440, 900)


def scroll_when_small(dock: QDockWidget) -> None:
    """Let a dock with a tall or wide form shrink with scroll bars instead of squeezing the timeline."""
    content = dock.widget()
    scroll = QScrollArea()
    scroll.setObjectName(f"{dock.objectName()}Scroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    dock.setWidget(scroll)


def restore_layout(window: QMainWindow) -> bool:
    """Size, position and docks as saved; False when there was no saved dock layout (first start)."""
    geometry = settings.value(settings.WINDOW_GEOMETRY)
    state = settings.value(settings.WINDOW_STATE)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        screen = window.screen().availableGeometry()
        window.resize(min(DEFAULT_SIZE[0], int(screen.width() * 0.92)),
                      min(DEFAULT_SIZE[1], int(screen.height() * 0.92)))
    return isinstance(state, QByteArray) and not state.isEmpty() and window.restoreState(state)


def size_docks_for_first_start(window) -> None:
    """Docks wide enough for every column, yet the timeline keeps at least a third.

    Called at the first show, when the window has the size it will appear with.
    """
    width, height = window.width(), window.height()
    window.resizeDocks([window.roster_dock, window.countdown_panel],
                       [min(window.roster_dock.preferred_width(), int(width * 0.23)),
                        min(window.countdown_panel.preferred_width(), int(width * 0.23))],
                       Qt.Orientation.Horizontal)
    window.resizeDocks([window.roster_dock, window.incident_palette, window.countdown_panel,
                        window.findings_panel, window.commitment_matrix],
                       [int(height * 0.55), int(height * 0.3), int(height * 0.45), int(height * 0.4),
                        int(height * 0.27)], Qt.Orientation.Vertical)


def save_layout(window: QMainWindow) -> None:
    settings.set_value(settings.WINDOW_GEOMETRY, window.saveGeometry())
    settings.set_value(settings.WINDOW_STATE, window.saveState())
