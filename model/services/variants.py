"""Saved what-if variants: a what-if kept by name (its journal, model/journal_text.py) to come back to.

Saving, renaming and deleting a variant are edits of the record like any other:
one transaction, one log entry, undoable (a deleted variant's row comes back
through records.restore_records). A variant changes nothing the engine judges.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import select

from model.errors import ValidationError
from model.i18n import tr
from model.journal_text import journal_steps
from model.plural import plural
from model.provision_entities import WhatIfVariant
from model.services import log, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, capture, fetch
from model.services.reporting import report

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile


@dataclass(frozen=True)
class VariantRow:
    id: int
    name: str
    created_at: datetime
    changes: int            # journal steps
    note: str


def _name(session, name, keep: int | None = None) -> str:
    name = validate.text("name", name, max_len=200, required=True)
    clash = session.scalar(select(WhatIfVariant.id).where(WhatIfVariant.name == name))
    if clash is not None and clash != keep:
        raise ValidationError("name", tr("a variant named '{0}' exists already; choose another name").format(name))
    return name


def save_variant(doc: ExerciseFile, *, name: str, journal: str, note: str = "", created_at: datetime | None = None,
                 id: int | None = None) -> ChangeReport:
    """Keep a what-if's journal (JSON text) as the variant *name*."""
    steps = journal_steps(journal)          # refuses text that could not be replayed
    with doc.transaction() as session:
        row = WhatIfVariant(id=id, name=_name(session, name), journal=journal,
                            note=validate.text("note", note, max_len=2000),
                            created_at=created_at or datetime.now(timezone.utc))
        session.add(row)
        session.flush()
        summary = tr("What-if variant '{name}' saved ({changes})").format(
            name=row.name, changes=plural(len(steps), tr("{0} change"), tr("{0} changes")))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "what_if_variant", "created", (row.id,), summary=summary)


def rename_variant(doc: ExerciseFile, *, variant_id: int, name: str) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, WhatIfVariant, variant_id, "What-if variant")
        old = row.name
        previous = apply_values(row, {"name": _name(session, name, keep=row.id)})
        summary = tr("What-if variant '{old}' renamed '{name}'").format(old=old, name=row.name)
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "what_if_variant", "updated", (row.id,), previous=previous, summary=summary)


def delete_variant(doc: ExerciseFile, *, variant_id: int) -> ChangeReport:
    with doc.transaction() as session:
        row = fetch(session, WhatIfVariant, variant_id, "What-if variant")
        removed = capture(row)
        summary = tr("What-if variant '{name}' deleted").format(name=row.name)
        session.delete(row)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "what_if_variant", "deleted", (variant_id,), removed=removed, summary=summary)


def variants(doc: ExerciseFile) -> list[VariantRow]:
    """Every saved variant, newest first."""
    with doc.reading() as session:
        rows = list(session.scalars(select(WhatIfVariant).order_by(WhatIfVariant.created_at.desc(),
                                                                   WhatIfVariant.id.desc())))
        return [VariantRow(r.id, r.name, r.created_at, len(journal_steps(r.journal)), r.note) for r in rows]


def variant_journal(doc: ExerciseFile, *, variant_id: int) -> str:
    with doc.reading() as session:
        return fetch(session, WhatIfVariant, variant_id, "What-if variant").journal
