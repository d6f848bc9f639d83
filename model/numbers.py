"""Figures typed by a planner and shown back: the chosen language's marks both ways.

An Italian planner types ``2.500.000,50`` and an English one ``2,500,000.50`` for the same value;
each sees it back as typed (``amount_text``). Input that could be read two ways (``2.5`` in Italian,
where ``.`` groups thousands) is refused with the reason and an example, never guessed.
"""
from __future__ import annotations

import math

from model.errors import ValidationError
from model.i18n import marks, number_text, tr

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")   # spaces some keyboards and locales group with


def parse_number(field: str, text: str) -> float | None:
    """The figure *text* holds in the chosen language's writing; None when blank.

    Raises ValidationError(*field*, …) for anything else: letters, two decimal marks, or grouping
    that is not in threes (``2.50.000``; ``2.5`` where ``.`` groups thousands).
    """
    group, decimal = marks()
    cleaned = str(text).translate(_SPACES)
    if not cleaned:
        return None
    sign = ""
    if cleaned[0] in "+-":
        sign, cleaned = cleaned[0], cleaned[1:]
    whole, _, fraction = cleaned.partition(decimal)
    groups = whole.split(group)
    well_formed = (
        cleaned.count(decimal) <= 1 and (whole or fraction)
        and all(part.isdigit() for part in groups if part) and (not fraction or fraction.isdigit())
        and (len(groups) == 1 or (1 <= len(groups[0]) <= 3 and all(len(part) == 3 for part in groups[1:]))))
    if not well_formed or not (whole or fraction).isascii():
        raise ValidationError(field, tr("'{text}' is not a number: write it like {example} (“{decimal}” before the "
                                        "decimals, “{group}” between thousands, or no grouping at all)")
                                        .format(text=str(text).strip(), example=number_text(2500000.5, 2),
                                                decimal=decimal, group=group))
    value = float(sign + ("".join(groups) or "0") + ("." + fraction if fraction else ""))
    if not math.isfinite(value):
        raise ValidationError(field, tr("'{text}' is too large a number").format(text=str(text).strip()))
    return value


def amount_text(value: float | None) -> str:
    """*value* as a planner types it back: grouped, with the language's marks (``2.500.000,50``, ``12``)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return number_text(value)
    decimals = len(f"{round(float(value), 6):.6f}".rstrip("0").split(".")[1])
    return number_text(value, max(2, decimals))
