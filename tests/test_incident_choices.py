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


def test_a_move_that_reorders_the_incidents_moves_one_row_and_keeps_the_choice(qtbot, default_doc):
    snap = load_snapshot(default_doc)
    combo = QComboBox()
    qtbot.addWidget(combo)
    choices = IncidentChoices(label)
    combo.setModel(choices)
    choices.set_snapshot(snap)
    chosen = int(snap.inc_ids[2])
    combo.setCurrentIndex(choices.row_of(chosen))
    first = int(snap.inc_ids[0])
    services.incidents.update_incident(default_doc, incident_id=first,
                                       occurred_at=from_epoch(int(snap.inc_time[-1]) + 60))
    resets, moves = [], []
    choices.modelReset.connect(lambda: resets.append(1))
    choices.rowsMoved.connect(lambda _p, start, end, _d, row: moves.append((start, end, row)))
    choices.set_snapshot(load_snapshot(default_doc))
    assert resets == [] and moves == [(0, 0, snap.incident_count)]
    assert choices.row_of(first) == snap.incident_count - 1
    assert combo.currentData() == chosen
    assert [combo.itemText(row) for row in range(combo.count())] == \
        [label(load_snapshot(default_doc), pos) for pos in range(snap.incident_count)]
    assert choices.row_of(999_999) == -1


def test_an_added_or_removed_incident_inserts_or_removes_one_row(qtbot, default_doc):
    snap = load_snapshot(default_doc)
    combo = QComboBox()
    qtbot.addWidget(combo)
    choices = IncidentChoices(label, placeholder="none")
    combo.setModel(choices)
    choices.set_snapshot(snap)
    chosen = int(snap.inc_ids[-1])
    combo.setCurrentIndex(choices.row_of(chosen))
    resets, inserted, removed = [], [], []
    choices.modelReset.connect(lambda: resets.append(1))
    choices.rowsInserted.connect(lambda _p, start, end: inserted.append((start, end)))
    choices.rowsRemoved.connect(lambda _p, start, end: removed.append((start, end)))
    created = services.incidents.create_incident(default_doc, incident_type=snap.type_codes[0], severity=2,
                                                 occurred_at=from_epoch(int(snap.inc_time[0]) + 60)).ids[0]
    after = load_snapshot(default_doc)
    choices.set_snapshot(after)
    assert inserted == [(2, 2)] and combo.itemText(2) == label(after, 1) and combo.currentData() == chosen
    services.incidents.delete_incident(default_doc, incident_id=created)
    choices.set_snapshot(load_snapshot(default_doc))
    assert removed == [(2, 2)] and resets == [] and combo.currentData() == chosen
    assert combo.count() == snap.incident_count + 1


def test_positions_of_finds_each_id_whether_ids_are_dense_or_sparse():
    import numpy as np

    from gui.core.incident_choices import _positions_of

    rng = np.random.default_rng(7)
    for top in (60, 10**9):   # a table by id, and the sorted search for ids far beyond the rows
        old = rng.choice(top, size=50, replace=False).astype(np.int64)
        new = np.concatenate([rng.permutation(old)[:40], rng.choice(top, size=5).astype(np.int64)])
        expected = [list(old).index(i) if i in old else -1 for i in new]
        assert _positions_of(old, new).tolist() == expected
    assert _positions_of(np.zeros(0, dtype=np.int64), np.array([3])).tolist() == [-1]
