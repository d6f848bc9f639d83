"""The incident inspector: one undo command per committed edit, refusals beside the field, derived facts."""
from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gui.core.commands import UpdateCommand
from gui.core.document import ExerciseDocument
from gui.incidents.inspector import IncidentInspector
from model import queries
from model.storage.exercise_file import ExerciseFile
from model.services import incidents
from model.timeutil import from_epoch, utc
from tests.support import FakeWall

H = 3600


@pytest.fixture
def inspector(qtbot, document):
    widget = IncidentInspector()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.resize(420, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)       # focus moves (leaving a field commits it) need an active window
    return widget


def stored(document, incident_id: int):
    return next(i for i in queries.incidents(document.file) if i.id == incident_id)


def shown_seconds(inspector) -> int:
    return inspector.time_edit.dateTime().toSecsSinceEpoch()


def test_shows_the_selected_incident(inspector, document):
    assert inspector.stack.currentIndex() == 0                 # nothing selected: the placeholder
    document.selection.select("incident", 3)
    assert inspector.stack.currentIndex() == 1
    assert inspector.type_combo.currentData() == "ground_incursion"
    assert inspector.severity_combo.currentData() == 4
    assert shown_seconds(inspector) == int(utc(2026, 3, 3, 5).timestamp())
    assert inspector.time_edit.text() == "2026-03-03 05:00 UTC"
    assert inspector.relative.text() == "D+1 05:00"
    assert inspector.location_edit.text() == "Zaporizhzhia sector"
    assert inspector.description_edit.toPlainText().startswith("Two mechanised battalions")
    assert "Ground incursion" in inspector.title.text()


def test_derived_facts_come_from_the_assessment(inspector, document):
    document.selection.select("incident", 3)
    assert inspector.fact_text("reaction") == "D+2 05:00 · passed 4 h ago"
    assert inspector.fact_text("reaction_counts") == "26 met · 0 pending · 3 missed (of 29 obliged)"
    assert inspector.fact_text("consultation") == "24 h tier · deadline D+2 05:00 · passed 4 h ago"
    assert inspector.fact_text("consultation_counts") == "25 met · 0 pending · 4 missed (of 29 obliged)"
    assert inspector.fact_text("gaps") == "none"
    document.selection.select("incident", 4)
    assert inspector.fact_text("reaction") == "D+3 02:30 · 17 h 30 min left"
    assert inspector.fact_text("expected") == "economic, military"
    assert "economic" in inspector.fact_text("gaps")
    document.set_scenario_time(document.clock.seconds() + 30 * 60)     # facts follow the clock
    assert inspector.fact_text("reaction") == "D+3 02:30 · 17 h left"


def test_location_edit_is_one_command_and_follows_undo_redo(inspector, document, qtbot):
    document.selection.select("incident", 3)
    inspector.location_edit.setFocus()
    inspector.location_edit.selectAll()
    qtbot.keyClicks(inspector.location_edit, "Huliaipole")
    assert document.undo_stack.count() == 0                    # nothing per keystroke
    qtbot.keyClick(inspector.location_edit, Qt.Key.Key_Return)
    assert stored(document, 3).location == "Huliaipole"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Edit incident #3 (location)"
    document.undo_stack.undo()
    assert stored(document, 3).location == "Zaporizhzhia sector"
    assert inspector.location_edit.text() == "Zaporizhzhia sector"
    document.undo_stack.redo()
    assert inspector.location_edit.text() == "Huliaipole"
    qtbot.keyClick(inspector.location_edit, Qt.Key.Key_Return)   # unchanged: no second command
    assert document.undo_stack.count() == 1


