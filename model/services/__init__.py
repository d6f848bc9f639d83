"""Every change to an exercise goes through one of these calls.

Each call validates its keyword arguments, runs one transaction (committed
before it returns), appends a log entry and returns a ChangeReport.

Views hold this package and name a service where they call it
(``services.incidents.create_incident``): each module is imported on first
use, so building the main window does not load the ORM (README, "Start-up").
Type checkers read the imports below instead, so a misspelt service is an error.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_MODULES = ("branches", "changes", "evaluation", "exercise", "incidents", "injects", "log", "parties", "provisions",
            "records", "reporting", "responses", "roster", "signatories", "terms", "validate", "variants")

if TYPE_CHECKING:
    from model.services import (  # noqa: F401  (what the lazy attributes are, for checkers only)
        branches, changes, evaluation, exercise, incidents, injects, log, provisions, records, reporting, responses,
        roster, signatories, terms, validate, variants,
    )
else:
    def __getattr__(name: str):
        # PEP 562: a submodule not imported yet is imported when first named.
        if name in _MODULES:
            return importlib.import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
