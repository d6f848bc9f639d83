"""The incident's branch actions (timeline context menu): put it on an outcome, or copy it to another."""
from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget

from gui.branches.bar import swatch
from gui.branches.commands import AssignOutcomeCommand, CopyIncidentCommand
from gui.branches.look import outcome_colour
from gui.core.i18n import tr
from model.branching import BranchPointRow, incident_outcomes, outcome_rank


def outcome_targets(points: list[BranchPointRow]) -> list[tuple[int | None, str]]:
    """(outcome id, label) for the trunk and every outcome, in branch point order."""
    return [(None, tr("The trunk")), *((o.id, f"{p.question}: {o.name}") for p in points for o in p.outcomes)]


def copy_command(document, incident_id: int, outcome_id: int | None, label: str) -> CopyIncidentCommand:
    return CopyIncidentCommand(document, tr("Copy incident #{0} to {1}").replace("{0}", str(incident_id))
                               .replace("{1}", label), incident_id=incident_id, outcome_id=outcome_id)


def assign_command(document, incident_id: int, outcome_id: int | None, label: str) -> AssignOutcomeCommand:
    return AssignOutcomeCommand(document, tr("Put incident #{0} on {1}").replace("{0}", str(incident_id))
                                .replace("{1}", label), kind="incident", key=incident_id, outcome_id=outcome_id)


def incident_menu(document, incident_id: int, points: list[BranchPointRow], parent: QWidget) -> QMenu | None:
    """None when the exercise has no branch point (nothing to offer)."""
    if not points:
        return None
    current = incident_outcomes(document.file).get(incident_id)
    rank = outcome_rank(points)
    menu = QMenu(parent)
    menu.setObjectName("incidentBranchMenu")
    copy_to = menu.addMenu(tr("Copy to Outcome"))
    put_on = menu.addMenu(tr("Put on Outcome"))
    for outcome_id, label in outcome_targets(points):
        if outcome_id == current:
            continue
        for submenu, make in ((copy_to, copy_command), (put_on, assign_command)):
            action = submenu.addAction(label)
            if outcome_id is not None:
                action.setIcon(swatch(outcome_colour(rank[outcome_id])))
            action.triggered.connect(lambda _checked=False, o=outcome_id, text=label, m=make:
                                     document.execute(m(document, incident_id, o, text)))
    return menu
