"""What the assessment says is wrong, in one-line sentences a planner can act on.

``findings`` reads an engine assessment (never recomputes a deadline or a
status) and explains three kinds of problem in exercise-relative time:
missed deadlines, proportional-response gaps and parliamentary gates.
``incident_facts`` explains one incident's obligations for the inspector.
Both are plain Python (no Qt) and cheap: every array pass is vectorised and
only the findings kept (up to a cap per kind) are turned into text.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields

import numpy as np

from model.catalogue import mask_categories
from model.display_names import catalogue_text, category_word
from model.finding_memo import FindingMemo
from model.findings_tick import TickGuard
from model.i18n import tr
from model.engine import MET, MISSED, NOT_OBLIGED, PENDING, Assessment, Obligations
from model.snapshot import NO_TIME, WITHDRAWN, ExerciseSnapshot
from model.timeutil import format_relative_epoch, format_span
from model.vocabulary import CATEGORIES

MISSED_KIND, GAP_KIND, GATE_KIND = "missed", "gap", "gate"
COORDINATION_KIND = "coordination"   # model/coordination_findings.py
PROVISION_KIND = "provision"         # model/provision_findings.py: overdue milestones of standing provisions
KINDS = (MISSED_KIND, GAP_KIND, GATE_KIND, COORDINATION_KIND, PROVISION_KIND)
# How serious a finding is; higher is worse.
INFO, WARNING, BREACH = 0, 1, 2
DEADLINE_KINDS = ("reaction", "consultation")
DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class Finding:
    kind: str                      # "missed" | "gap" | "gate" | "coordination"
    severity: int                  # INFO | WARNING | BREACH
    incident_id: int | None
    signatory_id: int | None
    commitment_id: int | None
    text: str
    # What distinguishes findings of one kind: "reaction overdue"/"consultation late"... (missed),
    # "violation"/"respected" (gate), "" (gap), "more" (a summary of left-out findings).
    detail: str = ""
    count: int = 1                 # how many signatory deadlines (or, for "more", findings) it stands for
    signatory_ids: tuple[int, ...] = ()   # every signatory it names (signatory_id: the only one)

    @property
    def key(self) -> tuple:
        """The same problem from one assessment to the next (its wording may change, e.g. how late)."""
        return (self.kind, self.detail, self.incident_id, self.signatory_id, self.commitment_id)


# -- wording ----------------------------------------------------------------------------------
def type_label(snapshot: ExerciseSnapshot, pos: int) -> str:
    """``missile strike``: the incident type's code in words, short enough for a sentence."""
    # The catalogue holds these words too (tools/update_translations.py adds them).
    return tr(snapshot.type_codes[int(snapshot.inc_type[pos])].replace("_", " "))


def incident_label(snapshot: ExerciseSnapshot, pos: int) -> str:
    """``#1 missile strike S3``, as the timeline numbers incidents (by id)."""
    return f"#{int(snapshot.inc_ids[pos])} {type_label(snapshot, pos)} S{int(snapshot.inc_severity[pos])}"


def measure_label(code: str, names: Mapping[str, str] | None) -> str:
    """An instrument's name fit for mid-sentence: ``deployment of troops``, ``ISR and intelligence sharing``."""
    name = (names or {}).get(code)
    if not name:
        return code.replace("_", " ")
    name = catalogue_text(name).split(" (")[0].strip()
    if len(name) > 1 and not name[1].isupper():   # keep acronyms (ISR, SWIFT, UN) as they are
        name = name[0].lower() + name[1:]
    return name


def _category_list(mask: int, joiner: str = ", ") -> str:
    names = [category_word(c) for c in mask_categories(mask)]
    if joiner != ", " and len(names) > 1:
        return ", ".join(names[:-1]) + joiner + names[-1]
    return ", ".join(names)


def _keep_newest(times: np.ndarray, limit: int) -> np.ndarray:
    """Indices of the *limit* largest times (all indices when there are no more)."""
    if limit <= 0 or len(times) <= limit:
        return np.arange(len(times))
    return np.argpartition(-times, limit - 1)[:limit]


