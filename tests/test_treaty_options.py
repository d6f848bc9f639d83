"""Treaty options that differ in what they demand: parties bound from a date, bilateral
agreements alone, a force already stationed (issue 13, schema 4).

Built with the services on a blank exercise (default terms: reaction 24 h; consultation
S1-S2 72 h, S3 48 h, S4-S5 24 h) and judged with assess(load_snapshot(doc, option), now).
"""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from model.catalogue import ADVERSARY_VIEWS, shipped_catalogue
from model.engine import MET, MISSED, NOT_OBLIGED, PENDING
from model.entities import TreatyTerms
from model.errors import ValidationError
from model.findings import BREACH, COORDINATION_KIND, INFO, WARNING, findings
from model.queries import exercise_info, log_entries, treaty_parties
from model.services import parties, records, terms
from model.snapshot import NO_TIME, load_snapshot
from model.timeutil import utc
from tests.test_engine import H, add_incident, add_signatory, assessed, at, attend, commit, ep


@pytest.fixture
def pact(blank_doc):
    return exercise_info(blank_doc).active_terms_id


def option(doc, source: int, name: str, **changes) -> int:
    new_id = terms.add_terms_option(doc, name=name, copy_from=source).ids[0]
    if changes:
        terms.update_terms(doc, terms_id=new_id, **changes)
    return new_id


def bilateral_option(doc, source: int) -> int:
    return option(doc, source, "Bilateral only", kind="bilateral", coordination="bilateral_only")


# -- parties -----------------------------------------------------------------------------------
def test_a_new_signatory_is_a_party_of_every_option_from_its_agreement_date(blank_doc, pact):
    other = option(blank_doc, pact, "B")
    de = add_signatory(blank_doc, "DE", agreement_date=date(2024, 2, 16))
    rows = treaty_parties(blank_doc)
    assert [(p.terms_id, p.signatory_id, p.bound_from, p.basis) for p in rows] == \
        [(pact, de, None, "signed"), (other, de, None, "signed")]
    snapshot = load_snapshot(blank_doc, other)
    assert snapshot.sig_bound[0] == ep(utc(2024, 2, 16))


def test_a_party_that_must_ratify_is_bound_only_from_ratification(blank_doc, pact):
    de = add_signatory(blank_doc, "DE")
    fr = add_signatory(blank_doc, "FR")
    before, after = add_incident(blank_doc, when=at(0)), add_incident(blank_doc, when=at(10))
    parties.set_party(blank_doc, terms_id=pact, signatory_id=de, bound_from=at(5), basis="ratified")
    a = assessed(blank_doc, at(60))
    s_de, s_fr = (a.snapshot.signatory_position(x) for x in (de, fr))
    i_before, i_after = (a.snapshot.incident_position(x) for x in (before, after))
    assert a.reaction.status[i_before, s_de] == NOT_OBLIGED     # not yet ratified
    assert a.consultation.status[i_before, s_de] == NOT_OBLIGED
    assert a.reaction.status[i_after, s_de] == MISSED           # bound from ratification
    assert a.reaction.status[i_before, s_fr] == MISSED          # bound on signature, long before
    # Exactly at the ratification time counts as bound.
    parties.set_party(blank_doc, terms_id=pact, signatory_id=de, bound_from=at(10), basis="ratified")
    assert assessed(blank_doc, at(60)).reaction.status[i_after, s_de] == MISSED
    assert log_entries(blank_doc)[-1].text == "DE is a party to 'Light mutual-defence clause' from D+0 18:00 (ratified)"


def test_a_signatory_without_a_party_row_owes_nothing_under_that_option(blank_doc, pact):
    other = option(blank_doc, pact, "Coalition")
    de = add_signatory(blank_doc, "DE")
    incident = add_incident(blank_doc)
    report = parties.remove_party(blank_doc, terms_id=other, signatory_id=de)
    assert assessed(blank_doc, at(60), other).reaction.status[0, 0] == NOT_OBLIGED
    assert assessed(blank_doc, at(60), pact).reaction.status[0, 0] == MISSED   # still a party of the pact
    assert load_snapshot(blank_doc, other).sig_bound[0] == NO_TIME
    records.restore_records(blank_doc, records=report.removed, summary="Undo")
    assert assessed(blank_doc, at(60), other).reaction.status[0, 0] == MISSED
    assert incident


