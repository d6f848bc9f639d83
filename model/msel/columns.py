"""MSEL spreadsheet columns: the HSEEP headers Pactline writes, the synonyms it reads, and cell escaping.

The import guesses which inject field each column of a planner's own sheet
holds from its header ("Inject #", "Time (scenario)", "Sender"…); the planner
confirms or corrects the guess before anything is stored.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeGuard

from model.i18n import QT_TR_NOOP, tr

# Export order: HSEEP MSEL columns first, then Pactline's incident columns and play state.
# key -> header. Keys are inject fields, except the export-only ones below.
EXPORT_HEADERS: dict[str, str] = {
    "number": QT_TR_NOOP("Number"),
    "scenario_time": QT_TR_NOOP("Scenario Time"),
    "scenario_relative": QT_TR_NOOP("Scenario Time (D+n)"),
    "delivery_time": QT_TR_NOOP("Delivery Time"),
    "phase": QT_TR_NOOP("Phase/Move"),
    "inject_type": QT_TR_NOOP("Inject Type"),
    "method": QT_TR_NOOP("Delivery Method"),
    "sender": QT_TR_NOOP("From"),
    "recipient": QT_TR_NOOP("To"),
    "title": QT_TR_NOOP("Subject"),
    "synopsis": QT_TR_NOOP("Synopsis"),
    "expected_action": QT_TR_NOOP("Expected Player Action"),
    "objective": QT_TR_NOOP("Objective/Capability"),
    "controller": QT_TR_NOOP("Responsible Controller"),
    "notes": QT_TR_NOOP("Notes"),
    "status": QT_TR_NOOP("Status"),
    "incident_type": QT_TR_NOOP("Incident Type"),
    "severity": QT_TR_NOOP("Severity"),
    "location": QT_TR_NOOP("Location"),
    "delivered_at": QT_TR_NOOP("Actual Delivery Time"),
    # The branch an inject belongs to (empty: the trunk, played whatever the answer).
    "branch_point": QT_TR_NOOP("Branch Point"),
    "outcome": QT_TR_NOOP("Branch Outcome"),
    # The question of the branch point delivering the inject asks to resolve (read back by its question).
    "asks_branch_point_id": QT_TR_NOOP("Asks to Resolve"),
}
# Derived or play state: written for the reader, never imported (an import plans injects).
EXPORT_ONLY = ("scenario_relative", "status", "delivered_at", "branch_point", "outcome")

# The fields an import can fill, in the order the mapping dialog offers them.
IMPORT_FIELDS = ("number", "scenario_time", "scenario_date", "delivery_time", "phase", "inject_type", "method",
                 "sender", "recipient", "title", "synopsis", "expected_action", "objective", "controller", "notes",
                 "incident_type", "severity", "location", "asks_branch_point_id")
# A sheet's separate date (or day) column: the import combines it with the Scenario Time's clock.
FIELD_LABELS = {**{field: EXPORT_HEADERS[field] for field in IMPORT_FIELDS if field in EXPORT_HEADERS},
                "scenario_date": QT_TR_NOOP("Scenario Date (or day)")}
FIELD_LABELS = {field: FIELD_LABELS[field] for field in IMPORT_FIELDS}


# Not a field: the planner's choice that a column is neither imported nor kept as an additional field.
DROP = "drop"


def is_field(name: str | None) -> TypeGuard[str]:
    """Whether a mapping's choice imports the column into an inject field (not kept, not dropped)."""
    return name is not None and name != DROP


def field_label(field: str) -> str:
    """The column name of *field* in the chosen language (files keep the English HSEEP headers)."""
    return tr(FIELD_LABELS[field])

