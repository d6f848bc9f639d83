"""Treaty options crossed with branch outcomes: the engine once per option x outcome on the same record.

For the comparison view ("pact x rejects vs reassurance force x rejects"): each
outcome's snapshot holds the trunk plus that outcome (and the outcomes above it
when it is nested; other branch points take their default), judged under each
option exactly as ``model.comparison.judge_option`` judges the trunk.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from model.branching import branch_points, choice_for, outcome_label
from model.comparison import OptionResult, judge_option
from model.snapshot import ExerciseSnapshot, load_options, load_snapshot


@dataclass(frozen=True)
class OptionOutcomeResult:
    terms_id: int
    outcome_id: int | None      # None: the default choice (played, else the first outcome)
    outcome: str                # "Adversary's answer to the treaty offer: rejects"; "" for the default
    result: OptionResult


def outcome_snapshot(doc, outcome_id: int | None, terms_id: int | None = None) -> ExerciseSnapshot:
    """The record as the engine sees it with *outcome_id* taken (None: the default choice)."""
    choice = None if outcome_id is None else choice_for(branch_points(doc), outcome_id)
    return load_snapshot(doc, terms_id, choice=choice)


def compare_option_outcomes(doc, pairs: Sequence[tuple[int, int | None]],
                            at: float | None = None) -> list[OptionOutcomeResult]:
    """Each (treaty option id, outcome id) pair judged at scenario time *at* (default: the clock)."""
    points = branch_points(doc)
    terms = {t.id: t for t in load_options(doc, sorted({terms_id for terms_id, _ in pairs}))}
    snapshots: dict[int | None, ExerciseSnapshot] = {}
    results = []
    for terms_id, outcome_id in pairs:
        if outcome_id not in snapshots:
            snapshots[outcome_id] = load_snapshot(
                doc, choice=None if outcome_id is None else choice_for(points, outcome_id))
        snapshot = snapshots[outcome_id]
        now = snapshot.clock_time if at is None else at
        results.append(OptionOutcomeResult(terms_id, outcome_id, outcome_label(points, outcome_id),
                                           judge_option(snapshot, terms[terms_id], now)))
    return results
