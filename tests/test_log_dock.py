"""The decision log dock: keyboard recording, corrections, verification, filtering, following."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMainWindow

from gui.core import settings
from gui.conduct.log_dock import LogDock
from gui.conduct.log_model import AUTHOR, CORRECTS, KIND, SCENARIO, TEXT
from model import queries
from model.engine import MET, PENDING
from model.services import log as log_service


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("PACTLINE_SETTINGS_DIR", str(tmp_path / "settings"))


@pytest.fixture
def dock(qtbot, document) -> LogDock:
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = LogDock(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, widget)
    window.resize(1100, 520)
    widget.set_document(document)
    window.show()
    qtbot.waitExposed(window)
    yield widget
    del window                     # kept alive until here: the dock belongs to it


def last_entry(document):
    return queries.log_entries(document.file)[-1]


def shown(dock, row: int, column: int) -> str:
    return dock.proxy.index(row, column).data()


def type_and_enter(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def signatory_position(document, code: str) -> int:
    return document.snapshot.sig_codes.index(code)


# -- recording with the keyboard ------------------------------------------------------------------
def test_a_decision_typed_and_entered_is_logged_at_the_bottom(dock, document, qtbot):
    before = dock.model.rowCount()
    dock.record_action.trigger()
    line = dock.entry_line
    assert line.text.hasFocus(), "Ctrl+L puts the cursor into the entry line"
    qtbot.keyClicks(line.text, "Convene the coordination cell at 10:00")
    qtbot.keyClick(line.text, Qt.Key.Key_Return)

    entry = last_entry(document)
    assert (entry.kind, entry.text) == ("decision", "Convene the coordination cell at 10:00")
    assert entry.author == document.file.author
    assert entry.scenario_time == document.clock.now()
    assert dock.model.rowCount() == before + 1
    bottom = dock.proxy.rowCount() - 1
    assert shown(dock, bottom, TEXT) == "Convene the coordination cell at 10:00"
    assert shown(dock, bottom, KIND) == "Decision"
    assert shown(dock, bottom, SCENARIO) == "D+2 09:00:00"
    assert line.text.text() == "" and line.text.hasFocus(), "ready for the next entry"
    assert document.undo_stack.count() == 0, "a log entry is not undoable: the log is append-only"


def test_a_note_is_logged_as_a_note(dock, document, qtbot):
    line = dock.entry_line
    line.kind.setFocus()
    qtbot.keyClick(line.kind, Qt.Key.Key_N)
    assert line.current_kind() == "note"
    type_and_enter(qtbot, line.text, "Delegation of PL asks for a break")
    assert (last_entry(document).kind, last_entry(document).text) == ("note", "Delegation of PL asks for a break")


def test_an_empty_decision_is_refused_beside_the_field(dock, document, qtbot):
    count = len(queries.log_entries(document.file))
    type_and_enter(qtbot, dock.entry_line.text, "   ")
    assert dock.entry_line.error_text() == "Decision: must not be empty."
    assert dock.entry_line.error.isVisible()
    assert len(queries.log_entries(document.file)) == count


def test_a_commitment_from_the_entry_line_is_stored_logged_and_assessed_at_once(dock, document, qtbot):
    incident = 4                                   # naval blockade, reaction deadline running
    document.selection.select("incident", incident)
    line = dock.entry_line
    assert line.incident.currentData() == incident, "the selected incident is the default"
    pos, pl = document.snapshot.incident_position(incident), signatory_position(document, "PL")
    assert document.assessment.reaction.status[pos, pl] == PENDING
    commitments = len(queries.commitments(document.file))

    line.kind.setFocus()
    qtbot.keyClick(line.kind, Qt.Key.Key_C)
    assert line.current_kind() == "commitment" and line.measure.isVisible()
    line.focus_entry()
    assert line.signatory.hasFocus()
    qtbot.keyClicks(line.signatory, "pl")
    line.measure.setFocus()
    qtbot.keyClicks(line.measure, "naval_escort")
    assert line.category.currentData() == "military", "the measure sets its category"
    qtbot.keyClick(line.measure, Qt.Key.Key_Return)

    assert line.error_text() == ""
    stored = queries.commitments(document.file)
    assert len(stored) == commitments + 1
    new = max(stored, key=lambda c: c.id)   # the newest (the default's branch commitments are announced later)
    assert (new.incident_id, new.measure, new.category, new.status) == (incident, "naval_escort", "military",
                                                                          "announced")
    assert new.announced_at == document.clock.now()
    entry = last_entry(document)
    assert entry.kind == "commitment" and "PL commitment to incident #4" in entry.text
    assert document.assessment.reaction.status[pos, pl] == MET, "the assessment changed at once"
    assert shown(dock, dock.proxy.rowCount() - 1, KIND) == "Commitment"

    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert len(queries.commitments(document.file)) == commitments
    assert document.assessment.reaction.status[pos, pl] == PENDING
    assert last_entry(document).kind == "edit", "the undo is logged too; nothing is removed from the log"
    document.undo_stack.redo()
    assert max(c.id for c in queries.commitments(document.file)) == new.id
    assert last_entry(document).kind == "commitment"


def test_attendance_from_the_entry_line_records_joining_now(dock, document, qtbot):
    incident = 4
    document.selection.select("incident", incident)
    line = dock.entry_line
    line.set_kind("attendance")
    assert line.signatory.isVisible() and not line.measure.isVisible()
    pos, al = document.snapshot.incident_position(incident), signatory_position(document, "AL")
    assert document.assessment.consultation.status[pos, al] == PENDING
    type_and_enter(qtbot, line.signatory, "AL")

    consultation = [c for c in queries.consultations(document.file, incident)
                    if c.signatory_id == int(document.snapshot.sig_ids[al])]
    assert len(consultation) == 1 and consultation[0].joined_at == document.clock.now()
    assert last_entry(document).kind == "attendance"
    assert document.assessment.consultation.status[pos, al] == MET
    document.undo_stack.undo()
    assert int(document.snapshot.sig_ids[al]) not in {c.signatory_id
                                                       for c in queries.consultations(document.file, incident)}
    assert document.assessment.consultation.status[pos, al] == PENDING


@pytest.mark.parametrize("signatory, measure, field, words", [
    ("XX", "naval_escort", "logSignatory", "Signatory: 'XX' is not a signatory"),
    ("", "naval_escort", "logSignatory", "Signatory: type the code of the signatory"),
    ("PL", "moon landing", "logMeasure", "is not an instrument of this exercise's catalogue"),
])
def test_a_refused_commitment_is_shown_beside_the_field_and_nothing_stored(dock, document, qtbot, signatory,
                                                                          measure, field, words):
    line = dock.entry_line
    line.set_kind("commitment")
    before = (len(queries.commitments(document.file)), len(queries.log_entries(document.file)))
    line.signatory.setText(signatory)
    line.measure.setText(measure)
    qtbot.keyClick(line.measure, Qt.Key.Key_Return)
    assert words in line.error_text()
    assert line.findChild(type(line.signatory), field).hasFocus(), "the cursor goes to the refused field"
    assert "c62828" in line.findChild(type(line.signatory), field).styleSheet()
    assert (len(queries.commitments(document.file)), len(queries.log_entries(document.file))) == before
    assert document.undo_stack.count() == 0


# -- corrections ----------------------------------------------------------------------------------
def test_a_correction_refers_to_the_entry_it_corrects(dock, document, qtbot):
    type_and_enter(qtbot, dock.entry_line.text, "Readiness level 3")
    wrong = last_entry(document)
    assert dock.select_entry(wrong.id)
    assert document.selection.current("log_entry") == wrong.id
    dock.correct_action.trigger()
    line = dock.entry_line
    assert line.correcting() == wrong.id and line.correcting_label.text() == f"Correcting #{wrong.id}:"
    assert line.text.text() == "Readiness level 3", "the old text is there to edit"
    line.text.selectAll()
    type_and_enter(qtbot, line.text, "Readiness level 2")

    fix = last_entry(document)
    assert (fix.kind, fix.text, fix.refers_to) == ("correction", "Readiness level 2", wrong.id)
    assert queries.log_entries(document.file, wrong.id - 1)[0].text == "Readiness level 3", "kept as written"
    bottom = dock.proxy.rowCount() - 1
    assert shown(dock, bottom, CORRECTS) == f"corrects #{wrong.id}"
    assert dock.model.corrected_by(wrong.id) == [fix.id]
    old_row = dock.proxy.mapFromSource(dock.model.index(dock.model.row_of(wrong.id), TEXT))
    assert f"Corrected by entry #{fix.id}" in old_row.data(Qt.ItemDataRole.ToolTipRole)
    assert line.correcting() is None and line.kind.isVisible()


def test_escape_cancels_a_correction(dock, document, qtbot):
    dock.select_entry(last_entry(document).id)
    dock.correct_selected()
    count = len(queries.log_entries(document.file))
    qtbot.keyClick(dock.entry_line.text, Qt.Key.Key_Escape)
    assert dock.entry_line.correcting() is None and dock.entry_line.text.text() == ""
    assert len(queries.log_entries(document.file)) == count


def test_correct_needs_a_selected_entry(dock):
    dock.view.clearSelection()
    assert not dock.correct_action.isEnabled()
    dock.select_entry(1)
    assert dock.correct_action.isEnabled()


# -- verification ---------------------------------------------------------------------------------
def test_verify_reports_an_intact_log(dock, document):
    for n in range(3):
        log_service.add_log_entry(document.file, kind="note", text=f"note {n}")
    result = dock.verify()
    count = len(queries.log_entries(document.file))
    assert result.intact
    assert dock.verify_result.text() == f"Log intact: {count} entries, hash chain verified"
    assert dock.verify_result.isVisible()


def test_verify_finds_the_entry_altered_outside_pactline_and_selects_it(dock, document, qtbot):
    for text in ("Convene the cell", "Close the airspace", "Ask for a UNSC meeting"):
        type_and_enter(qtbot, dock.entry_line.text, text)
    target = [e for e in queries.log_entries(document.file) if e.text == "Close the airspace"][0]
    dock.text_filter.setText("UNSC")        # the altered row is filtered out; verifying shows it anyway
    connection = sqlite3.connect(document.file.path)
    try:
        connection.execute("DROP TRIGGER log_entry_no_update")
        connection.execute("UPDATE log_entry SET text = 'Keep the airspace open' WHERE id = ?", (target.id,))
        connection.commit()
    finally:
        connection.close()

    result = dock.verify()
    assert result.first_bad_id == target.id
    assert dock.verify_result.text().startswith(f"Entry #{target.id} was altered after it was written (")
    assert dock.selected_entry_id() == target.id
    assert dock.text_filter.text() == ""


def test_verify_names_the_entry_removed_from_the_middle_not_the_one_after_it(dock, document, qtbot):
    for n in range(6):
        log_service.add_log_entry(document.file, kind="note", text=f"note {n}")
    entries = queries.log_entries(document.file)
    removed, after = entries[-4], entries[-3]
    connection = sqlite3.connect(document.file.path)
    try:
        connection.execute("DROP TRIGGER log_entry_no_delete")
        connection.execute("DELETE FROM log_entry WHERE id = ?", (removed.id,))
        connection.commit()
    finally:
        connection.close()

    result = dock.verify()
    assert (result.missing_id, result.first_bad_id) == (removed.id, after.id)
    assert dock.verify_result.text() == (f"Entry #{removed.id} is missing: it was removed from the file, so the "
                                         f"link of entry #{after.id} to the entry before it is broken")
    assert dock.selected_entry_id() == after.id


# -- the table ------------------------------------------------------------------------------------
def test_entries_arrive_incrementally_on_changes_and_clock_actions(dock, document):
    first = dock.model.entry(0)
    rows = dock.model.rowCount()
    document.start_clock()
    assert dock.model.rowCount() == rows + 1
    assert dock.model.entry(rows).kind == "clock" and "started" in dock.model.entry(rows).text
    assert dock.model.entry(0) is first, "rows already shown are not reloaded"
    document.pause_clock()
    assert dock.model.entry(dock.model.rowCount() - 1).text.startswith("Clock paused")


def test_filter_by_kind_and_text(dock, document, qtbot):
    type_and_enter(qtbot, dock.entry_line.text, "Send the naval group")
    document.start_clock()
    dock.kind_filter.setCurrentIndex(dock.kind_filter.findData("decision"))
    assert dock.proxy.rowCount() == 1 and shown(dock, 0, TEXT) == "Send the naval group"
    dock.kind_filter.setCurrentIndex(0)
    dock.text_filter.setText("NAVAL GROUP")
    assert [shown(dock, r, TEXT) for r in range(dock.proxy.rowCount())] == ["Send the naval group"]
    dock.text_filter.clear()
    assert dock.proxy.rowCount() == dock.model.rowCount()


def test_the_table_follows_new_entries_unless_scrolled_up(dock, document, qtbot):
    for n in range(40):
        log_service.add_log_entry(document.file, kind="note", text=f"note {n}")
    dock.refresh()
    bar = dock.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)        # the view lays itself out after the insert
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    bar.setValue(0)                                   # the user reads back
    assert not dock.following()
    maximum = bar.maximum()
    log_service.add_log_entry(document.file, kind="note", text="one more")
    dock.refresh()
    qtbot.waitUntil(lambda: bar.maximum() > maximum)
    assert bar.value() == 0, "reading back is not interrupted"
    bar.setValue(bar.maximum())
    maximum = bar.maximum()
    log_service.add_log_entry(document.file, kind="note", text="and another")
    dock.refresh()
    qtbot.waitUntil(lambda: bar.maximum() > maximum)
    assert bar.value() == bar.maximum()
    viewport = dock.view.viewport()
    last_visible = dock.view.indexAt(QPoint(5, viewport.height() - 3))
    assert last_visible.row() == dock.proxy.rowCount() - 1


def test_author_is_set_in_the_dock_remembered_and_written(dock, document, qtbot):
    dock.author.setFocus()
    dock.author.selectAll()
    qtbot.keyClicks(dock.author, "Maj. Lee")
    qtbot.keyClick(dock.author, Qt.Key.Key_Return)
    assert settings.value(settings.AUTHOR) == "Maj. Lee"
    assert document.file.author == "Maj. Lee"
    type_and_enter(qtbot, dock.entry_line.text, "Hold the press statement")
    assert last_entry(document).author == "Maj. Lee"
    assert shown(dock, dock.proxy.rowCount() - 1, AUTHOR) == "Maj. Lee"


def test_a_stored_author_is_applied_when_an_exercise_is_bound(qtbot, document):
    settings.set_value(settings.AUTHOR, "Cpt. Novak")
    widget = LogDock()
    qtbot.addWidget(widget)
    widget.set_document(document)
    assert document.file.author == "Cpt. Novak" and widget.author.text() == "Cpt. Novak"
    widget.set_document(None)
    assert widget.model.rowCount() == 0 and not widget.entry_line.isEnabled()


def test_menu_actions_have_shortcuts_and_status_tips(dock):
    actions = dock.menu_actions["exercise"]
    assert [a.shortcut().toString() for a in actions] == ["Ctrl+L", "Ctrl+Shift+L", "Ctrl+Shift+V"]
    assert all(a.statusTip() for a in actions)
    assert dock.objectName() == "logDock"
