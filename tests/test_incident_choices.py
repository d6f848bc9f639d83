"""Combo boxes of incidents read the snapshot: an edit relabels the rows it changed, it does not rebuild them."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from gui.core.incident_choices import IncidentChoices
from model import services
from model.snapshot import load_snapshot
from model.timeutil import from_epoch


def label(snap, pos: int) -> str:
    return f"#{int(snap.inc_ids[pos])} S{int(snap.inc_severity[pos])}"


def test_an_edit_in_place_relabels_only_the_changed_row_and_keeps_the_choice(qtbot, default_doc):
    snap = load_snapshot(default_doc)
    combo = QComboBox()
    qtbot.addWidget(combo)
    choices = IncidentChoices(label, placeholder="none")
    combo.setModel(choices)
    choices.set_snapshot(snap)
    assert combo.count() == snap.incident_count + 1
    chosen = int(snap.inc_ids[2])
    combo.setCurrentIndex(choices.row_of(chosen))
    edited = int(snap.inc_ids[1])
    services.incidents.update_incident(default_doc, incident_id=edited, severity=5 if snap.inc_severity[1] != 5 else 4)
    resets, changes = [], []
    choices.modelReset.connect(lambda: resets.append(1))
    choices.dataChanged.connect(lambda first, last, roles: changes.append((first.row(), last.row())))
    after = load_snapshot(default_doc)
    choices.set_snapshot(after)
    assert resets == [] and changes == [(2, 2)]          # row 0 is the placeholder
    assert combo.currentData() == chosen
    assert combo.itemText(2) == label(after, 1) != label(snap, 1)


def test_a_move_that_reorders_the_incidents_resets_the_rows_in_the_new_order(qtbot, default_doc):
    snap = load_snapshot(default_doc)
    choices = IncidentChoices(label)
    choices.set_snapshot(snap)
    first = int(snap.inc_ids[0])
    services.incidents.update_incident(default_doc, incident_id=first, occurred_at=from_epoch(int(snap.inc_time[-1]) + 60))
    with qtbot.waitSignal(choices.modelReset):
        choices.set_snapshot(load_snapshot(default_doc))
    assert choices.row_of(first) == snap.incident_count - 1
    assert choices.index(snap.incident_count - 1).data() == label(load_snapshot(default_doc), snap.incident_count - 1)
    assert choices.row_of(999_999) == -1