# What planners call these columns in their own sheets (compared as lower-case words).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": ("number", "inject number", "msel number", "event number", "serial", "serial number", "ser",
               "id", "inject id", "ref", "reference", "item"),
    "scenario_time": ("scenario time", "time", "dtg", "scheduled time", "event time", "inject dtg", "start time",
                      "planned time", "msel time", "heure", "date time group", "date time", "datetime", "when",
                      "exercise time", "game time", "sim time", "simulation time", "scenario date time",
                      "time scenario", "zulu time", "time z", "t min", "t mins", "t minutes", "t hours",
                      "t hrs", "time offset", "offset"),
    "scenario_date": ("date", "day", "event date", "scenario date", "exercise day", "inject date", "jour"),
    "delivery_time": ("delivery time", "deliver at", "release time", "send time", "time delivered",
                      "planned delivery", "planned delivery time", "inject time", "delivery dtg"),
    "phase": ("phase", "move", "phase move", "stage", "exercise phase", "part", "module"),
    "inject_type": ("inject type", "type", "kind", "inject kind", "type of inject"),
    # A bare "Delivery" column says how (Verbal, Email printout…), as cloud incident tabletops write it.
    "method": ("delivery method", "method", "means", "mode", "channel", "medium", "delivery means", "delivery",
               "how delivered", "delivery mode"),
    "sender": ("from", "sender", "originator", "source", "sent by", "simulated sender", "from simcell", "from org",
               "from organization"),
    "recipient": ("to", "recipient", "recipients", "player", "players", "addressee", "receiver",
                  "delivered to", "target audience", "audience", "player recipient", "to org",
                  "to organization"),
    "title": ("subject", "title", "inject title", "inject subject", "event title", "headline", "heading",
              "subject title", "short title", "name", "inject name", "event name"),
    "synopsis": ("synopsis", "message", "description", "inject", "inject text", "inject description",
                 "content", "event", "event description", "details", "text", "summary", "message text",
                 "inject message", "narrative", "script", "inject script"),
    "expected_action": ("expected player action", "expected action", "expected actions", "expected response",
                        "expected outcome", "player action", "player actions", "anticipated response",
                        "expected player response", "expected"),
    "objective": ("objective capability", "objective", "objectives", "capability", "core capability",
                  "exercise objective", "objective number"),
    "controller": ("responsible controller", "controller", "responsible", "owner", "lead controller",
                   "controller responsible", "poc", "assigned to"),
    "notes": ("notes", "note", "remarks", "comments", "comment", "controller notes"),
    # Not "event type": in HSEEP sheets it holds Contextual, Administrative, Player Action…, no aggression.
    "incident_type": ("incident type", "incident", "aggression type", "attack type",
                      "incident kind"),
    "severity": ("severity", "sev", "severity level", "level", "intensity"),
    "location": ("location", "place", "where", "area", "region", "site"),
    "asks_branch_point_id": ("asks to resolve", "asks for resolution", "branch point to resolve",
                             "resolves branch point", "asks for branch point", "decision asked"),
}
# French sheets (exercices de crise) name the same columns in French; their "chronogrammes" (ANSSI's REMPAR25
# kit, as Murail plays it) say horaire for the time and stimuli for the injects.
for _field, _names in {"sender": ("émetteur", "expéditeur", "emetteur"),
                       "recipient": ("destinataire", "destinataires"),
                       "expected_action": ("action attendue", "actions attendues", "réaction attendue",
                                           "réactions attendues"),
                       "notes": ("remarques", "observations", "commentaire", "commentaires"),
                       "synopsis": ("contenu", "libellé", "stimuli", "stimulus"),
                       "scenario_time": ("horaire", "heure de déclenchement"),
                       "title": ("titre", "objet", "sujet", "intitulé"),
                       "method": ("moyen", "vecteur")}.items():
    SYNONYMS[_field] += _names

_NUMBER_WORDS = {"#": "number", "n": "number", "no": "number", "nr": "number", "num": "number", "nbr": "number",
                 "n°": "number", "№": "number"}
_WORDS = re.compile(r"#|№|[^\W_]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_BRACKETS = re.compile(r"[(\[{][^)\]}]*[)\]}]")

# A cell beginning with one of these is run as a formula by spreadsheet programs.
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"


