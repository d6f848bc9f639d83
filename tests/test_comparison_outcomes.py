"""The comparison view crossed with branch outcomes, through its Qt model: columns are the options
picked × the outcomes picked ("This pact × rejects"), each judged on the trunk plus its outcome as
model/outcome_comparison judges it; they follow drag previews; a click shows the timeline under
that option and outcome, a view and no edit."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.comparison.dock import ComparisonDock
from gui.comparison.table_model import OUTCOME_ROLE, TERMS_ROLE, VALUE_ROLE
from model import queries
from model.branching import branch_points
from model.outcome_comparison import compare_option_outcomes, outcome_snapshot
from model.snapshot import terms_ids

INCIDENT = 3     # ground incursion at D+2 05:00, on the trunk


@pytest.fixture
def dock(qtbot, document):
    view = ComparisonDock()
    qtbot.addWidget(view)
    view.set_document(document)
    view.resize(1400, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def outcomes(document):
    (answer,) = branch_points(document.file)
    return {o.name: o.id for o in answer.outcomes}


def row_of(model, key: tuple) -> int:
    return next(n for n, row in enumerate(model.rows) if row.key == key)


def values(model, key: tuple) -> list:
    row = row_of(model, key)
    return [model.index(row, c).data(VALUE_ROLE) for c in range(1, model.columnCount())]


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())]


def test_the_chooser_lists_the_question_and_its_outcomes(dock, document):
    picker = dock.outcome_picker
    assert not picker.isHidden()
    # The button's text is shortened to its width (the caption goes first); its summary is what it says whole.
    assert picker.summary == "Crossed with: as on the timeline"
    assert picker.text().strip() in (picker.summary, "as on the timeline")
    assert picker.summary in picker.toolTip() or picker.text().strip() == picker.summary
    texts = [a.text() for a in picker.menu_.actions()]
    assert "Adversary's answer to the treaty offer" in texts           # the section names the question
    assert {"accepts", "rejects", "stalls"} <= {t.split(" (")[0] for t in texts}


def test_every_option_on_the_rejection_branch_is_judged_as_the_model_judges_it(dock, document):
    rejects = outcomes(document)["rejects"]
    dock.outcome_picker.choices[rejects].trigger()
    model = dock.model
    options = terms_ids(document.file)
    assert [model.index(0, c).data(TERMS_ROLE) for c in range(1, 4)] == options
    assert [model.index(0, c).data(OUTCOME_ROLE) for c in range(1, 4)] == [rejects] * 3
    assert all(h.endswith("× rejects") for h in headers(model))
    assert "rejects" in dock.outcome_picker.summary
    want = compare_option_outcomes(document.file, [(t, rejects) for t in options], at=document.clock.seconds())
    assert values(model, ("missed",)) == [r.result.missed for r in want]
    assert values(model, ("met",)) == [r.result.met for r in want]
    assert values(model, ("consultation", "median")) == [r.result.consultation.median_s for r in want]
    # The rejection's own incidents have rows; they were not on the timeline's default (accepts? played?) record.
    extra = set(outcome_snapshot(document.file, rejects).inc_ids.tolist()) - set(document.snapshot.inc_ids.tolist())
    assert extra
    for incident_id in extra:
        assert all(v is not None for v in values(model, ("bound", incident_id)))
    assert dock.chart.figures[0].name.endswith("× rejects")


def test_one_option_crossed_with_two_outcomes_shows_where_they_differ(dock, document):
    names = outcomes(document)
    dock.outcome_picker.choices[names["accepts"]].trigger()
    dock.outcome_picker.choices[names["rejects"]].trigger()
    model = dock.model
    # Two outcomes: room for two options each, four columns at most.
    assert [(model.index(0, c).data(TERMS_ROLE), model.index(0, c).data(OUTCOME_ROLE))
            for c in range(1, model.columnCount())] == [
        (t, o) for o in (names["accepts"], names["rejects"]) for t in terms_ids(document.file)[:2]]
    only_rejected = set(outcome_snapshot(document.file, names["rejects"]).inc_ids.tolist()) - set(
        outcome_snapshot(document.file, names["accepts"]).inc_ids.tolist())
    incident_id = next(iter(only_rejected))
    row = row_of(model, ("bound", incident_id))
    assert [model.index(row, c).data() for c in (1, 2)] == ["not in this outcome"] * 2
    assert values(model, ("bound", incident_id))[2:] == [v for v in values(model, ("bound", incident_id))[2:]
                                                         if v is not None]
    assert model.index(row, 0).data()                      # labelled from the record that has it
    dock.pick(terms_ids(document.file)[2], True)           # no room: still four columns
    assert model.columnCount() == 5


def test_crossed_columns_follow_a_drag_of_a_trunk_incident(dock, document):
    rejects = outcomes(document)["rejects"]
    dock.outcome_picker.choices[rejects].trigger()
    stored = values(dock.model, ("bound", INCIDENT))
    moved = int(document.snapshot.inc_time[document.snapshot.incident_position(INCIDENT)]) - 40 * 86400
    document.preview(document.snapshot.with_incident_time(INCIDENT, moved))
    record = outcome_snapshot(document.file, rejects).with_incident_time(INCIDENT, moved)
    from model.comparison import compare
    from model.snapshot import load_options
    want = compare(record, load_options(document.file, terms_ids(document.file)), document.clock.seconds())
    assert values(dock.model, ("bound", INCIDENT)) == [int(r.parties_bound[record.incident_position(INCIDENT)])
                                                       for r in want]
    assert values(dock.model, ("bound", INCIDENT)) != stored
    document.end_preview()
    document.tick()
    assert values(dock.model, ("bound", INCIDENT)) == stored


def test_clicking_a_crossed_cell_shows_the_timeline_under_that_option_and_outcome(window, qtbot):
    document = window.document
    entries = len(queries.log_entries(document.file))
    dock = window.comparison
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.model.columnCount() == 4)
    rejects = outcomes(document)["rejects"]
    dock.outcome_picker.choices[rejects].trigger()
    extra = set(outcome_snapshot(document.file, rejects).inc_ids.tolist()) - set(document.snapshot.inc_ids.tolist())
    incident_id = min(extra)
    index = dock.model.index(row_of(dock.model, ("bound", incident_id)), 3)
    dock.show_cell(index)
    assert window.timeline.shown_option() == index.data(TERMS_ROLE)
    assert rejects in document.snapshot.outcomes                  # the timeline now takes "rejects"
    assert incident_id in document.snapshot.inc_ids.tolist()
    assert document.selection.current("incident") == incident_id
    assert len(queries.log_entries(document.file)) == entries      # a view, not an edit


def test_entering_and_leaving_a_what_if_keeps_the_options_and_outcomes_picked(dock, document):
    rejects = outcomes(document)["rejects"]
    dock.outcome_picker.choices[rejects].trigger()
    picked = list(dock.picked)
    document.enter_what_if()
    dock.set_document(document)              # as the window does when the document edits another file
    assert dock.outcomes_picked == [rejects] and dock.picked == picked
    assert all(h.endswith("× rejects") for h in headers(dock.model))
    document.discard_what_if()
    dock.set_document(document)
    assert dock.outcomes_picked == [rejects]
