"""Branch points as plain rows, and which outcomes a view or an assessment takes.

What is assessed is the trunk plus one outcome per branch point reached: a
branch point on the trunk always counts; one that belongs to an outcome counts
only while that outcome is taken (branches nest). The outcome taken is the one
the caller chose, else the one played in conduct, else the first.

Read through model/storage/reading.py, like model/snapshot.py: the snapshot
reads this before the first paint, when the ORM is not loaded yet.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from model.errors import StoredValueError
from model.storage import reading
from model.i18n import tr


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    branch_point_id: int
    name: str
    sort_order: int
    played: bool


@dataclass(frozen=True)
class BranchPointRow:
    id: int
    question: str
    at: int                     # scenario time, epoch s
    outcome_id: int | None      # the outcome it belongs to; None: the trunk
    resolved_at: int | None     # epoch s; None while unresolved
    outcomes: tuple[OutcomeRow, ...]

    @property
    def played(self) -> OutcomeRow | None:
        return next((o for o in self.outcomes if o.played), None)


def read_branch_points(connection) -> list[BranchPointRow]:
    """Every branch point with its outcomes, by time; *connection* is a reading transaction's."""
    outcomes: dict[int, list[OutcomeRow]] = {}
    for row in reading.outcome_rows(connection):
        outcomes.setdefault(row[1], []).append(OutcomeRow(row[0], row[1], row[2], row[3], bool(row[4])))
    points = []
    for bp_id, question, at, outcome_id, resolved in reading.branch_point_rows(connection):
        if at in (reading.UNREADABLE_TIME, reading.NEVER) or resolved == reading.UNREADABLE_TIME:
            raise StoredValueError(tr("branch point {bp_id}'s time is not a time Pactline writes")
                                      .format(bp_id=bp_id))
        points.append(BranchPointRow(bp_id, question, int(at), outcome_id,
                                     None if resolved == reading.NEVER else int(resolved),
                                     tuple(outcomes.get(bp_id, ()))))
    return points


def branch_points(doc) -> list[BranchPointRow]:
    with doc.reading_rows() as connection:
        return read_branch_points(connection)


def taken_outcomes(points: list[BranchPointRow], choice: Mapping[int, int] | None = None) -> dict[int, int]:
    """Branch point id -> the outcome taken, for every branch point reached (trunk, or a taken outcome)."""
    choice = choice or {}
    taken: dict[int, int] = {}
    shown: set[int | None] = {None}
    pending = list(points)
    while True:   # parents before children, whatever their times
        reached = [p for p in pending if p.outcome_id in shown]
        if not reached:
            return taken
        for point in reached:
            ids = [o.id for o in point.outcomes]
            if not ids:
                continue
            wanted = choice.get(point.id)
            played = point.played
            pick = wanted if wanted in ids else played.id if played is not None else ids[0]
            taken[point.id] = pick
            shown.add(pick)
        pending = [p for p in pending if p not in reached]


def shown_outcomes(points: list[BranchPointRow], choice: Mapping[int, int] | None = None) -> frozenset[int]:
    """The outcomes whose incidents, commitments and injects are assessed with the trunk."""
    return frozenset(taken_outcomes(points, choice).values())


def choice_for(points: list[BranchPointRow], outcome_id: int) -> dict[int, int]:
    """A choice that takes *outcome_id*, and the outcomes above it that it hangs from."""
    owner = {o.id: p for p in points for o in p.outcomes}
    choice: dict[int, int] = {}
    current: int | None = outcome_id
    while current is not None and current in owner and owner[current].id not in choice:
        point = owner[current]
        choice[point.id] = current
        current = point.outcome_id
    return choice


def outcome_label(points: list[BranchPointRow], outcome_id: int | None) -> str:
    """"Question: outcome" for an outcome, "" for the trunk (or an outcome no longer there)."""
    for point in points:
        for outcome in point.outcomes:
            if outcome.id == outcome_id:
                return f"{point.question}: {outcome.name}"
    return ""


def incident_outcomes(doc) -> dict[int, int]:
    """Incident id -> its outcome, for the incidents that are not on the trunk."""
    with doc.reading_rows() as connection:
        return reading.incident_outcomes(connection)


def outcome_rank(points: list[BranchPointRow]) -> dict[int, int]:
    """Outcome id -> its place among its branch point's outcomes: what the views tint it by."""
    return {o.id: rank for p in points for rank, o in enumerate(p.outcomes)}


def find_outcome(points: list[BranchPointRow], name: str) -> int:
    """The outcome a planner names: "rejects", or "Question: rejects" where two questions share the word.

    Raises ValueError naming the outcomes there are when *name* is none of them or is ambiguous.
    """
    wanted = name.strip().casefold()
    labelled = [(f"{p.question}: {o.name}", o.id) for p in points for o in p.outcomes]
    hits = [outcome_id for label, outcome_id in labelled if label.casefold() == wanted]
    hits = hits or [o.id for p in points for o in p.outcomes if o.name.casefold() == wanted]
    if len(hits) == 1:
        return hits[0]
    known = "; ".join(label for label, _ in labelled) or tr("none (the exercise has no branch points)")
    if hits:
        raise ValueError(tr("outcome '{name}' is an answer to several questions; name it as 'Question: outcome' "
                            "({known})").format(name=name, known=known))
    raise ValueError(tr("there is no outcome '{name}' in this exercise; its outcomes are: {known}").format(
        name=name, known=known))
