"""The MSEL dock: the table, its sync with the shared selection, the inject dialog, play actions, shifts.

Dialogs are reached through their wrappers (inject_dialog.show_inject_dialog,
clock_dialogs.ask_shift), which the tests replace with code that fills in
the real dialog and presses OK.
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit

from gui.conduct import clock_dialogs, inject_dialog
from gui.core.document import ExerciseDocument
from gui.conduct.msel_dock import MselDock
from gui.conduct.msel_model import (
    ACTUAL, DELIVERY, NUMBER, SCENARIO, STATUS, STATUS_COLOURS, STATUS_ROLE, SYNOPSIS, TITLE, TYPE,
)
from model.services.incidents import create_incident
from model.timeutil import to_epoch
from tests.msel_sample import add_sample_msel
from tests.support import FakeWall


@pytest.fixture
def doc(qapp, default_doc):
    msel = add_sample_msel(default_doc)
    document = ExerciseDocument(default_doc, wall=FakeWall())
    document.msel = msel
    # Play up to D+1 13:00: injects 1-4 delivered by the clock, the rest planned.
    document.set_scenario_time(document.snapshot.startex - 60)
    document.set_scenario_time(document.snapshot.startex + 31 * 3600)
    yield document
    document.close()


@pytest.fixture
def dock(qtbot, doc) -> MselDock:
    widget = MselDock()
    qtbot.addWidget(widget)
    widget.resize(1400, 400)
    widget.set_document(doc)
    return widget


def cell(dock: MselDock, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    """What the view shows at (row, column), in the view's order."""
    return dock.proxy.index(row, column).data(role)


def view_row(dock: MselDock, number: str) -> int:
    for row in range(dock.proxy.rowCount()):
        if cell(dock, row, NUMBER) == number:
            return row
    raise AssertionError(f"no row for inject {number}")


def select(dock: MselDock, number: str) -> None:
    dock.view.selectRow(view_row(dock, number))


def inject_of(dock: MselDock, number: str):
    return dock.model.inject(dock.model.row_of(dock.document.msel[number]))


