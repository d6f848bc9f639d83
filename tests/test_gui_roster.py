"""The roster dock: one row per signatory, sorted by meaning, reloaded after edits."""
from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import Qt

from gui.core.commands import DeleteCommand, UpdateCommand
from gui.core.document import ExerciseDocument
from gui.roster.dock import RosterDock
from gui.roster.model import AGREEMENT, APPROVAL, CODE, CONTACT, EU, LEAD_TIME, NAME, NATO, SORT_ROLE
from model.services.signatories import delete_signatory, update_signatory


@pytest.fixture
def dock(qtbot, document) -> RosterDock:
    widget = RosterDock()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.show()
    return widget


def column(dock: RosterDock, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    proxy = dock.proxy
    return [proxy.data(proxy.index(row, col), role) for row in range(proxy.rowCount())]


def row_for(dock: RosterDock, code: str) -> dict:
    model = dock.model
    row = model.row_of_code(code)
    return {c: model.data(model.index(row, c)) for c in range(model.columnCount())}


def test_one_row_per_signatory_with_every_column(dock):
    assert dock.proxy.rowCount() == 29
    headers = [dock.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dock.model.columnCount())]
    assert headers == ["Code", "Name", "NATO", "EU", "Approval", "Lead time", "Signed", "Contact"]
    assert row_for(dock, "IT") == {CODE: "IT", NAME: "Italy", NATO: "Yes", EU: "Yes", APPROVAL: "Yes",
                                   LEAD_TIME: "54 h (assumed)", AGREEMENT: "2024-02-24", CONTACT: ""}
    assert row_for(dock, "GB")[APPROVAL] == "No" and row_for(dock, "GB")[LEAD_TIME] == "none"
    assert row_for(dock, "EU")[NATO] == "No"
    assert dock.summary.text() == "29 signatories · 16 need parliamentary approval"


def test_approval_tooltip_gives_the_legal_basis(dock):
    model = dock.model
    tip = model.data(model.index(model.row_of_code("DE"), APPROVAL), Qt.ItemDataRole.ToolTipRole)
    assert "Parliamentary Participation Act" in tip
    lead_tip = model.data(model.index(model.row_of_code("DE"), LEAD_TIME), Qt.ItemDataRole.ToolTipRole)
    assert lead_tip.startswith("Assumed lead time")


def test_sorting_by_lead_time_is_numeric(dock):
    dock.view.sortByColumn(LEAD_TIME, Qt.SortOrder.AscendingOrder)
    hours = column(dock, LEAD_TIME, SORT_ROLE)
    assert hours == sorted(hours)
    texts = [t for t in column(dock, LEAD_TIME) if t != "none"]
    # As strings, "168 h" would sort before "48 h".
    assert texts.index("48 h (assumed)") < texts.index("168 h (assumed)")
    assert texts[-1] == "168 h (assumed)"
    dock.view.sortByColumn(LEAD_TIME, Qt.SortOrder.DescendingOrder)
    assert column(dock, LEAD_TIME)[0] == "168 h (assumed)"


def test_sorting_by_agreement_date_is_by_date(dock):
    dock.view.sortByColumn(AGREEMENT, Qt.SortOrder.AscendingOrder)
    dates = column(dock, AGREEMENT)
    assert dates == sorted(dates)
    assert dates[0] == "2024-01-12" and column(dock, CODE)[0] == "GB"
    assert dates[-1] == "2025-01-21" and column(dock, CODE)[-1] == "AL"


def test_roster_reloads_after_a_signatory_edit_and_its_undo(dock, document):
    de = dock.model.signatory(dock.model.row_of_code("DE"))
    dock.view.selectRow(dock.proxy.mapFromSource(dock.model.index(dock.model.row_of_code("DE"), 0)).row())
    assert document.execute(UpdateCommand(document, "DE lead time", partial(update_signatory, signatory_id=de.id),
                                          approval_lead_hours=120, lead_time_assumed=False))
    assert row_for(dock, "DE")[LEAD_TIME] == "120 h"
    assert dock.selected_signatory_id() == de.id, "the selection survives the reload"
    document.undo_stack.undo()
    assert row_for(dock, "DE")[LEAD_TIME] == "72 h (assumed)"


def test_roster_reloads_after_delete_and_restore(dock, document):
    jp = dock.model.signatory(dock.model.row_of_code("JP"))
    assert document.execute(DeleteCommand(document, "Remove JP", partial(delete_signatory, signatory_id=jp.id)))
    assert dock.proxy.rowCount() == 28 and dock.model.row_of_code("JP") == -1
    document.undo_stack.undo()                      # a restore report
    assert dock.proxy.rowCount() == 29 and row_for(dock, "JP")[NAME] == "Japan"


def test_other_changes_do_not_reload_the_roster(dock, document):
    from model.services.changes import ChangeReport
    resets, refreshed = [], []
    dock.model.modelReset.connect(lambda: resets.append(1))
    dock.model.dataChanged.connect(lambda *_: refreshed.append(1))
    document.changed.emit(ChangeReport("incident", "updated", (1,), updated={"incident": frozenset({1})}))
    assert resets == [] and refreshed == []
    # An updated signatory is refreshed in place (an open editor and the selection stay) ...
    document.changed.emit(ChangeReport("signatory", "updated", (1,), updated={"signatory": frozenset({1})}))
    assert resets == [] and refreshed == [1]
    # ... while a removed one resets the rows.
    jp = dock.model.signatory(dock.model.row_of_code("JP"))
    assert document.execute(DeleteCommand(document, "Remove JP", partial(delete_signatory, signatory_id=jp.id)))
    assert resets == [1] and dock.model.row_of_code("JP") == -1


def test_cells_are_editable_except_the_code(dock):
    model = dock.model
    flags = [model.flags(model.index(0, column)) for column in range(model.columnCount())]
    assert not flags[CODE] & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
    for column in (NAME, LEAD_TIME, AGREEMENT, CONTACT):
        assert flags[column] & Qt.ItemFlag.ItemIsEditable
    for column in (NATO, EU, APPROVAL):
        assert flags[column] & Qt.ItemFlag.ItemIsUserCheckable and not flags[column] & Qt.ItemFlag.ItemIsEditable


def test_a_read_only_exercise_offers_no_editing(qtbot, default_doc, tmp_path):
    from model.storage.exercise_file import ExerciseFile
    copy = tmp_path / "copy.pactline"
    default_doc.save_copy(copy)
    document = ExerciseDocument(ExerciseFile.open(copy, read_only=True))
    widget = RosterDock()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.view.selectRow(0)
    try:
        model = widget.model
        assert model.rowCount() == 29
        assert not model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable
        assert not model.flags(model.index(0, NATO)) & Qt.ItemFlag.ItemIsUserCheckable
        editor = widget.editor
        assert not any(a.isEnabled() for a in (editor.add_from_list, editor.add_all_2024, editor.add_custom,
                                               editor.remove))
    finally:
        widget.set_document(None)
        document.close()


def test_no_document_empties_the_roster(dock):
    dock.set_document(None)
    assert dock.proxy.rowCount() == 0 and dock.summary.text() == "No exercise open"
