"""The comparison view (View › Options Compared), driven through its Qt model: the values are
model/comparison's for each option, they follow stored edits and drag previews, a click selects
what a value is about and shows the timeline under that column's option."""
from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from gui.comparison.dock import ComparisonDock
from gui.comparison.table_model import ABOUT_ROLE, MARK_ROLE, TERMS_ROLE, VALUE_ROLE
from gui.core.commands import UpdateCommand
from model import queries, services
from model.comparison import compare
from model.engine import assess
from model.snapshot import load_options, terms_ids
from model.timeutil import from_epoch
from tests.timeline_support import (  # noqa: F401  (the timeline fixture is used by name)
    focus_on, incident_time, marker_point, mouse_drag, pixels_per_hour, timeline,
)

INCIDENT = 3     # ground incursion at D+2 05:00


@pytest.fixture
def dock(qtbot, document):
    view = ComparisonDock()
    qtbot.addWidget(view)
    view.set_document(document)
    view.resize(1400, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def row_of(model, key: tuple) -> int:
    return next(n for n, row in enumerate(model.rows) if row.key == key)


def column_values(model, key: tuple) -> list:
    row = row_of(model, key)
    return [model.index(row, column).data(VALUE_ROLE) for column in range(1, model.columnCount())]


def expected(document, snapshot=None):
    snapshot = snapshot or document.snapshot
    options = [snapshot.terms if t.id == snapshot.terms.id else t
               for t in load_options(document.file, terms_ids(document.file))]
    return compare(snapshot, options, document.clock.seconds())


def test_each_column_shows_model_comparison_figures_for_its_option(dock, document):
    model = dock.model
    results = expected(document)
    assert len(results) == 3                       # the default exercise's three options
    assert [model.index(0, c).data(TERMS_ROLE) for c in range(1, 4)] == [r.terms_id for r in results]
    assert column_values(model, ("met",)) == [r.met for r in results]
    assert column_values(model, ("missed",)) == [r.missed for r in results]
    assert column_values(model, ("pending",)) == [r.pending for r in results]
    assert column_values(model, ("gap_incidents",)) == [r.gap_incidents for r in results]
    assert column_values(model, ("gates_broken",)) == [r.gate_violations for r in results]
    assert column_values(model, ("gated",)) == [r.gated for r in results]
    assert column_values(model, ("consultation", "median")) == [r.consultation.median_s for r in results]
    assert column_values(model, ("kind",)) == [r.kind for r in results]
    snap = document.snapshot
    for i, incident_id in enumerate(snap.inc_ids.tolist()):
        assert column_values(model, ("bound", incident_id)) == [int(r.parties_bound[i]) for r in results]
    s = 0
    signatory_id = int(snap.sig_ids[s])
    medians = [r.reaction.per_signatory_s[s] for r in results]
    assert column_values(model, ("sig_reaction", signatory_id)) == [None if m != m else m for m in medians]
    # "bilateral agreements only" demands something else: the options really differ, and it shows.
    assert len(set(column_values(model, ("missed",)))) > 1
    marks = [model.index(row_of(model, ("missed",)), c).data(MARK_ROLE) for c in range(1, 4)]
    assert "best" in marks and "worst" in marks
    assert dock.chart.figures[0].met == results[0].met


def test_the_columns_follow_a_stored_edit_and_its_undo(dock, document, qtbot):
    model = dock.model
    before = column_values(model, ("bound", INCIDENT))
    moved = incident_time(document, INCIDENT) - 40 * 86400      # before most agreements were in force
    assert document.execute(UpdateCommand(document, "Move incident",
                                          partial(services.incidents.update_incident, incident_id=INCIDENT),
                                          occurred_at=from_epoch(moved)))
    qtbot.waitUntil(lambda: column_values(model, ("bound", INCIDENT)) != before)
    results = expected(document)
    assert column_values(model, ("bound", INCIDENT)) == [
        int(r.parties_bound[document.snapshot.incident_position(INCIDENT)]) for r in results]
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: column_values(model, ("bound", INCIDENT)) == before)


def test_every_column_follows_a_drag_preview_and_returns_when_it_ends(dock, document):
    model = dock.model
    stored = column_values(model, ("missed",))
    preview = document.snapshot.with_incident_time(INCIDENT, incident_time(document, INCIDENT) - 36 * 3600)
    document.preview(preview)
    during = expected(document, preview)
    assert column_values(model, ("missed",)) == [r.missed for r in during]
    assert column_values(model, ("consultation", "worst")) == [r.consultation.worst_s for r in during]
    assert column_values(model, ("missed",)) != stored
    document.end_preview()
    document.tick()
    assert column_values(model, ("missed",)) == stored


