"""MSEL services: plan injects, and deliver, hold or skip them in play.

The planned columns are the script: play never changes them. Delivery writes
``status``, ``delivered_at`` (scenario) and ``delivered_wall``; an incident
inject also creates its incident at the delivery time.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from model.conduct_entities import INJECT_TYPES, Inject
from model.display_names import changed_fields, display_name
from model.entities import BranchPoint, Commitment, Consultation, ExerciseInfo, Incident, IncidentType, Outcome
from model.errors import ValidationError
from model.plural import plural
from model.services import log, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, capture, check_fields, fetch, when
from model.services.reporting import report
from model.touched import note_created
from model.i18n import QT_TR_NOOP, figure_text, number_text, tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

PLANNED_FIELDS = ("number", "scenario_time", "delivery_time", "phase", "inject_type", "method", "sender",
                  "recipient", "title", "synopsis", "expected_action", "objective", "controller", "notes",
                  "incident_type", "severity", "location", "additional_fields")
_DEFAULTS: dict[str, object] = dict(phase="", inject_type="message", method="", sender="", recipient="", title="", synopsis="",
                 expected_action="", objective="", controller="", notes="", incident_type=None,
                 severity=None, location="", delivery_time=None, additional_fields={}, asks_branch_point_id=None)
# Not a column of the sheet's script but a link in it: delivering the inject asks for that branch point's
# resolution. Kept out of PLANNED_FIELDS as package format 5 does not carry it (its import leaves it unset).
LINK_FIELDS = ("asks_branch_point_id",)
MAX_ADDITIONAL_FIELDS = 100
MAX_FIELD_NAME = 80      # a sheet's header, as read (model/msel/spreadsheets.py)
MAX_SHIFT = timedelta(days=366)


def clean_inject(session: Session, values: dict) -> dict:
    """Validate a complete set of planned fields; returns the stored form."""
    scenario_time = validate.moment("scenario_time", values["scenario_time"])
    delivery_time = validate.moment("delivery_time", values["delivery_time"], optional=True) or scenario_time
    inject_type = validate.choice("inject_type", values["inject_type"], INJECT_TYPES, kind="inject_type")
    incident_type, severity = values["incident_type"] or None, values["severity"]
    if inject_type == "incident":
        if incident_type is None:
            raise ValidationError("incident_type", tr("an incident inject needs an incident type"))
        kind = session.get(IncidentType, incident_type)
        if kind is None:
            raise ValidationError("incident_type", tr("'{incident_type}' is not an incident type of this exercise")
                                                      .format(incident_type=incident_type))
        if severity is None:
            severity = kind.default_severity
        severity = validate.severity("severity", severity)
    else:
        if incident_type is not None and session.get(IncidentType, incident_type) is None:
            raise ValidationError("incident_type", tr("'{incident_type}' is not an incident type of this exercise")
                                                      .format(incident_type=incident_type))
        severity = None if severity in (None, "") else validate.severity("severity", severity)
    short = {"number": 20, "title": 200, "phase": 100, "method": 60, "sender": 100, "recipient": 200, "objective": 200,
             "controller": 100, "location": 200}
    cleaned: dict[str, object] = {name: validate.text(name, values[name], max_len=size)
                                  for name, size in short.items()}
    cleaned["number"] = validate.text("number", values["number"], max_len=20, required=True)
    for name in ("synopsis", "expected_action", "notes"):
        cleaned[name] = validate.text(name, values[name], max_len=4000)
    cleaned.update(scenario_time=scenario_time, delivery_time=delivery_time, inject_type=inject_type,
                   incident_type=incident_type, severity=severity,
                   additional_fields=clean_additional_fields(values["additional_fields"]))
    if "asks_branch_point_id" in values:
        cleaned["asks_branch_point_id"] = clean_asks(session, values["asks_branch_point_id"])
    return cleaned


def clean_asks(session: Session, value) -> int | None:
    """The branch point an inject asks to resolve: None, or one of this exercise's."""
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("asks_branch_point_id", tr("must be a branch point id, got {value!r}").format(value=value))
    if session.get(BranchPoint, value) is None:
        raise ValidationError("asks_branch_point_id", tr("branch point {value} does not exist (it may have been "
                                                         "deleted)").format(value=value))
    return value