@pytest.mark.parametrize("values, field", [
    ({"basis": "ratified", "bound_from": None}, "bound_from"),
    ({"basis": "promised", "bound_from": None}, "basis"),
    ({"basis": "signed", "bound_from": "soon"}, "bound_from"),
])
def test_a_party_needs_a_basis_and_a_time_for_anything_but_signature(blank_doc, pact, values, field):
    de = add_signatory(blank_doc, "DE")
    with pytest.raises(ValidationError) as caught:
        parties.set_party(blank_doc, terms_id=pact, signatory_id=de, **values)
    assert caught.value.field == field


def test_a_copied_option_keeps_its_parties_and_their_dates(blank_doc, pact):
    de = add_signatory(blank_doc, "DE")
    parties.set_party(blank_doc, terms_id=pact, signatory_id=de, bound_from=at(5), basis="in_force")
    copy = option(blank_doc, pact, "Copy")
    assert [(p.bound_from, p.basis) for p in treaty_parties(blank_doc, copy)] == [(at(5), "in_force")]


# -- bilateral agreements only -------------------------------------------------------------------
def test_bilateral_agreements_demand_a_consultation_within_24_h_and_nothing_collective(blank_doc, pact):
    bilateral = bilateral_option(blank_doc, pact)
    de = add_signatory(blank_doc, "DE")
    add_signatory(blank_doc, "FR")
    strike = add_incident(blank_doc, severity=1)        # S1: the pact's tier is 72 h
    attend(blank_doc, strike, de, at(20))
    under_pact, under_bilateral = assessed(blank_doc, at(30), pact), assessed(blank_doc, at(30), bilateral)
    # The pact: each party reacts within 24 h, consults within 72 h, proportional categories expected.
    assert list(under_pact.reaction.status[0]) == [MISSED, MISSED]
    assert list(under_pact.consultation.status[0]) == [MET, PENDING]
    assert under_pact.gap_mask[0] != 0
    # Bilateral: no reaction deadline, no categories; each partner consults within 24 h, whatever the severity.
    assert list(under_bilateral.reaction.status[0]) == [NOT_OBLIGED, NOT_OBLIGED]
    assert under_bilateral.consultation.deadline[0] == ep(at(24))
    assert list(under_bilateral.consultation.status[0]) == [MET, MISSED]
    assert under_bilateral.expected_mask[0] == 0 and under_bilateral.gap_mask[0] == 0


def test_bilateral_agreements_still_judge_national_parliamentary_gates(blank_doc, pact):
    bilateral = bilateral_option(blank_doc, pact)
    it = add_signatory(blank_doc, "IT", approval_required=True, approval_lead_hours=54)
    strike = add_incident(blank_doc)
    commit(blank_doc, strike, it, announced=at(1), category="military", measure="troop_deployment",
           effective=at(5))
    a = assessed(blank_doc, at(30), bilateral)
    assert a.gated.tolist() == [True] and a.gate_violation.tolist() == [True]


# -- a force already stationed ---------------------------------------------------------------------
def test_a_stationed_force_needs_no_vote_after_an_incident_from_a_party_bound_before_it(blank_doc, pact):
    force = option(blank_doc, pact, "Reassurance force", kind="stationed_force", coordination="lead_nation")
    de = add_signatory(blank_doc, "DE", approval_required=True, approval_lead_hours=72)
    it = add_signatory(blank_doc, "IT", approval_required=True, approval_lead_hours=54)
    early, late = add_incident(blank_doc, when=at(0)), add_incident(blank_doc, when=at(20))
    parties.set_party(blank_doc, terms_id=force, signatory_id=de, bound_from=at(10), basis="ratified")
    parties.remove_party(blank_doc, terms_id=force, signatory_id=it)   # not a contributor
    before = commit(blank_doc, early, de, announced=at(1), category="military", measure="troop_deployment",
                    effective=at(2))
    after = commit(blank_doc, late, de, announced=at(21), category="military", measure="troop_deployment",
                   effective=at(22))
    outsider = commit(blank_doc, late, it, announced=at(21), category="military", measure="troop_deployment",
                      effective=at(22))
    under_force, under_pact = assessed(blank_doc, at(30), force), assessed(blank_doc, at(30), pact)
    gated = dict(zip(under_force.snapshot.com_ids.tolist(), under_force.gated.tolist()))
    # Germany voted the deployment at ratification (D+0 10:00): its later measure waits for no vote;
    # before it was bound, and for Italy (no contributor), parliament still has to approve.
    assert gated == {before: True, after: False, outsider: True}
    assert under_pact.gated.tolist() == [True, True, True]
    assert int(np.count_nonzero(under_force.gate_violation)) == 2


# -- coordination ----------------------------------------------------------------------------------
def coordination(doc, now, terms_id=None):
    return [r for r in findings(assessed(doc, now, terms_id)) if r.kind == COORDINATION_KIND]


