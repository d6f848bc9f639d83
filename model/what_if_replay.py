"""A what-if's journal, and replaying it on the record as one transaction with one log entry.

A journal step is one service call as it ran on the scratch copy:
``services.<module>.<function>(file, **kwargs)``, ids included (a create's
chosen id too, so the record's row gets the same id and later steps that name
it stay right). ``replay`` runs every step inside ONE transaction of the
record: the services see a stand-in file whose transactions are that one, and
whose log entries are gathered into the single entry the replay writes. It
returns the inverse steps, which replayed the same way undo it.
"""
from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from model.errors import PactlineError
from model.services.changes import ChangeReport
from model.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from model.storage.exercise_file import ExerciseFile


class ReplayError(PactlineError):
    """A journal step could not be run on the record; nothing was changed."""


# Rows a redo restored, by table: the service that deletes them, its id keyword, whether it takes a list.
_DELETES = {"inject": ("injects.delete_injects", "ids", True),
            "branch_point": ("branches.delete_branch_point", "branch_point_id", False),
            "incident": ("incidents.delete_incident", "incident_id", False),
            "outcome": ("branches.delete_outcome", "outcome_id", False)}


@dataclass(frozen=True)
class JournalStep:
    service: str                          # "incidents.update_incident"
    kwargs: dict = field(default_factory=dict)


def journal_step(fn: Callable, kwargs: dict, created: ChangeReport | None = None) -> JournalStep:
    """The step *fn(file, **kwargs)* was, with the ids a partial bound and (after a create) the id it chose."""
    bound: dict = {}
    while isinstance(fn, functools.partial):
        bound = {**fn.keywords, **bound}
        fn = fn.func
    values = {**bound, **kwargs}
    if created is not None and values.get("id", 0) is None and created.action == "created" and created.ids:
        values["id"] = created.ids[0]
    return JournalStep(f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}", values)


def service(name: str) -> Callable:
    module, _, function = name.partition(".")
    try:
        found = getattr(importlib.import_module(f"model.services.{module}"), function)
    except (ImportError, AttributeError):
        raise ReplayError(tr("the step {name!r} names no service of this Pactline").format(name=name)) from None
    return found


def _ids(fn: Callable) -> list[str]:
    """The keyword-only parameters without a default: the ids a service is about (``incident_id``)."""
    return [p.name for p in inspect.signature(fn).parameters.values()
            if p.kind is p.KEYWORD_ONLY and p.default is p.empty]


def inverse(step: JournalStep, result: ChangeReport) -> JournalStep:
    """The step that undoes *step*, given what it reported on the record."""
    fn = service(step.service)
    module, _, name = step.service.partition(".")
    if result.action == "created" and name.startswith("create_"):
        delete = service(f"{module}.delete_{name.removeprefix('create_')}")
        keys = _ids(delete)
        if len(keys) == 1 and len(result.ids) == 1 and keys[0] != "ids":
            return JournalStep(f"{module}.{delete.__name__}", {keys[0]: result.ids[0]})
        if keys == ["ids"]:     # a bulk create (an MSEL import): its delete takes the ids, and what it set before
            accepted = inspect.signature(delete).parameters
            before = {k: v for k, v in result.previous.items() if k in accepted and v is not None}
            return JournalStep(f"{module}.{delete.__name__}", {"ids": list(result.ids), **before})
    elif result.action == "updated":
        return JournalStep(step.service, {**{k: step.kwargs[k] for k in _ids(fn) if k in step.kwargs},
                                          **result.previous})
    elif result.action == "deleted":
        return JournalStep("records.restore_records", {"records": result.removed})
    elif result.action == "restored" and result.entity in _DELETES:
        # A redo that put created rows back (an MSEL import, a branch point): undone by deleting them.
        name, key, bulk = _DELETES[result.entity]
        if bulk:
            return JournalStep(name, {key: list(result.ids)})
        if len(result.ids) == 1:
            return JournalStep(name, {key: result.ids[0]})
    raise ReplayError(tr("the step {service} cannot be undone once applied").format(service=step.service))


class _InOneTransaction:
    """The record as the replayed services see it: every transaction is the replay's own."""

    def __init__(self, file: ExerciseFile, session: Session):
        self._file, self._session = file, session
        self.log_sink: list[str] = []

    def __getattr__(self, name: str):
        return getattr(self._file, name)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        yield self._session
        self._session.flush()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        yield self._session


def replay(file: ExerciseFile, steps: Sequence[JournalStep], *, summary: str) -> tuple[ChangeReport, list[JournalStep]]:
    """Run *steps* on *file* in one transaction with one log entry (*summary*: what each step logged); all or nothing.

    Returns the combined change report and the steps that undo it (in the order to run them).
    """
    # Here, not at the top: the GUI imports this module before its first paint, the ORM must load later.
    from model.services import log
    from model.services.reporting import report

    inverses: list[JournalStep] = []
    with file.transaction() as session:
        one = _InOneTransaction(file, session)
        for n, step in enumerate(steps, start=1):
            try:
                result = service(step.service)(one, **step.kwargs)
            except PactlineError as err:
                raise ReplayError(tr("step {n} ({service}) no longer applies: {err}; nothing was changed")
                                     .format(n=n, service=step.service, err=err)) from None
            inverses.append(inverse(step, result))
        text = f"{summary}: {'; '.join(one.log_sink)}" if one.log_sink else summary
        log.append_entry(session, file, kind="edit", text=text)
        return report(session, "what_if", "updated", summary=text), inverses[::-1]
