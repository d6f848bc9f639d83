"""Injects deliver themselves as the exercise clock reaches them, at their planned time.

The wall clock is injected (FakeWall): a test advances it and then lets the
controller check, as a tick or the armed single-shot timer would. Nothing
sleeps. The sample MSEL (tests/msel_sample.py) runs over the default
exercise's days; each test first sets the clock back to before STARTEX so
that every inject lies ahead of it.
"""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.core.delivery import fire_now_command, hold_command, release_command, skip_command
from gui.core.document import ExerciseDocument
from model.queries import inject as load_inject, injects as load_injects
from model import queries
from model.entities import Incident
from model.services.injects import create_inject
from model.services.responses import create_commitment
from model.timeutil import from_epoch, to_epoch
from tests.msel_sample import add_sample_msel
from tests.support import data_rows


@pytest.fixture
def msel(default_doc) -> dict[str, int]:
    return add_sample_msel(default_doc)


@pytest.fixture
def doc(qapp, msel, document):
    # msel comes first: the document reads the MSEL when it opens.
    # Before STARTEX, paused at x60: the whole MSEL lies ahead.
    document.set_scenario_time(document.snapshot.startex - 3600)
    return document


def planned_at(doc, msel, number: str) -> float:
    return to_epoch(load_inject(doc.file, msel[number]).delivery_time)


def run_to(doc, wall, scenario_seconds: float) -> list[int]:
    """Advance the wall until the running clock reads *scenario_seconds*, then check (a tick)."""
    wall.advance((scenario_seconds - doc.clock.seconds()) / doc.clock.speed)
    return doc.conduct.check()


def state(doc, msel, number: str) -> tuple:
    inject = load_inject(doc.file, msel[number])
    return inject.status, None if inject.delivered_at is None else to_epoch(inject.delivered_at)


def inject_log(doc) -> list[str]:
    return [e.text for e in queries.log_entries(doc.file) if e.kind == "inject"]


def incidents(doc) -> list[Incident]:
    with doc.file.reading() as session:
        return list(session.scalars(select(Incident).order_by(Incident.id)))


def test_the_armed_timer_delivers_the_next_inject_at_its_planned_time(doc, msel, wall, qtbot):
    doc.startex()                                    # 06:00: inject 1 is due exactly at STARTEX
    assert state(doc, msel, "1") == ("delivered", planned_at(doc, msel, "1"))
    due = planned_at(doc, msel, "2")
    timer = doc.conduct.timer
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == pytest.approx((due - doc.clock.seconds()) / 60 * 1000, abs=2)
    doc.set_speed(6000.0)                           # re-armed for the new speed: a few milliseconds away
    assert timer.interval() == pytest.approx((due - doc.clock.seconds()) / 6000 * 1000, abs=2)
    wall.advance((due - doc.clock.seconds()) / 6000 + 0.5)   # the wall is half a second late when it fires
    qtbot.waitUntil(lambda: state(doc, msel, "2")[0] == "delivered")
    assert state(doc, msel, "2") == ("delivered", due)       # planned time, not the (later) firing time
    assert doc.clock.seconds() > due
    assert timer.isActive()                                   # re-armed for inject 3


def test_a_late_tick_still_delivers_at_the_planned_time(doc, msel, wall):
    doc.startex()
    due = planned_at(doc, msel, "2")
    wall.advance((due - doc.clock.seconds()) / 60 + 5)       # a tick 5 wall seconds (5 scenario min) late
    doc.preview(doc.snapshot)                                 # a drag preview is no reason to deliver
    assert state(doc, msel, "2") == ("planned", None)
    doc.tick()                                                # the clock's tick is (the safety net)
    assert state(doc, msel, "2") == ("delivered", due)


def test_pause_and_resume_neither_delays_nor_bursts(doc, msel, wall):
    doc.startex()
    due = planned_at(doc, msel, "2")
    run_to(doc, wall, due - 60)                     # one scenario minute before inject 2
    doc.pause_clock()
    assert not doc.conduct.timer.isActive()         # paused: nothing can become due
    wall.advance(10 * 3600)                         # a ten-hour lunch
    doc.start_clock()
    assert doc.clock.seconds() == pytest.approx(due - 60)
    assert state(doc, msel, "2") == ("planned", None)   # no burst on resuming
    assert run_to(doc, wall, due + 1) == [msel["2"]]
    assert state(doc, msel, "2") == ("delivered", due)


