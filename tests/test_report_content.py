"""Report content: what the after-action report says, read off the engine and the file (no Qt)."""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from model import queries
from model.engine import MET, MISSED, PENDING, STATUS_NAMES, assess
from model.findings import gap_findings, gate_findings, missed_findings
from model.playbook import playbook_content
from model.report_content import SECTION_TITLES, build_report_content, report_time
from model.timeline_data import live_commitments
from model.services import evaluation, exercise, log
from model.snapshot import load_snapshot
from model.timeutil import to_epoch, utc
from model.vocabulary import CATEGORIES
from msel_sample import SAMPLE_MSEL, add_sample_msel

OBSERVED = "The coordination cell convened within 2 hours of the strike"
TO_IMPROVE = "Points of contact were missing for four delegations"


def add_evaluation(doc) -> None:
    """Objectives, ratings, observations and an improvement-plan item, as evaluators enter them."""
    o1 = evaluation.create_objective(doc, code="O1", title="Activate coordination within 24 h",
                                     capability="Operational coordination", rating="S",
                                     rating_note="Convened quickly; contact lists incomplete").ids[0]
    evaluation.create_objective(doc, code="O2", title="Timely reaction by every signatory", rating="M")
    evaluation.record_observation(doc, objective_id=o1, kind="strength", text=OBSERVED)
    evaluation.record_observation(doc, objective_id=o1, kind="improvement", text=TO_IMPROVE)
    evaluation.create_improvement(doc, objective_id=o1, issue=TO_IMPROVE,
                                  corrective_action="Maintain a 24/7 contact list in the coordination cell",
                                  capability="Operational coordination", responsible_org="Coordination cell",
                                  point_of_contact="Cell chief of staff", start_date=date(2026, 4, 1),
                                  completion_date=date(2026, 6, 30))


def assessment_at(doc, when):
    return assess(load_snapshot(doc), to_epoch(when))


def test_the_default_time_is_the_saved_clock_before_endex(default_doc):
    info = queries.exercise_info(default_doc)
    content = build_report_content(default_doc)
    clock = report_time(default_doc)
    assert clock < info.endex
    assert content.as_of.startswith("D+2 09:00")
    assert not content.at_endex and "before ENDEX" in content.as_of_note


def test_a_clock_past_endex_reports_at_endex(default_doc):
    info = queries.exercise_info(default_doc)
    assert report_time(default_doc, info.endex + timedelta(hours=5)) == info.endex
    content = build_report_content(default_doc, at=report_time(default_doc, info.endex + timedelta(hours=5)))
    assert content.at_endex and content.as_of_note == "Assessed at ENDEX."
    assert content.as_of.startswith("D+4 18:00")


@pytest.mark.parametrize("hours_after_startex", [30, 51, 108])
def test_counts_agree_with_the_engine(default_doc, hours_after_startex):
    info = queries.exercise_info(default_doc)
    at = info.startex + timedelta(hours=hours_after_startex)
    content = build_report_content(default_doc, at=at)
    a = assessment_at(default_doc, at)
    for kind, ob in (("reactions", a.reaction), ("consultations", a.consultation)):
        for status in (MET, MISSED, PENDING):
            name = STATUS_NAMES[status]
            assert sum(getattr(row, kind)[name] for row in content.compliance) == int((ob.status == status).sum())
    figures = dict(content.key_figures)
    assert figures["Consultation deadlines met / missed / pending"] == " / ".join(
        str(int((a.consultation.status == s).sum())) for s in (MET, MISSED, PENDING))
    assert figures["Commitments announced"] == str(int(live_commitments(a).sum()))
    assert figures["Parliamentary gate violations"] == str(int(a.gate_violation.sum()))
    # the matrix counts the same commitments as the compliance table, by category
    assert sum(sum(row) for row in content.matrix) == int(live_commitments(a).sum())
    assert [row.commitments for row in content.compliance] == [tuple(r) for r in content.matrix]


def test_each_signatory_outcome_is_the_engines_status_and_latency(default_doc):
    content = build_report_content(default_doc)
    a = assessment_at(default_doc, report_time(default_doc))
    snap = a.snapshot
    for i, incident in enumerate(content.incidents):
        assert incident.id == int(snap.inc_ids[i])
        assert incident.reaction_counts["missed"] == int(a.reaction.count(MISSED)[i])
        assert incident.tier_hours == int(a.tier_hours[i])
        for s, response in enumerate(incident.responses):
            assert response.code == snap.sig_codes[s]
            assert response.reaction.status == STATUS_NAMES[int(a.reaction.status[i, s])]
            assert response.consultation.status == STATUS_NAMES[int(a.consultation.status[i, s])]
            done = int(a.consultation.done_at[i, s])
            if response.consultation.latency_h is not None:
                assert response.consultation.latency_h == pytest.approx((done - int(snap.inc_time[i])) / 3600)
    ireland = next(r for r in content.incidents[0].responses if r.code == "IE")
    assert ireland.consultation.status == "missed" and ireland.consultation.latency_h is None
    assert ireland.consultation.margin.startswith("not done")


