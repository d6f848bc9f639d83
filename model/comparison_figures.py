"""The figures the comparison's charts draw, per option: plain numbers, the same for the window and the report.

Hours rather than seconds (a chart's axis reads in hours); None where there is
nothing to draw (no measure of that category took effect under that option).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from model.comparison import OptionResult


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


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None or math.isnan(seconds) else seconds / 3600


def option_figures(results: Sequence[OptionResult]) -> tuple[OptionFigures, ...]:
    return tuple(OptionFigures(
        name=r.name, met=r.met, missed=r.missed, pending=r.pending,
        reaction_median_h=_hours(r.reaction.median_s), consultation_median_h=_hours(r.consultation.median_s),
        gap_incidents=r.gap_incidents, gate_violations=r.gate_violations, approvals_needed=r.gated,
        first_effective_h=tuple(_hours(v) for v in r.median_first_effective_s())) for r in results)
