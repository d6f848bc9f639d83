"""Asking for a branch point's resolution at once: an inject that asks for it was delivered.

The choice is the Branch Points dialog's (the main window's one, else one of its own), with the
point's first outcome selected, so resolving is the usual logged, undoable ResolveBranchPointCommand.
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from model.branching import BranchPointRow, branch_points


def asked_unresolved(document, asked_ids) -> BranchPointRow | None:
    """The first branch point among *asked_ids* (in their order) still unresolved, if any."""
    wanted = [i for i in asked_ids if i is not None]
    if not wanted:
        return None
    points = {p.id: p for p in branch_points(document.file)}
    return next((points[i] for i in wanted if i in points and points[i].resolved_at is None
                 and points[i].outcomes), None)


def ask_resolution(anchor: QWidget, document, point: BranchPointRow):
    """Show the resolution choice for *point*; returns the dialog."""
    actions = getattr(anchor.window(), "branch_actions", None)
    dialog = actions.show_branch_points() if actions is not None else None
    if dialog is None:
        from gui.branches.dialog import BranchPointDialog   # loads on first use, not at start-up
        dialog = BranchPointDialog(document, anchor.window())
        dialog.show()
    from gui.branches.dialog import OUTCOME
    dialog.refresh()   # the delivery that asks may have come in the same event as the dialog's creation
    dialog.select(OUTCOME, point.outcomes[0].id)
    return dialog