def test_a_military_measure_takes_effect_through_the_arrangement_after_its_lead_time(blank_doc, pact):
    de = add_signatory(blank_doc, "DE")
    strike = add_incident(blank_doc)
    on_time = commit(blank_doc, strike, de, announced=at(1), category="military", measure="isr_sharing",
                     effective=at(13))                               # the cell's assumed 12 h, exactly
    early = commit(blank_doc, strike, de, announced=at(1), category="military", measure="air_defence_delivery",
                   effective=at(13, seconds=-1))
    commit(blank_doc, strike, de, announced=at(1), effective=at(2))    # political: nothing to coordinate
    a = assessed(blank_doc, at(30))
    assert a.coordination_lead_s == 12 * H
    by_id = dict(zip(a.snapshot.com_ids.tolist(), zip(a.coordinated_from.tolist(), a.coordination_early.tolist())))
    assert by_id[on_time] == (ep(at(13)), False)
    assert by_id[early] == (ep(at(13)), True)
    rows = coordination(blank_doc, at(30))
    assert [r.detail for r in rows] == ["arrangement acceptable", "uncoordinated"]
    assert rows[0].severity == INFO and "assumed coordination lead time 12 h" in rows[0].text
    assert rows[1].commitment_id == early and rows[1].severity == WARNING
    assert "before coordination through a coordination cell of the parties" in rows[1].text
    # Without a common mechanism each partner acts at once: nothing waits for coordination.
    bilateral = bilateral_option(blank_doc, pact)
    assert [r.detail for r in coordination(blank_doc, at(30), bilateral)] == ["arrangement acceptable"]
    assert not assessed(blank_doc, at(30), bilateral).coordination_early.any()


def test_a_non_party_acts_nationally_outside_the_arrangement(blank_doc, pact):
    de = add_signatory(blank_doc, "DE")
    strike = add_incident(blank_doc)
    commit(blank_doc, strike, de, announced=at(1), category="military", measure="isr_sharing", effective=at(2))
    parties.remove_party(blank_doc, terms_id=pact, signatory_id=de)
    a = assessed(blank_doc, at(30))
    assert not a.coordination_early.any()
    assert coordination(blank_doc, at(30)) == []      # the adversary accepts the cell: nothing to say


def test_the_adversary_rejects_a_nato_led_arrangement_and_a_un_led_one_is_unavailable(blank_doc, pact):
    terms.update_terms(blank_doc, terms_id=pact, coordination="nato_led")
    (row,) = coordination(blank_doc, at(0))      # said even before anything happened
    assert (row.severity, row.detail) == (WARNING, "arrangement rejected")
    assert "rejected by the adversary" in row.text and "NATO" in row.text
    with pytest.raises(ValidationError, match="veto"):
        terms.update_terms(blank_doc, terms_id=pact, coordination="un_led")
    # A file (or a catalogue) holding one anyway: the engine says it cannot be.
    with blank_doc.transaction() as session:
        session.get(TreatyTerms, pact).coordination = "un_led"
    (row,) = coordination(blank_doc, at(0))
    assert (row.severity, row.detail) == (BREACH, "arrangement unavailable")
    assert "not available" in row.text and "veto" in row.text


def test_coordination_facts_come_from_the_catalogue_with_assumptions_marked():
    facts = {o.code: o for o in shipped_catalogue().coordination}
    assert facts["nato_led"].adversary == "rejected" and not facts["nato_led"].adversary_assumed
    assert facts["un_led"].adversary == "unavailable" and not facts["un_led"].available
    assert facts["coordination_cell"].lead_time_assumed and facts["coordination_cell"].adversary_assumed
    assert facts["bilateral_only"].lead_hours == 0
    assert all(o.adversary in ADVERSARY_VIEWS and o.coordinator for o in facts.values())


def test_an_attack_on_a_stationed_force_is_an_immediate_trigger(blank_doc, pact):
    force = option(blank_doc, pact, "Reassurance force", kind="stationed_force", coordination="lead_nation")
    add_signatory(blank_doc, "FR")
    add_incident(blank_doc, severity=1, kind="attack_on_forces")
    add_incident(blank_doc, severity=1, kind="airspace_violation", when=at(1))
    under_force, under_pact = assessed(blank_doc, at(0), force), assessed(blank_doc, at(0), pact)
    assert under_pact.consultation.deadline.tolist() == [ep(at(72)), ep(at(73))]
    assert under_force.consultation.deadline.tolist() == [ep(at(24)), ep(at(73))]   # only the attack on it
