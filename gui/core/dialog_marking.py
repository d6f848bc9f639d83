"""The exercise marking on every dialog, not only on the main and projector windows.

Exercise material must never pass for real traffic, whatever window it is
read in. An application-wide event filter puts the marking strip at the top
of each dialog as it is first shown and the classification in every
dialog's title (message boxes and file dialogs: the title only). The main window says which marking
is in force (``set_marking``) when an exercise opens or its marking changes.

The strip arrives after Qt has sized the dialog, and a message that appears
later (a refused entry) can wrap onto more lines: the filter grows a marked
dialog to the height its contents need, so no field is squeezed or cut off.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QBoxLayout, QDialog, QFormLayout

from gui.core.marking_banner import NO_EXERCISE_COLOUR, MarkingBanner, banner_text

_MARKED = "pactlineMarking"
_FITTED = "pactlineFittedHeight"   # the height the contents needed when last fitted
_SHOW, _LAYOUT_REQUEST = QEvent.Type.Show, QEvent.Type.LayoutRequest


class DialogMarker(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.classification: str | None = None
        self.colour = NO_EXERCISE_COLOUR

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes through here: the cheap class test
        # comes first, so the rest of the program pays one isinstance per event.
        if not isinstance(watched, QDialog):
            return False
        kind = event.type()
        if kind == _SHOW and watched.isWindow():
            self.mark(watched)
        elif kind == _LAYOUT_REQUEST and watched.property(_FITTED) is not None:   # only dialogs that got the strip
            # After the dialog's own layout has handled the request.
            QTimer.singleShot(0, watched, lambda: fit_height(watched))
        return False

    def mark(self, dialog: QDialog) -> None:
        if dialog.property(_MARKED):
            return
        dialog.setProperty(_MARKED, True)
        classification = self.classification
        if classification is not None:
            title = dialog.windowTitle()
            if classification not in title:
                dialog.setWindowTitle(f"{title} — {classification}" if title else banner_text(classification))
        banner = MarkingBanner()
        banner.show_marking(classification, self.colour)
        layout = dialog.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, banner)
        elif isinstance(layout, QFormLayout):
            layout.insertRow(0, banner)
        else:
            # Message boxes and file dialogs lay out in grids Qt owns; their title names the
            # classification, and what they show is a question, not exercise material.
            banner.deleteLater()
            return
        fit_height(dialog)


def fit_height(dialog: QDialog) -> None:
    """Grow *dialog* when its contents come to need more height at its width (wrapped labels included).

    Only a growth of the contents counts: a dialog the user made smaller stays so until something in it grows.
    """
    layout = dialog.layout()
    if layout is None or not dialog.isWindow():
        return
    layout.activate()
    width = dialog.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalMinimumSize().height()
    previous = dialog.property(_FITTED)
    dialog.setProperty(_FITTED, needed)
    if isinstance(previous, int) and needed <= previous:
        return
    screen = dialog.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > dialog.height():
        dialog.resize(width, needed)


def _marker() -> DialogMarker | None:
    app = QApplication.instance()
    return app.findChild(DialogMarker) if app is not None else None


# The marking in force, also while no marker is installed yet: the program installs the
# filter only once its window is up, after the window has said which marking applies.
_in_force: tuple[str | None, str] = (None, NO_EXERCISE_COLOUR)


def install(app: QApplication) -> DialogMarker:
    marker = _marker() or DialogMarker(app)
    marker.classification, marker.colour = _in_force
    app.installEventFilter(marker)
    return marker


def set_marking(classification: str | None, colour: str) -> None:
    """The marking dialogs shown from now on carry (None: no exercise open)."""
    global _in_force
    _in_force = (classification, colour)
    marker = _marker()
    if marker is not None:
        marker.classification, marker.colour = classification, colour