def clean_additional_fields(value) -> str:
    """Name -> text (a mapping or its JSON text) as stored: names trimmed and unique, sorted, blank
    values left out (a blank cell), so that every way in (dialog, sheet, package) stores the same
    fields as the same text."""
    fields = validate.decoded("additional_fields", value if value not in (None, "") else {})
    if not isinstance(fields, dict):
        raise ValidationError("additional_fields", tr("must map field names to text"))
    if len(fields) > MAX_ADDITIONAL_FIELDS:
        raise ValidationError("additional_fields", tr("has {0} fields; at most {MAX_ADDITIONAL_FIELDS}")
                                                      .format(len(fields), MAX_ADDITIONAL_FIELDS=MAX_ADDITIONAL_FIELDS))
    cleaned: dict[str, str] = {}
    for name, text in fields.items():
        name = validate.text("additional_fields", name, max_len=MAX_FIELD_NAME, required=True)
        if name in cleaned:
            raise ValidationError("additional_fields", tr("names the field '{name}' twice").format(name=name))
        if not isinstance(text, str):
            raise ValidationError("additional_fields", tr("'{name}' must be text, got {name__}")
                                                          .format(name=name, name__=type(text).__name__))
        if len(text) > 4000:
            raise ValidationError("additional_fields", tr("'{name}' is too long ({0} characters; at most 4000)")
                                                          .format(len(text), name=name))
        if text.strip():
            cleaned[name] = text
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True)


def next_number(session: Session) -> str:
    numbers = [n for n in session.scalars(select(Inject.number)) if n.isdigit()]
    return str(max((int(n) for n in numbers), default=0) + 1)


def create_inject(doc: ExerciseFile, *, scenario_time, number: str | None = None, adhoc: bool = False,
                  id: int | None = None, **fields) -> ChangeReport:
    check_fields(fields, PLANNED_FIELDS + LINK_FIELDS, "inject")
    with doc.transaction() as session:
        values = {**_DEFAULTS, **fields, "scenario_time": scenario_time,
                  "number": number or next_number(session)}
        row = Inject(id=id, adhoc=validate.boolean("adhoc", adhoc), status="planned",
                     **clean_inject(session, values))
        session.add(row)
        session.flush()
        summary = (tr("ad-hoc inject {number} planned for {when}: {synopsis}") if row.adhoc else
                   tr("Inject {number} planned for {when}: {synopsis}")).format(
            number=row.number, when=when(session, row.delivery_time), synopsis=row.synopsis[:80])
        log.append_entry(session, doc, kind="inject" if row.adhoc else "edit", text=summary)
        return report(session, "inject", "created", (row.id,), summary=summary)


def create_injects(doc: ExerciseFile, *, entries: list[dict], window: tuple[datetime, datetime] | None = None) -> ChangeReport:
    """Add many injects in one transaction (an MSEL import: all or nothing).

    *window* (STARTEX, ENDEX) is set in the same transaction, as an MSEL whose dates set the exercise's
    does; the report's ``previous["window"]`` is the window before, for the undo.
    """
    with doc.transaction() as session:
        previous_window = _set_window(session, window) if window is not None else None
        rows = []
        # Unnumbered entries continue the MSEL's numbering rather than restarting at 1.
        following = int(next_number(session))
        # Ids given up front: SQLite cannot batch INSERT … RETURNING in order, so without them a
        # 5,000-row import is 5,000 statements.
        first_id = (session.scalar(select(func.max(Inject.id))) or 0) + 1
        for index, entry in enumerate(entries):
            try:
                check_fields(entry, PLANNED_FIELDS + LINK_FIELDS, "inject")
                if "scenario_time" not in entry:
                    raise ValidationError("scenario_time", tr("is required"))
                cleaned = clean_inject(session, {**_DEFAULTS, **entry,
                                                 "number": entry.get("number") or str(following)})
            except ValidationError as err:
                raise ValidationError(f"entries[{index}].{err.field}", err.message) from None
            if cleaned["number"].isdigit():
                following = max(following, int(cleaned["number"]) + 1)
            rows.append({**cleaned, "id": first_id + index, "adhoc": False, "status": "planned"})
        if rows:
            # A bulk INSERT builds no ORM object per row (a third of a 5,000-row import's time otherwise);
            # the change report hears of the rows from here instead of from the flush.
            session.execute(insert(Inject), rows)
            note_created(session, "inject", [row["id"] for row in rows])
        summary = plural(len(rows), tr("{0} inject added to the MSEL"), tr("{0} injects added to the MSEL"))
        if window is not None:
            summary = tr("{added}; STARTEX {startex}, ENDEX {endex} set from the sheet").format(
                added=summary, startex=when(session, window[0]), endex=when(session, window[1]))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "inject", "created", tuple(row["id"] for row in rows), summary=summary,
                      previous={"window": previous_window} if previous_window is not None else None)


