"""The rows of the comparison table: what each measures, how it reads, which way is better, what it is about.

A Row turns one column's OptionResult into a value (a number, a tuple or a
word, compared across columns to highlight differences) and a text. Rows
about one incident or one signatory carry its id, so a click can select it.
The per-incident and per-signatory rows follow the record: ``build_rows`` is
rerun when incidents, signatories or the compared options change.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np

from gui.core.i18n import tr
from model.comparison import OptionResult, Tally
from model.display_names import category_word
from model.findings import incident_label
from model.snapshot import ExerciseSnapshot
from model.timeutil import format_relative_epoch, format_span
from model.vocabulary import CATEGORIES

LOWER_BETTER, NEUTRAL, HIGHER_BETTER = -1, 0, 1


@dataclass(frozen=True)
class Row:
    key: tuple                               # stable across refreshes: the table keeps its place by it
    label: str | Callable[[Sequence[ExerciseSnapshot]], str]   # a callable for what moves with a drag

    value: Callable[[OptionResult], object] | None = None   # None: a section heading
    text: Callable[[OptionResult], str] | None = None
    better: int = NEUTRAL
    about: tuple[str, int] | None = None     # ("incident" | "signatory", id) a click selects
    indent: bool = False

    @property
    def heading(self) -> bool:
        return self.value is None

    def label_on(self, snapshots: Sequence[ExerciseSnapshot]) -> str:
        """The label as of the columns' records (an incident's time is the first record holding it)."""
        return self.label if isinstance(self.label, str) else self.label(snapshots)


def span_text(seconds: float | None) -> str:
    return "–" if seconds is None or (isinstance(seconds, float) and math.isnan(seconds)) else format_span(seconds)


def _number(seconds: float | None) -> float | None:
    return None if seconds is None or math.isnan(seconds) else float(seconds)


def kind_text(kind: str) -> str:
    return {"collective": tr("collective pact"), "stationed_force": tr("force stationed in the protected state"),
            "bilateral": tr("bilateral agreements only")}.get(kind, kind)


def adversary_text(r: OptionResult) -> str:
    words = {"acceptable": tr("acceptable"), "rejected": tr("rejects it"), "unavailable": tr("unavailable (veto)"),
             "unknown": tr("not known")}.get(r.adversary, r.adversary)
    return words + (tr(" (assumed)") if r.adversary_assumed and r.adversary != "unavailable" else "")


ADVERSARY_RANK = {"acceptable": 0, "unknown": 1, "rejected": 2, "unavailable": 3}


def _counts(tally: Tally) -> str:
    return f"{tally.met} / {tally.missed} / {tally.pending}"


def _tally_rows(name: str, labels: tuple[str, str, str], pick: Callable[[OptionResult], Tally]) -> list[Row]:
    counts, median, worst = labels
    return [
        Row((name, "counts"), counts, lambda r: (-pick(r).missed, pick(r).met), lambda r: _counts(pick(r)),
            HIGHER_BETTER),
        Row((name, "median"), median, lambda r: _number(pick(r).median_s), lambda r: span_text(pick(r).median_s),
            LOWER_BETTER),
        Row((name, "worst"), worst, lambda r: _number(pick(r).worst_s), lambda r: span_text(pick(r).worst_s),
            LOWER_BETTER),
    ]


def summary_rows() -> list[Row]:
    rows = [
        Row(("section", "summary"), tr("Obligations")),
        Row(("kind",), tr("Demands"), lambda r: r.kind, lambda r: kind_text(r.kind)),
        Row(("met",), tr("Obligations met"), lambda r: r.met, lambda r: str(r.met), HIGHER_BETTER),
        Row(("missed",), tr("Obligations missed"), lambda r: r.missed, lambda r: str(r.missed), LOWER_BETTER),
        Row(("pending",), tr("Obligations pending"), lambda r: r.pending, lambda r: str(r.pending)),
        *_tally_rows("reaction", (tr("Reactions met / missed / pending"), tr("Reaction latency, median"),
                                  tr("Reaction latency, worst")), lambda r: r.reaction),
        *_tally_rows("consultation", (tr("Consultations met / missed / pending"), tr("Consultation latency, median"),
                                      tr("Consultation latency, worst")), lambda r: r.consultation),
        Row(("section", "proportionality"), tr("Proportionality and parliaments")),
        Row(("gap_incidents",), tr("Incidents with a proportionality gap"), lambda r: r.gap_incidents,
            lambda r: str(r.gap_incidents), LOWER_BETTER),
        Row(("gap_categories",), tr("Expected categories missing"), lambda r: r.gap_categories,
            lambda r: str(r.gap_categories), LOWER_BETTER),
        Row(("gates_broken",), tr("Parliamentary gates broken"), lambda r: r.gate_violations,
            lambda r: str(r.gate_violations), LOWER_BETTER),
        Row(("gated",), tr("Parliamentary approvals needed"), lambda r: r.gated,
            lambda r: f"{r.gated} ({', '.join(r.approvals_needed) or tr('none')})", LOWER_BETTER),
        Row(("section", "first_effective"), tr("Time to the first effective measure (median over incidents)")),
    ]
    for k, category in enumerate(CATEGORIES):
        rows.append(Row(("first_effective", category), tr("First effective {0} measure").replace(
            "{0}", category_word(category)), partial(_median_effective, k), partial(_median_effective_text, k),
            LOWER_BETTER, indent=True))
    rows += [
        Row(("section", "coordination"), tr("Coordination and the adversary")),
        Row(("coordinator",), tr("Military measures coordinated by"), lambda r: r.coordinator,
            lambda r: r.coordinator or "–"),
        Row(("lead",), tr("Coordination lead time"), lambda r: r.coordination_lead_h,
            lambda r: tr("{0} h").replace("{0}", str(r.coordination_lead_h))
            + (tr(" (assumed)") if r.lead_time_assumed else ""), LOWER_BETTER),
        Row(("adversary",), tr("Adversary"), lambda r: ADVERSARY_RANK.get(r.adversary, 1), adversary_text,
            LOWER_BETTER),
        Row(("section", "provisions"), tr("Standing provisions")),
        Row(("provisions_overdue",), tr("Parties' provision milestones overdue"), lambda r: r.provision_overdue,
            lambda r: tr("{0} of {1}").replace("{0}", str(r.provision_overdue)).replace(
                "{1}", str(r.provision_milestones)), LOWER_BETTER),
        Row(("provisions_due_soon",), tr("Parties' provision milestones due soon"), lambda r: r.provision_due_soon,
            lambda r: str(r.provision_due_soon), LOWER_BETTER),
    ]
    return rows


# Row values per position, as partials: one function each rather than a lambda per row.
def _median_effective(k: int, r: OptionResult) -> float | None:
    return r.median_first_effective_s()[k]


def _median_effective_text(k: int, r: OptionResult) -> str:
    return span_text(r.median_first_effective_s()[k])


# Columns crossed with different outcomes judge different incidents: per-incident rows look an
# incident up by id in each column's record ("–" where that outcome has no such incident).
_POSITIONS: dict[int, tuple[ExerciseSnapshot, dict[int, int]]] = {}


def position_in(snap: ExerciseSnapshot, incident_id: int) -> int | None:
    held = _POSITIONS.get(id(snap))
    if held is None or held[0] is not snap:
        if len(_POSITIONS) > 16:
            _POSITIONS.clear()
        held = _POSITIONS[id(snap)] = (snap, {int(x): n for n, x in enumerate(snap.inc_ids.tolist())})
    return held[1].get(incident_id)


def _first_effective(incident_id: int, k: int, r: OptionResult) -> float | None:
    i = position_in(r.assessment.snapshot, incident_id)
    return None if i is None else _number(float(r.first_effective_s[i, k]))


def _first_effective_text(incident_id: int, k: int, r: OptionResult) -> str:
    return span_text(_first_effective(incident_id, k, r))


def _bound(incident_id: int, r: OptionResult) -> int | None:
    i = position_in(r.assessment.snapshot, incident_id)
    return None if i is None else int(r.parties_bound[i])


def _bound_text(incident_id: int, r: OptionResult) -> str:
    bound = _bound(incident_id, r)
    return tr("not in this outcome") if bound is None else str(bound)


def _signatory_median(kind: str, s: int, r: OptionResult) -> float | None:
    tally: Tally = getattr(r, kind)
    return _number(float(tally.per_signatory_s[s]))


def _signatory_text(kind: str, s: int, r: OptionResult) -> str:
    tally: Tally = getattr(r, kind)
    return span_text(float(tally.per_signatory_s[s]))


def incident_ids(results: Sequence[OptionResult]) -> list[int]:
    """The incidents any column judges: one record's order, or, across outcomes, by time."""
    snaps = list({id(r.assessment.snapshot): r.assessment.snapshot for r in results}.values())
    # Options judged on one record have a snapshot each (each its own terms) but the same incidents:
    # keep the record's order, which a drag does not change (sorting by time reset the table per step).
    first = snaps[0].inc_ids
    if all(s.inc_ids is first or np.array_equal(s.inc_ids, first) for s in snaps[1:]):
        return first.tolist()
    when: dict[int, int] = {}
    for snap in snaps:
        for incident_id, time in zip(snap.inc_ids.tolist(), snap.inc_time.tolist()):
            when.setdefault(incident_id, time)
    return sorted(when, key=lambda incident_id: (when[incident_id], incident_id))


