"""Everything the after-action report says, gathered as plain dataclasses (no Qt).

The dataclasses are model.report_parts'; this module fills them.

``build_report_content`` reads the exercise file and the engine's assessment
at one scenario time (ENDEX, or the exercise clock if it has not reached
ENDEX) and turns them into text and numbers the renderers lay out. Nothing
here recomputes a deadline or a status: outcomes are the engine's, findings
are model.findings' sentences.
"""
from __future__ import annotations

import json
from datetime import datetime

import numpy as np

from model import queries
from model.branch_report import branch_reports
from model.catalogue import mask_categories, shipped_catalogue
from model.comparison_figures import options_compared
from model.conduct_entities import rating_name
from model.provision_report import provisions_report
from model.display_names import catalogue_text, category_name, display_name
from model.engine import MET, MISSED, NOT_DUE, NOT_OBLIGED, PENDING, STATUS_NAMES, Assessment, Obligations, assess
from model.entities import ClockState
from model.findings import gap_findings, gate_findings, missed_findings
from model.i18n import QT_TR_NOOP, month_abbr, tr, weekday_abbr
from model.report_parts import (
    ComplianceRow, ImprovementRow, IncidentReport, LatencyBar, LatencyRow, LogExcerpt, ObjectiveReport, Outcome,
    Participant, ReportContent, SignatoryResponse, TermsSummary,
)
from model.services.log import log_head
from model.snapshot import NO_TIME, load_snapshot
from model.timeline_data import live_commitments, status_counts, timeline_data
from model.timeutil import format_relative, format_relative_epoch, format_span, to_epoch
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES

SECTION_TITLES = (
    QT_TR_NOOP("Exercise Overview"), QT_TR_NOOP("Exercise Timeline"), QT_TR_NOOP("Incidents: Obligations and Outcomes"),
    QT_TR_NOOP("Compliance by Signatory"), QT_TR_NOOP("Response Latency"), QT_TR_NOOP("Commitment Matrix"),
    QT_TR_NOOP("Proportionality Gaps"), QT_TR_NOOP("Parliamentary Gates"), QT_TR_NOOP("Options Compared"),
    QT_TR_NOOP("Decision Log Excerpts"), QT_TR_NOOP("Analysis of Objectives"), QT_TR_NOOP("Improvement Plan"),
    QT_TR_NOOP("Standing Provisions"),
)
LOG_KINDS = ("decision", "commitment", "attendance", "inject", "correction")
LOG_LIMIT = 200


def format_when(value: datetime) -> str:
    """``Mon 2 Mar 2026 06:00 UTC``."""
    return f"{weekday_abbr(value)} {value.day} {month_abbr(value)} {value:%Y %H:%M} UTC"


def section_title(number: int) -> str:
    """The title of section *number* (from 1) in the chosen language."""
    return tr(SECTION_TITLES[number - 1])


# -- building ---------------------------------------------------------------------------------------
def _outcome(a: Assessment, ob: Obligations, i: int, s: int) -> Outcome:
    status = int(ob.status[i, s])
    done = int(ob.done_at[i, s])
    latency = (done - int(a.snapshot.inc_time[i])) / 3600 if done != NO_TIME else None
    margin = format_span(float(ob.margin[i, s]))
    text = {MET: tr("{0} early"), PENDING: tr("{0} left"),
            MISSED: tr("+{0} late") if latency is not None else tr("not done, {0} overdue")}.get(status, "")
    text = text.format(margin)
    return Outcome(STATUS_NAMES[status], latency, text)


def _mean(values: np.ndarray) -> float | None:
    return float(values.mean()) if len(values) else None


def _participants(doc, names: dict[str, str]) -> tuple[Participant, ...]:
    rows = []
    for s in queries.signatories(doc):
        approval = NOT_REQUIRED()
        if s.approval_required:
            approval = (tr("required, {0} h (assumed)") if s.lead_time_assumed else tr("required, {0} h")).format(
                s.approval_lead_hours)
        agreement = _day(s.agreement_date)
        rows.append(Participant(s.code, s.name, s.kind, s.nato, s.eu, agreement, approval, s.approval_basis,
                                s.contact, tuple(names.get(c, c) for c in json.loads(s.pledges or "[]"))))
    return tuple(rows)


