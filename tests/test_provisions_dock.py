"""The Standing Provisions dock: provisions per signatory with each milestone's status at the clock's time,
edited through the editor form as undoable commands."""
from __future__ import annotations

import pytest

from gui.provisions.dock import ITEM_ROLE, ProvisionsDock
from gui.provisions.editor import MILESTONE, PROVISION
from model.provision_status import load_book

pytestmark = pytest.mark.usefixtures("isolated")


@pytest.fixture
def dock(qtbot, document):
    view = ProvisionsDock()
    qtbot.addWidget(view)
    view.set_document(document)
    return view


def rows(dock) -> dict:
    """Row text by (kind, id), every column."""
    return {item.data(0, ITEM_ROLE): [item.text(c) for c in range(5)] for item in dock._items()
            if item.data(0, ITEM_ROLE)}


def test_each_signatorys_provisions_show_their_milestones_status_at_the_clock(dock, document):
    groups = [dock.tree.topLevelItem(i).text(0) for i in range(dock.tree.topLevelItemCount())]
    assert groups == ["DE — Germany", "EU — European Union", "FR — France", "GB — United Kingdom"]
    shown = rows(dock)
    gb = next(p for p in document.snapshot.provisions.provisions if p.title.startswith("Accelerated"))
    first = next(m for m in document.snapshot.provisions.milestones if m.provision_id == gb.id)
    assert shown[(PROVISION, gb.id)][4] == "overdue"
    assert shown[(MILESTONE, first.id)][1:] == ["500 lightweight air-defence missiles",
                                                "300 lightweight air-defence missiles", "D+1 12:00", "overdue"]
    assert dock.summary.text() == "Milestones: 1 overdue, 1 due soon, 3 on schedule, 2 delivered"
    # The clock moves back before anything was due: every status follows, the tree is rebuilt once.
    rebuilds = dock.rebuilds
    document.set_scenario_time(document.snapshot.startex)
    assert dock.summary.text() == "Milestones: 0 overdue, 2 due soon, 5 on schedule, 0 delivered"
    document.set_scenario_time(document.snapshot.startex + 60)
    assert dock.rebuilds == rebuilds + 1


def test_a_milestone_added_in_the_editor_is_undoable_and_a_refusal_keeps_the_form_open(dock, document):
    gb = next(p for p in document.snapshot.provisions.provisions if p.title.startswith("Accelerated"))
    assert dock.select(PROVISION, gb.id)
    editor = dock.add_milestone()
    editor.fields["due_at"].setText("D+3 18:00")
    editor.fields["what"].setText("Third batch")
    editor.fields["quantity"].setText("-5")
    editor.accept()
    assert editor.isVisible() and "negative" in editor.message.text()
    editor.fields["quantity"].setText("3000")
    editor.accept()
    assert not editor.isVisible()
    added = [m for m in load_book(document.file).milestones if m.what == "Third batch"]
    assert [(m.provision_id, m.quantity) for m in added] == [(gb.id, 3000.0)]
    assert any(key == (MILESTONE, added[0].id) for key in rows(dock))
    document.undo_stack.undo()
    assert not any(m.what == "Third batch" for m in load_book(document.file).milestones)
    assert all(text[0] != "Third batch" for text in rows(dock).values())


def test_a_provision_is_edited_and_removed_through_the_dock_and_comes_back_on_undo(dock, document):
    before = load_book(document.file)
    de = next(p for p in before.provisions if p.title.startswith("Medium"))
    dock.select(PROVISION, de.id)
    editor = dock.edit_selected()
    assert editor.fields["title"].text() == de.title and editor.fields["quantity"].text() == "2"
    editor.fields["quantity"].setText("4")
    editor.accept()
    assert next(p for p in load_book(document.file).provisions if p.id == de.id).quantity == 4
    dock.select(PROVISION, de.id)
    assert dock.remove_selected()
    assert (PROVISION, de.id) not in rows(dock)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert load_book(document.file) == before


def test_the_view_menu_shows_the_dock_with_its_shortcut(window):
    toggle = window.provisions_dock.toggleViewAction()
    assert toggle in window.menus["view"].actions() and toggle.shortcut().toString() == "Ctrl+Alt+P"
