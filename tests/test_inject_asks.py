"""An inject that asks for a branch point's resolution: the link is planned, checked and undoable."""
from __future__ import annotations

from datetime import timedelta

import pytest

from model.branching import branch_points
from model.queries import injects
from model.services import branches, injects as inject_service
from model.services.records import restore_records
from model.timeutil import utc
from tests.support import logged_once, refused

T0 = utc(2026, 3, 2, 6)


@pytest.fixture
def linked(blank_doc):
    doc = blank_doc
    point = branches.create_branch_point(doc, question="Answer?", at=T0 + timedelta(hours=5),
                                         outcomes=["accepts", "rejects"]).ids[0]
    inject_id = inject_service.create_inject(doc, scenario_time=T0 + timedelta(hours=4), synopsis="Envoy calls").ids[0]
    return doc, point, inject_id


def asks(doc, inject_id):
    return next(i.asks_branch_point_id for i in injects(doc) if i.id == inject_id)


def test_an_inject_is_created_asking_for_a_branch_point(linked):
    doc, point, _ = linked
    created = logged_once(doc, lambda: inject_service.create_inject(
        doc, scenario_time=T0, synopsis="Ultimatum", asks_branch_point_id=point), "edit")
    assert asks(doc, created.ids[0]) == point


def test_an_edit_sets_and_clears_the_link_and_its_report_undoes_it(linked):
    doc, point, inject_id = linked
    assert asks(doc, inject_id) is None
    report = logged_once(doc, lambda: inject_service.update_inject(
        doc, inject_id=inject_id, asks_branch_point_id=point), "edit")
    assert report.previous == {"asks_branch_point_id": None}
    assert "branch point it asks to resolve" in report.summary
    assert asks(doc, inject_id) == point
    # The undo (UpdateCommand) hands the previous values back to the same service.
    inject_service.update_inject(doc, inject_id=inject_id, **report.previous)
    assert asks(doc, inject_id) is None


def test_a_link_to_a_missing_branch_point_or_not_an_id_is_refused(linked):
    doc, point, inject_id = linked
    refused(doc, "asks_branch_point_id", lambda: inject_service.update_inject(
        doc, inject_id=inject_id, asks_branch_point_id=point + 99), "does not exist")
    refused(doc, "asks_branch_point_id", lambda: inject_service.create_inject(
        doc, scenario_time=T0, asks_branch_point_id="Answer?"), "branch point id")
    refused(doc, "entries[1].asks_branch_point_id", lambda: inject_service.create_injects(
        doc, entries=[{"scenario_time": T0, "asks_branch_point_id": point},
                      {"scenario_time": T0, "asks_branch_point_id": True}]))


def test_an_import_stores_each_entrys_link(linked):
    doc, point, _ = linked
    created = inject_service.create_injects(doc, entries=[{"scenario_time": T0, "asks_branch_point_id": point},
                                                          {"scenario_time": T0}])
    assert [asks(doc, i) for i in created.ids] == [point, None]


def test_deleting_the_branch_point_leaves_the_inject_asking_for_nothing(linked):
    doc, point, inject_id = linked
    inject_service.update_inject(doc, inject_id=inject_id, asks_branch_point_id=point)
    branches.delete_branch_point(doc, branch_point_id=point)
    assert branch_points(doc) == []
    assert asks(doc, inject_id) is None


def test_undoing_the_branch_points_deletion_links_the_inject_again(linked):
    doc, point, inject_id = linked
    inject_service.update_inject(doc, inject_id=inject_id, asks_branch_point_id=point)
    removed = branches.delete_branch_point(doc, branch_point_id=point).removed
    restore_records(doc, records=removed)
    assert [p.id for p in branch_points(doc)] == [point]
    assert asks(doc, inject_id) == point


def test_undoing_an_outcomes_deletion_links_the_inject_asking_for_a_nested_branch_point_again(linked):
    doc, point, inject_id = linked
    rejects = branch_points(doc)[0].outcomes[1].id
    branches.create_outcome(doc, branch_point_id=point, name="stalls")
    nested = branches.create_branch_point(doc, question="Veto?", at=T0 + timedelta(hours=6),
                                          outcomes=["a", "b"], outcome_id=rejects).ids[0]
    inject_service.update_inject(doc, inject_id=inject_id, asks_branch_point_id=nested)
    removed = branches.delete_outcome(doc, outcome_id=rejects).removed
    assert asks(doc, inject_id) is None
    restore_records(doc, records=removed)
    assert asks(doc, inject_id) == nested
