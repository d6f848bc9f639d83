"""Value maps: what a sheet's words in a fixed-vocabulary column become in Pactline.

HSEEP sheets type their events Contextual, Administrative, Player Action…;
severities are "high" or "Moderate"; methods "E-mail" or "telephone". For each
mapped column of such a field the import lists the distinct values, guesses
Pactline's value for each, and the planner confirms or changes the guess (the
dialog remembers the choice). A value map is ``{field: {sheet text (lower
case, trimmed): Pactline value}}``; a value without an entry is read as before.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from model.msel.additional import cell_text
from model.display_names import display_name
from model.i18n import tr

# The fields whose values come from a fixed list (method: a free text, but a short list of usual ones).
VOCABULARY_FIELDS = ("inject_type", "incident_type", "severity", "method")
INJECT_TYPE_VALUES = ("message", "incident", "contingency")
USUAL_METHODS = ("Email", "Phone", "VTC", "Radio", "In person", "Media", "Document", "Chat", "Social media",
                 "Fax", "Map update")
MAX_DISTINCT = 50     # more distinct values than this is no vocabulary: the column is left as it is

_INJECT_WORDS = {
    "contingency": ("contingency", "contingent", "back up", "backup", "spare", "reserve", "optional", "secours",
                    "contingence"),
    "incident": ("incident", "attack", "strike", "event incident", "kinetic", "aggression", "hostile act",
                 "attaque", "incursion"),
    "message": ("message", "contextual", "context", "administrative", "admin", "player action", "expected action",
                "controller action", "information", "info", "inject", "email", "phone call", "news", "media",
                "scenario", "update", "report", "request", "exercise control", "simcell", "courriel",
                "information inject", "storyline"),
}
_SEVERITY_WORDS = {
    1: ("very low", "negligible", "minimal", "informational", "info", "très faible", "insignifiant"),
    2: ("low", "minor", "limited", "faible", "mineur", "bas"),
    3: ("medium", "moderate", "significant", "average", "normal", "moyen", "modéré", "significatif"),
    4: ("high", "major", "severe", "serious", "élevé", "eleve", "fort", "grave", "majeur"),
    5: ("very high", "critical", "catastrophic", "extreme", "emergency", "critique", "catastrophique",
        "très élevé", "extrême"),
}
_METHOD_WORDS = {
    "Email": ("email", "e mail", "mail", "courriel", "electronic mail", "outlook"),
    "Phone": ("phone", "telephone", "phone call", "call", "téléphone", "cell", "mobile", "sms", "text message"),
    "VTC": ("vtc", "video", "video call", "teleconference", "video conference", "teams", "zoom", "visio"),
    "Radio": ("radio", "hf", "vhf", "uhf"),
    "In person": ("in person", "face to face", "verbal", "briefing", "oral", "walk in", "en personne"),
    "Media": ("media", "press", "news", "tv", "television", "news report", "presse", "médias"),
    "Document": ("document", "memo", "letter", "paper", "handout", "courrier"),
    "Chat": ("chat", "instant message", "im", "slack", "whatsapp"),
    "Social media": ("social media", "twitter", "x", "facebook", "réseaux sociaux"),
    "Fax": ("fax", "facsimile"),
    "Map update": ("map", "map update", "map overlay", "carte"),
}
_WORD = re.compile(r"[^\W_]+")


def key(value) -> str:
    """How a sheet's value is looked up in a value map: its text, trimmed, spaces collapsed, lower case."""
    return " ".join(cell_text(value).split()).lower()


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _lookup(table: Mapping, text: str):
    words = _words(text)
    for target, names in table.items():
        if words in names:
            return target
    for target, names in table.items():   # "Player Action (expected)", "High risk": the first listed word wins
        if any(f" {name} " in f" {words} " for name in names if len(name) > 3):
            return target
    return None


