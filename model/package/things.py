"""A package's refusals that name a kind of row, one whole sentence per kind.

"no {what} with id 7" glued an English noun into a translated sentence; Italian also
agrees its words with the noun's gender ("nessun incidente", "nessuna consultazione"),
so each kind has its own sentences here. tests/test_record_errors_italian.py checks
that every kind the schema names has them.
"""
from __future__ import annotations

from model.i18n import QT_TR_NOOP, tr

# Section.what (and the two top-level objects) -> "… is not a field of an incident".
NOT_A_FIELD = {
    "an exercise package": QT_TR_NOOP("is not a field of an exercise package"),
    "the catalogue": QT_TR_NOOP("is not a field of the catalogue"),
    "incident type": QT_TR_NOOP("is not a field of an incident type"),
    "instrument": QT_TR_NOOP("is not a field of an instrument"),
    "treaty terms option": QT_TR_NOOP("is not a field of a treaty terms option"),
    "exercise": QT_TR_NOOP("is not a field of an exercise"),
    "clock": QT_TR_NOOP("is not a field of a clock"),
    "signatory": QT_TR_NOOP("is not a field of a signatory"),
    "treaty party": QT_TR_NOOP("is not a field of a treaty party"),
    "branch point": QT_TR_NOOP("is not a field of a branch point"),
    "outcome": QT_TR_NOOP("is not a field of an outcome"),
    "incident": QT_TR_NOOP("is not a field of an incident"),
    "consultation record": QT_TR_NOOP("is not a field of a consultation record"),
    "commitment": QT_TR_NOOP("is not a field of a commitment"),
    "log entry": QT_TR_NOOP("is not a field of a log entry"),
    "log seal": QT_TR_NOOP("is not a field of a log seal"),
    "inject": QT_TR_NOOP("is not a field of an inject"),
    "objective": QT_TR_NOOP("is not a field of an objective"),
    "observation": QT_TR_NOOP("is not a field of an observation"),
    "improvement-plan item": QT_TR_NOOP("is not a field of an improvement-plan item"),
    "standing provision": QT_TR_NOOP("is not a field of a standing provision"),
    "provision milestone": QT_TR_NOOP("is not a field of a provision milestone"),
    "provision delivery": QT_TR_NOOP("is not a field of a provision delivery"),
    "what-if variant": QT_TR_NOOP("is not a field of a what-if variant"),
}

# ref()'s kinds -> ("must be the id of a signatory (got {0})", "no signatory with id {0}").
REFERENCE = {
    "treaty terms option": (QT_TR_NOOP("must be the id of a treaty terms option (got {0})"),
                            QT_TR_NOOP("no treaty terms option with id {0}")),
    "instrument": (QT_TR_NOOP("must be the code of an instrument (got {0})"),
                   QT_TR_NOOP("no instrument with code {0}")),
    "signatory": (QT_TR_NOOP("must be the id of a signatory (got {0})"), QT_TR_NOOP("no signatory with id {0}")),
    "branch point": (QT_TR_NOOP("must be the id of a branch point (got {0})"),
                     QT_TR_NOOP("no branch point with id {0}")),
    "outcome": (QT_TR_NOOP("must be the id of an outcome (got {0})"), QT_TR_NOOP("no outcome with id {0}")),
    "incident type": (QT_TR_NOOP("must be the code of an incident type (got {0})"),
                      QT_TR_NOOP("no incident type with code {0}")),
    "incident": (QT_TR_NOOP("must be the id of an incident (got {0})"), QT_TR_NOOP("no incident with id {0}")),
    "earlier log entry": (QT_TR_NOOP("must be the id of an earlier log entry (got {0})"),
                          QT_TR_NOOP("no earlier log entry with id {0}")),
    "objective": (QT_TR_NOOP("must be the id of an objective (got {0})"), QT_TR_NOOP("no objective with id {0}")),
    "log entry": (QT_TR_NOOP("must be the id of a log entry (got {0})"), QT_TR_NOOP("no log entry with id {0}")),
    "standing provision": (QT_TR_NOOP("must be the id of a standing provision (got {0})"),
                           QT_TR_NOOP("no standing provision with id {0}")),
    "provision milestone": (QT_TR_NOOP("must be the id of a provision milestone (got {0})"),
                            QT_TR_NOOP("no provision milestone with id {0}")),
}


def not_a_field(what: str) -> str:
    """"is not a field of an incident", for a key *what* (a Section.what) does not have."""
    return tr(NOT_A_FIELD[what])


def must_be_key(what: str, shown: str) -> str:
    return tr(REFERENCE[what][0]).format(shown)


def no_such(what: str, shown: str) -> str:
    return tr(REFERENCE[what][1]).format(shown)
