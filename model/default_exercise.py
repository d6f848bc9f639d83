"""Build new exercise files: the shipped default exercise, or a blank one.

Both copy the shipped catalogue into the file, so each exercise carries the
incident types, instruments and proportionality table it was planned with.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from model.catalogue import shipped_catalogue
from model.conduct_entities import Inject, Objective
from model.entities import (
    BranchPoint, ClockState, Commitment, Consultation, Incident, IncidentType, Instrument, Outcome, Signatory,
    TreatyParty,
)
from model.provision_entities import Provision, ProvisionDelivery, ProvisionMilestone
from model.storage.exercise_file import ExerciseFile
from model.reltime import parse_time
from model.resources import resource
from model.services import exercise, responses, terms
from model.services.log import append_entry
from model.services.parties import clean_party
from model.timeutil import as_date, format_relative, parse_iso
from model.i18n import tr, tr_in

DEFAULT_TERMS: dict[str, Any] = dict(name="Light mutual-defence clause", reaction_hours=24, tiers=[24, 48, 72],
                     severity_tiers={"1": 2, "2": 2, "3": 1, "4": 0, "5": 0},
                     categories=["political", "economic", "military", "cyber", "humanitarian"],
                     coordination="coordination_cell")


def seed_catalogue(session: Session) -> None:
    catalogue = shipped_catalogue()
    for order, item in enumerate(catalogue.incident_types):
        session.add(IncidentType(sort_order=order, **item))
    for order, item in enumerate(catalogue.instruments):
        session.add(Instrument(sort_order=order, **item))
    session.flush()


class _Creator:
    """Stands in for an open document while the file is being built."""

    def __init__(self, scenario_time: datetime):
        self.author = "Pactline"
        self.scenario_now: Callable[[], datetime] | None = lambda: scenario_time

    def wall_now(self) -> datetime:
        # The entry says when the file was really made; its scenario time is STARTEX.
        return datetime.now(UTC).replace(microsecond=0)


def populate_blank(name: str, startex: datetime, duration: timedelta = timedelta(days=3)) -> Callable[[Session], None]:
    def populate(session: Session) -> None:
        seed_catalogue(session)
        options = terms.add_terms(session, **DEFAULT_TERMS)
        info = exercise.new_info(name=name, startex=startex, endex=startex + duration)
        info.active_terms_id = options.id
        session.add(info)
        session.add(ClockState(id=1, scenario_time=startex, running=False, speed=1.0))
        session.flush()
        append_entry(session, _Creator(startex), kind="edit", text=tr("Exercise '{name}' created").format(name=name))
    return populate


def creation_language() -> str:
    """The language tr() speaks now ("en", "it"): the catalogue itself says which it is."""
    return tr("en", "the language code the default exercise is created in (en, it)")


def default_data(language: str = "en") -> dict:
    """The default exercise's content, its texts in *language* where resources/ has them (else English).

    resources/default_exercise_<language>.json holds only the texts, row by row in the order of
    default_exercise.json; codes, times and references stay in the one English file.
    """
    data = json.loads(resource("default_exercise.json").read_text(encoding="utf-8"))
    texts_path = resource(f"default_exercise_{language}.json")
    if language == "en" or not texts_path.exists():
        return data
    texts = json.loads(texts_path.read_text(encoding="utf-8"))
    for key in ("name", "description", "classification"):
        data[key] = texts[key]
    for section in ("terms", "signatories", "incidents", "injects", "objectives"):
        for row, words in zip(data[section], texts[section], strict=True):
            row.update(words)
    inject_words = texts.get("inject_words", {})   # phases, methods, senders, recipients, controllers
    for row in data["injects"]:
        row.update({k: inject_words.get(row[k], row[k]) for k in ("phase", "method", "from", "to", "controller") if k in row})
    notes = texts.get("notes", {})   # the records' notes, English -> this language
    for row in [*data["consultations"], *data["commitments"],
                *(d for p in data.get("provisions", []) for d in p["deliveries"])]:
        if row.get("note"):
            row["note"] = notes.get(row["note"], row["note"])
    for provision, words in zip(data.get("provisions", []), texts.get("provisions", []), strict=True):
        provision.update({k: words[k] for k in ("title", "unit", "notes")})
        for milestone, what in zip(provision["milestones"], words["milestones"], strict=True):
            milestone["what"] = what
    for point, words in zip(data["branch_points"], texts["branch_points"], strict=True):
        point["question"] = words["question"]
        point["names"] = dict(zip(point["outcomes"], words["outcomes"], strict=True))
    return data


def populate_default(session: Session, language: str = "en") -> None:
    data = default_data(language)
    startex = parse_iso(data["startex"])

    def when(text: str | None) -> datetime | None:
        return None if text is None else parse_time(text, startex, zone=UTC).value

    seed_catalogue(session)
    options = [terms.add_terms(session, **{k: v for k, v in option.items() if k != "parties"},
                               every_signatory=False) for option in data["terms"]]
    info = exercise.new_info(name=data["name"], description=data["description"],
                             classification=data["classification"], marking_colour=data["marking_colour"],
                             startex=startex, endex=parse_iso(data["endex"]))
    info.active_terms_id = options[0].id
    session.add(info)
    session.add(ClockState(id=1, scenario_time=when(data["clock"]), running=False, speed=60.0))
    signatories = {}
    for entry in data["signatories"]:
        row = Signatory(**{**entry, "agreement_date": as_date(entry["agreement_date"])})
        session.add(row)
        signatories[row.code] = row
    session.flush()
    for option, entry in zip(options, data["terms"]):
        session.add_all(_default_parties(entry["parties"], option.id, signatories))
    outcomes = _default_branches(session, data.get("branch_points", []), when)

    def outcome_of(entry: dict) -> int | None:
        return outcomes[tuple(entry["outcome"])].id if "outcome" in entry else None
    incidents = {}
    for entry in data["incidents"]:
        incident = Incident(incident_type=entry["type"], severity=entry["severity"],
                            occurred_at=when(entry["at"]), location=entry["location"],
                            description=entry["description"], outcome_id=outcome_of(entry))
        session.add(incident)
        incidents[entry["ref"]] = incident
    session.flush()
    for entry in data["commitments"]:
        session.add(Commitment(incident_id=incidents[entry["incident"]].id,
                               signatory_id=signatories[entry["signatory"]].id,
                               category=entry["category"], measure=entry["measure"],
                               announced_at=when(entry["announced"]), effective_at=when(entry["effective"]),
                               status=entry["status"], note=entry.get("note", ""), outcome_id=outcome_of(entry)))
    for entry in data["consultations"]:
        session.add(Consultation(incident_id=incidents[entry["incident"]].id,
                                 signatory_id=signatories[entry["signatory"]].id,
                                 joined_at=when(entry["joined"]), note=entry.get("note", "")))
    for order, entry in enumerate(data["objectives"], start=1):
        session.add(Objective(**entry, rating=None, rating_note="", sort_order=order))
    _default_provisions(session, data.get("provisions", []), signatories, when)
    injects = [_default_inject(entry, when, incidents, startex) for entry in data["injects"]]
    for inject, entry in zip(injects, data["injects"]):
        inject.outcome_id = outcome_of(entry)
    session.add_all(injects)
    session.flush()
    append_entry(session, _Creator(startex), kind="edit",
                 text=tr("Exercise '{name}' created").format(name=data['name']))
    _log_conduct(session, data, injects, incidents, startex)


def _default_provisions(session: Session, entries: list[dict], signatories: dict, when) -> None:
    """Standing provisions with their milestones (by ref) and deliveries; their figures are assumptions."""
    for entry in entries:
        provision = Provision(signatory_id=signatories[entry["signatory"]].id,
                              **{k: entry[k] for k in ("kind", "title", "quantity", "unit", "value", "currency",
                                                       "notes", "assumed")})
        session.add(provision)
        session.flush()
        milestones = {}
        for item in entry["milestones"]:
            milestone = ProvisionMilestone(provision_id=provision.id, due_at=when(item["due"]), what=item["what"],
                                           quantity=item.get("quantity"), value=item.get("value"))
            session.add(milestone)
            milestones[item["ref"]] = milestone
        session.flush()
        session.add_all(ProvisionDelivery(
            provision_id=provision.id, milestone_id=milestones[item["milestone"]].id if "milestone" in item else None,
            delivered_at=when(item["at"]), quantity=item.get("quantity"), value=item.get("value"),
            note=item.get("note", "")) for item in entry["deliveries"])


def _default_branches(session: Session, entries: list[dict], when) -> dict[tuple[str, str], Outcome]:
    """The default exercise's branch points; its outcomes by (branch point ref, outcome name)."""
    outcomes = {}
    for entry in entries:
        point = BranchPoint(question=entry["question"], at=when(entry["at"]), outcome_id=None)
        session.add(point)
        session.flush()
        for order, name in enumerate(entry["outcomes"]):
            shown = entry.get("names", {}).get(name, name)     # keyed by the English name injects use
            outcomes[(entry["ref"], name)] = Outcome(branch_point_id=point.id, name=shown, sort_order=order)
        session.add_all(outcomes.values())
    session.flush()
    return outcomes


