"""The countdown panel: rows, order, colours, and updates that keep the view still."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from gui.incidents.countdown_panel import DEADLINE, FIRST_MISSED_ROLE, OWED, TIME, CountdownPanel, missed_text
from gui.core.document import ExerciseDocument
from gui.core.style import STATUS_COLOURS, urgency_colour
from model.engine import MISSED


@pytest.fixture
def panel(qtbot, document) -> CountdownPanel:
    widget = CountdownPanel()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.resize(480, 700)
    widget.show()
    return widget


def test_pending_rows_come_first_soonest_first(panel):
    model = panel.model
    assert model.pending_count() == 3
    texts = panel.row_texts()
    assert texts[:3] == [
        "17 h 30 min React #4 Naval blockade / attack on shipping, 26 of 29 owe",
        "36 h 15 min Consult #2 Cyber attack on critical infrastructure, 22 of 29 owe",
        "41 h 30 min Consult #4 Naval blockade / attack on shipping, 29 of 29 owe",
    ]
    seconds = [model.countdown(r).seconds for r in range(3)]
    assert seconds == sorted(seconds)


def test_missed_rows_follow_in_red_with_who_and_how_late(panel):
    model = panel.model
    first_missed = model.pending_count()
    row = model.countdown(first_missed)
    assert row.missed
    assert model.data(model.index(first_missed, TIME)) == "MISSED +1 h 20 min"
    assert missed_text(row) == "MISSED +1 h 20 min AL consult #1"
    assert panel.row_texts()[first_missed].startswith("MISSED +1 h 20 min AL consult #1")
    assert model.data(model.index(first_missed, OWED)) == "AL"
    red = model.data(model.index(first_missed, TIME), Qt.ItemDataRole.ForegroundRole)
    assert red.red() > 150 and red.green() < 60, "missed time is drawn red"
    assert model.data(model.index(first_missed, TIME), Qt.ItemDataRole.UserRole + 3) == STATUS_COLOURS[MISSED]
    assert model.data(model.index(first_missed, 0), FIRST_MISSED_ROLE)
    assert not model.data(model.index(first_missed + 1, 0), FIRST_MISSED_ROLE)
    assert all(model.countdown(r).missed for r in range(first_missed, model.rowCount()))


def test_tooltip_lists_the_signatories_that_still_owe(panel):
    model = panel.model
    tip = model.data(model.index(1, DEADLINE), Qt.ItemDataRole.ToolTipRole)
    assert "Still owed by: AL, BE, CA" in tip
    assert "#2 Cyber attack on critical infrastructure" in tip


def test_urgency_colours_follow_time_left(panel):
    model = panel.model
    bar = Qt.ItemDataRole.UserRole + 3
    assert model.data(model.index(0, TIME), bar) == urgency_colour(17.5 * 3600, False)
    assert model.data(model.index(1, TIME), bar) == urgency_colour(36.25 * 3600, False)
    assert urgency_colour(17.5 * 3600, False) != urgency_colour(36.25 * 3600, False)


def test_time_left_uses_a_large_monospace_font(panel):
    model = panel.model
    font = model.data(model.index(0, TIME), Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font)
    widths = {metrics.horizontalAdvance(digit) for digit in "0123456789:"}
    assert len(widths) == 1, "every digit the same width, so a running countdown does not jiggle"
    assert font.pointSizeF() >= panel.view.font().pointSizeF() * 1.4
    assert font.bold()


def test_a_tick_updates_cells_without_resetting_the_view(panel, document, wall, qtbot):
    model = panel.model
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), b.row())))
    panel.view.selectRow(1)
    document.start_clock()
    wall.now += 60                                 # x60: one scenario hour
    document.tick()
    assert panel.row_texts()[0].startswith("16 h 30 min React #4")
    assert resets == [] and changes, "same deadlines: cells refreshed, rows kept"
    assert [i.row() for i in panel.view.selectionModel().selectedRows()] == [1]



def test_a_tick_repaints_the_times_left_not_every_cell(panel, document, wall):
    model = panel.model
    changes = []
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), a.column(), b.row(), b.column())))
    document.start_clock()
    wall.now += 1                                  # x60: one scenario minute, no colour crosses a threshold
    document.tick()
    pending = model.pending_count()
    assert pending and changes
    # Every pending row's time left changed, and its cell alone is refreshed; missed rows counted
    # further late (their time column) too. No row is refreshed as a whole.
    assert {(row, first, last) for row, first, _, last in changes} >= {(row, TIME, TIME) for row in range(pending)}
    assert all(first == TIME and last == TIME and row == end for row, first, end, last in changes)

def test_selection_follows_its_deadline_when_rows_change(panel, document, wall):
    model = panel.model
    panel.view.selectRow(2)                        # Consult #4, 41 h 30 min left
    key = model.data(model.index(2, 0), Qt.ItemDataRole.UserRole + 1)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    document.start_clock()
    wall.now += 17.5 * 60 + 1                      # past React #4's deadline (and incident #5 happens)
    document.tick()
    assert resets == [1]
    assert not any(t.startswith(("0:", "-")) or "React #4" in t for t in panel.row_texts()[:model.pending_count()])
    selected = panel.view.selectionModel().selectedRows()
    assert len(selected) == 1 and selected[0].data(Qt.ItemDataRole.UserRole + 1) == key


def test_clicking_a_row_emits_its_incident(panel, qtbot):
    view = panel.view
    index = view.model().index(1, 2)
    with qtbot.waitSignal(panel.incident_activated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert blocker.args == [panel.model.countdown(1).incident_id]


def test_summary_counts_running_and_missed(panel):
    text = panel.summary.text()
    assert "<b>3</b> deadlines running" in text and "<b>45</b> missed" in text


def test_no_document_means_no_rows(panel):
    panel.set_document(None)
    assert panel.model.rowCount() == 0
    assert panel.summary.text() == "No exercise open"


def test_an_exercise_without_incidents_says_so(qtbot, blank_doc):
    doc = ExerciseDocument(blank_doc)
    widget = CountdownPanel()
    qtbot.addWidget(widget)
    widget.set_document(doc)
    assert widget.model.rowCount() == 0
    assert "No deadlines" in widget.summary.text()
    widget.set_document(None)
    doc.close()
