"""Docks that start behind a tab, built just after the window's first paint.

The Incident inspector, MSEL, Decision Log and Evaluation docks open as tabs
behind the commitment matrix. Building them and binding them to the exercise
costs ~100 ms that the first picture of the window need not wait for. Until
then an empty dock with the same object name and title holds each one's place,
so the saved layout restores exactly as usual; the real docks take over on the
event-loop turn after the first paint, or at once when anything asks for one.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

from gui.shell.window_layout import scroll_when_small


@dataclass(frozen=True)
class DockSpec:
    name: str                   # the window attribute it is reached by, e.g. "log_dock"
    object_name: str            # the real dock's objectName (the saved layout refers to it)
    title: str                  # the real dock's title, shown on its tab meanwhile
    build: Callable[[QMainWindow], QDockWidget]


class DeferredDocks(QObject):
    """Place-holders now, the real docks on ``build()`` (idempotent)."""

    def __init__(self, window: QMainWindow, specs: list[DockSpec],
                 adopt: Callable[[dict[str, QDockWidget]], None]):
        super().__init__(window)
        self._window = window
        self._specs = specs
        self._adopt = adopt          # wires the real docks into the window (menus, signals, document)
        self._docks: dict[str, QDockWidget] = {}
        self.placeholders: dict[str, QDockWidget] = {}
        for spec in specs:
            placeholder = QDockWidget(spec.title, window)
            placeholder.setObjectName(spec.object_name)
            self.placeholders[spec.name] = placeholder
        self._scheduled = False

    @property
    def built(self) -> bool:
        return bool(self._docks)

    def get(self, name: str) -> QDockWidget:
        self.build()
        return self._docks[name]

    def schedule(self) -> None:
        """Build on the next turn of the event loop (called from the first paint)."""
        if not self._scheduled and not self.built:
            self._scheduled = True
            QTimer.singleShot(0, self, self.build)

    def build(self) -> None:
        if self.built:
            return
        window = self._window
        # The layout as it is now (restored or first-start) holds the place-holders by
        # object name; restoring it once the real docks carry those names puts each real
        # dock exactly where its place-holder was: tab, float, size or closed. (restoreState
        # places every dock child of the window; adding them first would show a closed one.)
        state = window.saveState()
        docks = {spec.name: spec.build(window) for spec in self._specs}
        for name, placeholder in self.placeholders.items():
            dock = docks[name]
            _take_over_toggle(placeholder, dock)
            window.removeDockWidget(placeholder)
            placeholder.setObjectName("")
            placeholder.deleteLater()
        self._docks = docks
        self.placeholders = {}
        window.restoreState(state)
        self._adopt(docks)


def _take_over_toggle(placeholder: QDockWidget, dock: QDockWidget) -> None:
    """The real dock's show/hide action replaces the place-holder's in every menu, with its key."""
    old, new = placeholder.toggleViewAction(), dock.toggleViewAction()
    new.setShortcut(old.shortcut())
    new.setStatusTip(old.statusTip())
    for widget in old.associatedObjects():
        if hasattr(widget, "insertAction"):
            widget.insertAction(old, new)
            widget.removeAction(old)


# -- the docks Pactline defers -------------------------------------------------------------------
# Their modules are imported when they are built, too (~20 ms of start-up).
def _incident_inspector(window: QMainWindow) -> QDockWidget:
    from gui.incidents.inspector import IncidentInspector
    return IncidentInspector(window)


def _msel_dock(window: QMainWindow) -> QDockWidget:
    from gui.conduct.msel_dock import MselDock
    return MselDock(window)


# The log and the evaluation have tall forms: they scroll rather than squeeze the timeline.
# (Wrapped before the layout is restored, which sizes the tabs by their minimum heights.)
def _log_dock(window: QMainWindow) -> QDockWidget:
    from gui.conduct.log_dock import LogDock
    dock = LogDock(window)
    scroll_when_small(dock)
    return dock


def _evaluation_dock(window: QMainWindow) -> QDockWidget:
    from gui.evaluation.dock import EvaluationDock
    dock = EvaluationDock(window)
    scroll_when_small(dock)
    return dock


def _title(context: str, text: str) -> str:
    # The same translation the dock's own self.tr(text) looks up.
    return QCoreApplication.translate(context, text)


def tabbed_docks() -> list[DockSpec]:
    """The tabs under the timeline that start hidden behind the commitment matrix."""
    return [
        DockSpec("incident_inspector", "incidentInspectorDock", _title("IncidentInspector", "Incident"),
                 _incident_inspector),
        DockSpec("msel_dock", "mselDock", _title("MselDock", "MSEL"), _msel_dock),
        DockSpec("log_dock", "logDock", _title("LogDock", "Decision Log"), _log_dock),
        DockSpec("evaluation_dock", "evaluationDock", _title("EvaluationDock", "Evaluation"), _evaluation_dock),
    ]
