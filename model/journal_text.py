"""A what-if's journal as JSON text, to keep as a named variant and replay later.

The journal's steps are service calls with keyword arguments (model/what_if_replay.py);
their values are plain JSON except for times, tuples and captured rows, which
are written as one-key objects ``{"$time": "2026-03-02T08:00:00+00:00"}``,
``{"$tuple": [...]}`` and ``{"$record": {"table": ..., "values": {...}}}``, so
reading gives back exactly the arguments that ran. A key starting with "$" in a
planner's own data (an additional field) is kept as ``{"$dict": {...}}``.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from model.errors import PactlineError
from model.i18n import tr
from model.services.changes import Record
from model.what_if_replay import JournalStep


class JournalTextError(PactlineError):
    """Stored journal text that Pactline did not write (or a later Pactline wrote)."""


def _plain(value):
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise JournalTextError("a journal time without a time zone cannot be kept")
        return {"$time": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Record):
        return {"$record": {"table": value.table, "values": _plain(value.values)}}
    if isinstance(value, tuple):
        return {"$tuple": [_plain(v) for v in value]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        plain = {str(k): _plain(v) for k, v in value.items()}
        return {"$dict": plain} if any(str(k).startswith("$") for k in value) else plain
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise JournalTextError(f"a journal value of type {type(value).__name__} cannot be kept")


def _value(plain):
    if isinstance(plain, list):
        return [_value(v) for v in plain]
    if isinstance(plain, dict):
        if len(plain) == 1:
            (key, inner), = plain.items()
            if key == "$time":
                return datetime.fromisoformat(inner)
            if key == "$date":
                return date.fromisoformat(inner)
            if key == "$tuple":
                return tuple(_value(v) for v in inner)
            if key == "$record":
                return Record(inner["table"], _value(inner["values"]))
            if key == "$dict":
                return {k: _value(v) for k, v in inner.items()}
        if any(k.startswith("$") for k in plain):
            raise JournalTextError(tr("unknown journal value {0!r}").format(sorted(plain)[0]))
        return {k: _value(v) for k, v in plain.items()}
    return plain


def journal_text(steps: Sequence[JournalStep]) -> str:
    """The steps as a JSON list of {service, kwargs}."""
    # Keys sorted: a package carries the journal as JSON and writes it back sorted, so a round trip
    # through a package keeps the stored text byte for byte.
    return json.dumps([{"service": s.service, "kwargs": _plain(s.kwargs)} for s in steps], ensure_ascii=False,
                      separators=(",", ":"), sort_keys=True)


def journal_steps(text: str) -> list[JournalStep]:
    """The steps *text* holds; JournalTextError when it is not a journal Pactline wrote."""
    try:
        items = json.loads(text)
        if not isinstance(items, list):
            raise TypeError("not a list")
        return [JournalStep(str(item["service"]), _value(item["kwargs"])) for item in items]
    except (ValueError, TypeError, KeyError, AttributeError) as err:
        raise JournalTextError(tr("the variant's changes cannot be read ({0})").format(err)) from None
