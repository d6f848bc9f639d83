"""View → Appearance: Pactline's own light palette, or the desktop's.

Pactline's status colours (the marking strip, PAUSED, the gate legend, the
timeline) were chosen against a light background. On a dark desktop a light
text colour from the palette would then sit on a light swatch, or a dark red on
a dark window, so by default Pactline keeps its own light palette whatever the
desktop uses. "Follow Desktop" takes the desktop's palette; the few texts
Pactline colours itself then adjust their colour to the background
(``style.readable_on``).
"""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory, QWidget

from gui.core import settings
from gui.core.i18n import tr

LIGHT = "light"
DESKTOP = "desktop"

_ours: QPalette | None = None       # the palette Pactline set, to tell it from the desktop's
_desktop: QPalette | None = None


def light_palette() -> QPalette:
    """Fusion's standard palette: light, and the same on every platform."""
    return QStyleFactory.create("Fusion").standardPalette()


def apply(choice: str | None = None) -> str:
    """Set the application's palette for *choice* (None: the saved one); returns the choice in force."""
    global _ours, _desktop
    choice = choice or settings.value(settings.APPEARANCE)
    if choice not in (LIGHT, DESKTOP):
        choice = LIGHT
    # QApplication's palette calls are static: the running application's palette.
    if _ours is None or QApplication.palette() != _ours:
        _desktop = QPalette(QApplication.palette())      # whatever the desktop (or a test) set since
    palette = light_palette() if choice == LIGHT else _desktop
    QApplication.setPalette(palette)
    _ours = QPalette(QApplication.palette())
    return choice


def appearance_menu(parent: QWidget, changed) -> QMenu:
    """Light / Follow Desktop, the saved one checked; *changed()* after a switch."""
    menu = QMenu(tr("&Appearance"), parent)
    menu.setObjectName("menuAppearance")
    group = QActionGroup(menu)
    current = settings.value(settings.APPEARANCE)
    for choice, text, tip in ((LIGHT, tr("&Light"), tr("Pactline's own light colours, whatever the desktop uses")),
                              (DESKTOP, tr("Follow &Desktop"), tr("The desktop's colours, light or dark"))):
        action = QAction(text, menu)
        action.setObjectName(f"actionAppearance{choice.title()}")
        action.setCheckable(True)
        action.setChecked(choice == current or (choice == LIGHT and current not in (LIGHT, DESKTOP)))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False, c=choice: _choose(c, changed))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _choose(choice: str, changed) -> None:
    settings.set_value(settings.APPEARANCE, choice)
    apply(choice)
    changed()
