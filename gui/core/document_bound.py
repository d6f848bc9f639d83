"""The document signals a view follows, connected while it shows that document.

A view names what it follows once, e.g. ``{"changed": self._on_changed,
"selection.changed": self._on_selection}``; ``bind`` connects those signals of
the new document after dropping every connection to the previous one, and the
view's destruction drops them too. Connections are remembered as Qt connection
handles, so unbinding never tries to disconnect what was not connected (and a
document or view already deleted is no error).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMetaObject, QObject

if TYPE_CHECKING:
    from gui.core.document import ExerciseDocument


class DocumentBound:
    """Connects *follows* (signal path on the document -> slot) to one document at a time."""

    def __init__(self, owner: QObject, follows: Mapping[str, Callable[..., Any]]):
        self._follows = dict(follows)
        self._connections: list[QMetaObject.Connection] = []
        self.document: ExerciseDocument | None = None
        # A view deleted before its document must not be called by it any more.
        owner.destroyed.connect(self._drop_connections)

    def bind(self, document: ExerciseDocument | None) -> None:
        """Follow *document* (None: follow nothing); the previous document is let go first."""
        self._drop_connections()
        self.document = document
        if document is None:
            return
        for path, slot in self._follows.items():
            signal: Any = document
            for name in path.split("."):
                signal = getattr(signal, name)
            self._connections.append(signal.connect(slot))

    def unbind(self) -> None:
        self.bind(None)

    def _drop_connections(self, *_destroyed: object) -> None:
        connections, self._connections = self._connections, []
        for connection in connections:
            QObject.disconnect(connection)   # False (not an error) when Qt already dropped it
