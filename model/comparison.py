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
from model.engine import MET, MISSED, PENDING, Assessment, Obligations, assess
from model.provision_status import DUE_SOON, OVERDUE, provision_states
from model.snapshot import NO_TIME, WITHDRAWN, ExerciseSnapshot, TermsSnapshot, load_options, load_snapshot, terms_ids
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES


@dataclass(frozen=True)
class Tally:
    """One kind of obligation under one option: how many (incident, party) deadlines stand how."""

    met: int
    missed: int
    pending: int
    median_s: float | None      # latency of what was done (done - incident), None when nothing was
    worst_s: float | None
    per_signatory_s: np.ndarray  # (n_sig,) median latency per signatory, NaN when it did nothing owed


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
        return tuple(_median(self.first_effective_s[:, k]) for k in range(len(CATEGORIES)))


def _median(values: np.ndarray) -> float | None:
    values = values[~np.isnan(values)]
    return float(np.median(values)) if len(values) else None


def _tally(ob: Obligations, inc_time: np.ndarray, now: float) -> Tally:
    status = ob.status
    n_sig = status.shape[1]
    done = (status == MET) | ((status == MISSED) & (ob.done_at != NO_TIME))
    rows, cols = np.nonzero(done)
    values = ob.done_at[rows, cols] - inc_time[rows]
    return Tally(met=int(np.count_nonzero(status == MET)), missed=int(np.count_nonzero(status == MISSED)),
                 pending=int(np.count_nonzero(status == PENDING)),
                 median_s=float(np.median(values)) if len(values) else None,
                 worst_s=float(values.max()) if len(values) else None,
                 per_signatory_s=_column_medians(values, cols, n_sig))


def _column_medians(values: np.ndarray, cols: np.ndarray, n_cols: int) -> np.ndarray:
    """The median of *values* per column index (NaN for a column without any), in one sort.

    Sorting (column, value) pairs as one integer key is several times faster than a
    masked median per column, and a comparison runs it twice per option.
    """
    medians = np.full(n_cols, np.nan)
    if not len(values):
        return medians
    shifted = values - values.min()
    span = int(shifted.max()) + 1
    ordered = np.sort(cols.astype(np.int64) * span + shifted) % span + values.min()
    counts = np.bincount(cols, minlength=n_cols)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    some = counts > 0
    low = starts[some] + (counts[some] - 1) // 2
    high = starts[some] + counts[some] // 2
    medians[some] = (ordered[low] + ordered[high]) / 2
    return medians


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
                 assessment: Assessment | None = None, like: Assessment | None = None) -> OptionResult:
    """The record *snapshot* judged under *terms* as of *now* (epoch s).

    *assessment*: the engine's result for exactly that record, terms and time when the
    caller has it already (a view following a drag preview): it is not computed twice.
    *like*: an earlier judgement under the same terms (the last drag step's): the engine takes
    over the rows it holds (model/engine_rows.py), so a drag step judges the moved incident alone.
    """
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
        reaction=_tally(a.reaction, snap.inc_time, now), consultation=_tally(a.consultation, snap.inc_time, now),
        gap_incidents=int(np.count_nonzero(gaps)),
        gap_categories=int(np.unpackbits(gaps.astype(np.uint8)).sum()),   # five categories: one byte
        gated=int(np.count_nonzero(a.gated)), gate_violations=int(np.count_nonzero(a.gate_violation)),
        approvals_needed=tuple(approvals), first_effective_s=_first_effective(a),
        parties_bound=np.count_nonzero(snap.sig_bound[None, :] <= snap.inc_time[:, None], axis=1),
        assessment=a, **_provisions(snap, now))


def _provisions(snap: ExerciseSnapshot, now: float) -> dict[str, int]:
    if not snap.provisions.milestones:
        return {}
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