def test_invalid_location_shows_the_service_reason_and_stores_nothing(inspector, document, qtbot):
    document.selection.select("incident", 3)
    too_long = "x" * 201
    inspector.location_edit.setText(too_long)
    inspector.location_edit.setFocus()
    qtbot.keyClick(inspector.location_edit, Qt.Key.Key_Return)
    assert inspector.error_text("location") == "Not saved: is too long (201 characters; at most 200)"
    assert inspector.errors["location"].isVisible()
    assert inspector.location_edit.text() == too_long         # the user's input stays to be fixed
    assert stored(document, 3).location == "Zaporizhzhia sector"
    assert document.undo_stack.count() == 0
    document.tick()                                            # a clock tick keeps the message
    assert inspector.error_text("location")
    inspector.location_edit.setText("Orikhiv")
    qtbot.keyClick(inspector.location_edit, Qt.Key.Key_Return)
    assert inspector.error_text("location") == "" and not inspector.errors["location"].isVisible()
    assert stored(document, 3).location == "Orikhiv"


def test_description_commits_on_ctrl_enter_or_leaving_not_per_keystroke(inspector, document, qtbot):
    document.selection.select("incident", 2)
    edit = inspector.description_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Wiper malware")
    assert document.undo_stack.count() == 0
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored(document, 2).description == "Wiper malware"
    assert document.undo_stack.count() == 1
    qtbot.keyClicks(edit, " spreads")
    inspector.location_edit.setFocus()                          # leaving the field commits
    qtbot.waitUntil(lambda: stored(document, 2).description == "Wiper malware spreads")
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert edit.toPlainText() == "Wiper malware"


