"""The exercise package's shape: its sections, their fields, and the checks that need no database.

A package is read in two passes. This module is the first: every field's JSON
type, times and dates, identifiers, references between sections and the log's
hash chain, each error naming the JSON path of the bad value. The second pass
(model/package.py) stores the rows through the services' own field rules.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from model.conduct_entities import (
    INJECT_STATUSES, OBSERVATION_KINDS, ImprovementItem, Inject, Objective, Observation,
)
from model.entities import (
    CATEGORIES, Base, ClockState, Commitment, Consultation, ExerciseInfo, Incident, IncidentType, Instrument,
    LogEntry, Signatory, TreatyTerms,
)
from model.errors import PactlineError
from model.services.log import GENESIS_HASH, LOG_KINDS, entry_hash
from model.timeutil import UTC

FORMAT = "pactline-exercise"
VERSION = 1
MAX_PACKAGE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 500_000        # rows per section
MAX_ITEMS = 200           # items of a small list: tiers, pledges, categories
MAX_INT = 2**53 - 1       # the integers JSON carries exactly (SQLite's are wider)
MAX_CODE = 40
MAX_LOG_TEXT = 20_000
# The marker names the timeline can draw (pyqtgraph's built-in symbols); any
# other name would fail only later, when the timeline paints the incident.
MARKER_SYMBOLS = ("o", "s", "t", "t1", "t2", "t3", "d", "+", "x", "p", "h", "star", "|", "_", "arrow_up",
                  "arrow_right", "arrow_down", "arrow_left", "crosshair")

_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_HASH = re.compile(r"[0-9a-f]{64}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NAME = re.compile(r"[A-Za-z0-9_]+")


class PackageError(PactlineError):
    """A package cannot be read or imported; ``path_in_json`` says where ("$.incidents[3].severity")."""

    def __init__(self, path_in_json: str, message: str):
        self.path_in_json = path_in_json
        self.message = message
        super().__init__(f"{path_in_json}: {message}")


class JsonObject(dict):
    """A parsed JSON object that remembers keys it carried more than once."""

    duplicates: tuple[str, ...] = ()


@dataclass(frozen=True)
class HugeNumber:
    """A JSON integer too long to be a value of any field (kept so the path can be named)."""

    digits: int


def show(value) -> str:
    """A short description of a bad value for a message (never the whole of it)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, HugeNumber):
        return f"a number of {value.digits} digits"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def article(what: str) -> str:
    return f"an {what}" if what[0] in "aeiou" else f"a {what}"


def key_path(base: str, key: str) -> str:
    if _NAME.fullmatch(key):
        return f"{base}.{key}"
    quoted = json.dumps(key)
    if len(quoted) > 40:
        quoted = quoted[:35] + '..."'
    return f"{base}[{quoted}]"


@dataclass
class Context:
    """What the rows read so far define: keys per section (for references and duplicates)."""

    keys: dict[str, dict] = field(default_factory=dict)
    pairs: set = field(default_factory=set)
    last_log_id: int = 0


Check = Callable[[Context, str, object], object]


