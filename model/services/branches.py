"""Branch points and their outcomes: plan them, put incidents, injects and commitments on them, resolve them.

An incident, inject or commitment belongs to the trunk (outcome_id None) or to
one outcome of a branch point; a branch point may itself belong to an outcome,
so branches nest. In conduct the facilitator resolves a branch point: the
outcome chosen is played, and the planned injects of the others (and of the
branch points nested under them) are skipped, each with its own log entry.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.conduct_entities import Inject
from model.entities import BranchPoint, Commitment, Consultation, Incident, Outcome
from model.errors import ValidationError
from model.plural import plural
from model.services import log, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, capture, fetch, when
from model.services.reporting import report
from model.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

MEMBERS = {"incident": Incident, "inject": Inject, "commitment": Commitment}
MIN_OUTCOMES = 2
# The log entry of a record moved onto an outcome, one whole sentence per kind of record.
_PUT_ON = {"incident": QT_TR_NOOP("Incident #{id} put on {outcome}"),
           "inject": QT_TR_NOOP("Inject #{id} put on {outcome}"),
           "commitment": QT_TR_NOOP("Commitment #{id} put on {outcome}")}


def _outcome_names(names) -> list[str]:
    if not isinstance(names, (list, tuple)):
        raise ValidationError("outcomes", tr("must be a list of outcome names"))
    cleaned = [validate.text("outcomes", name, max_len=200, required=True) for name in names]
    if len(cleaned) < MIN_OUTCOMES:
        raise ValidationError("outcomes", tr("a branch point needs at least {MIN_OUTCOMES} outcomes")
                                             .format(MIN_OUTCOMES=MIN_OUTCOMES))
    if len({n.casefold() for n in cleaned}) != len(cleaned):
        raise ValidationError("outcomes", tr("two outcomes have the same name"))
    return cleaned


def _check_parent(session: Session, branch_point_id: int | None, outcome_id: int | None) -> None:
    """*outcome_id* must exist and not hang from the branch point itself (no branch point nests in itself)."""
    if outcome_id is None:
        return
    current: int | None = fetch(session, Outcome, outcome_id, "Outcome").id
    while current is not None:
        outcome = session.get(Outcome, current)
        if outcome is None:
            return
        if outcome.branch_point_id == branch_point_id:
            raise ValidationError("outcome_id", tr("a branch point cannot belong to one of its own outcomes or to a "
                                                   "branch nested under it"))
        current = fetch(session, BranchPoint, outcome.branch_point_id, "Branch point").outcome_id


def _label(session: Session, outcome_id: int | None) -> str:
    if outcome_id is None:
        return tr("the trunk")
    outcome = fetch(session, Outcome, outcome_id, "Outcome")
    point = fetch(session, BranchPoint, outcome.branch_point_id, "Branch point")
    return tr("'{outcome}' of '{question}'").format(outcome=outcome.name, question=point.question)


# -- planning -------------------------------------------------------------------------------------
def create_branch_point(doc: ExerciseFile, *, question: str, at, outcomes, outcome_id: int | None = None,
                        id: int | None = None) -> ChangeReport:
    """A branch point at scenario time *at* with its *outcomes* (names, in order)."""
    question = validate.text("question", question, max_len=300, required=True)
    at = validate.moment("at", at)
    names = _outcome_names(outcomes)
    with doc.transaction() as session:
        _check_parent(session, None, outcome_id)
        point = BranchPoint(id=id, question=question, at=at, outcome_id=outcome_id)
        session.add(point)
        session.flush()
        session.add_all(Outcome(branch_point_id=point.id, name=n, sort_order=i) for i, n in enumerate(names))
        summary = tr("Branch point #{id} '{question}' added at {when} ({outcomes})").format(
            id=point.id, question=question, when=when(session, at), outcomes=' / '.join(names))
        if outcome_id is not None:
            summary = tr("{added}, under {outcome}").format(added=summary, outcome=_label(session, outcome_id))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "branch_point", "created", (point.id,), summary=summary)


def update_branch_point(doc: ExerciseFile, *, branch_point_id: int, **changes) -> ChangeReport:
    """Change a branch point's question, time or the outcome it belongs to."""
    allowed = ("question", "at", "outcome_id")
    for name in changes:
        if name not in allowed:
            raise ValidationError(name, tr("is not a field of a branch point"))
    with doc.transaction() as session:
        point = fetch(session, BranchPoint, branch_point_id, "Branch point")
        cleaned: dict[str, Any] = {}
        if "question" in changes:
            cleaned["question"] = validate.text("question", changes["question"], max_len=300, required=True)
        if "at" in changes:
            cleaned["at"] = validate.moment("at", changes["at"])
        if "outcome_id" in changes:
            _check_parent(session, point.id, changes["outcome_id"])
            cleaned["outcome_id"] = changes["outcome_id"]
        previous = apply_values(point, cleaned)
        summary = tr("Branch point #{id} '{question}' edited").format(id=point.id, question=point.question)
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "branch_point", "updated", (point.id,), previous=previous, summary=summary)


