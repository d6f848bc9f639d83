"""Overdue milestones of the standing provisions, as findings like the others.

Judged at the assessment's time from the snapshot's provisions
(model/provision_status.py). The wording names the milestone's due time, never
how long ago that was, so a clock tick rewords nothing: a milestone's finding is
made once and kept by the memo for as long as what it reads stays the same.
"""
from __future__ import annotations

from model.engine import Assessment
from model.finding_memo import FindingMemo
from model.findings import PROVISION_KIND, WARNING, Finding, _summary
from model.i18n import tr
from model.provision_status import OVERDUE, MilestoneState, amount_text, number_text, provision_states
from model.timeutil import format_relative_epoch


def _text(state: MilestoneState, who: str, startex: int) -> str:
    """``GB Air-defence missiles: “First batch” overdue since D+1 12:00; 300 of 500 missiles delivered``."""
    milestone, provision = state.milestone, state.provision
    if milestone.quantity is not None:
        delivered = tr("{0} of {1} delivered").format(number_text(state.quantity),
                                                     amount_text(milestone.quantity, provision.unit))
    elif milestone.value is not None:
        delivered = tr("{0} of {1} delivered").format(number_text(state.value),
                                                     amount_text(None, "", milestone.value, provision.currency))
    else:
        delivered = tr("nothing delivered against it")
    text = tr("{who} {title}: \u201c{what}\u201d overdue since {due}; {delivered}").format(
        who=who, title=provision.title, what=milestone.what, due=format_relative_epoch(milestone.due, startex),
        delivered=delivered)
    return text + tr(" (figures assumed)") if provision.assumed else text


def provision_findings(a: Assessment, limit: int = 100, memo: FindingMemo | None = None) -> list[Finding]:
    """One finding per milestone overdue at the assessment's time, the latest due first kept up to *limit*."""
    snap = a.snapshot
    if not snap.provisions.milestones:
        return []
    codes = dict(zip(snap.sig_ids.tolist(), snap.sig_codes))
    overdue = [m for p in provision_states(snap.provisions, a.now) for m in p.milestones if m.status == OVERDUE]
    overdue.sort(key=lambda m: (m.milestone.due, m.milestone.id))
    kept = overdue[-limit:] if limit > 0 else overdue

    def make(state: MilestoneState) -> Finding:
        sig = state.provision.signatory_id
        return Finding(PROVISION_KIND, WARNING, None, sig, None,
                       _text(state, codes.get(sig, str(sig)), snap.startex),
                       detail=f"milestone {state.milestone.id}", signatory_ids=(sig,))

    if memo is None:
        rows = [make(m) for m in kept]
    else:
        memo.begin((snap.startex, snap.sig_codes))
        rows = memo.findings([(m.milestone, m.provision, m.quantity, m.value, codes.get(m.provision.signatory_id))
                              for m in kept], lambda j: make(kept[j]))
    if len(overdue) > len(kept):
        left_out = len(overdue) - len(kept)
        rows.append(_summary(PROVISION_KIND, WARNING, left_out,
                             tr("… and {0} more overdue provision milestones (due earlier)").format(left_out)))
    return rows
