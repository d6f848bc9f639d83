"""Standing provisions: the services, the schedule judged at the clock's time, and overdue milestones as findings."""
from __future__ import annotations

import inspect
from datetime import timedelta

import pytest
from sqlalchemy import select

from model import queries
from model.engine import assess
from model.errors import NotFoundError, ValidationError
from model.findings import PROVISION_KIND, FindingsCache, findings
from model.provision_entities import Provision, ProvisionDelivery, ProvisionMilestone
from model.provision_status import (
    DELIVERED, DUE_SOON, ON_SCHEDULE, OVERDUE, load_book, overdue_count, provision_states,
)
from model.services import provisions, records, roster, signatories
from model.services.log import verify_log
from model.snapshot import load_snapshot
from model.snapshot_update import updated_snapshot
from model.timeutil import to_epoch, utc

T0 = utc(2026, 3, 2, 6)


@pytest.fixture
def pledge(blank_doc):
    """A blank exercise with one signatory pledging 50 interceptors, due 20 by D+1 and 30 more by D+3."""
    doc = blank_doc
    sig = signatories.create_signatory(doc, code="GB", name="United Kingdom").ids[0]
    provision = provisions.create_provision(doc, signatory_id=sig, kind="armed_forces", title="Interceptors",
                                            quantity=50, unit="interceptors", value=1.5e8, currency="gbp",
                                            assumed=True).ids[0]
    first = provisions.create_milestone(doc, provision_id=provision, due_at=T0 + timedelta(days=1),
                                        what="First batch", quantity=20).ids[0]
    second = provisions.create_milestone(doc, provision_id=provision, due_at=T0 + timedelta(days=3),
                                         what="Second batch", quantity=30).ids[0]
    return doc, sig, provision, first, second


def rows(doc, entity) -> list:
    with doc.reading() as session:
        return [row.to_record() for row in session.scalars(select(entity).order_by(entity.id))]


def everything(doc) -> tuple:
    return tuple(rows(doc, e) for e in (Provision, ProvisionMilestone, ProvisionDelivery))


def statuses(doc, at) -> list[tuple]:
    (state,) = provision_states(load_book(doc), to_epoch(at))
    return [(m.milestone.what, m.status, m.quantity) for m in state.milestones]


# -- services -----------------------------------------------------------------------------------------
def test_creating_a_provision_stores_the_pledge_and_logs_it(pledge):
    doc, sig, provision, first, _second = pledge
    (row,) = rows(doc, Provision)
    assert {k: row[k] for k in ("signatory_id", "kind", "title", "quantity", "unit", "value", "currency", "assumed")} \
        == {"signatory_id": sig, "kind": "armed_forces", "title": "Interceptors", "quantity": 50,
            "unit": "interceptors", "value": 1.5e8, "currency": "GBP", "assumed": True}
    assert queries.log_entries(doc)[-3].text == "Standing provision GB 'Interceptors' added"
    assert queries.log_entries(doc)[-2].text.startswith("Milestone of GB 'Interceptors' added, due D+1 06:00")
    assert verify_log(doc).intact


@pytest.mark.parametrize("changes, field, words", [
    (dict(quantity=-1), "quantity", "cannot be negative"),
    (dict(quantity=float("inf")), "quantity", "must be a number"),
    (dict(quantity="a dozen"), "quantity", "'a dozen' is not a number: write it like 2,500,000.50"),
    (dict(value=True), "value", "must be a number"),
    (dict(value=1e16), "value", "at most"),
    (dict(unit=""), "unit", "needs its unit"),
    (dict(currency=""), "currency", "needs its currency"),
    (dict(currency="POUNDS"), "currency", "too long"),
    (dict(currency="£1"), "currency", "three-letter currency code"),
    (dict(kind="loans"), "kind", "not one of"),
    (dict(title="  "), "title", "must not be empty"),
    (dict(signatory_id=99), None, "Signatory 99"),
])
def test_a_provision_refuses_what_it_cannot_hold(pledge, changes, field, words):
    doc, _sig, provision, _first, _second = pledge
    before = everything(doc)
    with pytest.raises((ValidationError, NotFoundError)) as caught:
        provisions.update_provision(doc, provision_id=provision, **changes)
    assert words in str(caught.value)
    if field is not None:
        assert caught.value.field == field
    assert everything(doc) == before


def test_a_delivery_counts_against_a_milestone_of_its_own_provision_only(pledge):
    doc, sig, provision, first, _second = pledge
    other = provisions.create_provision(doc, signatory_id=sig, kind="intelligence", title="Imagery").ids[0]
    with pytest.raises(ValidationError, match="not a milestone of this provision"):
        provisions.create_delivery(doc, provision_id=other, milestone_id=first, delivered_at=T0)
    with pytest.raises(ValidationError, match="needs a time zone"):
        provisions.create_delivery(doc, provision_id=provision, delivered_at=T0.replace(tzinfo=None))
    report = provisions.create_delivery(doc, provision_id=provision, milestone_id=first, delivered_at=T0,
                                        quantity="12", note="By rail")
    assert report.keys("provision_delivery", "created") == frozenset(report.ids)
    assert rows(doc, ProvisionDelivery)[0]["quantity"] == 12.0


