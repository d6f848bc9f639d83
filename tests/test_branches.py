"""Branch points: membership of incidents, injects and commitments, what is assessed, and resolution in play."""
from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest

from model.branching import branch_points, choice_for, shown_outcomes, taken_outcomes
from model.engine import MISSED, assess
from model.queries import incidents, injects, log_entries
from model.services import branches, incidents as incident_service, injects as inject_service, responses
from model.services import signatories
from model.services.log import verify_log
from model.services.records import restore_records
from model.snapshot import load_snapshot
from model.snapshot_update import updated_snapshot
from model.timeutil import to_epoch, utc
from tests.support import data_rows, logged_once, refused

T0 = utc(2026, 3, 2, 6)


def hours(n: float):
    return T0 + timedelta(hours=n)


@pytest.fixture
def branched(blank_doc):
    """Trunk incident at +1 h; "Answer?" at +5 h: accepts / rejects / stalls, one incident on rejects."""
    doc = blank_doc
    signatories.create_signatory(doc, code="FR", name="France")
    incident_service.create_incident(doc, incident_type="missile_strike", severity=4, occurred_at=hours(1))
    point = branches.create_branch_point(doc, question="Answer?", at=hours(5),
                                         outcomes=["accepts", "rejects", "stalls"]).ids[0]
    accepts, rejects, stalls = (o.id for o in branch_points(doc)[0].outcomes)
    strike = incident_service.create_incident(doc, incident_type="ground_incursion", severity=5,
                                              occurred_at=hours(8)).ids[0]
    branches.assign_outcome(doc, kind="incident", key=strike, outcome_id=rejects)
    return doc, point, (accepts, rejects, stalls), strike


def test_a_branch_point_has_its_question_time_and_outcomes_in_order(branched):
    doc, point, (accepts, rejects, stalls), _ = branched
    (row,) = branch_points(doc)
    assert (row.id, row.question, row.at, row.outcome_id) == (point, "Answer?", int(hours(5).timestamp()), None)
    assert [o.name for o in row.outcomes] == ["accepts", "rejects", "stalls"]


def test_a_branch_point_needs_two_distinct_outcomes(blank_doc):
    refused(blank_doc, "outcomes", lambda: branches.create_branch_point(
        blank_doc, question="Q", at=hours(1), outcomes=["only"]), "at least 2")
    refused(blank_doc, "outcomes", lambda: branches.create_branch_point(
        blank_doc, question="Q", at=hours(1), outcomes=["yes", "Yes"]), "same name")


def test_the_snapshot_holds_the_trunk_and_the_outcome_taken(branched):
    doc, point, (accepts, rejects, stalls), strike = branched
    # Nothing chosen, nothing played: the first outcome, which holds no incident.
    default = load_snapshot(doc)
    assert default.taken == {point: accepts}
    assert len(default.inc_ids) == 1 and strike not in default.inc_ids
    rejected = load_snapshot(doc, choice={point: rejects})
    assert rejected.taken == {point: rejects}
    assert strike in rejected.inc_ids and len(rejected.inc_ids) == 2
    # The engine judges what the snapshot holds: the rejection's incident has its own obligations.
    at = hours(40).timestamp()
    assert assess(rejected, at).reaction.count(MISSED).sum() == 2 and assess(default, at).reaction.count(MISSED).sum() == 1


def test_commitments_follow_their_incident_and_their_own_outcome(branched):
    doc, point, (accepts, rejects, stalls), strike = branched
    trunk_incident = next(i.id for i in incidents(doc) if i.outcome_id is None)
    fr = load_snapshot(doc).sig_ids[0]
    on_trunk = responses.create_commitment(doc, incident_id=trunk_incident, signatory_id=int(fr), category="political",
                                           measure="joint_statement", announced_at=hours(2)).ids[0]
    on_stalls = responses.create_commitment(doc, incident_id=trunk_incident, signatory_id=int(fr),
                                            category="economic", measure="sanctions_package",
                                            announced_at=hours(9)).ids[0]
    branches.assign_outcome(doc, kind="commitment", key=on_stalls, outcome_id=stalls)
    of_strike = responses.create_commitment(doc, incident_id=strike, signatory_id=int(fr), category="political",
                                            measure="joint_statement", announced_at=hours(9)).ids[0]
    assert set(load_snapshot(doc, choice={point: accepts}).com_ids) == {on_trunk}
    assert set(load_snapshot(doc, choice={point: stalls}).com_ids) == {on_trunk, on_stalls}
    assert set(load_snapshot(doc, choice={point: rejects}).com_ids) == {on_trunk, of_strike}


