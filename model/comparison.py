"""Treaty options side by side: the engine run once per option on the same record.

``compare(snapshot, options, now)`` is pure: the same incidents, attendances
and commitments judged under each option's kind, parties, tiers, categories
and coordination arrangement, reduced to the figures a planner compares
(obligations met / missed / pending, latencies, gaps, gates, time to the first
effective measure per category, approvals needed, parties bound, the
adversary's view). ``compare_options(doc, ids, at)`` reads the exercise first.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from model.catalogue import coordination_facts
from model.comparison_tally import RECOUNT_MOST_ROWS, Tally, tally
from model.engine import Assessment, assess
from model.provision_status import DUE_SOON, OVERDUE, provision_states
from model.snapshot import NO_TIME, WITHDRAWN, ExerciseSnapshot, TermsSnapshot, load_options, load_snapshot, terms_ids
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES


@dataclass(frozen=True)
class OptionResult:
    terms_id: int
    name: str
    kind: str
    coordination: str
    coordinator: str
    coordination_lead_h: int
    lead_time_assumed: bool
    adversary: str              # acceptable | rejected | unavailable | unknown
    adversary_assumed: bool
    reaction: Tally
    consultation: Tally
    gap_incidents: int          # occurred incidents lacking an expected category
    gap_categories: int         # expected categories nobody committed, over all incidents
    gated: int                  # commitments that need parliament's approval first
    gate_violations: int
    approvals_needed: tuple[str, ...]   # signatories whose parliament must approve a measure
    first_effective_s: np.ndarray   # (n_inc, n_categories) incident -> first effective measure, NaN: none
    parties_bound: np.ndarray       # (n_inc,) parties bound when each incident happened
    assessment: Assessment
    # Standing provisions of the signatories the option binds at the time judged: their milestones
    # and how many of those are overdue (a provision binds nobody the option does not).
    provision_milestones: int = 0
    provision_overdue: int = 0
    provision_due_soon: int = 0     # at risk: due within a day and not yet delivered

    @property
    def met(self) -> int:
        return self.reaction.met + self.consultation.met

    @property
    def missed(self) -> int:
        return self.reaction.missed + self.consultation.missed

    @property
    def pending(self) -> int:
        return self.reaction.pending + self.consultation.pending

    def median_first_effective_s(self) -> tuple[float | None, ...]:
        """Per category, the median over incidents that got a measure of it (None: none did)."""
        return self._first_effective_medians

    @functools.cached_property
    def _first_effective_medians(self) -> tuple[float | None, ...]:
        # Once per result: a view asks for it per cell and per repaint, during a drag too.
        return _column_medians(self.first_effective_s)


def _column_medians(values: np.ndarray) -> tuple[float | None, ...]:
    """Per column of *values*, the median of the numbers in it (NaN left out; None: none), as np.median
    gives it, in one sort for every column (NaN sorts last) rather than a masked median per column."""
    if not len(values):
        return (None,) * values.shape[1]
    ordered = np.sort(values, axis=0)
    counts = np.count_nonzero(~np.isnan(values), axis=0)
    columns = np.arange(values.shape[1])
    low = ordered[(counts - 1).clip(0) // 2, columns]
    high = ordered[(counts // 2).clip(0, len(values) - 1), columns]
    medians = (low + high) / 2
    return tuple(float(m) if n else None for m, n in zip(medians.tolist(), counts.tolist()))


def _first_effective(a: Assessment) -> np.ndarray:
    """Incident x category: seconds from the incident to its first measure in effect (lawfully, coordinated).

    A delivered measure without an effective time (a statement, a démarche) took effect when announced.
    """
    snap = a.snapshot
    first = np.full((snap.incident_count, len(CATEGORIES)), NO_TIME, dtype=np.int64)
    delivered = snap.com_status == COMMITMENT_STATUSES.index("delivered")
    effective = np.where((snap.com_effective == NO_TIME) & delivered, snap.com_announced, snap.com_effective)
    live = (snap.com_status != WITHDRAWN) & (effective != NO_TIME)
    if live.any():
        # Effective no earlier than parliament allows and the arrangement coordinates.
        effective = np.maximum(np.maximum(effective, np.where(a.gated, a.gate_earliest, 0)), a.coordinated_from)
        np.minimum.at(first, (snap.com_inc[live], snap.com_cat[live]), effective[live])
    return np.where(first == NO_TIME, np.nan, first - snap.inc_time[:, None]).astype(np.float64)


def judge_option(snapshot: ExerciseSnapshot, terms: TermsSnapshot, now: float,
                 assessment: Assessment | None = None, like: Assessment | None = None,
                 earlier: OptionResult | None = None) -> OptionResult:
    """The record *snapshot* judged under *terms* as of *now* (epoch s).

    *assessment*: the engine's result for exactly that record, terms and time when the
    caller has it already (a view following a drag preview): it is not computed twice.
    *like*: an earlier judgement under the same terms (the last drag step's): the engine takes
    over the rows it holds (model/engine_rows.py), so a drag step judges the moved incident alone.
    *earlier*: the last drag step's result under the same terms, whose counts are taken over where
    the arrays they were counted from are unchanged (the figures are the same as counted afresh);
    its assessment is *like* unless one is given.
    """
    if like is None and earlier is not None:
        like = earlier.assessment
    snap = snapshot if snapshot.terms is terms else snapshot.with_terms(terms)
    reusable = assessment is not None and assessment.snapshot is snap and assessment.now == now
    a = assessment if assessment is not None and reusable else assess(snap, now, like=like)
    facts = coordination_facts(terms.coordination)
    approvals = sorted({snap.sig_codes[s] for s in snap.com_sig[a.gated].tolist()})
    gaps = a.gap_mask[a.occurred]
    return OptionResult(
        terms_id=terms.id, name=terms.name, kind=terms.kind, coordination=terms.coordination,
        coordinator=facts.coordinator, coordination_lead_h=facts.lead_hours,
        lead_time_assumed=facts.lead_time_assumed, adversary=facts.adversary,
        adversary_assumed=facts.adversary_assumed,
        reaction=tally(a.reaction, snap.inc_time, earlier.reaction if earlier is not None else None),
        consultation=tally(a.consultation, snap.inc_time, earlier.consultation if earlier is not None else None),
        gap_incidents=int(np.count_nonzero(gaps)),
        gap_categories=int(np.unpackbits(gaps.astype(np.uint8)).sum()),   # five categories: one byte
        gated=int(np.count_nonzero(a.gated)), gate_violations=int(np.count_nonzero(a.gate_violation)),
        approvals_needed=tuple(approvals), first_effective_s=_first_effective(a),
        parties_bound=_parties_bound(snap, earlier), assessment=a, **_provisions(snap, now, earlier))


def _same_parties(a: ExerciseSnapshot, b: ExerciseSnapshot) -> bool:
    return (a.sig_bound is b.sig_bound or np.array_equal(a.sig_bound, b.sig_bound)) \
        and (a.sig_ids is b.sig_ids or np.array_equal(a.sig_ids, b.sig_ids))


def _parties_bound(snap: ExerciseSnapshot, earlier: OptionResult | None) -> np.ndarray:
    """Per incident, the parties bound when it happened; after a drag step, only the moved incident's counted."""
    if earlier is not None:
        old = earlier.assessment.snapshot
        if old.inc_time.shape == snap.inc_time.shape and _same_parties(old, snap):
            moved = np.flatnonzero(old.inc_time != snap.inc_time)
            if len(moved) <= RECOUNT_MOST_ROWS:
                bound = earlier.parties_bound.copy()
                bound[moved] = np.count_nonzero(snap.sig_bound[None, :] <= snap.inc_time[moved, None], axis=1)
                return bound
    return np.count_nonzero(snap.sig_bound[None, :] <= snap.inc_time[:, None], axis=1)


def _provisions(snap: ExerciseSnapshot, now: float, earlier: OptionResult | None = None) -> dict[str, int]:
    if not snap.provisions.milestones:
        return {}
    if earlier is not None:
        old = earlier.assessment
        # The milestones of the same parties at the same time read the same (a drag moves an incident only).
        if old.now == now and old.snapshot.provisions is snap.provisions and _same_parties(old.snapshot, snap):
            return {"provision_milestones": earlier.provision_milestones,
                    "provision_overdue": earlier.provision_overdue, "provision_due_soon": earlier.provision_due_soon}
    bound = set(snap.sig_ids[snap.sig_bound <= now].tolist())
    milestones = [m for p in provision_states(snap.provisions, now) if p.provision.signatory_id in bound
                  for m in p.milestones]
    return {"provision_milestones": len(milestones),
            "provision_overdue": sum(m.status == OVERDUE for m in milestones),
            "provision_due_soon": sum(m.status == DUE_SOON for m in milestones)}


def compare(snapshot: ExerciseSnapshot, options: Sequence[TermsSnapshot], now: float) -> list[OptionResult]:
    """Each option judged on the same record, in the order given."""
    return [judge_option(snapshot, terms, now) for terms in options]


def compare_options(doc, option_ids: Sequence[int] | None = None, at: float | None = None) -> list[OptionResult]:
    """The options *option_ids* (default: every option) of *doc*, at scenario time *at* (default: its clock)."""
    snapshot = load_snapshot(doc)
    ids = list(option_ids) if option_ids is not None else terms_ids(doc)
    return compare(snapshot, load_options(doc, ids), snapshot.clock_time if at is None else at)