def _worded(memo: FindingMemo | None, context: tuple, columns, make: Callable[[int], Finding]) -> list[Finding]:
    """``make(j)`` for each kept row j; with a memo, only for rows whose *columns* (every value the
    finding reads, one array per value) or whose *context* changed since the memo's last pass."""
    n = len(columns[0])
    if memo is None:
        return [make(j) for j in range(n)]
    memo.begin(context)
    return memo.findings(list(zip(*(np.asarray(c).tolist() for c in columns))), make)


def _summary(kind: str, severity: int, count: int, text: str) -> Finding:
    return Finding(kind, severity, None, None, None, text, detail="more", count=count)


# -- missed deadlines ---------------------------------------------------------------------------


def _who(codes: list[str]) -> tuple[str, str]:
    """Up to three signatories are named up front; more are counted, then listed after a colon."""
    if len(codes) <= 3:
        return ", ".join(codes), ""
    return tr("{0} signatories").format(len(codes)), ": " + ", ".join(codes)


def _missed_text(a: Assessment, kind: str, i: int, members: list[int], late: bool) -> str:
    """``IE, JP missed the consultation on #1 missile strike S3 by 1:20:00 (deadline D+2 07:40)``."""
    snap = a.snapshot
    ob = a.reaction if kind == "reaction" else a.consultation
    incident, rel = incident_label(snap, i), snap.startex
    deadline = format_relative_epoch(float(ob.deadline[i]), rel)
    if late:
        if len(members) == 1:
            s = members[0]
            text = (tr("{who} reacted to {incident} {span} late (deadline {deadline}, reacted {when})")
                    if kind == "reaction" else
                    tr("{who} joined the consultation on {incident} {span} late (deadline {deadline}, joined {when})"))
            return text.format(who=snap.sig_codes[s], incident=incident, span=format_span(float(ob.margin[i, s])),
                               deadline=deadline, when=format_relative_epoch(int(ob.done_at[i, s]), rel))
        how_late = ", ".join(f"{snap.sig_codes[s]} +{format_span(float(ob.margin[i, s]))}" for s in members)
        text = (tr("{count} signatories reacted to {incident} late (deadline {deadline}): {how_late}")
                if kind == "reaction" else
                tr("{count} signatories joined the consultation on {incident} late (deadline {deadline}): {how_late}"))
        return text.format(count=len(members), incident=incident, deadline=deadline, how_late=how_late)
    absent = snap.consultation_absent[i] if kind == "consultation" else None
    codes = [snap.sig_codes[s] + (tr(" (declared absent)") if absent is not None and absent[s] else "")
             for s in members]
    who, listed = _who(codes)
    # Everyone overdue is late by the same span: now minus the deadline.
    text = (tr("{who} missed the reaction to {incident} by {span} (deadline {deadline}){listed}")
            if kind == "reaction" else
            tr("{who} missed the consultation on {incident} by {span} (deadline {deadline}){listed}"))
    return text.format(who=who, incident=incident, span=format_span(float(ob.margin[i, members[0]])),
                       deadline=deadline, listed=listed)


def _newest_missed(a: Assessment, limit: int) -> tuple[list[tuple[int, int, int]], int, float]:
    """(incident, kind, signatory) cells of the newest missed deadlines (at least *limit*, whole
    deadlines), how many missed in all, and the latest deadline of those left out. Counted per (incident, kind) first, so only the cells kept
    are ever listed: a long exercise has hundreds of thousands of missed cells."""
    missed = [ob.status == MISSED for ob in (a.reaction, a.consultation)]
    # group = kind * n_inc + incident; einsum counts along rows of a few dozen signatories ~5x quicker than sum
    per_group = np.concatenate([np.einsum("ij->i", m, dtype=np.int64) for m in missed])
    total = int(per_group.sum())
    if not total:
        return [], 0, 0.0
    n_inc = len(a.snapshot.inc_ids)
    deadline = np.concatenate([a.reaction.deadline, a.consultation.deadline])
    groups = np.flatnonzero(per_group)
    groups = groups[np.argsort(-deadline[groups], kind="stable")]
    newest_left_out = 0.0
    if limit > 0:
        reach = np.searchsorted(np.cumsum(per_group[groups]), limit)  # the group holding the limit-th cell
        if reach + 1 < len(groups):
            newest_left_out = float(deadline[groups[reach + 1]])
        groups = groups[:reach + 1]
    cells = []
    for group in groups.tolist():   # whole groups: a finding never names only some of who missed it
        kind, i = divmod(group, n_inc)
        cells += [(i, kind, s) for s in np.flatnonzero(missed[kind][i]).tolist()]
    cells.sort()
    return cells, total, newest_left_out