def test_branch_points_nest_under_an_outcome(branched):
    doc, point, (accepts, rejects, stalls), strike = branched
    inner = branches.create_branch_point(doc, question="Escalate?", at=hours(10), outcomes=["yes", "no"],
                                         outcome_id=rejects).ids[0]
    points = branch_points(doc)
    yes, no = (o.id for o in next(p for p in points if p.id == inner).outcomes)
    late = incident_service.create_incident(doc, incident_type="full_scale_offensive", severity=5,
                                            occurred_at=hours(12)).ids[0]
    branches.assign_outcome(doc, kind="incident", key=late, outcome_id=yes)
    # Under "accepts" the nested branch point is not reached at all.
    assert taken_outcomes(points, {point: accepts}) == {point: accepts}
    assert shown_outcomes(points, {point: rejects}) == {rejects, yes}
    # Choosing the nested outcome takes the outcome it hangs from too.
    assert choice_for(points, yes) == {inner: yes, point: rejects}
    snap = load_snapshot(doc, choice=choice_for(points, yes))
    assert {strike, late} <= set(snap.inc_ids.tolist())
    assert late not in load_snapshot(doc, choice={point: rejects, inner: no}).inc_ids
    # A branch point cannot hang from its own outcomes.
    refused(doc, "outcome_id", lambda: branches.update_branch_point(doc, branch_point_id=point, outcome_id=yes), "its own outcomes")


def test_copying_an_incident_to_another_outcome_copies_its_records(branched):
    doc, point, (accepts, rejects, stalls), strike = branched
    fr = int(load_snapshot(doc).sig_ids[0])
    responses.create_commitment(doc, incident_id=strike, signatory_id=fr, category="political",
                                measure="joint_statement", announced_at=hours(9))
    responses.record_consultation(doc, incident_id=strike, signatory_id=fr, joined_at=hours(10))
    report = logged_once(doc, lambda: branches.copy_incident(doc, incident_id=strike, outcome_id=stalls), "edit")
    copy = report.ids[0]
    assert report.created.keys() >= {"incident", "commitment", "consultation"}
    stalled = load_snapshot(doc, choice={point: stalls})
    assert copy in stalled.inc_ids and strike not in stalled.inc_ids
    position = stalled.incident_position(copy)
    assert stalled.consultation_time[position, 0] == int(hours(10).timestamp())
    assert stalled.reaction_time[position, 0] == int(hours(9).timestamp())
    refused(doc, "outcome_id", lambda: branches.copy_incident(doc, incident_id=strike, outcome_id=rejects), "already")


def test_deleting_a_branch_point_takes_its_outcomes_records_and_undo_puts_them_back(branched):
    doc, point, (accepts, rejects, stalls), strike = branched
    inner = branches.create_branch_point(doc, question="Escalate?", at=hours(10), outcomes=["yes", "no"],
                                         outcome_id=rejects).ids[0]
    inject = inject_service.create_inject(doc, scenario_time=hours(11), synopsis="Ultimatum").ids[0]
    branches.assign_outcome(doc, kind="inject", key=inject, outcome_id=rejects)
    before = data_rows(doc)
    report = branches.delete_branch_point(doc, branch_point_id=point)
    assert report.deleted["branch_point"] == {point, inner}
    assert report.deleted["incident"] == {strike} and report.deleted["inject"] == {inject}
    assert branch_points(doc) == [] and len(incidents(doc)) == 1
    restore_records(doc, records=report.removed)
    assert data_rows(doc) == before
    assert verify_log(doc).intact


