"""The after-action report's "Standing Provisions": each signatory's pledges, their milestones and where each
stood at the time the report judges, in words a ministry circulates."""
from __future__ import annotations

from dataclasses import dataclass

from model.engine import Assessment
from model.i18n import tr
from model.provision_findings import provision_findings
from model.provision_status import (
    DELIVERED, DUE_SOON, ON_SCHEDULE, OVERDUE, amount_text, kind_name, provision_states, status_name,
)
from model.timeutil import format_relative_epoch


@dataclass(frozen=True)
class MilestoneLine:
    what: str
    due: str                      # "D+1 12:00"
    asked: str                    # "500 missiles", "" when it names no figure
    delivered: str
    status: str                   # in words: "overdue", "delivered (late)"
    overdue: bool


@dataclass(frozen=True)
class ProvisionLine:
    code: str
    signatory: str
    title: str
    kind: str
    pledged: str
    delivered: str
    assumed: bool
    notes: str
    milestones: tuple[MilestoneLine, ...]


@dataclass(frozen=True)
class ProvisionsReport:
    provisions: tuple[ProvisionLine, ...]
    counts: dict[str, int]        # milestones by status (DELIVERED, ON_SCHEDULE, DUE_SOON, OVERDUE)
    overdue_texts: tuple[str, ...]

    @property
    def summary(self) -> str:
        c = self.counts
        return tr("{0} milestones: {1} delivered, {2} on schedule, {3} due soon, {4} overdue").format(
            sum(c.values()), c[DELIVERED], c[ON_SCHEDULE], c[DUE_SOON], c[OVERDUE])


def provisions_report(a: Assessment) -> ProvisionsReport | None:
    """None when the exercise records no standing provision."""
    snap = a.snapshot
    if not snap.provisions.provisions:
        return None
    who = {int(i): (c, n) for i, c, n in zip(snap.sig_ids.tolist(), snap.sig_codes, snap.sig_names)}
    counts = dict.fromkeys((DELIVERED, ON_SCHEDULE, DUE_SOON, OVERDUE), 0)
    lines = []
    for state in sorted(provision_states(snap.provisions, a.now),
                        key=lambda s: (who.get(s.provision.signatory_id, ("", ""))[0], s.provision.id)):
        p = state.provision
        code, name = who.get(p.signatory_id, (str(p.signatory_id), ""))
        milestones = []
        for m in state.milestones:
            counts[m.status] += 1
            asked = amount_text(m.milestone.quantity, p.unit, m.milestone.value, p.currency)
            if m.milestone.quantity is not None:
                delivered = amount_text(m.quantity, p.unit)
            elif m.milestone.value is not None:
                delivered = amount_text(None, "", m.value, p.currency)
            else:
                delivered = tr("yes") if m.status == DELIVERED else tr("not yet")
            status = status_name(m.status) + (tr(" (late)") if m.late else "")
            milestones.append(MilestoneLine(m.milestone.what, format_relative_epoch(m.milestone.due, snap.startex),
                                            asked, delivered, status, m.status == OVERDUE))
        lines.append(ProvisionLine(
            code, name, p.title, kind_name(p.kind), amount_text(p.quantity, p.unit, p.value, p.currency) or "—",
            amount_text(state.quantity if p.quantity is not None else None, p.unit,
                        state.value if p.value is not None else None, p.currency) or "—",
            p.assumed, p.notes, tuple(milestones)))
    return ProvisionsReport(tuple(lines), counts, tuple(f.text for f in provision_findings(a, limit=0)))
