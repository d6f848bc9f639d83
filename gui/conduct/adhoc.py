"""An ad-hoc inject (added during play) on the branch outcome the facilitator chose, delivered now or later.

The inject is put on its outcome before it is delivered, so the incident its delivery creates belongs
there too (model/services/injects.py gives an incident its inject's outcome): create, move, deliver,
as one undo step.
"""
from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtGui import QUndoCommand

from gui.branches.commands import with_outcome
from gui.core.commands import CreateCommand, ServiceCommand
from gui.core.delivery import PlayMacro, adhoc_command, fire_now_command
from gui.core.i18n import tr


def played_outcome(points) -> int | None:
    """The outcome being played: that of the latest branch point resolved (None: the trunk)."""
    resolved = [p for p in points if p.played is not None]
    return max(resolved, key=lambda p: (p.at, p.id)).played.id if resolved else None


def adhoc_on_outcome(document, values: dict, *, deliver_at: datetime | None, points) -> QUndoCommand:
    values = dict(values)
    outcome_id = values.pop("outcome_id", None)
    if outcome_id is None:      # the trunk: as it always was
        return adhoc_command(document, values, deliver_at=deliver_at)
    create = cast(CreateCommand, adhoc_command(document, values, deliver_at=None))   # not delivered: the create alone
    placed = with_outcome(document, create, kind="inject", key=None, outcome_id=outcome_id, before=None,
                          points=points)
    if deliver_at is None:
        return cast(QUndoCommand, placed)
    number = values.get("number") or ""
    fire = fire_now_command(document, lambda: cast(int, create.created_id), number, deliver_at)
    return PlayMacro(document, tr("Add and deliver ad-hoc inject {0}").format(number).rstrip(),
                     [cast(ServiceCommand, placed), fire])