def _members(session: Session, outcome_ids: set[int]) -> list:
    """Everything that goes with these outcomes: their rows and nested branch points, recursively.

    Captured before a delete, so that the undo puts every one back (SQLite's cascades remove them).
    """
    found: list = []
    pending = set(outcome_ids)
    while pending:
        ids = tuple(pending)
        incidents = list(session.scalars(select(Incident).where(Incident.outcome_id.in_(ids))))
        incident_ids = tuple(i.id for i in incidents)
        found += incidents
        found += session.scalars(select(Commitment).where(
            Commitment.outcome_id.in_(ids) | Commitment.incident_id.in_(incident_ids)))
        found += session.scalars(select(Consultation).where(Consultation.incident_id.in_(incident_ids)))
        found += session.scalars(select(Inject).where(
            Inject.outcome_id.in_(ids) | Inject.incident_id.in_(incident_ids)))
        nested = list(session.scalars(select(BranchPoint).where(BranchPoint.outcome_id.in_(ids))))
        found += nested
        outcomes = list(session.scalars(select(Outcome).where(
            Outcome.branch_point_id.in_(tuple(p.id for p in nested)))))
        found += outcomes
        pending = {o.id for o in outcomes}
    unique = {(row.__tablename__, row.id): row for row in found}   # a row can be found twice
    return list(unique.values())


def _askers(session: Session, point_ids: set[int], members: list) -> list:
    """The injects kept that ask for one of these branch points: SQLite unlinks them, so they are captured
    as they are for the undo (restore_records gives a row that still exists its captured values back)."""
    if not point_ids:
        return []
    kept = {row.id for row in members if isinstance(row, Inject)}
    return [row for row in session.scalars(select(Inject).where(Inject.asks_branch_point_id.in_(tuple(point_ids))))
            if row.id not in kept]


def _unlink_deliveries(rows: list) -> None:
    """An inject kept (trunk) whose delivered incident goes loses the link for good: unlink it, captured."""
    gone = {row.id for row in rows if isinstance(row, Incident)}
    for row in rows:
        if isinstance(row, Inject) and row.incident_id in gone:
            row.incident_id = None


def delete_branch_point(doc: ExerciseFile, *, branch_point_id: int) -> ChangeReport:
    """The branch point goes with its outcomes and everything that belongs to them (undo restores all)."""
    with doc.transaction() as session:
        point = fetch(session, BranchPoint, branch_point_id, "Branch point")
        outcomes = list(session.scalars(select(Outcome).where(Outcome.branch_point_id == point.id)))
        members = _members(session, {o.id for o in outcomes})
        nested = {row.id for row in members if isinstance(row, BranchPoint)}
        removed = capture(point, *outcomes, *members, *_askers(session, {point.id} | nested, members))
        _unlink_deliveries(members)
        summary = tr("Branch point #{id} '{question}' removed").format(id=point.id, question=point.question)
        if members:
            summary = tr("Branch point #{id} '{question}' removed with {records}").format(
                id=point.id, question=point.question,
                records=plural(len(members), tr("{0} record of its outcomes"), tr("{0} records of its outcomes")))
        session.delete(point)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "branch_point", "deleted", (branch_point_id,), removed=removed, summary=summary)


def create_outcome(doc: ExerciseFile, *, branch_point_id: int, name: str, id: int | None = None) -> ChangeReport:
    name = validate.text("name", name, max_len=200, required=True)
    with doc.transaction() as session:
        point = fetch(session, BranchPoint, branch_point_id, "Branch point")
        siblings = list(session.scalars(select(Outcome).where(Outcome.branch_point_id == point.id)))
        if any(o.name.casefold() == name.casefold() for o in siblings):
            raise ValidationError("name", tr("'{question}' already has an outcome '{name}'")
                                             .format(question=point.question, name=name))
        row = Outcome(id=id, branch_point_id=point.id, name=name,
                      sort_order=max((o.sort_order for o in siblings), default=-1) + 1)
        session.add(row)
        session.flush()
        summary = tr("Outcome '{name}' added to branch point '{question}'").format(name=name, question=point.question)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "outcome", "created", (row.id,), summary=summary)


