"""The report's "Standing Provisions" section: each signatory's pledges and where their milestones stood."""
from __future__ import annotations

from PySide6.QtGui import QColor

from gui.core.i18n import tr
from gui.report.blocks import MUTED, Block, Bullet, Cell, Heading, Table, Text
from model.report_parts import ReportContent

OVERDUE = QColor("#b71c1c")


def provision_blocks(c: ReportContent, heading: Block) -> list[Block]:
    blocks: list[Block] = [heading]
    report = c.provisions
    if report is None:
        return blocks + [Text(tr("No standing provision is recorded in this exercise (View › Standing Provisions)."),
                              9, colour=MUTED)]
    blocks.append(Text(tr("Besides their reactions to incidents, the parties undertook standing provisions: "
                          "strengthening the protected state's armed forces and intelligence cooperation. Below is "
                          "what each signatory pledged, the milestones agreed and where each stood as of {0}. "
                          "{1}.").replace("{0}", c.as_of).replace("{1}", report.summary), 9, space_after=6))
    if report.overdue_texts:
        blocks.append(Heading(tr("Milestones overdue"), 3))
        blocks += [Bullet(text, 8.5, colour=OVERDUE) for text in report.overdue_texts]
    blocks.append(Heading(tr("Pledges"), 3))
    rows: list[list[Cell | str]] = [
        [Cell(p.code, bold=True), p.title + (tr(" (figures assumed)") if p.assumed else ""), p.kind, p.pledged,
         p.delivered] for p in report.provisions]
    blocks.append(Table([tr("Code"), tr("Provision"), tr("Kind"), tr("Pledged"), tr("Delivered so far")], rows,
                        (0.6, 3, 1.8, 1.8, 1.6), size=7.5))
    blocks.append(Heading(tr("Milestones"), 3))
    rows = [[Cell(p.code, bold=True), f"{p.title}: {m.what}", m.due, m.asked or "—", m.delivered,
             Cell(m.status, bold=m.overdue, colour=OVERDUE if m.overdue else None)]
            for p in report.provisions for m in p.milestones]
    if rows:
        blocks.append(Table([tr("Code"), tr("Milestone"), tr("Due"), tr("Due amount"), tr("Delivered"),
                             tr("Status")], rows, (0.6, 3.4, 0.9, 1.5, 1.5, 1.1), size=7.5))
    if any(p.assumed for p in report.provisions):
        blocks.append(Text(tr("Figures marked as assumed are planning assumptions, not published pledges."), 8,
                           colour=MUTED))
    return blocks
