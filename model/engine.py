"""The treaty engine: (exercise snapshot, scenario time) -> assessment.

A pure function. Everything is judged as of the scenario time given: an
incident that has not happened yet owes nothing, a commitment announced
later has not been made yet. Exactly at a deadline counts as met.

What is owed follows the treaty option judged (its kind, parties and
coordination arrangement, schema 4): only a party bound before an incident
owes anything for it; under bilateral agreements alone each partner owes the
protected state a consultation within the first tier and nothing collective
(no reaction deadline, no proportional categories); under a stationed force a
party's parliament voted the deployment before the force existed, so its
military measures after it is bound wait for no further vote, and an attack
on the force is an immediate trigger (the first consultation tier).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from model.catalogue import category_mask, coordination_facts
from model.engine_rows import MISSING, reusable_rows
from model.snapshot import NO_TIME, WITHDRAWN, ExerciseSnapshot

# Obligation statuses, per (incident, signatory).
NOT_DUE = 0      # the incident lies in the future
NOT_OBLIGED = 1  # the signatory's agreement was signed after the incident
PENDING = 2
MET = 3
MISSED = 4
STATUS_NAMES = ("not due", "not obliged", "pending", "met", "missed")
MILITARY_MASK = category_mask(["military"])
ATTACK_ON_FORCES = "attack_on_forces"   # the catalogue's incident type


@dataclass(frozen=True)
class Obligations:
    """One kind of deadline (reaction or consultation) for every incident and signatory."""

    deadline: np.ndarray   # (n_inc,) epoch seconds
    status: np.ndarray     # (n_inc, n_sig) int8, one of the constants above
    # (n_inc, n_sig) seconds: MET -> how early (>= 0); MISSED -> how late (> 0);
    # PENDING -> time left (>= 0); otherwise 0.
    margin: np.ndarray
    done_at: np.ndarray    # (n_inc, n_sig) when it was done, NO_TIME if not (yet)

    def count(self, status: int) -> np.ndarray:
        """Per incident, how many signatories are in *status*."""
        return np.count_nonzero(self.status == status, axis=1)


@dataclass(frozen=True)
class Assessment:
    snapshot: ExerciseSnapshot
    now: float
    occurred: np.ndarray        # (n_inc,) bool
    tier_hours: np.ndarray      # (n_inc,) consultation tier chosen from severity
    reaction: Obligations
    consultation: Obligations
    expected_mask: np.ndarray   # (n_inc,) categories expected (in the treaty's scope)
    committed_mask: np.ndarray  # (n_inc,) categories committed as of now (withdrawn excluded)
    gap_mask: np.ndarray        # (n_inc,) expected but nobody committed; 0 for future incidents
    gated: np.ndarray           # (n_com,) bool: subject to a parliamentary gate (withdrawn: if effective before)
    gate_earliest: np.ndarray   # (n_com,) earliest lawful effective time
    gate_violation: np.ndarray  # (n_com,) bool: effective before its gate opens
    # Coordination (schema 4): a party's military commitments take effect through the arrangement, not
    # before announcement + its lead time; the others are coordinated as soon as announced.
    coordination_lead_s: int
    coordinated_from: np.ndarray    # (n_com,) earliest coordinated effect
    coordination_early: np.ndarray  # (n_com,) bool: effective before it can be coordinated
    # (reaction, consultation) judgements of done or unobliged cells, kept for the next tick (see Settled).
    settled: tuple[Settled, Settled] | None = field(default=None, compare=False, repr=False)

    @property
    def reaction_deadline(self) -> np.ndarray:
        return self.reaction.deadline

    @property
    def consultation_deadline(self) -> np.ndarray:
        return self.consultation.deadline


def _judge(deadline: np.ndarray, done_at: np.ndarray, now: float, obliged: np.ndarray) -> Obligations:
    """Judge rows of incidents that have occurred (the others owe nothing yet: see _judge_rows)."""
    deadline_col = deadline[:, None]
    done = done_at <= now
    # Time arithmetic in float: 'now' may carry a fraction of a second while the clock runs.
    # ahead: deadline minus when it was done, or (not done yet) minus now; below zero exactly when
    # missed (done late, or overdue). One array pass each, as the clock ticks it on every cell.
    ahead = deadline_col - np.where(done, done_at, now)
    status = np.where(ahead < 0, np.int8(MISSED), np.where(done, np.int8(MET), np.int8(PENDING)))
    np.copyto(status, np.int8(NOT_OBLIGED), where=~obliged)
    # MET: how early; MISSED: how late; PENDING: time left (the magnitude of ahead); otherwise 0.
    margin = np.where(status >= PENDING, np.abs(ahead), 0.0)
    return Obligations(deadline=deadline, status=status, margin=margin,
                       done_at=np.where(done, done_at, NO_TIME))


def _judge_rows(deadline: np.ndarray, done_at: np.ndarray, now: float, occurred: np.ndarray,
                obliged: Callable[[np.ndarray | slice], np.ndarray]) -> Obligations:
    """Every row: an incident still to come is not due for anyone whatever its deadlines, so only
    the rows of those that occurred are judged (on a clock tick in the middle of an exercise, half
    of them; the occurred ones are usually the first rows, as the snapshot keeps incidents in time order)."""
    count = int(np.count_nonzero(occurred))
    if count == len(deadline):
        return _judge(deadline, done_at, now, obliged(slice(None)))
    status = np.full(done_at.shape, np.int8(NOT_DUE))
    margin = np.zeros(done_at.shape)
    done = np.where(done_at <= now, done_at, NO_TIME)
    if count:
        rows: np.ndarray | slice = slice(0, count) if occurred[:count].all() else np.flatnonzero(occurred)
        part = _judge(deadline[rows], done_at[rows], now, obliged(rows))
        status[rows], margin[rows], done[rows] = part.status, part.margin, part.done_at
    return Obligations(deadline=deadline, status=status, margin=margin, done_at=done)


@dataclass(frozen=True)
class Settled:
    """A cell done (or not obliged) reads the same at every scenario time: its status and margin, judged
    once per snapshot, are copied on each clock tick; only the cells still open are judged from the
    clock, and those need their row's deadline alone. One pass per array over the occurred rows, not
    the dozen float passes of judging every cell from scratch (a tick at 50,000 incidents: 1.5 M cells)."""

    status: np.ndarray       # (n_inc, n_sig) int8: NOT_OBLIGED, or MET / MISSED as done
    margin: np.ndarray       # (n_inc, n_sig) float: how early or late it was done; 0 if not obliged
    not_obliged: np.ndarray  # (n_inc, n_sig) bool


def _settle(deadline: np.ndarray, done_at: np.ndarray, obliged: np.ndarray) -> Settled:
    ahead = deadline[:, None] - done_at     # whole seconds: exact, as in float (epoch times < 2**53)
    status = np.where(ahead < 0, np.int8(MISSED), np.int8(MET))
    not_obliged = ~obliged
    np.copyto(status, np.int8(NOT_OBLIGED), where=not_obliged)
    margin = np.abs(ahead).astype(np.float64)
    np.copyto(margin, 0.0, where=not_obliged)
    return Settled(status=status, margin=margin, not_obliged=not_obliged)


def _judge_settled(deadline: np.ndarray, done_at: np.ndarray, now: float, occurred: np.ndarray,
                   settled: Settled) -> Obligations:
    """_judge_rows, the done and unobliged cells copied from *settled*: the same result."""
    count = int(np.count_nonzero(occurred))
    rows: np.ndarray | slice = slice(0, count) if occurred[:count].all() else np.flatnonzero(occurred)
    done = done_at <= now
    status = np.full(done_at.shape, np.int8(NOT_DUE))
    margin = np.zeros(done_at.shape)
    if count:
        fixed = done[rows] | settled.not_obliged[rows]
        ahead = deadline[rows] - now            # a cell still open: its row's deadline against the clock
        open_status = np.where(ahead < 0, np.int8(MISSED), np.int8(PENDING))[:, None]
        status[rows] = np.where(fixed, settled.status[rows], open_status)
        margin[rows] = np.where(fixed, settled.margin[rows], np.abs(ahead)[:, None])
    return Obligations(deadline=deadline, status=status, margin=margin, done_at=np.where(done, done_at, NO_TIME))


def _judged(earlier: Obligations | None, rows: np.ndarray | None, deadline: np.ndarray, done_at: np.ndarray,
            now: float, occurred: np.ndarray, obliged: Callable[[np.ndarray | slice], np.ndarray]) -> Obligations:
    """_judge_rows, copying the rows *rows* says an earlier judgement already holds (model/engine_rows.py);
    *obliged* gives the obligation mask of the incident rows asked for (only the fresh ones are)."""
    if earlier is None or rows is None or not len(earlier.deadline):
        return _judge_rows(deadline, done_at, now, occurred, obliged)
    taken = rows.clip(0)
    # np.take copies whole rows; fancy indexing of these (n_inc, n_sig) arrays is several times slower.
    status, margin, done = (np.take(m, taken, axis=0) for m in (earlier.status, earlier.margin, earlier.done_at))
    fresh = np.flatnonzero(rows == MISSING)
    if len(fresh):
        part = _judge_rows(deadline[fresh], done_at[fresh], now, occurred[fresh],
                           lambda within: obliged(fresh[within]))
        status[fresh], margin[fresh], done[fresh] = part.status, part.margin, part.done_at
    return Obligations(deadline=deadline, status=status, margin=margin, done_at=done)


def assess(snapshot: ExerciseSnapshot, now: float, *, like: Assessment | None = None) -> Assessment:
    """Judge every obligation of *snapshot* as of scenario time *now* (epoch seconds).

    *like*, an assessment of an earlier state of the same exercise, lends the obligation rows of
    the incidents an edit left alone (the same result, judged only where it changed).
    """
    rows = reusable_rows(like, snapshot, now)
    terms = snapshot.terms
    bilateral = terms.kind == "bilateral"
    inc_time = snapshot.inc_time
    occurred = inc_time <= now
    tier = terms.severity_tier[snapshot.inc_severity]
    if bilateral:   # "within 24 hours of an armed attack", whatever its severity
        tier = np.zeros_like(tier)
    elif terms.kind == "stationed_force" and ATTACK_ON_FORCES in snapshot.type_codes:
        # An attack on the stationed force is an immediate trigger: the first tier, whatever its severity.
        tier = np.where(snapshot.inc_type == snapshot.type_codes.index(ATTACK_ON_FORCES), 0, tier)
    tier_seconds = terms.tiers_s[tier] if len(inc_time) else np.zeros(0, dtype=np.int64)

    def obliged(incidents: np.ndarray | slice) -> np.ndarray:
        return snapshot.sig_bound[None, :] <= inc_time[incidents, None]

    def reaction_obliged(incidents: np.ndarray | slice) -> np.ndarray:
        return np.zeros_like(obliged(incidents)) if bilateral else obliged(incidents)

    reaction_deadline, consultation_deadline = inc_time + terms.reaction_s, inc_time + tier_seconds
    settled = None
    if rows is None and like is not None and like.snapshot is snapshot and len(inc_time):
        # A clock tick: the same exercise at another time. Judged once, the done cells are copied.
        settled = like.settled or (_settle(reaction_deadline, snapshot.reaction_time, reaction_obliged(slice(None))),
                                   _settle(consultation_deadline, snapshot.consultation_time, obliged(slice(None))))
        reaction = _judge_settled(reaction_deadline, snapshot.reaction_time, now, occurred, settled[0])
        consultation = _judge_settled(consultation_deadline, snapshot.consultation_time, now, occurred, settled[1])
    else:
        if like is not None and like.snapshot is snapshot:
            settled = like.settled   # still true of this exercise: kept for the next tick
        reaction = _judged(like.reaction if like else None, rows, reaction_deadline,
                           snapshot.reaction_time, now, occurred, reaction_obliged)
        consultation = _judged(like.consultation if like else None, rows, consultation_deadline,
                               snapshot.consultation_time, now, occurred, obliged)

    expected = terms.expected[snapshot.inc_type, snapshot.inc_severity] & terms.scope_mask \
        if len(inc_time) and not bilateral else np.zeros(len(inc_time), dtype=np.int64)
    committed = np.zeros(len(inc_time), dtype=np.int64)
    live = (snapshot.com_status != WITHDRAWN) & (snapshot.com_announced <= now)
    if live.any():
        np.bitwise_or.at(committed, snapshot.com_inc[live], np.left_shift(1, snapshot.com_cat[live]))
    gaps = np.where(occurred, expected & ~committed, 0)

    # A withdrawn deployment that had become effective before its withdrawal still went through
    # (or around) parliament: its gate is judged on what was effective until then.
    effective_while_standing = ((snapshot.com_status != WITHDRAWN)
                                | ((snapshot.com_effective != NO_TIME)
                                   & (snapshot.com_effective < snapshot.com_withdrawn)))
    gated = snapshot.com_deploys & snapshot.sig_approval[snapshot.com_sig] & effective_while_standing
    if terms.kind == "stationed_force" and len(snapshot.com_ids):
        gated &= ~(snapshot.sig_bound[snapshot.com_sig] <= inc_time[snapshot.com_inc])
    earliest = snapshot.com_announced + np.where(gated, snapshot.sig_lead_s[snapshot.com_sig], 0)
    violation = gated & (snapshot.com_effective != NO_TIME) & (snapshot.com_effective < earliest)

    lead_s = int(coordination_facts(terms.coordination).lead_hours) * 3600
    # Only a party's measures go through the option's arrangement; anyone else acts nationally.
    military = ((np.left_shift(1, snapshot.com_cat) & MILITARY_MASK) != 0) \
        & (snapshot.sig_bound[snapshot.com_sig] <= inc_time[snapshot.com_inc])
    coordinated = snapshot.com_announced + np.where(military, lead_s, 0)
    early = military & (snapshot.com_status != WITHDRAWN) & (snapshot.com_effective != NO_TIME) \
        & (snapshot.com_effective < coordinated)

    return Assessment(snapshot=snapshot, now=float(now), occurred=occurred,
                      tier_hours=tier_seconds // 3600, reaction=reaction, consultation=consultation,
                      expected_mask=expected, committed_mask=committed, gap_mask=gaps,
                      gated=gated, gate_earliest=earliest, gate_violation=violation,
                      coordination_lead_s=lead_s, coordinated_from=coordinated, coordination_early=early,
                      settled=settled)
