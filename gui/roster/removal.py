"""The words of the removal confirmation: who goes, and what goes with them."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING


from gui.core.i18n import tr

from model.display_names import category_word
from model.storage.reading import SignatoryRow

if TYPE_CHECKING:
    from model.services.roster import Dependant

MAX_LISTED = 8


def removal_title(rows: Sequence[SignatoryRow]) -> str:
    """Also the undo command's text."""
    if len(rows) == 1:
        return tr("Remove {0} ({1})").format(rows[0].name, rows[0].code)
    return tr("Remove {0} signatories").format(len(rows))


def removal_question(rows: Sequence[SignatoryRow]) -> str:
    if len(rows) == 1:
        return tr("Remove {0} ({1}) from the roster?").format(rows[0].name, rows[0].code)
    return tr("Remove {0} signatories ({1}) from the roster?").format(len(rows), ", ".join(r.code for r in rows))


def _measure(name: str) -> str:
    # "Joint statement" reads as "joint statement"; "ISR and intelligence sharing" keeps its capitals.
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def _commitment(d: Dependant) -> str:
    measure = _measure(d.measure)
    category = category_word(d.category)
    if measure.casefold().startswith(category.casefold()):
        return tr("{0} for #{1}").format(measure, d.incident_id)   # not "cyber cyber incident-response team"
    return tr("{0} {1} for #{2}").format(category, measure, d.incident_id)


def _listed(items: list[str]) -> str:
    if len(items) <= MAX_LISTED:
        return ", ".join(items)
    return tr("{0} and {1} more").format(", ".join(items[:MAX_LISTED]), len(items) - MAX_LISTED)


def dependants_parts(dependants: Sequence[Dependant], several: bool) -> list[str]:
    """E.g. ["2 commitments: political joint statement for #1, ...", "1 consultation record for #3"].

    With *several* signatories each item names its signatory's code.
    """
    commitments = [d for d in dependants if d.kind == "commitment"]
    if several:
        commitments.sort(key=lambda d: (d.signatory_code, d.incident_id))
    consultations = [d for d in dependants if d.kind == "consultation"]
    parts = []
    if commitments:
        items = [(f"{d.signatory_code} " if several else "") + _commitment(d) for d in commitments]
        head = tr("1 commitment") if len(commitments) == 1 else tr("{0} commitments").format(len(commitments))
        parts.append(f"{head}: {_listed(items)}")
    if consultations:
        incidents: dict[int, list[str]] = {}
        for d in consultations:
            incidents.setdefault(d.incident_id, []).append(d.signatory_code)
        items = [f"#{incident}" + (f" ({', '.join(codes)})" if several else "")
                 for incident, codes in incidents.items()]
        head = (tr("1 consultation record") if len(consultations) == 1
                else tr("{0} consultation records").format(len(consultations)))
        parts.append(tr("{0} for {1}").format(head, _listed(items)))
    return parts


def dependants_text(dependants: Sequence[Dependant], several: bool) -> str:
    """One line: "2 commitments: political joint statement for #1, ...; 1 consultation record for #3"."""
    return "; ".join(dependants_parts(dependants, several))


def removal_detail(rows: Sequence[SignatoryRow], dependants: Sequence[Dependant]) -> str:
    parts = dependants_parts(dependants, several=len(rows) > 1)
    if parts:
        text = tr("This also removes:") + "".join(f"\n• {part}" for part in parts)
    else:
        text = (tr("No commitment or consultation record is stored for it.") if len(rows) == 1
                else tr("No commitment or consultation record is stored for them."))
    return text + "\n\n" + tr("Undo brings everything back.")
