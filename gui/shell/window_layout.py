"""Where the main window's docks go: the layout saved last time, or first-start sizes that favour the timeline.

A layout saved on another screen (a laptop docked to a 4K monitor, a projector
that changed the resolution) keeps where each dock is, tabbed, floating or
closed, but takes its sizes from the content again, as at first start: pixel
widths from a 3840-wide screen make no sense on a 1280-wide one.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QChildEvent, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QTabBar

from gui.core import settings
from gui.timeline import look

DEFAULT_SIZE = (1440, 900)
SCREEN_SHARE = 0.92         # of the available screen, for a window that has no size of its own
SIDE_SHARE = 0.28           # of the window's width a side dock takes at first start, unless it needs more
MIN_LANES = 8               # signatory lanes the timeline always shows
BOTTOM_SHARE = 0.45         # of the window's height the tabs under the timeline take at most
CENTRE_ROOM = 400           # px the timeline and the tabs under it keep beside the side docks' minimums
RESIZED = 0.1               # a saved window size that differs by more than this is "another screen"


def fit_geometry(saved: QRect | None, available: QRect) -> QRect:
    """Where the window goes on a screen with *available* room.

    The saved rectangle if it fits; shrunk to the screen and moved onto it if not;
    the default size (or 92 % of a smaller screen) centred when there is none.
    """
    if saved is None or not saved.isValid() or saved.isEmpty():
        size = QSize(min(DEFAULT_SIZE[0], int(available.width() * SCREEN_SHARE)),
                     min(DEFAULT_SIZE[1], int(available.height() * SCREEN_SHARE)))
        rect = QRect(QPoint(0, 0), size)
        rect.moveCenter(available.center())
        return rect
    rect = QRect(saved)
    rect.setWidth(min(rect.width(), available.width()))
    rect.setHeight(min(rect.height(), available.height()))
    rect.moveLeft(max(available.left(), min(rect.left(), available.right() - rect.width() + 1)))
    rect.moveTop(max(available.top(), min(rect.top(), available.bottom() - rect.height() + 1)))
    return rect


def another_size(saved: QSize | None, now: QSize) -> bool:
    """Whether a dock layout saved at window size *saved* was saved on another screen than *now*'s."""
    if saved is None or not saved.isValid():
        return True
    return (abs(saved.width() - now.width()) > RESIZED * now.width()
            or abs(saved.height() - now.height()) > RESIZED * now.height())


def scroll_when_small(dock: QDockWidget) -> None:
    """Let a dock with a tall or wide form shrink with scroll bars instead of squeezing the timeline."""
    content = dock.widget()
    scroll = QScrollArea()
    scroll.setObjectName(f"{dock.objectName()}Scroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    dock.setWidget(scroll)


def available_geometry(window: QMainWindow) -> QRect:
    """The room on the screen the window opens on (the desktop without task bars)."""
    return window.screen().availableGeometry()


def side_minimums(window, available: QRect) -> None:
    """The side docks never narrower than their columns need, on a screen wide enough for that.

    On a smaller screen (1024 wide) the window could not fit with both: there the
    docks may shrink and their tables scroll sideways.
    """
    sides = (window.roster_dock, window.countdown_panel)
    fits = sum(dock.minimum_width() for dock in sides) + CENTRE_ROOM <= available.width()
    for dock in sides:
        dock.setMinimumWidth(dock.minimum_width() if fits else 0)


def restore_layout(window: QMainWindow) -> bool:
    """Size, position and docks as saved.

    False when the docks still need sizes from their content: at first start,
    or when the layout was saved at another window size (another screen).
    """
    geometry = settings.value(settings.WINDOW_GEOMETRY)
    state = settings.value(settings.WINDOW_STATE)
    available = available_geometry(window)
    side_minimums(window, available)
    # restoreGeometry refuses data from another Qt version or a damaged settings file.
    restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry)
    if not restored:
        window.setGeometry(fit_geometry(None, available))
    elif not (window.isMaximized() or window.isFullScreen()):
        fitted = fit_geometry(window.geometry(), available)
        if fitted != window.geometry():
            window.setGeometry(fitted)
    if not (isinstance(state, QByteArray) and not state.isEmpty() and window.restoreState(state)):
        return False
    saved_size = settings.value(settings.WINDOW_STATE_SIZE)
    return not another_size(saved_size if isinstance(saved_size, QSize) else None, window.size())


