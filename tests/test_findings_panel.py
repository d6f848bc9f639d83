"""The findings dock: grouped and filtered by kind, cheap to update, a click selects what a finding is about."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.core.commands import CreateCommand
from gui.incidents.findings_panel import FINDING_ROLE, FindingsPanel
from model import queries
from model.findings import COORDINATION_KIND, GAP_KIND, GATE_KIND, MISSED_KIND, PROVISION_KIND
from model.services import responses
from model.timeutil import from_epoch


@pytest.fixture
def panel(qtbot, document):
    widget = FindingsPanel()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.resize(440, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def signatory_id(document, code: str) -> int:
    return next(s.id for s in queries.signatories(document.file) if s.code == code)


def click(qtbot, panel, item) -> None:
    panel.tree.scrollToItem(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualItemRect(item).center())


def test_grouped_by_kind_with_counts(panel):
    assert panel.counts() == {MISSED_KIND: 45, GAP_KIND: 2, GATE_KIND: 3, COORDINATION_KIND: 5, PROVISION_KIND: 1}
    assert panel.groups[MISSED_KIND].text(0) == "Missed deadlines — 45"
    assert panel.groups[GAP_KIND].text(0) == "Response gaps — 2"
    assert panel.groups[GATE_KIND].text(0) == "Parliamentary gates — 1 broken, 2 respected"
    assert [panel.groups[k].childCount() for k in (MISSED_KIND, GAP_KIND, GATE_KIND)] == [8, 2, 3]
    assert [panel.filters[k].text() for k in (MISSED_KIND, GAP_KIND, GATE_KIND)] == ["Missed 45", "Gaps 2", "Gates 1"]
    # The arrangement (who coordinates, its lead time, the adversary's view), then 4 early military measures.
    assert panel.groups[COORDINATION_KIND].text(0) == "Coordination — 5"
    assert panel.groups[COORDINATION_KIND].childCount() == 5
    assert panel.filters[COORDINATION_KIND].text() == "Coordination 5"
    gaps = panel.groups[GAP_KIND]
    assert gaps.child(0).text(0) == ("#2 cyber attack S2: no economic commitment yet "
                                     "(expected: economic, cyber, humanitarian)")
    assert not panel.groups[MISSED_KIND].child(0).icon(0).isNull()


def test_filter_buttons_hide_and_show_a_kind(panel, qtbot):
    qtbot.mouseClick(panel.filters[MISSED_KIND], Qt.MouseButton.LeftButton)
    assert panel.groups[MISSED_KIND].isHidden()
    assert not panel.groups[GAP_KIND].isHidden() and not panel.groups[GATE_KIND].isHidden()
    qtbot.mouseClick(panel.filters[MISSED_KIND], Qt.MouseButton.LeftButton)
    assert not panel.groups[MISSED_KIND].isHidden()


def test_clicking_a_gate_selects_incident_signatory_and_commitment(panel, document, qtbot):
    seen = []
    document.selection.changed.connect(lambda kind, item: seen.append((kind, item)))
    violation = panel.groups[GATE_KIND].child(0)
    click(qtbot, panel, violation)
    finding = violation.data(0, FINDING_ROLE)
    assert finding.text.startswith("IT military commitment")
    assert document.selection.current("incident") == 3
    assert document.selection.current("signatory") == signatory_id(document, "IT")
    assert document.selection.current("commitment") == finding.commitment_id is not None
    assert [kind for kind, _ in seen] == ["incident", "signatory", "commitment"]


def test_clicking_a_finding_naming_several_signatories_selects_its_incident(panel, document, qtbot):
    first = panel.groups[MISSED_KIND].child(0)                  # 6 signatories missed #1's reaction
    click(qtbot, panel, first)
    assert document.selection.current("incident") == 1
    assert document.selection.current("signatory") is None
    single = next(panel.groups[MISSED_KIND].child(n) for n in range(8)
                  if panel.groups[MISSED_KIND].child(n).text(0).startswith("JP missed"))
    click(qtbot, panel, single)
    assert (document.selection.current("incident"), document.selection.current("signatory")) == \
        (3, signatory_id(document, "JP"))


def test_a_commitment_that_fills_a_gap_removes_its_finding(panel, document):
    rebuilds = panel.rebuilds
    eu = signatory_id(document, "EU")
    now = from_epoch(document.clock.seconds())
    assert document.execute(CreateCommand(document, "Add commitment", responses.create_commitment,
                                          responses.delete_commitment, incident_id=4, signatory_id=eu,
                                          category="economic", measure="sanctions_package", announced_at=now))
    assert [f.incident_id for f in panel.findings(GAP_KIND)] == [2]
    assert panel.groups[GAP_KIND].text(0) == "Response gaps — 1"
    assert panel.rebuilds == rebuilds + 1
    document.undo_stack.undo()
    assert [f.incident_id for f in panel.findings(GAP_KIND)] == [2, 4]


def test_ticks_that_change_nothing_rebuild_nothing_and_later_wording_updates_in_place(panel, document):
    rebuilds = panel.rebuilds
    document.tick()
    document.tick()
    assert panel.rebuilds == rebuilds
    jp = next(n for n in range(8) if panel.groups[MISSED_KIND].child(n).text(0).startswith("JP missed"))
    item = panel.groups[MISSED_KIND].child(jp)
    assert "by 4 h" in item.text(0)
    document.set_scenario_time(document.clock.seconds() + 60)
    assert panel.rebuilds == rebuilds                          # same findings, one minute later
    assert panel.groups[MISSED_KIND].child(jp) is item
    assert "by 4 h 1 min" in item.text(0)


def test_a_selected_finding_stays_selected_across_a_rebuild(panel, document, qtbot):
    click(qtbot, panel, panel.groups[GATE_KIND].child(0))
    key = panel.current_finding().key
    eu = signatory_id(document, "EU")
    document.execute(CreateCommand(document, "Add commitment", responses.create_commitment,
                                   responses.delete_commitment, incident_id=4, signatory_id=eu, category="economic",
                                   measure="sanctions_package", announced_at=from_epoch(document.clock.seconds())))
    assert panel.current_finding().key == key


def test_a_hidden_panel_waits_until_it_is_shown(panel, document):
    panel.hide()
    rebuilds = panel.rebuilds
    document.set_scenario_time(document.snapshot.startex)      # before anything happened
    assert panel.rebuilds == rebuilds
    panel.show()
    assert panel.rebuilds == rebuilds + 1
    assert panel.counts() == {MISSED_KIND: 0, GAP_KIND: 0, GATE_KIND: 3, COORDINATION_KIND: 5, PROVISION_KIND: 0}


def test_no_document_no_findings(panel):
    panel.set_document(None)
    assert panel.counts() == {MISSED_KIND: 0, GAP_KIND: 0, GATE_KIND: 0, COORDINATION_KIND: 0, PROVISION_KIND: 0}
    assert panel.summary.text() == "No exercise open"



def test_an_exercise_without_findings_opened_after_none_says_so(panel, blank_doc, qapp):
    """Closing one exercise and opening another with no findings must not leave "No exercise open"."""
    from gui.core.document import ExerciseDocument
    panel.set_document(None)
    blank = ExerciseDocument(blank_doc)
    try:
        panel.set_document(blank)
        assert panel.counts() == {MISSED_KIND: 0, GAP_KIND: 0, GATE_KIND: 0, COORDINATION_KIND: 0, PROVISION_KIND: 0}
        assert panel.summary.text().startswith("No findings at this scenario time")
    finally:
        panel.set_document(None)
        blank.close()


def test_an_edit_refills_only_the_items_whose_finding_changed(panel, document, qtbot):
    """Filling the gap of incident 4 removes one gap finding; every other item (and the current one)
    stays the same item, in its place, and the gap group shows exactly the findings left."""
    gates = [panel.groups[GATE_KIND].child(k) for k in range(panel.groups[GATE_KIND].childCount())]
    missed = [panel.groups[MISSED_KIND].child(k) for k in range(panel.groups[MISSED_KIND].childCount())]
    gap_of_2 = next(panel.groups[GAP_KIND].child(k) for k in range(panel.groups[GAP_KIND].childCount())
                    if panel.groups[GAP_KIND].child(k).data(0, FINDING_ROLE).incident_id == 2)
    click(qtbot, panel, gates[1])
    eu = signatory_id(document, "EU")
    assert document.execute(CreateCommand(document, "Add commitment", responses.create_commitment,
                                          responses.delete_commitment, incident_id=4, signatory_id=eu,
                                          category="economic", measure="sanctions_package",
                                          announced_at=from_epoch(document.clock.seconds())))
    assert [panel.groups[GATE_KIND].child(k) for k in range(len(gates))] == gates
    assert [panel.groups[MISSED_KIND].child(k) for k in range(len(missed))] == missed
    assert panel.tree.currentItem() is gates[1]
    gap_items = [panel.groups[GAP_KIND].child(k) for k in range(panel.groups[GAP_KIND].childCount())]
    assert [item.data(0, FINDING_ROLE) for item in gap_items] == panel.findings(GAP_KIND)
    assert [item.text(0) for item in gap_items] == [f.text for f in panel.findings(GAP_KIND)]
    assert gap_items == [gap_of_2]                    # kept by its finding, not by its place
    document.undo_stack.undo()
    assert [panel.groups[GAP_KIND].child(k).data(0, FINDING_ROLE)
            for k in range(panel.groups[GAP_KIND].childCount())] == panel.findings(GAP_KIND)
    assert panel.tree.currentItem() is gates[1]


def test_two_summaries_of_one_kind_each_keep_their_item(panel):
    """Gate violations and respected gates each end in a "more" summary, with the same key."""
    from model.findings import BREACH, INFO, _summary
    rows = [_summary(GATE_KIND, BREACH, 3, "… and 3 more gate violations"),
            _summary(GATE_KIND, INFO, 4, "… and 4 more gated commitments that respect their gate")]
    panel._rebuild(rows, [row.key for row in rows])
    items = [panel.groups[GATE_KIND].child(k) for k in range(2)]
    later = [_summary(GATE_KIND, BREACH, 2, "… and 2 more gate violations"), rows[1]]
    panel._rebuild(later, [row.key for row in later])
    assert [panel.groups[GATE_KIND].child(k) for k in range(2)] == items
    assert [item.text(0) for item in items] == [row.text for row in later]


def test_after_moves_past_other_incidents_and_their_undos_the_tree_reads_as_a_fresh_one(panel, document, qtbot):
    from functools import partial

    from gui.core.commands import UpdateCommand
    from model import services
    snap = document.snapshot
    # Earlier incidents moved past later ones reorder the missed deadlines and gaps they are found in.
    for pos, to in ((0, -1), (1, -2), (2, 3)):
        incident_id = int(snap.inc_ids[pos])
        assert document.execute(UpdateCommand(document, "Move", partial(services.incidents.update_incident,
                                                                        incident_id=incident_id),
                                              occurred_at=from_epoch(int(snap.inc_time[to]) + 60)))
    document.undo_stack.undo()
    fresh = FindingsPanel()
    qtbot.addWidget(fresh)
    fresh.set_document(document)

    def shown(p: FindingsPanel) -> dict:
        return {kind: [(group.child(k).data(0, FINDING_ROLE), group.child(k).text(0))
                       for k in range(group.childCount())] for kind, group in p.groups.items()}
    assert shown(panel) == shown(fresh)
    assert sum(len(items) for items in shown(panel).values()) == len(panel.findings())
    # What is on screen after the edits repainted only the rows they moved (the window's backing store,
    # not a fresh rendering) is the picture of a fresh panel's tree.
    fresh.resize(panel.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    QApplication.processEvents()

    def on_screen(p: FindingsPanel):
        viewport = p.tree.viewport()
        corner = viewport.mapTo(p, viewport.rect().topLeft())
        return p.screen().grabWindow(p.winId(), corner.x(), corner.y(), viewport.width(), viewport.height()).toImage()
    qtbot.waitUntil(lambda: on_screen(panel) == on_screen(fresh), timeout=3000)
