"""The exercise package's shape: its sections, their fields, and the checks that need no database.

A package is read in two passes. This module is the first: every field's JSON
type, times and dates, identifiers, references between sections and the log's
hash chain, each error naming the JSON path of the bad value (the field checks
themselves are in model/package/fields.py). The second pass (model/package/exchange.py)
stores the rows through the services' own field rules.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from model.conduct_entities import (
    INJECT_STATUSES, OBSERVATION_KINDS, ImprovementItem, Inject, Objective, Observation,
)
from model.entities import (
    Base, ClockState, Commitment, Consultation, ExerciseInfo, Incident, IncidentType, Instrument, LogEntry,
    BranchPoint, LogSeal, Outcome, Signatory, TreatyParty, TreatyTerms,
)
from model.provision_entities import Provision, ProvisionDelivery, ProvisionMilestone, WhatIfVariant
from model.package.fields import (
    IDENTIFIER, TEXT, Check, Context, PackageError, boolean, calendar_date, choice, code, integer,
    json_object, key_path, list_of, moment, named_texts, number, optional, proportionality, ref, severity_map, sha256, show,
    text,
)
from model.services.log import GENESIS_HASH, LOG_KINDS, entry_hash
from model.vocabulary import CATEGORIES
from model.i18n import tr
from model.package.things import not_a_field

FORMAT = "pactline-exercise"
VERSION = 6


def _every_signatory_party_to_every_option(document: dict) -> list:
    """What a package before version 3 implied: every signatory a party of every option, from its
    agreement date (schema 4's migration does the same to an older file)."""
    options, roster = document.get("treaty_terms"), document.get("signatories")
    if not (isinstance(options, list) and isinstance(roster, list)):
        return []   # the section itself is refused when it is checked
    pairs = [(t.get("id"), s.get("id")) for t in options if isinstance(t, dict)
             for s in roster if isinstance(s, dict)]
    return [{"id": n, "terms_id": t, "signatory_id": s, "bound_from": None, "basis": "signed"}
            for n, (t, s) in enumerate(pairs, start=1)]


# What each version added, with the value an older package implicitly had (or a function of
# the package giving it): an older package is brought up to the current shape before it is checked.
ADDED_IN: dict[int, dict[str, dict[str, Any]]] = {
    2: {"$": {"seals": []}, "$.commitments[]": {"withdrawn_at": None}},
    3: {"$": {"treaty_parties": _every_signatory_party_to_every_option}, "$.treaty_terms[]": {"kind": "collective"}},
    4: {"$.injects[]": {"title": "", "additional_fields": {}}},
    # Branches: an older package had none, and everything it held was the trunk.
    5: {"$": {"branch_points": [], "outcomes": []}, "$.incidents[]": {"outcome_id": None},
        "$.commitments[]": {"outcome_id": None}, "$.injects[]": {"outcome_id": None}},
    # Standing provisions and saved what-if variants: an older package had none, and no inject asked for a
    # branch point's resolution.
    6: {"$": {"provisions": [], "provision_milestones": [], "provision_deliveries": [], "what_if_variants": []},
        "$.injects[]": {"asks_branch_point_id": None}},
}
# A 50,000-incident exercise is ~100 MB; reading one takes ~10x its size in memory, which this bounds.
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
MAX_ROWS = 500_000        # rows per section
MAX_LOG_TEXT = 20_000
# The marker names the timeline can draw (pyqtgraph's built-in symbols); any
# other name would fail only later, when the timeline paints the incident.
MARKER_SYMBOLS = ("o", "s", "t", "t1", "t2", "t3", "d", "+", "x", "p", "h", "star", "|", "_", "arrow_up",
                  "arrow_right", "arrow_down", "arrow_left", "crosshair")


# -- sections -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Section:
    name: str                 # key in the validated package
    path: str                 # where it sits in the JSON document
    entity: type[Base]
    what: str                 # "incident", for messages
    fields: dict[str, Check]
    key: str | None = "id"    # unique key of a row; None for the single-row sections
    extra: Callable[[Context, str, dict], None] | None = None


def _no_repeated_pair(ctx: Context, path: str, row: dict) -> None:
    pair = (row["incident_id"], row["signatory_id"])
    if pair in ctx.pairs:
        raise PackageError(f"{path}.signatory_id", tr("signatory {0} already has a consultation record for incident "
                                                      "{1}")
                                                      .format(pair[1], pair[0]))
    ctx.pairs.add(pair)


def _one_row_per_party(ctx: Context, path: str, row: dict) -> None:
    pair = ("party", row["terms_id"], row["signatory_id"])
    if pair in ctx.pairs:
        raise PackageError(f"{path}.signatory_id", tr("signatory {0} is already a party to treaty terms option {1}")
                                                      .format(pair[2], pair[1]))
    ctx.pairs.add(pair)


def _delivery_recorded(_ctx: Context, path: str, row: dict) -> None:
    delivered = row["status"] == "delivered"
    for name in ("delivered_at", "delivered_wall"):
        if delivered and row[name] is None:
            raise PackageError(f"{path}.{name}", tr("a delivered inject needs both delivery times"))
        if not delivered and row[name] is not None:
            raise PackageError(f"{path}.{name}", tr("must be null for a {0} inject").format(row['status']))


def _journal(_ctx: Context | None, path: str, value) -> list:
    """A what-if variant's steps: service calls as ``{"service": "module.function", "kwargs": {...}}``."""
    if not isinstance(value, list):
        raise PackageError(path, tr("must be a list of service calls (got {0})").format(show(value)))
    for index, step in enumerate(value):
        where = f"{path}[{index}]"
        step = json_object(where, step)
        if set(step) != {"service", "kwargs"}:
            raise PackageError(where, tr("must have exactly the fields service and kwargs"))
        if not isinstance(step["service"], str) or not step["service"].strip():
            raise PackageError(f"{where}.service", tr("must name a service (got {0})").format(show(step['service'])))
        json_object(f"{where}.kwargs", step["kwargs"])
    return value


def _log_in_order(ctx: Context, path: str, row: dict) -> None:
    if row["id"] <= ctx.last_log_id:
        raise PackageError(f"{path}.id", tr("log entries must be listed by increasing id ({0} follows {last_log_id})")
                                            .format(row['id'], last_log_id=ctx.last_log_id))
    ctx.last_log_id = row["id"]


TERMS_FIELDS = dict(name=TEXT, reaction_hours=integer(), tiers=list_of(integer()),
                    severity_tiers=severity_map(integer(), complete=True), categories=list_of(TEXT),
                    coordination=TEXT, notes=TEXT, kind=TEXT)

SECTIONS: tuple[Section, ...] = (
    Section("incident_types", "$.catalogue.incident_types", IncidentType, "incident type", dict(
        code=code, name=text(120, required=True), symbol=choice(MARKER_SYMBOLS),
        default_severity=integer(1, 5), sort_order=integer(0)), key="code"),
    Section("instruments", "$.catalogue.instruments", Instrument, "instrument", dict(
        code=code, name=text(120, required=True), category=choice(CATEGORIES), deploys_forces=boolean,
        sort_order=integer(0)), key="code"),
    Section("treaty_terms", "$.treaty_terms", TreatyTerms, "treaty terms option", dict(
        id=IDENTIFIER, **TERMS_FIELDS, proportionality=proportionality)),
    Section("exercise", "$.exercise", ExerciseInfo, "exercise", dict(
        name=TEXT, description=TEXT, classification=TEXT, marking_colour=TEXT, startex=moment, endex=moment,
        active_terms_id=ref("treaty_terms", "treaty terms option")), key=None),
    Section("clock", "$.clock", ClockState, "clock", dict(scenario_time=moment, running=boolean, speed=number),
            key=None),
    Section("signatories", "$.signatories", Signatory, "signatory", dict(
        id=IDENTIFIER, code=TEXT, name=TEXT, kind=TEXT, nato=boolean, eu=boolean,
        agreement_date=optional(calendar_date), approval_required=boolean, approval_lead_hours=integer(),
        lead_time_assumed=boolean, approval_basis=TEXT, contact=TEXT,
        pledges=list_of(ref("instruments", "instrument", by="code")))),
    Section("treaty_parties", "$.treaty_parties", TreatyParty, "treaty party", dict(
        id=IDENTIFIER, terms_id=ref("treaty_terms", "treaty terms option"),
        signatory_id=ref("signatories", "signatory"), bound_from=optional(moment), basis=TEXT),
        extra=_one_row_per_party),
    # A branch point's outcome_id (nesting) names an outcome listed after it: checked by _nesting_sound.
    Section("branch_points", "$.branch_points", BranchPoint, "branch point", dict(
        id=IDENTIFIER, question=TEXT, at=moment, outcome_id=optional(IDENTIFIER), resolved_at=optional(moment))),
    Section("outcomes", "$.outcomes", Outcome, "outcome", dict(
        id=IDENTIFIER, branch_point_id=ref("branch_points", "branch point"), name=TEXT, sort_order=integer(),
        played=boolean)),
    Section("incidents", "$.incidents", Incident, "incident", dict(
        id=IDENTIFIER, incident_type=ref("incident_types", "incident type", by="code"), severity=integer(),
        occurred_at=moment, location=TEXT, description=TEXT, outcome_id=optional(ref("outcomes", "outcome")))),
    Section("consultations", "$.consultations", Consultation, "consultation record", dict(
        id=IDENTIFIER, incident_id=ref("incidents", "incident"), signatory_id=ref("signatories", "signatory"),
        joined_at=optional(moment), note=TEXT), extra=_no_repeated_pair),
    Section("commitments", "$.commitments", Commitment, "commitment", dict(
        id=IDENTIFIER, incident_id=ref("incidents", "incident"), signatory_id=ref("signatories", "signatory"),
        category=TEXT, measure=ref("instruments", "instrument", by="code"), announced_at=moment,
        effective_at=optional(moment), status=TEXT, note=TEXT, withdrawn_at=optional(moment),
        outcome_id=optional(ref("outcomes", "outcome")))),
    Section("log", "$.log", LogEntry, "log entry", dict(
        id=IDENTIFIER, scenario_time=moment, wall_time=moment, author=text(100), kind=choice(LOG_KINDS),
        text=text(MAX_LOG_TEXT), refers_to=optional(ref("log", "earlier log entry")), prev_hash=sha256,
        hash=sha256), extra=_log_in_order),
    Section("seals", "$.seals", LogSeal, "log seal", dict(
        id=IDENTIFIER, scenario_time=moment, wall_time=moment, reason=text(40), entries=integer(0),
        head_hash=sha256)),
    Section("injects", "$.injects", Inject, "inject", dict(
        id=IDENTIFIER, number=TEXT, scenario_time=moment, delivery_time=moment, phase=TEXT, inject_type=TEXT,
        method=TEXT, sender=TEXT, recipient=TEXT, title=TEXT, synopsis=TEXT, expected_action=TEXT, objective=TEXT,
        controller=TEXT, notes=TEXT, severity=optional(integer()), location=TEXT, adhoc=boolean,
        additional_fields=named_texts,
        incident_type=optional(ref("incident_types", "incident type", by="code")), status=choice(INJECT_STATUSES),
        delivered_at=optional(moment), delivered_wall=optional(moment),
        incident_id=optional(ref("incidents", "incident")), outcome_id=optional(ref("outcomes", "outcome")),
        asks_branch_point_id=optional(ref("branch_points", "branch point"))),
        extra=_delivery_recorded),
    Section("objectives", "$.objectives", Objective, "objective", dict(
        id=IDENTIFIER, code=TEXT, title=TEXT, capability=TEXT, critical_tasks=TEXT, rating=optional(TEXT),
        rating_note=TEXT, sort_order=integer())),
    Section("observations", "$.observations", Observation, "observation", dict(
        id=IDENTIFIER, objective_id=ref("objectives", "objective"),
        log_entry_id=optional(ref("log", "log entry")), kind=choice(OBSERVATION_KINDS), text=TEXT,
        author=text(100), scenario_time=moment, wall_time=moment)),
    Section("improvement_plan", "$.improvement_plan", ImprovementItem, "improvement-plan item", dict(
        id=IDENTIFIER, objective_id=optional(ref("objectives", "objective")), issue=TEXT, corrective_action=TEXT,
        capability=TEXT, responsible_org=TEXT, point_of_contact=TEXT, start_date=optional(calendar_date),
        completion_date=optional(calendar_date))),
    Section("provisions", "$.provisions", Provision, "standing provision", dict(
        id=IDENTIFIER, signatory_id=ref("signatories", "signatory"), kind=TEXT, title=TEXT,
        quantity=optional(number), unit=TEXT, value=optional(number), currency=TEXT, notes=TEXT, assumed=boolean)),
    Section("provision_milestones", "$.provision_milestones", ProvisionMilestone, "provision milestone", dict(
        id=IDENTIFIER, provision_id=ref("provisions", "standing provision"), due_at=moment, what=TEXT,
        quantity=optional(number), value=optional(number))),
    Section("provision_deliveries", "$.provision_deliveries", ProvisionDelivery, "provision delivery", dict(
        id=IDENTIFIER, provision_id=ref("provisions", "standing provision"),
        milestone_id=optional(ref("provision_milestones", "provision milestone")), delivered_at=moment,
        quantity=optional(number), value=optional(number), note=TEXT)),
    Section("what_if_variants", "$.what_if_variants", WhatIfVariant, "what-if variant", dict(
        id=IDENTIFIER, name=TEXT, created_at=moment, journal=_journal, note=TEXT)),
)
TOP_LEVEL = ("format", "version", "exported_at", "pactline_schema", "exercise", "catalogue", "treaty_terms",
             "signatories", "treaty_parties", "branch_points", "outcomes", "incidents", "commitments", "consultations", "clock", "injects", "objectives",
             "observations", "improvement_plan", "log", "seals", "provisions", "provision_milestones",
             "provision_deliveries", "what_if_variants")


@dataclass(frozen=True)
class ValidPackage:
    """A package whose shape, references and log chain are sound: rows with their JSON paths."""

    version: int
    exported_at: datetime
    pactline_schema: int
    rows: dict[str, list[tuple[str, dict]]]


def check_format(document) -> None:
    """Refuse what is not a package of a version we read, before looking at anything else."""
    document = json_object("$", document)
    found = document.get("format")
    if found != FORMAT:
        if "format" not in document:
            message = tr("this is not a Pactline exercise package (it has no format field; expected \"{FORMAT}\")")
        else:
            message = tr("this is not a Pactline exercise package (it is of format {0}; expected \"{FORMAT}\")")
        raise PackageError("$.format", message.format(show(found), FORMAT=FORMAT))
    version = integer(1)(None, "$.version", document.get("version"))
    if version > VERSION:
        raise PackageError("$.version", tr("package version {version} is newer than this Pactline reads ({VERSION}); "
                                           "update Pactline to import it").format(version=version, VERSION=VERSION))


def validate_document(document) -> ValidPackage:
    """Check a parsed package completely (no database); raises PackageError at the first fault."""
    check_format(document)
    document = _brought_up_to_date(document)
    _fields_of("$", document, dict.fromkeys(TOP_LEVEL), "an exercise package")
    json_object("$.catalogue", document["catalogue"])
    _fields_of("$.catalogue", document["catalogue"], dict.fromkeys(("incident_types", "instruments")),
               "the catalogue")
    ctx = Context()
    rows = {}
    for section in SECTIONS:
        value = _at(document, section.path)
        if section.key is None:
            rows[section.name] = [(section.path, _row(ctx, section, section.path, value))]
        else:
            rows[section.name] = _rows(ctx, section, value)
    _check_chain(rows["log"])
    _nesting_sound(rows["branch_points"], rows["outcomes"])
    return ValidPackage(version=document["version"], exported_at=moment(ctx, "$.exported_at",
                                                                         document["exported_at"]),
                        pactline_schema=integer(1)(ctx, "$.pactline_schema", document["pactline_schema"]),
                        rows=rows)


def _nesting_sound(points: list[tuple[str, dict]], outcomes: list[tuple[str, dict]]) -> None:
    """Each branch point hangs from the trunk or an outcome there is, never (through others) from its own;
    each has at least two outcomes, and at most one played."""
    owner = {row["id"]: row["branch_point_id"] for _path, row in outcomes}
    parent = {row["id"]: row["outcome_id"] for _path, row in points}
    for path, row in points:
        count = sum(1 for _p, o in outcomes if o["branch_point_id"] == row["id"])
        if count < 2:
            raise PackageError(path, tr("branch point {0} has {count} outcomes; it needs at least 2")
                                        .format(row['id'], count=count))
        if sum(1 for _p, o in outcomes if o["branch_point_id"] == row["id"] and o["played"]) > 1:
            raise PackageError(path, tr("branch point {0} has more than one outcome played").format(row['id']))
        seen, current = {row["id"]}, row["outcome_id"]
        while current is not None:
            if current not in owner:
                raise PackageError(f"{path}.outcome_id", tr("no outcome with id {current}")
                                                            .format(current=current))
            point = owner[current]
            if point in seen:
                raise PackageError(f"{path}.outcome_id", tr("a branch point cannot belong to one of its own outcomes "
                                                            "or to a branch nested under it"))
            seen.add(point)
            current = parent[point]


def _brought_up_to_date(document: dict) -> dict:
    """A package of an older version with the fields later versions added, at their implied values."""
    version = document["version"]
    added = [fields for since, fields in sorted(ADDED_IN.items()) if since > version]
    if not added:
        return document
    document = dict(document)
    for fields in added:
        for path, defaults in fields.items():
            if path == "$":
                for name, value in defaults.items():
                    if name not in document:
                        document[name] = value(document) if callable(value) else value
                continue
            section = path.removesuffix("[]").removeprefix("$.")
            rows = document.get(section)
            if isinstance(rows, list):
                document[section] = [{**defaults, **row} if isinstance(row, dict) else row for row in rows]
    return document


def _at(document: dict, path: str):
    value = document
    for part in path.split(".")[1:]:
        value = value[part]
    return value


def _fields_of(path: str, value, fields: dict, what: str) -> dict:
    value = json_object(path, value)
    for key in value:
        if key not in fields:
            raise PackageError(key_path(path, key), not_a_field(what))
    for name in fields:
        if name not in value:
            raise PackageError(f"{path}.{name}", tr("is missing"))
    return value


def _row(ctx: Context, section: Section, path: str, value) -> dict:
    value = _fields_of(path, value, section.fields, section.what)
    return {name: check(ctx, f"{path}.{name}", value[name]) for name, check in section.fields.items()}


def _rows(ctx: Context, section: Section, value) -> list[tuple[str, dict]]:
    if not isinstance(value, list):
        raise PackageError(section.path, tr("must be a list (got {0})").format(show(value)))
    if len(value) > MAX_ROWS:
        raise PackageError(section.path, tr("has {0} rows; at most {MAX_ROWS}")
                                            .format(len(value), MAX_ROWS=MAX_ROWS))
    keys = ctx.keys.setdefault(section.name, {})
    rows = []
    for index, item in enumerate(value):
        path = f"{section.path}[{index}]"
        row = _row(ctx, section, path, item)
        key = row[section.key]
        if key in keys:
            raise PackageError(f"{path}.{section.key}", tr("{0} is used twice (also at {1})")
                                                           .format(show(key), keys[key]))
        keys[key] = path
        if section.extra is not None:
            section.extra(ctx, path, row)
        rows.append((path, row))
    return rows


def _check_chain(entries: list[tuple[str, dict]]) -> None:
    """The log's hash chain, exactly as verify_log checks a stored log: the first bad entry is named."""
    prev_hash = GENESIS_HASH
    for path, entry in entries:
        if entry["prev_hash"] != prev_hash:
            raise PackageError(f"{path}.prev_hash", tr("the log's hash chain is broken here: it does not name the "
                                                       "hash of the entry before it"))
        expected = entry_hash(prev_hash, id=entry["id"], scenario_time=entry["scenario_time"],
                              wall_time=entry["wall_time"], author=entry["author"], kind=entry["kind"],
                              text=entry["text"], refers_to=entry["refers_to"])
        if entry["hash"] != expected:
            raise PackageError(f"{path}.hash", tr("the log's hash chain is broken here: the entry was altered after "
                                                  "it was written"))
        prev_hash = entry["hash"]
