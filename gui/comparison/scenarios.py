"""The columns of a comparison: which record is judged under which treaty option.

A Scenario names a treaty option and, once branch points exist, one outcome
(None: the whole record). ``judge_scenarios`` runs the engine once per column
on the same record, reusing an assessment the caller already has (the drag
preview's, under the active option), so a view that follows a drag pays for
the other columns only. Branches plug in at ``record_for``: the record an
outcome sees is the trunk plus that outcome.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from model.comparison import OptionResult, judge_option
from model.engine import Assessment
from model.snapshot import ExerciseSnapshot, TermsSnapshot

MIN_COLUMNS = 2
MAX_COLUMNS = 4


@dataclass(frozen=True)
class Scenario:
    terms_id: int
    outcome_id: int | None = None      # a branch point's outcome; None: the record as it stands


@dataclass(frozen=True)
class Column:
    scenario: Scenario
    title: str                         # "This pact", later "This pact × rejects"
    result: OptionResult


def record_for(snapshot: ExerciseSnapshot, scenario: Scenario) -> ExerciseSnapshot:
    """The record *scenario* is judged on (every scenario sees the whole record until branches exist)."""
    return snapshot


def judge_scenarios(snapshot: ExerciseSnapshot, scenarios: Sequence[Scenario], options: Mapping[int, TermsSnapshot],
                    now: float, known: Assessment | None = None,
                    earlier: Sequence[Column] = ()) -> list[Column]:
    """Each scenario judged on *snapshot* as of *now*; *known*: an assessment of *snapshot* under its own terms;
    *earlier*: the columns last judged (a drag's previous step), whose rows the engine takes over where they hold.

    A scenario whose option is not in *options* (deleted meanwhile) is left out.
    """
    before = {column.scenario: column.result.assessment for column in earlier}
    columns = []
    for scenario in scenarios:
        record = record_for(snapshot, scenario)
        terms = snapshot.terms if scenario.terms_id == snapshot.terms.id else options.get(scenario.terms_id)
        if terms is None:
            continue
        reuse = known if record is snapshot and terms is snapshot.terms else None
        result = judge_option(record, terms, now, assessment=reuse, like=before.get(scenario))
        columns.append(Column(scenario, terms.name, result))
    return columns
