"""Field checks shared by the services; each failure names the field."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import Literal, overload

from model.display_names import display_name
from model.errors import ValidationError
from model.resources import resource
from model.timeutil import NaiveDatetimeError, require_aware
from model.i18n import tr

_ORG_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


@cache
def iso_states() -> dict[str, dict]:
    raw = json.loads(resource("states.json").read_text(encoding="utf-8"))
    return {s["code"]: s for s in raw["states"]}


def text(field: str, value, *, max_len: int, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, tr("must be text, got {name__}").format(name__=type(value).__name__))
    value = value.strip()
    if required and not value:
        raise ValidationError(field, tr("must not be empty"))
    if len(value) > max_len:
        raise ValidationError(field, tr("is too long ({0} characters; at most {max_len})")
                                        .format(len(value), max_len=max_len))
    return value


def decoded(field: str, value):
    """A list or mapping given as its stored JSON text; malformed text is refused, not raised."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        raise ValidationError(field, tr("{value!r} is not a list or mapping Pactline can read")
                                        .format(value=value)) from None


def choice(field: str, value, allowed: Iterable[str], *, kind: str | None = None) -> str:
    """*value* if it is one of *allowed*; *kind*: the display_names kind that words the codes.

    The refusal lists what may be written: the codes, each after its name in the user's language
    where the two differ ("messaggio (message)"), so an Italian planner reads no bare English word
    and still sees what the file must hold."""
    allowed = tuple(allowed)
    if value not in allowed:
        shown = allowed
        if kind is not None:
            shown = tuple(code if (name := display_name(kind, code)).casefold() == code.casefold()
                          else f"{name} ({code})" for code in allowed)
        raise ValidationError(field, tr("'{value}' is not one of: {0}").format(', '.join(shown), value=value))
    return value


def integer(field: str, value, *, minimum: int | None = None, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        elif isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
            value = int(value)
        else:
            raise ValidationError(field, tr("must be a whole number, got {value!r}").format(value=value))
    if minimum is not None and value < minimum:
        raise ValidationError(field, tr("must be at least {minimum} (got {value})")
                                        .format(minimum=minimum, value=value))
    if maximum is not None and value > maximum:
        raise ValidationError(field, tr("must be at most {maximum} (got {value})")
                                        .format(maximum=maximum, value=value))
    return value


def severity(field: str, value) -> int:
    return integer(field, value, minimum=1, maximum=5)


def boolean(field: str, value) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, tr("must be true or false, got {value!r}").format(value=value))
    return value


@overload
def moment(field: str, value, *, optional: Literal[False] = False) -> datetime: ...
@overload
def moment(field: str, value, *, optional: bool) -> datetime | None: ...
def moment(field: str, value, *, optional: bool = False) -> datetime | None:
    """An aware datetime (or None, when *optional*); a naive or non-time value is refused."""
    if value is None and optional:
        return None
    try:
        return require_aware(value, field)
    except NaiveDatetimeError:
        raise ValidationError(field, tr("needs a time zone (a naive time is ambiguous)")) from None
    except TypeError:
        raise ValidationError(field, tr("must be a date and time, got {value!r}").format(value=value)) from None


def calendar_date(field: str, value, *, optional: bool = True) -> date | None:
    if value is None or value == "":
        if optional:
            return None
        raise ValidationError(field, tr("is required"))
    if isinstance(value, datetime):
        raise ValidationError(field, tr("must be a date without a time"))
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, tr("'{value}' is not a date (use YYYY-MM-DD)").format(value=value)) from None


def signatory_code(field: str, value, kind: str) -> str:
    code = text(field, value, max_len=10, required=True).upper()
    if kind == "state":
        if code not in iso_states():
            raise ValidationError(field, tr("'{code}' is not an ISO 3166-1 alpha-2 country code")
                                            .format(code=code))
    elif not _ORG_CODE.match(code):
        raise ValidationError(field, tr("'{code}' must be 2-10 capital letters or digits, starting with a letter")
                                        .format(code=code))
    return code
