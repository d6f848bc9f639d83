"""The default exercise: the 2024 roster as in DOMAIN-FACTS.md, and a living first picture."""
from __future__ import annotations

import json
from datetime import date

import numpy as np

from model.branching import branch_points
from model.catalogue import mask_categories
from model.engine import MET, MISSED, PENDING, assess
from model.queries import (
    commitments, consultations, exercise_info, incidents, signatories, treaty_parties, treaty_terms,
)
from model.services import exercise, incidents as incident_service, responses, signatories as signatory_service
from model.services import branches, parties as party_service
from model.services import terms
from model.services.log import verify_log
from model.snapshot import load_snapshot
from model.timeutil import from_epoch

# Transcribed from /work/shared/DOMAIN-FACTS.md, "Candidate signatories: 2024
# bilateral security agreements": code -> (name, NATO, EU, agreement signed).
DOMAIN_FACTS = {
    "GB": ("United Kingdom", True, False, "2024-01-12"),
    "DE": ("Germany", True, True, "2024-02-16"),
    "FR": ("France", True, True, "2024-02-16"),
    "DK": ("Denmark", True, True, "2024-02-23"),
    "IT": ("Italy", True, True, "2024-02-24"),
    "CA": ("Canada", True, False, "2024-02-24"),
    "NL": ("Netherlands", True, True, "2024-03-01"),
    "FI": ("Finland", True, True, "2024-04-03"),
    "LV": ("Latvia", True, True, "2024-04-11"),
    "ES": ("Spain", True, True, "2024-05-27"),
    "BE": ("Belgium", True, True, "2024-05-28"),
    "PT": ("Portugal", True, True, "2024-05-28"),
    "SE": ("Sweden", True, True, "2024-05-31"),
    "IS": ("Iceland", True, False, "2024-05-31"),
    "NO": ("Norway", True, False, "2024-05-31"),
    "JP": ("Japan", False, False, "2024-06-13"),
    "US": ("United States", True, False, "2024-06-13"),
    "EU": ("European Union", False, False, "2024-06-27"),   # an organisation: neither flag applies
    "LT": ("Lithuania", True, True, "2024-06-27"),
    "EE": ("Estonia", True, True, "2024-06-27"),
    "PL": ("Poland", True, True, "2024-07-08"),
    "LU": ("Luxembourg", True, True, "2024-07-10"),
    "RO": ("Romania", True, True, "2024-07-11"),
    "CZ": ("Czechia", True, True, "2024-07-18"),
    "SI": ("Slovenia", True, True, "2024-07-18"),
    "IE": ("Ireland", False, True, "2024-09-04"),
    "HR": ("Croatia", True, True, "2024-10-09"),
    "GR": ("Greece", True, True, "2024-10-17"),
    "AL": ("Albania", True, False, "2025-01-21"),
}


def roster(doc) -> dict:
    return {s.code: s for s in signatories(doc)}


def test_roster_is_exactly_the_29_signatories_of_the_domain_facts(default_doc):
    rows = roster(default_doc)
    assert len(DOMAIN_FACTS) == 29
    assert set(rows) == set(DOMAIN_FACTS)
    for code, (name, nato, eu, signed) in DOMAIN_FACTS.items():
        row = rows[code]
        assert (row.name, row.nato, row.eu, row.agreement_date) == (name, nato, eu, date.fromisoformat(signed)), code
        assert row.kind == ("organisation" if code == "EU" else "state"), code


def test_spot_checks(default_doc):
    rows = roster(default_doc)
    gb, ie, jp, al, eu = rows["GB"], rows["IE"], rows["JP"], rows["AL"], rows["EU"]
    assert (gb.nato, gb.eu, gb.agreement_date) == (True, False, date(2024, 1, 12))
    assert (ie.nato, ie.eu) == (False, True)
    assert (jp.nato, jp.eu) == (False, False)
    assert al.agreement_date == date(2025, 1, 21)
    assert eu.kind == "organisation"


def test_parliamentary_approval_flags(default_doc):
    rows = roster(default_doc)
    for code in ("DE", "IT", "ES", "IE"):
        assert rows[code].approval_required, code
        assert rows[code].approval_lead_hours > 0, code
    for code in ("FR", "US"):
        assert not rows[code].approval_required, code
    # Lead times are not published: wherever one applies it is an editable assumption.
    needing = [row for row in rows.values() if row.approval_required]
    assert len(needing) >= 4
    assert all(row.lead_time_assumed for row in needing), [r.code for r in needing if not r.lead_time_assumed]
    assert all(row.approval_basis for row in rows.values())