# -- field checks ---------------------------------------------------------------------------
def integer(minimum: int = -MAX_INT, maximum: int = MAX_INT) -> Check:
    def check(_ctx, path, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise PackageError(path, f"must be a whole number (got {show(value)})")
        if not minimum <= value <= maximum:
            raise PackageError(path, f"must be between {minimum} and {maximum} (got {value})")
        return value
    return check


IDENTIFIER = integer(1, MAX_INT)


def boolean(_ctx, path, value):
    if not isinstance(value, bool):
        raise PackageError(path, f"must be true or false (got {show(value)})")
    return value


def number(_ctx, path, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PackageError(path, f"must be a number (got {show(value)})")
    return value


def text(max_len: int | None = None, *, required: bool = False) -> Check:
    """Text as it is; lengths here only where no service rule applies."""
    def check(_ctx, path, value):
        if not isinstance(value, str):
            raise PackageError(path, f"must be text (got {show(value)})")
        bad = _SURROGATE.search(value)
        if bad:
            raise PackageError(path, f"is not valid Unicode (an unpaired surrogate \\u{ord(bad.group()):04x} "
                                     f"at character {bad.start()})")
        if max_len is not None and len(value) > max_len:
            raise PackageError(path, f"is too long ({len(value)} characters; at most {max_len})")
        if required and not value.strip():
            raise PackageError(path, "must not be empty")
        return value
    return check


TEXT = text()


def choice(allowed: tuple[str, ...]) -> Check:
    def check(ctx, path, value):
        TEXT(ctx, path, value)
        if value not in allowed:
            raise PackageError(path, f"{show(value)} is not one of: {', '.join(allowed)}")
        return value
    return check


def code(ctx, path, value):
    """A catalogue key: references use it, so it is taken exactly as written."""
    text(MAX_CODE, required=True)(ctx, path, value)
    if value != value.strip():
        raise PackageError(path, "must not begin or end with spaces")
    return value


def moment(_ctx, path, value) -> datetime:
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        raise PackageError(path, f"must be an ISO 8601 time with its zone, like 2026-03-02T06:00:00Z "
                                 f"(got {show(value)})")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except (ValueError, OverflowError):
        raise PackageError(path, f"{show(value)} is not a real date and time") from None
    if not 1000 <= parsed.year <= 9999:
        raise PackageError(path, f"{show(value)} lies outside the years 1000-9999")
    return parsed


def calendar_date(_ctx, path, value) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise PackageError(path, f"must be a date like 2024-01-12 (got {show(value)})")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PackageError(path, f"{show(value)} is not a real date") from None


def sha256(_ctx, path, value):
    if not isinstance(value, str) or not _HASH.fullmatch(value):
        raise PackageError(path, f"must be 64 lower-case hexadecimal digits (got {show(value)})")
    return value


def optional(check: Check) -> Check:
    def nullable(ctx, path, value):
        return None if value is None else check(ctx, path, value)
    return nullable


def ref(section: str, what: str, *, by: str = "id") -> Check:
    """The id (or catalogue code) of a row in an earlier section."""
    key_check = code if by == "code" else IDENTIFIER

    def check(ctx, path, value):
        try:
            key_check(ctx, path, value)
        except PackageError:
            raise PackageError(path, f"must be the {by} of {article(what)} (got {show(value)})") from None
        if value not in ctx.keys[section]:
            raise PackageError(path, f"no {what} with {by} {show(value)}")
        return value
    return check


def list_of(check: Check, max_items: int = MAX_ITEMS) -> Check:
    def items(ctx, path, value):
        if not isinstance(value, list):
            raise PackageError(path, f"must be a list (got {show(value)})")
        if len(value) > max_items:
            raise PackageError(path, f"has {len(value)} items; at most {max_items}")
        return [check(ctx, f"{path}[{i}]", item) for i, item in enumerate(value)]
    return items


def json_object(path: str, value) -> dict:
    if not isinstance(value, dict):
        raise PackageError(path, f"must be an object (got {show(value)})")
    if getattr(value, "duplicates", ()):
        raise PackageError(key_path(path, value.duplicates[0]), "appears twice in the same object")
    return value


_SEVERITY_KEYS = ("1", "2", "3", "4", "5")


def severity_map(value_check: Check, *, complete: bool) -> Check:
    """An object keyed by severity "1".."5" (all five when *complete*)."""
    def check(ctx, path, value):
        value = json_object(path, value)
        for key in value:
            if key not in _SEVERITY_KEYS:
                raise PackageError(key_path(path, key), "is not a severity (use \"1\" to \"5\")")
        if complete:
            for key in _SEVERITY_KEYS:
                if key not in value:
                    raise PackageError(key_path(path, key), "is missing")
        return {key: value_check(ctx, key_path(path, key), value[key]) for key in _SEVERITY_KEYS if key in value}
    return check


def proportionality(ctx, path, value):
    """incident type code -> severity -> response categories (the services check the categories)."""
    value = json_object(path, value)
    rows = severity_map(list_of(TEXT), complete=False)
    for type_code in value:
        if type_code not in ctx.keys["incident_types"]:
            raise PackageError(key_path(path, type_code), f"no incident type with code {show(type_code)}")
    return {type_code: rows(ctx, key_path(path, type_code), value[type_code]) for type_code in sorted(value)}


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
        raise PackageError(f"{path}.signatory_id", f"signatory {pair[1]} already has a consultation record "
                                                   f"for incident {pair[0]}")
    ctx.pairs.add(pair)


def _delivery_recorded(_ctx: Context, path: str, row: dict) -> None:
    delivered = row["status"] == "delivered"
    for name in ("delivered_at", "delivered_wall"):
        if delivered and row[name] is None:
            raise PackageError(f"{path}.{name}", "a delivered inject needs both delivery times")
        if not delivered and row[name] is not None:
            raise PackageError(f"{path}.{name}", f"must be null for a {row['status']} inject")


def _log_in_order(ctx: Context, path: str, row: dict) -> None:
    if row["id"] <= ctx.last_log_id:
        raise PackageError(f"{path}.id", f"log entries must be listed by increasing id "
                                         f"({row['id']} follows {ctx.last_log_id})")
    ctx.last_log_id = row["id"]


TERMS_FIELDS = dict(name=TEXT, reaction_hours=integer(), tiers=list_of(integer()),
                    severity_tiers=severity_map(integer(), complete=True), categories=list_of(TEXT),
                    coordination=TEXT, notes=TEXT)

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
    Section("incidents", "$.incidents", Incident, "incident", dict(
        id=IDENTIFIER, incident_type=ref("incident_types", "incident type", by="code"), severity=integer(),
        occurred_at=moment, location=TEXT, description=TEXT)),
    Section("consultations", "$.consultations", Consultation, "consultation record", dict(
        id=IDENTIFIER, incident_id=ref("incidents", "incident"), signatory_id=ref("signatories", "signatory"),
        joined_at=optional(moment), note=TEXT), extra=_no_repeated_pair),
    Section("commitments", "$.commitments", Commitment, "commitment", dict(
        id=IDENTIFIER, incident_id=ref("incidents", "incident"), signatory_id=ref("signatories", "signatory"),
        category=TEXT, measure=ref("instruments", "instrument", by="code"), announced_at=moment,
        effective_at=optional(moment), status=TEXT, note=TEXT)),
    Section("log", "$.log", LogEntry, "log entry", dict(
        id=IDENTIFIER, scenario_time=moment, wall_time=moment, author=text(100), kind=choice(LOG_KINDS),
        text=text(MAX_LOG_TEXT), refers_to=optional(ref("log", "earlier log entry")), prev_hash=sha256,
        hash=sha256), extra=_log_in_order),
    Section("injects", "$.injects", Inject, "inject", dict(
        id=IDENTIFIER, number=TEXT, scenario_time=moment, delivery_time=moment, phase=TEXT, inject_type=TEXT,
        method=TEXT, sender=TEXT, recipient=TEXT, synopsis=TEXT, expected_action=TEXT, objective=TEXT,
        controller=TEXT, notes=TEXT, severity=optional(integer()), location=TEXT, adhoc=boolean,
        incident_type=optional(ref("incident_types", "incident type", by="code")), status=choice(INJECT_STATUSES),
        delivered_at=optional(moment), delivered_wall=optional(moment),
        incident_id=optional(ref("incidents", "incident"))), extra=_delivery_recorded),
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
)
SECTION = {section.name: section for section in SECTIONS}
TOP_LEVEL = ("format", "version", "exported_at", "pactline_schema", "exercise", "catalogue", "treaty_terms",
             "signatories", "incidents", "commitments", "consultations", "clock", "injects", "objectives",
             "observations", "improvement_plan", "log")


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
        what = "has no format field" if "format" not in document else f"is of format {show(found)}"
        raise PackageError("$.format", f"this is not a Pactline exercise package (it {what}; "
                                       f"expected \"{FORMAT}\")")
    version = integer(1)(None, "$.version", document.get("version"))
    if version > VERSION:
        raise PackageError("$.version", f"package version {version} is newer than this Pactline reads "
                                        f"({VERSION}); update Pactline to import it")


def validate_document(document) -> ValidPackage:
    """Check a parsed package completely (no database); raises PackageError at the first fault."""
    check_format(document)
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
    return ValidPackage(version=document["version"], exported_at=moment(ctx, "$.exported_at",
                                                                         document["exported_at"]),
                        pactline_schema=integer(1)(ctx, "$.pactline_schema", document["pactline_schema"]),
                        rows=rows)


def _at(document: dict, path: str):
    value = document
    for part in path.split(".")[1:]:
        value = value[part]
    return value


def _fields_of(path: str, value, fields: dict, what: str) -> dict:
    value = json_object(path, value)
    for key in value:
        if key not in fields:
            raise PackageError(key_path(path, key), f"is not a field of {what}")
    for name in fields:
        if name not in value:
            raise PackageError(f"{path}.{name}", "is missing")
    return value


def _row(ctx: Context, section: Section, path: str, value) -> dict:
    value = _fields_of(path, value, section.fields, article(section.what))
    return {name: check(ctx, f"{path}.{name}", value[name]) for name, check in section.fields.items()}


def _rows(ctx: Context, section: Section, value) -> list[tuple[str, dict]]:
    if not isinstance(value, list):
        raise PackageError(section.path, f"must be a list (got {show(value)})")
    if len(value) > MAX_ROWS:
        raise PackageError(section.path, f"has {len(value)} rows; at most {MAX_ROWS}")
    keys = ctx.keys.setdefault(section.name, {})
    rows = []
    for index, item in enumerate(value):
        path = f"{section.path}[{index}]"
        row = _row(ctx, section, path, item)
        key = row[section.key]
        if key in keys:
            raise PackageError(f"{path}.{section.key}", f"{show(key)} is used twice (also at {keys[key]})")
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
            raise PackageError(f"{path}.prev_hash", "the log's hash chain is broken here: it does not name "
                                                    "the hash of the entry before it")
        expected = entry_hash(prev_hash, id=entry["id"], scenario_time=entry["scenario_time"],
                              wall_time=entry["wall_time"], author=entry["author"], kind=entry["kind"],
                              text=entry["text"], refers_to=entry["refers_to"])
        if entry["hash"] != expected:
            raise PackageError(f"{path}.hash", "the log's hash chain is broken here: the entry was altered "
                                               "after it was written")
        prev_hash = entry["hash"]
