"""Editing the roster: add from the list of states, add all 2024 signatories, a custom entry,
in-place edits, removal with its dependants, filters and the shared selection.

The first tests drive the roster service alone (no QApplication); the rest go
through the real dock, its dialogs and its table, with only the modal
``exec``/``confirm`` step replaced.
"""
from __future__ import annotations


import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow

from gui.roster import dialogs as roster_dialogs
from gui.core.document import ExerciseDocument
from gui.roster.custom_form import CustomSignatoryDialog
from gui.roster.dock import RosterDock
from gui.roster.filter import ANY, NO, YES
from gui.roster.model import AGREEMENT, APPROVAL, CODE, CONTACT, EU, LEAD_TIME, NAME, NATO
from gui.roster.signatory_dialog import SignatoryListDialog
from model import queries, roster_lists
from model.errors import NotFoundError, ValidationError
from model.services import responses, roster
from model.services.records import restore_records
from tests.support import data_rows


# -- helpers --------------------------------------------------------------------------------------
def ids_by_code(doc) -> dict[str, int]:
    return {s.code: s.id for s in queries.signatories(doc)}


def stored(doc, code: str):
    return next(s for s in queries.signatories(doc) if s.code == code)


# -- the roster service ---------------------------------------------------------------------------
def test_delete_signatories_removes_them_with_dependants_in_one_transaction(default_doc):
    ids = ids_by_code(default_doc)
    before = data_rows(default_doc)
    log_before = len(queries.log_entries(default_doc))
    report = roster.delete_signatories(default_doc, ids=[ids["DE"], ids["IT"], ids["DE"]])
    assert report.entity == "signatory" and report.action == "deleted"
    assert report.ids == (ids["DE"], ids["IT"])
    assert [r.table for r in report.removed[:2]] == ["signatory", "signatory"]   # the main rows first
    # DE is a party to all three options, IT to the pact and the bilateral agreements; DE pledged a
    # standing provision with one milestone.
    assert sorted(r.table for r in report.removed[2:]) == \
        ["commitment"] * 7 + ["consultation"] * 4 + ["provision", "provision_milestone"] + ["treaty_party"] * 5
    assert "DE" not in ids_by_code(default_doc) and "IT" not in ids_by_code(default_doc)
    assert all(c.signatory_id not in (ids["DE"], ids["IT"]) for c in queries.commitments(default_doc))
    assert len(queries.log_entries(default_doc)) == log_before + 1
    assert report.summary == "2 signatories removed (DE, IT) with 7 commitments and 4 consultation records"

    restored = restore_records(default_doc, records=report.removed, summary="Undo")
    assert restored.entity == "signatory" and set(restored.ids) == {ids["DE"], ids["IT"]}
    assert data_rows(default_doc) == before, "everything is back, with the same ids"


def test_delete_signatories_refuses_bad_ids_and_writes_nothing(default_doc):
    before = data_rows(default_doc)
    with pytest.raises(ValidationError) as empty:
        roster.delete_signatories(default_doc, ids=[])
    assert empty.value.field == "ids"
    with pytest.raises(ValidationError):
        roster.delete_signatories(default_doc, ids="DE")
    with pytest.raises(NotFoundError):
        roster.delete_signatories(default_doc, ids=[ids_by_code(default_doc)["FR"], 9999])
    assert data_rows(default_doc) == before


def test_delete_signatories_refuses_a_read_only_exercise(default_doc, tmp_path):
    from model.errors import ReadOnlyError
    from model.storage.exercise_file import ExerciseFile
    copy = default_doc.save_copy(tmp_path / "copy.pactline")
    read_only = ExerciseFile.open(copy, read_only=True)
    try:
        ids = ids_by_code(read_only)
        before = data_rows(read_only)
        with pytest.raises(ReadOnlyError):
            roster.delete_signatories(read_only, ids=[ids["DE"]])
        assert data_rows(read_only) == before
        assert len(roster.dependants(read_only, ids=[ids["DE"]])) == 6   # reading still works
    finally:
        read_only.close()


