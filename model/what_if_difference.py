"""How a what-if differs from the record: two assessments compared, for one line and a panel.

``difference(record, what_if)`` counts the obligations (reactions and
consultations) met, missed and pending, the parliamentary gates and the
proportionality gaps in each, and finds, per signatory (matched by id, so a
signatory added or removed in the what-if is handled), how much later its worst
consultation is, and per force deployment how much longer its parliament holds
it (a slower approval may change no count: the deployment was already late), and which
standing-provision milestones of the parties bound became overdue or stopped being so.
``difference_line`` says it the way a planner reads it:
"+3 missed, −1 gate, +1 overdue milestone (DE Air defence), DE consultation now 6 h late,
IT deployment waits 114 h longer for parliament".
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.engine import MET, MISSED, PENDING, Assessment
from model.i18n import tr
from model.provision_status import OVERDUE, provision_states

MINUS = "\u2212"


@dataclass(frozen=True)
class Figures:
    met: int
    missed: int
    pending: int
    gates: int
    gate_violations: int
    gaps: int
    # Standing provisions, as the comparison counts them: the milestones of the parties bound at the time
    # judged, and how many of those are overdue.
    milestones_overdue: int = 0
    milestones: int = 0


@dataclass(frozen=True)
class LaterConsultation:
    code: str
    record_late_s: float   # worst lateness in the record (0: never late)
    what_if_late_s: float


@dataclass(frozen=True)
class LaterGate:
    code: str
    commitment_id: int
    delay_s: float         # how much later the deployment may take effect than in the record


@dataclass(frozen=True)
class Difference:
    record: Figures
    what_if: Figures
    later: tuple[LaterConsultation, ...]   # signatories whose worst consultation is later, latest first
    gates_later: tuple[LaterGate, ...] = ()   # deployments a parliament holds longer, longest first
    # Standing-provision milestones ("DE Air defence") overdue in the what-if and not in the record, and back.
    newly_overdue: tuple[str, ...] = ()
    no_longer_overdue: tuple[str, ...] = ()

    def delta(self, name: str) -> int:
        return getattr(self.what_if, name) - getattr(self.record, name)

    @property
    def unchanged(self) -> bool:
        return self.record == self.what_if and not self.later and not self.gates_later \
            and not self.newly_overdue and not self.no_longer_overdue


def figures(a: Assessment, milestones: tuple[dict[int, str], int] | None = None) -> Figures:
    """*milestones*: bound_milestones(a) when the caller has it already."""
    statuses = (a.reaction.status, a.consultation.status)
    overdue, owed = bound_milestones(a) if milestones is None else milestones
    return Figures(met=sum(int(np.count_nonzero(s == MET)) for s in statuses),
                   missed=sum(int(np.count_nonzero(s == MISSED)) for s in statuses),
                   pending=sum(int(np.count_nonzero(s == PENDING)) for s in statuses),
                   gates=int(np.count_nonzero(a.gated)), gate_violations=int(np.count_nonzero(a.gate_violation)),
                   gaps=int(np.count_nonzero(a.gap_mask)), milestones_overdue=len(overdue), milestones=owed)


def worst_consultation_late(a: Assessment) -> dict[int, float]:
    """Signatory id -> its latest consultation's lateness in seconds (0 when never late)."""
    ob = a.consultation
    late = np.where(ob.status == MISSED, ob.margin, 0).astype(float)
    worst = late.max(axis=0) if late.shape[0] else np.zeros(late.shape[1])
    return {int(sig): float(w) for sig, w in zip(a.snapshot.sig_ids.tolist(), worst.tolist())}


def difference(record: Assessment, what_if: Assessment) -> Difference:
    before, after = worst_consultation_late(record), worst_consultation_late(what_if)
    codes = dict(zip(what_if.snapshot.sig_ids.tolist(), what_if.snapshot.sig_codes))
    later = [LaterConsultation(codes[sig], before.get(sig, 0.0), late) for sig, late in after.items()
             if late - before.get(sig, 0.0) >= 3600]   # under an hour is not worth a line
    later.sort(key=lambda c: c.record_late_s - c.what_if_late_s)
    record_milestones, what_if_milestones = bound_milestones(record), bound_milestones(what_if)
    was, now = record_milestones[0], what_if_milestones[0]
    return Difference(figures(record, record_milestones), figures(what_if, what_if_milestones), tuple(later),
                      gates_held_longer(record, what_if),
                      tuple(now[m] for m in sorted(now.keys() - was.keys())),
                      tuple(was[m] for m in sorted(was.keys() - now.keys())))