def _set_window(session: Session, window) -> tuple[datetime, datetime]:
    """Set STARTEX and ENDEX; returns the window before. Refuses what the exercise settings refuse."""
    startex, endex = (validate.moment(name, value) for name, value in zip(("startex", "endex"), window))
    if endex <= startex:
        raise ValidationError("endex", tr("ENDEX must come after STARTEX"))
    info = fetch(session, ExerciseInfo, 1, "Exercise description")
    before = (info.startex, info.endex)
    info.startex, info.endex = startex, endex
    return before



def update_inject(doc: ExerciseFile, *, inject_id: int, **changes) -> ChangeReport:
    check_fields(changes, PLANNED_FIELDS + LINK_FIELDS, "inject")
    with doc.transaction() as session:
        row = fetch(session, Inject, inject_id, "Inject")
        current = {name: getattr(row, name) for name in PLANNED_FIELDS + LINK_FIELDS}
        cleaned = clean_inject(session, {**current, **changes})
        previous = apply_values(row, {k: cleaned[k] for k in cleaned if k in changes or k == "severity"})
        summary = tr("Inject {number} edited ({fields})").format(number=row.number, fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "inject", "updated", (row.id,), previous=previous, summary=summary)


def delete_inject(doc: ExerciseFile, *, inject_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, Inject, inject_id, "Inject")
        removed = capture(row)
        summary = tr("Inject {number} removed from the MSEL").format(number=row.number)
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "inject", "deleted", (inject_id,), removed=removed, summary=summary)


def shift_injects(doc: ExerciseFile, *, offset: timedelta, phase: str | None = None) -> ChangeReport:
    """Move the planned times of a phase (or of every inject) by *offset*, keeping their spacing."""
    if not isinstance(offset, timedelta):
        raise ValidationError("offset", tr("must be a time span"))
    if abs(offset) > MAX_SHIFT:
        raise ValidationError("offset", tr("must be less than a year"))
    # Times are stored to the second: a fractional offset (from a drag) would be
    # cut off differently on the way out and back, so undo would not restore them.
    offset = timedelta(seconds=round(offset.total_seconds()))
    with doc.transaction() as session:
        statement = select(Inject)
        if phase is not None:
            statement = statement.where(Inject.phase == phase)
        rows = list(session.scalars(statement))
        if phase is not None and not rows:
            raise ValidationError("phase", tr("no inject belongs to phase '{phase}'").format(phase=phase))
        for row in rows:
            row.scenario_time += offset
            row.delivery_time += offset
        hours = offset.total_seconds() / 3600
        summary = (tr("{injects} of phase '{phase}' shifted by {hours} h") if phase is not None else
                   tr("{injects} of the whole MSEL shifted by {hours} h")).format(
            injects=plural(len(rows), tr("{0} inject"), tr("{0} injects")), phase=phase,
            hours=("+" if hours > 0 else "") + figure_text(hours))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "inject", "updated", tuple(r.id for r in rows),
                               previous={"offset": -offset, "phase": phase}, summary=summary)


