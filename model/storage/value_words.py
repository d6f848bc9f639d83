"""The words a damaged-file message names a row, a field and a table with, in the chosen language.

model/storage/stored_values.py lists the columns by their English words (a label or the
column's name with spaces); pyside6-lupdate finds only ``QT_TR_NOOP``/``tr`` calls, so every
such word is marked here once, and tests/test_damaged_values.py checks that the list and the
tables agree (a column added there without its word here would stay English in Italian).
"""
from __future__ import annotations

from model.i18n import QT_TR_NOOP, tr

# Each field's words, as stored_values.Column.words gives them.
FIELD_WORDS = (
    QT_TR_NOOP("id"), QT_TR_NOOP("name"), QT_TR_NOOP("description"), QT_TR_NOOP("classification"),
    QT_TR_NOOP("marking colour"), QT_TR_NOOP("STARTEX"), QT_TR_NOOP("ENDEX"),
    QT_TR_NOOP("active treaty terms"), QT_TR_NOOP("scenario time"), QT_TR_NOOP("running"), QT_TR_NOOP("speed"),
    QT_TR_NOOP("reaction deadline"), QT_TR_NOOP("consultation tiers"), QT_TR_NOOP("severity rule"),
    QT_TR_NOOP("categories in scope"), QT_TR_NOOP("coordination"), QT_TR_NOOP("notes"),
    QT_TR_NOOP("kind of option"), QT_TR_NOOP("treaty option"), QT_TR_NOOP("signatory"),
    QT_TR_NOOP("time bound from"), QT_TR_NOOP("basis"), QT_TR_NOOP("code"), QT_TR_NOOP("symbol"),
    QT_TR_NOOP("default severity"), QT_TR_NOOP("sort order"), QT_TR_NOOP("terms id"),
    QT_TR_NOOP("incident type"), QT_TR_NOOP("severity"), QT_TR_NOOP("categories"), QT_TR_NOOP("category"),
    QT_TR_NOOP("deploys forces"), QT_TR_NOOP("kind"), QT_TR_NOOP("NATO membership"),
    QT_TR_NOOP("EU membership"), QT_TR_NOOP("agreement date"), QT_TR_NOOP("approval required"),
    QT_TR_NOOP("approval lead time"), QT_TR_NOOP("lead time assumed"), QT_TR_NOOP("approval basis"),
    QT_TR_NOOP("pledges"), QT_TR_NOOP("contact"), QT_TR_NOOP("question"), QT_TR_NOOP("time"),
    QT_TR_NOOP("outcome it belongs to"), QT_TR_NOOP("time resolved"), QT_TR_NOOP("branch point"),
    QT_TR_NOOP("played flag"), QT_TR_NOOP("location"), QT_TR_NOOP("outcome"), QT_TR_NOOP("incident"),
    QT_TR_NOOP("time joined"), QT_TR_NOOP("note"), QT_TR_NOOP("measure"), QT_TR_NOOP("announcement time"),
    QT_TR_NOOP("effective time"), QT_TR_NOOP("status"), QT_TR_NOOP("withdrawal time"), QT_TR_NOOP("title"),
    QT_TR_NOOP("pledged quantity"), QT_TR_NOOP("unit"), QT_TR_NOOP("pledged value"), QT_TR_NOOP("currency"),
    QT_TR_NOOP("assumption flag"), QT_TR_NOOP("provision"), QT_TR_NOOP("due time"),
    QT_TR_NOOP("description of what is due"), QT_TR_NOOP("quantity due"), QT_TR_NOOP("value due"),
    QT_TR_NOOP("milestone"), QT_TR_NOOP("delivery time"), QT_TR_NOOP("quantity delivered"),
    QT_TR_NOOP("value delivered"), QT_TR_NOOP("creation time"), QT_TR_NOOP("journal"), QT_TR_NOOP("wall time"),
    QT_TR_NOOP("author"), QT_TR_NOOP("text"), QT_TR_NOOP("refers to"), QT_TR_NOOP("previous hash"),
    QT_TR_NOOP("hash"), QT_TR_NOOP("reason"), QT_TR_NOOP("entries"), QT_TR_NOOP("head hash"),
    QT_TR_NOOP("number"), QT_TR_NOOP("phase"), QT_TR_NOOP("type"), QT_TR_NOOP("method"), QT_TR_NOOP("sender"),
    QT_TR_NOOP("recipient"), QT_TR_NOOP("synopsis"), QT_TR_NOOP("expected action"), QT_TR_NOOP("objective"),
    QT_TR_NOOP("controller"), QT_TR_NOOP("ad-hoc flag"), QT_TR_NOOP("delivery record"),
    QT_TR_NOOP("wall time of delivery"), QT_TR_NOOP("additional fields"),
    QT_TR_NOOP("branch point it asks to resolve"), QT_TR_NOOP("capability"), QT_TR_NOOP("critical tasks"),
    QT_TR_NOOP("rating"), QT_TR_NOOP("rating note"), QT_TR_NOOP("log entry"), QT_TR_NOOP("issue"),
    QT_TR_NOOP("corrective action"), QT_TR_NOOP("responsible organisation"), QT_TR_NOOP("point of contact"),
    QT_TR_NOOP("start date"), QT_TR_NOOP("completion date"),
)

# Each table, as a row naming a missing one says it ("which names no signatory of the exercise").
TABLE_WORDS = (
    QT_TR_NOOP("exercise info"), QT_TR_NOOP("clock state"), QT_TR_NOOP("treaty terms"),
    QT_TR_NOOP("treaty party"), QT_TR_NOOP("incident type"), QT_TR_NOOP("proportionality rule"),
    QT_TR_NOOP("instrument"), QT_TR_NOOP("signatory"), QT_TR_NOOP("branch point"), QT_TR_NOOP("outcome"),
    QT_TR_NOOP("incident"), QT_TR_NOOP("consultation"), QT_TR_NOOP("commitment"), QT_TR_NOOP("provision"),
    QT_TR_NOOP("provision milestone"), QT_TR_NOOP("provision delivery"), QT_TR_NOOP("what if variant"),
    QT_TR_NOOP("log entry"), QT_TR_NOOP("log seal"), QT_TR_NOOP("inject"), QT_TR_NOOP("objective"),
    QT_TR_NOOP("observation"), QT_TR_NOOP("improvement item"),
)


def shown(words: str) -> str:
    """*words* (a field, a table, or a row's template) in the chosen language."""
    return tr(words)