def test_every_service_takes_its_ids_by_keyword_only():
    for name, fn in inspect.getmembers(provisions, inspect.isfunction):
        if name.startswith(("create_", "update_", "delete_")):
            parameters = list(inspect.signature(fn).parameters.values())
            assert parameters[0].name == "doc"
            assert all(p.kind is p.KEYWORD_ONLY for p in parameters[1:] if p.kind is not p.VAR_KEYWORD), name


def test_an_update_reports_what_it_changed_and_its_undo_puts_it_back(pledge):
    doc, _sig, provision, first, _second = pledge
    before = everything(doc)
    report = provisions.update_milestone(doc, milestone_id=first, due_at=T0 + timedelta(days=2), quantity=25)
    assert report.previous == {"due_at": T0 + timedelta(days=1), "quantity": 20}
    assert report.updated == {"provision_milestone": frozenset({first})}
    provisions.update_milestone(doc, milestone_id=first, **report.previous)
    assert everything(doc) == before
    unchanged = provisions.update_provision(doc, provision_id=provision, title="Interceptors")
    assert unchanged.previous == {}


def test_deleting_a_provision_takes_its_milestones_and_deliveries_and_restoring_brings_them_back(pledge):
    doc, _sig, provision, first, _second = pledge
    provisions.create_delivery(doc, provision_id=provision, milestone_id=first, delivered_at=T0, quantity=5)
    before = everything(doc)
    report = provisions.delete_provision(doc, provision_id=provision)
    assert report.summary == "Standing provision GB 'Interceptors' removed with 2 milestones and 1 delivery"
    assert set(report.deleted) == {"provision", "provision_milestone", "provision_delivery"}
    assert everything(doc) == ([], [], [])
    records.restore_records(doc, records=report.removed)
    assert everything(doc) == before


def test_deleting_a_milestone_keeps_what_was_delivered_against_it_and_undo_links_it_again(pledge):
    doc, _sig, provision, first, _second = pledge
    delivery = provisions.create_delivery(doc, provision_id=provision, milestone_id=first, delivered_at=T0,
                                          quantity=5).ids[0]
    before = everything(doc)
    report = provisions.delete_milestone(doc, milestone_id=first)
    assert report.deleted == {"provision_milestone": frozenset({first})}
    assert report.updated == {"provision_delivery": frozenset({delivery})}
    assert rows(doc, ProvisionDelivery)[0]["milestone_id"] is None
    records.restore_records(doc, records=report.removed)
    assert everything(doc) == before


@pytest.mark.parametrize("how", ["one", "roster"])
def test_removing_a_signatory_takes_its_provisions_and_undo_brings_them_back(pledge, how):
    doc, sig, provision, first, _second = pledge
    provisions.create_delivery(doc, provision_id=provision, milestone_id=first, delivered_at=T0, quantity=5)
    before = everything(doc)
    if how == "one":
        report = signatories.delete_signatory(doc, signatory_id=sig)
    else:
        report = roster.delete_signatories(doc, ids=[sig])
    assert everything(doc) == ([], [], [])
    assert report.touches("provision", "provision_milestone", "provision_delivery")
    records.restore_records(doc, records=report.removed)
    assert everything(doc) == before


# -- the schedule -------------------------------------------------------------------------------------
def test_milestones_are_on_schedule_due_soon_overdue_or_delivered_at_the_time_judged(pledge):
    doc, _sig, provision, first, _second = pledge
    provisions.create_delivery(doc, provision_id=provision, milestone_id=first, delivered_at=T0 + timedelta(hours=6),
                               quantity=12)
    provisions.create_delivery(doc, provision_id=provision, milestone_id=first,
                               delivered_at=T0 + timedelta(days=1, hours=4), quantity=8)
    assert statuses(doc, T0) == [("First batch", DUE_SOON, 0), ("Second batch", ON_SCHEDULE, 0)]
    # A delivery recorded for later has not arrived yet.
    assert statuses(doc, T0 + timedelta(hours=12)) == [("First batch", DUE_SOON, 12), ("Second batch", ON_SCHEDULE, 0)]
    assert statuses(doc, T0 + timedelta(days=1, hours=1)) == [("First batch", OVERDUE, 12),
                                                               ("Second batch", ON_SCHEDULE, 0)]
    late = T0 + timedelta(days=2, hours=7)
    assert statuses(doc, late) == [("First batch", DELIVERED, 20), ("Second batch", DUE_SOON, 0)]
    (state,) = provision_states(load_book(doc), to_epoch(late))
    assert state.milestones[0].late and state.milestones[0].completed_at == to_epoch(T0 + timedelta(days=1, hours=4))
    assert (state.quantity, state.worst) == (20, DUE_SOON)
    assert overdue_count(load_book(doc), to_epoch(T0 + timedelta(days=4))) == 1