def test_findings_texts_are_reused_not_rewritten(default_doc):
    content = build_report_content(default_doc)
    a = assessment_at(default_doc, report_time(default_doc))
    assert list(content.missed_texts) == [f.text for f in missed_findings(a, limit=0)]
    assert list(content.gap_texts) == [f.text for f in gap_findings(a, limit=0)]
    gates = gate_findings(a, {i.code: i.name for i in queries.instruments(default_doc)}, limit=0)
    assert [t for t, _v in content.gate_texts] == [f.text for f in gates]
    assert any(violation for _t, violation in content.gate_texts)       # IT deploys before its vote
    assert content.gap_texts and all("no " in t for t in content.gap_texts)


def test_overview_parts(default_doc):
    content = build_report_content(default_doc)
    assert content.signatory_count == 29 == len(content.compliance) == len(content.latency)
    germany = next(p for p in content.participants if p.code == "DE")
    assert germany.nato and germany.eu and germany.agreement == "16 Feb 2024"
    assert germany.approval == "required, 72 h (assumed)" and "Bundestag" in germany.approval_basis
    assert "DE" in [p.code for p in content.gated_signatories]
    assert content.terms.reaction_hours == 24 and content.terms.tiers == (24, 48, 72)
    assert content.terms.severity_rule[0][1] == 72 and content.terms.severity_rule[4][1] == 24
    assert "not NATO-led" in content.terms.coordination
    assert len(SECTION_TITLES) == 13
    # the timeline spans the exercise and every consultation window
    t = content.timeline
    assert t.start <= t.startex and t.end >= max(i.consultation_deadline for i in t.incidents)
    assert {c.category for c in t.commitments} <= set(CATEGORIES)


def test_future_incidents_owe_nothing(default_doc):
    content = build_report_content(default_doc)
    future = [i for i in content.incidents if not i.occurred]
    assert future and all(r.reaction.status == "not due" for i in future for r in i.responses)
    assert all(bar.incident_id not in {i.id for i in future}
               for row in content.latency for bar in row.reaction + row.consultation)


def test_evaluation_is_reported(blank_doc):
    add_evaluation(blank_doc)
    content = build_report_content(blank_doc)
    o1, o2 = content.objectives
    assert (o1.code, o1.rating, o1.rating_name) == ("O1", "S", "Performed with some challenges")
    assert o1.strengths == (OBSERVED,) and o1.improvements == (TO_IMPROVE,)
    assert o2.rating_name == "Performed with major challenges" and not o2.strengths
    (item,) = content.improvement_plan
    assert (item.objective, item.issue, item.responsible_org) == ("O1", TO_IMPROVE, "Coordination cell")
    assert (item.start, item.completion) == ("1 Apr 2026", "30 Jun 2026")
    assert set(content.rating_names) == {"P", "S", "M", "U"}


def test_the_log_excerpt_keeps_decisions_not_edits(default_doc):
    log.add_log_entry(default_doc, kind="decision", text="Chair convenes the consultation for incident #1")
    log.add_log_entry(default_doc, kind="attendance", text="DE joined the consultation")
    exercise.update_exercise(default_doc, description="Edited while planning")
    content = build_report_content(default_doc)
    texts = [e.text for e in content.log]
    assert texts[-2:] == ["Chair convenes the consultation for incident #1", "DE joined the consultation"]
    assert not any("Edited while planning" in t or "created" in t for t in texts)
    assert content.log[-2].kind == "decision" and content.log[-2].scenario.startswith("D+")
    assert content.log_left_out == 0


def test_the_playbook_lists_injects_in_delivery_order(blank_doc):
    assert playbook_content(blank_doc).entries == ()
    add_sample_msel(blank_doc)
    playbook = playbook_content(blank_doc)
    assert [e.number for e in playbook.entries] == [item["number"] for item in SAMPLE_MSEL]
    second = playbook.entries[1]
    assert (second.delivery, second.scenario) == ("D+0 08:00", "D+0 08:15")
    assert second.sender == "Protected state MFA" and second.status == "planned" and second.delivered == ""
    assert playbook.title == "Blank test" and playbook.startex == "Mon 2 Mar 2026 06:00 UTC"


def test_a_blank_exercise_reports_without_data(blank_doc):
    content = build_report_content(blank_doc, at=utc(2026, 3, 3))
    assert content.incidents == () and content.participants == () and content.log == ()
    assert np.array(content.matrix).size == 0
    assert dict(content.key_figures)["Signatories"] == "0"
