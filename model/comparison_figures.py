"""The figures the comparison's charts draw, per option, and the after-action report's "Options Compared".

Plain numbers, the same for the window and the report: hours rather than
seconds (a chart's axis reads in hours); None where there is nothing to draw
(no measure of that category took effect under that option). The report's
table is model/comparison_table.py's, as the command line prints it.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from model.comparison import OptionResult, compare
from model.comparison_table import comparison_rows
from model.branching import branch_points, outcome_label
from model.outcome_comparison import outcome_snapshot
from model.snapshot import load_options, terms_ids

MAX_COMPARED = 4        # options side by side, as the comparison view shows at most


@dataclass(frozen=True)
class OptionFigures:
    name: str
    met: int
    missed: int
    pending: int
    reaction_median_h: float | None
    consultation_median_h: float | None
    gap_incidents: int
    gate_violations: int
    approvals_needed: int
    first_effective_h: tuple[float | None, ...]     # per category (model.vocabulary.CATEGORIES), median
    provision_overdue: int = 0          # the bound parties' standing-provision milestones overdue
    provision_due_soon: int = 0         # ... and at risk (due within a day, not delivered)


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None or math.isnan(seconds) else seconds / 3600


def option_figures(results: Sequence[OptionResult], names: Sequence[str] | None = None) -> tuple[OptionFigures, ...]:
    """Per result, its figures, named by *names* (default: the option's name; "Pact × rejects" when crossed)."""
    names = [r.name for r in results] if names is None else names
    return tuple(OptionFigures(
        name=name, met=r.met, missed=r.missed, pending=r.pending,
        reaction_median_h=_hours(r.reaction.median_s), consultation_median_h=_hours(r.consultation.median_s),
        gap_incidents=r.gap_incidents, gate_violations=r.gate_violations, approvals_needed=r.gated,
        first_effective_h=tuple(_hours(v) for v in r.median_first_effective_s()),
        provision_overdue=r.provision_overdue, provision_due_soon=r.provision_due_soon)
        for r, name in zip(results, names))


@dataclass(frozen=True)
class OptionsCompared:
    """The treaty options judged on the same record at the report's time: the comparison's table and chart."""

    names: tuple[str, ...]
    active: str
    rows: tuple[tuple[str, tuple[str, ...]], ...]      # (measure, one cell per option), model/comparison_table's
    figures: tuple[OptionFigures, ...]
    left_out: tuple[str, ...]                            # options beyond MAX_COMPARED
    outcome: str = ""                                    # "Question: outcome" the options were judged on
    judged_at: str = ""                                  # "ENDEX, D+4 18:00 (…)" when not the report's own time

    def differs(self, row: int) -> bool:
        return len(set(self.rows[row][1])) > 1


def options_compared(doc, at: float, outcome_id: int | None = None) -> OptionsCompared | None:
    """Every option (the first MAX_COMPARED) judged on the record as of *at* (epoch s); None for one option.

    *outcome_id*: judged on the trunk plus that branch outcome (default: the outcomes played, else the first).
    """
    ids = terms_ids(doc)
    if len(ids) < 2:
        return None
    snapshot = outcome_snapshot(doc, outcome_id)
    options = load_options(doc, ids)
    results = compare(snapshot, options[:MAX_COMPARED], at)
    outcome = "" if outcome_id is None else outcome_label(branch_points(doc), outcome_id)
    return OptionsCompared(names=tuple(r.name for r in results), active=snapshot.terms.name,
                           rows=tuple((label, tuple(cells)) for label, cells in comparison_rows(results)[1:]),
                           figures=option_figures(results), left_out=tuple(t.name for t in options[MAX_COMPARED:]),
                           outcome=outcome)