def NOT_REQUIRED() -> str:  # noqa: N802 - reads as the constant it stands for
    """What the participants table says of a signatory without a parliamentary gate."""
    return tr("not required")


def _day(value) -> str:
    return f"{value.day} {month_abbr(value)} {value:%Y}" if value else ""


def _terms(doc, a: Assessment) -> TermsSummary:
    options = queries.treaty_terms(doc)
    row = next(t for t in options if t.id == a.snapshot.terms.id)
    catalogue = shipped_catalogue()
    tiers = tuple(json.loads(row.tiers))
    severity = json.loads(row.severity_tiers)
    rule = tuple((catalogue_text(catalogue.severities.get(s, f"S{s}")), tiers[severity[str(s)]]) for s in range(1, 6))
    option = catalogue.coordination_option(row.coordination)
    return TermsSummary(row.name, row.reaction_hours, tiers, rule,
                        tuple(category_name(c) for c in json.loads(row.categories)),
                        catalogue_text(option.name) if option else row.coordination, row.notes,
                        tuple(t.name for t in options if t.id != row.id))


def _incidents(a: Assessment, com_text: dict[tuple[int, int], list[str]], type_names: dict[str, str],
               severities: dict[int, str], locations: dict[int, tuple[str, str]]) -> tuple[IncidentReport, ...]:
    snap, rel = a.snapshot, a.snapshot.startex
    reports = []
    for i in range(snap.incident_count):
        inc_id = int(snap.inc_ids[i])
        responses = tuple(SignatoryResponse(snap.sig_codes[s], snap.sig_names[s], _outcome(a, a.reaction, i, s),
                                            _outcome(a, a.consultation, i, s), tuple(com_text.get((i, s), ())))
                          for s in range(snap.signatory_count))
        code = snap.type_codes[int(snap.inc_type[i])]
        location, description = locations.get(inc_id, ("", ""))
        reports.append(IncidentReport(
            inc_id, f"#{inc_id} {type_names.get(code, code)} S{int(snap.inc_severity[i])}",
            type_names.get(code, code), catalogue_text(severities.get(int(snap.inc_severity[i]), "")), location, description,
            format_relative_epoch(float(snap.inc_time[i]), rel), bool(a.occurred[i]),
            format_relative_epoch(float(a.reaction.deadline[i]), rel),
            format_relative_epoch(float(a.consultation.deadline[i]), rel), int(a.tier_hours[i]),
            _names(a.expected_mask[i]), _names(a.committed_mask[i]), _names(a.gap_mask[i]), status_counts(a.reaction.status[i]), status_counts(a.consultation.status[i]),
            responses))
    return tuple(reports)


def _names(mask) -> tuple[str, ...]:
    return tuple(category_name(c) for c in mask_categories(int(mask)))


def _latency(a: Assessment) -> tuple[LatencyRow, ...]:
    snap = a.snapshot
    rows = []
    for s in range(snap.signatory_count):
        bars = []
        for ob in (a.reaction, a.consultation):
            kept = []
            for i in range(snap.incident_count):
                status = int(ob.status[i, s])
                if status in (NOT_DUE, NOT_OBLIGED):
                    continue
                outcome = _outcome(a, ob, i, s)
                kept.append(LatencyBar(int(snap.inc_ids[i]), outcome.latency_h,
                                       (float(ob.deadline[i]) - float(snap.inc_time[i])) / 3600, outcome.status))
            bars.append(tuple(kept))
        rows.append(LatencyRow(snap.sig_codes[s], *bars))
    return tuple(rows)


def log_reference(entry: LogExcerpt) -> str:
    """How an observation points at the log entry it is about: ``log entry #12, D+1 14:00: "…"``."""
    text = entry.text if len(entry.text) <= 90 else entry.text[:89].rstrip() + "…"
    return tr("log entry #{0}, {1}: “{2}”").format(entry.number, entry.scenario, text)


