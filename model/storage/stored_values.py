"""What every stored value must look like, checked once when an exercise file opens.

A file SQLite finds intact can still hold values Pactline never writes (another
program edited it, or a disk flipped bytes inside a text): a lead time 'abc',
a time 'garbage', tiers that are not JSON, text that is not UTF-8, a clock
speed of 0. Every view, the engine and each export would fail on them in its
own way; here one pass names the first such value by table, row and field in
plain words, and the file is refused untouched.

Plain SQL through the driver (no ORM: the open is on the start-up path, see
README "Start-up"): one query per table finds a bad row; only then is the
row looked at field by field. The columns are listed here by hand;
tests/test_stored_values.py compares them with the entities.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from model.i18n import QT_TR_NOOP, tr
from model.storage.value_words import shown
from model.vocabulary import (
    CATEGORIES, COMMITMENT_STATUSES, PARTY_BASES, PROVISION_KINDS, SIGNATORY_KINDS, TERMS_KINDS,
)

INT, BOOL, TEXT, TIME, DATE, SPEED = "int", "bool", "text", "time", "date", "speed"
AMOUNT = "amount"               # a pledged or delivered quantity or value: a finite number, 0 or more
MAX_SPEED = 10_000.0            # model/services/exercise.py refuses faster clocks
MAX_TIER_HOURS = 24 * 365       # model/services/terms.py
INJECT_TYPES = ("incident", "message", "contingency")       # model/conduct_entities.py
INJECT_STATUSES = ("planned", "held", "delivered", "skipped")
RATINGS = ("P", "S", "M", "U")
OBSERVATION_KINDS = ("strength", "improvement", "note")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    nullable: bool = False
    allowed: tuple[str, ...] = ()
    between: tuple[int, int] | None = None
    label: str = ""

    @property
    def words(self) -> str:
        return shown(self.label or self.name.replace("_", " "))


@dataclass(frozen=True)
class Table:
    name: str
    row: str                    # how a row is named: format fields are the key columns
    keys: tuple[str, ...]
    columns: tuple[Column, ...]
    shape: Callable[[dict], tuple[str, str] | None] | None = None   # JSON columns, checked in Python

    def row_name(self, key_values: tuple) -> str:
        return tr(self.row).format(**dict(zip(self.keys, key_values)))


def _c(name: str, kind: str = TEXT, **options) -> Column:
    return Column(name, kind, **options)


_SEVERITY = (1, 5)


# -- JSON columns -----------------------------------------------------------------------------------
def _json(row: dict, column: str):
    try:
        return json.loads(row[column])
    except ValueError:
        return _UNREADABLE


_UNREADABLE = object()


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _category_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(c, str) and c in CATEGORIES for c in value)


def _terms_shape(row: dict) -> tuple[str, str] | None:
    tiers = _json(row, "tiers")
    if not (isinstance(tiers, list) and tiers and all(_is_int(h) and 1 <= h <= MAX_TIER_HOURS for h in tiers)
            and all(a < b for a, b in zip(tiers, tiers[1:]))):
        return "tiers", tr("{0}, not a list of increasing hours").format(_quoted(row['tiers']))
    severity = _json(row, "severity_tiers")
    if not (isinstance(severity, dict)
            and all(_is_int(severity.get(str(s))) and 0 <= severity[str(s)] < len(tiers) for s in range(1, 6))):
        return "severity_tiers", tr("{0}, not a tier for each severity 1-5").format(_quoted(row['severity_tiers']))
    if not _category_list(_json(row, "categories")):
        return "categories", tr("{0}, not a list of response categories").format(_quoted(row['categories']))
    return None


def _rule_shape(row: dict) -> tuple[str, str] | None:
    if not _category_list(_json(row, "categories")):
        return "categories", tr("{0}, not a list of response categories").format(_quoted(row['categories']))
    return None


def _pledges_shape(row: dict) -> tuple[str, str] | None:
    pledges = _json(row, "pledges")
    if not (isinstance(pledges, list) and all(isinstance(p, str) for p in pledges)):
        return "pledges", tr("{0}, not a list of instruments").format(_quoted(row['pledges']))
    return None


def _additional_shape(row: dict) -> tuple[str, str] | None:
    if "additional_fields" not in row:
        return None   # a file of schema 4 or earlier, checked before its upgrade
    fields = _json(row, "additional_fields")
    if not (isinstance(fields, dict) and all(isinstance(v, str) and k.strip() for k, v in fields.items())):
        return "additional_fields", tr("{0}, not a set of named text fields").format(_quoted(row['additional_fields']))
    return None


def _journal_shape(row: dict) -> tuple[str, str] | None:
    journal = _json(row, "journal")
    if not (isinstance(journal, list) and all(
            isinstance(step, dict) and isinstance(step.get("service"), str) and isinstance(step.get("kwargs"), dict)
            for step in journal)):
        return "journal", tr("{0}, not a list of service calls").format(_quoted(row['journal']))
    return None


TABLES = (
    Table("exercise_info", QT_TR_NOOP("the exercise"), ("id",), (
        _c("id", INT), _c("name"), _c("description"), _c("classification"), _c("marking_colour"),
        _c("startex", TIME, label="STARTEX"), _c("endex", TIME, label="ENDEX"),
        _c("active_terms_id", INT, nullable=True, label="active treaty terms"))),
    Table("clock_state", QT_TR_NOOP("the exercise clock"), ("id",), (
        _c("id", INT), _c("scenario_time", TIME), _c("running", BOOL), _c("speed", SPEED))),
    Table("treaty_terms", QT_TR_NOOP("treaty terms {id}"), ("id",), (
        _c("id", INT), _c("name"), _c("reaction_hours", INT, label="reaction deadline"),
        _c("tiers", label="consultation tiers"), _c("severity_tiers", label="severity rule"),
        _c("categories", label="categories in scope"), _c("coordination"), _c("notes"),
        _c("kind", allowed=TERMS_KINDS, label="kind of option")), _terms_shape),
    Table("treaty_party", QT_TR_NOOP("treaty party {id}"), ("id",), (
        _c("id", INT), _c("terms_id", INT, label="treaty option"), _c("signatory_id", INT, label="signatory"),
        _c("bound_from", TIME, nullable=True, label="time bound from"),
        _c("basis", allowed=PARTY_BASES))),
    Table("incident_type", QT_TR_NOOP("incident type {code}"), ("code",), (
        _c("code"), _c("name"), _c("symbol"), _c("default_severity", INT, between=_SEVERITY),
        _c("sort_order", INT))),
    Table("proportionality_rule",
          QT_TR_NOOP("the proportionality rule of treaty terms {terms_id} for {incident_type} S{severity}"),
          ("terms_id", "incident_type", "severity"), (
        _c("terms_id", INT), _c("incident_type"), _c("severity", INT, between=_SEVERITY),
        _c("categories")), _rule_shape),
    Table("instrument", QT_TR_NOOP("instrument {code}"), ("code",), (
        _c("code"), _c("name"), _c("category", allowed=CATEGORIES), _c("deploys_forces", BOOL),
        _c("sort_order", INT))),
    Table("signatory", QT_TR_NOOP("signatory {id}"), ("id",), (
        _c("id", INT), _c("code"), _c("name"), _c("kind", allowed=SIGNATORY_KINDS), _c("nato", BOOL, label="NATO membership"),
        _c("eu", BOOL, label="EU membership"), _c("agreement_date", DATE, nullable=True), _c("approval_required", BOOL),
        _c("approval_lead_hours", INT, label="approval lead time"), _c("lead_time_assumed", BOOL),
        _c("approval_basis"), _c("pledges"), _c("contact")), _pledges_shape),
    Table("branch_point", QT_TR_NOOP("branch point {id}"), ("id",), (
        _c("id", INT), _c("question"), _c("at", TIME, label="time"),
        _c("outcome_id", INT, nullable=True, label="outcome it belongs to"),
        _c("resolved_at", TIME, nullable=True, label="time resolved"))),
    Table("outcome", QT_TR_NOOP("outcome {id}"), ("id",), (
        _c("id", INT), _c("branch_point_id", INT, label="branch point"), _c("name"), _c("sort_order", INT),
        _c("played", BOOL, label="played flag"))),
    Table("incident", QT_TR_NOOP("incident {id}"), ("id",), (
        _c("id", INT), _c("incident_type"), _c("severity", INT, between=_SEVERITY),
        _c("occurred_at", TIME, label="time"), _c("location"), _c("description"),
        _c("outcome_id", INT, nullable=True, label="outcome"))),
    Table("consultation", QT_TR_NOOP("consultation {id}"), ("id",), (
        _c("id", INT), _c("incident_id", INT, label="incident"), _c("signatory_id", INT, label="signatory"),
        _c("joined_at", TIME, nullable=True, label="time joined"), _c("note"))),
    Table("commitment", QT_TR_NOOP("commitment {id}"), ("id",), (
        _c("id", INT), _c("incident_id", INT, label="incident"), _c("signatory_id", INT, label="signatory"),
        _c("category", allowed=CATEGORIES), _c("measure"), _c("announced_at", TIME, label="announcement time"),
        _c("effective_at", TIME, nullable=True, label="effective time"),
        _c("status", allowed=COMMITMENT_STATUSES), _c("note"),
        _c("withdrawn_at", TIME, nullable=True, label="withdrawal time"),
        _c("outcome_id", INT, nullable=True, label="outcome"))),
    Table("provision", QT_TR_NOOP("provision {id}"), ("id",), (
        _c("id", INT), _c("signatory_id", INT, label="signatory"), _c("kind", allowed=PROVISION_KINDS),
        _c("title"), _c("quantity", AMOUNT, nullable=True, label="pledged quantity"), _c("unit"),
        _c("value", AMOUNT, nullable=True, label="pledged value"), _c("currency"), _c("notes"),
        _c("assumed", BOOL, label="assumption flag"))),
    Table("provision_milestone", QT_TR_NOOP("provision milestone {id}"), ("id",), (
        _c("id", INT), _c("provision_id", INT, label="provision"), _c("due_at", TIME, label="due time"),
        _c("what", label="description of what is due"),
        _c("quantity", AMOUNT, nullable=True, label="quantity due"),
        _c("value", AMOUNT, nullable=True, label="value due"))),
    Table("provision_delivery", QT_TR_NOOP("provision delivery {id}"), ("id",), (
        _c("id", INT), _c("provision_id", INT, label="provision"),
        _c("milestone_id", INT, nullable=True, label="milestone"),
        _c("delivered_at", TIME, label="delivery time"),
        _c("quantity", AMOUNT, nullable=True, label="quantity delivered"),
        _c("value", AMOUNT, nullable=True, label="value delivered"), _c("note"))),
    Table("what_if_variant", QT_TR_NOOP("what-if variant {id}"), ("id",), (
        _c("id", INT), _c("name"), _c("created_at", TIME, label="creation time"), _c("journal"), _c("note")),
          _journal_shape),
    Table("log_entry", QT_TR_NOOP("log entry {id}"), ("id",), (
        _c("id", INT), _c("scenario_time", TIME), _c("wall_time", TIME), _c("author"), _c("kind"), _c("text"),
        _c("refers_to", INT, nullable=True), _c("prev_hash", label="previous hash"), _c("hash"))),
    Table("log_seal", QT_TR_NOOP("log seal {id}"), ("id",), (
        _c("id", INT), _c("scenario_time", TIME), _c("wall_time", TIME), _c("reason"), _c("entries", INT),
        _c("head_hash", label="head hash"))),
    Table("inject", QT_TR_NOOP("inject {id}"), ("id",), (
        _c("id", INT), _c("number"), _c("scenario_time", TIME), _c("delivery_time", TIME), _c("phase"),
        _c("inject_type", allowed=INJECT_TYPES, label="type"), _c("method"), _c("sender"), _c("recipient"),
        _c("synopsis"), _c("expected_action"), _c("objective"), _c("controller"), _c("notes"),
        _c("incident_type", nullable=True), _c("severity", INT, nullable=True, between=_SEVERITY),
        _c("location"), _c("adhoc", BOOL, label="ad-hoc flag"), _c("status", allowed=INJECT_STATUSES),
        _c("delivered_at", TIME, nullable=True, label="delivery record"),
        _c("delivered_wall", TIME, nullable=True, label="wall time of delivery"),
        _c("incident_id", INT, nullable=True, label="incident"), _c("title"),
        _c("additional_fields"), _c("outcome_id", INT, nullable=True, label="outcome"),
        _c("asks_branch_point_id", INT, nullable=True, label="branch point it asks to resolve")), _additional_shape),
    Table("objective", QT_TR_NOOP("objective {id}"), ("id",), (
        _c("id", INT), _c("code"), _c("title"), _c("capability"), _c("critical_tasks"),
        _c("rating", nullable=True, allowed=RATINGS), _c("rating_note"), _c("sort_order", INT))),
    Table("observation", QT_TR_NOOP("observation {id}"), ("id",), (
        _c("id", INT), _c("objective_id", INT, label="objective"), _c("log_entry_id", INT, nullable=True,
                                                                        label="log entry"),
        _c("kind", allowed=OBSERVATION_KINDS), _c("text"), _c("author"), _c("scenario_time", TIME),
        _c("wall_time", TIME))),
    Table("improvement_item", QT_TR_NOOP("improvement plan item {id}"), ("id",), (
        _c("id", INT), _c("objective_id", INT, nullable=True, label="objective"), _c("issue"),
        _c("corrective_action"), _c("capability"), _c("responsible_org", label="responsible organisation"),
        _c("point_of_contact"), _c("start_date", DATE, nullable=True),
        _c("completion_date", DATE, nullable=True))),
)


# -- the checks ---------------------------------------------------------------------------------------
def _bad(column: Column) -> str:
    """SQL that is true when *column* holds a value Pactline would not have written."""
    c = f'"{column.name}"'
    bad = {
        INT: f"typeof({c}) != 'integer'",
        BOOL: f"typeof({c}) != 'integer' OR {c} NOT IN (0, 1)",
        TEXT: f"typeof({c}) != 'text'",
        # What UtcDateTime writes and parse_stored reads, nothing else: SQLite must render the
        # text back unchanged (julianday() first, so that 30 February does not come back as itself).
        TIME: f"{c} < '0001' OR {c} IS NOT strftime('%Y-%m-%dT%H:%M:%SZ', julianday({c}))",
        DATE: f"{c} < '0001' OR {c} IS NOT date(julianday({c}))",
        # NaN is stored as NULL, infinity fails the range.
        SPEED: f"typeof({c}) NOT IN ('integer', 'real') OR NOT ({c} > 0 AND {c} <= {MAX_SPEED})",
        # Infinity fails the upper bound; 1e300 is beyond any pledge.
        AMOUNT: f"typeof({c}) NOT IN ('integer', 'real') OR NOT ({c} >= 0 AND {c} < 1e300)",
    }[column.kind]
    if column.allowed:
        bad += f" OR {c} NOT IN ({', '.join(repr(a) for a in column.allowed)})"
    if column.between:
        bad += f" OR {c} NOT BETWEEN {column.between[0]} AND {column.between[1]}"
    return f"({c} IS NOT NULL AND ({bad}))" if column.nullable else f"({c} IS NULL OR {bad})"


def _problem(column: Column, value) -> str:
    shown = _quoted(value)
    if column.kind == INT:
        if _is_int(value) and column.between:
            return tr("{0}, not between {1} and {2}").format(shown, *column.between)
        return tr("{0}, not a whole number").format(shown)
    if column.kind == BOOL:
        return tr("{0}, not yes or no").format(shown)
    if column.kind == TIME:
        return tr("{0}, not a time").format(shown)
    if column.kind == DATE:
        return tr("{0}, not a date").format(shown)
    if column.kind == SPEED:
        return tr("{0}, not a clock speed above 0 and at most {1}").format(shown, f"{MAX_SPEED:g}")
    if column.kind == AMOUNT:
        return tr("{0}, not an amount of 0 or more").format(shown)
    if column.allowed and isinstance(value, str):
        return tr("{0}, not one of: {1}").format(shown, ", ".join(column.allowed))
    return tr("{0}, not text").format(shown)


def _quoted(value) -> str:
    if value is None:
        return tr("empty")
    if isinstance(value, bytes):
        return tr("binary data ({0} bytes)").format(len(value))
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    return repr(value)


def find_damaged_value(raw: sqlite3.Connection, *, older_schema: bool = False) -> str | None:
    """The first stored value Pactline cannot read, in plain words ("signatory 7's name is …"), or None.

    *raw* is a driver connection; nothing is written. A file of an *older_schema* is checked
    before it is upgraded (a damaged file must stay as it was), so only in the tables and
    columns it has; in a current file a missing one is damage ("no such column").
    """
    for table in TABLES:
        if older_schema:
            present = {row[1] for row in raw.execute(f"PRAGMA table_info({table.name})")}
            if not present:
                continue
            table = replace(table, columns=tuple(c for c in table.columns if c.name in present))
        problem = _wrong_type(raw, table) or _unreadable_text(raw, table) or _wrong_shape(raw, table)
        if problem:
            return problem
    return _dangling_reference(raw)


def _dangling_reference(raw: sqlite3.Connection) -> str | None:
    """A row naming another that is not there (the engine would index past its arrays)."""
    found = raw.execute("PRAGMA foreign_key_check").fetchone()
    if found is None:
        return None
    table_name, rowid, parent, fk_id = found
    table = next(t for t in TABLES if t.name == table_name)
    column_name = next(row[3] for row in raw.execute(f"PRAGMA foreign_key_list({table_name})") if row[0] == fk_id)
    column = next(c for c in table.columns if c.name == column_name)
    value = raw.execute(f'SELECT "{column_name}" FROM {table_name} WHERE rowid = ?', (rowid,)).fetchone()[0]
    return tr("{row}'s {field} is {value}, which names no {parent} of the exercise").format(
        row=table.row_name(_keys(raw, table, rowid)), field=column.words, value=_quoted(value),
        parent=shown(parent.replace("_", " ")))


def _sentence(row: str, field: str, problem: str) -> str:
    """"signatory 7's approval lead time is 'abc', not a whole number": one sentence to translate."""
    return tr("{row}'s {field} is {problem}").format(row=row, field=field, problem=problem)


def _keys(raw: sqlite3.Connection, table: Table, rowid: int) -> tuple:
    # As blobs: a key can be the unreadable text itself.
    keys = ", ".join(f'CAST("{k}" AS BLOB)' for k in table.keys)
    row = raw.execute(f"SELECT {keys} FROM {table.name} WHERE rowid = ?", (rowid,)).fetchone()
    return tuple(v.decode("utf-8", errors="replace") if isinstance(v, bytes) else v for v in row)


def _wrong_type(raw: sqlite3.Connection, table: Table) -> str | None:
    tests = [_bad(column) for column in table.columns]
    found = raw.execute(f"SELECT rowid FROM {table.name} WHERE {' OR '.join(tests)} LIMIT 1").fetchone()
    if found is None:
        return None
    rowid = found[0]
    flags = raw.execute(f"SELECT {', '.join(tests)} FROM {table.name} WHERE rowid = ?", (rowid,)).fetchone()
    column = next(c for c, flag in zip(table.columns, flags) if flag)
    kind, value = raw.execute(f'SELECT typeof("{column.name}"), CAST("{column.name}" AS BLOB) '
                              f"FROM {table.name} WHERE rowid = ?", (rowid,)).fetchone()
    if kind in ("integer", "real"):
        value = raw.execute(f'SELECT "{column.name}" FROM {table.name} WHERE rowid = ?', (rowid,)).fetchone()[0]
    elif kind == "text":
        value = value.decode("utf-8", errors="replace")
    return _sentence(table.row_name(_keys(raw, table, rowid)), column.words, _problem(column, value))


def _unreadable_text(raw: sqlite3.Connection, table: Table) -> str | None:
    texts = [c for c in table.columns if c.kind == TEXT]
    if not texts:
        return None
    # All of a table's text as one blob, decoded once; newlines keep one value's stray
    # bytes from completing a character with the next value's.
    joined = " || char(10) || ".join(f'ifnull("{c.name}", \'\')' for c in texts)
    blob = raw.execute(f"SELECT CAST(group_concat({joined}, char(10)) AS BLOB) FROM {table.name}").fetchone()[0]
    try:
        (blob or b"").decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    selected = ", ".join(f'CAST("{c.name}" AS BLOB)' for c in texts)
    for rowid, *values in raw.execute(f"SELECT rowid, {selected} FROM {table.name}").fetchall():
        for column, value in zip(texts, values):
            try:
                (value or b"").decode("utf-8")
            except UnicodeDecodeError:
                return tr("{row}'s {field} is not readable text").format(
                    row=table.row_name(_keys(raw, table, rowid)), field=column.words)
    return None


def _wrong_shape(raw: sqlite3.Connection, table: Table) -> str | None:
    if table.shape is None:
        return None
    names = [c.name for c in table.columns]
    by_name = {c.name: c for c in table.columns}
    for values in raw.execute(f"SELECT {', '.join(names)} FROM {table.name}").fetchall():
        row = dict(zip(names, values))
        problem = table.shape(row)
        if problem:
            field, what = problem
            return _sentence(table.row_name(tuple(row[k] for k in table.keys)), by_name[field].words, what)
    return None
