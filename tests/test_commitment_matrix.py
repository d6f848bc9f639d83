"""The commitments matrix on the default exercise: what it shows, recording through its dialogs, undo, live updates."""
from __future__ import annotations

from functools import partial

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gui.incidents import commitment_dialog
from gui.incidents.commitment_dialog import AttendanceDialog, CommitmentDialog
from gui.incidents.commitment_matrix import CommitmentMatrix, CommitmentMatrixDock
from gui.incidents.commitment_matrix_model import CONSULTATION, GATE_MARK, REACTION
from gui.timeline import TimelineWidget
from model import queries
from model.engine import MET, MISSED, PENDING
from model.timeutil import format_relative, from_epoch
from model.vocabulary import CATEGORIES

POLITICAL, ECONOMIC, MILITARY = 0, 1, 2


# The document fixture (conftest.py) is the default exercise, paused at D+2 09:00, speed x60.


@pytest.fixture
def matrix(qtbot, document) -> CommitmentMatrix:
    widget = CommitmentMatrix()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def incident_id(document, number: int) -> int:
    return int(document.snapshot.inc_ids[number - 1])


def show_incident(document, number: int) -> None:
    document.selection.select("incident", incident_id(document, number))


def row(document, code: str) -> int:
    return document.snapshot.sig_codes.index(code)


def cell(matrix, code: str, column: int):
    return matrix.model.cell(row(matrix.document, code), column)


def tooltip(matrix, code: str, column: int) -> str:
    index = matrix.model.index(row(matrix.document, code), column)
    return matrix.model.data(index, Qt.ItemDataRole.ToolTipRole)


def go_to(matrix, code: str, column: int) -> None:
    matrix.view.setFocus()
    matrix.view.setCurrentIndex(matrix.model.index(row(matrix.document, code), column))
    matrix.view.scrollTo(matrix.view.currentIndex())


def commitments_of(document, number: int, code: str, category: str) -> list:
    sig = int(document.snapshot.sig_ids[row(document, code)])
    return [c for c in queries.commitments(document.file, incident_id(document, number))
            if c.signatory_id == sig and c.category == category]


def press(qtbot, matrix, key) -> None:
    qtbot.keyClick(matrix.view, key)


