"""The checks a package's values pass: JSON types, times and dates, identifiers, references.

Each check is ``check(context, json_path, value)``: it returns the value as it
will be stored, or raises a PackageError naming the JSON path of the bad value.
model/package/schema.py puts them together into the package's sections.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass, field
from datetime import date, datetime

from model.errors import PactlineError
from model.timeutil import UTC
from model.i18n import tr
from model.package.things import must_be_key, no_such

MAX_ITEMS = 200           # items of a small list: tiers, pledges, categories
MAX_INT = 2**53 - 1       # the integers JSON carries exactly (SQLite's are wider)
MAX_CODE = 40

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
        return tr("a number of {0} digits").format(value.digits)
    if isinstance(value, dict):
        return tr("an object")
    if isinstance(value, list):
        return tr("a list")
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


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


# A field check: (context, JSON path, value) -> the cleaned value. The context is
# None only for checks that read no other section (the format's version).
Check = Callable[[Context | None, str, Any], Any]


# -- field checks ---------------------------------------------------------------------------
def integer(minimum: int = -MAX_INT, maximum: int = MAX_INT) -> Check:
    def check(_ctx, path, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise PackageError(path, tr("must be a whole number (got {0})").format(show(value)))
        if not minimum <= value <= maximum:
            raise PackageError(path, tr("must be between {minimum} and {maximum} (got {value})")
                                        .format(minimum=minimum, maximum=maximum, value=value))
        return value
    return check


IDENTIFIER = integer(1, MAX_INT)


def boolean(_ctx, path, value):
    if not isinstance(value, bool):
        raise PackageError(path, tr("must be true or false (got {0})").format(show(value)))
    return value


def number(_ctx, path, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PackageError(path, tr("must be a number (got {0})").format(show(value)))
    return value


def text(max_len: int | None = None, *, required: bool = False) -> Check:
    """Text as it is; lengths here only where no service rule applies."""
    def check(_ctx, path, value):
        if not isinstance(value, str):
            raise PackageError(path, tr("must be text (got {0})").format(show(value)))
        bad = _SURROGATE.search(value)
        if bad:
            raise PackageError(path, tr("is not valid Unicode (an unpaired surrogate \\u{0:04x} at character {1})")
                                        .format(ord(bad.group()), bad.start()))
        if max_len is not None and len(value) > max_len:
            raise PackageError(path, tr("is too long ({0} characters; at most {max_len})")
                                        .format(len(value), max_len=max_len))
        if required and not value.strip():
            raise PackageError(path, tr("must not be empty"))
        return value
    return check


TEXT = text()


def choice(allowed: tuple[str, ...]) -> Check:
    def check(ctx, path, value):
        TEXT(ctx, path, value)
        if value not in allowed:
            raise PackageError(path, tr("{0} is not one of: {1}").format(show(value), ', '.join(allowed)))
        return value
    return check


def code(ctx, path, value):
    """A catalogue key: references use it, so it is taken exactly as written."""
    text(MAX_CODE, required=True)(ctx, path, value)
    if value != value.strip():
        raise PackageError(path, tr("must not begin or end with spaces"))
    return value


def moment(_ctx, path, value) -> datetime:
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        raise PackageError(path, tr("must be an ISO 8601 time with its zone, like 2026-03-02T06:00:00Z (got {0})")
                                    .format(show(value)))
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except (ValueError, OverflowError):
        raise PackageError(path, tr("{0} is not a real date and time").format(show(value))) from None
    if not 1000 <= parsed.year <= 9999:
        raise PackageError(path, tr("{0} lies outside the years 1000-9999").format(show(value)))
    return parsed


def calendar_date(_ctx, path, value) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise PackageError(path, tr("must be a date like 2024-01-12 (got {0})").format(show(value)))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PackageError(path, tr("{0} is not a real date").format(show(value))) from None


def sha256(_ctx, path, value):
    if not isinstance(value, str) or not _HASH.fullmatch(value):
        raise PackageError(path, tr("must be 64 lower-case hexadecimal digits (got {0})").format(show(value)))
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
            raise PackageError(path, must_be_key(what, show(value))) from None
        if value not in ctx.keys[section]:
            raise PackageError(path, no_such(what, show(value)))
        return value
    return check


def list_of(check: Check, max_items: int = MAX_ITEMS) -> Check:
    def items(ctx, path, value):
        if not isinstance(value, list):
            raise PackageError(path, tr("must be a list (got {0})").format(show(value)))
        if len(value) > max_items:
            raise PackageError(path, tr("has {0} items; at most {max_items}")
                                        .format(len(value), max_items=max_items))
        return [check(ctx, f"{path}[{i}]", item) for i, item in enumerate(value)]
    return items


def json_object(path: str, value) -> dict:
    if not isinstance(value, dict):
        raise PackageError(path, tr("must be an object (got {0})").format(show(value)))
    duplicates = getattr(value, "duplicates", ())
    if duplicates:
        raise PackageError(key_path(path, duplicates[0]), tr("appears twice in the same object"))
    return value


def named_texts(ctx, path: str, value) -> dict:
    """An object of name -> text (an inject's additional fields)."""
    value = json_object(path, value)
    return {name: TEXT(ctx, key_path(path, name), item) for name, item in value.items()}


_SEVERITY_KEYS = ("1", "2", "3", "4", "5")


def severity_map(value_check: Check, *, complete: bool) -> Check:
    """An object keyed by severity "1".."5" (all five when *complete*)."""
    def check(ctx, path, value):
        value = json_object(path, value)
        for key in value:
            if key not in _SEVERITY_KEYS:
                raise PackageError(key_path(path, key), tr("is not a severity (use \"1\" to \"5\")"))
        if complete:
            for key in _SEVERITY_KEYS:
                if key not in value:
                    raise PackageError(key_path(path, key), tr("is missing"))
        return {key: value_check(ctx, key_path(path, key), value[key]) for key in _SEVERITY_KEYS if key in value}
    return check


def proportionality(ctx, path, value):
    """incident type code -> severity -> response categories (the services check the categories)."""
    value = json_object(path, value)
    rows = severity_map(list_of(TEXT), complete=False)
    for type_code in value:
        if type_code not in ctx.keys["incident_types"]:
            raise PackageError(key_path(path, type_code), tr("no incident type with code {0}")
                                                             .format(show(type_code)))
    return {type_code: rows(ctx, key_path(path, type_code), value[type_code]) for type_code in sorted(value)}