def answer_inject_dialog(monkeypatch, seen: list | None = None, **values) -> None:
    """Replace the wrapper: fill the real dialog with *values*, press OK, report whether it closed."""
    def run(dialog) -> bool:
        for name, value in values.items():
            if name == "deliver_now":
                (dialog.deliver_now if value else dialog.deliver_later).setChecked(True)
                continue
            field = dialog.fields[name]
            if name == "additional_fields":
                field.set_fields(value)
            elif isinstance(field, QLineEdit):
                field.setText(value)
            elif isinstance(field, QPlainTextEdit):
                field.setPlainText(value)
            elif isinstance(field, QComboBox) and field.isEditable():
                field.setCurrentText(value)
            else:
                field.setCurrentIndex(field.findData(value))
        dialog.accept()
        if seen is not None:
            seen.append(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(inject_dialog, "show_inject_dialog", run)


def test_the_table_shows_the_msel_in_delivery_order_with_both_times(dock, doc):
    assert dock.proxy.rowCount() == 10
    assert [cell(dock, r, NUMBER) for r in range(10)] == [str(n) for n in range(1, 11)]
    row = view_row(dock, "2")                  # planned 08:00, scenario time 08:15
    assert (cell(dock, row, SCENARIO), cell(dock, row, DELIVERY), cell(dock, row, ACTUAL)) == (
        "D+0 08:15", "D+0 08:00", "D+0 08:00")
    assert "2026-03-02T08:00:00Z" in cell(dock, row, DELIVERY, Qt.ItemDataRole.ToolTipRole)
    assert "on time" in cell(dock, row, ACTUAL, Qt.ItemDataRole.ToolTipRole)
    later = view_row(dock, "9")
    assert (cell(dock, later, DELIVERY), cell(dock, later, ACTUAL)) == ("D+3 06:00", "—")
    assert cell(dock, later, TYPE) == "Incident"
    assert cell(dock, view_row(dock, "5"), STATUS) == "▶ Planned"       # the next one the clock delivers
    delivered = cell(dock, row, STATUS, Qt.ItemDataRole.ForegroundRole)
    planned = cell(dock, later, STATUS, Qt.ItemDataRole.ForegroundRole)
    assert (delivered, planned) == (STATUS_COLOURS["delivered"], STATUS_COLOURS["planned"])
    assert "4 delivered" in dock.summary.text() and "next: 5 in " in dock.summary.text()


def test_sorting_by_another_column_and_back(dock):
    dock.view.sortByColumn(SYNOPSIS, Qt.SortOrder.AscendingOrder)
    assert cell(dock, 0, NUMBER) != "1"
    dock.view.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
    assert [cell(dock, r, NUMBER) for r in range(3)] == ["1", "2", "3"]   # 10 sorts after 9, not after 1


def test_selecting_a_row_selects_its_incident_and_back(dock, doc):
    select(dock, "4")
    inject = inject_of(dock, "4")
    assert inject.incident_id is not None
    assert doc.selection.current("inject") == inject.id
    assert doc.selection.current("incident") == inject.incident_id
    select(dock, "1")                                   # a message: it selects no incident
    assert doc.selection.current("inject") == inject_of(dock, "1").id
    assert doc.selection.current("incident") is None
    doc.selection.select("incident", inject.incident_id)  # e.g. clicked on the timeline
    assert dock.selected_inject().id == inject.id
    assert doc.selection.current("inject") == inject.id
    other = create_incident(doc.file, incident_type="cyber_attack", severity=2,
                            occurred_at=doc.clock.now()).ids[0]
    doc.selection.select("incident", other)             # no inject created it: no row stays selected
    assert dock.selected_inject() is None


def test_add_edit_and_delete_through_the_dialog_are_undoable(dock, doc, monkeypatch):
    answer_inject_dialog(monkeypatch, number="11", scenario_time="D+3 18:00", phase="Move 3 — Crisis",
                         inject_type="message", sender="UN OCHA (SIMCELL)", recipient="Humanitarian cell",
                         synopsis="Humanitarian corridor request", expected_action="Decide on aid")
    assert dock.add_inject()
    assert dock.proxy.rowCount() == 11 and cell(dock, 10, NUMBER) == "11"
    assert cell(dock, 10, DELIVERY) == "D+3 18:00" and inject_of_number(dock, "11").adhoc is False
    doc.undo_stack.undo()
    assert dock.proxy.rowCount() == 10
    doc.undo_stack.redo()
    assert dock.proxy.rowCount() == 11

    select(dock, "10")
    answer_inject_dialog(monkeypatch, delivery_time="D+3 14:30", synopsis="Ministers ask for a statement now")
    assert dock.edit_inject()
    row = view_row(dock, "10")
    assert (cell(dock, row, DELIVERY), cell(dock, row, SCENARIO)) == ("D+3 14:30", "D+3 15:00")
    assert cell(dock, row, SYNOPSIS) == "Ministers ask for a statement now"
    assert doc.undo_stack.undoText() == "Edit inject 10"
    doc.undo_stack.undo()
    assert cell(dock, view_row(dock, "10"), DELIVERY) == "D+3 15:00"

    select(dock, "8")
    dock.delete_action.trigger()
    assert "8" not in [cell(dock, r, NUMBER) for r in range(dock.proxy.rowCount())]
    doc.undo_stack.undo()
    assert view_row(dock, "8") >= 0


def test_the_title_and_additional_fields_are_edited_in_the_dialog_and_shown_in_the_table(dock, doc, monkeypatch):
    select(dock, "3")
    seen = []
    answer_inject_dialog(monkeypatch, seen, title="Corridor request",
                         additional_fields={"Attachments": "map.png", "Poll": "Yes / No"})
    assert dock.edit_inject()
    select(dock, "3")
    answer_inject_dialog(monkeypatch, seen)
    assert dock.edit_inject()
    assert seen[1].additional.fields() == {"Attachments": "map.png", "Poll": "Yes / No"}   # filled from the inject
    assert seen[1].fields["title"].text() == "Corridor request"
    row = view_row(dock, "3")
    assert cell(dock, row, TITLE) == "Corridor request"
    assert inject_of_number(dock, "3").additional == {"Attachments": "map.png", "Poll": "Yes / No"}
    # Editing a field's text and adding one of the planner's own, in the dialog's table.
    answer_inject_dialog(monkeypatch, seen, additional_fields={"Attachments": "map-v2.png", "Poll": "Yes / No",
                                                               "Media": "clip.mp4"})
    assert dock.edit_inject()
    assert inject_of_number(dock, "3").additional == {"Attachments": "map-v2.png", "Media": "clip.mp4",
                                                      "Poll": "Yes / No"}
    assert doc.undo_stack.undoText() == "Edit inject 3"
    doc.undo_stack.undo()
    assert inject_of_number(dock, "3").additional == {"Attachments": "map.png", "Poll": "Yes / No"}
    # A field without a name is refused under the table, and nothing is stored.
    answer_inject_dialog(monkeypatch, seen, additional_fields={"": "orphan text"})
    assert not dock.edit_inject()
    error = seen[-1].errors["additional_fields"]
    assert not error.isHidden() and "must not be empty" in error.text()


def inject_of_number(dock: MselDock, number: str):
    return next(i for i in dock.model.injects() if i.number == number)


def test_the_dialog_shows_a_refusal_beside_the_field_and_stores_nothing(dock, doc, monkeypatch):
    seen = []
    answer_inject_dialog(monkeypatch, seen, scenario_time="yesterday-ish", synopsis="Bad time")
    assert not dock.add_inject()
    error = seen[0].errors["scenario_time"]
    assert not error.isHidden() and "is not a time Pactline understands" in error.text()
    answer_inject_dialog(monkeypatch, seen, number="N" * 25, scenario_time="D+3 18:00")
    assert not dock.add_inject()
    assert "too long" in seen[1].errors["number"].text() and not seen[1].errors["number"].isHidden()
    assert dock.proxy.rowCount() == 10 and doc.undo_stack.count() == 0


def test_an_incident_inject_needs_its_incident_fields(dock, doc, monkeypatch):
    answer_inject_dialog(monkeypatch, scenario_time="D+3 20:00", inject_type="incident",
                         incident_type="naval_blockade", severity=4, location="Kerch Strait",
                         synopsis="Blockade of the strait")
    assert dock.add_inject()
    added = inject_of_number(dock, "11")
    assert (added.inject_type, added.incident_type, added.severity, added.location) == (
        "incident", "naval_blockade", 4, "Kerch Strait")


def test_an_adhoc_inject_delivered_now_and_its_undo(dock, doc, monkeypatch):
    now = doc.clock.now()
    answer_inject_dialog(monkeypatch, deliver_now=True, inject_type="incident", incident_type="cyber_attack",
                         location="Ministry of Defence network", synopsis="Ransomware hits the MoD network",
                         sender="SIMCELL", recipient="Cyber working group")
    incidents_before = len(doc.snapshot.inc_ids)
    assert dock.add_adhoc()
    added = inject_of_number(dock, "11")
    assert (added.adhoc, added.status, added.delivered_at, added.delivery_time) == (True, "delivered", now, now)
    assert len(doc.snapshot.inc_ids) == incidents_before + 1
    assert dock.notices.cards()[0].inject_id == added.id
    assert "Created incident: Cyber attack on critical infrastructure, S2" in dock.notices.cards()[0].plain_text()
    assert doc.undo_stack.count() == 1                  # one step: create and deliver
    doc.undo_stack.undo()
    assert dock.proxy.rowCount() == 10 and len(doc.snapshot.inc_ids) == incidents_before
    assert dock.notices.cards() == []


def test_an_adhoc_inject_at_a_chosen_time_waits_for_the_clock(dock, doc, monkeypatch):
    answer_inject_dialog(monkeypatch, deliver_now=False, scenario_time="D+1 15:00", synopsis="Rumour of a coup")
    assert dock.add_adhoc()
    added = inject_of_number(dock, "11")
    assert (added.adhoc, added.status) == (True, "planned")
    assert cell(dock, view_row(dock, "11"), TYPE) == "Message (ad hoc)"
    doc.set_scenario_time(to_epoch(added.delivery_time))
    assert inject_of_number(dock, "11").status == "delivered"


def test_play_actions_follow_the_selected_inject(dock, doc):
    select(dock, "6")
    assert dock.fire_action.isEnabled() and dock.hold_action.isEnabled() and not dock.release_action.isEnabled()
    dock.hold_action.trigger()
    assert inject_of(dock, "6").status == "held"
    assert cell(dock, view_row(dock, "6"), STATUS, STATUS_ROLE) == "held"
    assert dock.release_action.isEnabled() and not dock.hold_action.isEnabled()
    dock.skip_action.trigger()
    assert inject_of(dock, "6").status == "skipped"
    assert not dock.fire_action.isEnabled() and not dock.skip_action.isEnabled()
    doc.undo_stack.undo()                                # un-skip brings it back held
    assert inject_of(dock, "6").status == "held"
    dock.release_action.trigger()
    assert inject_of(dock, "6").status == "planned"
    select(dock, "1")
    assert not dock.fire_action.isEnabled()             # already delivered
    select(dock, "9")
    dock.fire_action.trigger()
    assert inject_of(dock, "9").delivered_at == doc.clock.now()
    assert dock.notices.cards()[0].inject_id == inject_of(dock, "9").id


def test_an_inject_the_clock_passed_while_held_shows_overdue(dock, doc):
    select(dock, "5")
    dock.hold_action.trigger()
    doc.set_scenario_time(to_epoch(inject_of(dock, "6").delivery_time) + 60)
    row = view_row(dock, "5")
    assert cell(dock, row, STATUS, STATUS_ROLE) == "held"
    dock.release_action.trigger()                       # released late: delivered now, at the current time
    assert inject_of(dock, "5").delivered_at == doc.clock.now()


def test_shift_phase_keeps_the_spacing_and_undo_shifts_back(dock, doc, monkeypatch):
    move3 = [i for i in dock.model.injects() if i.phase == "Move 3 — Crisis"]
    before = {i.number: (i.scenario_time, i.delivery_time) for i in move3}
    others = {i.number: i.delivery_time for i in dock.model.injects() if i.phase != "Move 3 — Crisis"}
    offered = []

    def answer(parent, *, phases, phase, counts):
        offered.append((phase, counts[phase]))
        return phase, timedelta(hours=-2, minutes=-30)

    monkeypatch.setattr(clock_dialogs, "ask_shift", answer)
    select(dock, "9")
    dock.shift_phase_action.trigger()
    assert offered == [("Move 3 — Crisis", 2)]
    after = {i.number: (i.scenario_time, i.delivery_time) for i in dock.model.injects() if i.number in before}
    for number, (scenario, delivery) in before.items():
        assert after[number] == (scenario - timedelta(hours=2, minutes=30), delivery - timedelta(hours=2, minutes=30))
    assert {i.number: i.delivery_time for i in dock.model.injects() if i.number in others} == others
    assert cell(dock, view_row(dock, "9"), DELIVERY) == "D+3 03:30"
    doc.undo_stack.undo()
    assert {i.number: (i.scenario_time, i.delivery_time) for i in dock.model.injects()
            if i.number in before} == before


def test_shift_whole_msel_offers_every_inject(dock, doc, monkeypatch):
    offered = []
    monkeypatch.setattr(clock_dialogs, "ask_shift",
                        lambda parent, *, phases, phase, counts: offered.append((phase, counts[phase])) or None)
    dock.shift_all_action.trigger()
    assert offered == [(None, 10)] and doc.undo_stack.count() == 0


def test_without_an_exercise_the_dock_is_empty_and_inert(dock):
    dock.set_document(None)
    assert dock.proxy.rowCount() == 0 and dock.summary.text() == "No exercise open"
    assert not any(a.isEnabled() for group in dock.menu_actions.values() for a in group)


def test_the_table_keeps_most_of_a_narrow_dock(dock, qtbot):
    """Under the timeline the dock is narrow: the injects keep most of it, the delivered messages the rest."""
    dock.resize(650, 320)
    qtbot.waitUntil(lambda: dock.splitter.width() > 600)
    table, notices = dock.splitter.sizes()
    assert table >= 2 * notices and notices >= 180
