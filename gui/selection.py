"""What the user has selected, shared by every view of one document.

A view that lets the user pick something calls ``select``; every view
listens to ``changed`` and highlights the same thing. Selecting what is
already selected emits nothing, so views may echo without looping.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

KINDS = ("incident", "signatory", "commitment", "inject", "log_entry", "objective")


class Selection(QObject):
    changed = Signal(str, object)   # kind, id (None: cleared)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._current: dict[str, int | None] = dict.fromkeys(KINDS)

    def select(self, kind: str, item_id: int | None) -> None:
        if kind not in self._current:
            raise ValueError(f"unknown selection kind {kind!r}")
        if self._current[kind] == item_id:
            return
        self._current[kind] = item_id
        self.changed.emit(kind, item_id)

    def current(self, kind: str) -> int | None:
        return self._current[kind]

    def forget(self, kind: str, removed_ids) -> None:
        """Clear the selection if its item was removed (a kind nobody selects is ignored)."""
        if kind in self._current and self._current[kind] in set(removed_ids):
            self.select(kind, None)