def test_dependants_name_measure_and_incident(default_doc):
    ids = ids_by_code(default_doc)
    found = roster.dependants(default_doc, ids=[ids["GB"]])
    commitments = [(d.category, d.measure, d.incident_id) for d in found if d.kind == "commitment"]
    assert commitments == [("political", "Joint statement / condemnation", 1),
                           ("cyber", "Cyber incident-response team", 2),
                           ("political", "Joint statement / condemnation", 3),
                           ("military", "Naval escort and demining", 4)]
    assert [d.incident_id for d in found if d.kind == "consultation"] == [1, 2, 3]
    assert roster.dependants(default_doc, ids=[ids["JP"]]) == []


def test_state_entries_carry_the_2024_facts_or_the_iso_flags():
    germany = roster_lists.state_entry("DE")
    assert germany["approval_required"] and germany["approval_lead_hours"] == 72
    assert germany["agreement_date"] == "2024-02-16" and "Participation Act" in germany["approval_basis"]
    assert roster_lists.state_entry("AT") == dict(code="AT", name="Austria", kind="state", nato=False, eu=True)
    with pytest.raises(ValidationError):
        roster_lists.state_entry("ZZ")
    pickable = {e["code"]: e for e in roster_lists.pickable_entries()}
    assert pickable["EU"]["kind"] == "organisation" and len(pickable) == 250
    assert len(roster_lists.shipped_signatories()) == 29


# -- the batch commands ---------------------------------------------------------------------------
def test_batch_commands_keep_ids_across_undo_and_refuse_without_storing(qtbot, default_doc):
    from gui.roster.commands import AddSignatoriesCommand, RemoveSignatoriesCommand
    document = ExerciseDocument(default_doc)
    try:
        before = data_rows(default_doc)
        clash = AddSignatoriesCommand(document, "Add", [roster_lists.state_entry("AT"), roster_lists.state_entry("DE")])
        error = document.try_execute(clash)
        assert isinstance(error, ValidationError) and str(error) == "Entry 2, code: DE is already on the roster."
        assert document.undo_stack.count() == 0 and data_rows(default_doc) == before

        add = AddSignatoriesCommand(document, "Add", [roster_lists.state_entry("AT"), roster_lists.state_entry("CH")])
        assert document.try_execute(add) is None
        created = add.created_ids
        remove = RemoveSignatoriesCommand(document, "Remove", [ids_by_code(default_doc)["GB"], created[0]])
        assert document.try_execute(remove) is None
        assert document.undo_stack.count() == 2
        document.undo_stack.undo()
        document.undo_stack.undo()
        assert data_rows(default_doc) == before
        document.undo_stack.redo()
        assert (ids_by_code(default_doc)["AT"], ids_by_code(default_doc)["CH"]) == created
        document.undo_stack.redo()
        assert "GB" not in ids_by_code(default_doc) and "AT" not in ids_by_code(default_doc)
    finally:
        document.close()


def test_dependants_read_as_one_line_and_long_lists_are_cut(default_doc):
    from gui.roster.removal import dependants_text
    from model.services.roster import Dependant
    ids = ids_by_code(default_doc)
    assert dependants_text(roster.dependants(default_doc, ids=[ids["GB"]]), several=False) == (
        "4 commitments: political joint statement / condemnation for #1, cyber incident-response team for #2, "
        "political joint statement / condemnation for #3, military naval escort and demining for #4; "
        "3 consultation records for #1, #2, #3")
    many = [Dependant("commitment", "DE", n, "economic", "Sanctions package") for n in range(1, 12)]
    text = dependants_text(many + [Dependant("consultation", "DE", 3)], several=False)
    assert text == ("11 commitments: " + ", ".join(f"economic sanctions package for #{n}" for n in range(1, 9))
                    + " and 3 more; 1 consultation record for #3")


# -- the dock -------------------------------------------------------------------------------------
@pytest.fixture
def roster_window(qtbot, document):
    win = QMainWindow()
    qtbot.addWidget(win)
    dock = RosterDock(win)
    win.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    win.resize(900, 700)
    dock.set_document(document)
    win.show()
    qtbot.waitExposed(win)
    yield win
    dock.set_document(None)