def rename_outcome(doc: ExerciseFile, *, outcome_id: int, name: str) -> ChangeReport:
    name = validate.text("name", name, max_len=200, required=True)
    with doc.transaction() as session:
        row = fetch(session, Outcome, outcome_id, "Outcome")
        siblings = session.scalars(select(Outcome).where(Outcome.branch_point_id == row.branch_point_id,
                                                         Outcome.id != row.id))
        if any(o.name.casefold() == name.casefold() for o in siblings):
            raise ValidationError("name", tr("this branch point already has an outcome '{name}'")
                                             .format(name=name))
        previous = apply_values(row, {"name": name})
        summary = tr("Outcome '{old}' renamed '{name}'").format(old=previous.get('name', name), name=name)
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "outcome", "updated", (row.id,), previous=previous, summary=summary)


def delete_outcome(doc: ExerciseFile, *, outcome_id: int) -> ChangeReport:
    """An outcome goes with what belongs to it; a branch point keeps at least two."""
    with doc.transaction() as session:
        row = fetch(session, Outcome, outcome_id, "Outcome")
        point = fetch(session, BranchPoint, row.branch_point_id, "Branch point")
        count = len(list(session.scalars(select(Outcome.id).where(Outcome.branch_point_id == point.id))))
        if count <= MIN_OUTCOMES:
            raise ValidationError("outcome", tr("'{question}' needs at least {MIN_OUTCOMES} outcomes; delete the "
                                                "branch point instead")
                                                .format(question=point.question, MIN_OUTCOMES=MIN_OUTCOMES))
        if row.played:
            raise ValidationError("outcome", tr("'{name}' was played; it cannot be removed")
                                                .format(name=row.name))
        members = _members(session, {row.id})
        nested = {m.id for m in members if isinstance(m, BranchPoint)}
        removed = capture(row, *members, *_askers(session, nested, members))
        _unlink_deliveries(members)
        summary = tr("Outcome '{name}' of '{question}' removed").format(name=row.name, question=point.question)
        if members:
            summary = tr("Outcome '{name}' of '{question}' removed with {records}").format(
                name=row.name, question=point.question, records=plural(len(members), tr("{0} record"), tr("{0} records")))
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "outcome", "deleted", (outcome_id,), removed=removed, summary=summary)


def assign_outcome(doc: ExerciseFile, *, kind: str, key: int, outcome_id: int | None) -> ChangeReport:
    """Put an incident, inject or commitment on an outcome (None: the trunk)."""
    validate.choice("kind", kind, MEMBERS)
    with doc.transaction() as session:
        row: Any = fetch(session, MEMBERS[kind], key, kind.capitalize())
        if outcome_id is not None:
            fetch(session, Outcome, outcome_id, "Outcome")
        previous = apply_values(row, {"outcome_id": outcome_id})
        summary = tr(_PUT_ON[kind]).format(id=row.id, outcome=_label(session, outcome_id))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, kind, "updated", (row.id,), previous=previous, summary=summary)


def copy_incident(doc: ExerciseFile, *, incident_id: int, outcome_id: int | None,
                  id: int | None = None) -> ChangeReport:
    """A copy of the incident, its attendances and commitments, on another outcome (or the trunk)."""
    with doc.transaction() as session:
        source = fetch(session, Incident, incident_id, "Incident")
        if outcome_id is not None:
            fetch(session, Outcome, outcome_id, "Outcome")
        if outcome_id == source.outcome_id:
            raise ValidationError("outcome_id", tr("incident #{id} is already on {0}")
                                                   .format(_label(session, outcome_id), id=source.id))
        values = {k: v for k, v in source.to_record().items() if k != "id"}
        copy = Incident(id=id, **{**values, "outcome_id": outcome_id})
        session.add(copy)
        session.flush()
        for row in session.scalars(select(Commitment).where(Commitment.incident_id == source.id)):
            values = {k: v for k, v in row.to_record().items() if k != "id"}
            # What belonged to the source's outcome belongs to the copy's; trunk commitments stay trunk.
            own = outcome_id if row.outcome_id == source.outcome_id and row.outcome_id is not None else row.outcome_id
            session.add(Commitment(**{**values, "incident_id": copy.id, "outcome_id": own}))
        for attendance in session.scalars(select(Consultation).where(Consultation.incident_id == source.id)):
            values = {k: v for k, v in attendance.to_record().items() if k != "id"}
            session.add(Consultation(**{**values, "incident_id": copy.id}))
        session.flush()
        summary = tr("Incident #{id} copied to {outcome} as incident #{copy}").format(
            id=source.id, outcome=_label(session, outcome_id), copy=copy.id)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "incident", "created", (copy.id,), summary=summary)


def delete_copied_incident(doc: ExerciseFile, *, incident_id: int) -> ChangeReport:
    """The undo of a copy: the copy goes with its attendances and commitments."""
    from model.services import incidents
    return incidents.delete_incident(doc, incident_id=incident_id)