def category_shown(results: Sequence[OptionResult], ids: Sequence[int] | None = None) -> np.ndarray:
    """(incidents, n_categories) bool: the categories any compared option expects or gets a measure of, per
    incident of *ids* (default: the columns' incidents). It does not change while an incident is dragged
    (neither depends on the incident's time)."""
    wanted = np.asarray(incident_ids(results) if ids is None else ids, dtype=np.int64)
    shown = np.zeros((len(wanted), len(CATEGORIES)), dtype=bool)
    bits = 1 << np.arange(len(CATEGORIES))
    for r in results:
        snap = r.assessment.snapshot
        mine = (r.assessment.expected_mask.astype(np.int64)[:, None] & bits) != 0
        mine |= ~np.isnan(r.first_effective_s)
        if np.array_equal(snap.inc_ids, wanted):   # options on one record: its rows, in its order
            shown |= mine
            continue
        # Looked up in arrays, not incident by incident (a drag step asks this of every column: 1,000
        # incidents x 3 options cost 7 ms one lookup at a time).
        if not len(snap.inc_ids):
            continue
        by_id = np.argsort(snap.inc_ids, kind="stable")
        at = by_id[np.searchsorted(snap.inc_ids, wanted, sorter=by_id).clip(0, len(by_id) - 1)]
        held = snap.inc_ids[at] == wanted
        shown[held] |= mine[at[held]]
    return shown


