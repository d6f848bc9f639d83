"""The outcome selector above the timeline: which outcome of each branch point is shown and assessed.

Everything the main window shows (timeline, countdowns, findings, matrix) is
the trunk plus the outcome chosen here; the bar says so in the outcome's own
colour, so a branch is never mistaken for the trunk. Choosing is a view, not
an edit: nothing is stored or logged.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from gui.branches.look import outcome_colour
from gui.core.document_bound import DocumentBound
from gui.core.elided_label import ShortenedLabel
from gui.core.fitting_combo import FittingCombo
from model.branching import BranchPointRow, branch_points, incident_outcomes, outcome_rank
from model.services.changes import ChangeReport

WATCHED = ("branch_point", "outcome", "incident", "inject", "commitment")


def swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class BranchBar(QWidget):
    branches_read = Signal(object, object)   # branch points, incident id -> outcome id (int keys: not a QVariantMap)

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("branchBar")
        self.document = document
        self.points: list[BranchPointRow] = []
        # Shortened to what still says something ("Branch: “rejects”", "“rejects”", "Branch"), never widening
        # the window; the full wording in its tooltip.
        self.banner = ShortenedLabel(self)
        self.banner.setObjectName("branchBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAutoFillBackground(True)
        font = self.banner.font()
        font.setBold(True)
        self.banner.setFont(font)
        self.edit_button = QToolButton(self)
        self.edit_button.setText(self.tr("Branch Points…"))
        self.edit_button.setToolTip(self.tr("Create and edit branch points and their outcomes"))
        self.edit_button.clicked.connect(self._edit)
        # Conduct: play reached a branch point nobody resolved yet; its outcomes' injects wait for it.
        self.resolve_button = QToolButton(self)
        self.resolve_button.setObjectName("resolveBranchPoint")
        self.resolve_button.setStyleSheet("QToolButton { background: #ffb300; color: #263238; font-weight: bold;"
                                          " padding: 2px 6px; border-radius: 3px; }")
        self.resolve_button.clicked.connect(self._resolve)
        self.resolve_button.hide()
        self.reached: list[BranchPointRow] = []
        self.combos: dict[int, QComboBox] = {}
        self._shown_key: tuple | None = None
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(4, 0, 4, 0)
        self._row.setSpacing(6)
        # The outcome selectors come first, right after the option selector beside them ("Timeline shows:"),
        # then the banner saying in the outcome's colour what is shown: one view chooser row.
        self._row.addWidget(self.banner, 1)
        self._row.addWidget(self.resolve_button)
        self.edit_button.hide()   # Exercise › Branch Points… (Ctrl+Alt+B): the timeline's width goes to the picture
        self._bound = DocumentBound(self, {"changed": self._on_changed, "outcomes_chosen": self.refresh,
                                           "assessed": self._on_assessed})
        self._bound.bind(document)

    def _on_changed(self, report: ChangeReport) -> None:
        # Without branch points no incident, inject or commitment can be on an outcome: only a change
        # of the branch points themselves (made, or brought back by an undo) has anything to show.
        if report.touches(*WATCHED) and (self.points or report.touches("branch_point", "outcome")):
            self.refresh()

    def refresh(self) -> None:
        self.points = branch_points(self.document.file)
        self._on_assessed(self.document.assessment)
        self.branches_read.emit(self.points, incident_outcomes(self.document.file) if self.points else {})
        taken = self.document.snapshot.taken
        key = (tuple(self.points), tuple(sorted(taken.items())))
        if key == self._shown_key:
            return   # an edit of an incident, say: the selectors stay as they are (no flicker, no relayout)
        self._shown_key = key
        for combo in self.combos.values():
            self._row.removeWidget(combo)
            combo.deleteLater()
        self.combos = {}
        self.setVisible(bool(self.points))
        if not self.points:
            return
        rank = outcome_rank(self.points)
        shown = []
        for point in (p for p in self.points if p.id in taken):
            # Outcomes have short names ("rejects", "stalls"): shown whole up to 14 letters, whatever the room.
            combo = FittingCombo(min(14, max((len(o.name) for o in point.outcomes), default=7)), 24, self)
            combo.setObjectName(f"outcomeSelector{point.id}")
            combo.setToolTip(point.question)
            combo.setAccessibleName(point.question)
            for outcome in point.outcomes:
                text = outcome.name if not outcome.played else self.tr("{0} (played)").replace("{0}", outcome.name)
                combo.addItem(swatch(outcome_colour(rank[outcome.id])), text, outcome.id)
                combo.setItemData(combo.count() - 1, f"{point.question}: {text}", Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(taken[point.id])))
            combo.currentIndexChanged.connect(lambda _i, c=combo, p=point.id: self._choose(p, c.currentData()))
            self._row.insertWidget(len(self.combos), combo)
            self.combos[point.id] = combo
            name = next(o.name for o in point.outcomes if o.id == taken[point.id])
            shown.append((point, name, rank[taken[point.id]]))
        if shown:
            names = " + ".join(f"\u201c{name}\u201d" for _p, name, _r in shown)
            texts: tuple[str, ...] = (self.tr("Branch: {0}").replace("{0}", names), names, self.tr("Branch"))
            colour = outcome_colour(shown[-1][2])
        else:
            texts, colour = (self.tr("The trunk only"), self.tr("Trunk")), QColor("#546e7a")
        self.banner.set_texts(*texts)
        self.banner.setToolTip(texts[0] + "\n" + self.tr("Every view shows and judges the trunk and: {0}").replace(
            "{0}", "; ".join(f"{point.question}: {name}" for point, name, _rank in shown) or self.tr("nothing else")))
        palette = self.banner.palette()
        palette.setColor(QPalette.ColorRole.Window, colour)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.banner.setPalette(palette)
        self.banner.setMinimumHeight(self.banner.fontMetrics().height() + 6)

    def detach(self) -> None:
        """Stop following the document (the timeline's offscreen twin for an export)."""
        self._bound.unbind()

    def _on_assessed(self, assessment) -> None:
        """Every tick: a few comparisons over the branch points read at the last change, no query."""
        played = {o.id for p in self.points for o in p.outcomes if o.played}
        reached = [p for p in self.points if p.resolved_at is None and p.at <= assessment.now
                   and (p.outcome_id is None or p.outcome_id in played)]
        if reached == self.reached and self.resolve_button.isHidden() != bool(reached):
            return
        self.reached = reached
        self.resolve_button.setVisible(bool(reached))
        if reached:
            self.resolve_button.setText(self.tr("Resolve Branch Point…"))
            self.resolve_button.setToolTip(self.tr("Play has reached \u201c{0}\u201d: choose the outcome played; its "
                                                   "injects wait until then, the others' are skipped")
                                           .replace("{0}", reached[0].question))

    def _resolve(self) -> None:
        if not self.reached:
            return
        dialog = self._edit()
        if dialog is not None and self.reached[0].outcomes:
            dialog.select("outcome", self.reached[0].outcomes[0].id)

    def _choose(self, branch_point_id: int, outcome_id) -> None:
        if outcome_id is None or self.document.snapshot.taken.get(branch_point_id) == outcome_id:
            return
        self.document.choose_outcomes({branch_point_id: int(outcome_id)})

    def _edit(self):
        actions = getattr(self.window(), "branch_actions", None)
        if actions is not None:
            return actions.show_branch_points()
        from gui.branches.dialog import BranchPointDialog   # a timeline outside the main window (a test)
        dialog = BranchPointDialog(self.document, self.window())
        dialog.show()
        return dialog