def _default_parties(parties, terms_id: int, signatories: dict) -> list[TreatyParty]:
    """An option's parties: a list of {signatory, bound_from, basis}, or every signatory from its agreement date."""
    if isinstance(parties, str):
        return [TreatyParty(terms_id=terms_id, signatory_id=row.id, bound_from=None, basis="signed")
                for row in signatories.values()]
    return [TreatyParty(terms_id=terms_id, signatory_id=signatories[p["signatory"]].id,
                        **clean_party({"bound_from": p["bound_from"] and parse_iso(p["bound_from"]),
                                       "basis": p["basis"]})) for p in parties]


def _log_conduct(session: Session, data: dict, injects: list[Inject], incidents: dict, startex: datetime) -> None:
    """The decision log of the play the default exercise has already seen (up to its clock).

    Its commitments, attendances and delivered injects are what a controller
    would have recorded during conduct; without their entries the report
    counted them while its decision log said nothing was logged.
    """
    names = {i.code: i.name for i in session.query(Instrument)}

    def at(text: str) -> datetime:
        return parse_time(text, startex, zone=UTC).value
    events: list[tuple[datetime, int, str, str]] = [(startex, 0, "clock", tr_in("model.services.exercise", "Clock {action} at {when} (x{speed})").format(
        action=tr_in("gui.core.document", "started", "clock action"), when="D+0 06:00", speed=60))]
    for row in injects:
        if row.status == "delivered" and row.delivered_at is not None:
            planned = format_relative(row.delivery_time, startex, zone=UTC)
            events.append((row.delivered_at, 1, "inject",
                           tr_in("model.services.injects",
                                 "Inject {number} delivered at {when} (planned {planned}): {synopsis}").format(
                               number=row.number, when=planned, planned=planned, synopsis=row.synopsis[:120])))
    # What lies on a branch outcome is planned, not played: the log records it once play takes that outcome.
    on_branch = {ref for ref, row in incidents.items() if row.outcome_id is not None}
    for entry in data["commitments"]:
        if "outcome" in entry or entry["incident"] in on_branch:
            continue
        events.append((at(entry["announced"]), 2, "commitment", responses.commitment_text(
            entry["signatory"], incidents[entry["incident"]].id, entry["category"],
            names.get(entry["measure"], entry["measure"]), entry["status"])))
    for entry in data["consultations"]:
        if entry["joined"] is not None and entry["incident"] not in on_branch:   # an absence: no time to log at
            events.append((at(entry["joined"]), 3, "attendance", responses.attendance_text(
                entry["signatory"], incidents[entry["incident"]].id, joined=True)))
    for moment, _order, kind, text in sorted(events, key=lambda e: (e[0], e[1])):
        creator = _Creator(moment)
        creator.author = "Controller"
        append_entry(session, creator, kind=kind, text=text)


