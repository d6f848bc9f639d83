"""Undo commands for treaty terms that UpdateCommand cannot express, and how editors run them.

A proportionality cell and the active option are keyed differently from a
plain ``update_fn(file, key, **changes)``; each command here still calls
exactly one model service in redo and one in undo.
"""
from __future__ import annotations


from gui.core.commands import ServiceCommand
from model.services import terms as terms_service
from model.services.changes import ChangeReport


class ProportionalityCommand(ServiceCommand):
    """set_proportionality for one incident type x severity; undo restores the previous categories."""

    def __init__(self, document, text: str, *, terms_id: int, incident_type: str, severity: int, categories):
        super().__init__(document, text)
        self._key = dict(terms_id=terms_id, incident_type=incident_type, severity=severity)
        self._categories = list(categories)
        self._previous: list[str] = []

    def _do(self) -> ChangeReport:
        report = self.call(terms_service.set_proportionality, **self._key, categories=self._categories)
        self._previous = report.previous["categories"]
        return report

    def _undo(self) -> ChangeReport:
        return self.call(terms_service.set_proportionality, **self._key, categories=self._previous)


class ActivateTermsCommand(ServiceCommand):
    """set_active_terms; undo makes the previously active option active again."""

    def __init__(self, document, text: str, *, terms_id: int):
        super().__init__(document, text)
        self._terms_id = terms_id
        self._previous: int | None = None

    def _do(self) -> ChangeReport:
        report = self.call(terms_service.set_active_terms, terms_id=self._terms_id)
        self._previous = report.previous["terms_id"]
        return report

    def _undo(self) -> ChangeReport:
        return self.call(terms_service.set_active_terms, terms_id=self._previous)




def tiers_without(tiers: list[int], severity_tiers: dict[str, int], removed: int) -> tuple[list[int], dict]:
    """The tiers with tier *removed* taken out, and the severity rule re-pointed at the same
    tiers; severities that used the removed tier move to the next shorter one (else the next longer)."""
    remaining = tiers[:removed] + tiers[removed + 1:]
    mapping = {}
    for severity, index in severity_tiers.items():
        if index > removed:
            index -= 1
        elif index == removed:
            index = max(removed - 1, 0)
        mapping[str(severity)] = min(index, max(len(remaining) - 1, 0))
    return remaining, mapping