def missed_findings(a: Assessment, limit: int = DEFAULT_LIMIT) -> list[Finding]:
    """One finding per incident, deadline kind and manner (not done at all, or done late), by
    incident then kind, overdue before late; it names its signatories and counts them. When
    more than *limit* signatory deadlines were missed, those of the newest deadlines and a summary."""
    return _missed(a, limit)[0]


def _missed(a: Assessment, limit: int) -> tuple[list[Finding], np.ndarray]:
    """missed_findings, and the deadlines of the overdue ones among them (their wording follows the clock)."""
    cells, total, newest_left_out = _newest_missed(a, limit)
    snap = a.snapshot
    groups: dict[tuple[int, int, bool], list[int]] = {}
    for i, k, s in cells:
        ob = a.reaction if k == 0 else a.consultation
        groups.setdefault((i, k, bool(ob.done_at[i, s] != NO_TIME)), []).append(s)
    rows = []
    overdue: list[float] = []
    for (i, k, late), members in sorted(groups.items()):
        kind = DEADLINE_KINDS[k]
        if not late:
            overdue.append(float((a.reaction if k == 0 else a.consultation).deadline[i]))
        single = int(snap.sig_ids[members[0]]) if len(members) == 1 else None
        rows.append(Finding(MISSED_KIND, BREACH, int(snap.inc_ids[i]), single, None,
                            _missed_text(a, kind, i, members, late),
                            detail=f"{kind} {'late' if late else 'overdue'}", count=len(members),
                            signatory_ids=tuple(int(snap.sig_ids[s]) for s in members)))
    left_out = total - len(cells)
    if left_out:
        rows.append(_summary(MISSED_KIND, BREACH, left_out, tr(
            "… and {0} more missed deadlines, the latest of them due {1}").format(
            left_out, format_relative_epoch(newest_left_out, snap.startex))))
    return rows, np.asarray(overdue, dtype=np.float64)


# -- proportional-response gaps ---------------------------------------------------------------
def gap_findings(a: Assessment, limit: int = DEFAULT_LIMIT, memo: FindingMemo | None = None) -> list[Finding]:
    """One finding per occurred incident that lacks an expected response category (*memo*: see
    model/finding_memo.py)."""
    positions = np.flatnonzero(a.gap_mask)
    if not len(positions):
        return []
    snap = a.snapshot
    keep = np.sort(positions[_keep_newest(snap.inc_time[positions], limit)])
    kept = keep.tolist()

    def make(j: int) -> Finding:
        i = kept[j]
        missing = _category_list(int(a.gap_mask[i]), " or ")
        expected = _category_list(int(a.expected_mask[i]))
        return Finding(GAP_KIND, WARNING, int(snap.inc_ids[i]), None, None,
                       tr("{incident}: no {missing} commitment yet (expected: {expected})").format(
                           incident=incident_label(snap, i), missing=missing, expected=expected))

    # Everything make() reads: the incident's label, its gap and expected categories.
    rows = _worded(memo, (snap.type_codes,), (snap.inc_ids[keep], snap.inc_type[keep], snap.inc_severity[keep],
                                              a.gap_mask[keep], a.expected_mask[keep]), make)
    left_out = len(positions) - len(keep)
    if left_out:
        rows.append(_summary(GAP_KIND, WARNING, left_out,
                             tr("… and {0} more incidents with a response gap (older ones)").format(left_out)))
    return rows