def _default_inject(entry: dict, when, incidents: dict, startex: datetime) -> Inject:
    """An MSEL row of the default exercise; those before its clock were already delivered."""
    incident = incidents.get(entry.get("incident"))
    at = when(entry["at"])
    delivered = entry.get("delivered", False)
    return Inject(number=entry["number"], scenario_time=at, delivery_time=at, phase=entry["phase"],
                  inject_type=entry["type"], method=entry.get("method", ""), sender=entry.get("from", ""),
                  recipient=entry.get("to", ""), synopsis=entry["synopsis"],
                  expected_action=entry.get("expected_action", ""), objective=entry.get("objective", ""),
                  controller=entry.get("controller", ""), notes="",
                  incident_type=incident.incident_type if incident else entry.get("incident_type"),
                  severity=incident.severity if incident else entry.get("severity"),
                  location=incident.location if incident else entry.get("location", ""), adhoc=False,
                  status="delivered" if delivered else "planned", delivered_at=at if delivered else None,
                  delivered_wall=startex if delivered else None,
                  incident_id=incident.id if incident else None)


def create_default_exercise(path: Path | str, *, overwrite: bool = False, language: str | None = None) -> ExerciseFile:
    """The default exercise, written in *language* (default: the one Pactline speaks now); it stays as written."""
    chosen = language or creation_language()
    return ExerciseFile.create(path, lambda session: populate_default(session, chosen), overwrite=overwrite)