def test_description_too_long_is_refused_beside_it(inspector, document, qtbot):
    document.selection.select("incident", 2)
    inspector.description_edit.setPlainText("y" * 4001)
    inspector.description_edit.setFocus()
    qtbot.keyClick(inspector.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert inspector.error_text("description") == "Not saved: is too long (4001 characters; at most 4000)"
    assert document.undo_stack.count() == 0
    qtbot.keyClick(inspector.description_edit, Qt.Key.Key_Escape)   # Esc puts the stored text back
    assert inspector.description_edit.toPlainText() == stored(document, 2).description
    assert inspector.error_text("description") == ""


def test_severity_change_is_one_command_and_moves_the_consultation_tier(inspector, document, qtbot):
    document.selection.select("incident", 4)                    # naval blockade S3: 48 h tier
    assert inspector.fact_text("consultation").startswith("48 h tier")
    inspector.severity_combo.setFocus()
    qtbot.keyClick(inspector.severity_combo, Qt.Key.Key_Down)   # S3 -> S4
    assert stored(document, 4).severity == 4
    assert document.undo_stack.count() == 1
    assert inspector.fact_text("consultation").startswith("24 h tier")
    document.undo_stack.undo()
    assert inspector.severity_combo.currentData() == 3
    assert inspector.fact_text("consultation").startswith("48 h tier")


def test_type_change_through_the_combo(inspector, document, qtbot):
    document.selection.select("incident", 4)
    inspector.type_combo.setFocus()
    qtbot.keyClick(inspector.type_combo, Qt.Key.Key_Down)       # the next type in the catalogue
    codes = [t.code for t in queries.incident_types(document.file)]
    assert stored(document, 4).incident_type == codes[codes.index("naval_blockade") + 1]
    assert document.undo_stack.count() == 1


def test_time_edit_commits_whole_minutes_in_utc(inspector, document, qtbot):
    document.selection.select("incident", 4)
    origin = int(stored(document, 4).occurred_at.timestamp())
    inspector.time_edit.setFocus()
    inspector.time_edit.setDateTime(inspector.time_edit.dateTime().addSecs(2 * H + 15 * 60 + 42))
    qtbot.keyClick(inspector.time_edit, Qt.Key.Key_Return)
    assert stored(document, 4).occurred_at == from_epoch(origin + 2 * H + 15 * 60)   # seconds are off
    assert inspector.relative.text() == "D+2 04:45"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert shown_seconds(inspector) == origin and inspector.relative.text() == "D+2 02:30"


def test_follows_timeline_moves_live_and_after_the_drop(inspector, document):
    document.selection.select("incident", 4)
    origin = int(document.snapshot.inc_time[document.snapshot.incident_position(4)])
    document.preview(document.snapshot.with_incident_time(4, origin + 3 * H))    # a drag step
    assert shown_seconds(inspector) == origin + 3 * H
    assert inspector.relative.text() == "D+2 05:30"
    assert inspector.fact_text("reaction") == "D+3 05:30 · 20 h 30 min left"
    document.end_preview()                                                      # drag cancelled
    document.tick()
    assert shown_seconds(inspector) == origin
    document.execute(UpdateCommand(document, "Move incident #4", partial(incidents.update_incident, incident_id=4),
                                   occurred_at=from_epoch(origin + H)))       # dropped
    assert inspector.relative.text() == "D+2 03:30"
    document.undo_stack.undo()
    assert inspector.relative.text() == "D+2 02:30"


def test_delete_button_deletes_through_the_undo_stack(inspector, document, qtbot):
    document.selection.select("incident", 5)
    qtbot.mouseClick(inspector.delete_button, Qt.MouseButton.LeftButton)
    assert 5 not in document.snapshot.inc_ids
    assert document.undo_stack.text(0) == "Delete incident #5"
    assert inspector.stack.currentIndex() == 0                   # the selection was forgotten
    document.undo_stack.undo()
    assert 5 in document.snapshot.inc_ids


def test_edit_incident_selects_shows_and_focuses(inspector, document, qtbot):
    inspector.hide()
    inspector.edit_incident(2)
    assert document.selection.current("incident") == 2
    assert inspector.isVisible()
    assert inspector.focusWidget() is inspector.type_combo     # gets the keyboard once its window is active
    action = inspector.edit_action
    assert inspector.menu_actions == {"edit": [action]}
    assert action.shortcut() == QKeySequence("Ctrl+E") and action.statusTip()
    document.selection.select("incident", 4)
    inspector.hide()
    action.trigger()
    assert inspector.isVisible() and inspector.type_combo.currentData() == "naval_blockade"


def test_read_only_exercise_cannot_be_edited(qtbot, default_doc):
    path = default_doc.path
    default_doc.close()
    document = ExerciseDocument(ExerciseFile.open(path, read_only=True), wall=FakeWall())
    widget = IncidentInspector()
    qtbot.addWidget(widget)
    widget.set_document(document)
    document.selection.select("incident", 1)
    assert not widget.location_edit.isEnabled() and not widget.delete_button.isEnabled()
    assert widget.description_edit.isReadOnly()
    widget.set_document(None)
    document.close()


def test_an_edit_of_another_incident_leaves_the_shown_one_alone(inspector, document):
    document.selection.select("incident", 3)
    removed = []
    inspector.type_combo.model().rowsRemoved.connect(lambda *_args: removed.append(1))
    assert document.execute(UpdateCommand(document, "Edit", partial(incidents.update_incident, incident_id=1), severity=5))
    assert removed == [] and inspector.incident.id == 3
    assert document.execute(UpdateCommand(document, "Edit", partial(incidents.update_incident, incident_id=3), severity=5))
    assert inspector.incident.severity == 5 and removed        # its own edit: icons in the new severity
    assert inspector.severity_combo.currentData() == 5


def test_the_time_is_shown_and_typed_on_the_exercises_clocks(inspector, document, qtbot):
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDateTime, QTimeZone

    from model.timeutil import set_display_zone
    previous = set_display_zone(ZoneInfo("Europe/Rome"))
    try:
        document.selection.select("incident", 3)
        assert inspector.time_edit.text() == "2026-03-03 06:00 Europe/Rome"      # 05:00 UTC
        assert "Europe/Rome" in inspector.time_edit.toolTip()
        inspector.time_edit.setFocus()
        inspector.time_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(utc(2026, 3, 3, 9, 30).timestamp()),
                                                                     QTimeZone.utc()))   # types 09:30
        qtbot.keyClick(inspector.time_edit, Qt.Key.Key_Return)
        assert stored(document, 3).occurred_at == utc(2026, 3, 3, 8, 30)
        inspector.time_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(utc(2026, 3, 29, 2, 30).timestamp()),
                                                                     QTimeZone.utc()))   # skipped in Rome
        qtbot.keyClick(inspector.time_edit, Qt.Key.Key_Return)
        assert "does not exist in Europe/Rome" in inspector.error_text("occurred_at")
        assert stored(document, 3).occurred_at == utc(2026, 3, 3, 8, 30)
    finally:
        set_display_zone(previous)
