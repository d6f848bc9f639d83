"""What the coordination arrangement of the judged treaty option means, as findings.

Who coordinates military measures, whether the adversary accepts the
arrangement, and military commitments effective before the arrangement's
coordination lead time has passed since they were announced. The facts are
resources/catalogue.json's (editable; assumptions are said to be).
"""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from model.catalogue import coordination_facts
from model.display_names import catalogue_text, category_word
from model.engine import Assessment
from model.i18n import QT_TR_NOOP, tr
from model.findings import (
    BREACH, COORDINATION_KIND, INFO, WARNING, Finding, _keep_newest, _summary, incident_label, measure_label,
)
from model.timeutil import format_relative_epoch
from model.vocabulary import CATEGORIES

_VIEW = {"acceptable": (INFO, QT_TR_NOOP("acceptable to the adversary")),
         "rejected": (WARNING, QT_TR_NOOP("rejected by the adversary")),
         "unavailable": (BREACH, QT_TR_NOOP("not available")),
         "unknown": (INFO, QT_TR_NOOP("the adversary's view is not known"))}


def _lead_words(hours: int, assumed: bool) -> str:
    return (tr("assumed coordination lead time {0} h") if assumed else tr("coordination lead time {0} h")).format(hours)


def arrangement_finding(a: Assessment) -> Finding:
    """One finding naming who coordinates, the lead time and the adversary's view of the arrangement."""
    facts = coordination_facts(a.snapshot.terms.coordination)
    severity, view = _VIEW.get(facts.adversary, _VIEW["unknown"])
    view = tr(view)
    assumed = tr(" (assumed)") if facts.adversary_assumed and facts.adversary != "unavailable" else ""
    note = f": {_shipped(facts.adversary_note)}" if facts.adversary_note else ""
    if facts.adversary == "unavailable":
        text = tr("{name} is {view}{note}").format(name=_shipped(facts.name), view=view, note=note)
    else:
        text = tr("{name}: military measures coordinated by {coordinator}, {lead}; {view}{assumed}{note}").format(
            name=_shipped(facts.name), coordinator=_shipped(facts.coordinator) or tr("no one named"),
            lead=_lead_words(facts.lead_hours, facts.lead_time_assumed), view=view, assumed=assumed, note=note)
    return Finding(COORDINATION_KIND, severity, None, None, None, text, detail=f"arrangement {facts.adversary}")


def _early_text(a: Assessment, c: int, names: Mapping[str, str] | None) -> str:
    snap = a.snapshot
    s, i = int(snap.com_sig[c]), int(snap.com_inc[c])
    facts = coordination_facts(snap.terms.coordination)
    rel = snap.startex
    return tr("{who} {category} commitment ({measure}) for {incident} effective {effective}, before coordination "
              "through {through} can take effect ({from_}, {lead})").format(
        who=snap.sig_codes[s], category=category_word(CATEGORIES[int(snap.com_cat[c])]),
        measure=measure_label(snap.com_measure[c], names), incident=incident_label(snap, i),
        effective=format_relative_epoch(int(snap.com_effective[c]), rel),
        through=_shipped(facts.coordinator or facts.name),
        from_=format_relative_epoch(float(a.coordinated_from[c]), rel),
        lead=_lead_words(facts.lead_hours, facts.lead_time_assumed))


def _shipped(text: str) -> str:
    """A text of the shipped catalogue (a name, a coordinator, a note) in the chosen language."""
    return catalogue_text(text)


def coordination_findings(a: Assessment, instrument_names: Mapping[str, str] | None = None,
                          limit: int = 100) -> list[Finding]:
    """The arrangement first, then military commitments effective before they can be coordinated.

    An arrangement the adversary accepts is named only once a party commits a military
    measure (then who coordinates it matters); one it rejects, or one not available, always.
    """
    snap = a.snapshot
    facts = coordination_facts(snap.terms.coordination)
    military = (snap.com_cat == CATEGORIES.index("military")) \
        & (snap.sig_bound[snap.com_sig] <= snap.inc_time[snap.com_inc])
    rows = [arrangement_finding(a)] if facts.adversary in ("rejected", "unavailable") or military.any() else []
    early = np.flatnonzero(a.coordination_early)   # like gates: judged on what is planned
    keep = early[_keep_newest(snap.com_announced[early], limit)]
    keep = keep[np.lexsort((snap.com_ids[keep], snap.com_sig[keep], snap.com_inc[keep]))]
    rows += [Finding(COORDINATION_KIND, WARNING, int(snap.inc_ids[snap.com_inc[c]]),
                     int(snap.sig_ids[snap.com_sig[c]]), int(snap.com_ids[c]), _early_text(a, c, instrument_names),
                     detail="uncoordinated", signatory_ids=(int(snap.sig_ids[snap.com_sig[c]]),))
             for c in keep.tolist()]
    if len(early) > len(keep):
        left_out = len(early) - len(keep)
        rows.append(_summary(COORDINATION_KIND, WARNING, left_out,
                             tr("… and {0} more military commitments effective before coordination (older ones)")
                             .format(left_out)))
    return rows