def structure(results: Sequence[OptionResult]) -> tuple:
    """What the rows depend on: when it is unchanged, a refresh only changes the values."""
    if not results:
        return ()
    snap = results[0].assessment.snapshot
    ids = incident_ids(results)
    return (np.array(ids, dtype=np.int64).tobytes(), snap.sig_ids.tobytes(), snap.sig_codes,
            category_shown(results, ids).tobytes())


def _incident_label(incident_id: int) -> Callable[[Sequence[ExerciseSnapshot]], str]:
    def label(snaps: Sequence[ExerciseSnapshot]) -> str:
        for snap in snaps:
            i = position_in(snap, incident_id)
            if i is not None:
                when = format_relative_epoch(float(snap.inc_time[i]), snap.startex)
                return tr("Parties bound at {0} ({1})").replace("{0}", incident_label(snap, i)).replace("{1}", when)
        return ""
    return label


def incident_rows(results: Sequence[OptionResult]) -> list[Row]:
    """Per incident: parties bound, then the first effective measure of each category that any
    option expects or gets."""
    if not results:
        return []
    ids = incident_ids(results)
    shown = category_shown(results, ids)
    rows = [Row(("section", "incidents"), tr("At each incident"))]
    for n, incident_id in enumerate(ids):
        about = ("incident", incident_id)
        rows.append(Row(("bound", incident_id), _incident_label(incident_id),
            partial(_bound, incident_id), partial(_bound_text, incident_id), HIGHER_BETTER, about))
        for k, category in enumerate(CATEGORIES):
            if shown[n, k]:
                rows.append(Row(("first", incident_id, category), tr("first effective {0} measure").replace(
                    "{0}", category_word(category)), partial(_first_effective, incident_id, k),
                    partial(_first_effective_text, incident_id, k), LOWER_BETTER, about, indent=True))
    return rows


def signatory_rows(results: Sequence[OptionResult]) -> list[Row]:
    if not results:
        return []
    snap = results[0].assessment.snapshot
    rows = [Row(("section", "signatories"), tr("Per signatory (median latency)"))]
    for s, code in enumerate(snap.sig_codes):
        about = ("signatory", int(snap.sig_ids[s]))
        rows.append(Row(("sig_reaction", about[1]), tr("{0} reaction").replace("{0}", code),
                        partial(_signatory_median, "reaction", s), partial(_signatory_text, "reaction", s),
                        LOWER_BETTER, about))
        rows.append(Row(("sig_consultation", about[1]), tr("{0} consultation").replace("{0}", code),
                        partial(_signatory_median, "consultation", s), partial(_signatory_text, "consultation", s),
                        LOWER_BETTER, about))
    return rows


def build_rows(results: Sequence[OptionResult]) -> list[Row]:
    return summary_rows() + incident_rows(results) + signatory_rows(results)