def double_click_current(qtbot, matrix) -> None:
    """As a real double-click arrives: a click, then the double-click (QTest sends only the second)."""
    centre = matrix.view.visualRect(matrix.view.currentIndex()).center()
    qtbot.mouseClick(matrix.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(matrix.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


# -- what it shows ---------------------------------------------------------------------------------
def test_incident_3_matches_the_engine(matrix, document):
    show_incident(document, 3)
    title, detail = matrix.header_texts()
    assert title == "#3 Ground incursion across the ceasefire line S4 — D+1 05:00, consult within 24 h"
    assert matrix.title.text() == title
    assert "Expected: political · economic · military · cyber · humanitarian" in detail
    assert "Consultation by D+2 05:00: 25 met, 0 pending, 4 missed" in detail

    italy = cell(matrix, "IT", MILITARY)
    assert italy.violation and italy.text == f"{GATE_MARK} announced" and italy.status == "announced"
    assert ("Parliamentary gate broken: effective before D+3 14:00 (approval lead 54 h, assumed)"
            in tooltip(matrix, "IT", MILITARY))
    assert not cell(matrix, "DE", MILITARY).violation    # pledged, effective after its 72 h gate
    assert cell(matrix, "PL", MILITARY).text == "deliv."
    assert cell(matrix, "IT", POLITICAL).text == "deliv."
    empty = cell(matrix, "IT", ECONOMIC)
    assert empty.text == "" and empty.expected and not empty.commitment_ids

    a, pos = document.assessment, 2
    for r in range(matrix.model.rowCount()):
        assert matrix.model.cell(r, CONSULTATION).obligation == a.consultation.status[pos, r]
        assert matrix.model.cell(r, REACTION).obligation == a.reaction.status[pos, r]
    assert cell(matrix, "AL", CONSULTATION).text == "met, 15:00 early"
    assert cell(matrix, "CZ", CONSULTATION).text == "missed +1:10"
    assert "met late, at D+2 06:10" in tooltip(matrix, "CZ", CONSULTATION)
    assert cell(matrix, "IS", REACTION).text == "missed +4:00"
    assert cell(matrix, "JP", CONSULTATION).obligation == MISSED


def test_gate_marks_are_the_engines_on_every_incident(matrix, document):
    a = document.assessment
    snap = a.snapshot
    broken = set(snap.com_ids[a.gate_violation].tolist())
    assert broken, "the default exercise has a broken gate (IT troops, incident #3)"
    marked = set()
    for number in range(1, snap.incident_count + 1):
        show_incident(document, number)
        for r in range(matrix.model.rowCount()):
            for c in range(len(CATEGORIES)):
                item = matrix.model.cell(r, c)
                assert item.violation == bool(broken & set(item.commitment_ids))
                assert item.text.startswith(GATE_MARK) == item.violation
                if item.violation:
                    marked |= set(item.commitment_ids) & broken
    assert marked == broken


def test_incident_4_dims_the_categories_not_expected(matrix, document):
    show_incident(document, 4)
    model = matrix.model
    assert matrix.title.text().startswith("#4 Naval blockade")
    assert "consult within 48 h" in matrix.title.text()
    assert "nobody has committed yet: economic" in matrix.detail.text()
    for column, name in enumerate(CATEGORIES):
        # DIMMED_TEXT, made legible on the header's background (tests/test_appearance.py)
        dimmed = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole) is not None
        assert dimmed == (name not in ("economic", "military")), name
    assert cell(matrix, "FR", POLITICAL).text == "deliv."    # a commitment shows even where none is expected
    assert not cell(matrix, "DE", POLITICAL).expected and cell(matrix, "DE", ECONOMIC).expected
    assert cell(matrix, "GB", MILITARY).text == "announced"
    assert cell(matrix, "DE", CONSULTATION).text == "41:30 left"
    assert cell(matrix, "DE", CONSULTATION).obligation == PENDING
    assert cell(matrix, "GB", REACTION).obligation == MET


def test_status_colours_are_distinct(matrix, document):
    show_incident(document, 3)
    model = matrix.model

    def background(code, column):
        return model.data(model.index(row(document, code), column), Qt.ItemDataRole.BackgroundRole).name()

    colours = {background("IT", POLITICAL), background("IT", MILITARY), background("DE", MILITARY),
               background("IT", ECONOMIC)}                       # delivered, announced, pledged, expected-empty
    assert len(colours) == 4
    assert background("AL", CONSULTATION) != background("CZ", CONSULTATION)   # met vs missed


# -- recording commitments -------------------------------------------------------------------------
def test_enter_opens_the_dialog_and_recording_changes_the_cell(matrix, document, qtbot):
    show_incident(document, 4)
    go_to(matrix, "DE", ECONOMIC)
    press(qtbot, matrix, Qt.Key.Key_Return)
    dialog = matrix.dialog
    assert isinstance(dialog, CommitmentDialog) and dialog.isVisible()
    assert dialog.existing.count() == 0 and not dialog.existing.isVisible()
    assert dialog.announced.edit.text() == "D+2 09:00"            # the current scenario time
    assert dialog.status.currentData() == "announced"
    measures = [dialog.measure.itemData(i) for i in range(dialog.measure.count())]
    assert measures and all(m in {i.code for i in queries.instruments(document.file) if i.category == "economic"}
                            for m in measures)
    dialog.measure.setCurrentIndex(dialog.measure.findData("sanctions_package"))
    qtbot.keyClicks(dialog.effective.edit, "D+3 12:00")
    qtbot.keyClicks(dialog.note, "EU-coordinated package")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    stored = commitments_of(document, 4, "DE", "economic")
    assert [(c.measure, c.status, c.note) for c in stored] == [("sanctions_package", "announced",
                                                                "EU-coordinated package")]
    assert cell(matrix, "DE", ECONOMIC).text == "announced"
    assert cell(matrix, "DE", ECONOMIC).commitment_ids == (stored[0].id,)
    assert "nobody has committed yet" not in matrix.detail.text()     # the engine closed the gap
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Record DE economic commitment on incident #4"

    document.undo_stack.undo()
    assert cell(matrix, "DE", ECONOMIC).text == "" and not commitments_of(document, 4, "DE", "economic")
    document.undo_stack.redo()
    assert cell(matrix, "DE", ECONOMIC).commitment_ids == (stored[0].id,)


def test_a_commitment_announced_later_shows_but_does_not_count_yet(matrix, document):
    show_incident(document, 4)
    go_to(matrix, "DE", ECONOMIC)
    dialog = matrix.edit_cell(matrix.view.currentIndex())
    dialog.announced.edit.setText("D+3 10:00")
    dialog.status.setCurrentIndex(dialog.status.findData("pledged"))
    assert dialog.save()
    later = cell(matrix, "DE", ECONOMIC)
    assert later.later and later.status == "pledged"
    index = matrix.model.index(row(document, "DE"), ECONOMIC)
    assert matrix.model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "not yet announced at the current scenario time" in tooltip(matrix, "DE", ECONOMIC)
    assert "nobody has committed yet: economic" in matrix.detail.text()   # the engine counts it from D+3 10:00


def test_effective_before_announced_is_refused_in_the_dialog(matrix, document, qtbot):
    show_incident(document, 4)
    go_to(matrix, "DE", ECONOMIC)
    dialog = matrix.edit_cell(matrix.view.currentIndex())
    dialog.effective.edit.setText("D+2 08:00")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.errors.text("effective_at") == "cannot be before the commitment was announced"
    assert dialog.errors.labels["effective_at"].isVisible()
    assert document.undo_stack.count() == 0 and not commitments_of(document, 4, "DE", "economic")
    assert cell(matrix, "DE", ECONOMIC).text == ""

    dialog.announced.edit.setText("tomorrow")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "is not a time Pactline understands" in dialog.errors.text("announced_at")
    assert not dialog.errors.labels["effective_at"].isVisible()
    dialog.announced.edit.setText("D+2 07:00")
    assert dialog.save() and len(commitments_of(document, 4, "DE", "economic")) == 1


def test_the_dialog_warns_of_the_parliamentary_gate(matrix, document):
    show_incident(document, 4)
    go_to(matrix, "IT", MILITARY)
    matrix.record_commitment_action.trigger()
    dialog = matrix.dialog
    assert isinstance(dialog, CommitmentDialog) and dialog.category == "military"
    dialog.measure.setCurrentIndex(dialog.measure.findData("air_defence_delivery"))
    assert dialog.gate_warning.isHidden()                    # a delivery sends no forces
    dialog.measure.setCurrentIndex(dialog.measure.findData("troop_deployment"))
    assert not dialog.gate_warning.isHidden()
    assert dialog.gate_warning.text() == "Parliamentary gate: effective not before D+4 15:00 (assumed lead time 54 h)"
    dialog.effective.edit.setText("D+3 09:00")
    assert "the gate would be broken" in dialog.gate_warning.text()
    assert dialog.save(), "the warning does not block"
    assert cell(matrix, "IT", MILITARY).violation            # and the engine marks it

    go_to(matrix, "FR", MILITARY)                             # France: no prior approval
    dialog = matrix.edit_cell(matrix.view.currentIndex())
    dialog.measure.setCurrentIndex(dialog.measure.findData("troop_deployment"))
    assert dialog.gate_warning.isHidden()
    dialog.reject()


def test_editing_an_existing_commitment_updates_the_gate(matrix, document, qtbot):
    show_incident(document, 3)
    go_to(matrix, "IT", MILITARY)
    double_click_current(qtbot, matrix)
    dialog = matrix.dialog
    assert dialog.existing.count() == 1 and dialog.existing.item(0).text().startswith(GATE_MARK)
    assert dialog.editing is not None and dialog.effective.edit.text() == "D+1 12:00"
    dialog.effective.edit.setText("D+3 14:00")
    dialog.status.setCurrentIndex(dialog.status.findData("delivered"))
    assert dialog.save()
    assert not cell(matrix, "IT", MILITARY).violation and cell(matrix, "IT", MILITARY).text == "deliv."
    assert document.undo_stack.text(0) == "Edit IT military commitment on incident #3"
    document.undo_stack.undo()
    assert cell(matrix, "IT", MILITARY).violation and cell(matrix, "IT", MILITARY).status == "announced"


def test_add_another_then_delete_both_in_one_step(matrix, document, monkeypatch, qtbot):
    show_incident(document, 3)
    go_to(matrix, "IT", MILITARY)
    dialog = matrix.edit_cell(matrix.view.currentIndex())
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.editing is None and dialog.save_button.text() == "&Record" and not dialog.delete_button.isEnabled()
    dialog.measure.setCurrentIndex(dialog.measure.findData("isr_sharing"))
    assert dialog.save()
    assert cell(matrix, "IT", MILITARY).text == f"{GATE_MARK} announced +1"
    assert len(cell(matrix, "IT", MILITARY).commitment_ids) == 2

    asked = []
    monkeypatch.setattr(commitment_dialog, "confirm", lambda parent, title, text: asked.append(text) or False)
    press(qtbot, matrix, Qt.Key.Key_Delete)
    assert asked == ["Delete all 2 military commitments of IT for incident #3?"]
    assert len(commitments_of(document, 3, "IT", "military")) == 2     # declined: nothing removed

    monkeypatch.setattr(commitment_dialog, "confirm", lambda parent, title, text: True)
    count = document.undo_stack.count()
    press(qtbot, matrix, Qt.Key.Key_Delete)
    assert not commitments_of(document, 3, "IT", "military") and cell(matrix, "IT", MILITARY).text == ""
    assert document.undo_stack.count() == count + 1                    # one undo step for both
    document.undo_stack.undo()
    assert len(commitments_of(document, 3, "IT", "military")) == 2
    assert len(cell(matrix, "IT", MILITARY).commitment_ids) == 2


def test_delete_in_the_dialog_keeps_it_open(matrix, document):
    show_incident(document, 3)
    go_to(matrix, "PL", MILITARY)
    dialog = matrix.edit_cell(matrix.view.currentIndex())
    assert dialog.delete_selected()
    assert dialog.isVisible() and dialog.existing.count() == 0 and dialog.editing is None
    assert cell(matrix, "PL", MILITARY).text == ""
    document.undo_stack.undo()
    assert cell(matrix, "PL", MILITARY).text == "deliv."
    assert dialog.existing.count() == 1                                 # the open dialog follows the undo
    dialog.reject()


# -- consultation attendance -----------------------------------------------------------------------
def test_attendance_record_edit_delete_and_undo(matrix, document, qtbot):
    show_incident(document, 4)
    go_to(matrix, "DE", CONSULTATION)
    double_click_current(qtbot, matrix)
    dialog = matrix.dialog
    assert isinstance(dialog, AttendanceDialog) and dialog.attended.isChecked()
    assert "Consultation deadline D+4 02:30: pending" in dialog.status_label.text()
    assert dialog.joined.edit.text() == "D+2 09:00" and not dialog.delete_button.isEnabled()
    dialog.joined.edit.setText("D+2 08:30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert cell(matrix, "DE", CONSULTATION).text == "met, 42:00 early"
    assert document.undo_stack.text(0) == "Record DE consultation attendance, incident #4"

    dialog = matrix.edit_cell(matrix.view.currentIndex())              # edit: now absent
    assert dialog.joined.edit.text() == "D+2 08:30" and dialog.delete_button.isEnabled()
    dialog.absent.setChecked(True)
    dialog.note.setText("Minister unavailable")
    assert dialog.save()
    assert cell(matrix, "DE", CONSULTATION).text == "absent" and cell(matrix, "DE", CONSULTATION).absent
    record = [c for c in queries.consultations(document.file, incident_id(document, 4))
              if c.signatory_id == int(document.snapshot.sig_ids[row(document, "DE")])]
    assert [(c.joined_at, c.note) for c in record] == [(None, "Minister unavailable")]

    press(qtbot, matrix, Qt.Key.Key_Delete)
    assert cell(matrix, "DE", CONSULTATION).text == "41:30 left"
    document.undo_stack.undo()
    assert cell(matrix, "DE", CONSULTATION).text == "absent"
    document.undo_stack.undo()
    assert cell(matrix, "DE", CONSULTATION).text == "met, 42:00 early"
    document.undo_stack.undo()
    assert cell(matrix, "DE", CONSULTATION).text == "41:30 left"
    document.undo_stack.redo()
    assert cell(matrix, "DE", CONSULTATION).text == "met, 42:00 early"


def test_unreadable_attendance_time_is_refused_beside_the_field(matrix, document):
    show_incident(document, 4)
    go_to(matrix, "DE", CONSULTATION)
    dialog = matrix.record_attendance()
    dialog.joined.edit.setText("D+2 25:00")
    assert not dialog.save() and dialog.isVisible()
    assert "00:00-23:59" in dialog.errors.text("joined_at")
    assert document.undo_stack.count() == 0
    dialog.reject()


# -- live updates and selection --------------------------------------------------------------------
def test_clock_ticks_update_cells_without_resetting_the_view(matrix, document, wall):
    show_incident(document, 4)
    matrix.resize(1200, 250)                                             # rows scroll
    go_to(matrix, "RO", MILITARY)
    matrix.view.scrollTo(matrix.view.currentIndex())
    scroll = matrix.view.verticalScrollBar().value()
    assert scroll > 0
    resets, changes = [], []
    matrix.model.modelReset.connect(lambda: resets.append(1))
    matrix.model.dataChanged.connect(lambda a, b: changes.append((a.row(), b.row())))
    document.start_clock()
    wall.now += 18.5 * 60                                                # x60: 18.5 scenario hours
    document.tick()
    assert cell(matrix, "DE", REACTION).text == "missed +1:00"
    assert cell(matrix, "DE", CONSULTATION).text == "23:00 left"
    assert resets == [] and changes
    assert matrix.current_cell() == (row(document, "RO"), MILITARY)
    assert matrix.view.verticalScrollBar().value() == scroll
    assert "Reaction by D+3 02:30: 3 met, 0 pending, 26 missed" in matrix.detail.text()


def test_selection_follows_both_ways(matrix, document, qtbot):
    show_incident(document, 3)
    assert matrix.incident_combo.currentData() == incident_id(document, 3)
    go_to(matrix, "PL", MILITARY)
    selection = document.selection
    assert selection.current("signatory") == int(document.snapshot.sig_ids[row(document, "PL")])
    assert selection.current("commitment") == cell(matrix, "PL", MILITARY).commitment_ids[0]
    go_to(matrix, "PL", ECONOMIC)                                        # no commitment: stays as it was
    assert selection.current("commitment") == cell(matrix, "PL", MILITARY).commitment_ids[0]
    qtbot.keyClick(matrix.view, Qt.Key.Key_Down)                         # arrows move; the row is selected
    assert matrix.current_cell() == (row(document, "PL") + 1, ECONOMIC)
    assert selection.current("signatory") == int(document.snapshot.sig_ids[row(document, "PL") + 1])
    qtbot.keyClick(matrix.view, Qt.Key.Key_Left)
    assert matrix.current_cell() == (row(document, "PL") + 1, POLITICAL)

    selection.select("signatory", int(document.snapshot.sig_ids[row(document, "GB")]))
    assert matrix.current_cell() == (row(document, "GB"), POLITICAL)    # the column is kept
    italy = cell(matrix, "IT", MILITARY).commitment_ids[0]
    selection.select("commitment", italy)
    assert matrix.current_cell() == (row(document, "IT"), MILITARY)

    matrix.incident_combo.setCurrentIndex(matrix.incident_combo.findData(incident_id(document, 1)))
    matrix.incident_combo.activated.emit(matrix.incident_combo.currentIndex())
    assert selection.current("incident") == incident_id(document, 1)
    assert matrix.title.text().startswith("#1 ")
    assert matrix.current_cell() == (row(document, "IT"), MILITARY)     # same signatory and column kept


def test_menu_actions_need_an_incident_and_open_the_current_cell(matrix, document):
    texts = [(a.text(), a.shortcut().toString()) for a in matrix.menu_actions["edit"]]
    assert texts == [("Record &Commitment…", "Ctrl+K"), ("Record Consultation &Attendance…", "Ctrl+Shift+K")]
    assert all(a.statusTip() for a in matrix.menu_actions["edit"])
    assert not any(a.isEnabled() for a in matrix.menu_actions["edit"])
    assert matrix.title.text() == "No incident selected"
    show_incident(document, 4)
    assert all(a.isEnabled() for a in matrix.menu_actions["edit"])
    go_to(matrix, "NL", CONSULTATION)
    matrix.record_commitment_action.trigger()                            # not a category: the first expected one
    assert isinstance(matrix.dialog, CommitmentDialog) and matrix.dialog.category == "economic"
    assert matrix.dialog.signatory.code == "NL"
    matrix.dialog.reject()


def test_no_document(matrix):
    matrix.set_document(None)
    assert matrix.model.rowCount() == 0 and matrix.title.text() == "No exercise open"
    assert matrix.record_commitment() is None and not matrix.delete_current()


def test_dock_wraps_the_matrix(qtbot, document):
    dock = CommitmentMatrixDock()
    qtbot.addWidget(dock)
    dock.set_document(document)
    assert dock.objectName() == "commitmentMatrixDock" and dock.windowTitle() == "Commitments"
    assert dock.menu_actions is dock.matrix.menu_actions
    dock.set_document(None)


def test_an_incident_moved_past_another_keeps_its_number(matrix, document):
    """The matrix, its dialogs and undo texts say #id like the timeline, not the position in time."""
    from gui.core.commands import UpdateCommand
    from model.services.incidents import update_incident
    missile = incident_id(document, 1)
    later = queries.incidents(document.file)[1].occurred_at.replace(minute=30)
    assert document.execute(UpdateCommand(document, "Move", partial(update_incident, incident_id=missile), occurred_at=later))
    assert int(document.snapshot.inc_ids[1]) == missile                  # now second in time
    document.selection.select("incident", missile)
    assert matrix.title.text().startswith(f"#{missile} Missile")
    assert matrix.incident_combo.currentText().startswith(f"#{missile} ")
    go_to(matrix, "NL", ECONOMIC)
    dialog = matrix.edit_cell(matrix.view.currentIndex())
    assert dialog.incident_text.startswith(f"#{missile} Missile")
    assert dialog.incident_number == missile
    dialog.reject()


# -- the timeline draws what was recorded ------------------------------------------------------------
def test_a_recorded_commitment_appears_in_its_signatorys_timeline_lane(matrix, document, qtbot):
    timeline = TimelineWidget(document)
    qtbot.addWidget(timeline)
    show_incident(document, 4)
    go_to(matrix, "NL", MILITARY)
    dialog = matrix.edit_cell(matrix.view.currentIndex())
    dialog.measure.setCurrentIndex(dialog.measure.findData("naval_escort"))
    dialog.effective.edit.setText("D+3 06:00")
    assert dialog.save()
    new_id = cell(matrix, "NL", MILITARY).commitment_ids[0]
    layer = timeline.view.commitments
    hits = np.flatnonzero(layer.ids == new_id)
    assert len(hits) == 1
    lane = row(document, "NL")
    assert -(lane + 1) < layer.y[hits[0]] < -lane                         # NL's lane
    assert layer.x[hits[0]] == document.snapshot.startex + 72 * 3600    # at its effective time, D+3 06:00
    document.undo_stack.undo()
    assert new_id not in layer.ids


def test_records_for_an_incident_yet_to_come_default_to_its_time(matrix, document):
    # The clock stands at D+2 09:00; incident 5 happens later. A response cannot precede it.
    show_incident(document, 5)
    pos = document.snapshot.incident_position(incident_id(document, 5))
    occurred = format_relative(from_epoch(int(document.snapshot.inc_time[pos])), from_epoch(document.snapshot.startex))
    assert occurred > "D+2 09:00"
    go_to(matrix, "DE", POLITICAL)
    dialog = matrix.edit_cell(matrix.view.currentIndex())
    assert dialog.announced.edit.text() == occurred
    dialog.reject()
    go_to(matrix, "DE", CONSULTATION)
    dialog = matrix.edit_cell(matrix.view.currentIndex())
    assert dialog.joined.edit.text() == occurred
    dialog.reject()