def test_a_real_drag_on_the_timeline_updates_the_comparison_while_dragging(dock, document, timeline):
    focus_on(timeline, incident_time(document, INCIDENT), hours=96)
    start = marker_point(timeline, INCIDENT)
    step = int(pixels_per_hour(timeline) * 30)
    stored = column_values(dock.model, ("consultation", "worst"))
    seen = []
    mouse_drag(timeline, [start, start - QPoint(step // 2, 0), start - QPoint(step, 0)],
               during=lambda: seen.append(column_values(dock.model, ("consultation", "worst"))))
    assert any(values != stored for values in seen)
    assert column_values(dock.model, ("consultation", "worst")) == [r.consultation.worst_s
                                                                     for r in expected(document)]   # the drop


def test_picking_options_keeps_two_to_four(dock, document):
    ids = list(dock.options)
    dock.pick(ids[0], False)
    assert dock.model.columnCount() == 3           # the measure column and two options
    dock.pick(ids[1], False)
    assert dock.model.columnCount() == 0            # one option compares with nothing
    assert "two to four" in dock.hint.text()
    dock.pick(ids[0], True)
    dock.pick(ids[1], True)
    assert [dock.model.index(0, c).data(TERMS_ROLE) for c in range(1, 4)] == ids


def test_nothing_is_judged_while_the_view_is_hidden(dock, document):
    dock.hide()
    shown = dock.model.columns
    document.preview(document.snapshot.with_incident_time(INCIDENT, incident_time(document, INCIDENT) - 36 * 3600))
    assert dock.model.columns is shown
    document.end_preview()
    dock.show()
    QApplication.processEvents()
    assert column_values(dock.model, ("missed",)) == [r.missed for r in expected(document)]


def test_clicking_a_value_selects_its_incident_and_shows_the_timeline_under_that_option(window, qtbot):
    document = window.document
    entries = len(queries.log_entries(document.file))
    dock = window.comparison
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.model.columnCount() == 4)
    if not dock.side_by_side():
        dock.tabs.setCurrentWidget(dock.table_page)
    table = dock.table
    row = row_of(dock.model, ("bound", INCIDENT))
    index = dock.model.index(row, 3)               # the third option: not the active one
    terms_id = index.data(TERMS_ROLE)
    assert terms_id != document.snapshot.terms.id and index.data(ABOUT_ROLE) == ("incident", INCIDENT)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert document.selection.current("incident") == INCIDENT
    assert window.timeline.selected_incident() == INCIDENT
    assert window.timeline.shown_option() == terms_id
    shown = window.timeline.assessment
    options = {t.id: t for t in load_options(document.file, terms_ids(document.file))}
    under = assess(document.snapshot.with_terms(options[terms_id]), document.clock.seconds())
    assert shown.snapshot.terms.id == terms_id
    assert (shown.consultation.status == under.consultation.status).all()
    assert window.timeline.option_bar.combo.currentData() == terms_id
    assert window.timeline.option_bar.note.text()          # says it is not the active option
    # A view, not an edit: nothing was stored or logged.
    assert len(queries.log_entries(document.file)) == entries
    assert document.snapshot.terms.id != terms_id


def test_clicking_a_signatory_value_selects_the_signatory(window, qtbot):
    document = window.document
    dock = window.comparison
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.model.columnCount() == 4)
    signatory_id = int(document.snapshot.sig_ids[-1])
    row = row_of(dock.model, ("sig_consultation", signatory_id))
    dock.show_cell(dock.model.index(row, 2))
    assert document.selection.current("signatory") == signatory_id
    assert window.timeline.shown_option() == dock.model.index(row, 2).data(TERMS_ROLE)


def test_the_view_menu_opens_the_comparison(window):
    toggle = window.comparison.toggleViewAction()
    assert toggle in window.menus["view"].actions()
    assert toggle.shortcut().toString() == "Ctrl+Shift+C"


def test_the_selector_beside_the_timeline_draws_it_under_another_option_without_an_edit(timeline, document):
    bar = timeline.option_bar
    assert not bar.isHidden() and bar.combo.count() == 3
    entries = len(queries.log_entries(document.file))
    bilateral = next(t for t in load_options(document.file, terms_ids(document.file)) if t.kind == "bilateral")
    bar.combo.setCurrentIndex(bar.combo.findData(bilateral.id))
    bar.combo.activated.emit(bar.combo.currentIndex())
    assert timeline.shown_option() == bilateral.id
    assert timeline.option_marker.isVisible() and bilateral.name in timeline.option_marker.text()
    under = assess(document.snapshot.with_terms(bilateral), document.clock.seconds())
    assert (timeline.assessment.reaction.status == under.reaction.status).all()
    assert not (timeline.assessment.reaction.status == document.assessment.reaction.status).all()
    document.tick()                                  # a clock tick keeps the chosen option
    assert timeline.assessment.snapshot.terms.id == bilateral.id
    assert len(queries.log_entries(document.file)) == entries and document.snapshot.terms.id != bilateral.id
    timeline.show_option(None)
    assert timeline.assessment is document.assessment and not bar.note.text()
    assert not timeline.option_marker.isVisible()


def test_closing_the_exercise_empties_the_view(dock):
    assert dock.model.rowCount() > 0
    dock.set_document(None)
    assert dock.model.rowCount() == 0 and dock.chart.figures == ()
