"""The report's branches (in section 3): what was played at each branch point, and for contrast what each
other outcome would have demanded, as the engine judged it on the same record."""
from __future__ import annotations

from PySide6.QtGui import QColor

from gui.core.i18n import tr
from gui.report.blocks import MUTED, Block, Bullet, Cell, Heading, Table, Text
from model.report_parts import ReportContent


def branch_blocks(c: ReportContent) -> list[Block]:
    if not c.branches:
        return []
    blocks: list[Block] = [Heading(tr("Branches: what was played, and what the other answers would have demanded"), 2),
                           Text(tr("The incidents below are those of the trunk and of the outcome played (or, where "
                                   "a branch point was not resolved in play, of the outcome the planners showed). "
                                   "For contrast, each other outcome is judged on the same record: its own "
                                   "incidents and the reaction and consultation deadlines they would have set."),
                                8.5, colour=MUTED, space_after=6)]
    for branch in c.branches:
        blocks.append(Heading(f"{branch.question} — {branch.at}", 3))
        blocks.append(Text(branch.resolution, 9, bold=True, space_after=4))
        rows: list[list[Cell | str]] = []
        for outcome in branch.outcomes:
            label = outcome.name + (tr(" (played)") if outcome.played else tr(" (shown)") if outcome.shown else "")
            met, missed, pending = outcome.deadlines
            deadlines = (tr("{0} met / {1} missed / {2} pending").replace("{0}", str(met))
                         .replace("{1}", str(missed)).replace("{2}", str(pending))) if outcome.incidents else "—"
            rows.append([Cell(label, bold=True, colour=None if outcome.shown else MUTED),
                         "\n".join(outcome.incidents) or tr("no incident of its own"), deadlines,
                         ", ".join(outcome.expected) or "—", "\n".join(outcome.injects) or "—"])
        blocks.append(Table([tr("Outcome"), tr("Its incidents"), tr("Deadlines they set"), tr("Responses expected"),
                             tr("Its injects")], rows, (1.1, 2.6, 1.5, 1.6, 2.6), size=7.5))
    blocks += [Bullet(tr("An outcome not played demanded nothing of the delegations: its figures show what it "
                         "would have demanded, not what was missed."), 8, colour=QColor("#1f2a30"))]
    return blocks
