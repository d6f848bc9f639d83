"""The Incident inspector behind another dock's tab shows the incident selected or edited meanwhile when
it comes forward, as a freshly opened inspector shows it."""
from __future__ import annotations

from datetime import timedelta
from functools import partial

from gui.core.commands import UpdateCommand
from gui.incidents.inspector import IncidentInspector
from model import services
from model.timeutil import from_epoch


def in_front(dock) -> bool:
    # A dock behind a tab still reports isVisible(): what shows is what has a visible region.
    return not dock.visibleRegion().isEmpty()


def behind(qtbot, window) -> IncidentInspector:
    inspector = window.incident_inspector
    window.commitment_matrix.raise_()
    qtbot.waitUntil(lambda: in_front(window.commitment_matrix) and not in_front(inspector))
    return inspector


def forward(qtbot, inspector) -> None:
    inspector.raise_()
    qtbot.waitUntil(lambda: in_front(inspector))


def shown(inspector) -> tuple:
    return (inspector.stack.currentIndex(), inspector.title.text(), inspector.severity_combo.currentData(),
            inspector.type_combo.currentData(), inspector.relative.text(), inspector.location_edit.text(),
            inspector.time_edit.moment().value, {key: label.text() for key, label in inspector.facts.labels.items()})


def fresh_view(qtbot, document) -> tuple:
    fresh = IncidentInspector()
    qtbot.addWidget(fresh)
    fresh.set_document(document)
    return shown(fresh)


def incident_ids(document) -> list[int]:
    return [int(k) for k in document.snapshot.inc_ids]


def test_an_incident_selected_while_behind_is_shown_when_it_comes_forward(window, qtbot):
    document = window.document
    inspector = behind(qtbot, window)
    first, second = incident_ids(document)[:2]
    document.selection.select("incident", first)
    before = inspector.title.text()
    document.selection.select("incident", second)
    assert inspector.title.text() == before, "nothing read while out of sight"
    forward(qtbot, inspector)
    assert f"#{second} " in inspector.title.text()
    assert shown(inspector) == fresh_view(qtbot, document)


def test_an_edit_made_while_behind_shows_when_it_comes_forward(window, qtbot):
    document = window.document
    incident_id = incident_ids(document)[0]
    document.selection.select("incident", incident_id)
    inspector = window.incident_inspector
    assert inspector.incident.id == incident_id
    behind(qtbot, window)
    snap = document.snapshot
    when = from_epoch(float(snap.inc_time[snap.incident_position(incident_id)])) + timedelta(hours=3)
    assert document.execute(UpdateCommand(document, "Move incident", partial(
        services.incidents.update_incident, incident_id=incident_id), occurred_at=when, severity=5))
    forward(qtbot, inspector)
    assert inspector.severity_combo.currentData() == 5 and inspector.time_edit.moment().value == when
    assert shown(inspector) == fresh_view(qtbot, document)


def test_asking_a_dock_behind_for_its_incident_gets_the_selected_one(window, qtbot):
    document = window.document
    inspector = behind(qtbot, window)
    incident_id = incident_ids(document)[1]
    document.selection.select("incident", incident_id)
    assert inspector.incident is not None and inspector.incident.id == incident_id
    assert f"#{incident_id} " in inspector.title.text()