def test_an_outcome_goes_only_while_two_remain(branched):
    doc, point, (accepts, rejects, stalls), strike = branched
    report = branches.delete_outcome(doc, outcome_id=rejects)
    assert report.deleted["incident"] == {strike}
    refused(doc, "outcome", lambda: branches.delete_outcome(doc, outcome_id=stalls), "at least 2")
    branches.rename_outcome(doc, outcome_id=stalls, name="drags its feet")
    assert [o.name for o in branch_points(doc)[0].outcomes] == ["accepts", "drags its feet"]


def test_the_incremental_snapshot_follows_an_assignment_to_another_outcome(branched):
    doc, point, (accepts, rejects, stalls), strike = branched
    snap = load_snapshot(doc, choice={point: rejects})
    trunk_incident = next(i.id for i in incidents(doc) if i.outcome_id is None)
    report = branches.assign_outcome(doc, kind="incident", key=trunk_incident, outcome_id=accepts)
    updated = updated_snapshot(doc, snap, report)
    assert updated is None   # left the outcomes shown: a reload, which leaves it out
    reloaded = load_snapshot(doc, choice=snap.taken)
    assert trunk_incident not in reloaded.inc_ids
    moved = incident_service.update_incident(doc, incident_id=strike, occurred_at=hours(9))
    followed = updated_snapshot(doc, reloaded, moved)
    assert followed is not None and followed.taken == {point: rejects}
    assert followed.inc_time[followed.incident_position(strike)] == int(hours(9).timestamp())


# -- conduct ---------------------------------------------------------------------------------------
@pytest.fixture
def scripted(branched):
    """One trunk inject and one inject per outcome, after the branch point."""
    doc, point, outcomes, strike = branched
    ids = {}
    for name, outcome in (("trunk", None), *zip(("accepts", "rejects", "stalls"), outcomes)):
        ids[name] = inject_service.create_inject(doc, scenario_time=hours(6), synopsis=f"{name} message",
                                                 number=f"{len(ids) + 1}").ids[0]
        if outcome is not None:
            branches.assign_outcome(doc, kind="inject", key=ids[name], outcome_id=outcome)
    return doc, point, outcomes, ids


def test_injects_of_an_unresolved_branch_point_wait(scripted):
    doc, point, outcomes, ids = scripted
    assert [i.id for i in inject_service.due_injects(doc, now=hours(7))] == [ids["trunk"]]
    assert branches.reached_unresolved(doc, now=hours(4)) == []
    assert [p.id for p in branches.reached_unresolved(doc, now=hours(5))] == [point]


def test_the_first_views_next_planned_time_waits_for_the_resolution_too(scripted):
    """model/storage/reading.py's Core read (the clock's next stop) agrees with the service."""
    from model.storage import reading

    doc, point, (_accepts, rejects, _stalls), ids = scripted
    trunk_time = to_epoch(next(i for i in injects(doc) if i.id == ids["trunk"]).delivery_time)
    inject_service.deliver_inject(doc, inject_id=ids["trunk"], at=hours(6))
    assert reading.next_planned_time(doc, after=trunk_time - 1) is None   # the outcomes' injects wait
    branches.resolve_branch_point(doc, branch_point_id=point, outcome_id=rejects, at=hours(5))
    assert reading.next_planned_time(doc, after=trunk_time - 1) == trunk_time   # the played outcome's is due