# -- play ------------------------------------------------------------------------------
def deliver_inject(doc: ExerciseFile, *, inject_id: int, at: datetime, fired_now: bool = False) -> ChangeReport:
    """Deliver an inject at scenario time *at*: its incident (if any) happens then."""
    at = validate.moment("at", at)
    with doc.transaction() as session:
        row = fetch(session, Inject, inject_id, "Inject")
        if row.status in ("delivered", "skipped"):
            raise ValidationError("status", tr("inject {number} was already {status}")
                                               .format(number=row.number, status=display_name("inject_status", row.status)))
        previous = {"status": row.status}
        row.status, row.delivered_at, row.delivered_wall = "delivered", at, doc.wall_now()
        if row.inject_type == "incident":
            # The incident belongs where its inject does: the trunk, or the inject's outcome.
            incident = Incident(incident_type=row.incident_type, severity=row.severity, occurred_at=at,
                                location=row.location, description=row.synopsis, outcome_id=row.outcome_id)
            session.add(incident)
            session.flush()
            row.incident_id = incident.id
        summary = (tr("Inject {number} fired now at {when} (planned {planned}): {synopsis}") if fired_now else
                   tr("Inject {number} delivered at {when} (planned {planned}): {synopsis}")).format(
            number=row.number, when=when(session, at), planned=when(session, row.delivery_time),
            synopsis=row.synopsis[:120])
        log.append_entry(session, doc, kind="inject", text=summary)
        return report(session, "inject", "updated", (row.id,), previous=previous, summary=summary)


def _set_status(doc: ExerciseFile, inject_id: int, status: str, allowed_from: tuple[str, ...], verb: str) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, Inject, inject_id, "Inject")
        if row.status not in allowed_from:
            raise ValidationError("status", tr("inject {number} is {status} and cannot be {verb}")
                                               .format(number=row.number, status=display_name("inject_status", row.status),
                                                       verb=tr(_VERBS[verb])))
        previous = {"status": row.status}
        row.status = status
        summary = tr(_STATUS_ENTRIES[verb]).format(number=row.number)
        log.append_entry(session, doc, kind="inject", text=summary)
        return report(session, "inject", "updated", (row.id,), previous=previous, summary=summary)


# The verbs of the changes of status, as a refusal names them ("cannot be released").
_VERBS = {"held": QT_TR_NOOP("held"), "released": QT_TR_NOOP("released"), "skipped": QT_TR_NOOP("skipped")}
# The log entry of each change of status, one whole sentence each.
_STATUS_ENTRIES = {"held": QT_TR_NOOP("Inject {number} held"), "released": QT_TR_NOOP("Inject {number} released"),
                   "skipped": QT_TR_NOOP("Inject {number} skipped")}


def hold_inject(doc: ExerciseFile, *, inject_id: int) -> ChangeReport:
    return _set_status(doc, inject_id, "held", ("planned",), "held")


def release_inject(doc: ExerciseFile, *, inject_id: int) -> ChangeReport:
    return _set_status(doc, inject_id, "planned", ("held",), "released")


def skip_inject(doc: ExerciseFile, *, inject_id: int) -> ChangeReport:
    return _set_status(doc, inject_id, "skipped", ("planned", "held"), "skipped")


def revert_inject(doc: ExerciseFile, *, inject_id: int) -> ChangeReport:
    """Undo of deliver/skip/hold: back to planned; the incident a delivery created goes.

    The commitments and consultations entered against that incident since go with
    it (SQLite cascades). ``removed`` holds all of them and the inject as it was, so
    ``restore_records`` puts the delivery back exactly: nothing a revert removes is lost.
    """
    with doc.transaction() as session:
        row = fetch(session, Inject, inject_id, "Inject")
        if row.status == "planned":
            raise ValidationError("status", tr("inject {number} is already planned").format(number=row.number))
        previous = {"status": row.status}
        incident = session.get(Incident, row.incident_id) if row.incident_id is not None else None
        dependants = [] if incident is None else [
            *session.scalars(select(Commitment).where(Commitment.incident_id == incident.id)),
            *session.scalars(select(Consultation).where(Consultation.incident_id == incident.id))]
        removed = capture(row, *([incident] if incident is not None else []), *dependants)
        summary = tr("Inject {number} returned to planned (was {status})").format(
            number=row.number, status=display_name("inject_status", previous['status']))
        if incident is not None:
            summary = (tr("{reverted}; incident #{id} removed with {records}") if dependants else
                       tr("{reverted}; incident #{id} removed")).format(
                reverted=summary, id=incident.id,
                records=plural(len(dependants), tr("{0} commitment or consultation record"),
                               tr("{0} commitment or consultation records")))
            session.delete(incident)
        row.status, row.delivered_at, row.delivered_wall, row.incident_id = "planned", None, None, None
        log.append_entry(session, doc, kind="correction", text=summary)
        return report(session, "inject", "updated", (row.id,), previous=previous, removed=removed,
                      summary=summary)


