"""model/storage/reading.py's plain rows read what the ORM reads: same columns, same values, same order.

The main window's first views read these rows instead of ORM entities (so the
window paints before the ORM loads); if a column is added to an entity and not
here, or a value converts differently, these tests fail.
"""
from __future__ import annotations

from dataclasses import asdict, fields
import pytest

from model import queries
from model.storage import reading as plain_rows
from model.entities import ExerciseInfo, IncidentType, Signatory
from model.storage.exercise_file import ExerciseFile
from model.services import exercise, injects, signatories
from model.timeutil import from_epoch, to_epoch

PAIRS = [(plain_rows.ExerciseInfoRow, ExerciseInfo), (plain_rows.IncidentTypeRow, IncidentType),
         (plain_rows.SignatoryRow, Signatory)]


@pytest.mark.parametrize("row_class, entity", PAIRS, ids=lambda v: getattr(v, "__name__", ""))
def test_each_row_has_exactly_its_entitys_columns(row_class, entity):
    assert [f.name for f in fields(row_class)] == [c.key for c in entity.__mapper__.column_attrs]


def test_signatories_read_as_the_orm_reads_them(default_doc):
    signatories.update_signatory(default_doc, signatory_id=queries.signatories(default_doc)[0].id,
                                 agreement_date=None, contact="desk officer")
    orm = [s.to_record() for s in queries.signatories(default_doc)]
    plain = [asdict(s) for s in plain_rows.signatories(default_doc)]
    assert len(plain) == 29
    assert plain == orm
    # Types too: a 0/1 where a bool belongs, or text where a date belongs, would compare unequal
    # in views that test "is True" or format dates.
    assert {type(v) for row in plain for k, v in row.items() if k in ("nato", "eu", "approval_required")} == {bool}
    assert any(row["agreement_date"] is None for row in plain)


def test_incident_types_and_exercise_info_read_as_the_orm_reads_them(default_doc):
    assert [asdict(t) for t in plain_rows.incident_types(default_doc)] == \
        [t.to_record() for t in queries.incident_types(default_doc)]
    exercise.update_exercise(default_doc, classification="NATO RESTRICTED", name="Renamed drill")
    info = plain_rows.exercise_info(default_doc)
    assert asdict(info) == queries.exercise_info(default_doc).to_record()
    assert info.startex.tzinfo is not None and info.name == "Renamed drill"


def test_instrument_names_by_code(default_doc):
    assert plain_rows.instrument_names(default_doc) == {i.code: i.name for i in queries.instruments(default_doc)}


def test_next_planned_time_agrees_with_the_service(default_doc):
    # An unresolved branch point's outcome injects wait for it: the next planned is the trunk's.
    planned = [i for i in queries.injects(default_doc) if i.status == "planned" and i.outcome_id is None]
    assert len(planned) >= 2
    moments = sorted({to_epoch(i.delivery_time) for i in planned})
    probes = [moments[0] - 3600, moments[0] - 1, moments[0], moments[-1], moments[-1] + 1]
    for after in probes:
        expected = injects.next_planned(default_doc, after=from_epoch(after))
        assert plain_rows.next_planned_time(default_doc, after=after) == \
            (None if expected is None else to_epoch(expected.delivery_time)), after
    # Strictly after: at the first delivery time, the next one is the second.
    assert plain_rows.next_planned_time(default_doc, after=moments[0]) == moments[1]
    assert plain_rows.next_planned_time(default_doc, after=moments[-1]) is None


def test_held_injects_are_not_the_next_planned(default_doc):
    first = min((i for i in queries.injects(default_doc) if i.status == "planned"),
                key=lambda i: (i.delivery_time, i.id))
    before = to_epoch(first.delivery_time) - 1
    injects.hold_inject(default_doc, inject_id=first.id)
    following = plain_rows.next_planned_time(default_doc, after=before)
    assert following is None or following >= to_epoch(first.delivery_time)
    assert following == to_epoch(injects.next_planned(default_doc, after=from_epoch(before)).delivery_time)


def test_rows_are_read_from_a_read_only_file(default_doc):
    before = plain_rows.signatories(default_doc), plain_rows.exercise_info(default_doc)
    path = default_doc.path
    default_doc.close()
    path.chmod(0o444)
    try:
        doc = ExerciseFile.open(path)
        try:
            assert doc.read_only
            assert (plain_rows.signatories(doc), plain_rows.exercise_info(doc)) == before
        finally:
            doc.close()
    finally:
        path.chmod(0o644)
