"""The columns of a comparison: which record is judged under which treaty option.

A Scenario names a treaty option and one branch outcome (None: the record as
the timeline shows it). ``judge_scenarios`` runs the engine once per column
on the same record, reusing an assessment the caller already has (the drag
preview's, under the active option), so a view that follows a drag pays for
the other columns only. An outcome's record is the trunk plus that outcome
(``OutcomeRecords``): read once per stored change, and moved with a drag
preview the way the timeline's own record is.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from model.branching import BranchPointRow, choice_for, taken_outcomes
from model.comparison import OptionResult, judge_option
from model.engine import Assessment
from model.snapshot import ExerciseSnapshot, TermsSnapshot, load_snapshot

MIN_COLUMNS = 2
MAX_COLUMNS = 4


@dataclass(frozen=True)
class Scenario:
    terms_id: int
    outcome_id: int | None = None      # a branch point's outcome; None: the record as the timeline shows it


@dataclass(frozen=True)
class Column:
    scenario: Scenario
    title: str                         # "This pact", or "This pact × rejects"
    result: OptionResult


class OutcomeRecords:
    """The record each outcome is judged on, read from the file once per stored change.

    *stored* is the document's own snapshot (the timeline's choice of outcomes);
    an outcome whose choice agrees with it is judged on the live record, so a
    drag preview moves it without a read.
    """

    def __init__(self, doc, points: Sequence[BranchPointRow], choice: Mapping[int, int], stored: ExerciseSnapshot):
        self.doc = doc
        self.points = list(points)
        self.choice = dict(choice)
        self.stored = stored
        self._read: dict[int, ExerciseSnapshot] = {}

    def choice_of(self, outcome_id: int) -> dict[int, int]:
        """The timeline's choice with *outcome_id* (and the outcomes it hangs from) taken."""
        return {**self.choice, **choice_for(self.points, outcome_id)}

    def record(self, outcome_id: int | None, live: ExerciseSnapshot) -> ExerciseSnapshot:
        if outcome_id is None:
            return live
        choice = self.choice_of(outcome_id)
        if taken_outcomes(self.points, choice) == live.taken:
            return live
        snapshot = self._read.get(outcome_id)
        if snapshot is None:
            snapshot = self._read[outcome_id] = load_snapshot(self.doc, choice=choice)
        return moved_like(snapshot, live, self.stored)


def moved_like(snapshot: ExerciseSnapshot, live: ExerciseSnapshot, stored: ExerciseSnapshot) -> ExerciseSnapshot:
    """*snapshot* with the incidents a drag preview moved (*live* against *stored*) moved the same way."""
    if live is stored or live.inc_time.shape != stored.inc_time.shape:
        return snapshot
    moved = np.flatnonzero(live.inc_time != stored.inc_time)     # a preview keeps positions
    for position in moved.tolist():
        incident_id = int(live.inc_ids[position])
        if incident_id in snapshot.inc_ids:
            snapshot = snapshot.with_incident_time(incident_id, int(live.inc_time[position]))
    return snapshot


def record_for(snapshot: ExerciseSnapshot, scenario: Scenario, records: OutcomeRecords | None) -> ExerciseSnapshot:
    """The record *scenario* is judged on: the live one, or the trunk plus the scenario's outcome."""
    if scenario.outcome_id is None or records is None:
        return snapshot
    return records.record(scenario.outcome_id, snapshot)


def judge_scenarios(snapshot: ExerciseSnapshot, scenarios: Sequence[Scenario], options: Mapping[int, TermsSnapshot],
                    now: float, known: Assessment | None = None, records: OutcomeRecords | None = None,
                    outcome_names: Mapping[int, str] | None = None, earlier: Sequence[Column] = ()) -> list[Column]:
    """Each scenario judged on its record as of *now*; *known*: an assessment of *snapshot* under its own terms;
    *earlier*: the columns last judged (a drag's previous step), whose rows the engine takes over where they hold.

    A scenario whose option is not in *options* (deleted meanwhile) is left out.
    """
    before = {column.scenario: column.result for column in earlier}
    columns = []
    names = outcome_names or {}
    for scenario in scenarios:
        record = record_for(snapshot, scenario, records)
        terms = record.terms if scenario.terms_id == record.terms.id else options.get(scenario.terms_id)
        if terms is None:
            continue
        reuse = known if record is snapshot and terms is snapshot.terms else None
        result = judge_option(record, terms, now, assessment=reuse, earlier=before.get(scenario))
        title = terms.name
        if scenario.outcome_id is not None and scenario.outcome_id in names:
            title = f"{terms.name} × {names[scenario.outcome_id]}"
        columns.append(Column(scenario, title, result))
    return columns