def _objectives(doc, entries: dict[int, LogExcerpt]) -> tuple[ObjectiveReport, ...]:
    by_objective: dict[int, dict[str, list[str]]] = {}
    for o in queries.observations(doc):
        entry = entries.get(o.log_entry_id) if o.log_entry_id is not None else None
        text = f"{o.text} ({log_reference(entry)})" if entry else o.text
        by_objective.setdefault(o.objective_id, {}).setdefault(o.kind, []).append(text)
    rows = []
    for objective in queries.objectives(doc):
        kinds = by_objective.get(objective.id, {})
        rows.append(ObjectiveReport(objective.code, objective.title, objective.capability,
                                    objective.critical_tasks, objective.rating,
                                    rating_name(objective.rating), objective.rating_note,
                                    tuple(kinds.get("strength", ())), tuple(kinds.get("improvement", ())),
                                    tuple(kinds.get("note", ()))))
    return tuple(rows)


def _improvements(doc) -> tuple[ImprovementRow, ...]:
    codes = {o.id: o.code for o in queries.objectives(doc)}

    def day(value) -> str:
        return _day(value)
    return tuple(ImprovementRow(codes.get(i.objective_id, "") if i.objective_id is not None else "", i.issue, i.corrective_action, i.capability,
                                i.responsible_org, i.point_of_contact, day(i.start_date), day(i.completion_date))
                 for i in queries.improvement_items(doc))


def _log(doc, startex: datetime) -> tuple[tuple[LogExcerpt, ...], int, dict[int, LogExcerpt]]:
    """The conduct entries, the newest LOG_LIMIT of them (the end of play matters most), how many older ones
    are left out, and every entry by id (for the observations that refer to one)."""
    every = {e.id: LogExcerpt(e.id, format_relative(e.scenario_time, startex), f"{e.wall_time:%d} {month_abbr(e.wall_time)} {e.wall_time:%H:%M}",
                              e.author, e.kind, e.text) for e in queries.log_entries(doc)}
    entries = [e for e in every.values() if e.kind in LOG_KINDS
               or (e.kind == "clock" and ("STARTEX" in e.text or "ENDEX" in e.text))]
    kept = entries[-LOG_LIMIT:] if LOG_LIMIT else entries
    return tuple(kept), len(entries) - len(kept), every


def report_time(doc, clock: datetime | None = None) -> datetime:
    """The default 'as of' time: the exercise clock (*clock*, else the saved one), or ENDEX once it is past."""
    info = queries.exercise_info(doc)
    if clock is None:
        with doc.reading() as session:
            clock = session.get(ClockState, 1).scenario_time
    return min(clock, info.endex)


def _with_capital_times(incidents: tuple[IncidentReport, ...], a: Assessment) -> tuple[IncidentReport, ...]:
    from dataclasses import replace

    from model.timezones import capital_clocks_text

    codes = a.snapshot.sig_codes

    def clocks(ob: Obligations, i: int) -> str:
        obliged = [codes[s] for s in np.flatnonzero(ob.status[i] != NOT_OBLIGED)]
        return capital_clocks_text(float(ob.deadline[i]), obliged)
    return tuple(replace(inc, reaction_capitals=clocks(a.reaction, i), consultation_capitals=clocks(a.consultation, i))
                 for i, inc in enumerate(incidents))


def _compared(doc, at: datetime, compare_at: datetime | None, outcome: int | None, info):
    """The options compared, saying the time they were judged at when it is not the report's."""
    from dataclasses import replace

    when = at if compare_at is None else compare_at
    compared = options_compared(doc, to_epoch(when), outcome)
    if compared is None or compare_at is None:
        return compared
    text = f"{format_relative(when, info.startex)} ({format_when(when)})"
    return replace(compared, judged_at=("ENDEX, " + text) if when == info.endex else text)