# -- parliamentary gates ------------------------------------------------------------------------
def _lead_text(snap: ExerciseSnapshot, s: int) -> str:
    hours = int(snap.sig_lead_s[s]) // 3600
    return (tr("assumed lead time {0} h") if snap.sig_lead_assumed[s] else tr("lead time {0} h")).format(hours)


def _gate_text(a: Assessment, c: int, names: Mapping[str, str] | None) -> str:
    snap = a.snapshot
    s, i = int(snap.com_sig[c]), int(snap.com_inc[c])
    rel = snap.startex
    what = tr("{who} {category} commitment ({measure}) for {incident}").format(
        who=snap.sig_codes[s], category=category_word(CATEGORIES[int(snap.com_cat[c])]),
        measure=measure_label(snap.com_measure[c], names), incident=incident_label(snap, i))
    if snap.com_status[c] == WITHDRAWN:
        what += tr(", withdrawn {0},").format(format_relative_epoch(int(snap.com_withdrawn[c]), rel))
    earliest = format_relative_epoch(float(a.gate_earliest[c]), rel)
    effective = int(snap.com_effective[c])
    if a.gate_violation[c]:
        return tr("{what} effective {effective}, parliamentary approval not before {earliest} ({lead})").format(
            what=what, effective=format_relative_epoch(effective, rel), earliest=earliest, lead=_lead_text(snap, s))
    if effective == NO_TIME:
        return tr("{what} gated until {earliest} ({lead}); no effective time set yet").format(
            what=what, earliest=earliest, lead=_lead_text(snap, s))
    return tr("{what} gated until {earliest} ({lead}), effective {effective}: respected").format(
        what=what, earliest=earliest, lead=_lead_text(snap, s), effective=format_relative_epoch(effective, rel))


def gate_findings(a: Assessment, instrument_names: Mapping[str, str] | None = None,
                  limit: int = DEFAULT_LIMIT, memo: FindingMemo | None = None) -> list[Finding]:
    """Gate violations first (breaches), then gated commitments that respect their gate (info)
    (*memo*: see model/finding_memo.py)."""
    snap = a.snapshot
    rows: list[Finding] = []
    if memo is not None:
        memo.begin(_gate_context(snap, instrument_names))
    for violation, severity, detail in ((True, BREACH, "violation"), (False, INFO, "respected")):
        members = np.flatnonzero(a.gated & (a.gate_violation == violation))
        if not len(members):
            continue
        keep = members[_keep_newest(snap.com_announced[members], limit)]
        keep = keep[np.lexsort((snap.com_ids[keep], snap.com_sig[keep], snap.com_inc[keep]))]
        kept = keep.tolist()

        def make(j: int, severity=severity, detail=detail, kept=kept) -> Finding:
            c = kept[j]
            return Finding(GATE_KIND, severity, int(snap.inc_ids[snap.com_inc[c]]), int(snap.sig_ids[snap.com_sig[c]]),
                           int(snap.com_ids[c]), _gate_text(a, c, instrument_names), detail=detail,
                           signatory_ids=(int(snap.sig_ids[snap.com_sig[c]]),))

        rows += (memo.findings(_gate_keys(a, keep), make) if memo is not None
                 else [make(j) for j in range(len(kept))])
        left_out = len(members) - len(keep)
        if left_out:
            text = (tr("… and {0} more gate violations (older ones)") if violation else
                    tr("… and {0} more gated commitments that respect their gate (older ones)"))
            rows.append(_summary(GATE_KIND, severity, left_out, text.format(left_out)))
    return rows


def _gate_context(snap: ExerciseSnapshot, names: Mapping[str, str] | None) -> tuple:
    return (snap.startex, snap.sig_codes, snap.type_codes, names)


