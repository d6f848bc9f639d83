"""The lists a roster is built from: the shipped 2024 signatories and the ISO 3166 states.

Plain data from resources/, so the roster's actions can ask for them while the
main window is being built, before the ORM is loaded.
"""
from __future__ import annotations

import json
from functools import cache

from model.errors import ValidationError
from model.resources import resource
from model.services.validate import iso_states
from model.i18n import tr


@cache
def _shipped() -> tuple[dict, ...]:
    data = json.loads(resource("default_exercise.json").read_text(encoding="utf-8"))
    return tuple(data["signatories"])


def shipped_signatories() -> list[dict]:
    """The signatories of the 2024 agreements as the default exercise ships them (fresh copies).

    Each is a complete set of create_signatory keywords (dates as ISO text).
    """
    return [dict(entry) for entry in _shipped()]


def state_entry(code: str) -> dict:
    """create_signatory keywords for a state or shipped organisation: the 2024 facts where
    known, else the ISO name and NATO/EU flags with no parliamentary rule recorded."""
    for entry in _shipped():
        if entry["code"] == code:
            return dict(entry)
    state = iso_states().get(code)
    if state is None:
        raise ValidationError("code", tr("'{code}' is not an ISO 3166-1 alpha-2 country code")
                                         .format(code=code))
    return dict(code=state["code"], name=state["name"], kind="state", nato=bool(state["nato"]),
                eu=bool(state["eu"]))


def pickable_entries() -> list[dict]:
    """Every ISO state plus the shipped organisations (the EU), as state_entry gives them."""
    codes = list(iso_states())
    codes += [entry["code"] for entry in _shipped() if entry.get("kind") == "organisation"]
    return [state_entry(code) for code in codes]
