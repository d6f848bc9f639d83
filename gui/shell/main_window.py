"""The main window: marking banner, menus, clock toolbar, timeline and the docks around it.

The window holds at most one ExerciseDocument. Every view is bound to it in
``set_document`` and unbound in ``close_document``; the window's chrome
(actions, docks, toolbar) lives as long as the window so its layout can be
saved and restored. The docks are built, laid out and wired in by WindowDocks
(window_docks.py), the part of the window MainWindow is built on.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMenuBar, QStackedWidget, QVBoxLayout, QWidget

from gui.shell import app as gui_app
from gui.core import appearance, dialog_marking, dialogs, settings, time_zones
from gui.shell import pending_edits, window_layout
from gui.shell.actions import (
    MainActions, build_menus, fill_recent_menu, undo_redo_actions,
)
from gui.conduct.clock_controls import ClockStatus, ClockToolBar
from gui.incidents.countdown_panel import CountdownPanel
from gui.shell.clock_commands import ClockCommands
from gui.core.document import ExerciseDocument
from gui.core.document_bound import DocumentBound
from gui.shell.file_commands import FileCommands
from gui.core.marking_banner import NO_EXERCISE_COLOUR, MarkingBanner
from gui.preferences.commands import PreferenceCommands
from gui.report.export_dialog import ReportCommands
from gui.roster.dock import RosterDock
from gui.shell.status_line import StatusLine
from gui.shell.variant_commands import VariantCommands
from gui.shell.what_if_commands import WhatIfCommands
from gui.timeline import TimelineWidget
from gui.shell.welcome_page import WelcomePage
from gui.shell.window_docks import WindowDocks
from model.storage import reading
from model.services.changes import ChangeReport


class MainWindow(WindowDocks):
    def __init__(self, document: ExerciseDocument | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.clock_commands = ClockCommands(self)
        self._bound = DocumentBound(self, {
            "assessed": self._on_assessed, "clock_changed": self.clock_commands.sync, "changed": self._on_changed,
            "error": self.report_error, "selection.changed": self._on_selection,
        })
        self.setObjectName("mainWindow")
        self.document: ExerciseDocument | None = None
        self.timeline: TimelineWidget | None = None
        self._undo_actions: list[QAction] = []
        self._contributed: list[tuple] = []     # (menu, action) the views added to the menus
        self._open_notices: set[str] = set()
        self.shortcuts_dialog = None        # made on the first F1, then reused
        appearance.apply()                  # before any view picks its colours from the palette

        self.actions = MainActions(self)
        self.banner = MarkingBanner()
        self.menu_bar = QMenuBar()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.banner)
        top_layout.addWidget(self.menu_bar)
        self.what_if_commands = WhatIfCommands(self)
        top_layout.addWidget(self.what_if_commands.strip)
        # The banner above the menu bar spans the whole window and cannot be closed.
        # (Never call self.menuBar(): it would replace this widget with a bare QMenuBar.)
        self.setMenuWidget(top)

        self.roster_dock = RosterDock(self)
        self.countdown_panel = CountdownPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.roster_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.countdown_panel)
        self.clock_toolbar = ClockToolBar(self.actions.start_pause, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.clock_toolbar)
        self.clock_toolbar.speed_combo.speed_chosen.connect(self.clock_commands.set_speed)
        self.clock_toolbar.speed_combo.custom_requested.connect(self.clock_commands.ask_custom_speed)
        self.countdown_panel.incident_activated.connect(self.select_incident)
        # Views bound to the open document: each has set_document(document | None).
        self.document_views: list = [self.roster_dock, self.countdown_panel, self.clock_toolbar]

        toggles = []
        for widget, key in ((self.roster_dock, "Ctrl+Shift+R"), (self.countdown_panel, "Ctrl+Shift+D"),
                            (self.clock_toolbar, "Ctrl+Shift+T")):
            toggle = widget.toggleViewAction()
            toggle.setShortcut(key)
            toggle.setStatusTip(self.tr("Show or hide the {0}").format(widget.windowTitle()))
            toggles.append(toggle)
        self.menus = build_menus(self.menu_bar, self.actions, toggles)
        self.menus["view"].addSeparator()
        self.menus["view"].addMenu(appearance.appearance_menu(self, self.clock_commands.sync))
        self.menus["recent"].aboutToShow.connect(self._fill_recent_menu)
        self._add_planning_views()
        self._lay_out_menus()
        self.file_commands = FileCommands(self)
        file_menu = self.menus["file"]
        file_menu.insertActions(self.actions.open, self.file_commands.menu_actions["file"][:2])
        file_menu.insertSeparator(self.actions.open)
        file_menu.insertAction(self.actions.close, self.file_commands.save_as)
        file_menu.insertSeparator(self.actions.close)
        file_menu.insertActions(self.actions.close, self.file_commands.menu_actions["package"])
        file_menu.insertSeparator(self.actions.close)
        file_menu.insertActions(self.actions.close, self.msel_interchange.menu_actions["file"])
        file_menu.insertSeparator(self.actions.close)
        self.report_commands = ReportCommands(self)
        file_menu.insertActions(self.actions.close, self.report_commands.menu_actions["file"])
        file_menu.insertSeparator(self.actions.close)
        self.preference_commands = PreferenceCommands(self)
        file_menu.insertActions(self.actions.close, self.preference_commands.menu_actions["file"])
        file_menu.insertSeparator(self.actions.close)
        self.menus["edit"].addSeparator()
        self.menus["edit"].addActions(self.preference_commands.menu_actions["edit"])
        self.document_views += [self.file_commands, self.msel_interchange, self.report_commands,
                                self.preference_commands, self.what_if_commands]
        self.menus["edit"].addSeparator()
        self.menus["edit"].addMenu(self.what_if_commands.menu)
        self.variant_commands = VariantCommands(self)
        self.document_views.append(self.variant_commands)

        self.stack = QStackedWidget()
        self.stack.setObjectName("centralStack")
        self.welcome = WelcomePage([self.actions.open, self.actions.open_default])
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

        self.status_line = StatusLine(self.statusBar(), self)
        self.clock_status: ClockStatus = self.status_line.clock

        self._whole_tab_titles = window_layout.WholeTabTitles(self)
        self._first_layout_pending = not window_layout.restore_layout(self)
        self.set_document(document)

    # -- layout persistence -------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._first_layout_pending:
            self._first_layout_pending = False
            window_layout.size_docks_for_first_start(self)
        super().showEvent(event)

    def save_layout(self) -> None:
        window_layout.save_layout(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not pending_edits.settle_pending_edits(self) or not self.what_if_commands.settle():
            event.ignore()   # the user stays to correct a value, or with the what-if
            return
        self.save_layout()
        self.close_document()
        event.accept()

    # -- the document ----------------------------------------------------------------------
    def set_document(self, document: ExerciseDocument | None) -> None:
        """Show *document* (None: the empty state). The previous one is closed first."""
        if self.document is not None:
            self.close_document()
        self.document = document
        time_zones.apply_zone(document.file if document is not None else None)   # before any view shows a time
        if document is not None:
            document.setParent(self)
            self._bound.bind(document)
            self.timeline = TimelineWidget(document, self.stack)
            self.timeline.setObjectName("timeline")
            window_layout.keep_lanes_visible(self.timeline)
            self.timeline.incident_selected.connect(lambda i: document.selection.select("incident", i))
            self.timeline.incident_activated.connect(self.edit_incident)
            self.timeline.commitment_selected.connect(lambda i: document.selection.select("commitment", i))
            self.stack.addWidget(self.timeline)
            self.stack.setCurrentWidget(self.timeline)
            # Keys go to the timeline, not to the first text field (the roster filter): a
            # facilitator's first Space must start the clock, not type into a filter.
            self.timeline.setFocus()
            self._install_undo(document)
            if not self.preference_commands.is_backup(document.file.path):   # a backup looked at is no recent file
                settings.remember_recent(document.file.path)
        else:
            self.stack.setCurrentWidget(self.welcome)
        for view in self.document_views:
            view.set_document(document)
        for action in self.actions.document_actions():
            action.setEnabled(document is not None)
        self._show_exercise_info()
        self.clock_commands.sync()
        if document is not None and document.file.upgraded_from is not None:
            self.statusBar().showMessage(self.tr(
                "This exercise was saved by an older Pactline (schema {0}) and has been upgraded; "
                "the original is kept as {1}").format(document.file.upgraded_from, document.file.backup_path), 30000)

    def close_document(self) -> None:
        document = self.document
        if document is None:
            return
        self.document = None
        for view in self.document_views:
            view.set_document(None)
        self._bound.unbind()
        if self.timeline is not None:
            self.stack.removeWidget(self.timeline)
            self.timeline.deleteLater()
            self.timeline = None
        self._install_undo(None)
        document.close()
        document.deleteLater()
        self.stack.setCurrentWidget(self.welcome)
        for action in self.actions.document_actions():
            action.setEnabled(False)
        self._show_exercise_info()
        self.clock_commands.sync()

    def close_exercise(self) -> bool:
        """File › Close: open edits are stored (or discarded, asked) first; False if the user stays."""
        if not pending_edits.settle_pending_edits(self) or not self.what_if_commands.settle():
            return False
        self.close_document()
        return True

    def open_path(self, path: Path | str) -> bool:
        path = Path(path).absolute()
        if self.document is not None and self.document.file.path == path:
            self.statusBar().showMessage(self.tr("{0} is already open").format(path.name), 5000)
            return True
        if not pending_edits.settle_pending_edits(self) or not self.what_if_commands.settle():
            return False
        # Open the new one before closing the old: a file that does not open leaves the current one.
        document = gui_app.open_exercise(path, self)
        if document is None:
            return False
        self.set_document(document)
        return True

    # -- slots for actions -------------------------------------------------------------------
    def open_dialog(self) -> None:
        start = self.document.file.path.parent if self.document is not None else settings.data_dir()
        path = dialogs.ask_open_path(self, start)
        if path is not None:
            self.open_path(path)

    def open_default(self) -> None:
        path = gui_app.ensure_default_exercise(lambda title, text: dialogs.show_error(self, title, text))
        if path is not None:
            self.open_path(path)

    def fit_timeline(self) -> None:
        if self.timeline is not None:
            self.timeline.fit_all()

    def zoom_timeline_in(self) -> None:
        if self.timeline is not None:
            self.timeline.zoom_in()

    def zoom_timeline_out(self) -> None:
        if self.timeline is not None:
            self.timeline.zoom_out()

    def select_incident(self, incident_id: int) -> None:
        if self.document is not None:
            self.document.selection.select("incident", incident_id)

    def _on_selection(self, kind: str, item_id) -> None:
        if kind == "incident" and self.timeline is not None:
            self.timeline.select_incident(item_id)
        elif kind == "signatory" and item_id is not None and self.timeline is not None:
            self.timeline.show_lane(item_id)

    def show_shortcuts(self) -> None:
        from gui.shell.shortcuts_dialog import show_shortcuts   # on the first F1, not at start-up

        self.shortcuts_dialog = show_shortcuts(self, self.menu_bar, self.shortcuts_dialog)

    def show_about(self) -> None:
        from gui.shell.about import about_html

        version = QCoreApplication.applicationVersion() or self.tr("(development)")
        dialogs.show_about(self, self.tr("About Pactline"), about_html(version, settings.data_dir()))

    def report_error(self, message: str) -> None:
        """A refused edit or a failed save: status bar, and a message that does not stop the clock."""
        self.statusBar().showMessage(message, 15000)
        if message in self._open_notices:
            return  # a clock save failing every 30 s must not stack up message boxes
        box = dialogs.notify_error(self, self.tr("Pactline"), message)
        if box is not None:
            self._open_notices.add(message)
            box.finished.connect(lambda _result, m=message: self._open_notices.discard(m))

    # -- following the document ------------------------------------------------------------
    def _on_assessed(self, assessment) -> None:
        self.clock_status.show_time(assessment)
        self.clock_toolbar.readout.show_time(assessment)

    def _on_changed(self, report: ChangeReport) -> None:
        if report.touches("exercise_info"):
            self._show_exercise_info()
        if report.summary:
            self.statusBar().showMessage(report.summary, 5000)

    def _show_exercise_info(self) -> None:
        document = self.document
        if document is None:
            self.banner.show_marking(None, NO_EXERCISE_COLOUR)
            dialog_marking.set_marking(None, NO_EXERCISE_COLOUR)
            self.setWindowTitle("Pactline")
            self.status_line.show_exercise(None)
            return
        info = reading.exercise_info(document.record_file)
        path = document.record_file.path
        read_only = document.record_file.read_only
        marker = self.tr(" [read-only]") if read_only else ""
        if document.what_if is not None:
            marker += self.tr(" [WHAT-IF]")
        self.setWindowTitle(f"{info.name} — {path.name}{marker} — Pactline")
        self.setWindowFilePath(str(path))
        self.banner.show_marking(info.classification, info.marking_colour)
        dialog_marking.set_marking(info.classification, info.marking_colour)
        self.status_line.show_exercise(info.name, path, read_only)

    def what_if_mode_changed(self) -> None:
        """The document now edits another file (a what-if's scratch copy, or the record again)."""
        document = self.document
        self._install_undo(document)
        for view in self.document_views:
            if view is not self.what_if_commands:
                view.set_document(document)
        self._show_exercise_info()
        self.mark_floating_docks()

    def _install_undo(self, document: ExerciseDocument | None) -> None:
        edit_menu = self.menus["edit"]
        for action in self._undo_actions:
            edit_menu.removeAction(action)
            action.deleteLater()
        self._undo_actions = undo_redo_actions(self, self.actions, document.undo_stack) if document else []
        # The disabled stand-ins show while no exercise is open, so the Edit menu never looks broken.
        self.actions.undo_placeholder.setVisible(document is None)
        self.actions.redo_placeholder.setVisible(document is None)
        edit_menu.insertActions(self.actions.undo_placeholder, self._undo_actions)

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self.menus["recent"], settings.value(settings.RECENT_FILES), self.open_path,
                         settings.clear_recent)
