"""What the user reads for a code of the domain: one lookup for every view, log entry and report.

Codes (``energy_strike``, ``nato_led``, ``political``) are keys for files and
code; they never reach a user. Names come from the exercise's own catalogue
when the caller has it (*names*), else from the shipped catalogue; a code
neither knows is turned into words rather than shown raw.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from model.catalogue import shipped_catalogue
from model.i18n import QT_TR_NOOP, tr

# Fixed words that are already plain English but are written here once, so a view never shows the key.
_FIXED = {
    "signatory_kind": {"state": QT_TR_NOOP("state"), "organisation": QT_TR_NOOP("organisation")},
    "commitment_status": {"pledged": QT_TR_NOOP("pledged"), "announced": QT_TR_NOOP("announced"), "delivered": QT_TR_NOOP("delivered"),
                          "withdrawn": QT_TR_NOOP("withdrawn")},
    "inject_status": {"planned": QT_TR_NOOP("planned"), "held": QT_TR_NOOP("held"), "delivered": QT_TR_NOOP("delivered"), "skipped": QT_TR_NOOP("skipped")},
    "inject_type": {"incident": QT_TR_NOOP("incident"), "message": QT_TR_NOOP("message"), "contingency": QT_TR_NOOP("contingency")},
}
KINDS = ("category", "incident_type", "instrument", "coordination", "severity", *_FIXED)


def in_words(code: str) -> str:
    """``energy_strike`` → ``Energy strike``: the last resort for a code no catalogue names."""
    words = str(code).replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def _shipped(kind: str) -> dict[str, str]:
    catalogue = shipped_catalogue()
    if kind == "category":
        return {c.code: c.name for c in catalogue.categories}
    if kind == "incident_type":
        return {t["code"]: t["name"] for t in catalogue.incident_types}
    if kind == "instrument":
        return {i["code"]: i["name"] for i in catalogue.instruments}
    if kind == "coordination":
        return {c.code: c.name for c in catalogue.coordination}
    if kind == "severity":
        return {str(k): v for k, v in catalogue.severities.items()}
    return _FIXED.get(kind, {})


def display_name(kind: str, code: str | int | None, names: Mapping[str, str] | None = None) -> str:
    """The name of *code* of *kind* (see KINDS); *names*: the exercise's own code → name, tried first."""
    if code is None or code == "":
        return ""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of name {kind!r}")
    key = str(code)
    name = (names or {}).get(key) or _shipped(kind).get(key)
    # The shipped names are in the catalogue (tools/update_translations.py); a planner's own pass unchanged.
    return tr(name) if name else in_words(key)


def catalogue_text(text: str) -> str:
    """A text of the shipped catalogue (an incident type's or instrument's name, a coordinator, a note) in the
    chosen language; a planner's own text, which has no translation, as written."""
    return tr(text) if text else text


def category_name(code: str) -> str:
    """``economic`` → ``Economic (sanctions)``."""
    return display_name("category", code)


def category_word(code: str) -> str:
    """The name as it reads mid-sentence, without its gloss: ``economic`` for ``Economic (sanctions)``."""
    name = category_name(code).split(" (")[0].strip()
    return name[0].lower() + name[1:] if len(name) > 1 and not name[1].isupper() else name


def with_article(word: str) -> str:
    """``a military``, ``an economic``."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def category_names(codes) -> str:
    """``Political, Economic (sanctions)``; ``none`` for no category."""
    return ", ".join(category_name(c) for c in codes) or tr("none")


# Fields whose name in words is not their key in words.
_FIELD_NAMES = {"nato": "NATO member", "eu": "EU member", "pledges": "instruments offered",
                "approval_lead_hours": "approval lead time", "lead_time_assumed": "lead time assumed",
                "refers_to": "correction of", "measure": "measure", "severity_tiers": "consultation tier by severity",
                "marking_colour": "marking colour", "startex": "STARTEX", "endex": "ENDEX",
                "asks_branch_point_id": "branch point it asks to resolve"}


def field_name(field: str) -> str:
    """``incident_type`` → ``incident type``, ``nato`` → ``NATO member``, ``signatory_id`` → ``signatory``;
    ``entries[1].code`` → ``entry 2, code`` (which row of a batch, counted from 1)."""
    *where, key = field.split(".")
    name = _FIELD_NAMES.get(key) or key.removesuffix("_id").replace("_", " ").strip()
    rows = []
    for part in where:
        found = re.fullmatch(r"(\w+)\[(\d+)\]", part)
        if found:
            noun = found[1][:-3] + "y" if found[1].endswith("ies") else found[1].removesuffix("s")
            rows.append(f"{noun} {int(found[2]) + 1}")
    return ", ".join([*rows, name])


def changed_fields(previous) -> str:
    """What an edit changed, for its log entry: ``NATO member, agreement date`` (``no change``), in the language
    the entry is written in (the field names refusals use)."""
    from model.errors import field_label   # errors reads this module's field names: imported where used

    labels = (field_label(f) for f in previous)
    return ", ".join(label[:1].lower() + label[1:] if label[1:2].islower() else label for label in labels) \
        or tr("no change")
