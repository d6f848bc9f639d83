"""What a service call changed: views refresh from it, undo reverses with it."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Record:
    """One stored row as plain values, enough to put it back exactly."""

    table: str
    values: dict


@dataclass(frozen=True)
class ChangeReport:
    entity: str                       # table name of the main thing changed
    action: str                       # "created" | "updated" | "deleted" | "restored"
    ids: tuple = ()
    previous: dict = field(default_factory=dict)   # update: old values of changed fields
    removed: tuple[Record, ...] = ()  # delete: every row removed, dependants included
    summary: str = ""                 # one line for the log and the undo menu
