"""Exercise packages: a whole exercise as one versioned JSON file, out and back in.

``export_package(doc, path)`` writes every table, ids kept, in a deterministic
form (sorted keys, rows in stored order), so export -> import -> export is
byte-identical. ``import_package(path, target)`` checks the whole package
(model/package/schema.py), then builds a new exercise file through the
services' field rules; on any fault a PackageError names the JSON path and no
file is left behind. The log is imported as it is and must still verify.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import exc, insert, select
from sqlalchemy.orm import Session

from model.storage import schema
from model.conduct_entities import OBSERVATION_KINDS, ImprovementItem, Inject, Objective, Observation
from model.entities import (
    BranchPoint, ClockState, Commitment, Consultation, ExerciseInfo, Incident, IncidentType, Instrument, LogEntry,
    LogSeal, Outcome, ProportionalityRule, Signatory, TreatyParty, TreatyTerms,
)
from model.errors import PactlineError, ValidationError
from model.storage.database import scratch_engine
from model.storage.exercise_file import ExerciseFile
from model.storage.file_output import OutputError, atomic_output, write_chunks
from model.package.fields import HugeNumber, JsonObject, PackageError
from model.package.schema import FORMAT, MAX_PACKAGE_BYTES, SECTIONS, VERSION, ValidPackage, validate_document
from model.storage.schema import SCHEMA_VERSION
from model.provision_entities import Provision, ProvisionDelivery, ProvisionMilestone, WhatIfVariant
from model.services import (
    evaluation, exercise, incidents, injects, parties, provisions, responses, signatories, terms, validate,
)
from model.services.log import seal_log, verify_log
from model.timeutil import format_stored
from model.i18n import tr

__all__ = ["PackageError", "check_package", "export_package", "import_package", "package_bytes", "read_package"]

# Text columns that hold JSON; the package carries them as JSON values.
_JSON_COLUMNS = {"tiers", "severity_tiers", "categories", "pledges", "additional_fields", "journal"}
_SINGLE_ROW = ("exercise", "clock")


# -- export ---------------------------------------------------------------------------------
def export_package(doc, path: Path | str) -> Path:
    """Write *doc* as a package at *path*, whole or not at all (the PackageError says why).

    A writable exercise first seals its log, so the package carries the head it had when written
    (one opened read-only is exported as it is).
    """
    if not doc.read_only:
        try:
            seal_log(doc, reason="package exported")
        except PactlineError:
            pass   # the package still carries the whole log and its earlier seals; the write below says more
    document = package_document(doc)
    path = Path(path).absolute()
    try:
        with atomic_output(path) as tmp:
            write_chunks(tmp, _within_limit(_encoded(document)))
    except OutputError as err:
        raise PackageError("$", tr("cannot write {path}: {reason}").format(path=err.path, reason=err.reason)) from None
    return path


def package_bytes(doc) -> bytes:
    """The package of *doc* as UTF-8 JSON text; ``exported_at`` is ``doc.wall_now()``."""
    return b"".join(_encoded(package_document(doc)))


_CHUNK_BYTES = 1 << 20


def _encoded(document: dict) -> Iterator[bytes]:
    """The package's text as UTF-8, a megabyte or so at a time: a 50,000-incident exercise is a
    100 MB package, which as one string (and its bytes) would double what the export holds."""
    encoder = json.JSONEncoder(sort_keys=True, indent=2, ensure_ascii=False)   # what json.dumps writes
    parts: list[str] = []
    size = 0
    for part in encoder.iterencode(document):
        parts.append(part)
        size += len(part)
        if size >= _CHUNK_BYTES:
            yield "".join(parts).encode("utf-8")
            parts, size = [], 0
    parts.append("\n")
    yield "".join(parts).encode("utf-8")


def _within_limit(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """*chunks*, refusing (before the file is complete, so none is left) a package larger than
    an import reads: a package written is a package that imports."""
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_PACKAGE_BYTES:
            raise PackageError("$", tr("the package would be larger than {0} MB, the most Pactline reads; it was not "
                                       "written")
                                       .format(MAX_PACKAGE_BYTES // (1024 * 1024)))
        yield chunk


def package_document(doc) -> dict:
    """The package as a JSON-ready dict, read in one transaction (a consistent picture)."""
    with doc.reading() as session:
        sections: dict[str, Any] = {section.name: [_exported(row) for row in _stored_rows(
            session, section.entity, section.fields)] for section in SECTIONS}
        by_terms: dict[int, dict] = {}
        for rule in _stored_rows(session, ProportionalityRule):
            by_terms.setdefault(rule["terms_id"], {}).setdefault(rule["incident_type"], {})[str(rule["severity"])] \
                = validate.decoded("categories", rule["categories"])
    for terms_row in sections["treaty_terms"]:
        terms_row["proportionality"] = by_terms.get(terms_row["id"], {})
    for name in _SINGLE_ROW:
        (row,) = sections.pop(name)
        del row["id"]
        sections[name] = row
    catalogue = {"incident_types": sections.pop("incident_types"), "instruments": sections.pop("instruments")}
    return {"format": FORMAT, "version": VERSION, "exported_at": format_stored(doc.wall_now()),
            "pactline_schema": SCHEMA_VERSION, "catalogue": catalogue, **sections}


def _stored_rows(session: Session, entity, fields: dict | None = None) -> list[dict]:
    # Primary-key order (no database's own row order: PostgreSQL has no rowid), except the
    # catalogue, in its sort order: the order every exercise added it in (model/default_exercise.py,
    # a package import in the package's order), so a package's bytes are what they always were.
    # Core rows, not ORM objects: a large exercise exports several times faster. Only the columns
    # the package format has (and the id): a column of a newer schema waits for its format.
    table = entity.__table__
    columns = [c for c in table.columns if fields is None or c.name in fields or c.name == "id"]
    order = [*([table.c.sort_order] if entity in _CATALOGUE else []), *table.primary_key.columns]
    return [row._asdict() for row in session.execute(select(*columns).order_by(*order))]


_CATALOGUE = (IncidentType, Instrument)


def _exported(row: dict) -> dict:
    values = {}
    for name, value in row.items():
        if isinstance(value, datetime):
            value = format_stored(value)
        elif isinstance(value, date):
            value = value.isoformat()
        elif name in _JSON_COLUMNS:
            value = validate.decoded(name, value)
        values[name] = value
    return values


# -- reading ----------------------------------------------------------------------------------
def read_package(path: Path | str) -> ValidPackage:
    """Read a package and check its shape, references and log chain (no database, nothing created).

    The services' field rules run when the rows are stored: use :func:`check_package`
    for the complete verdict without creating a file.
    """
    return validate_document(parse_package(_read_bytes(Path(path))))


def check_package(path: Path | str) -> ValidPackage:
    """Check a package completely, services' rules included, by importing it into memory only."""
    package = read_package(path)
    engine = scratch_engine()
    try:
        with Session(engine) as session:   # closed without commit: everything is discarded
            schema.create_schema(session.connection())
            populate_from(session, package)
    finally:
        engine.dispose()
    return package


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PACKAGE_BYTES + 1)
    except FileNotFoundError:
        raise PackageError("$", tr("cannot read {path}: the file does not exist").format(path=path)) from None
    except IsADirectoryError:
        raise PackageError("$", tr("cannot read {path}: it is a folder").format(path=path)) from None
    except OSError as err:
        raise PackageError("$", tr("cannot read {path}: {0}").format(err.strerror or err, path=path)) from None
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError("$", tr("the package is larger than {0} MB; Pactline does not read packages that large")
                                   .format(MAX_PACKAGE_BYTES // (1024 * 1024)))
    return data


def parse_package(data: bytes):
    """UTF-8 JSON text -> Python values; unreadable text is refused with its line and column."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise PackageError("$", tr("not UTF-8 text: byte {start} (line {line}) is 0x{0:02x}, which UTF-8 does not "
                                   "allow there").format(data[err.start], start=err.start, line=line)) from None
    try:
        return json.loads(text, object_pairs_hook=_object, parse_int=_integer, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        raise PackageError("$", tr("not valid JSON at line {lineno}, column {colno} (character {pos}): {msg}")
                                   .format(lineno=err.lineno, colno=err.colno, pos=err.pos, msg=err.msg)) from None
    except _ConstantError as err:
        raise PackageError("$", tr("not valid JSON: {err} is not a JSON number").format(err=err)) from None
    except RecursionError:
        raise PackageError("$", tr("the JSON is nested too deeply to be a package")) from None


class _ConstantError(ValueError):
    pass


def _object(pairs: list[tuple[str, object]]) -> JsonObject:
    obj = JsonObject(pairs)
    if len(obj) != len(pairs):
        obj.duplicates = tuple(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
    return obj


def _integer(digits: str):
    return int(digits) if len(digits) <= 20 else HugeNumber(len(digits.lstrip("-")))


def _no_constant(name: str):
    raise _ConstantError(name)   # NaN, Infinity, -Infinity: Python's json accepts them, JSON does not


# -- import -----------------------------------------------------------------------------------
def import_package(path: Path | str, target_path: Path | str, *, overwrite: bool = False) -> ExerciseFile:
    """A new exercise file at *target_path* holding the package at *path*; nothing is created on error."""
    package = read_package(path)
    return ExerciseFile.create(target_path, lambda session: populate_from(session, package),
                               overwrite=overwrite)


def populate_from(session: Session, package: ValidPackage) -> None:
    """Store a checked package in an empty exercise (inside the file-creating transaction)."""
    kept: list = []   # strong references keep parents in the identity map for the services' checks
    for name, build, bulk in _BUILDERS:
        rows = package.rows[name]
        pending: dict[type, list[dict]] = {}
        codes: dict[str, str] = {}
        for path, row in rows:
            try:
                produced = build(session, row)
            except ValidationError as err:
                message = err.message if len(err.message) <= 300 else err.message[:297] + "..."
                raise PackageError(f"{path}.{err.field}", message) from None
            for entity, values in produced:
                if entity is Signatory:
                    # Unique after cleaning: "gb" and "GB" are the same signatory.
                    if values["code"] in codes:
                        raise PackageError(f"{path}.code", tr("{0} is already on the roster (at {1})")
                                                              .format(values['code'], codes[values['code']]))
                    codes[values["code"]] = path
                if bulk:
                    pending.setdefault(entity, []).append(values)
                else:
                    kept.append(entity(**values))
                    session.add(kept[-1])
        _store(session, name, rows, pending)
    _verify_stored_log(session, package.rows["log"], package.rows["seals"])


def _store(session: Session, name: str, rows: list, pending: dict[type, list[dict]]) -> None:
    """Flush the section's objects and bulk-insert its many rows (in order: rowids follow the package)."""
    try:
        session.flush()
        for entity, values in pending.items():
            session.execute(insert(entity), values)
    except exc.IntegrityError as err:
        where = rows[0][0].rsplit("[", 1)[0] if rows else f"$.{name}"
        raise PackageError(where, tr("could not be stored ({orig})").format(orig=err.orig)) from None


class _SessionReader:
    """Lets verify_log read the rows just stored, inside the file-building transaction."""

    def __init__(self, session: Session):
        self._session = session

    @contextmanager
    def reading(self):
        yield self._session


def _verify_stored_log(session: Session, rows: list, seals: list) -> None:
    session.flush()
    session.expire_all()   # read the log back as stored, not as the objects we built
    result = verify_log(_SessionReader(session))
    if not result.chain_intact:
        path = next(p for p, row in rows if row["id"] == result.first_bad_id)
        raise PackageError(path, tr("the log does not verify once stored: {reason}")
                                    .format(reason=result.reason))
    if not result.matches_seal:
        latest = max(seals, key=lambda path_row: path_row[1]["id"])[0]
        raise PackageError(latest, tr("the log does not match this seal: {verdict}")
                                      .format(verdict=result.verdict))


# -- one builder per section: the services' own rules clean each row ----------------------------
# A builder returns (entity, stored values) pairs for one row of its section.
def _catalogue_row(entity):
    return lambda _session, row: [(entity, row)]


def _terms(_session: Session, row: dict) -> list:
    values = {k: v for k, v in row.items() if k not in ("id", "proportionality")}
    return [(TreatyTerms, {"id": row["id"], **terms._clean(values)})]


def _proportionality(_session: Session, row: dict) -> list:
    return [(ProportionalityRule, {
        "terms_id": row["id"], "incident_type": type_code, "severity": int(severity),
        "categories": json.dumps(terms.clean_categories(f"proportionality.{type_code}.{severity}", categories))})
        for type_code, by_severity in row["proportionality"].items()
        for severity, categories in by_severity.items()]


def _exercise(_session: Session, row: dict) -> list:
    values = {k: v for k, v in row.items() if k != "active_terms_id"}
    return [(ExerciseInfo, {"id": 1, "active_terms_id": row["active_terms_id"], **exercise._clean(values)})]


def _clock(_session: Session, row: dict) -> list:
    return [(ClockState, {"id": 1, "scenario_time": validate.moment("scenario_time", row["scenario_time"]),
                          "running": validate.boolean("running", row["running"]),
                          "speed": exercise.clean_speed(row["speed"])})]


def _cleaned_by(entity, clean, *, needs_session: bool = True):
    """A builder that keeps the row's id and cleans the rest with a service's own function."""
    def build(session: Session, row: dict) -> list:
        values = {k: v for k, v in row.items() if k != "id"}
        return [(entity, {"id": row["id"], **(clean(session, values) if needs_session else clean(values))})]
    return build


def _party(_session: Session, row: dict) -> list:
    return [(TreatyParty, {"id": row["id"], "terms_id": row["terms_id"], "signatory_id": row["signatory_id"],
                           **parties.clean_party(row)})]


def _with_outcome(build):
    """A service's cleaning knows nothing of branches: the row's outcome (checked as a reference) is kept."""
    def with_outcome(session: Session, row: dict) -> list:
        return [(entity, {**values, "outcome_id": row["outcome_id"]}) for entity, values in build(session, row)]
    return with_outcome


def _branch_point(_session: Session, row: dict) -> list:
    return [(BranchPoint, {"id": row["id"], "question": validate.text("question", row["question"], max_len=300,
                                                                      required=True),
                           "at": row["at"], "outcome_id": row["outcome_id"], "resolved_at": row["resolved_at"]})]


def _outcome(_session: Session, row: dict) -> list:
    return [(Outcome, {**row, "name": validate.text("name", row["name"], max_len=200, required=True)})]


def _log_entry(_session: Session, row: dict) -> list:
    return [(LogEntry, row)]   # as it is: its hash covers every field


def _log_seal(_session: Session, row: dict) -> list:
    return [(LogSeal, row)]   # as it is: it anchors the log above


def _inject(session: Session, row: dict) -> list:
    planned = {name: row[name] for name in injects.PLANNED_FIELDS}
    play = {name: row[name] for name in ("adhoc", "status", "delivered_at", "delivered_wall", "incident_id",
                                         "outcome_id", "asks_branch_point_id")}
    return [(Inject, {"id": row["id"], **injects.clean_inject(session, planned), **play})]


def _milestone(_session: Session, row: dict) -> list:
    values = {k: v for k, v in row.items() if k not in ("id", "provision_id")}
    return [(ProvisionMilestone, {"id": row["id"], "provision_id": row["provision_id"],
                                  **provisions._clean_milestone(values)})]


def _delivery(session: Session, row: dict) -> list:
    values = {k: v for k, v in row.items() if k not in ("id", "provision_id")}
    return [(ProvisionDelivery, {"id": row["id"], "provision_id": row["provision_id"],
                                 **provisions._clean_delivery(session, row["provision_id"], values)})]


def _variant(_session: Session, row: dict) -> list:
    return [(WhatIfVariant, {
        "id": row["id"], "name": validate.text("name", row["name"], max_len=200, required=True),
        "created_at": validate.moment("created_at", row["created_at"]),
        # As model/journal_text.py writes it (compact, keys sorted): the stored text survives a round trip.
        "journal": json.dumps(row["journal"], sort_keys=True, ensure_ascii=False, separators=(",", ":")),
        "note": validate.text("note", row["note"], max_len=4000)})]


def _observation(_session: Session, row: dict) -> list:
    return [(Observation, {
        **row, "kind": validate.choice("kind", row["kind"], OBSERVATION_KINDS),
        "text": validate.text("text", row["text"], max_len=4000, required=True),
        "author": validate.text("author", row["author"], max_len=100)})]


# Dependency order: every row's parents are stored before it. Each builder reads
# the rows of the section named beside it; "bulk" sections (never anyone's parent
# in a service check) are inserted in one statement, the others as ORM objects
# so that the services' lookups of parents are answered from memory.
_BUILDERS = (
    ("incident_types", _catalogue_row(IncidentType), False),
    ("instruments", _catalogue_row(Instrument), False),
    ("treaty_terms", _terms, False),
    ("treaty_terms", _proportionality, True),
    ("exercise", _exercise, False),
    ("clock", _clock, False),
    ("signatories", _cleaned_by(Signatory, signatories._clean), False),
    ("treaty_parties", _party, True),
    ("branch_points", _branch_point, True),
    ("outcomes", _outcome, True),
    ("incidents", _with_outcome(_cleaned_by(Incident, incidents._clean)), False),
    ("consultations", _cleaned_by(Consultation, responses._clean_consultation), True),
    ("commitments", _with_outcome(_cleaned_by(Commitment, responses._clean_commitment)), True),
    ("log", _log_entry, True),
    ("seals", _log_seal, True),
    ("injects", _inject, True),
    ("objectives", _cleaned_by(Objective, evaluation._clean_objective, needs_session=False), False),
    ("observations", _observation, True),
    ("improvement_plan", _cleaned_by(ImprovementItem, evaluation._clean_improvement), True),
    ("provisions", _cleaned_by(Provision, provisions._clean_provision), False),
    ("provision_milestones", _milestone, False),     # a delivery's check looks its milestone up
    ("provision_deliveries", _delivery, True),
    ("what_if_variants", _variant, True),
)
