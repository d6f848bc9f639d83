"""The Decision log behind another dock's tab reads what was written when it comes forward."""
from __future__ import annotations

from datetime import timedelta
from functools import partial

from gui.conduct.log_model import LogModel
from gui.core.commands import UpdateCommand
from model import queries, services
from model.timeutil import from_epoch


def in_front(dock) -> bool:
    # A dock behind a tab still reports isVisible(): what shows is what has a visible region.
    return not dock.visibleRegion().isEmpty()


def behind(qtbot, window):
    log = window.log_dock
    window.commitment_matrix.raise_()
    qtbot.waitUntil(lambda: in_front(window.commitment_matrix) and not in_front(log))
    return log


def move_first_incident(document, hours: float = 1) -> int:
    snap = document.snapshot
    incident_id = int(snap.inc_ids[0])
    when = from_epoch(float(snap.inc_time[0])) + timedelta(hours=hours)
    assert document.execute(UpdateCommand(document, "Move incident", partial(
        services.incidents.update_incident, incident_id=incident_id), occurred_at=when))
    return incident_id


def entry_ids(model) -> list[int]:
    return [model.entry(row).id for row in range(model.rowCount())]


def incident_choices(log) -> list:
    combo = log.entry_line.incident
    return [(combo.itemText(k), combo.itemData(k)) for k in range(combo.count())]


def test_an_edit_made_while_the_log_is_behind_a_tab_is_read_when_it_comes_forward(window, qtbot):
    document = window.document
    log = behind(qtbot, window)
    rows = log.model.rowCount()
    move_first_incident(document)
    document.undo_stack.undo()
    written = queries.log_entries(document.file)
    assert len(written) > rows and log.model.rowCount() == rows, "nothing read while out of sight"
    log.raise_()
    qtbot.waitUntil(lambda: log.model.rowCount() == len(written))
    fresh = LogModel()
    fresh.set_document(document)
    assert entry_ids(log.model) == entry_ids(fresh) == [entry.id for entry in written]


def test_the_incident_list_follows_edits_made_while_behind(window, qtbot):
    document = window.document
    log = behind(qtbot, window)
    before = incident_choices(log)
    incident_id = move_first_incident(document, hours=30)
    assert incident_choices(log) == before, "not rebuilt while out of sight"
    log.raise_()
    qtbot.waitUntil(lambda: incident_choices(log) != before)
    shown = incident_choices(log)
    log.entry_line.set_document(document)   # as a freshly bound line reads them
    assert shown == incident_choices(log)
    assert incident_id in [data for _text, data in shown]


def test_reading_the_log_behind_a_tab_sees_every_entry(window, qtbot):
    document = window.document
    log = behind(qtbot, window)
    move_first_incident(document)
    newest = queries.log_entries(document.file)[-1]
    assert log.select_entry(newest.id)
    assert log.selected_entry_id() == newest.id


def test_a_log_in_front_reads_each_edit_at_once(window, qtbot):
    document = window.document
    log = window.log_dock
    log.raise_()
    qtbot.waitUntil(lambda: in_front(log))
    move_first_incident(document)
    assert log.model.rowCount() == len(queries.log_entries(document.file))