# -- conduct --------------------------------------------------------------------------------------
def resolve_branch_point(doc: ExerciseFile, *, branch_point_id: int, outcome_id: int, at) -> ChangeReport:
    """Play reached the branch point and the facilitator chose *outcome_id* at scenario time *at*.

    The other outcomes' planned or held injects, and those of branch points nested under them,
    are skipped, each logged; ``previous`` keeps their statuses for the undo.
    """
    at = validate.moment("at", at)
    with doc.transaction() as session:
        point = fetch(session, BranchPoint, branch_point_id, "Branch point")
        if point.resolved_at is not None:
            raise ValidationError("branch_point", tr("'{question}' was already resolved")
                                                     .format(question=point.question))
        if point.outcome_id is not None and not fetch(session, Outcome, point.outcome_id, "Outcome").played:
            raise ValidationError("branch_point", tr("'{question}' belongs to {0}, which has not been played")
                                                     .format(_label(session, point.outcome_id),
                                                             question=point.question))
        outcomes = list(session.scalars(select(Outcome).where(Outcome.branch_point_id == point.id)))
        chosen = next((o for o in outcomes if o.id == outcome_id), None)
        if chosen is None:
            raise ValidationError("outcome_id", tr("outcome {outcome_id} is not an outcome of '{question}'")
                                                   .format(outcome_id=outcome_id, question=point.question))
        chosen.played, point.resolved_at = True, at
        summary = tr("Branch point '{question}' resolved at {when}: {outcome}").format(
            question=point.question, when=when(session, at), outcome=chosen.name)
        log.append_entry(session, doc, kind="decision", text=summary)
        skipped = {}
        others = {o.id for o in outcomes if o.id != chosen.id}
        for inject in sorted((r for r in _members(session, others) if isinstance(r, Inject)),
                             key=lambda r: (r.delivery_time, r.id)):
            if inject.status in ("planned", "held"):
                skipped[inject.id] = inject.status
                inject.status = "skipped"
                log.append_entry(session, doc, kind="inject",
                                 text=tr("Inject {number} skipped: its outcome {outcome} was not played").format(
                                     number=inject.number, outcome=_label(session, inject.outcome_id)))
        if skipped:
            summary = tr("{resolved}; {skipped}").format(resolved=summary, skipped=plural(
                len(skipped), tr("{0} inject of the other outcomes skipped"),
                tr("{0} injects of the other outcomes skipped")))
        return report(session, "branch_point", "updated", (point.id,),
                      previous={"outcome_id": chosen.id, "skipped": skipped}, summary=summary)


def unresolve_branch_point(doc: ExerciseFile, *, branch_point_id: int, skipped: dict | None = None) -> ChangeReport:
    """The undo of a resolution: no outcome played, and the injects it skipped back as they were."""
    with doc.transaction() as session:
        point = fetch(session, BranchPoint, branch_point_id, "Branch point")
        if point.resolved_at is None:
            raise ValidationError("branch_point", tr("'{question}' is not resolved")
                                                     .format(question=point.question))
        nested = [p for p in _members(session, {o.id for o in session.scalars(
            select(Outcome).where(Outcome.branch_point_id == point.id))}) if isinstance(p, BranchPoint)]
        if any(p.resolved_at is not None for p in nested):
            raise ValidationError("branch_point", tr("a branch point nested under '{question}' was resolved since; "
                                                     "take that back first")
                                                     .format(question=point.question))
        for outcome in session.scalars(select(Outcome).where(Outcome.branch_point_id == point.id)):
            outcome.played = False
        point.resolved_at = None
        for inject_id, status in (skipped or {}).items():
            inject = session.get(Inject, int(inject_id))
            if inject is not None and inject.status == "skipped":
                inject.status = status
        summary = tr("Resolution of branch point '{question}' taken back").format(question=point.question)
        log.append_entry(session, doc, kind="correction", text=summary)
        return report(session, "branch_point", "updated", (point.id,), summary=summary)


def reached_unresolved(doc: ExerciseFile, *, now) -> list[BranchPoint]:
    """Branch points play has reached (time passed, parent outcome played or trunk) and nobody resolved."""
    now = validate.moment("now", now)
    with doc.reading() as session:
        points = session.scalars(select(BranchPoint).where(BranchPoint.resolved_at.is_(None),
                                                           BranchPoint.at <= now).order_by(BranchPoint.at))
        return [p for p in points if p.outcome_id is None or fetch(session, Outcome, p.outcome_id, "Outcome").played]


def outcomes_of(doc: ExerciseFile, *, branch_point_id: int) -> list[Outcome]:
    with doc.reading() as session:
        return list(session.scalars(select(Outcome).where(Outcome.branch_point_id == branch_point_id)
                                    .order_by(Outcome.sort_order, Outcome.id)))
