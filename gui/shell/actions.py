"""The main window's actions and menus: every command a QAction with a shortcut and status tip."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QStyle

from gui.conduct.clock_controls import speed_text
from gui.core.actions import key_text, make_action
from gui.core.i18n import tr
from model.clock import SPEED_PRESETS

if TYPE_CHECKING:
    from gui.shell.main_window import MainWindow   # which supplies the slots


def command_text(action: QAction) -> str:
    """An action's menu text without the key a menu shows after a tab (see spell_out_keys)."""
    return action.text().split("\t")[0]


def spell_out_keys(menu: QMenu) -> None:
    """Show each command's key as key_text spells it: a menu draws the part of a text after a tab
    in place of the shortcut's own (Qt's "Del"). Run as the menu opens, as texts change."""
    for action in menu.actions():
        if action.isSeparator() or action.menu() is not None:
            continue
        shortcut = action.shortcut()
        spelled = key_text(shortcut)
        own = shortcut.isEmpty() or spelled == shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        wanted = command_text(action) if own else f"{command_text(action)}\t{spelled}"
        if wanted != action.text():
            action.setText(wanted)


class MainActions:
    """Holds the window's QActions; the window supplies the slots."""

    view_separator: QAction   # set by build_menus: docks added later go above it

    def __init__(self, window: MainWindow):
        w = window
        style = w.style()
        self.open = make_action(w, tr("&Open…"), [QKeySequence.StandardKey.Open],
                                tr("Open an exercise file"), w.open_dialog, name="actionOpen")
        self.open.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.open_default = make_action(w, tr("Open &Default Exercise"), ["Ctrl+Shift+O"],
                                        tr("Open the default exercise in your data folder (created if missing)"),
                                        w.open_default, name="actionOpenDefault")
        self.close = make_action(w, tr("&Close Exercise"), [QKeySequence.StandardKey.Close],
                                 tr("Close the exercise (the clock is saved, paused)"),
                                 w.close_exercise, name="actionClose")
        self.quit = make_action(w, tr("&Quit"), ["Ctrl+Q"], tr("Close the exercise and quit Pactline"),
                                w.close, name="actionQuit")
        self.fit_all = make_action(w, tr("&Fit All"), ["Home"], tr("Show the whole exercise on the timeline"),
                                   w.fit_timeline, name="actionFitAll")
        self.zoom_in = make_action(w, tr("Zoom &In"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
                                   tr("Zoom the timeline in"), w.zoom_timeline_in, name="actionZoomIn")
        self.zoom_out = make_action(w, tr("Zoom &Out"), [QKeySequence.StandardKey.ZoomOut],
                                    tr("Zoom the timeline out"), w.zoom_timeline_out, name="actionZoomOut")
        self.start_pause = make_action(w, tr("&Start Clock"), ["Space", "F5"],
                                       tr("Start or pause the exercise clock"), w.clock_commands.toggle,
                                       name="actionStartPause")
        self.speed_group = QActionGroup(w)
        self.speed_group.setExclusive(True)
        self.speeds: dict[float, QAction] = {}
        for number, speed in enumerate(SPEED_PRESETS, start=1):
            action = make_action(w, tr("Speed {0}").format(speed_text(speed)), [f"Ctrl+{number}"],
                                 tr("Run scenario time at {0} wall-clock speed").format(speed_text(speed)),
                                 checkable=True, name=f"actionSpeed{speed:g}")
            action.triggered.connect(lambda _checked=False, s=speed: w.clock_commands.set_speed(s))
            self.speed_group.addAction(action)
            self.speeds[speed] = action
        self.custom_speed = make_action(w, tr("Custom Speed…"), ["Ctrl+0"],
                                        tr("Run the clock at a speed factor of your choice"),
                                        w.clock_commands.ask_custom_speed, checkable=True, name="actionCustomSpeed")
        self.speed_group.addAction(self.custom_speed)
        self.shortcuts = make_action(w, tr("&Keyboard Shortcuts"), ["F1"],
                                     tr("Every key Pactline answers to, with a search field"),
                                     w.show_shortcuts, name="actionShortcuts")
        self.about = make_action(w, tr("&About Pactline"), [], tr("Version of Pactline and what it does"),
                                 w.show_about, name="actionAbout")
        # Undo/redo come from the open document's stack; these stand in while none is open.
        self.undo_placeholder = make_action(w, tr("&Undo"), [QKeySequence.StandardKey.Undo],
                                            tr("Nothing to undo"))
        self.redo_placeholder = make_action(w, tr("&Redo"), ["Ctrl+Shift+Z", QKeySequence.StandardKey.Redo],
                                            tr("Nothing to redo"))
        self.undo_placeholder.setEnabled(False)
        self.redo_placeholder.setEnabled(False)

    def document_actions(self) -> list[QAction]:
        """Actions that need an open exercise."""
        return [self.close, self.fit_all, self.zoom_in, self.zoom_out, self.start_pause,
                *self.speeds.values(), self.custom_speed]


def build_menus(bar: QMenuBar, actions: MainActions, docks: list[QAction]) -> dict[str, QMenu]:
    """File, Edit, View, Exercise and Help menus; returns them by name."""
    menus = {}
    file_menu = menus["file"] = bar.addMenu(tr("&File"))
    file_menu.addAction(actions.open)
    menus["recent"] = file_menu.addMenu(tr("Open &Recent"))
    menus["recent"].setObjectName("menuRecent")
    file_menu.addAction(actions.open_default)
    file_menu.addSeparator()
    file_menu.addAction(actions.close)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = menus["edit"] = bar.addMenu(tr("&Edit"))
    edit_menu.addAction(actions.undo_placeholder)
    edit_menu.addAction(actions.redo_placeholder)

    view_menu = menus["view"] = bar.addMenu(tr("&View"))
    for toggle in docks:
        view_menu.addAction(toggle)
    actions.view_separator = view_menu.addSeparator()  # docks added later go above it
    view_menu.addAction(actions.fit_all)
    view_menu.addAction(actions.zoom_in)
    view_menu.addAction(actions.zoom_out)

    exercise_menu = menus["exercise"] = bar.addMenu(tr("E&xercise"))
    exercise_menu.addAction(actions.start_pause)
    exercise_menu.addSeparator()
    for action in actions.speeds.values():
        exercise_menu.addAction(action)
    exercise_menu.addAction(actions.custom_speed)

    help_menu = menus["help"] = bar.addMenu(tr("&Help"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    for key, menu in menus.items():
        menu.setObjectName(menu.objectName() or f"menu{key.title()}")
    return menus


def append_view_commands(menus: dict[str, QMenu], contributors: list,
                         previous: list[tuple[QMenu, QAction]]) -> list[tuple[QMenu, QAction]]:
    """Append each view's ``menu_actions`` to the named menus, each group after a separator.

    What an earlier call appended (*previous*) is taken out first, so calling it
    again with more views keeps one fixed order. Returns what was appended.
    """
    for menu, action in previous:
        menu.removeAction(action)
        if action.isSeparator():
            action.deleteLater()    # made by addSeparator below; the views' own actions stay
    appended = []
    for contributor in contributors:
        for name, actions in contributor.menu_actions.items():
            menu = menus[name]
            if menu.actions() and not menu.actions()[-1].isSeparator():
                appended.append((menu, menu.addSeparator()))
            menu.addActions(actions)
            appended += [(menu, action) for action in actions]
    return appended


def undo_redo_actions(parent: QObject, actions: MainActions, stack: QUndoStack) -> list[QAction]:
    """Undo/Redo bound to *stack*; their text says what will be undone ("Undo Move incident #2")."""
    undo = stack.createUndoAction(parent, tr("&Undo"))
    redo = stack.createRedoAction(parent, tr("&Redo"))
    for action, name, template, tip in ((undo, "actionUndo", actions.undo_placeholder, tr("Undo the last edit")),
                                        (redo, "actionRedo", actions.redo_placeholder,
                                         tr("Redo the last undone edit"))):
        action.setObjectName(name)
        action.setShortcuts(template.shortcuts())
        action.setStatusTip(tip)
    return [undo, redo]


def fill_recent_menu(menu: QMenu, recent: list[str], open_path: Callable[[Path], object],
                     clear: Callable[[], object]) -> None:
    """Numbered entries for the recent exercises (a file that is gone shows disabled), then Clear Menu."""
    menu.clear()
    for number, name in enumerate(recent, start=1):
        path = Path(name)
        action = menu.addAction(f"&{number} {path.name}")
        action.setStatusTip(str(path))
        action.setEnabled(path.exists())
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    if not recent:
        menu.addAction(tr("No Recent Exercises")).setEnabled(False)
    menu.addSeparator()
    # Entries for finished exercises and moved files pile up; this empties the list.
    clear_action = menu.addAction(tr("&Clear Menu"))
    clear_action.setObjectName("actionClearRecent")
    clear_action.setStatusTip(tr("Forget the recently opened exercises (the files stay where they are)"))
    clear_action.setEnabled(bool(recent))
    clear_action.triggered.connect(clear)