def _unaccented(text: str) -> str:
    """"Réaction attendue" -> "Reaction attendue": sheets typed without accents name the same columns."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def header_words(text: str) -> tuple[str, ...]:
    """``"Inject No."`` -> ``("inject", "number")``, ``"ScheduledTime"`` -> ``("scheduled", "time")``:
    the words a header is compared by (without accents)."""
    spaced = _unaccented(_CAMEL.sub(" ", str(text)))
    return tuple(_NUMBER_WORDS.get(word, word) for word in _WORDS.findall(spaced.lower()))


def _score(words: tuple[str, ...], field: str, bare: tuple[str, ...] = ()) -> int:
    """How surely a header (its *words*; *bare*: without a bracketed note) names *field*, 0-100."""
    if words == header_words(FIELD_LABELS[field]):
        return 100
    if bare and bare != words:   # "Time (local)", "Synopsis [max 200 chars]": judged by what is outside
        return max(0, _score(bare, field) - 3)
    joined = "".join(words)
    best = 0
    for synonym in SYNONYMS[field]:
        wanted = header_words(synonym)
        if words == wanted:
            best = max(best, 90)
        elif set(words) == set(wanted):
            best = max(best, 85)
        elif joined == "".join(wanted) and len(joined) > 3:
            best = max(best, 80)   # run together: EVENTTIME, injectnumber
        elif set(wanted) <= set(words):
            best = max(best, 40 + 5 * len(wanted))   # the more words agree, the surer the guess
    return best


# The wall clock an exercise was played at ("Real Time" 07:29 PM beside the scenario's Monday 9:30 AM in T3SF's
# MSELs): Pactline derives it from the exercise clock's speed, so the column is kept aside, never read as a time.
WALL_CLOCK_HEADERS = {("real", "time"), ("wall", "time"), ("wall", "clock"), ("wall", "clock", "time"),
                      ("real", "world", "time")}

_EXPORT_ONLY_WORDS = {header_words(EXPORT_HEADERS[key]): key for key in EXPORT_ONLY}


_MINUTE_WORDS = {"min", "mins", "minute", "minutes"}


def offset_unit(header: str) -> str:
    """The unit a time column's header gives its bare T+ offsets: "m" for "T+min", "Time (minutes)"; else "h"."""
    return "m" if _MINUTE_WORDS & set(header_words(header)) else "h"


def export_only_column(header: str) -> str | None:
    """The export-only key ("status", …) of a header Pactline wrote, or None."""
    return _EXPORT_ONLY_WORDS.get(header_words(header))


def guess_mapping(headers: Sequence[str]) -> dict[int, str | None]:
    """Column index -> inject field (or None: ignore), each field taken by its best-matching column."""
    candidates = []
    for column, header in enumerate(headers):
        words = header_words(header)
        if not words or words in WALL_CLOCK_HEADERS:
            continue
        known = export_only_column(header)
        if known is not None:
            # Pactline's own derived column: read only when the real one is missing.
            if known == "scenario_relative":
                candidates.append((10, 0, column, "scenario_time"))
            continue
        bare = header_words(_BRACKETS.sub(" ", str(header)))
        # Among equally sure guesses the longer header wins: "Inject Description" is the synopsis, not "Inject"
        # (SEI Blueprint's sample MSEL numbers its injects in a column called so).
        candidates += [(score, -len(words), column, field) for field in IMPORT_FIELDS
                       if (score := _score(words, field, bare if bare else ()))]
    mapping: dict[int, str | None] = {column: None for column in range(len(headers))}
    taken: set[str] = set()
    for _score_value, _length, column, field in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if mapping[column] is None and field not in taken:
            mapping[column] = field
            taken.add(field)
    dated = next((c for c, f in mapping.items() if f == "scenario_date"), None)
    if dated is not None and "scenario_time" not in taken and "date" in header_words(headers[dated]):
        # A lone "Date" column holds the whole scenario time ("Monday 9:30 AM", "03/02/2026 09:30"): every
        # inject needs one, and there is no clock column to combine the date with. A lone "Day" stays a day.
        mapping[dated] = "scenario_time"
    return mapping


def neutralise(text: str) -> str:
    """Make a text cell inert in a spreadsheet; :func:`restore` undoes exactly this.

    A leading apostrophe is escaped too, so a text that really starts with one
    comes back unchanged.
    """
    return ESCAPE + text if text.startswith(FORMULA_LEADS + (ESCAPE,)) else text


def restore(text: str) -> str:
    return text[1:] if text.startswith(ESCAPE) else text
