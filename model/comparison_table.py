"""A comparison of treaty options as a table: rows of measures, one column per option.

The command line prints it as text (``--compare-options``) or writes it as CSV
(``--compare-options out.csv``); the same rows serve both, so the two never
disagree. Spans read as every view writes them (``3 h 50 min``).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence

import numpy as np

from model.comparison import OptionResult, Tally
from model.display_names import category_word
from model.findings import incident_label
from model.i18n import QT_TR_NOOP, tr
from model.timeutil import format_relative_epoch, format_span
from model.vocabulary import CATEGORIES

MARKING = "EXERCISE EXERCISE EXERCISE"   # as every printout and export of an exercise carries it
MAX_INCIDENT_ROWS = 50      # parties bound, per incident; a long exercise is summarised after these
_KIND_WORDS = {"collective": QT_TR_NOOP("collective pact"),
               "stationed_force": QT_TR_NOOP("force stationed in the protected state"),
               "bilateral": QT_TR_NOOP("bilateral agreements only")}
_ADVERSARY = {"acceptable": QT_TR_NOOP("acceptable"), "rejected": QT_TR_NOOP("rejects it"),
              "unavailable": QT_TR_NOOP("unavailable (veto)"), "unknown": QT_TR_NOOP("not known")}


def _span(seconds: float | None) -> str:
    return "–" if seconds is None or np.isnan(seconds) else format_span(seconds)


def _counts(tally: Tally) -> str:
    return f"{tally.met} / {tally.missed} / {tally.pending}"


def _latency(tally: Tally) -> str:
    return f"{_span(tally.median_s)} / {_span(tally.worst_s)}"


def _assumed(flag: bool) -> str:
    return " " + tr("(assumed)") if flag else ""


def comparison_rows(results: Sequence[OptionResult]) -> list[tuple[str, list[str]]]:
    """(measure, one cell per option) rows, in reading order."""
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, cell) -> None:
        rows.append((label, [cell(r) for r in results]))

    row(tr("Option"), lambda r: r.name)
    row(tr("Demands"), lambda r: tr(_KIND_WORDS[r.kind]) if r.kind in _KIND_WORDS else r.kind)
    row(tr("Obligations met / missed / pending"), lambda r: f"{r.met} / {r.missed} / {r.pending}")
    row(tr("Reactions met / missed / pending"), lambda r: _counts(r.reaction))
    row(tr("Consultations met / missed / pending"), lambda r: _counts(r.consultation))
    row(tr("Reaction latency median / worst"), lambda r: _latency(r.reaction))
    row(tr("Consultation latency median / worst"), lambda r: _latency(r.consultation))
    row(tr("Incidents with a proportionality gap"), lambda r: str(r.gap_incidents))
    row(tr("Expected categories missing"), lambda r: str(r.gap_categories))
    row(tr("Parliamentary gates broken / respected"),
        lambda r: f"{r.gate_violations} / {r.gated - r.gate_violations}")
    row(tr("Parliamentary approvals needed"),
        lambda r: f"{r.gated} ({', '.join(r.approvals_needed) or tr('none')})")
    for k, category in enumerate(CATEGORIES):
        row(tr("First effective {0} measure, median").format(category_word(category)), lambda r, k=k:
            _span(r.median_first_effective_s()[k]))
    row(tr("Military measures coordinated by"), lambda r: r.coordinator or "–")
    row(tr("Coordination lead time"), lambda r: f"{r.coordination_lead_h} h{_assumed(r.lead_time_assumed)}")
    row(tr("Adversary"), lambda r: (tr(_ADVERSARY[r.adversary]) if r.adversary in _ADVERSARY else r.adversary)
        + _assumed(r.adversary_assumed and r.adversary != "unavailable"))
    row(tr("Standing provisions: parties' milestones overdue"),
        lambda r: tr("{0} of {1}").format(r.provision_overdue, r.provision_milestones))
    row(tr("Standing provisions: parties' milestones due soon"), lambda r: str(r.provision_due_soon))
    if not results:
        return rows
    snap = results[0].assessment.snapshot
    shown = min(snap.incident_count, MAX_INCIDENT_ROWS)
    for i in range(shown):
        when = format_relative_epoch(float(snap.inc_time[i]), snap.startex)
        row(tr("Parties bound at {incident} ({when})").format(incident=incident_label(snap, i), when=when),
            lambda r, i=i: str(int(r.parties_bound[i])))
    if snap.incident_count > shown:
        row(tr("Parties bound, median over all {0} incidents").format(snap.incident_count),
            lambda r: f"{float(np.median(r.parties_bound)):g}")
    for s, code in enumerate(snap.sig_codes):
        row(tr("{code} reaction / consultation latency, median").format(code=code), lambda r, s=s:
            f"{_span(r.reaction.per_signatory_s[s])} / {_span(r.consultation.per_signatory_s[s])}")
    return rows


def marking_line(classification: str) -> str:
    return f"{MARKING} — {classification}"


def comparison_text(results: Sequence[OptionResult], *, classification: str, title: str = "") -> str:
    """The table as aligned plain text under the exercise marking: options as columns A, B, C…,
    named in a legend above."""
    rows = comparison_rows(results)
    letters = [chr(ord("A") + n) for n in range(len(results))]
    legend = [f"{letter}  {r.name}" for letter, r in zip(letters, results)]
    body = [("", letters)] + rows[1:]
    label_width = max(len(label) for label, _ in body)
    widths = [max(len(cells[n]) for _, cells in body) for n in range(len(results))]
    lines = [marking_line(classification)] + ([title] if title else [])
    lines += legend + [""]
    for label, cells in body:
        lines.append("  ".join([label.ljust(label_width)] + [c.ljust(w) for c, w in zip(cells, widths)]).rstrip())
    return "\n".join(lines)


def comparison_csv(results: Sequence[OptionResult], *, classification: str) -> bytes:
    """The table as CSV under the exercise marking (UTF-8 with a BOM, so spreadsheet programs read
    the accents): one column per option."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    rows = comparison_rows(results)
    writer.writerow([marking_line(classification)])
    writer.writerow([tr("Measure"), *rows[0][1]])
    for label, cells in rows[1:]:
        writer.writerow([label, *cells])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
