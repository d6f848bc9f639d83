"""The default exercise's rejection branch carries planned responses, so that judged as of ENDEX the
three treaty options answer the planner's question: which meets the consultation obligations fastest,
and where a parliament delays a military measure. Planned values are marked as assumptions."""
from __future__ import annotations

import numpy as np

from model.branching import branch_points, find_outcome
from model.comparison import judge_option
from model.outcome_comparison import outcome_snapshot
from model.snapshot import load_options, terms_ids
from model.vocabulary import CATEGORIES
from model.entities import Commitment, Consultation, Incident


def judged_at_endex(doc):
    rejects = find_outcome(branch_points(doc), "rejects")
    record = outcome_snapshot(doc, rejects)
    options = load_options(doc, terms_ids(doc))
    return record, {t.kind: judge_option(record, t, float(record.endex)) for t in options}


def position(record, doc, location: str) -> int:
    with doc.reading() as session:
        incident_id = session.query(Incident.id).filter_by(location=location).scalar()
    return int(np.flatnonzero(record.inc_ids == incident_id)[0])


def test_as_of_endex_the_reassurance_force_meets_the_consultations_fastest(default_doc):
    _, results = judged_at_endex(default_doc)
    medians = {kind: r.consultation.median_s for kind, r in results.items()}
    assert all(m is not None for m in medians.values())
    assert medians["stationed_force"] < medians["collective"]
    assert medians["stationed_force"] < medians["bilateral"]
    # Bilateral agreements owe every partner 24 h whatever the severity: more missed than the pact's tiers.
    assert results["bilateral"].consultation.missed > results["collective"].consultation.missed
    assert len({(r.consultation.met, r.consultation.missed) for r in results.values()}) == 3
    # Nothing of the branch is pending at ENDEX any more: its consultations were all judged.
    for r in results.values():
        assert r.consultation.pending < r.consultation.met


def test_a_parliament_delays_the_dutch_air_policing_except_under_the_force_mandate(default_doc):
    record, results = judged_at_endex(default_doc)
    strike = position(record, default_doc, "Dnipro thermal power plant")
    military = CATEGORIES.index("military")
    pact, force = results["collective"], results["stationed_force"]
    assert "NL" in pact.approvals_needed and "NL" in results["bilateral"].approvals_needed
    assert "NL" not in force.approvals_needed            # a contributor acts under the mandate it holds
    assert pact.gate_violations == force.gate_violations + 1
    delayed, prompt = pact.first_effective_s[strike, military], force.first_effective_s[strike, military]
    assert delayed - 72 * 3600 >= 0 and prompt <= 9 * 3600 and delayed > prompt + 60 * 3600


def test_italy_s_chambers_gate_its_deployment_in_every_option(default_doc):
    _, results = judged_at_endex(default_doc)
    for r in results.values():
        assert "IT" in r.approvals_needed


def test_the_planned_responses_are_marked_as_assumptions(default_doc):
    rejects = find_outcome(branch_points(default_doc), "rejects")
    with default_doc.reading() as session:
        branch = [i.id for i in session.query(Incident).filter_by(outcome_id=rejects)]
        commitments = session.query(Commitment).filter(Commitment.incident_id.in_(branch)).all()
        consultations = session.query(Consultation).filter(Consultation.incident_id.in_(branch)).all()
        assert len(consultations) == 2 * 28 and len(commitments) >= 2 * 27
        planned = [c for c in commitments if c.note]
        assert len(planned) == len(commitments) - 1       # the French air-defence pledge came before
        assert all("assumption" in c.note for c in planned + consultations)
