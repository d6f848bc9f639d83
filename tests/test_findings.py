"""Findings: missed deadlines, response gaps and parliamentary gates read off the assessment, in words.

Model tests: no QApplication. Crafted exercises are built with the services
on the blank exercise (STARTEX 2026-03-02 06:00 UTC, so D+0 is 2 March).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np

from model import queries
from model.engine import assess
from model.findings import (
    BREACH, COORDINATION_KIND, GAP_KIND, GATE_KIND, INFO, KINDS, MISSED_KIND, WARNING, FindingsCache, counts, findings,
    incident_facts, measure_label,
)
from model.services import incidents, responses, signatories
from model.snapshot import load_snapshot
from model.timeutil import utc

D0 = utc(2026, 3, 2)          # the blank exercise's D+0


def day(n: int, hour: int, minute: int = 0) -> datetime:
    return D0 + timedelta(days=n, hours=hour, minutes=minute)


def add_signatory(doc, code: str, **values) -> int:
    return signatories.create_signatory(doc, code=code, name=f"State {code}", agreement_date=date(2024, 1, 1),
                                        **values).ids[0]


def add_incident(doc, kind: str, severity: int, when: datetime) -> int:
    return incidents.create_incident(doc, incident_type=kind, severity=severity, occurred_at=when).ids[0]


def commit(doc, incident_id, signatory_id, announced, category="political", measure="joint_statement",
           effective=None, status="announced") -> int:
    return responses.create_commitment(doc, incident_id=incident_id, signatory_id=signatory_id, category=category,
                                       measure=measure, announced_at=announced, effective_at=effective,
                                       status=status).ids[0]


def attend(doc, incident_id, signatory_id, joined) -> None:
    responses.record_consultation(doc, incident_id=incident_id, signatory_id=signatory_id, joined_at=joined)


def texts(rows, kind=None) -> list[str]:
    return [r.text for r in rows if kind is None or r.kind == kind]


def names(doc) -> dict[str, str]:
    return {i.code: i.name for i in queries.instruments(doc)}


# -- the default exercise (clock at D+2 09:00) ----------------------------------------------------
def default_assessment(doc):
    snapshot = load_snapshot(doc)
    return assess(snapshot, snapshot.clock_time)


def test_default_exercise_findings_in_kind_order_with_counts(default_doc):
    rows = findings(default_assessment(default_doc), instrument_names=names(default_doc))
    assert [r.kind for r in rows] == sorted((r.kind for r in rows), key=KINDS.index)
    assert counts(rows) == {"missed": 45, "gap": 2, "gate": 3, "coordination": 5, "provision": 1}
    assert texts(rows, GAP_KIND) == [
        "#2 cyber attack S2: no economic commitment yet (expected: economic, cyber, humanitarian)",
        "#4 naval blockade S3: no economic commitment yet (expected: economic, military)",
    ]
    assert texts(rows, GATE_KIND) == [
        "IT military commitment (deployment of troops) for #3 ground incursion S4 effective D+1 12:00, "
        "parliamentary approval not before D+3 14:00 (assumed lead time 54 h)",
        "DE military commitment (deployment of troops) for #3 ground incursion S4 gated until D+4 09:00 "
        "(assumed lead time 72 h), effective D+4 09:00: respected",
        "RO military commitment (naval escort and demining) for #4 naval blockade S3 gated until D+4 07:30 "
        "(assumed lead time 48 h), effective D+4 08:00: respected",
    ]
    gates = [r for r in rows if r.kind == GATE_KIND]
    assert [g.severity for g in gates] == [BREACH, INFO, INFO]        # violations first
    it = next(s for s in queries.signatories(default_doc) if s.code == "IT")
    assert (gates[0].incident_id, gates[0].signatory_id) == (3, it.id)
    assert gates[0].commitment_id is not None
    assert all(r.severity == WARNING for r in rows if r.kind == GAP_KIND)


def test_default_exercise_missed_deadlines_grouped_by_incident_kind_and_manner(default_doc):
    missed = [r for r in findings(default_assessment(default_doc)) if r.kind == MISSED_KIND]
    assert [(r.incident_id, r.detail, r.count) for r in missed] == [
        (1, "reaction overdue", 6), (1, "reaction late", 3), (1, "consultation overdue", 3),
        (1, "consultation late", 3), (2, "reaction overdue", 23), (3, "reaction overdue", 3),
        (3, "consultation overdue", 1), (3, "consultation late", 3),
    ]
    assert missed[2].text == ("IE, IS (declared absent), JP missed the consultation on #1 missile strike S3 "
                              "by 1 h 20 min (deadline D+2 07:40)")
    assert missed[1].text == ("3 signatories reacted to #1 missile strike S3 late (deadline D+1 07:40): "
                              "LU +3 h 50 min, PT +1 h 30 min, SI +6 h 20 min")
    assert missed[4].text.startswith("23 signatories missed the reaction to #2 cyber attack S2 by 11 h 45 min "
                                     "(deadline D+1 21:15): AL, BE, CA,")
    jp = next(s for s in queries.signatories(default_doc) if s.code == "JP")
    assert missed[6].text == "JP missed the consultation on #3 ground incursion S4 by 4 h (deadline D+2 05:00)"
    assert missed[6].signatory_id == jp.id and missed[6].signatory_ids == (jp.id,)
    assert missed[0].signatory_id is None and len(missed[0].signatory_ids) == 6
    assert all(r.severity == BREACH for r in missed)


def test_before_anything_happened_there_is_nothing_to_find_but_planned_gates(default_doc):
    snapshot = load_snapshot(default_doc)
    rows = findings(assess(snapshot, snapshot.startex))
    # Gates and coordination are facts of the plan, whatever the time.
    assert {r.kind for r in rows} == {GATE_KIND, COORDINATION_KIND}
    assert counts(rows)["gate"] == 3 and counts(rows)["coordination"] == 5


# -- crafted exercises ------------------------------------------------------------------------------
def crafted(doc):
    ie, de = add_signatory(doc, "IE"), add_signatory(doc, "DE")
    it = add_signatory(doc, "IT", approval_required=True, approval_lead_hours=54, lead_time_assumed=False)
    strike = add_incident(doc, "missile_strike", 3, day(0, 7, 40))
    cyber = add_incident(doc, "cyber_attack", 2, day(1, 0))
    commit(doc, strike, ie, day(0, 10))
    commit(doc, strike, de, day(1, 9, 10))                                   # 1:30 after the deadline
    troops = commit(doc, strike, it, day(0, 9), "military", "troop_deployment", effective=day(0, 12))
    waiting = commit(doc, cyber, it, day(1, 6), "military", "troop_deployment")
    commit(doc, cyber, it, day(1, 6), "military", "training_mission", effective=day(1, 8), status="withdrawn")
    for who in (de, it):
        attend(doc, strike, who, day(1, 10))
    return dict(ie=ie, de=de, it=it, strike=strike, cyber=cyber, troops=troops, waiting=waiting)


def test_crafted_exercise_texts_and_order(blank_doc):
    ids = crafted(blank_doc)
    rows = findings(assess(load_snapshot(blank_doc), day(2, 9).timestamp()))
    assert texts(rows) == [
        "DE reacted to #1 missile strike S3 1 h 30 min late (deadline D+1 07:40, reacted D+1 09:10)",
        "IE missed the consultation on #1 missile strike S3 by 1 h 20 min (deadline D+2 07:40)",
        "DE, IE missed the reaction to #2 cyber attack S2 by 9 h (deadline D+2 00:00)",
        "#1 missile strike S3: no economic commitment yet (expected: political, economic, military)",
        "#2 cyber attack S2: no economic, cyber or humanitarian commitment yet "
        "(expected: economic, cyber, humanitarian)",
        "IT military commitment (troop deployment) for #1 missile strike S3 effective D+0 12:00, "
        "parliamentary approval not before D+2 15:00 (lead time 54 h)",
        "IT military commitment (troop deployment) for #2 cyber attack S2 gated until D+3 12:00 "
        "(lead time 54 h); no effective time set yet",
        "Coordination cell supported by NATO mechanisms (not NATO-led): military measures coordinated by a "
        "coordination cell of the parties (NATO mechanisms in support), assumed coordination lead time 12 h; "
        "acceptable to the adversary (assumed): built to avoid the NATO leadership the adversary rejects "
        "(M, press reports Aug 2025); that it accepts the cell is an assumption",
        "IT military commitment (troop deployment) for #1 missile strike S3 effective D+0 12:00, before "
        "coordination through a coordination cell of the parties (NATO mechanisms in support) can take effect "
        "(D+0 21:00, assumed coordination lead time 12 h)",
    ]
    by_text = {r.text: r for r in rows}
    late = by_text[texts(rows)[0]]
    assert (late.incident_id, late.signatory_id, late.detail) == (ids["strike"], ids["de"], "reaction late")
    violation, waiting = rows[-4], rows[-3]
    assert (violation.commitment_id, violation.severity) == (ids["troops"], BREACH)
    assert (waiting.commitment_id, waiting.severity) == (ids["waiting"], INFO)   # the withdrawn one is not listed


def test_an_overdue_finding_keeps_its_key_while_its_wording_follows_the_clock(blank_doc):
    crafted(blank_doc)
    snapshot = load_snapshot(blank_doc)
    earlier = findings(assess(snapshot, day(2, 9).timestamp()))
    later = findings(assess(snapshot, day(2, 9, 30).timestamp()))
    assert [r.key for r in earlier] == [r.key for r in later]
    assert "by 1 h 50 min" in later[1].text and "by 1 h 20 min" in earlier[1].text


def test_instrument_names_read_mid_sentence():
    catalogue = {"troop_deployment": "Deployment of troops (reassurance force)",
                 "isr_sharing": "ISR and intelligence sharing"}
    assert measure_label("troop_deployment", catalogue) == "deployment of troops"
    assert measure_label("isr_sharing", catalogue) == "ISR and intelligence sharing"
    assert measure_label("naval_escort", catalogue) == "naval escort"          # not in the catalogue
    assert measure_label("naval_escort", None) == "naval escort"


# -- caps and speed --------------------------------------------------------------------------------
def test_missed_findings_keep_the_newest_deadlines_and_count_the_rest(blank_doc):
    add_signatory(blank_doc, "IE")
    for n in range(30):
        add_incident(blank_doc, "naval_blockade", 3, day(0, 7) + timedelta(hours=n))
    a = assess(load_snapshot(blank_doc), day(6, 0).timestamp())
    everything = findings(a, limit=0)
    assert counts(everything)["missed"] == 60 and all(r.detail != "more" for r in everything)
    rows = [r for r in findings(a, limit=10) if r.kind == MISSED_KIND]
    kept, summary = rows[:-1], rows[-1]
    assert len(kept) == 10 and summary.detail == "more" and summary.count == 50
    assert summary.incident_id is None
    assert summary.text == "… and 50 more missed deadlines, the latest of them due D+3 02:00"
    deadline = {r.incident_id: a.consultation.deadline[a.snapshot.incident_position(r.incident_id)] for r in kept}
    assert {r.detail for r in kept} == {"consultation overdue"}              # the newest deadlines
    assert min(deadline.values()) >= a.reaction.deadline.max()
    assert [r.incident_id for r in kept] == sorted(r.incident_id for r in kept)
    assert counts(findings(a, limit=10)) == counts(everything)


def test_cache_gives_the_same_findings_and_reuses_gates_between_ticks(default_doc):
    snapshot = load_snapshot(default_doc)
    cache = FindingsCache()
    first = cache.findings(assess(snapshot, snapshot.clock_time))
    tick = cache.findings(assess(snapshot, snapshot.clock_time + 60))
    assert tick == findings(assess(snapshot, snapshot.clock_time + 60))
    assert [r for r in tick if r.kind == GATE_KIND][0] is [r for r in first if r.kind == GATE_KIND][0]
    moved = snapshot.with_incident_time(3, snapshot.inc_time[2] + 3600)    # a drag step: a new snapshot
    dragged = cache.findings(assess(moved, snapshot.clock_time))
    assert dragged == findings(assess(moved, snapshot.clock_time))
    assert "effective D+1 12:00" in [r for r in dragged if r.kind == GATE_KIND][0].text



def test_cache_words_only_the_missed_deadlines_again_on_a_drag_step(default_doc):
    snapshot = load_snapshot(default_doc)
    now = snapshot.clock_time
    cache = FindingsCache()
    first = cache.findings(assess(snapshot, now))
    reused = [r for r in first if r.kind in (GATE_KIND, COORDINATION_KIND, GAP_KIND)]
    assert {r.kind for r in reused} == {GATE_KIND, COORDINATION_KIND, GAP_KIND}
    # A future incident dragged further into the future: gates, gaps and coordination cannot change.
    future = int(np.flatnonzero(snapshot.inc_time > now)[0])
    moved = snapshot.with_incident_time(int(snapshot.inc_ids[future]), int(snapshot.inc_time[future]) + 3600)
    dragged = cache.findings(assess(moved, now))
    assert dragged == findings(assess(moved, now))
    assert all(any(r is old for old in reused) for r in dragged if r.kind in (GATE_KIND, COORDINATION_KIND, GAP_KIND))
    # Dragged before the clock, an incident owes its reaction: the findings follow, none kept stale.
    past = snapshot.with_incident_time(int(snapshot.inc_ids[future]), int(now) - 3 * 86400)
    assert cache.findings(assess(past, now)) == findings(assess(past, now))
    assert cache.findings(assess(snapshot, now)) == first

# -- one incident, for the inspector ----------------------------------------------------------------
def test_incident_facts_read_the_engine(default_doc):
    a = default_assessment(default_doc)
    cyber = incident_facts(a, 2)
    assert cyber.label == "#2 cyber attack S2" and cyber.time == "D+0 21:15" and cyber.occurred
    assert (cyber.reaction.deadline, cyber.reaction.state) == ("D+1 21:15", "passed 11 h 45 min ago")
    assert (cyber.reaction.met, cyber.reaction.pending, cyber.reaction.missed, cyber.reaction.obliged) == (6, 0, 23, 29)
    assert (cyber.tier_hours, cyber.consultation.deadline, cyber.consultation.state) == (72, "D+3 21:15", "36 h 15 min left")
    assert cyber.expected == ("economic", "cyber", "humanitarian") and cyber.gaps == ("economic",)
    future = incident_facts(a, 5)
    assert not future.occurred and future.reaction.state == "not yet due" and future.gaps == ()
    assert future.reaction.obliged == 29
    assert incident_facts(a, 999) is None
