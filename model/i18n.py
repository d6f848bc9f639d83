"""The one translation helper, ``tr()``, for model/ and gui/ alike; model/ stays free of Qt.

``tr("text")`` looks *text* up in the context named after the calling module
(``model.findings``, ``gui.projector.panels``): tools/update_translations.py files
each string pyside6-lupdate finds under that same context, so a translator sees
where a string is shown. Until the GUI installs Qt's lookup (gui/core/i18n.py)
the text comes back as written: model tests and scripts read English.
"""
from __future__ import annotations

import string
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

# (context, text, disambiguation) -> translation; None: English as written.
Lookup = Callable[[str, str, "str | None"], str]
_lookup: Lookup | None = None


class _NumberFormatter(string.Formatter):
    """str.format, but the figures it puts in a message carry the chosen language's marks.

    ``{0:,}`` groups digits with format's English ``,`` and ``{0:.1f}`` writes an English decimal
    point whatever the language: here a grouped or fractional figure has its marks swapped as
    number_text() swaps them (``1,500`` / ``1.500``, ``2.5`` / ``2,5``). Whole numbers written
    plainly (``{0}``: ids, inject numbers, years) and hexadecimal stay as they are.
    """

    def format_field(self, value: Any, format_spec: str) -> str:
        text = format(value, format_spec)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or format_spec[-1:] in ("x", "X", "o", "b", "c"):
            return text
        if isinstance(value, float) or "," in format_spec or "." in format_spec:
            return _marked(text)
        return text


_FORMATTER = _NumberFormatter()


class Text(str):
    """A translated text: a str whose ``format()`` writes figures in the chosen language (see _NumberFormatter).

    Every message is formatted after ``tr()``, so this one place gives every message's numbers the
    language's marks; the result of ``format()`` is a plain str."""

    __slots__ = ()

    def format(self, /, *args: Any, **kwargs: Any) -> str:
        return _FORMATTER.vformat(str(self), args, kwargs)


def tr(text: str, disambiguation: str | None = None) -> str:
    """*text* in the chosen language; *disambiguation* tells apart one English text with two meanings."""
    if _lookup is None:
        return Text(text)
    module = sys._getframe(1).f_globals.get("__name__", "")
    return Text(_lookup(context_of(module), text, disambiguation))


def tr_in(module: str, text: str, disambiguation: str | None = None) -> str:
    """*text* as ``tr()`` called in *module* translates it: for a text marked there and shown elsewhere."""
    if _lookup is None:
        return Text(text)
    return Text(_lookup(context_of(module), text, disambiguation))


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks *text* for the catalogue where it is defined; ``tr(value)`` in the same module translates it."""
    return text


def context_of(module: str) -> str:
    """The catalogue context of the strings of *module* (main.py runs as ``__main__``)."""
    return "main" if module == "__main__" else module


def install(lookup: Lookup | None) -> None:
    """Translate through *lookup* from now on (None: English as written)."""
    global _lookup
    _lookup = lookup


_WEEKDAYS = (QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"), QT_TR_NOOP("Thu"), QT_TR_NOOP("Fri"),
             QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun"))
_MONTHS = (QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"), QT_TR_NOOP("Apr"), QT_TR_NOOP("May"),
           QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"), QT_TR_NOOP("Aug"), QT_TR_NOOP("Sep"), QT_TR_NOOP("Oct"),
           QT_TR_NOOP("Nov"), QT_TR_NOOP("Dec"))


def weekday_abbr(value: date) -> str:
    """``Mon`` (``lun``): strftime's %a would follow the C library's locale, not the chosen language."""
    return tr(_WEEKDAYS[value.weekday()])


def month_abbr(value: date) -> str:
    """``Mar`` (``mar``), for ``2 Mar 2026``."""
    return tr(_MONTHS[value.month - 1])


def number_text(value: float, decimals: int = 0) -> str:
    """``1,500`` / ``1.500``, ``2,500,000.50`` / ``2.500.000,50``: digits grouped with the chosen language's
    marks, which the catalogue translates like any text (format's ``,`` is always the English one)."""
    return _marked(f"{value:,.{decimals}f}")


def _marked(text: str) -> str:
    """*text* as format wrote it (``2,500,000.50``) with the chosen language's grouping and decimal marks."""
    if _lookup is None:
        return text
    group, decimal = marks()
    swapped = {",": group, ".": decimal}
    return "".join(swapped.get(c, c) for c in text)


def marks() -> tuple[str, str]:
    """The chosen language's (thousands separator, decimal separator): ``(",", ".")``, ``(".", ",")``."""
    return tr(",", "thousands separator"), tr(".", "decimal separator")


def figure_text(value: float) -> str:
    """A figure as short as it is exact (``60``, ``0.5`` / ``0,5``, ``1,500`` / ``1.500``): format's ``g`` with the
    language's marks, for speeds, hours and other quantities that have no fixed number of decimals."""
    rounded = round(float(value), 6)
    if rounded == int(rounded):
        return number_text(rounded)
    decimals = len(f"{rounded:.6f}".rstrip("0").split(".")[1])
    return number_text(rounded, decimals)


# Weekday names a planner may type, in either language, whatever the language shown: an Italian
# planner pastes an English MSEL and the reverse. Full names and their first three letters.
_TYPED_WEEKDAYS = (
    ("monday", "lunedì"), ("tuesday", "martedì"), ("wednesday", "mercoledì"), ("thursday", "giovedì"),
    ("friday", "venerdì"), ("saturday", "sabato"), ("sunday", "domenica"))
_ACCENTS = str.maketrans("àèéìòù", "aeeiou")


def weekday_number(word: str) -> int | None:
    """0 for ``Mon``/``monday``/``lun``/``lunedì``/``lunedi`` … 6 for ``Sun``/``dom``; None for anything else.

    Case and a final dot do not matter; Italian names may be typed without their accent.
    """
    word = word.strip().rstrip(".").lower().translate(_ACCENTS)
    if len(word) < 3:
        return None
    for number, names in enumerate(_TYPED_WEEKDAYS):
        for name in names:
            name = name.translate(_ACCENTS)
            if word == name or word == name[:3] or (len(word) > 3 and name.startswith(word)):
                return number
    return None