def test_resolving_skips_and_logs_the_other_outcomes_injects(scripted):
    doc, point, (accepts, rejects, stalls), ids = scripted
    before = len(log_entries(doc))
    report = branches.resolve_branch_point(doc, branch_point_id=point, outcome_id=rejects, at=hours(5))
    entries = log_entries(doc)[before:]
    assert [e.kind for e in entries] == ["decision", "inject", "inject"]
    assert entries[0].text == "Branch point 'Answer?' resolved at D+0 11:00: rejects"
    assert entries[1].text == "Inject 2 skipped: its outcome 'accepts' of 'Answer?' was not played"
    assert entries[2].text == "Inject 4 skipped: its outcome 'stalls' of 'Answer?' was not played"
    status = {i.id: i.status for i in injects(doc)}
    assert (status[ids["accepts"]], status[ids["stalls"]], status[ids["rejects"]]) == ("skipped", "skipped",
                                                                                       "planned")
    assert [i.id for i in inject_service.due_injects(doc, now=hours(7))] == [ids["trunk"], ids["rejects"]]
    # What was played is what is assessed, without a choice.
    assert load_snapshot(doc).taken == {point: rejects}
    refused(doc, "branch_point", lambda: branches.resolve_branch_point(doc, branch_point_id=point, outcome_id=accepts,
                                                                       at=hours(6)), "already resolved")
    # Taken back: nothing played, the skipped injects planned again, one correction logged.
    branches.unresolve_branch_point(doc, branch_point_id=point, skipped=report.previous["skipped"])
    assert {i.id: i.status for i in injects(doc)}[ids["accepts"]] == "planned"
    assert log_entries(doc)[-1].kind == "correction"
    assert verify_log(doc).intact


def test_a_delivered_incident_inject_of_an_outcome_creates_its_incident_there(scripted):
    doc, point, (accepts, rejects, stalls), ids = scripted
    inject = inject_service.create_inject(doc, scenario_time=hours(7), inject_type="incident",
                                          incident_type="energy_strike", synopsis="Grid strike").ids[0]
    branches.assign_outcome(doc, kind="inject", key=inject, outcome_id=rejects)
    branches.resolve_branch_point(doc, branch_point_id=point, outcome_id=rejects, at=hours(5))
    inject_service.deliver_inject(doc, inject_id=inject, at=hours(7))
    created = next(i for i in incidents(doc) if i.incident_type == "energy_strike")
    assert created.outcome_id == rejects


def test_a_nested_branch_point_is_resolved_only_after_its_outcome_is_played(scripted):
    doc, point, (accepts, rejects, stalls), ids = scripted
    inner = branches.create_branch_point(doc, question="Escalate?", at=hours(10), outcomes=["yes", "no"],
                                         outcome_id=rejects).ids[0]
    yes = branch_points(doc)[1].outcomes[0].id
    refused(doc, "branch_point", lambda: branches.resolve_branch_point(doc, branch_point_id=inner, outcome_id=yes, at=hours(10)),
            "has not been played")
    assert branches.reached_unresolved(doc, now=hours(11))[0].id == point
    branches.resolve_branch_point(doc, branch_point_id=point, outcome_id=rejects, at=hours(5))
    assert [p.id for p in branches.reached_unresolved(doc, now=hours(11))] == [inner]
    branches.resolve_branch_point(doc, branch_point_id=inner, outcome_id=yes, at=hours(10))
    assert np.array_equal(sorted(load_snapshot(doc).outcomes), sorted({rejects, yes}))


# -- options crossed with outcomes -----------------------------------------------------------------
def test_each_option_is_judged_on_the_trunk_plus_one_outcome(default_doc):
    from model.outcome_comparison import compare_option_outcomes, outcome_snapshot
    from model.snapshot import terms_ids
    (answer,) = branch_points(default_doc)
    accepts, rejects, stalls = (o.id for o in answer.outcomes)
    options = terms_ids(default_doc)
    at = hours(24 * 4).timestamp()
    pairs = [(t, o) for t in options for o in (accepts, rejects)]
    results = compare_option_outcomes(default_doc, pairs, at=at)
    assert [(r.terms_id, r.outcome_id) for r in results] == pairs
    assert results[1].outcome == "Adversary's answer to the treaty offer: rejects"
    by = {(r.terms_id, r.outcome_id): r.result for r in results}
    for terms_id in options:
        # The rejection brings two more incidents, so more is owed under every option.
        owed = {o: by[terms_id, o].met + by[terms_id, o].missed + by[terms_id, o].pending for o in (accepts, rejects)}
        assert owed[rejects] > owed[accepts], terms_id
        assert len(by[terms_id, rejects].parties_bound) == len(by[terms_id, accepts].parties_bound) + 2
    # The same figures as the snapshot of that outcome alone.
    assert len(outcome_snapshot(default_doc, stalls).inc_ids) == len(outcome_snapshot(default_doc, accepts).inc_ids) + 1