def build_report_content(doc, *, at: datetime | None = None, generated: datetime | None = None,
                         capital_times: bool = False, compare_outcome: int | None = None,
                         compare_at: datetime | None = None) -> ReportContent:
    """The report of *doc* (an open ExerciseFile) as the engine assesses it at *at* (see report_time);
    *capital_times*: each deadline also on the obliged signatories' capitals' clocks; *compare_outcome*:
    the branch outcome "Options Compared" judges the options on (default: as played); *compare_at*: the
    time it judges them at (default: *at*; the comparison view's "Judged as of", ENDEX say)."""
    info = queries.exercise_info(doc)
    at = at or report_time(doc)
    a = assess(load_snapshot(doc), to_epoch(at))
    snap = a.snapshot
    instruments = {i.code: i.name for i in queries.instruments(doc)}
    type_names = {t.code: catalogue_text(t.name) for t in queries.incident_types(doc)}
    locations = {i.id: (i.location, i.description) for i in queries.incidents(doc)}
    live = live_commitments(a)
    com_text: dict[tuple[int, int], list[str]] = {}
    matrix = np.zeros((snap.signatory_count, len(CATEGORIES)), dtype=np.int64)
    for c in np.flatnonzero(live):
        i, s, cat = int(snap.com_inc[c]), int(snap.com_sig[c]), int(snap.com_cat[c])
        matrix[s, cat] += 1
        status = COMMITMENT_STATUSES[int(snap.com_status[c])]
        com_text.setdefault((i, s), []).append(
            f"{category_name(CATEGORIES[cat])}: {catalogue_text(instruments.get(snap.com_measure[c], snap.com_measure[c]))} "
            f"({display_name('commitment_status', status)})")
    compliance = []
    for s in range(snap.signatory_count):
        done_r = a.reaction.done_at[:, s] != NO_TIME
        done_c = a.consultation.done_at[:, s] != NO_TIME
        compliance.append(ComplianceRow(
            snap.sig_codes[s], snap.sig_names[s], status_counts(a.reaction.status[:, s]),
            status_counts(a.consultation.status[:, s]),
            _mean((a.reaction.done_at[done_r, s] - snap.inc_time[done_r]) / 3600),
            _mean((a.consultation.done_at[done_c, s] - snap.inc_time[done_c]) / 3600),
            tuple(int(n) for n in matrix[s])))
    participants = _participants(doc, instruments)
    log, left_out, entries = _log(doc, info.startex)
    at_endex = at >= info.endex
    as_of = f"{format_relative(at, info.startex)} ({format_when(at)})"
    note = (tr("Assessed at ENDEX.") if at_endex else
            tr("Assessed at the exercise clock, before ENDEX ({0}): deadlines not yet due are shown as pending.").format(
                format_relative(info.endex, info.startex)))
    gaps = gap_findings(a, limit=0)
    violations = int(a.gate_violation.sum())
    incidents = _incidents(a, com_text, type_names, shipped_catalogue().severities, locations)
    if capital_times:
        incidents = _with_capital_times(incidents, a)
    figures = (
        (tr("Signatories"), str(snap.signatory_count)),
        (tr("Incidents (occurred / planned)"), f"{int(a.occurred.sum())} / {snap.incident_count}"),
        (tr("Reaction deadlines met / missed / pending"),
         " / ".join(str(int((a.reaction.status == k).sum())) for k in (MET, MISSED, PENDING))),
        (tr("Consultation deadlines met / missed / pending"),
         " / ".join(str(int((a.consultation.status == k).sum())) for k in (MET, MISSED, PENDING))),
        (tr("Commitments announced"), str(int(live.sum()))),
        (tr("Incidents with a proportionality gap"), str(int(np.count_nonzero(a.gap_mask)))),
        (tr("Parliamentary gate violations"), str(violations)),
    )
    return ReportContent(
        title=info.name, description=info.description, classification=info.classification,
        marking_colour=info.marking_colour, startex=format_when(info.startex), endex=format_when(info.endex),
        as_of=as_of, as_of_note=note, at_endex=at_endex, generated=format_when(generated or datetime.now(at.tzinfo)),
        key_figures=figures, terms=_terms(doc, a), participants=participants, objectives=_objectives(doc, entries),
        timeline=timeline_data(a),
        incidents=incidents,
        missed_texts=tuple(f.text for f in missed_findings(a, limit=0)), compliance=tuple(compliance),
        latency=_latency(a), reaction_hours=snap.terms.reaction_s // 3600, matrix_codes=snap.sig_codes,
        matrix=tuple(tuple(int(n) for n in row) for row in matrix), gap_texts=tuple(f.text for f in gaps),
        gate_texts=tuple((f.text, f.detail == "violation") for f in gate_findings(a, instruments, limit=0)),
        gated_signatories=tuple(p for p in participants if p.approval != NOT_REQUIRED()),
        log=log, log_left_out=left_out, improvement_plan=_improvements(doc), log_head=log_head(doc),
        options_compared=_compared(doc, at, compare_at, compare_outcome, info), provisions=provisions_report(a),
        branches=branch_reports(doc, to_epoch(at)))
