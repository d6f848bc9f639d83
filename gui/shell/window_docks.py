"""The main window's docks: the planning views built with it, the tabbed ones adopted after the first paint.

WindowDocks is the part of MainWindow (main_window.py) that builds the docks
around the timeline and lays them out as DESIGN.md sketches, gives each its
View toggle, wires the deferred docks in once they arrive, puts the views'
commands in the menus, and answers what the findings and comparison docks
ask for. MainWindow builds the rest of what is declared here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow

from gui.branches.actions import BranchActions
from gui.comparison.dock import ComparisonDock
from gui.conduct.msel_interchange import MselInterchange
from gui.incidents.commitment_matrix import CommitmentMatrixDock
from gui.incidents.findings_panel import FindingsPanel
from gui.incidents.palette import IncidentPalette
from gui.projector.window import ProjectorController
from gui.provisions.dock import ProvisionsDock
from gui.shell import window_layout
from gui.shell.actions import MainActions, append_view_commands, spell_out_keys
from gui.shell.deferred_docks import DeferredDocks, tabbed_docks
from gui.terms.planning import PlanningDialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from gui.conduct.clock_controls import ClockToolBar
    from gui.conduct.log_dock import LogDock
    from gui.conduct.msel_dock import MselDock
    from gui.core.document import ExerciseDocument
    from gui.evaluation.dock import EvaluationDock
    from gui.incidents.countdown_panel import CountdownPanel
    from gui.incidents.inspector import IncidentInspector
    from gui.roster.dock import RosterDock
    from gui.timeline import TimelineWidget


class WindowDocks(QMainWindow):
    # The window's named actions (File › Open, the clock's speeds…) hide QWidget.actions(), which
    # nothing in Pactline calls on the main window; declared here so checkers know the attribute.
    actions: MainActions  # type: ignore[assignment]

    # Built by MainWindow.__init__ before the docks here need them.
    document: ExerciseDocument | None
    timeline: TimelineWidget | None
    menus: dict[str, QMenu]
    roster_dock: RosterDock
    countdown_panel: CountdownPanel
    clock_toolbar: ClockToolBar
    document_views: list
    _contributed: list[tuple]

    def _add_planning_views(self) -> None:
        """Docks and dialogs of the planning tools, bound to the document like the others."""
        self.incident_palette = IncidentPalette(self)
        self.findings_panel = FindingsPanel(self)
        self.commitment_matrix = CommitmentMatrixDock(self)
        self.comparison = ComparisonDock(self)
        self.provisions_dock = ProvisionsDock(self)
        self.deferred_docks = DeferredDocks(self, tabbed_docks(), self._adopt_deferred_docks)
        for menu in self.menus.values():
            menu.aboutToShow.connect(self.deferred_docks.build)   # a menu opened at once shows them all
            menu.aboutToShow.connect(lambda m=menu: spell_out_keys(m))
        held = self.deferred_docks.placeholders
        self.projector = ProjectorController(self)
        self.msel_interchange = MselInterchange(self)
        self.planning = PlanningDialogs(self)
        self.branch_actions = BranchActions(self)
        # The layout of DESIGN.md: roster over the palette on the left, countdowns over
        # findings on the right, the editors as tabs under the timeline.
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.commitment_matrix)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.incident_palette)
        for name in ("msel_dock", "log_dock", "incident_inspector", "evaluation_dock"):
            self.tabifyDockWidget(self.commitment_matrix, held[name])
        self.tabifyDockWidget(self.commitment_matrix, self.comparison)
        self.tabifyDockWidget(self.commitment_matrix, self.provisions_dock)
        self.commitment_matrix.raise_()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_panel)
        window_layout.scroll_when_small(self.findings_panel)
        for dock, key in ((self.incident_palette, "Alt+3"), (held["incident_inspector"], "Alt+4"),
                          (self.findings_panel, "Alt+5"), (self.commitment_matrix, "Alt+6"),
                          (held["msel_dock"], "Alt+7"), (held["log_dock"], "Alt+8"),
                          (held["evaluation_dock"], "Alt+9"), (self.comparison, "Ctrl+Shift+C"),
                          (self.provisions_dock, "Ctrl+Alt+P")):
            self.add_dock_toggle(dock, key)
        self.comparison.show_requested.connect(self._show_option_on_timeline)
        self.countdown_panel.incident_activated.connect(self.edit_incident)
        self.findings_panel.finding_activated.connect(self._show_finding)
        for source in (self.clock_toolbar.clock_actions.message, self.msel_interchange.message):
            source.connect(self.show_message)
        self.document_views += [self.incident_palette, self.commitment_matrix, self.projector, self.planning,
                                self.findings_panel, self.comparison, self.provisions_dock,
                                self.branch_actions]

    def _adopt_deferred_docks(self, docks: dict) -> None:
        """Wire the tabbed docks in once they are built (see gui/shell/deferred_docks.py)."""
        for name in ("msel_dock", "log_dock"):
            docks[name].message.connect(self.show_message)
        self._lay_out_menus()
        views = [docks[name] for name in ("incident_inspector", "msel_dock", "log_dock", "evaluation_dock")]
        self.document_views += views
        for view in views:
            view.set_document(self.document)

    # The tabbed docks are built on first use, or just after the first paint (deferred_docks.py).
    @property
    def incident_inspector(self) -> IncidentInspector:
        return self.deferred_docks.get("incident_inspector")

    @property
    def msel_dock(self) -> MselDock:
        return self.deferred_docks.get("msel_dock")

    @property
    def log_dock(self) -> LogDock:
        return self.deferred_docks.get("log_dock")

    @property
    def evaluation_dock(self) -> EvaluationDock:
        return self.deferred_docks.get("evaluation_dock")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.deferred_docks.schedule()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def edit_incident(self, incident_id: int) -> None:
        self.incident_inspector.edit_incident(incident_id)

    def add_dock_toggle(self, dock, key: str) -> None:
        toggle = dock.toggleViewAction()
        toggle.setShortcut(key)
        toggle.setStatusTip(self.tr("Show or hide the {0}").format(dock.windowTitle()))
        self.menus["view"].insertAction(self.actions.view_separator, toggle)

    def mark_floating_docks(self) -> None:
        """A dock floated off the window leaves the what-if strip and the window's [WHAT-IF] title
        behind: while a what-if runs, a floating dock's own title says so (a docked one sits under
        the strip). Called when the mode changes and when a dock floats or docks."""
        document = self.document
        active = document is not None and document.what_if is not None
        for dock in self.findChildren(QDockWidget):
            title = dock.property("pactlineTitle")
            if title is None:      # first seen: keep its own title, and follow its floating from now on
                title = dock.windowTitle()
                dock.setProperty("pactlineTitle", title)
                dock.topLevelChanged.connect(self.mark_floating_docks)
            dock.setWindowTitle(self.tr("{0} [WHAT-IF]").format(title) if active and dock.isFloating() else title)

    def _menu_contributors(self) -> list:
        """The views whose commands follow each menu's own, in menu order (built docks only)."""
        late = self.deferred_docks.built
        return [self.roster_dock, self.incident_palette, *([self.incident_inspector] if late else []),
                self.commitment_matrix, *([self.msel_dock, self.log_dock] if late else []), self.projector,
                self.planning, self.branch_actions, self.clock_toolbar]

    def _lay_out_menus(self) -> None:
        # Again when the tabbed docks arrive, so their commands take their place in each menu.
        self._contributed = append_view_commands(self.menus, self._menu_contributors(), self._contributed)

    def _show_finding(self, row) -> None:
        """The matrix shows what a clicked finding is about, the roster its signatory: a tab behind
        another comes forward (a closed dock stays closed)."""
        if row.kind == "provision":   # an overdue milestone: the provisions dock shows it
            window_layout.bring_forward(self.provisions_dock)
            self.provisions_dock.show_signatory(row.signatory_id)
            return
        window_layout.bring_forward(self.commitment_matrix)
        if row.signatory_id is not None:
            window_layout.bring_forward(self.roster_dock)

    def _show_option_on_timeline(self, terms_id: int, outcome_id: int | None = None) -> None:
        """A comparison cell was clicked: the timeline shows what it is about under that cell's option
        and, for a column crossed with an outcome, with that outcome taken."""
        if outcome_id is not None and self.document is not None:
            from model.branching import branch_points, choice_for
            self.document.choose_outcomes(choice_for(branch_points(self.document.file), outcome_id))
        if self.timeline is not None:
            self.timeline.show_option(terms_id)