def overdue_milestones(a: Assessment) -> dict[int, str]:
    """Milestone id -> "DE Air defence" for each overdue at the assessment's time, of the parties it binds
    then (as the comparison counts them: a withdrawn signatory's provisions are owed to nobody)."""
    return bound_milestones(a)[0]


def bound_milestones(a: Assessment) -> tuple[dict[int, str], int]:
    """overdue_milestones(a), and how many milestones the parties bound then have in all."""
    snap = a.snapshot
    if not snap.provisions.milestones:
        return {}, 0
    bound = set(snap.sig_ids[snap.sig_bound <= a.now].tolist())
    codes = dict(zip(snap.sig_ids.tolist(), snap.sig_codes))
    owed = [p for p in provision_states(snap.provisions, a.now) if p.provision.signatory_id in bound]
    overdue = {m.milestone.id: f"{codes.get(p.provision.signatory_id, '')} {p.provision.title}".strip()
               for p in owed for m in p.milestones if m.status == OVERDUE}
    return overdue, sum(len(p.milestones) for p in owed)


def gates_held_longer(record: Assessment, what_if: Assessment) -> tuple[LaterGate, ...]:
    """Gated deployments (matched by commitment id) whose earliest lawful effect is an hour or more later."""
    wanted = what_if.snapshot.com_ids[what_if.gated]
    if not len(wanted):
        return ()
    before = dict(zip(record.snapshot.com_ids.tolist(),
                      np.where(record.gated, record.gate_earliest, record.snapshot.com_announced).tolist()))
    snap = what_if.snapshot
    held = []
    for n in np.flatnonzero(what_if.gated).tolist():
        commitment_id = int(snap.com_ids[n])
        delay = float(what_if.gate_earliest[n]) - float(before.get(commitment_id, what_if.gate_earliest[n]))
        if delay >= 3600:
            held.append(LaterGate(snap.sig_codes[int(snap.com_sig[n])], commitment_id, delay))
    held.sort(key=lambda g: -g.delay_s)
    return tuple(held)


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else f"{MINUS}{-n}"


def difference_parts(d: Difference) -> list[str]:
    """Each change as a phrase, in the order a planner looks: missed, met, gates, gaps, then who is later."""
    parts = []
    for name, one, many in (("missed", tr("{0} missed"), tr("{0} missed")), ("met", tr("{0} met"), tr("{0} met")),
                            ("gates", tr("{0} gate"), tr("{0} gates")),
                            ("gate_violations", tr("{0} gate broken"), tr("{0} gates broken")),
                            ("gaps", tr("{0} gap"), tr("{0} gaps"))):
        n = d.delta(name)
        if n:
            parts.append((one if abs(n) == 1 else many).replace("{0}", signed(n)))
    for names, sign in ((d.newly_overdue, 1), (d.no_longer_overdue, -1)):
        if names:
            text = tr("{0} overdue milestone ({1})") if len(names) == 1 else tr("{0} overdue milestones ({1})")
            parts.append(text.replace("{0}", signed(sign * len(names))).replace("{1}", ", ".join(dict.fromkeys(names))))
    for c in d.later:
        hours = round(c.what_if_late_s / 3600)
        if c.record_late_s <= 0:
            parts.append(tr("{0} consultation now {1} h late").format(c.code, hours))
        else:
            parts.append(tr("{0} consultation {1} h later").format(
                c.code, round((c.what_if_late_s - c.record_late_s) / 3600)))
    # Deployments of one signatory held equally longer (one slower parliament, several deployments) are one phrase.
    held: dict[tuple[str, int], int] = {}
    for g in d.gates_later:
        key = (g.code, round(g.delay_s / 3600))
        held[key] = held.get(key, 0) + 1
    for (code, hours), count in held.items():
        if count == 1:
            parts.append(tr("{0} deployment waits {1} h longer for parliament").format(code, hours))
        else:
            parts.append(tr("{0} {1} deployments wait {2} h longer for parliament").format(count, code, hours))
    return parts


def difference_line(d: Difference, *, most: int = 4) -> str:
    """One line: the first *most* phrases, then how many more; "no difference from the record" if none."""
    parts = difference_parts(d)
    if not parts:
        return tr("no difference from the record")
    shown = parts[:most]
    if len(parts) > most:
        shown.append(tr("{0} more").format(len(parts) - most))
    return ", ".join(shown)
