"""A sheet's columns that map to no inject field: kept with each inject as its additional fields.

An import never drops a column silently: what the planner did not map to a
field travels with the inject (name -> text) and an export writes it back as
a column of the same name.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from model.msel.columns import export_only_column, restore


def cell_text(value) -> str:
    """A cell as the text an inject stores (a whole float without its .0, a date in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return restore(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def kept_columns(headers: Sequence[str], mapping: dict[int, str | None], rows: Sequence) -> dict[int, str]:
    """Column -> additional field name, for the unmapped columns that hold something.

    Pactline's own derived and play-state columns (Status, Scenario Time (D+n)…) are not kept: an
    import plans injects, and its export writes them anew. Two columns of the same header get
    distinct names ("Remarks", "Remarks (2)").
    """
    kept: dict[int, str] = {}
    used: set[str] = set()
    for column, name in sorted(mapping.items()):
        if name is not None or column >= len(headers) or export_only_column(headers[column]) is not None:
            continue
        if not any(not _blank(row.cells[column]) for row in rows if column < len(row.cells)):
            continue
        base = restore(headers[column]).strip() or f"Column {column + 1}"   # an export neutralised it
        label, count = base, 1
        while label in used:
            count += 1
            label = f"{base} ({count})"
        used.add(label)
        kept[column] = label
    return kept


def row_fields(cells: Sequence, kept: dict[int, str]) -> dict[str, str]:
    """The additional fields of one sheet row: its non-blank kept cells."""
    return {name: cell_text(cells[column]) for column, name in kept.items()
            if column < len(cells) and not _blank(cells[column])}


def export_names(field_sets: Sequence[dict[str, str]]) -> list[str]:
    """The additional columns of an export: every name any inject has, in order of first appearance."""
    names: dict[str, None] = {}
    for fields in field_sets:
        names.update(dict.fromkeys(fields))
    return list(names)
