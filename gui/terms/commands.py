"""Undo commands for treaty terms that UpdateCommand cannot express, and how editors run them.

A proportionality cell, the active option and an option's parties are keyed
differently from a plain ``update_fn(file, key, **changes)``; each command
here still calls exactly one model service in redo and one in undo.
"""
from __future__ import annotations


from gui.core.commands import ServiceCommand
from model import services
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


class SetPartyCommand(ServiceCommand):
    """parties.set_party; undo removes a party it made, or puts back how an existing one was bound."""

    def __init__(self, document, text: str, *, terms_id: int, signatory_id: int, bound_from, basis: str):
        super().__init__(document, text)
        self._terms_id, self._signatory_id = terms_id, signatory_id
        self._bound_from, self._basis = bound_from, basis
        self._created = False
        self._previous: dict = {}

    def _do(self) -> ChangeReport:
        report = self.call(services.parties.set_party, terms_id=self._terms_id,
                           signatory_id=self._signatory_id, bound_from=self._bound_from,
                           basis=self._basis)
        self._created = report.action == "created"
        # The report names only what changed; the rest was as it is now.
        self._previous = {"bound_from": self._bound_from, "basis": self._basis, **report.previous}
        return report

    def _undo(self) -> ChangeReport:
        if self._created:
            return self.call(services.parties.remove_party, terms_id=self._terms_id,
                             signatory_id=self._signatory_id)
        return self.call(services.parties.set_party, terms_id=self._terms_id,
                         signatory_id=self._signatory_id, bound_from=self._previous["bound_from"],
                         basis=self._previous["basis"])


class RemovePartyCommand(ServiceCommand):
    """parties.remove_party; undo restores the party row as it was, with its id."""

    def __init__(self, document, text: str, *, terms_id: int, signatory_id: int):
        super().__init__(document, text)
        self._terms_id, self._signatory_id = terms_id, signatory_id
        self._removed: tuple = ()

    def _do(self) -> ChangeReport:
        report = self.call(services.parties.remove_party, terms_id=self._terms_id,
                           signatory_id=self._signatory_id)
        self._removed = report.removed
        return report

    def _undo(self) -> ChangeReport:
        return self.call(services.records.restore_records, records=self._removed,
                         summary=f"Undo: {self.text()}")