def _gate_keys(a: Assessment, keep: np.ndarray) -> list[tuple]:
    """Everything _gate_text and a gate finding read, per commitment (violation: its severity too)."""
    snap = a.snapshot
    inc, sig = snap.com_inc[keep], snap.com_sig[keep]
    columns = (snap.com_ids[keep], snap.inc_ids[inc], snap.inc_type[inc], snap.inc_severity[inc], sig,
               snap.sig_ids[sig], snap.sig_lead_s[sig], snap.sig_lead_assumed[sig], snap.com_cat[keep],
               snap.com_status[keep], snap.com_withdrawn[keep], snap.com_effective[keep], a.gate_earliest[keep],
               a.gate_violation[keep])
    measures = [snap.com_measure[c] for c in keep.tolist()]
    return list(zip(*(column.tolist() for column in columns), measures))


def findings(assessment: Assessment, *, instrument_names: Mapping[str, str] | None = None,
             limit: int = DEFAULT_LIMIT) -> list[Finding]:
    """Missed deadlines, then response gaps, gates, coordination and overdue provision milestones; each
    kind capped at *limit* findings (the newest kept) plus one summary finding counting the rest."""
    from model.coordination_findings import coordination_findings   # it builds on this module's wording
    from model.provision_findings import provision_findings

    return (missed_findings(assessment, limit) + gap_findings(assessment, limit)
            + gate_findings(assessment, instrument_names, limit)
            + coordination_findings(assessment, instrument_names, limit)
            + provision_findings(assessment, limit))


def _same_but_incident_times(a: ExerciseSnapshot, b: ExerciseSnapshot) -> bool:
    """*b* is *a* with (at most) its incidents' times changed: what a drag step previews."""
    return a is b or all(getattr(a, name) is getattr(b, name) for name in _FIELDS_BUT_TIME)


_FIELDS_BUT_TIME = tuple(f.name for f in dataclass_fields(ExerciseSnapshot) if f.name != "inc_time")


def _equal(old: tuple | None, new: tuple) -> bool:
    return old is not None and all(np.array_equal(x, y) for x, y in zip(old, new))


class FindingsCache:
    """``findings`` for a stream of assessments (clock ticks, drag steps, stored edits), reusing what
    cannot have changed. Gates and coordination depend on the stored exercise only (not on the clock),
    gaps on it and the gap mask; a drag step changes one incident's time, which changes them only
    through the arrays compared here (so a drag step words only the missed deadlines again). When a
    kind must be worded again, the findings about what an edit left alone are reused from its memo
    (model/finding_memo.py). ``findings`` itself is the full computation these must always equal."""

    def __init__(self, limit: int = DEFAULT_LIMIT):
        self.limit = limit
        self._snapshot: ExerciseSnapshot | None = None
        self._names: Mapping[str, str] | None = None
        self._gate_key: tuple | None = None
        self._gates: list[Finding] = []
        self._gap_key: tuple | None = None
        self._gaps: list[Finding] = []
        self._coordination_key: tuple | None = None
        self._coordination: list[Finding] = []
        self.memos = {kind: FindingMemo() for kind in (GAP_KIND, GATE_KIND, COORDINATION_KIND, PROVISION_KIND)}
        self._tick = TickGuard()   # a clock tick that changes no finding words none (model/findings_tick.py)
        self._tick_limit = limit

    def findings(self, a: Assessment, instrument_names: Mapping[str, str] | None = None) -> list[Finding]:
        from model.coordination_findings import coordination_findings
        from model.provision_findings import provision_findings

        snap = a.snapshot
        if instrument_names is self._names and self.limit == self._tick_limit:
            kept = self._tick.unchanged(a)
            if kept is not None:
                return kept   # the very list of the last call: a view can tell nothing changed
        if self._snapshot is None or instrument_names is not self._names \
                or not _same_but_incident_times(self._snapshot, snap):
            self._gate_key = self._gap_key = self._coordination_key = None
        self._snapshot, self._names = snap, instrument_names
        # Arrays that carry what an incident's time changes in each kind's wording.
        gate_key = (a.gated, a.gate_violation, a.gate_earliest)
        if not _equal(self._gate_key, gate_key):
            self._gate_key = gate_key
            self._gates = gate_findings(a, instrument_names, self.limit, self.memos[GATE_KIND])
        gaps = np.flatnonzero(a.gap_mask)
        gap_key = (a.gap_mask, a.expected_mask, snap.inc_time[gaps])
        if not _equal(self._gap_key, gap_key):
            self._gap_key, self._gaps = gap_key, gap_findings(a, self.limit, self.memos[GAP_KIND])
        coordination_key = (a.coordination_early, a.coordinated_from,
                            snap.sig_bound[snap.com_sig] <= snap.inc_time[snap.com_inc])
        if not _equal(self._coordination_key, coordination_key):
            self._coordination_key = coordination_key
            self._coordination = coordination_findings(a, instrument_names, self.limit,
                                                       self.memos[COORDINATION_KIND])
        missed, overdue_deadlines = _missed(a, self.limit)
        # The clock moves milestones into "overdue": judged on every pass, worded only when new (memo).
        rows = (missed + self._gaps + self._gates + self._coordination
                + provision_findings(a, self.limit, self.memos[PROVISION_KIND]))
        self._tick.keep(a, rows, overdue_deadlines)
        self._tick_limit = self.limit
        return rows


