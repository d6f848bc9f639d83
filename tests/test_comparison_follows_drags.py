"""A comparison following a drag judges, under each option, the moved incident alone, with the same result."""
from __future__ import annotations

import numpy as np

from gui.comparison.scenarios import Scenario, judge_scenarios
from gui.comparison.table_model import MARK_ROLE
from model.engine import assess
from model.engine_rows import MISSING, reusable_rows
from model.snapshot import load_options, load_snapshot, terms_ids
from tests.test_incremental_findings import assert_same_assessment


def test_each_option_takes_over_the_rows_of_its_last_judgement(default_doc):
    snap = load_snapshot(default_doc)
    options = {t.id: t for t in load_options(default_doc, terms_ids(default_doc))}
    assert len(options) >= 2
    scenarios = [Scenario(terms_id) for terms_id in options]
    now = float(snap.clock_time)
    columns = judge_scenarios(snap, scenarios, options, now, known=assess(snap, now))
    incident_id = int(snap.inc_ids[len(snap.inc_ids) // 2])
    position = snap.incident_position(incident_id)
    for step in range(1, 4):
        preview = snap.with_incident_time(incident_id, int(snap.inc_time[position]) + 900 * step)
        earlier = columns
        columns = judge_scenarios(preview, scenarios, options, now, known=assess(preview, now), earlier=earlier)
        fresh = judge_scenarios(preview, scenarios, options, now)
        for before, column, alone in zip(earlier, columns, fresh):
            rows = reusable_rows(before.result.assessment, column.result.assessment.snapshot, now)
            assert rows is not None and np.flatnonzero(rows == MISSING).tolist() == [position]
            assert_same_assessment(column.result.assessment, alone.result.assessment)


def test_a_drag_across_other_incidents_keeps_the_tables_rows(default_doc):
    """Every option on one record judges the same incidents in the record's order: dragging one past
    others changes values, not rows (sorting by time reset the table, its selection and widths per step)."""
    from gui.comparison.rows import build_rows, incident_ids, structure

    snap = load_snapshot(default_doc)
    options = {t.id: t for t in load_options(default_doc, terms_ids(default_doc))}
    scenarios = [Scenario(terms_id) for terms_id in options]
    now = float(snap.clock_time)
    first = judge_scenarios(snap, scenarios, options, now)
    incident_id = int(snap.inc_ids[0])
    past_all = int(snap.inc_time.max()) + 3600          # past every other incident
    moved = judge_scenarios(snap.with_incident_time(incident_id, past_all), scenarios, options, now)
    results, moved_results = [c.result for c in first], [c.result for c in moved]
    assert incident_ids(moved_results) == snap.inc_ids.tolist()
    assert structure(moved_results)[0] == structure(results)[0]
    assert [r.key for r in build_rows(moved_results)] == [r.key for r in build_rows(results)]


def test_a_drag_step_signals_only_the_rows_that_can_read_differently(qapp, default_doc):
    """The table tells its view about the dragged incident's rows and the rows about the whole exercise
    or a signatory that read differently; the other rows read as before, value and mark (so they are not
    repainted)."""
    from gui.comparison.table_model import ComparisonTableModel, changed_incidents

    snap = load_snapshot(default_doc)
    options = {t.id: t for t in load_options(default_doc, terms_ids(default_doc))}
    scenarios = [Scenario(terms_id) for terms_id in options]
    now = float(snap.clock_time)
    model = ComparisonTableModel()
    columns = judge_scenarios(snap, scenarios, options, now)
    model.show(columns)
    incident_id = int(snap.inc_ids[len(snap.inc_ids) // 2])

    def read() -> dict:
        return {(row, col): (model.index(row, col).data(), model.index(row, col).data(MARK_ROLE))
                for row in range(model.rowCount()) for col in range(model.columnCount())}
    before = read()
    signalled: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: signalled.append((top.row(), bottom.row())))
    preview = snap.with_incident_time(incident_id, int(snap.inc_time[snap.incident_position(incident_id)]) + 5400)
    moved = judge_scenarios(preview, scenarios, options, now, earlier=columns)
    assert changed_incidents([c.result for c in columns], [c.result for c in moved]) == {incident_id}
    model.show(moved)
    after = read()
    told = {row for top, bottom in signalled for row in range(top, bottom + 1)}
    about = [model.rows[row].about for row in range(model.rowCount())]
    dragged = {row for row, a in enumerate(about) if a == ("incident", incident_id)}
    others = {row for row, a in enumerate(about) if a is not None and a[0] == "incident" and a[1] != incident_id}
    assert dragged and others and dragged <= told and not (others & told)
    # Of the summary and signatory rows (all painted: read() asked for their marks), exactly those that read
    # differently, some of them; no heading.
    differing = {key[0] for key in after if after[key] != before[key]}
    summary = set(range(model.rowCount())) - others - dragged
    assert differing & summary and told & summary == differing & summary
    assert not any(model.rows[row].heading for row in told)
    # What was not signalled reads exactly as before; a fresh table agrees with the one kept up.
    assert all(after[key] == before[key] for key in after if key[0] not in told)
    fresh = ComparisonTableModel()
    fresh.show(moved)
    texts = {(row, col): (fresh.index(row, col).data(), fresh.index(row, col).data(MARK_ROLE))
             for row in range(fresh.rowCount()) for col in range(fresh.columnCount())}
    assert texts == after


def test_rows_not_painted_yet_are_signalled_in_ranges_qt_can_place(qapp, default_doc):
    """A row whose marks were never asked for (never painted) is signalled, as before; no range is so large
    that Qt repaints the whole table for it (it does past 200 cells)."""
    from gui.comparison.table_model import UPDATE_MOST_CELLS, ComparisonTableModel

    snap = load_snapshot(default_doc)
    options = {t.id: t for t in load_options(default_doc, terms_ids(default_doc))}
    scenarios = [Scenario(terms_id) for terms_id in options]
    now = float(snap.clock_time)
    model = ComparisonTableModel()
    columns = judge_scenarios(snap, scenarios, options, now)
    model.show(columns)
    signalled: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: signalled.append(
        (top.row(), bottom.row(), top.column(), bottom.column())))
    incident_id = int(snap.inc_ids[len(snap.inc_ids) // 2])
    preview = snap.with_incident_time(incident_id, int(snap.inc_time[snap.incident_position(incident_id)]) + 5400)
    model.show(judge_scenarios(preview, scenarios, options, now, earlier=columns))
    told = {row for top, bottom, _, _ in signalled for row in range(top, bottom + 1)}
    unpainted = {row for row, spec in enumerate(model.rows) if spec.about is None or spec.about[0] == "signatory"}
    assert {row for row in unpainted if not model.rows[row].heading} <= told
    assert all((bottom - top + 1) * (right - left + 1) <= UPDATE_MOST_CELLS for top, bottom, left, right in signalled)
