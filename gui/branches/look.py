"""How outcomes are coloured: by their place among their branch point's outcomes, the same everywhere."""
from __future__ import annotations

from PySide6.QtGui import QColor

# Apart from the category colours of the lanes and the red/amber of deadlines.
OUTCOME_COLOURS = (QColor("#6a1b9a"), QColor("#00838f"), QColor("#ef6c00"), QColor("#ad1457"), QColor("#558b2f"))
BRANCH_LINE = QColor("#6a1b9a")


def outcome_colour(rank: int) -> QColor:
    return OUTCOME_COLOURS[rank % len(OUTCOME_COLOURS)]
