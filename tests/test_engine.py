"""The treaty engine, the countdown list and the exercise clock.

Exercises are built with the services on a blank exercise (default terms:
reaction 24 h; consultation S1-S2 72 h, S3 48 h, S4-S5 24 h) and judged with
assess(load_snapshot(doc), now). The clock runs on an injected wall time.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest

from model.catalogue import mask_categories
from model.clock import ExerciseClock
from model.countdowns import countdowns
from model.engine import MET, MISSED, NOT_DUE, NOT_OBLIGED, PENDING, assess
from model.queries import exercise_info
from model.services import incidents, responses, signatories, terms
from model.snapshot import NO_TIME, load_snapshot
from model.timeutil import NaiveDatetimeError, utc

T0 = utc(2026, 3, 2, 8)      # the first incident of most tests
H = 3600


def at(hours: float = 0, seconds: int = 0) -> datetime:
    return T0 + timedelta(hours=hours, seconds=seconds)


def ep(moment: datetime) -> float:
    return moment.timestamp()


def add_signatory(doc, code: str, **values) -> int:
    values.setdefault("name", f"State {code}")
    values.setdefault("agreement_date", date(2024, 1, 1))
    return signatories.create_signatory(doc, code=code, **values).ids[0]


def add_incident(doc, *, severity: int = 3, when: datetime = T0, kind: str = "missile_strike") -> int:
    return incidents.create_incident(doc, incident_type=kind, severity=severity, occurred_at=when).ids[0]


def commit(doc, incident_id: int, signatory_id: int, *, announced: datetime, category: str = "political",
           measure: str = "joint_statement", effective: datetime | None = None, status: str = "announced") -> int:
    return responses.create_commitment(doc, incident_id=incident_id, signatory_id=signatory_id,
                                       category=category, measure=measure, announced_at=announced,
                                       effective_at=effective, status=status).ids[0]


def attend(doc, incident_id: int, signatory_id: int, joined: datetime | None) -> int:
    return responses.record_consultation(doc, incident_id=incident_id, signatory_id=signatory_id,
                                         joined_at=joined).ids[0]


def assessed(doc, now: datetime, terms_id: int | None = None):
    return assess(load_snapshot(doc, terms_id), ep(now))


def cell(assessment, kind: str, incident_id: int, signatory_id: int) -> tuple[int, float]:
    snapshot = assessment.snapshot
    i, s = snapshot.incident_position(incident_id), snapshot.signatory_position(signatory_id)
    obligations = getattr(assessment, kind)
    return int(obligations.status[i, s]), float(obligations.margin[i, s])


def gaps(assessment, incident_id: int) -> set[str]:
    return set(mask_categories(int(assessment.gap_mask[assessment.snapshot.incident_position(incident_id)])))


# -- deadlines ------------------------------------------------------------------------
def test_consultation_tier_follows_severity_and_reaction_is_24h(blank_doc):
    add_signatory(blank_doc, "DE")
    ids = {severity: add_incident(blank_doc, severity=severity) for severity in range(1, 6)}
    a = assessed(blank_doc, at(1))
    expected_tier = {1: 72, 2: 72, 3: 48, 4: 24, 5: 24}
    for severity, incident_id in ids.items():
        pos = a.snapshot.incident_position(incident_id)
        assert a.tier_hours[pos] == expected_tier[severity]
        assert a.consultation_deadline[pos] == ep(at(expected_tier[severity]))
        assert a.reaction_deadline[pos] == ep(at(24))


def test_attendance_exactly_at_the_deadline_is_met_one_second_later_is_missed(blank_doc):
    on_time, late = add_signatory(blank_doc, "DE"), add_signatory(blank_doc, "FR")
    incident = add_incident(blank_doc, severity=3)                # consult within 48 h
    attend(blank_doc, incident, on_time, at(48))
    attend(blank_doc, incident, late, at(48, seconds=1))

    a = assessed(blank_doc, at(60))
    assert cell(a, "consultation", incident, on_time) == (MET, 0.0)
    assert cell(a, "consultation", incident, late) == (MISSED, 1.0)
    pos = a.snapshot.incident_position(incident)
    assert a.consultation.done_at[pos, a.snapshot.signatory_position(late)] == ep(at(48, seconds=1))

    # At the deadline itself the late attendance has not happened yet: still pending, no time left.
    a = assessed(blank_doc, at(48))
    assert cell(a, "consultation", incident, on_time) == (MET, 0.0)
    assert cell(a, "consultation", incident, late) == (PENDING, 0.0)


def test_reaction_exactly_at_the_deadline_is_met_one_second_later_is_missed(blank_doc):
    on_time, late = add_signatory(blank_doc, "DE"), add_signatory(blank_doc, "FR")
    incident = add_incident(blank_doc)
    commit(blank_doc, incident, on_time, announced=at(24))
    commit(blank_doc, incident, late, announced=at(24, seconds=1))
    a = assessed(blank_doc, at(30))
    assert cell(a, "reaction", incident, on_time) == (MET, 0.0)
    assert cell(a, "reaction", incident, late) == (MISSED, 1.0)


def test_nothing_done_is_pending_up_to_the_deadline_then_missed(blank_doc):
    signatory = add_signatory(blank_doc, "DE")
    incident = add_incident(blank_doc, severity=4)                # consult within 24 h
    a = assessed(blank_doc, at(24))
    assert cell(a, "consultation", incident, signatory) == (PENDING, 0.0)
    assert cell(a, "reaction", incident, signatory) == (PENDING, 0.0)
    a = assessed(blank_doc, at(24, seconds=1))
    assert cell(a, "consultation", incident, signatory) == (MISSED, 1.0)
    assert cell(a, "reaction", incident, signatory) == (MISSED, 1.0)
    a = assessed(blank_doc, at(10))
    assert cell(a, "reaction", incident, signatory) == (PENDING, 14.0 * H)
    # The running clock passes fractions of a second.
    a = assess(load_snapshot(blank_doc), ep(at(10)) + 0.25)
    assert cell(a, "reaction", incident, signatory) == (PENDING, 14.0 * H - 0.25)


def test_future_incident_is_not_due(blank_doc):
    signatory = add_signatory(blank_doc, "DE")
    incident = add_incident(blank_doc, when=at(5))
    a = assessed(blank_doc, at(5, seconds=-1))
    assert not a.occurred[a.snapshot.incident_position(incident)]
    assert cell(a, "reaction", incident, signatory) == (NOT_DUE, 0.0)
    assert cell(a, "consultation", incident, signatory) == (NOT_DUE, 0.0)
    a = assessed(blank_doc, at(5))
    assert a.occurred[a.snapshot.incident_position(incident)]
    assert cell(a, "reaction", incident, signatory)[0] == PENDING


def test_signatory_whose_agreement_came_later_is_not_obliged(blank_doc):
    late_signer = add_signatory(blank_doc, "AL", agreement_date=date(2026, 3, 4))
    no_date = add_signatory(blank_doc, "DE", agreement_date=None)
    before = add_incident(blank_doc, when=utc(2026, 3, 3, 23, 59, 59))
    same_day = add_incident(blank_doc, when=utc(2026, 3, 4, 0, 0, 0))
    a = assessed(blank_doc, utc(2026, 3, 4, 1))
    assert cell(a, "reaction", before, late_signer) == (NOT_OBLIGED, 0.0)
    assert cell(a, "consultation", before, late_signer) == (NOT_OBLIGED, 0.0)
    assert cell(a, "reaction", same_day, late_signer)[0] == PENDING
    assert cell(a, "reaction", before, no_date)[0] == PENDING   # no date recorded: always obliged
    assert a.reaction.count(NOT_OBLIGED)[a.snapshot.incident_position(before)] == 1


def test_attendance_recorded_for_a_later_time_does_not_count_yet(blank_doc):
    signatory = add_signatory(blank_doc, "DE")
    incident = add_incident(blank_doc, severity=3)
    attend(blank_doc, incident, signatory, at(10))
    a = assessed(blank_doc, at(5))
    assert cell(a, "consultation", incident, signatory) == (PENDING, 43.0 * H)
    pos, s = a.snapshot.incident_position(incident), a.snapshot.signatory_position(signatory)
    assert a.consultation.done_at[pos, s] == NO_TIME
    a = assessed(blank_doc, at(10))
    assert cell(a, "consultation", incident, signatory) == (MET, 38.0 * H)


def test_declared_absence_is_not_attendance(blank_doc):
    signatory = add_signatory(blank_doc, "IS")
    incident = add_incident(blank_doc, severity=4)
    attend(blank_doc, incident, signatory, None)
    a = assessed(blank_doc, at(30))
    assert cell(a, "consultation", incident, signatory) == (MISSED, 6.0 * H)
    assert a.snapshot.consultation_absent[a.snapshot.incident_position(incident),
                                          a.snapshot.signatory_position(signatory)]


def test_reaction_is_the_first_announced_commitment(blank_doc):
    signatory = add_signatory(blank_doc, "DE")
    other = add_signatory(blank_doc, "FR")
    incident = add_incident(blank_doc)
    second_incident = add_incident(blank_doc, when=at(1))
    commit(blank_doc, incident, signatory, announced=at(30), category="economic", measure="sanctions_package")
    commit(blank_doc, incident, signatory, announced=at(2))
    # A commitment to another incident is no reaction to this one.
    commit(blank_doc, second_incident, other, announced=at(2))
    a = assessed(blank_doc, at(40))
    assert cell(a, "reaction", incident, signatory) == (MET, 22.0 * H)
    pos = a.snapshot.incident_position(incident)
    assert a.reaction.done_at[pos, a.snapshot.signatory_position(signatory)] == ep(at(2))
    assert cell(a, "reaction", incident, other) == (MISSED, 16.0 * H)
    # Before the first announcement it has not happened yet.
    a = assessed(blank_doc, at(1))
    assert cell(a, "reaction", incident, signatory) == (PENDING, 23.0 * H)


# -- proportionality ---------------------------------------------------------------------
def test_gap_is_expected_categories_minus_live_commitments(blank_doc):
    de, fr = add_signatory(blank_doc, "DE"), add_signatory(blank_doc, "FR")
    incident = add_incident(blank_doc, severity=3)       # missile strike S3: political, economic, military
    a = assessed(blank_doc, at(1))
    assert set(mask_categories(int(a.expected_mask[0]))) == {"political", "economic", "military"}
    assert gaps(a, incident) == {"political", "economic", "military"}

    commit(blank_doc, incident, de, announced=at(2))
    commit(blank_doc, incident, fr, announced=at(3), category="economic", measure="sanctions_package",
           status="withdrawn")
    commit(blank_doc, incident, fr, announced=at(10), category="military", measure="air_defence_delivery")
    a = assessed(blank_doc, at(5))
    assert gaps(a, incident) == {"economic", "military"}   # withdrawn does not count, future not yet
    assert set(mask_categories(int(a.committed_mask[0]))) == {"political"}
    a = assessed(blank_doc, at(10))
    assert gaps(a, incident) == {"economic"}


def test_categories_outside_the_treaty_scope_are_not_expected(blank_doc):
    add_signatory(blank_doc, "DE")
    incident = add_incident(blank_doc, severity=3)
    terms_id = exercise_info(blank_doc).active_terms_id
    terms.update_terms(blank_doc, terms_id=terms_id, categories=["political", "cyber", "humanitarian"])
    a = assessed(blank_doc, at(1))
    assert set(mask_categories(int(a.expected_mask[0]))) == {"political"}
    assert gaps(a, incident) == {"political"}


def test_future_incident_has_no_gap(blank_doc):
    add_signatory(blank_doc, "DE")
    incident = add_incident(blank_doc, severity=5, when=at(10))
    a = assessed(blank_doc, at(9))
    assert int(a.expected_mask[0]) != 0
    assert gaps(a, incident) == set()
    assert gaps(assessed(blank_doc, at(10)), incident) == {"political", "economic", "military", "cyber",
                                                           "humanitarian"}


def test_proportionality_table_edits_change_what_is_expected(blank_doc):
    incident = add_incident(blank_doc, severity=3)
    terms_id = exercise_info(blank_doc).active_terms_id
    terms.set_proportionality(blank_doc, terms_id=terms_id, incident_type="missile_strike", severity=3,
                              categories=["humanitarian"])
    assert gaps(assessed(blank_doc, at(1)), incident) == {"humanitarian"}


# -- parliamentary gates ------------------------------------------------------------------
def gate_of(assessment, commitment_id: int) -> tuple[bool, float, bool]:
    pos = int(np.flatnonzero(assessment.snapshot.com_ids == commitment_id)[0])
    return bool(assessment.gated[pos]), float(assessment.gate_earliest[pos]), bool(assessment.gate_violation[pos])


def test_deploying_forces_before_the_approval_lead_time_is_a_violation(blank_doc):
    it = add_signatory(blank_doc, "IT", approval_required=True, approval_lead_hours=54)
    fr = add_signatory(blank_doc, "FR", approval_required=False)
    incident = add_incident(blank_doc, severity=4, kind="ground_incursion")
    military = dict(category="military", measure="troop_deployment")
    too_early = commit(blank_doc, incident, it, announced=at(2), effective=at(56, seconds=-1), **military)
    just_lawful = commit(blank_doc, incident, it, announced=at(2), effective=at(56), **military)
    no_date_yet = commit(blank_doc, incident, it, announced=at(2), effective=None, **military)
    withdrawn = commit(blank_doc, incident, it, announced=at(2), effective=at(3), status="withdrawn", **military)
    not_deploying = commit(blank_doc, incident, it, announced=at(2), effective=at(2), category="military",
                           measure="air_defence_delivery")
    no_approval = commit(blank_doc, incident, fr, announced=at(2), effective=at(2), **military)

    a = assessed(blank_doc, at(3))
    assert gate_of(a, too_early) == (True, ep(at(56)), True)
    assert gate_of(a, just_lawful) == (True, ep(at(56)), False)
    assert gate_of(a, no_date_yet) == (True, ep(at(56)), False)
    assert gate_of(a, withdrawn)[0] is False and gate_of(a, withdrawn)[2] is False
    assert gate_of(a, not_deploying) == (False, ep(at(2)), False)
    assert gate_of(a, no_approval) == (False, ep(at(2)), False)
    assert int(a.gate_violation.sum()) == 1


def test_changing_the_lead_time_moves_the_gate(blank_doc):
    it = add_signatory(blank_doc, "IT", approval_required=True, approval_lead_hours=54)
    incident = add_incident(blank_doc, severity=4, kind="ground_incursion")
    troops = commit(blank_doc, incident, it, announced=at(2), effective=at(30), category="military",
                    measure="troop_deployment")
    assert gate_of(assessed(blank_doc, at(3)), troops)[2] is True
    signatories.update_signatory(blank_doc, signatory_id=it, approval_lead_hours=24)
    assert gate_of(assessed(blank_doc, at(3)), troops) == (True, ep(at(26)), False)


# -- treaty terms ---------------------------------------------------------------------------
def test_editing_the_terms_changes_the_deadlines(blank_doc):
    signatory = add_signatory(blank_doc, "DE")
    s1, s3, s4 = (add_incident(blank_doc, severity=s) for s in (1, 3, 4))
    attend(blank_doc, s4, signatory, at(20))
    terms_id = exercise_info(blank_doc).active_terms_id
    before = assessed(blank_doc, at(40))
    assert cell(before, "consultation", s4, signatory) == (MET, 4.0 * H)

    terms.update_terms(blank_doc, terms_id=terms_id, tiers=[12, 36], reaction_hours=6,
                       severity_tiers={"1": 1, "2": 1, "3": 1, "4": 0, "5": 0})
    a = assessed(blank_doc, at(40))
    for incident, hours in ((s1, 36), (s3, 36), (s4, 12)):
        pos = a.snapshot.incident_position(incident)
        assert a.tier_hours[pos] == hours
        assert a.consultation_deadline[pos] == ep(at(hours))
        assert a.reaction_deadline[pos] == ep(at(6))
    assert cell(a, "consultation", s4, signatory) == (MISSED, 8.0 * H)
    assert cell(a, "consultation", s1, signatory) == (MISSED, 4.0 * H)


def test_terms_options_are_compared_on_the_same_incidents(blank_doc):
    add_signatory(blank_doc, "DE")
    incident = add_incident(blank_doc, severity=3)
    with blank_doc.transaction() as session:
        slow = terms.add_terms(session, name="Bilateral only", reaction_hours=72, tiers=[96],
                               severity_tiers={str(s): 0 for s in range(1, 6)}, categories=["political"],
                               coordination="bilateral_only").id
    active = assessed(blank_doc, at(1))
    other = assessed(blank_doc, at(1), terms_id=slow)
    pos = active.snapshot.incident_position(incident)
    assert (active.tier_hours[pos], other.tier_hours[pos]) == (48, 96)
    assert (active.reaction_deadline[pos], other.reaction_deadline[pos]) == (ep(at(24)), ep(at(72)))
    terms.set_active_terms(blank_doc, terms_id=slow)
    assert assessed(blank_doc, at(1)).tier_hours[pos] == 96


def test_a_dragged_incident_is_judged_at_its_new_time(blank_doc):
    signatory = add_signatory(blank_doc, "DE")
    incident = add_incident(blank_doc, severity=4)
    attend(blank_doc, incident, signatory, at(20))
    snapshot = load_snapshot(blank_doc)
    moved = snapshot.with_incident_time(incident, int(ep(at(-10))))
    a = assess(moved, ep(at(30)))
    assert a.consultation_deadline[0] == ep(at(14))
    assert cell(a, "consultation", incident, signatory) == (MISSED, 6.0 * H)
    assert snapshot.inc_time[0] == ep(T0)   # the stored snapshot is not changed


def test_an_empty_exercise_assesses_to_nothing(blank_doc):
    a = assessed(blank_doc, at(0))
    assert a.reaction.status.shape == (0, 0)
    assert a.gap_mask.shape == (0,)
    assert countdowns(a) == []


# -- countdowns ------------------------------------------------------------------------------
def test_countdowns_pending_soonest_first_then_missed_most_recent_first(blank_doc):
    a_id, b_id = add_signatory(blank_doc, "AA", kind="organisation"), add_signatory(blank_doc, "BB",
                                                                                     kind="organisation")
    first = add_incident(blank_doc, severity=5)                    # consult by +24 h
    second = add_incident(blank_doc, severity=3, when=at(1))       # consult by +49 h
    third = add_incident(blank_doc, severity=1, when=at(2))        # consult by +74 h
    for incident in (first, second, third):
        commit(blank_doc, incident, a_id, announced=at(3))         # AA reacts in time, BB never
    attend(blank_doc, first, b_id, at(27))                         # 3 h late

    rows = countdowns(assessed(blank_doc, at(30)))
    summary = [(r.kind, r.incident_id, r.missed, r.seconds, r.signatories) for r in rows]
    assert summary == [
        ("consultation", second, False, 19.0 * H, ("AA", "BB")),
        ("consultation", third, False, 44.0 * H, ("AA", "BB")),
        ("reaction", third, True, 4.0 * H, ("BB",)),
        ("reaction", second, True, 5.0 * H, ("BB",)),
        ("consultation", first, True, 6.0 * H, ("AA",)),           # never attended: 6 h so far
        ("consultation", first, True, 3.0 * H, ("BB",)),           # attended 3 h late
        ("reaction", first, True, 6.0 * H, ("BB",)),
    ]
    assert [r.deadline for r in rows[:2]] == [ep(at(49)), ep(at(74))]
    assert rows[2].deadline == ep(at(26))
    assert len(countdowns(assessed(blank_doc, at(30)), limit=3)) == 3


def test_a_limited_countdown_list_is_the_head_of_the_full_one_ties_at_the_cut_included(blank_doc):
    add_signatory(blank_doc, "AA", kind="organisation")
    add_signatory(blank_doc, "BB", kind="organisation")
    for k in range(240):                   # deadlines in four groups of equal times
        add_incident(blank_doc, severity=1 + k % 5 // 4 * 4, when=at(k // 60))
    a = assessed(blank_doc, at(5.5))
    full = countdowns(a, limit=0)
    pending = [r for r in full if not r.missed]
    assert len(pending) > 12
    for limit in (1, 2, 59, 60, 61, 119, 120, 121, 300, len(pending) - 1, len(pending)):
        assert countdowns(a, limit=limit) == pending[:limit], limit


def test_an_unlimited_countdown_list_keeps_every_missed_deadline(blank_doc):
    add_signatory(blank_doc, "AA", kind="organisation")
    for k in range(3):
        add_incident(blank_doc, severity=5, when=at(k))
    a = assessed(blank_doc, at(200))
    assert len([r for r in countdowns(a, limit=0) if r.missed]) == len([r for r in countdowns(a) if r.missed]) == 6


# -- the exercise clock ---------------------------------------------------------------------
class Wall:
    """A wall clock the test moves by hand."""

    def __init__(self, start: float = 10_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_paused_clock_does_not_advance():
    wall = Wall()
    clock = ExerciseClock(T0, wall=wall)
    assert not clock.running
    wall.advance(3 * H)
    assert clock.now() == T0
    assert clock.wall_seconds_until(ep(at(1))) is None
    assert clock.reading().scenario_time == T0


def test_start_pause_resume_keeps_scenario_time_continuous():
    wall = Wall()
    clock = ExerciseClock(T0, wall=wall)
    clock.start()
    wall.advance(10)
    assert clock.now() == at(seconds=10)
    clock.pause()
    wall.advance(1000)                    # a long pause...
    assert clock.now() == at(seconds=10)
    clock.start()
    assert clock.now() == at(seconds=10)  # ...does not jump on resume
    wall.advance(5)
    assert clock.now() == at(seconds=15)
    clock.start()                         # starting a running clock changes nothing
    wall.advance(5)
    assert clock.now() == at(seconds=20)
    clock.pause()
    clock.pause()
    assert clock.now() == at(seconds=20)


def test_speed_change_keeps_the_current_time_and_deadlines_arrive_at_the_new_rate():
    wall = Wall()
    clock = ExerciseClock(T0, wall=wall, running=True)
    wall.advance(600)
    assert clock.now() == at(seconds=600)
    deadline = ep(at(seconds=600 + H))
    assert clock.wall_seconds_until(deadline) == pytest.approx(H)
    clock.set_speed(60)
    assert clock.now() == at(seconds=600)          # no jump
    assert clock.speed == 60
    assert clock.wall_seconds_until(deadline) == pytest.approx(60)
    wall.advance(59)
    assert clock.seconds() == pytest.approx(deadline - 60)
    wall.advance(1)
    assert clock.seconds() == pytest.approx(deadline)
    assert clock.wall_seconds_until(deadline) == 0
    wall.advance(1)
    assert clock.wall_seconds_until(deadline) == 0   # a past deadline is due now, not negative


def test_speed_change_while_paused_applies_after_resume():
    wall = Wall()
    clock = ExerciseClock(T0, wall=wall, speed=10)
    clock.set_speed(600)
    wall.advance(100)
    assert clock.now() == T0
    clock.start()
    wall.advance(6)
    assert clock.now() == at(1)


def test_set_time_moves_the_scenario_and_runs_on_from_there():
    wall = Wall()
    clock = ExerciseClock(T0, wall=wall, speed=60, running=True)
    wall.advance(30)
    clock.set_time(at(48))
    assert clock.now() == at(48)
    wall.advance(60)
    assert clock.now() == at(49)
    clock.pause()
    clock.set_time(at(2))
    wall.advance(60)
    assert clock.now() == at(2)


def test_clock_reading_carries_fractions_but_now_is_whole_seconds():
    wall = Wall()
    clock = ExerciseClock(T0, wall=wall, running=True)
    wall.advance(1.75)
    assert clock.seconds() == pytest.approx(ep(T0) + 1.75)
    assert clock.now() == at(seconds=1)
    reading = clock.reading()
    assert (reading.scenario_time, reading.running, reading.speed) == (at(seconds=1), True, 1.0)


def test_clock_refuses_bad_speeds_and_naive_times():
    wall = Wall()
    with pytest.raises(ValueError):
        ExerciseClock(T0, wall=wall, speed=0)
    clock = ExerciseClock(T0, wall=wall)
    with pytest.raises(ValueError):
        clock.set_speed(-10)
    with pytest.raises(NaiveDatetimeError):
        clock.set_time(datetime(2026, 3, 2, 8))
    with pytest.raises(NaiveDatetimeError):
        ExerciseClock(datetime(2026, 3, 2, 8), wall=wall)
    assert clock.now() == T0 and clock.speed == 1.0


@pytest.mark.parametrize("speed", [float("nan"), float("inf"), float("-inf"), -1.0, 0.0])
def test_clock_refuses_speeds_that_are_not_a_positive_finite_factor(speed):
    wall = Wall()
    with pytest.raises(ValueError, match="positive finite"):
        ExerciseClock(T0, wall=wall, speed=speed)
    clock = ExerciseClock(T0, wall=wall, speed=60, running=True)
    wall.advance(10)
    with pytest.raises(ValueError, match="positive finite"):
        clock.set_speed(speed)
    assert clock.speed == 60.0 and clock.now() == T0 + timedelta(minutes=10)


def test_clock_drives_the_engine_through_a_pause(blank_doc):
    """A deadline passed during a pause is not missed: the pause stops scenario time."""
    signatory = add_signatory(blank_doc, "DE")
    incident = add_incident(blank_doc, severity=4)
    snapshot = load_snapshot(blank_doc)
    wall = Wall()
    clock = ExerciseClock(at(23), wall=wall, speed=60, running=True)
    wall.advance(30)                                       # 30 scenario minutes
    clock.pause()
    wall.advance(3 * H)                                    # three wall hours of coffee
    assert assess(snapshot, clock.seconds()).reaction.status[0, 0] == PENDING
    clock.start()
    wall.advance(30)
    a = assess(snapshot, clock.seconds())
    assert cell(a, "reaction", incident, signatory) == (PENDING, 0.0)
    wall.advance(1)
    assert cell(assess(snapshot, clock.seconds()), "reaction", incident, signatory) == (MISSED, 60.0)