@pytest.fixture
def dock(roster_window) -> RosterDock:
    return roster_window.findChild(RosterDock)


def cell(dock: RosterDock, code: str, column: int):
    return dock.proxy.mapFromSource(dock.model.index(dock.model.row_of_code(code), column))


def shown(dock: RosterDock, code: str, column: int) -> str:
    return cell(dock, code, column).data()


def codes_shown(dock: RosterDock) -> list[str]:
    return [dock.proxy.index(row, CODE).data() for row in range(dock.proxy.rowCount())]


def edit_text_cell(qtbot, dock: RosterDock, code: str, column: int, text: str) -> None:
    """F2 on the cell, type, Return: as a user does."""
    index = cell(dock, code, column)
    dock.view.setCurrentIndex(index)
    qtbot.keyClick(dock.view, Qt.Key.Key_F2)
    editor = dock.view.indexWidget(index)
    assert isinstance(editor, QLineEdit), "F2 opens a line editor"
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)          # QTest can only type ASCII
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dock.view.indexWidget(index) is None)   # Return commits and closes (queued)


def test_menu_actions_have_shortcuts_and_status_tips(dock):
    actions = dock.menu_actions["edit"]
    assert [a.text() for a in actions] == ["Add &Signatories…", "Add All &2024 Signatories",
                                           "Add &Custom Signatory…", "&Remove Signatory"]
    assert all(a.statusTip() for a in actions)
    editor = dock.editor
    assert editor.add_from_list.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert editor.remove.shortcut() == QKeySequence("Del")
    assert editor.remove.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert editor.remove in dock.view.actions()
    assert not editor.add_all_2024.isEnabled(), "all 29 are on the default roster"
    assert not editor.remove.isEnabled(), "nothing selected yet"


# -- adding from the list -------------------------------------------------------------------------
def test_add_from_list_ticks_several_states_in_one_undo_step(dock, document, monkeypatch, qtbot):
    seen = {}

    def choose(dialog: SignatoryListDialog) -> bool:
        model, proxy = dialog.model, dialog.proxy
        germany = model.index(model.row_of_code("DE"), CODE)
        assert not germany.flags() & Qt.ItemFlag.ItemIsEnabled, "on the roster: shown, disabled"
        assert germany.data(Qt.ItemDataRole.DisplayRole) == "DE"
        assert model.index(model.row_of_code("DE"), 5).data() == "on the roster"
        dialog.search.setText("austr")
        assert [proxy.index(r, CODE).data() for r in range(proxy.rowCount())] == ["AU", "AT"]
        dialog.show()
        qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.view.visualRect(proxy.index(1, 1)).center())   # Austria, by a click
        dialog.search.setText("switz")                                              # a new search ...
        dialog.view.selectRow(0)
        qtbot.keyClick(dialog.view, Qt.Key.Key_Space)                                # ... Switzerland, by Space
        dialog.search.setText("germ")
        qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.view.visualRect(proxy.index(0, 1)).center())    # Germany: refused
        seen["label"] = dialog.chosen_label.text()
        seen["button"] = dialog.add_button.text()
        return True

    monkeypatch.setattr(roster_dialogs, "exec_dialog", choose)
    assert dock.editor.add_from_list.isEnabled()
    dock.editor.add_from_list.trigger()
    assert seen == {"label": "2 ticked: AT, CH", "button": "Add 2 signatories"}
    assert dock.model.rowCount() == 31
    assert shown(dock, "AT", NAME) == "Austria" and shown(dock, "AT", EU) == "Yes" and shown(dock, "AT", NATO) == "No"
    assert shown(dock, "CH", NAME) == "Switzerland"
    assert document.undo_stack.count() == 1 and document.undo_stack.text(0) == "Add 2 signatories"
    added = (stored(document.file, "AT").id, stored(document.file, "CH").id)
    assert dock.selected_signatory_id() == added[0]
    assert document.selection.current("signatory") == added[0]

    document.undo_stack.undo()
    assert dock.model.rowCount() == 29 and dock.model.row_of_code("AT") == -1
    document.undo_stack.redo()
    assert (stored(document.file, "AT").id, stored(document.file, "CH").id) == added


