"""Findings worded before, kept by everything their wording reads, so an edit rewords only what it changed.

A stored edit or a drag step changes a few incidents; the findings about
the others read the same values as before and come out word for word the
same. ``FindingMemo`` keeps the findings of the last pass under a key made of
every value a finding's text and fields are built from (its row's values,
and a context for what every row shares: STARTEX, the roster's codes, the
catalogue, the instrument names). A finding whose key is new is made again;
keys no longer asked for are dropped at the next pass, so the memo never
holds more than one pass's findings (one memo per kind of finding).
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from model import i18n


class FindingMemo:
    def __init__(self) -> None:
        self._context: Any = None
        self._before: dict[Hashable, Any] = {}
        self._now: dict[Hashable, Any] = {}
        self.made = 0          # findings made (not reused) since the last pass began (tests, benchmark)

    def begin(self, context: tuple) -> None:
        """Start a pass; a different *context* (compared by identity for the objects in it), or another
        language installed (model/i18n.py), forgets all."""
        context = (*context, i18n._lookup)   # texts are worded in the installed translation
        same = self._context is not None and len(context) == len(self._context) and all(
            a is b or (type(a) is type(b) and isinstance(a, (int, float, str, tuple)) and a == b)
            for a, b in zip(context, self._context))
        self._before = self._now if same else {}
        self._now, self._context, self.made = {}, context, 0

    def findings(self, keys: Sequence[Hashable], make: Callable[[int], Any]) -> list:
        """The finding for each key: the one made for that key before, else ``make(j)``."""
        rows = []
        for j, key in enumerate(keys):
            row = self._now.get(key)
            if row is None:
                row = self._before.get(key)
            if row is None:
                row = make(j)
                self.made += 1
            self._now[key] = row
            rows.append(row)
        return rows