def test_a_speed_change_keeps_every_deadline_at_the_same_scenario_time(doc, msel, wall):
    doc.startex()
    run_to(doc, wall, planned_at(doc, msel, "4") + 3600)     # the energy strike (inject 4) happened an hour ago
    incident_id = load_inject(doc.file, msel["4"]).incident_id
    position = list(doc.snapshot.inc_ids).index(incident_id)
    deadline = int(doc.assessment.consultation_deadline[position])
    left = deadline - doc.assessment.now
    doc.set_speed(600.0)
    assert int(doc.assessment.consultation_deadline[position]) == deadline
    assert deadline - doc.assessment.now == pytest.approx(left)
    wall.advance(60)                                           # a wall minute at x600 is ten scenario hours
    doc.tick()
    assert int(doc.assessment.consultation_deadline[position]) == deadline
    assert deadline - doc.assessment.now == pytest.approx(left - 36000)


def test_an_incident_inject_creates_its_incident_and_the_timeline_follows(doc, msel, wall):
    doc.startex()
    before = len(doc.snapshot.inc_ids)
    due = planned_at(doc, msel, "4")
    run_to(doc, wall, due + 1)
    inject = load_inject(doc.file, msel["4"])
    incident = next(i for i in incidents(doc) if i.id == inject.incident_id)
    assert (incident.incident_type, incident.severity, incident.location) == (
        "energy_strike", 3, "Dnipro thermal power plant")
    assert to_epoch(incident.occurred_at) == due
    assert len(doc.snapshot.inc_ids) == before + 1 and incident.id in doc.snapshot.inc_ids
    position = list(doc.snapshot.inc_ids).index(incident.id)
    assert int(doc.assessment.reaction_deadline[position]) == due + 24 * 3600


def test_setting_the_time_forward_delivers_the_passed_injects_in_order(doc, msel, wall):
    delivered = []
    doc.conduct.delivered.connect(delivered.append)
    before = doc.undo_stack.count()
    logged = len(inject_log(doc))                    # the default exercise's own play is logged already
    target = planned_at(doc, msel, "5") + 60
    doc.set_scenario_time(target)                    # paused: the jump itself passes injects 1-5
    assert delivered == [[msel[n] for n in ("1", "2", "3", "4", "5")]]
    for number in ("1", "2", "3", "4", "5"):
        assert state(doc, msel, number) == ("delivered", planned_at(doc, msel, number))
    assert state(doc, msel, "6") == ("planned", None)
    texts = inject_log(doc)[logged:]
    assert [t.split()[1] for t in texts] == ["1", "2", "3", "4", "5"]
    assert all(" delivered at " in t for t in texts)
    assert doc.undo_stack.count() == before          # play, not an edit: nothing to undo


def test_setting_the_time_back_and_forward_again_delivers_what_it_passes(doc, msel, wall):
    doc.set_scenario_time(planned_at(doc, msel, "2"))
    assert state(doc, msel, "2")[0] == "delivered"
    doc.set_scenario_time(doc.snapshot.startex - 60)
    assert state(doc, msel, "2")[0] == "delivered"    # play is never undone by moving the clock
    doc.set_scenario_time(planned_at(doc, msel, "3"))
    assert state(doc, msel, "3") == ("delivered", planned_at(doc, msel, "3"))


def test_held_injects_wait_and_skipped_ones_never_fire(doc, msel, wall):
    assert doc.execute(hold_command(doc, load_inject(doc.file, msel["2"])))
    assert doc.execute(skip_command(doc, load_inject(doc.file, msel["3"])))
    assert doc.conduct.next_inject.number == "1"
    doc.startex()
    run_to(doc, wall, planned_at(doc, msel, "4") + 1)
    assert state(doc, msel, "2") == ("held", None)
    assert state(doc, msel, "3") == ("skipped", None)
    assert state(doc, msel, "4")[0] == "delivered"
    assert doc.conduct.overdue_from > planned_at(doc, msel, "2")   # the clock passed it while held
    # Releasing an inject the clock passed delivers it now, in the same undo step.
    now = int(doc.clock.seconds())
    assert doc.execute(release_command(doc, load_inject(doc.file, msel["2"]), fire_at=from_epoch(now)))
    assert state(doc, msel, "2") == ("delivered", now)
    doc.undo_stack.undo()
    assert state(doc, msel, "2") == ("held", None)


