"""The incident palette: the catalogue with the timeline's markers, drags the timeline accepts, add-at-now."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence

from gui.core import style
from gui.incidents.palette import CODE_ROLE, SEVERITY_ROLE, IncidentPalette, incident_icon
from gui.timeline import INCIDENT_MIME, incident_type_mime
from gui.timeline.timescale import snap_time
from model import queries
from model.timeutil import from_epoch
from tests.timeline_support import timeline  # noqa: F401  (the fixture is used by name)


@pytest.fixture
def palette(qtbot, document):
    widget = IncidentPalette()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.resize(320, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def item_of(palette, code: str):
    return palette.list.item(palette.type_codes().index(code))


def new_incidents(document, before: set[int]) -> list:
    return [i for i in queries.incidents(document.file) if i.id not in before and i.outcome_id is None]


def test_lists_the_exercise_catalogue_with_default_severities(palette, document):
    catalogue = queries.incident_types(document.file)
    assert palette.type_codes() == [t.code for t in catalogue]
    for row, kind in enumerate(catalogue):
        item = palette.list.item(row)
        assert item.text() == kind.name
        assert item.data(SEVERITY_ROLE) == kind.default_severity
        assert not item.icon().isNull()
    assert item_of(palette, "missile_strike").data(SEVERITY_ROLE) == 3
    assert palette.current_type() == catalogue[0].code


def test_icons_are_the_timeline_markers_in_their_severity_colour():
    for symbol, severity in (("star", 3), ("s", 3), ("t1", 1), ("o", 5), ("d", 4)):
        image = incident_icon(symbol, severity, 22).pixmap(22, 22).toImage()
        centre = QColor(image.pixel(11, 11))
        assert centre == style.severity_colour(severity), symbol     # filled with the marker's brush
        assert QColor.fromRgba(image.pixel(0, 0)).alpha() == 0          # and nothing but the marker
    assert incident_icon("star", 3).pixmap(22, 22).toImage() != incident_icon("s", 3).pixmap(22, 22).toImage()


def test_drag_mime_data_is_exactly_the_timeline_payload(palette):
    mime = palette.list.mimeData([item_of(palette, "naval_blockade")])
    expected = incident_type_mime("naval_blockade")
    assert mime.formats() == expected.formats() == [INCIDENT_MIME]
    assert bytes(mime.data(INCIDENT_MIME).data()) == bytes(expected.data(INCIDENT_MIME).data()) == b"naval_blockade"
    assert palette.list.mimeTypes() == [INCIDENT_MIME]
    assert palette.list.dragEnabled()


def test_palette_drag_dropped_on_the_timeline_creates_that_incident(palette, timeline, document):
    before = set(document.snapshot.inc_ids.tolist())
    x0, x1 = timeline.view.time_range()
    when = x0 + (x1 - x0) * 0.45 + 321.0
    mime = palette.list.mimeData([item_of(palette, "energy_strike")])
    assert timeline.handle_drop(mime, when)
    (created,) = new_incidents(document, before)
    assert created.incident_type == "energy_strike"
    assert created.severity == item_of(palette, "energy_strike").data(SEVERITY_ROLE) == 3
    assert created.occurred_at == from_epoch(snap_time(when))
    assert document.undo_stack.count() == 1


def test_enter_adds_the_current_type_at_now_snapped(palette, document, qtbot):
    document.set_scenario_time(document.clock.seconds() + 7 * 60 + 41)      # D+2 09:07:41
    before = set(document.snapshot.inc_ids.tolist())
    palette.select_type("cyber_attack")
    palette.list.setFocus()
    with qtbot.waitSignal(palette.incident_added) as added:
        qtbot.keyClick(palette.list, Qt.Key.Key_Return)
    (created,) = new_incidents(document, before)
    assert added.args == [created.id]
    assert (created.incident_type, created.severity) == ("cyber_attack", 2)
    assert created.occurred_at == from_epoch(snap_time(document.clock.seconds()))
    assert int(created.occurred_at.timestamp()) % 900 == 0
    assert document.selection.current("incident") == created.id
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Add incident (Cyber attack on critical infrastructure)"
    document.undo_stack.undo()
    assert set(document.snapshot.inc_ids.tolist()) == before


def test_double_click_adds_that_type(palette, document, qtbot):
    before = set(document.snapshot.inc_ids.tolist())
    item = item_of(palette, "naval_blockade")
    centre = palette.list.visualItemRect(item).center()
    # A real double-click is a press/release pair followed by the double-click event.
    qtbot.mouseClick(palette.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(palette.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    (created,) = new_incidents(document, before)
    assert created.incident_type == "naval_blockade"


def test_add_action_uses_the_current_item_and_has_shortcut_and_tip(palette, document):
    action = palette.add_action
    assert palette.menu_actions == {"edit": [action]}
    assert action.shortcut() == QKeySequence("Ctrl+I") and action.statusTip()
    palette.select_type("ground_incursion")
    before = set(document.snapshot.inc_ids.tolist())
    action.trigger()
    (created,) = new_incidents(document, before)
    assert (created.incident_type, created.severity) == ("ground_incursion", 4)


def test_without_a_document_the_palette_is_empty_and_adds_nothing(palette, document):
    palette.set_document(None)
    assert palette.list.count() == 0
    assert not palette.add_action.isEnabled()
    assert palette.add_at_now("missile_strike") is None
    palette.set_document(document)
    assert palette.list.count() == len(queries.incident_types(document.file))
    assert palette.list.item(0).data(CODE_ROLE) == palette.type_codes()[0]
    assert palette.list.visualItemRect(palette.list.item(0)).contains(QPoint(5, 5))