def guess_value(field: str, text: str, incident_types: Mapping[str, str]):
    """Pactline's value for a sheet's *text* in a *field* column, or None when there is no good guess.

    *incident_types* maps code -> name. Severities and inject types the reader already understands
    ("S3", "3", "incident") are guessed as themselves.
    """
    words = _words(text)
    if not words:
        return None
    if field == "inject_type":
        return _lookup(_INJECT_WORDS, text)   # an unknown word stays refused until the planner chooses
    if field == "severity":
        match = re.fullmatch(r"s?\s*([1-5])", words)
        return int(match.group(1)) if match else _lookup(_SEVERITY_WORDS, text)
    if field == "incident_type":
        for code, name in incident_types.items():
            if words in (_words(code), _words(name)):
                return code
        best = max(incident_types.items(), key=lambda item: _overlap(words, item), default=None)
        return best[0] if best is not None and _overlap(words, best) > 0 else None
    if field == "method":
        # A free text: only a usual method's other spellings are guessed ("E-mail" -> Email), never a change
        # of its own spelling ("email" stays), so that an exported MSEL comes back as it was.
        method = _lookup(_METHOD_WORDS, text)
        return method if method is not None and _words(method) != words else None
    return None


def _overlap(words: str, item: tuple[str, str]) -> int:
    mine = {w for w in words.split() if len(w) > 3}
    theirs = set(_words(item[0]).split()) | set(_words(item[1]).split())
    return len(mine & theirs)


@dataclass(frozen=True)
class ValueChoice:
    """One distinct value of a vocabulary column, as the value-mapping step lists it."""

    field: str
    column: int
    text: str            # as the sheet first writes it
    rows: int            # how many rows hold it
    guess: object        # Pactline's value guessed for it (None: no guess)
    chosen: object       # what will be stored: the remembered or given choice, else the guess


def value_choices(headers: Sequence[str], rows: Sequence, mapping: Mapping[int, str | None],
                  incident_types: Mapping[str, str],
                  chosen: Mapping[str, Mapping[str, object]] | None = None) -> list[ValueChoice]:
    """The distinct values of every mapped vocabulary column, with Pactline's guess and the choice in force."""
    chosen = chosen or {}
    found: list[ValueChoice] = []
    for column, name in sorted(mapping.items()):
        if name not in VOCABULARY_FIELDS or column >= len(headers):
            continue
        counts: Counter = Counter()
        first: dict[str, str] = {}
        for row in rows:
            cell = row.cells[column] if column < len(row.cells) else None
            lookup = key(cell)
            if lookup:
                counts[lookup] += 1
                first.setdefault(lookup, " ".join(cell_text(cell).split()))
        if len(counts) > MAX_DISTINCT:
            continue
        for lookup, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            guess = guess_value(name, first[lookup], incident_types)
            choice = chosen.get(name, {}).get(lookup, guess)
            found.append(ValueChoice(name, column, first[lookup], count, guess, choice))
    return found


def effective_maps(choices: Sequence[ValueChoice]) -> dict[str, dict[str, object]]:
    """The value map the import applies: every listed value to its chosen Pactline value."""
    maps: dict[str, dict[str, object]] = {}
    for choice in choices:
        if choice.chosen is not None:
            maps.setdefault(choice.field, {})[key(choice.text)] = choice.chosen
    return maps


def apply(maps: Mapping[str, Mapping[str, object]], field: str, value):
    """The cell *value* of a *field* column through the value map (unchanged when it has no entry)."""
    table = maps.get(field)
    if not table:
        return value
    return table.get(key(value), value)


def chosen_name(field: str, chosen) -> str:
    """What a planner reads for a value chosen in the map: an inject type's or incident type's name in the
    chosen language ("messaggio"); a severity's number and a method as they are."""
    if field in ("inject_type", "incident_type"):
        return display_name(field, chosen)
    return str(chosen)


def mapped_summary(choices: Sequence[ValueChoice], labels: Mapping[str, str]) -> list[str]:
    """One line per field whose values the map changes: what a planner should know was read differently."""
    lines = []
    for name in VOCABULARY_FIELDS:
        changed = [c for c in choices if c.field == name and c.chosen is not None
                   and str(c.chosen).lower() != key(c.text)]
        if changed:
            listed = ", ".join(f"{c.text} → {chosen_name(name, c.chosen)}" for c in changed[:8]) \
                + (" …" if len(changed) > 8 else "")
            lines.append(tr("{0} values read as: {listed}").format(labels[name], listed=listed))
    return lines