def test_incident_sequence_spans_several_days(default_doc):
    rows = [row for row in incidents(default_doc) if row.outcome_id is None]   # the trunk
    assert 4 <= len(rows) <= 6
    days = {row.occurred_at.date() for row in rows}
    assert len(days) >= 3
    info = exercise_info(default_doc)
    assert all(info.startex <= row.occurred_at <= info.endex for row in rows)
    assert {row.severity for row in rows} >= {1, 3, 4}     # more than one consultation tier in play


def test_saved_clock_shows_a_living_picture(default_doc):
    snapshot = load_snapshot(default_doc)
    a = assess(snapshot, snapshot.clock_time)
    statuses = np.concatenate([a.reaction.status.ravel(), a.consultation.status.ravel()])
    for status in (MET, PENDING, MISSED):
        assert np.count_nonzero(statuses == status) >= 1, status
    assert np.count_nonzero(a.gap_mask) >= 1
    gap_categories = {c for mask in a.gap_mask for c in mask_categories(int(mask))}
    assert gap_categories
    assert int(a.gate_violation.sum()) >= 1
    # A gate violation is a deployment of a signatory whose parliament must approve.
    for pos in np.flatnonzero(a.gate_violation):
        assert snapshot.com_deploys[pos]
        assert snapshot.sig_approval[snapshot.com_sig[pos]]
    info = exercise_info(default_doc)
    assert info.startex.timestamp() < snapshot.clock_time < info.endex.timestamp()
    assert verify_log(default_doc).intact


def test_every_default_row_passes_the_services_validation(default_doc, blank_doc):
    """Rebuild the default exercise through the services: every row is accepted unchanged."""
    options = treaty_terms(default_doc)
    option_ids = {options[0].id: exercise_info(blank_doc).active_terms_id}
    for option in options[1:]:
        option_ids[option.id] = terms.add_terms_option(blank_doc, name=option.name,
                                                       copy_from=option_ids[options[0].id]).ids[0]
    for option in options:
        terms.update_terms(blank_doc, terms_id=option_ids[option.id], name=option.name,
                           reaction_hours=option.reaction_hours, tiers=json.loads(option.tiers),
                           severity_tiers=json.loads(option.severity_tiers),
                           categories=json.loads(option.categories), coordination=option.coordination,
                           notes=option.notes, kind=option.kind)
    info = exercise_info(default_doc)
    exercise.update_exercise(blank_doc, name=info.name, description=info.description,
                             classification=info.classification, marking_colour=info.marking_colour,
                             startex=info.startex, endex=info.endex)

    signatory_ids, incident_ids = {}, {}
    for row in sorted(signatories(default_doc), key=lambda r: r.id):
        values = {k: v for k, v in row.to_record().items() if k != "id"}
        values["pledges"] = json.loads(values["pledges"])
        signatory_ids[row.id] = signatory_service.create_signatory(blank_doc, **values).ids[0]
    for option in options:   # a new roster member joins every option; the default says who is party to which
        parties = {p.signatory_id: p for p in treaty_parties(default_doc, option.id)}
        for old_id, new_id in signatory_ids.items():
            if old_id in parties:
                party_service.set_party(blank_doc, terms_id=option_ids[option.id], signatory_id=new_id,
                                        bound_from=parties[old_id].bound_from, basis=parties[old_id].basis)
            else:
                party_service.remove_party(blank_doc, terms_id=option_ids[option.id], signatory_id=new_id)
    outcome_ids = {None: None}
    for point in branch_points(default_doc):   # the blank has none, so the outcomes get the same ids
        created = branches.create_branch_point(blank_doc, question=point.question, at=from_epoch(point.at),
                                               outcomes=[o.name for o in point.outcomes],
                                               outcome_id=outcome_ids[point.outcome_id]).ids[0]
        new = next(p for p in branch_points(blank_doc) if p.id == created)
        outcome_ids.update(zip((o.id for o in point.outcomes), (o.id for o in new.outcomes)))
    for row in sorted(incidents(default_doc), key=lambda r: r.id):
        incident_ids[row.id] = incident_service.create_incident(
            blank_doc, incident_type=row.incident_type, severity=row.severity, occurred_at=row.occurred_at,
            location=row.location, description=row.description).ids[0]
        if row.outcome_id is not None:
            branches.assign_outcome(blank_doc, kind="incident", key=incident_ids[row.id],
                                    outcome_id=outcome_ids[row.outcome_id])
    for row in sorted(commitments(default_doc), key=lambda r: r.id):   # same ids, same engine order
        created = responses.create_commitment(
            blank_doc, incident_id=incident_ids[row.incident_id], signatory_id=signatory_ids[row.signatory_id],
            category=row.category, measure=row.measure, announced_at=row.announced_at,
            effective_at=row.effective_at, status=row.status, note=row.note).ids[0]
        if row.outcome_id is not None:
            branches.assign_outcome(blank_doc, kind="commitment", key=created, outcome_id=outcome_ids[row.outcome_id])
    for row in consultations(default_doc):
        responses.record_consultation(blank_doc, incident_id=incident_ids[row.incident_id],
                                      signatory_id=signatory_ids[row.signatory_id], joined_at=row.joined_at,
                                      note=row.note)
    snapshot = load_snapshot(default_doc)
    exercise.save_clock(blank_doc, scenario_time=from_epoch(snapshot.clock_time), running=False,
                        speed=snapshot.clock_speed)

    # Accepted unchanged: the services' cleaning left every value as the default had it.
    def without_ids(rows, *drop):
        return [{k: v for k, v in r.to_record().items() if k not in ("id", *drop)} for r in rows]

    rebuilt_roster = without_ids(signatories(blank_doc))
    assert rebuilt_roster == without_ids(signatories(default_doc))
    assert without_ids(incidents(blank_doc)) == without_ids(incidents(default_doc))
    assert without_ids(commitments(blank_doc)) == without_ids(commitments(default_doc))
    assert without_ids(consultations(blank_doc)) == without_ids(consultations(default_doc))
    assert without_ids(treaty_terms(blank_doc)) == without_ids(treaty_terms(default_doc))
    assert without_ids(treaty_parties(blank_doc), "terms_id", "signatory_id") == \
        without_ids(treaty_parties(default_doc), "terms_id", "signatory_id")

    # And the engine sees the same exercise.
    rebuilt = load_snapshot(blank_doc)
    original, again = assess(snapshot, snapshot.clock_time), assess(rebuilt, rebuilt.clock_time)
    for name in ("status", "margin", "deadline"):
        assert np.array_equal(getattr(original.reaction, name), getattr(again.reaction, name)), name
        assert np.array_equal(getattr(original.consultation, name), getattr(again.consultation, name)), name
    assert np.array_equal(original.gap_mask, again.gap_mask)
    assert np.array_equal(original.gate_violation, again.gate_violation)


