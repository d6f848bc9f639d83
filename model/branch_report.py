"""The after-action report's branches: what was played at each branch point and, for contrast, what the
other outcomes would have demanded (their incidents, the deadlines they would have set, their injects).

Each outcome is judged by the engine on the trunk plus that outcome, under the
option the report assesses, at the report's scenario time: the contrast is the
engine's, not an estimate.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.branching import BranchPointRow, branch_points, choice_for
from model.catalogue import mask_categories
from model.display_names import category_name, display_name
from model.engine import MET, MISSED, PENDING, assess
from model.i18n import tr, tr_in
from model.snapshot import load_snapshot
from model.storage import reading
from model.timeutil import format_relative_epoch


@dataclass(frozen=True)
class OutcomeReport:
    name: str
    played: bool                  # resolved with it in play
    shown: bool                   # the one the report assesses (played, else the planners' default)
    incidents: tuple[str, ...]    # its own incidents: "D+2 20:00 Energy-infrastructure strike S4, Dnipro…"
    deadlines: tuple[int, int, int]   # its incidents' reaction + consultation deadlines: met, missed, pending
    expected: tuple[str, ...]     # response categories its incidents expect
    injects: tuple[str, ...]      # "13 (skipped): The adversary rejects…"


@dataclass(frozen=True)
class BranchReport:
    question: str
    at: str                       # "D+2 12:00"
    resolution: str               # "Resolved at D+2 12:05: rejects" | "Not resolved in play"
    outcomes: tuple[OutcomeReport, ...]


def branch_reports(doc, at: float, terms_id: int | None = None) -> tuple[BranchReport, ...]:
    """Every branch point reached in the assessed play, each outcome judged at scenario time *at* (epoch s)."""
    points = branch_points(doc)
    if not points:
        return ()
    assessed = load_snapshot(doc, terms_id)
    with doc.reading_rows() as connection:
        type_names = reading.type_names(connection)
        own = reading.incident_outcomes(connection)
        injects = reading.outcome_inject_rows(connection)
    reports = []
    for point in points:
        if point.id not in assessed.taken:
            continue   # nested under an outcome that was not played
        outcomes = tuple(_outcome(doc, points, point, o.id, o.name, o.played, assessed.taken[point.id] == o.id,
                                  at, terms_id, own, type_names, injects) for o in point.outcomes)
        startex = assessed.startex
        played = point.played
        resolution = (tr("Resolved at {when}: {outcome}").format(
                          when=format_relative_epoch(point.resolved_at, startex), outcome=played.name)
                      if played is not None and point.resolved_at is not None else tr("Not resolved in play"))
        reports.append(BranchReport(point.question, format_relative_epoch(point.at, startex), resolution, outcomes))
    return tuple(reports)


def _outcome(doc, points: list[BranchPointRow], point: BranchPointRow, outcome_id: int, name: str, played: bool,
             shown: bool, at: float, terms_id, own: dict, type_names: dict, injects) -> OutcomeReport:
    snap = load_snapshot(doc, terms_id, choice=choice_for(points, outcome_id))
    a = assess(snap, at)
    mine = np.array([own.get(int(i)) == outcome_id for i in snap.inc_ids.tolist()], dtype=bool)
    lines = []
    for pos in np.flatnonzero(mine).tolist():
        code = snap.type_codes[snap.inc_type[pos]]
        kind = tr_in("model.display_names", type_names[code]) if code in type_names else code   # as the snapshot names it
        where = snap.inc_location[pos]
        lines.append(f"{format_relative_epoch(snap.inc_time[pos], snap.startex)} {kind} S{int(snap.inc_severity[pos])}"
                     + (f", {where}" if where else ""))
    counts = []
    for status in (MET, MISSED, PENDING):
        counts.append(int((a.reaction.status[mine] == status).sum() + (a.consultation.status[mine] == status).sum()))
    expected = int(np.bitwise_or.reduce(a.expected_mask[mine])) if mine.any() else 0
    return OutcomeReport(
        name=name, played=played, shown=shown, incidents=tuple(lines), deadlines=(counts[0], counts[1], counts[2]),
        expected=tuple(category_name(c) for c in mask_categories(expected)),
        injects=tuple(f"{number} ({display_name('inject_status', status)}): {synopsis[:120]}"
                      for number, status, synopsis, o in injects
                      if o == outcome_id))
