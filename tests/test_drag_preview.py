"""A drag on the timeline is a preview, not the stored state: the planning views follow it,
the projector, the countdowns and inject delivery see only what is stored, until the drop."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from gui.incidents.countdown_panel import CountdownPanel
from gui.incidents.findings_panel import FindingsPanel
from gui.projector.window import ProjectorWindow
from tests.timeline_support import (  # noqa: F401  (the timeline fixture is used by name)
    focus_on, incident_time, marker_point, mouse_drag, pixels_per_hour, stored_time, timeline,
)

INCIDENT = 3     # ground incursion at D+2 05:00: moving it changes countdowns and findings


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("PACTLINE_SETTINGS_DIR", str(tmp_path / "settings"))


@pytest.fixture
def watchers(qtbot, document):
    projector = ProjectorWindow(document)
    qtbot.addWidget(projector)
    projector.resize(1280, 800)
    projector.show()
    qtbot.waitExposed(projector)
    countdown_panel, findings_panel = CountdownPanel(), FindingsPanel()
    for panel in (countdown_panel, findings_panel):
        qtbot.addWidget(panel)
        panel.set_document(document)
        panel.resize(480, 700)
        panel.show()
    return projector, countdown_panel, findings_panel


def projector_countdowns(projector: ProjectorWindow) -> list[str]:
    return [label.text() for label in projector.findChildren(QLabel, "projectorCountdownTime")]


def finding_texts(panel: FindingsPanel) -> list[str]:
    return [row.text for row in panel._rows]


def test_a_drag_moves_the_planning_views_but_not_the_projector_or_the_countdowns(timeline, document, watchers):
    projector, countdown_panel, findings_panel = watchers
    origin = incident_time(document, INCIDENT)
    focus_on(timeline, origin)
    stored = (projector_countdowns(projector), projector.visible_texts(), countdown_panel.row_texts(),
              finding_texts(findings_panel))
    during = []

    def look():
        during.append((timeline.assessment, projector_countdowns(projector), projector.visible_texts(),
                       countdown_panel.row_texts(), finding_texts(findings_panel), stored_time(document, INCIDENT)))
        document.tick()                      # a clock tick mid-drag changes nothing of that
        after_tick.append((timeline.assessment.snapshot is not document.snapshot, finding_texts(findings_panel),
                           countdown_panel.row_texts()))

    after_tick = []

    start = marker_point(timeline, INCIDENT)
    mouse_drag(timeline, [start, start + QPoint(round(2 * pixels_per_hour(timeline)), 0)], during=look)

    [(shown, countdown_times, projected, rows, found, stored_at)] = during
    moved = int(shown.snapshot.inc_time[shown.snapshot.incident_position(INCIDENT)])
    assert moved != origin and stored_at == origin                 # the timeline shows the unstored move
    assert (countdown_times, projected, rows) == stored[:3]        # projector and countdowns: stored only
    assert found != stored[3]                                      # the findings follow the drag
    assert after_tick == [(True, found, stored[2])]                # a tick: the same picture, both sides

    # The drop stores the move, and everyone shows it.
    assert stored_time(document, INCIDENT) == moved
    assert timeline.assessment is document.assessment
    assert countdown_panel.row_texts() != stored[2]
    assert projector.visible_texts() != stored[1]
    assert finding_texts(findings_panel) == found


def test_a_preview_is_sent_apart_from_the_stored_state_and_ticks_resend_it(document):
    stored_seen, previews = [], []
    document.assessed.connect(stored_seen.append)
    document.previewed.connect(previews.append)
    origin = incident_time(document, INCIDENT)
    document.preview(document.snapshot.with_incident_time(INCIDENT, origin + 3600))
    assert stored_seen == [] and len(previews) == 1
    document.tick()
    assert [a.snapshot for a in stored_seen] == [document.snapshot]
    assert len(previews) == 2 and previews[-1].snapshot is previews[0].snapshot
    document.end_preview()
    document.tick()
    assert len(previews) == 2 and len(stored_seen) == 2
    # A stored change ends a preview: it was a variant of the exercise as it was.
    document.preview(document.snapshot.with_incident_time(INCIDENT, origin + 3600))
    document.reload()
    document.tick()
    assert len(previews) == 3
