"""The comparison's "Crossed with" chooser: which branch outcomes the treaty options are judged on.

Columns are the options picked × the outcomes picked ("This pact × rejects",
"Reassurance force × rejects"), at most four. "As on the timeline" is the
record with the outcomes the timeline shows; an outcome is the trunk plus that
outcome. The menu lists each branch point's question with its outcomes under
it, so what a column means reads from the chooser itself.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from gui.core.i18n import tr
from model.branching import BranchPointRow

AS_SHOWN = None          # the outcome "id" of the record as the timeline shows it


class OutcomeChooser(QToolButton):
    """A button with a menu of checkable outcomes; ``picked`` in menu order."""

    def __init__(self, on_pick: Callable[[int | None, bool], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparisonOutcomePicker")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())   # it may shorten
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self._tip = tr("Cross the treaty options with an adversary's answer: each option judged on the "
                       "trunk plus that outcome")
        self.setToolTip(self._tip)
        self._on_pick = on_pick
        self.choices: dict[int | None, QAction] = {}
        self.names: dict[int, str] = {}        # outcome id -> its name ("rejects"), for the column titles
        self.labels: dict[int, str] = {}       # outcome id -> "Question: rejects"
        self.summary = ""                      # what the button says before shortening it to fit
        self._words = ""                       # the outcomes alone ("rejects, stalls")

    def set_points(self, points: Sequence[BranchPointRow]) -> None:
        self.menu_.clear()
        self.choices = {}
        self.names = {o.id: o.name for p in points for o in p.outcomes}
        self.labels = {o.id: f"{p.question}: {o.name}" for p in points for o in p.outcomes}
        self._add(AS_SHOWN, tr("As on the timeline"), "comparisonOutcomeShown")
        for point in points:
            self.menu_.addSection(point.question)
            for outcome in point.outcomes:
                self._add(outcome.id, outcome.name + (tr(" (played)") if outcome.played else ""),
                          f"comparisonOutcome{outcome.id}")
        self.setVisible(bool(points))

    def _add(self, outcome_id: int | None, text: str, name: str) -> None:
        action = self.menu_.addAction(text)
        action.setObjectName(name)
        action.setCheckable(True)
        action.toggled.connect(lambda checked, o=outcome_id: self._on_pick(o, checked))
        self.choices[outcome_id] = action

    def show_picked(self, picked: Sequence[int | None]) -> None:
        """Check the *picked* outcomes (another may always be added: the options give way)."""
        for outcome_id, action in self.choices.items():
            action.blockSignals(True)
            action.setChecked(outcome_id in picked)
            action.blockSignals(False)
        words = [tr("as on the timeline") if o is AS_SHOWN else self.names.get(o, "?") for o in picked]
        self._words = ", ".join(words)
        self.summary = tr("Crossed with: {0}").replace("{0}", self._words)
        self._fit_text()

    # Short of room the button drops its "Crossed with:" before eliding the outcomes themselves: the
    # comparison dock shares the window's bottom row at 1280 px ("Incrociate con: come sulla linea
    # temporale" alone took 258 px). Its width, not its text, is what the layout is told.
    def _room(self) -> int:
        return self.fontMetrics().averageCharWidth() * 36

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        wanted = min(metrics.horizontalAdvance(self.summary), self._room())
        return QSize(hint.width() - metrics.horizontalAdvance(self.text()) + metrics.horizontalAdvance("  ") + wanted,
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        metrics = self.fontMetrics()
        least = min(metrics.horizontalAdvance(self._words), metrics.averageCharWidth() * 9)
        return QSize(hint.width() - min(metrics.horizontalAdvance(self.summary), self._room()) + least, hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        metrics = self.fontMetrics()
        chrome = super().sizeHint().width() - metrics.horizontalAdvance(self.text())
        room = min(self._room(), max(0, (self.width() if self.isVisible() else 10 ** 6) - chrome))
        full = self.summary
        if metrics.horizontalAdvance(full) <= room:
            shown = full
        else:
            shown = metrics.elidedText(self._words, Qt.TextElideMode.ElideRight, room)
        if shown + "  " != self.text():
            self.setText(shown + "  ")
        self.setToolTip(self._tip if shown == full else f"{full}\n{self._tip}")