def timeline_height(timeline, lanes: int) -> int:
    """Height the timeline needs to show the time axis, the incident band and *lanes* lanes."""
    bar = timeline.branch_bar   # the outcome selector, beside the legend when the exercise has branch points
    bottom = max(timeline.legend.sizeHint().height(), bar.sizeHint().height() if not bar.isHidden() else 0)
    return look.AXIS_HEIGHT + look.BAND_HEIGHT + lanes * look.LANE_PX + bottom + 12


def keep_lanes_visible(timeline) -> None:
    """However the docks are arranged, they cannot squeeze the timeline below MIN_LANES lanes."""
    timeline.setMinimumHeight(timeline_height(timeline, MIN_LANES))


def _placed(window, docks: list) -> list:
    """The docks that are in the window's layout (not floating, not closed): resizeDocks takes only those."""
    return [dock for dock in docks if not dock.isFloating() and dock.toggleViewAction().isChecked()
            and window.dockWidgetArea(dock) != Qt.DockWidgetArea.NoDockWidgetArea]


def size_docks_for_first_start(window) -> None:
    """Side docks as wide as their columns need, the timeline keeps its lanes, the tabs below take the rest.

    Called at the first show, when the window has the size it will appear with;
    and when a layout saved on another screen is restored.
    """
    width, height = window.width(), window.height()
    sides = _placed(window, [window.roster_dock, window.countdown_panel])
    budget = int(width * SIDE_SHARE)
    # Without minimums (a small screen, see side_minimums) the budget wins and the columns scroll.
    window.resizeDocks(sides, [dock.width_within(budget) if dock.minimumWidth() else min(dock.width_within(budget),
                                                                                        budget)
                               for dock in sides], Qt.Orientation.Horizontal)
    bottom = window.commitment_matrix
    central = window.centralWidget()
    # The room the timeline and the tabs under it share now; the tabs get what the lanes leave.
    shared = central.height() + (bottom.height() if bottom.isVisible() else 0)
    lanes = timeline_height(window.timeline, MIN_LANES) if window.timeline is not None else shared // 2
    bottom_height = max(bottom.minimumSizeHint().height(), min(int(height * BOTTOM_SHARE), shared - lanes))
    docks = _placed(window, [window.roster_dock, window.incident_palette, window.countdown_panel,
                             window.findings_panel, bottom])
    heights = {window.roster_dock: int(height * 0.55), window.incident_palette: int(height * 0.3),
               window.countdown_panel: int(height * 0.45), window.findings_panel: int(height * 0.4),
               bottom: bottom_height}
    window.resizeDocks(docks, [heights[dock] for dock in docks], Qt.Orientation.Vertical)


class WholeTabTitles(QObject):
    """Keeps every dock tab title whole ("Commitments", never "Commit…").

    QMainWindow makes its dock tab bars itself, eliding their titles, and makes new
    ones as the user tabs docks together; on a 1280-pixel screen the tabs under the
    timeline then read "MS…", "Decisio…". Each bar, as it comes, scrolls instead.
    """

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        for bar in window.findChildren(QTabBar):
            self._whole(bar)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QChildEvent) and event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QTabBar):
                self._whole(child)
        return False

    @staticmethod
    def _whole(bar: QTabBar) -> None:
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)


def bring_forward(dock: QDockWidget) -> None:
    """Make *dock* the current tab if it is open but behind another tab.

    (A dock behind a tab still reports isVisible(); raising one that is in front changes nothing.)
    """
    if dock.toggleViewAction().isChecked():
        dock.raise_()


def save_layout(window: QMainWindow) -> None:
    settings.set_value(settings.WINDOW_GEOMETRY, window.saveGeometry())
    settings.set_value(settings.WINDOW_STATE, window.saveState())
    settings.set_value(settings.WINDOW_STATE_SIZE, window.size())
