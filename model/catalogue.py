"""The shipped catalogues: incident types, response instruments, proportionality.

resources/catalogue.json is the template; each exercise keeps its own copy in
its file, so a planner may edit it without touching other exercises.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from model.resources import resource
from model.vocabulary import CATEGORIES


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    colour: str


@dataclass(frozen=True)
class CoordinationOption:
    """A coordination arrangement and its consequences (facts, editable in resources/catalogue.json)."""

    code: str
    name: str
    available: bool
    reason: str = ""
    coordinator: str = ""          # who coordinates military measures
    lead_hours: int = 0            # from a military commitment's announcement to its coordinated effect
    lead_time_assumed: bool = True
    adversary: str = "unknown"     # one of ADVERSARY_VIEWS
    adversary_assumed: bool = True
    adversary_note: str = ""


# How the adversary regards an arrangement.
ADVERSARY_VIEWS = ("acceptable", "rejected", "unavailable", "unknown")


@dataclass(frozen=True)
class ShippedCatalogue:
    categories: tuple[Category, ...]
    severities: dict[int, str]
    incident_types: tuple[dict, ...]
    instruments: tuple[dict, ...]
    proportionality: dict[str, dict[int, tuple[str, ...]]]
    coordination: tuple[CoordinationOption, ...]

    def category(self, code: str) -> Category:
        return next(c for c in self.categories if c.code == code)

    def coordination_option(self, code: str) -> CoordinationOption | None:
        return next((c for c in self.coordination if c.code == code), None)


@cache
def shipped_catalogue() -> ShippedCatalogue:
    raw = json.loads(resource("catalogue.json").read_text(encoding="utf-8"))
    categories = tuple(Category(**c) for c in raw["categories"])
    if tuple(c.code for c in categories) != CATEGORIES:
        raise ValueError("catalogue.json: categories must be " + ", ".join(CATEGORIES))
    return ShippedCatalogue(
        categories=categories,
        severities={int(k): v for k, v in raw["severities"].items()},
        incident_types=tuple(raw["incident_types"]),
        instruments=tuple(raw["instruments"]),
        proportionality={t: {int(s): tuple(c) for s, c in by_sev.items()}
                         for t, by_sev in raw["proportionality"].items()},
        coordination=tuple(CoordinationOption(**c) for c in raw["coordination"]),
    )


def coordination_facts(code: str) -> CoordinationOption:
    """The consequences of arrangement *code*; an arrangement the catalogue lacks has none known."""
    return shipped_catalogue().coordination_option(code) or CoordinationOption(
        code=code, name=code.replace("_", " "), available=True, adversary_note="not in the catalogue")


def category_colour(code: str) -> str:
    return shipped_catalogue().category(code).colour


def category_mask(categories) -> int:
    """Bit i set for CATEGORIES[i]: lets the engine compare sets with integer ops."""
    mask = 0
    for code in categories:
        mask |= 1 << CATEGORIES.index(code)
    return mask


def mask_categories(mask: int) -> tuple[str, ...]:
    return tuple(c for i, c in enumerate(CATEGORIES) if mask >> i & 1)
