"""What a service call changed: views refresh from it, undo reverses with it.

A report lists every kind of row (by table name) that the call created,
updated or deleted, with their keys, side effects included: the incident a
delivery creates, the commitments a signatory's removal takes with it. Views
ask ``report.touches("incident")`` and never guess what a call implies.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ACTIONS = ("created", "updated", "deleted")


@dataclass(frozen=True)
class Record:
    """One stored row as plain values, enough to put it back exactly."""

    table: str
    values: dict


@dataclass(frozen=True)
class ChangeReport:
    entity: str                       # table name of the main thing changed (for undo texts and ids)
    action: str                       # "created" | "updated" | "deleted" | "restored"
    ids: tuple = ()                   # keys of the main rows: what a create command keeps for its redo
    previous: dict = field(default_factory=dict)   # update: old values of changed fields
    removed: tuple[Record, ...] = ()  # rows as they were before the call, for restore_records to put back
    summary: str = ""                 # one line for the log and the undo menu
    # Every row the call touched, by table name: {"incident": frozenset({6})}.
    created: Mapping[str, frozenset] = field(default_factory=dict)
    updated: Mapping[str, frozenset] = field(default_factory=dict)
    deleted: Mapping[str, frozenset] = field(default_factory=dict)

    def touches(self, *kinds: str) -> bool:
        """Did the call create, update or delete a row of any of *kinds*?"""
        return any(kind in changes for kind in kinds for changes in (self.created, self.updated, self.deleted))

    def keys(self, kind: str, *actions: str) -> frozenset:
        """Keys of the *kind* rows the call touched in any of *actions* (all three if none given)."""
        found: frozenset = frozenset()
        for action in actions or ACTIONS:
            found |= getattr(self, action).get(kind, frozenset())
        return found

    def kinds(self) -> frozenset[str]:
        return frozenset(self.created) | frozenset(self.updated) | frozenset(self.deleted)
