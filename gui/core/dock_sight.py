"""Whether a dock is out of the user's sight, so that it can leave its updates until it comes forward."""
from __future__ import annotations

from PySide6.QtWidgets import QDockWidget


def out_of_sight(dock: QDockWidget) -> bool:
    """Behind another dock's tab (such a dock still reports isVisible()) or closed, in a window on screen.
    A dock in a window not shown (a test's, an export's) always follows."""
    return dock.window().isVisible() and (not dock.isVisible() or dock.visibleRegion().isEmpty())