def _in_play():
    """An inject of the trunk, or of an outcome played: one of an unresolved branch point waits for it."""
    return Inject.outcome_id.is_(None) | Inject.outcome_id.in_(select(Outcome.id).where(Outcome.played))


def due_injects(doc: ExerciseFile, *, now: datetime) -> list[Inject]:
    """Planned injects whose delivery time has come, earliest first (held ones wait, and so do
    those of a branch point's outcomes until it is resolved)."""
    now = validate.moment("now", now)
    with doc.reading() as session:
        return list(session.scalars(select(Inject).where(Inject.status == "planned", _in_play(),
                                                         Inject.delivery_time <= now)
                                    .order_by(Inject.delivery_time, Inject.id)))


def next_planned(doc: ExerciseFile, *, after: datetime) -> Inject | None:
    after = validate.moment("after", after)
    with doc.reading() as session:
        return session.scalar(select(Inject).where(Inject.status == "planned", _in_play(),
                                                   Inject.delivery_time > after)
                              .order_by(Inject.delivery_time, Inject.id).limit(1))


# -- MSEL import support ------------------------------------------------------------------
def check_entry(session: Session, entry: dict) -> dict:
    """What create_injects checks for one entry, numbering aside: an import's dry run, nothing written."""
    check_fields(entry, PLANNED_FIELDS + LINK_FIELDS, "inject")
    if "scenario_time" not in entry:
        raise ValidationError("scenario_time", tr("is required"))
    return clean_inject(session, {**_DEFAULTS, **entry, "number": entry.get("number") or "1"})


def delete_injects(doc: ExerciseFile, *, ids, window: tuple[datetime, datetime] | None = None) -> ChangeReport:
    """Remove several injects in one transaction (the undo of an MSEL import); all or nothing.

    The report's ``removed`` holds every removed row, so restore_records can
    put them back with their ids. *window*: STARTEX and ENDEX to set back in the same transaction
    (the undo of an import that set them).
    """
    if isinstance(ids, (str, bytes)) or not hasattr(ids, "__iter__"):
        raise ValidationError("ids", tr("must be a list of inject ids"))
    wanted: dict[int, int] = {}   # id -> its index in *ids* (a repeated id is removed once)
    for index, inject_id in enumerate(ids):
        if isinstance(inject_id, bool) or not isinstance(inject_id, int):
            raise ValidationError(f"ids[{index}]", tr("must be an inject id, got {inject_id!r}")
                                                      .format(inject_id=inject_id))
        wanted.setdefault(inject_id, index)
    if not wanted:
        raise ValidationError("ids", tr("must name at least one inject"))
    with doc.transaction() as session:
        if window is not None:
            _set_window(session, window)
        rows = []
        for inject_id, index in wanted.items():
            row = session.get(Inject, inject_id)
            if row is None:
                raise ValidationError(f"ids[{index}]", tr("inject {inject_id} does not exist (it may have been "
                                                          "deleted)")
                                                          .format(inject_id=inject_id))
            rows.append(row)
        removed = capture(*rows)
        for row in rows:
            session.delete(row)
        summary = (tr("{count} injects removed from the MSEL").format(count=number_text(len(rows)))
                   if len(rows) != 1 else
                   tr("Inject {number} removed from the MSEL").format(number=rows[0].number))
        if window is not None:
            summary = tr("{removed}; STARTEX {startex} and ENDEX {endex} again").format(
                removed=summary, startex=when(session, window[0]), endex=when(session, window[1]))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "inject", "deleted", tuple(wanted), removed=removed, summary=summary)