def test_a_2024_state_comes_back_with_its_parliamentary_facts(dock, document, monkeypatch):
    japan = stored(document.file, "JP")
    assert document.execute(roster_remove(document, japan.id))

    def choose(dialog: SignatoryListDialog) -> bool:
        assert dialog.model.index(dialog.model.row_of_code("JP"), CODE).flags() & Qt.ItemFlag.ItemIsEnabled
        dialog.only_2024.setChecked(True)
        assert dialog.proxy.rowCount() == 29
        dialog.model.setData(dialog.model.index(dialog.model.row_of_code("JP"), CODE), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
        return True

    monkeypatch.setattr(roster_dialogs, "exec_dialog", choose)
    assert dock.editor.add_states()
    back = stored(document.file, "JP")
    assert (back.approval_required, back.approval_lead_hours, back.lead_time_assumed) == (True, 168, True)
    assert back.approval_basis == japan.approval_basis and str(back.agreement_date) == "2024-06-13"
    assert shown(dock, "JP", LEAD_TIME) == "168 h (assumed)"
    assert document.undo_stack.text(1) == "Add Japan (JP)"


def roster_remove(document, signatory_id):
    from gui.roster.commands import RemoveSignatoriesCommand
    return RemoveSignatoriesCommand(document, "Remove", [signatory_id])


def test_cancelling_the_list_adds_nothing(dock, document, monkeypatch):
    monkeypatch.setattr(roster_dialogs, "exec_dialog", lambda dialog: False)
    assert not dock.editor.add_states()
    assert dock.model.rowCount() == 29 and document.undo_stack.count() == 0


# -- add all 2024 ---------------------------------------------------------------------------------
def test_add_all_2024_fills_a_blank_roster_in_one_undo_step(qtbot, blank_doc):
    document = ExerciseDocument(blank_doc)
    widget = RosterDock()
    qtbot.addWidget(widget)
    widget.set_document(document)
    try:
        assert widget.model.rowCount() == 0 and widget.editor.add_all_2024.isEnabled()
        widget.editor.add_all_2024.trigger()
        assert widget.model.rowCount() == 29
        assert document.undo_stack.count() == 1
        assert document.undo_stack.text(0) == "Add all 2024 signatories (29)"
        assert not widget.editor.add_all_2024.isEnabled()
        assert shown(widget, "DE", LEAD_TIME) == "72 h (assumed)" and shown(widget, "EU", NAME) == "European Union"
        first = ids_by_code(blank_doc)
        document.undo_stack.undo()
        assert widget.model.rowCount() == 0 and widget.editor.add_all_2024.isEnabled()
        document.undo_stack.redo()
        assert ids_by_code(blank_doc) == first
    finally:
        widget.set_document(None)
        document.close()


def test_add_all_2024_adds_only_the_missing(dock, document):
    ids = ids_by_code(document.file)
    assert document.execute(roster_remove(document, ids["IE"]))
    assert document.execute(roster_remove(document, ids["SI"]))
    assert dock.editor.add_all_2024.isEnabled()
    assert dock.editor.add_missing_2024()
    assert dock.model.rowCount() == 29 and document.undo_stack.text(2) == "Add all 2024 signatories (2)"
    assert not dock.editor.add_missing_2024()
    assert dock.message.text() == "All 29 signatories of the 2024 agreements are on the roster."


# -- a custom entry -------------------------------------------------------------------------------
def test_custom_entry_shows_the_refusal_beside_the_field_then_stores_when_valid(dock, document, monkeypatch,
                                                                                  qtbot):
    before = data_rows(document.file)
    seen = {}

    def fill(dialog: CustomSignatoryDialog) -> bool:
        dialog.show()
        qtbot.keyClicks(dialog.code, "ZZ")
        qtbot.keyClicks(dialog.name, "Nowhere")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["code"] = dialog.error_text("code")
        seen["code error visible"] = dialog.findChild(type(dialog.general_error), "error_code").isVisible()
        seen["open"] = dialog.isVisible()
        seen["stored"] = data_rows(document.file) == before

        dialog.kind.setCurrentIndex(dialog.kind.findData("organisation"))
        assert dialog.error_text("code") == "", "a new value clears the message"
        dialog.code.clear()
        qtbot.keyClicks(dialog.code, "NB8")
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Nordic-Baltic Eight")
        qtbot.keyClicks(dialog.agreement_date, "2024-13-01")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["date"] = dialog.error_text("agreement_date")
        seen["still open"] = dialog.isVisible()

        dialog.agreement_date.clear()
        qtbot.keyClicks(dialog.agreement_date, "2024-06-01")
        dialog.approval_required.setChecked(True)
        dialog.lead_hours.setValue(96)
        qtbot.keyClicks(dialog.contact, "Secretariat duty officer")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["closed"] = not dialog.isVisible()
        return dialog.result() == CustomSignatoryDialog.DialogCode.Accepted

    monkeypatch.setattr(roster_dialogs, "exec_dialog", fill)
    assert dock.editor.add_custom.isEnabled()
    assert dock.editor.add_custom_entry()
    assert seen["code"] == "'ZZ' is not an ISO 3166-1 alpha-2 country code"
    assert seen["code error visible"] and seen["open"] and seen["stored"]
    assert seen["date"] == "'2024-13-01' is not a date (use YYYY-MM-DD)" and seen["still open"]
    assert seen["closed"]
    entry = stored(document.file, "NB8")
    assert (entry.kind, entry.name, str(entry.agreement_date), entry.approval_required, entry.approval_lead_hours,
            entry.contact) == ("organisation", "Nordic-Baltic Eight", "2024-06-01", True, 96,
                               "Secretariat duty officer")
    assert document.undo_stack.count() == 1 and document.undo_stack.text(0) == "Add Nordic-Baltic Eight"
    assert dock.selected_signatory_id() == entry.id
    assert shown(dock, "NB8", CONTACT) == "Secretariat duty officer"
    document.undo_stack.undo()
    assert data_rows(document.file) == before
    document.undo_stack.redo()
    assert stored(document.file, "NB8").id == entry.id


def test_custom_form_fills_a_known_state_from_its_code(qtbot):
    dialog = CustomSignatoryDialog(lambda values: None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "at")
    dialog.code.editingFinished.emit()
    assert dialog.name.text() == "Austria" and dialog.eu.isChecked() and not dialog.nato.isChecked()


# -- editing in place -----------------------------------------------------------------------------
def test_in_place_edit_stores_through_one_undo_command(dock, document, qtbot):
    edit_text_cell(qtbot, dock, "DE", LEAD_TIME, "96 h")
    assert stored(document.file, "DE").approval_lead_hours == 96
    assert shown(dock, "DE", LEAD_TIME) == "96 h (assumed)"
    assert document.undo_stack.count() == 1 and document.undo_stack.text(0) == "Edit DE: Lead time"

    edit_text_cell(qtbot, dock, "DE", AGREEMENT, "2024-02-17")
    edit_text_cell(qtbot, dock, "DE", CONTACT, "Auswärtiges Amt, crisis centre")
    edit_text_cell(qtbot, dock, "DE", NAME, "Federal Republic of Germany")
    germany = stored(document.file, "DE")
    assert (str(germany.agreement_date), germany.contact, germany.name) == (
        "2024-02-17", "Auswärtiges Amt, crisis centre", "Federal Republic of Germany")
    assert document.undo_stack.count() == 4
    assert dock.message.isHidden()

    for _ in range(4):
        document.undo_stack.undo()
    germany = stored(document.file, "DE")
    assert (germany.approval_lead_hours, str(germany.agreement_date), germany.contact, germany.name) == (
        72, "2024-02-16", "", "Germany")
    document.undo_stack.redo()
    assert stored(document.file, "DE").approval_lead_hours == 96


def test_an_unchanged_value_pushes_no_command(dock, document, qtbot):
    edit_text_cell(qtbot, dock, "DE", LEAD_TIME, "72")
    edit_text_cell(qtbot, dock, "FR", AGREEMENT, "2024-02-16")
    assert document.undo_stack.count() == 0


def double_click(qtbot, widget, pos: QPoint) -> None:
    """Press-release, then the double-click Qt sends for the second press (QTest sends only that)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_double_click_opens_the_editor(dock, document, qtbot):
    index = cell(dock, "FR", NAME)
    double_click(qtbot, dock.view.viewport(), dock.view.visualRect(index).center())
    editor = dock.view.indexWidget(index)
    assert isinstance(editor, QLineEdit) and editor.text() == "France"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dock.view.indexWidget(index) is None)
    assert document.undo_stack.count() == 0


def test_double_click_toggles_a_checkbox_anywhere_in_its_cell(dock, document, qtbot):
    eu = cell(dock, "JP", EU)
    rect = dock.view.visualRect(eu)
    double_click(qtbot, dock.view.viewport(), QPoint(rect.left() + 3, rect.center().y()))
    assert stored(document.file, "JP").eu and document.undo_stack.count() == 1
    # On the box itself the first click toggles and the double-click does not toggle back.
    double_click(qtbot, dock.view.viewport(), dock.view.visualRect(cell(dock, "JP", EU)).center())
    assert not stored(document.file, "JP").eu and document.undo_stack.count() == 2


@pytest.mark.parametrize(("column", "typed", "reason"), [
    (LEAD_TIME, "abc", "Lead time of Germany (DE) not changed: must be a whole number, got 'abc'"),
    (LEAD_TIME, "9000", "Lead time of Germany (DE) not changed: must be at most 8760 (got 9000)"),
    (AGREEMENT, "2024-02-30", "Signed of Germany (DE) not changed: '2024-02-30' is not a date (use YYYY-MM-DD)"),
    (NAME, "   ", "Name of Germany (DE) not changed: must not be empty"),
])
def test_an_invalid_value_is_refused_beside_the_table_and_nothing_is_stored(dock, document, qtbot, column,
                                                                             typed, reason):
    before = data_rows(document.file)
    was = shown(dock, "DE", column)
    edit_text_cell(qtbot, dock, "DE", column, typed)
    assert dock.message.text() == reason
    assert dock.message.isVisible(), "the reason is on screen, not in a tooltip"
    assert data_rows(document.file) == before and document.undo_stack.count() == 0
    assert shown(dock, "DE", column) == was, "the cell shows the stored value again"
    edit_text_cell(qtbot, dock, "DE", LEAD_TIME, "80")
    assert dock.message.isHidden(), "the next stored edit clears the message"


def test_checkboxes_toggle_by_click_and_space(dock, document, qtbot):
    nato = cell(dock, "JP", NATO)
    assert nato.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=dock.view.visualRect(nato).center())
    assert stored(document.file, "JP").nato
    assert cell(dock, "JP", NATO).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert document.undo_stack.text(0) == "Edit JP: NATO"

    approval = cell(dock, "JP", APPROVAL)
    dock.view.setCurrentIndex(approval)
    qtbot.keyClick(dock.view, Qt.Key.Key_Space)
    assert not stored(document.file, "JP").approval_required
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    japan = stored(document.file, "JP")
    assert not japan.nato and japan.approval_required


def test_a_click_beside_the_checkbox_only_selects(dock, document, qtbot):
    eu = cell(dock, "JP", EU)
    rect = dock.view.visualRect(eu)
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 3, rect.center().y()))
    assert document.undo_stack.count() == 0
    assert dock.selected_signatory_id() == stored(document.file, "JP").id


# -- removing -------------------------------------------------------------------------------------
class Confirmations(list):
    """What the removal confirmation asked (title, text, detail); answers with ``answer``."""

    answer = True

    def __call__(self, parent, title, text, detail="", action=""):
        self.append((title, text, detail))
        return self.answer


@pytest.fixture
def confirmations(monkeypatch) -> Confirmations:
    asked = Confirmations()
    monkeypatch.setattr(roster_dialogs, "confirm", asked)
    return asked


def test_delete_key_removes_after_a_confirmation_listing_the_dependants(roster_window, dock, document, qtbot,
                                                                        confirmations):
    before = data_rows(document.file)
    germany = stored(document.file, "DE")
    dock.view.selectRow(cell(dock, "DE", CODE).row())
    roster_window.activateWindow()
    dock.view.setFocus()
    qtbot.waitUntil(dock.view.hasFocus)
    qtbot.keyClick(dock.view, Qt.Key.Key_Delete)
    assert confirmations == [(
        "Remove signatory", "Remove Germany (DE) from the roster?",
        "This also removes:\n"
        "• 4 commitments: political joint statement / condemnation for #1, military accelerated delivery: air "
        "defence for #1, political joint statement / condemnation for #3, military deployment of troops "
        "(reassurance force) for #3\n"
        "• 2 consultation records for #1, #3\n\n"
        "Undo brings everything back.")]
    assert dock.model.row_of_code("DE") == -1 and dock.model.rowCount() == 28
    assert all(c.signatory_id != germany.id for c in queries.commitments(document.file))
    assert document.undo_stack.count() == 1 and document.undo_stack.text(0) == "Remove Germany (DE)"
    assert document.selection.current("signatory") is None

    document.undo_stack.undo()
    assert data_rows(document.file) == before, "every row is back with its id"
    assert shown(dock, "DE", NAME) == "Germany"
    document.undo_stack.redo()
    assert dock.model.row_of_code("DE") == -1


def test_removing_several_lists_each_signatory_and_is_one_step(dock, document, confirmations):
    before = data_rows(document.file)
    selection = dock.view.selectionModel()
    for code in ("AL", "JP"):
        selection.select(cell(dock, code, CODE),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert dock.editor.remove.isEnabled()
    dock.editor.remove.trigger()
    title, text, detail = confirmations[0]
    assert (title, text) == ("Remove signatories", "Remove 2 signatories (AL, JP) from the roster?")
    assert detail.startswith("This also removes:\n• 1 commitment: AL political joint statement / condemnation "
                             "for #3\n• 2 consultation records for #1 (AL), #3 (AL)\n")
    assert dock.model.rowCount() == 27 and document.undo_stack.text(0) == "Remove 2 signatories"
    document.undo_stack.undo()
    assert data_rows(document.file) == before


def test_a_signatory_without_records_says_so_and_cancel_keeps_it(dock, document, confirmations):
    confirmations.answer = False
    dock.select_signatory(stored(document.file, "JP").id)
    assert not dock.editor.remove_selected()
    assert confirmations[0][2] == "No commitment or consultation record is stored for it.\n\nUndo brings everything back."
    assert dock.model.row_of_code("JP") >= 0 and document.undo_stack.count() == 0


def test_delete_in_the_search_field_does_not_remove(roster_window, dock, document, qtbot, confirmations):
    dock.select_signatory(stored(document.file, "JP").id)
    roster_window.activateWindow()
    dock.filter_bar.search.setText("j")
    dock.filter_bar.search.setFocus()
    dock.filter_bar.search.setCursorPosition(0)
    qtbot.waitUntil(dock.filter_bar.search.hasFocus)
    qtbot.keyClick(dock.filter_bar.search, Qt.Key.Key_Delete)
    assert dock.filter_bar.search.text() == "" and confirmations == []
    assert dock.model.row_of_code("JP") >= 0


def test_delete_elsewhere_in_the_window_is_not_the_rosters(roster_window, dock, document, qtbot, confirmations):
    """The timeline has its own Delete: the roster's is scoped to the roster."""
    from PySide6.QtWidgets import QWidget
    elsewhere = QWidget()
    elsewhere.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    roster_window.setCentralWidget(elsewhere)
    dock.select_signatory(stored(document.file, "JP").id)
    roster_window.activateWindow()
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    qtbot.keyClick(elsewhere, Qt.Key.Key_Delete)
    assert confirmations == [] and dock.model.row_of_code("JP") >= 0
    dock.view.setFocus()
    qtbot.waitUntil(dock.view.hasFocus)
    qtbot.keyClick(dock.view, Qt.Key.Key_Delete)
    assert len(confirmations) == 1 and dock.model.row_of_code("JP") == -1


def test_removal_goes_with_the_commitment_added_later(dock, document, confirmations):
    """A dependant created after the roster was loaded is listed and restored too."""
    from model.timeutil import utc
    japan = stored(document.file, "JP")
    report = responses.create_commitment(document.file, incident_id=2, signatory_id=japan.id, category="cyber",
                                         measure="cyber_response_team", announced_at=utc(2026, 3, 3, 12))
    before = data_rows(document.file)
    dock.select_signatory(japan.id)
    assert dock.editor.remove_selected()
    assert "1 commitment: cyber incident-response team for #2" in confirmations[0][2]
    document.undo_stack.undo()
    assert data_rows(document.file) == before
    assert any(c.id == report.ids[0] for c in queries.commitments(document.file))


# -- filtering ------------------------------------------------------------------------------------
def test_filters_narrow_the_rows_and_count_them(dock):
    bar = dock.filter_bar
    assert bar.count.text() == "29 of 29 shown"
    bar.search.setText("land")
    assert sorted(codes_shown(dock)) == ["FI", "IE", "IS", "NL", "PL"]
    assert bar.count.text() == "5 of 29 shown"
    bar.combos[NATO].setCurrentIndex(NO)
    assert codes_shown(dock) == ["IE"] and bar.count.text() == "1 of 29 shown"
    bar.search.setText("de")                      # by code (DE) and by name (Denmark, Sweden)
    bar.combos[NATO].setCurrentIndex(ANY)
    assert sorted(codes_shown(dock)) == ["DE", "DK", "SE"]
    bar.clear()
    bar.combos[APPROVAL].setCurrentIndex(YES)
    assert bar.count.text() == "16 of 29 shown"
    bar.combos[NATO].setCurrentIndex(NO)
    assert sorted(codes_shown(dock)) == ["IE", "JP"]
    bar.combos[EU].setCurrentIndex(YES)
    assert codes_shown(dock) == ["IE"]
    bar.clear()
    assert dock.proxy.rowCount() == 29


def test_the_count_follows_additions(dock, document, monkeypatch):
    dock.filter_bar.combos[EU].setCurrentIndex(YES)
    eu_members = dock.proxy.rowCount()

    def choose(dialog):
        dialog.model.toggle(dialog.model.row_of_code("AT"))
        return True

    monkeypatch.setattr(roster_dialogs, "exec_dialog", choose)
    assert dock.editor.add_states()
    assert dock.filter_bar.count.text() == f"{eu_members + 1} of 30 shown"


# -- the shared selection -------------------------------------------------------------------------
def test_selecting_a_row_selects_the_signatory_everywhere(dock, document, qtbot):
    france = stored(document.file, "FR")
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=dock.view.visualRect(cell(dock, "FR", NAME)).center())
    assert document.selection.current("signatory") == france.id
    assert dock.editor.remove.isEnabled()


def test_a_signatory_selected_elsewhere_selects_its_row(dock, document):
    italy = stored(document.file, "IT")
    document.selection.select("signatory", italy.id)
    assert dock.selected_signatory_ids() == [italy.id]
    dock.filter_bar.search.setText("xyz")         # hidden by the filter: no row is selected ...
    assert dock.selected_signatory_ids() == []
    assert document.selection.current("signatory") == italy.id   # ... and the shared selection stays
    dock.filter_bar.search.clear()
    document.selection.select("signatory", None)
    document.selection.select("signatory", italy.id)
    assert dock.selected_signatory_ids() == [italy.id]
    document.selection.select("signatory", None)
    assert dock.selected_signatory_ids() == []


def test_the_selection_survives_an_addition(dock, document, monkeypatch):
    italy = stored(document.file, "IT")
    dock.select_signatory(italy.id)
    document.execute(roster_remove(document, stored(document.file, "JP").id))
    assert dock.selected_signatory_ids() == [italy.id]