def counts(rows: list[Finding]) -> dict[str, int]:
    """Findings per kind, summaries counted for what they stand for."""
    totals = dict.fromkeys(KINDS, 0)
    for row in rows:
        totals[row.kind] += row.count
    return totals


# -- one incident, for the inspector ------------------------------------------------------------
@dataclass(frozen=True)
class DeadlineFacts:
    deadline: str        # "D+2 05:00"
    state: str           # "3:10:00 left" | "passed 1:20:00 ago" | "not yet due"
    met: int
    pending: int
    missed: int
    obliged: int


@dataclass(frozen=True)
class IncidentFacts:
    label: str               # "#3 ground incursion S4"
    time: str                # "D+1 05:00"
    occurred: bool
    reaction: DeadlineFacts
    consultation: DeadlineFacts
    tier_hours: int
    expected: tuple[str, ...]
    committed: tuple[str, ...]
    gaps: tuple[str, ...]


def _deadline_facts(a: Assessment, ob: Obligations, i: int) -> DeadlineFacts:
    deadline = float(ob.deadline[i])
    row = ob.status[i]
    if not a.occurred[i]:
        state = tr("not yet due")
    elif a.now <= deadline:
        state = tr("{0} left").format(format_span(deadline - a.now))
    else:
        state = tr("passed {0} ago").format(format_span(a.now - deadline))
    return DeadlineFacts(format_relative_epoch(deadline, a.snapshot.startex), state,
                         met=int(np.count_nonzero(row == MET)), pending=int(np.count_nonzero(row == PENDING)),
                         missed=int(np.count_nonzero(row == MISSED)),
                         obliged=_obliged(a, i))


def _obliged(a: Assessment, i: int) -> int:
    if a.occurred[i]:
        return int(np.count_nonzero(a.reaction.status[i] != NOT_OBLIGED))
    # Not due yet, so the engine has not sorted signatories out: the parties bound before it.
    snap = a.snapshot
    return int(np.count_nonzero(snap.sig_bound <= snap.inc_time[i]))


def incident_facts(assessment: Assessment, incident_id: int) -> IncidentFacts | None:
    """What the engine derived for one incident, in words; None if the incident is not in it."""
    snap = assessment.snapshot
    hits = np.flatnonzero(snap.inc_ids == incident_id)
    if not len(hits):
        return None
    i = int(hits[0])
    return IncidentFacts(
        label=incident_label(snap, i), time=format_relative_epoch(float(snap.inc_time[i]), snap.startex),
        occurred=bool(assessment.occurred[i]),
        reaction=_deadline_facts(assessment, assessment.reaction, i),
        consultation=_deadline_facts(assessment, assessment.consultation, i),
        tier_hours=int(assessment.tier_hours[i]),
        expected=mask_categories(int(assessment.expected_mask[i])),
        committed=mask_categories(int(assessment.committed_mask[i])),
        gaps=mask_categories(int(assessment.gap_mask[i])))
