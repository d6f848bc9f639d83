"""Treaty options: add a copy to compare, delete one that is not active, put a deleted one back."""
from __future__ import annotations

import json

import pytest

from model.errors import NotFoundError, ValidationError
from model.queries import exercise_info, log_entries, proportionality, treaty_parties, treaty_terms
from model.services import records, terms
from model.snapshot import load_snapshot
from tests.support import data_rows


def table(doc, terms_id: int) -> dict[tuple[str, int], list[str]]:
    return {(r.incident_type, r.severity): json.loads(r.categories) for r in proportionality(doc, terms_id)}


def test_add_option_copies_the_terms_and_the_proportionality_table(default_doc):
    active = exercise_info(default_doc).active_terms_id
    terms.update_terms(default_doc, terms_id=active, tiers=[12, 36, 96], reaction_hours=12)
    terms.set_proportionality(default_doc, terms_id=active, incident_type="cyber_attack", severity=2,
                              categories=["cyber", "humanitarian"])
    before = {row.id for row in treaty_terms(default_doc)}
    report = terms.add_terms_option(default_doc, name="  Reassurance force  ", copy_from=active)

    assert (report.entity, report.action) == ("treaty_terms", "created")
    (new_id,) = report.ids
    rows = {row.id: row for row in treaty_terms(default_doc)}
    assert set(rows) == before | {new_id}
    copy, source = rows[new_id], rows[active]
    assert copy.name == "Reassurance force"
    for field in ("reaction_hours", "tiers", "severity_tiers", "categories", "coordination", "notes", "kind"):
        assert getattr(copy, field) == getattr(source, field), field
    assert json.loads(copy.tiers) == [12, 36, 96]
    assert table(default_doc, new_id) == table(default_doc, active)
    assert table(default_doc, new_id)[("cyber_attack", 2)] == ["cyber", "humanitarian"]
    assert exercise_info(default_doc).active_terms_id == active       # adding does not switch
    assert log_entries(default_doc)[-1].text == report.summary
    assert "Reassurance force" in report.summary


def test_the_copy_is_independent_of_its_source(default_doc):
    active = exercise_info(default_doc).active_terms_id
    new_id = terms.add_terms_option(default_doc, name="B", copy_from=active).ids[0]
    before = table(default_doc, active)
    terms.set_proportionality(default_doc, terms_id=new_id, incident_type="missile_strike", severity=5,
                              categories=[])
    terms.update_terms(default_doc, terms_id=new_id, reaction_hours=6)
    assert table(default_doc, active) == before
    assert {r.id: r.reaction_hours for r in treaty_terms(default_doc)}[active] == 24


@pytest.mark.parametrize(("values", "error", "field"), [
    ({"name": "   "}, ValidationError, "name"),
    ({"name": "x" * 201}, ValidationError, "name"),
    ({"copy_from": 999}, NotFoundError, None),
])
def test_add_option_refuses_bad_input_and_writes_nothing(default_doc, values, error, field):
    arguments = {"name": "B", "copy_from": exercise_info(default_doc).active_terms_id, **values}
    before = data_rows(default_doc)
    with pytest.raises(error) as caught:
        terms.add_terms_option(default_doc, **arguments)
    if field:
        assert caught.value.field == field
    assert data_rows(default_doc) == before


def test_activating_an_option_changes_what_the_engine_assesses(default_doc):
    active = exercise_info(default_doc).active_terms_id
    fast = terms.add_terms_option(default_doc, name="Fast", copy_from=active).ids[0]
    terms.update_terms(default_doc, terms_id=fast, tiers=[6, 12, 18])
    assert load_snapshot(default_doc).terms.id == active
    terms.set_active_terms(default_doc, terms_id=fast)
    snapshot = load_snapshot(default_doc)
    assert snapshot.terms.id == fast
    assert list(snapshot.terms.tiers_s) == [6 * 3600, 12 * 3600, 18 * 3600]


def test_the_active_option_cannot_be_deleted(default_doc):
    active = exercise_info(default_doc).active_terms_id
    before = data_rows(default_doc)
    with pytest.raises(ValidationError) as caught:
        terms.delete_terms_option(default_doc, terms_id=active)
    assert caught.value.field == "terms_id"
    assert "active option" in caught.value.message
    assert data_rows(default_doc) == before


def test_delete_option_removes_its_table_and_restore_puts_it_back(default_doc):
    active = exercise_info(default_doc).active_terms_id
    before_add = data_rows(default_doc)
    other = terms.add_terms_option(default_doc, name="Bilateral only", copy_from=active).ids[0]
    terms.update_terms(default_doc, terms_id=other, coordination="bilateral_only")
    before = data_rows(default_doc)

    report = terms.delete_terms_option(default_doc, terms_id=other)
    assert (report.entity, report.action, report.ids) == ("treaty_terms", "deleted", (other,))
    assert [r.table for r in report.removed].count("treaty_terms") == 1
    assert [r.table for r in report.removed].count("proportionality_rule") == 9 * 5
    # The copy's parties go with it (by cascade) and come back with the undo.
    assert [r.table for r in report.removed].count("treaty_party") == len(treaty_parties(default_doc, active))
    assert other not in [t.id for t in treaty_terms(default_doc)]
    assert treaty_parties(default_doc, other) == []
    assert proportionality(default_doc, other) == []
    assert log_entries(default_doc)[-1].text == "Treaty option 'Bilateral only' deleted"

    records.restore_records(default_doc, records=report.removed, summary="Undo: delete")
    assert data_rows(default_doc) == before
    # Re-created under the same id, as the redo of an undone "add" does.
    terms.delete_terms_option(default_doc, terms_id=other)
    assert data_rows(default_doc) != before
    assert terms.add_terms_option(default_doc, name="Again", copy_from=active, id=other).ids == (other,)
    terms.delete_terms_option(default_doc, terms_id=other)
    assert data_rows(default_doc) == before_add


def test_delete_a_missing_option_is_reported(default_doc):
    with pytest.raises(NotFoundError):
        terms.delete_terms_option(default_doc, terms_id=999)