def test_the_creation_entry_carries_the_real_wall_time(tmp_path):
    from datetime import UTC, datetime, timedelta

    from model.default_exercise import create_default_exercise
    from model.queries import log_entries

    before = datetime.now(UTC).replace(microsecond=0)
    doc = create_default_exercise(tmp_path / "fresh.pactline")
    try:
        (first, *_rest) = log_entries(doc)
        assert first.text.startswith("Exercise '") and first.text.endswith("created")
        assert first.scenario_time == exercise_info(doc).startex          # scenario: STARTEX
        assert before <= first.wall_time <= datetime.now(UTC) + timedelta(seconds=1)   # wall: when it was made
    finally:
        doc.close()


def test_the_adversarys_answer_is_a_branch_point_whose_outcomes_each_bring_their_own_play(default_doc):
    from model.queries import injects
    (answer,) = branch_points(default_doc)
    assert answer.question == "Adversary's answer to the treaty offer"
    assert [o.name for o in answer.outcomes] == ["accepts", "rejects", "stalls"]
    assert answer.played is None and answer.at > load_snapshot(default_doc).clock_time   # play has not reached it
    by_outcome = {o.id: o.name for o in answer.outcomes}
    placed = {}
    for row in incidents(default_doc):
        if row.outcome_id is not None:
            placed.setdefault(by_outcome[row.outcome_id], []).append(row.incident_type)
    # Accepting brings no new aggression: the first outcome, shown by default, is the trunk's play alone.
    assert placed == {"rejects": ["energy_strike", "ground_incursion"], "stalls": ["hybrid_sabotage"]}
    assert sorted(by_outcome[i.outcome_id] for i in injects(default_doc) if i.outcome_id) == \
        ["accepts", "rejects", "stalls"]
    # Each answer demands something else: the rejection brings more incidents to judge.
    shown = {name: len(load_snapshot(default_doc, choice={answer.id: oid}).inc_ids)
             for oid, name in by_outcome.items()}
    trunk = len([row for row in incidents(default_doc) if row.outcome_id is None])
    assert (shown["accepts"], shown["rejects"], shown["stalls"]) == (trunk, trunk + 2, trunk + 1)