def test_fire_now_delivers_at_the_current_time_and_keeps_the_planned_time(doc, msel, wall):
    doc.startex()
    planned = load_inject(doc.file, msel["9"]).delivery_time
    now = int(doc.clock.seconds())

    def strikes() -> list[Incident]:   # the incidents inject 9 created
        return [i for i in incidents(doc) if i.location == "Yavoriv training area"]

    assert doc.execute(fire_now_command(doc, msel["9"], "9", from_epoch(now)))
    inject = load_inject(doc.file, msel["9"])
    assert (inject.status, to_epoch(inject.delivered_at), inject.delivery_time) == ("delivered", now, planned)
    assert [i.id for i in strikes()] == [inject.incident_id] and to_epoch(strikes()[0].occurred_at) == now
    assert "Inject 9 fired now at" in inject_log(doc)[-1]
    run_to(doc, wall, to_epoch(planned) + 60)        # the clock passes its planned time: no second delivery
    assert len(strikes()) == 1 and state(doc, msel, "9") == ("delivered", now)
    doc.undo_stack.undo()                            # undo = revert: planned again, its incident gone
    assert state(doc, msel, "9") == ("planned", None) and strikes() == []
    doc.undo_stack.redo()
    assert state(doc, msel, "9") == ("delivered", now) and len(strikes()) == 1


def test_undoing_a_delivery_that_records_depend_on_takes_them_and_redo_puts_them_back(doc, msel, wall):
    now = doc.snapshot.startex
    assert doc.execute(fire_now_command(doc, msel["4"], "4", from_epoch(now)))
    incident_id = load_inject(doc.file, msel["4"]).incident_id
    signatory = queries.signatories(doc.file)[0]
    create_commitment(doc.file, incident_id=incident_id, signatory_id=signatory.id, category="political",
                      measure="joint_statement", announced_at=from_epoch(now + 600))
    delivered = data_rows(doc.file)
    doc.undo_stack.undo()
    assert state(doc, msel, "4") == ("planned", None)
    assert queries.commitments(doc.file, incident_id) == []
    doc.undo_stack.redo()                             # the same incident and commitment, not a fresh delivery
    assert data_rows(doc.file) == delivered
    assert load_inject(doc.file, msel["4"]).incident_id == incident_id


def test_an_inject_added_behind_the_clock_waits_for_the_controller(doc, msel, wall):
    doc.startex()
    run_to(doc, wall, planned_at(doc, msel, "2") + 600)
    at = from_epoch(planned_at(doc, msel, "2") + 300)   # planned five minutes ago
    report = create_inject(doc.file, scenario_time=at, synopsis="Late addition")
    doc.apply(report)
    run_to(doc, wall, planned_at(doc, msel, "2") + 1200)
    assert load_inject(doc.file, report.ids[0]).status == "planned"
    assert to_epoch(at) < doc.conduct.overdue_from


def test_the_clock_reaching_a_message_inject_shows_it_without_stopping(doc, msel, wall, qtbot):
    from gui.conduct.msel_dock import MselDock

    dock = MselDock()
    qtbot.addWidget(dock)
    dock.set_document(doc)
    doc.startex()
    run_to(doc, wall, planned_at(doc, msel, "2") + 1)
    run_to(doc, wall, planned_at(doc, msel, "3") + 1)
    assert doc.clock.running
    cards = dock.notices.cards()
    assert [c.inject_id for c in cards] == [msel["3"], msel["2"], msel["1"]]   # newest first
    text = cards[0].plain_text()
    for part in ("Inject 3", "National CERT", "Cyber working group", "wiper malware",
                 "Expected action: Signatories offer cyber incident-response teams"):
        assert part in text
    assert QApplication.activeModalWidget() is None      # a notice, not a dialog waiting for a click


def test_a_read_only_exercise_is_never_written_by_the_clock(default_template, tmp_path, wall, qapp):
    from model.storage.exercise_file import ExerciseFile

    path = tmp_path / "ro.pactline"
    path.write_bytes(default_template.read_bytes())
    writable = ExerciseFile.open(path)
    add_sample_msel(writable)
    writable.close()
    document = ExerciseDocument(ExerciseFile.open(path, read_only=True), wall=wall)
    try:
        document.set_scenario_time(document.snapshot.startex + 3 * 86400)
        assert all(i.status == "planned" for i in load_injects(document.file))
        assert not document.conduct.timer.isActive()
    finally:
        document.close()