def test_a_milestone_without_figures_is_met_by_any_delivery_and_one_with_a_value_by_its_value(blank_doc):
    doc = blank_doc
    sig = signatories.create_signatory(doc, code="FR", name="France").ids[0]
    provision = provisions.create_provision(doc, signatory_id=sig, kind="intelligence", title="Imagery").ids[0]
    cell = provisions.create_milestone(doc, provision_id=provision, due_at=T0 + timedelta(hours=12),
                                       what="Liaison cell").ids[0]
    fund = provisions.create_milestone(doc, provision_id=provision, due_at=T0 + timedelta(hours=12), what="Fund",
                                       value=100).ids[0]
    provisions.create_delivery(doc, provision_id=provision, milestone_id=cell, delivered_at=T0)
    provisions.create_delivery(doc, provision_id=provision, milestone_id=fund, delivered_at=T0, value=60)
    # Delivered against the provision as a whole: counted in its total, not for any milestone.
    provisions.create_delivery(doc, provision_id=provision, delivered_at=T0, value=1000)
    (state,) = provision_states(load_book(doc), to_epoch(T0 + timedelta(hours=1)))
    assert [m.status for m in state.milestones] == [DELIVERED, DUE_SOON]
    assert state.value == 1060


# -- findings -----------------------------------------------------------------------------------------
def provision_rows(doc, at) -> list:
    snap = load_snapshot(doc)
    return [f for f in findings(assess(snap, to_epoch(at))) if f.kind == PROVISION_KIND]


def test_an_overdue_milestone_is_a_finding_until_it_is_delivered(pledge):
    doc, sig, provision, first, second = pledge
    assert provision_rows(doc, T0) == []
    (row,) = provision_rows(doc, T0 + timedelta(days=1, hours=1))
    assert (row.signatory_id, row.incident_id, row.detail, row.signatory_ids) == (sig, None, f"milestone {first}",
                                                                                  (sig,))
    assert row.text == ("GB Interceptors: \u201cFirst batch\u201d overdue since D+1 06:00; 0 of 20 interceptors "
                        "delivered (figures assumed)")
    provisions.create_delivery(doc, provision_id=provision, milestone_id=first, delivered_at=T0, quantity=20)
    assert provision_rows(doc, T0 + timedelta(days=1, hours=1)) == []
    assert [r.detail for r in provision_rows(doc, T0 + timedelta(days=5))] == [f"milestone {second}"]


def test_overdue_milestones_past_the_limit_are_counted_in_one_summary(pledge):
    doc, _sig, _provision, _first, second = pledge
    rows = [f for f in findings(assess(load_snapshot(doc), to_epoch(T0 + timedelta(days=5))), limit=1)
            if f.kind == PROVISION_KIND]
    assert [(r.detail, r.count) for r in rows] == [(f"milestone {second}", 1), ("more", 1)]


def test_the_findings_cache_words_an_overdue_milestone_once_as_the_clock_moves(pledge):
    doc, *_ = pledge
    snap = load_snapshot(doc)
    cache = FindingsCache()
    for hours in (1, 30, 31, 32, 80, 200):
        a = assess(snap, to_epoch(T0 + timedelta(hours=hours)))
        cache.memos[PROVISION_KIND].made = 0   # a tick that changes no finding runs no pass at all
        assert cache.findings(a) == findings(a)
        if hours in (31, 32):
            assert cache.memos[PROVISION_KIND].made == 0   # the same overdue milestone, worded before


def test_a_provision_edit_updates_the_snapshot_as_a_full_load_reads_it(pledge):
    doc, _sig, provision, first, _second = pledge
    snap = load_snapshot(doc)
    for report in (provisions.create_delivery(doc, provision_id=provision, milestone_id=first, delivered_at=T0,
                                              quantity=3),
                   provisions.update_milestone(doc, milestone_id=first, what="First tranche"),
                   provisions.delete_provision(doc, provision_id=provision)):
        updated = updated_snapshot(doc, snap, report)
        assert updated is not None and updated.provisions == load_snapshot(doc).provisions
        snap = updated
def test_the_default_exercise_pledges_assumed_figures_and_one_milestone_is_overdue_at_its_clock(default_doc):
    snap = load_snapshot(default_doc)
    book = snap.provisions
    codes = dict(zip(snap.sig_ids.tolist(), snap.sig_codes))
    assert {codes[p.signatory_id] for p in book.provisions} == {"GB", "DE", "FR", "EU"}
    assert {p.kind for p in book.provisions} == {"armed_forces", "intelligence"}
    assert all(p.assumed and "assumptions" in p.notes for p in book.provisions)
    states = [m.status for p in provision_states(book, snap.clock_time) for m in p.milestones]
    assert set(states) == {DELIVERED, ON_SCHEDULE, DUE_SOON, OVERDUE}
    (overdue,) = [f for f in findings(assess(snap, snap.clock_time)) if f.kind == PROVISION_KIND]
    assert codes[overdue.signatory_id] == "GB"
