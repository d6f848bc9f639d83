"""Exercise › Treaty Terms: every field stores through one undo command, refuses bad values beside
the field without storing them, and the engine's deadlines follow the terms."""
from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from gui.core import dialogs
from gui.core.document import ExerciseDocument
from gui.terms.editor import TreatyTermsDialog
from gui.terms.grid import CATEGORIES_ROLE
from model import queries
from model.catalogue import category_mask
from model.storage.exercise_file import ExerciseFile

STRIKE = 1          # missile strike, S3: consultation tier 2 (48 h) in the default exercise
AIRSPACE = 5        # airspace violation, S1: tier 3 (72 h)
VETO = "not available: a permanent member of the Security Council can veto it"


@pytest.fixture(autouse=True)
def no_prompts(monkeypatch):
    """A prompt a test did not expect fails the test instead of waiting for a click."""
    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected prompt {args[1:]!r}")
    monkeypatch.setattr(dialogs, "ask_text", unexpected)


@pytest.fixture
def dialog(qtbot, document) -> TreatyTermsDialog:
    widget = TreatyTermsDialog(document)
    qtbot.addWidget(widget)
    widget.resize(widget.preferred_size())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored_rows(doc) -> list[str]:
    """The whole database except the log, through a connection of its own."""
    connection = sqlite3.connect(doc.path)
    try:
        return [line for line in connection.iterdump() if not line.startswith('INSERT INTO "log_entry"')]
    finally:
        connection.close()


def active_terms(document):
    active = queries.exercise_info(document.file).active_terms_id
    return next(t for t in queries.treaty_terms(document.file) if t.id == active)


def hours_after_incident(document, deadline: str, incident_id: int) -> float:
    assessment = document.assessment
    position = assessment.snapshot.incident_position(incident_id)
    return (getattr(assessment, deadline)[position] - assessment.snapshot.inc_time[position]) / 3600


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def refused(document, dialog):
    """Check that an edit is refused: nothing stored, nothing on the stack, the reason beside the field."""
    def check(edit, field: str, *words: str) -> str:
        before = stored_rows(document.file)
        commands = document.undo_stack.count()
        edit()
        assert stored_rows(document.file) == before, "a refused value was stored"
        assert document.undo_stack.count() == commands
        error = dialog.errors[field]
        assert error.isVisible()
        for word in words:
            assert word in error.text(), f"{word!r} not in {error.text()!r}"
        return error.text()
    return check


# -- name and reaction deadline -----------------------------------------------------------------
def test_name_edit_is_one_undo_command_and_the_dialog_follows_undo(qtbot, document, dialog):
    type_into(qtbot, dialog.name_edit, "Reassurance force on the ground")
    assert active_terms(document).name == "Reassurance force on the ground"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Edit treaty terms: name"
    assert "Reassurance force on the ground" in dialog.heading.text()
    assert "Reassurance force on the ground" in dialog.options.list.item(0).text()

    document.undo_stack.undo()
    assert active_terms(document).name.startswith("Light mutual-defence clause")
    assert dialog.name_edit.text() == active_terms(document).name
    document.undo_stack.redo()
    assert dialog.name_edit.text() == "Reassurance force on the ground"


def test_empty_name_is_refused_beside_the_field(qtbot, dialog, refused):
    refused(lambda: type_into(qtbot, dialog.name_edit, "   "), "name", "must not be empty")
    assert dialog.errors["reaction_hours"].isHidden()


def test_reaction_deadline_moves_the_engines_reaction_deadline(qtbot, document, dialog):
    assert hours_after_incident(document, "reaction_deadline", STRIKE) == 24
    type_into(qtbot, dialog.reaction_spin, "12")
    assert active_terms(document).reaction_hours == 12
    assert hours_after_incident(document, "reaction_deadline", STRIKE) == 12
    document.undo_stack.undo()
    assert hours_after_incident(document, "reaction_deadline", STRIKE) == 24
    assert dialog.reaction_spin.value() == 24


@pytest.mark.parametrize(("text", "words"), [("0", ("must be at least 1", "got 0")),
                                             ("9000", ("must be at most 8760",))])
def test_reaction_deadline_out_of_range_is_refused(qtbot, dialog, refused, text, words):
    refused(lambda: type_into(qtbot, dialog.reaction_spin, text), "reaction_hours", *words)


def test_a_later_accepted_edit_clears_the_old_message(qtbot, document, dialog, refused):
    refused(lambda: type_into(qtbot, dialog.reaction_spin, "0"), "reaction_hours", "at least 1")
    type_into(qtbot, dialog.reaction_spin, "6")
    assert active_terms(document).reaction_hours == 6
    assert dialog.errors["reaction_hours"].isHidden()


# -- consultation tiers and the severity rule ------------------------------------------------------
def test_editing_a_tier_changes_the_consultation_deadlines(qtbot, document, dialog):
    assert hours_after_incident(document, "consultation_deadline", STRIKE) == 48
    type_into(qtbot, dialog.tiers_editor.spins[1], "36")
    assert json.loads(active_terms(document).tiers) == [24, 36, 72]
    assert hours_after_incident(document, "consultation_deadline", STRIKE) == 36
    assert hours_after_incident(document, "consultation_deadline", AIRSPACE) == 72
    assert dialog.severity_combos[3].currentText() == "36 h"
    document.undo_stack.undo()
    assert hours_after_incident(document, "consultation_deadline", STRIKE) == 48
    assert dialog.tiers_editor.tiers() == [24, 48, 72]


@pytest.mark.parametrize(("tier", "text", "words"), [
    (1, "100", ("Tier 3", "tiers must increase", "72 h follows 100 h")),
    (1, "24", ("Tier 2", "tiers must increase")),
    (0, "0", ("Tier 1", "must be at least 1")),
])
def test_tiers_that_are_not_positive_and_increasing_are_refused(qtbot, dialog, refused, tier, text, words):
    refused(lambda: type_into(qtbot, dialog.tiers_editor.spins[tier], text), "tiers", *words)


def test_add_and_remove_tiers(qtbot, document, dialog, refused):
    qtbot.mouseClick(dialog.tiers_editor.add_button, Qt.MouseButton.LeftButton)
    assert json.loads(active_terms(document).tiers) == [24, 48, 72, 96]
    assert len(dialog.tiers_editor.spins) == 4
    assert [dialog.severity_combos[1].itemText(i) for i in range(4)] == ["24 h", "48 h", "72 h", "96 h"]
    for _ in range(6):
        qtbot.mouseClick(dialog.tiers_editor.add_button, Qt.MouseButton.LeftButton)
    assert len(json.loads(active_terms(document).tiers)) == 10
    refused(lambda: qtbot.mouseClick(dialog.tiers_editor.add_button, Qt.MouseButton.LeftButton), "tiers",
            "at most 10 consultation tiers")
    for _ in range(7):
        document.undo_stack.undo()
    assert dialog.tiers_editor.tiers() == [24, 48, 72]

    # Removing the 24 h tier: S4/S5 (which used it) move to 48 h, the others keep their hours.
    remover = dialog.tiers_editor.findChild(QToolButton, "removeTier1")
    qtbot.mouseClick(remover, Qt.MouseButton.LeftButton)
    terms = active_terms(document)
    assert json.loads(terms.tiers) == [48, 72]
    assert json.loads(terms.severity_tiers) == {"1": 1, "2": 1, "3": 0, "4": 0, "5": 0}
    assert hours_after_incident(document, "consultation_deadline", STRIKE) == 48
    assert [c.currentText() for c in dialog.severity_combos.values()] == ["72 h", "72 h", "48 h", "48 h", "48 h"]
    assert document.undo_stack.text(document.undo_stack.index() - 1) == "Edit treaty terms: consultation tiers"
    document.undo_stack.undo()                   # one step puts back tiers and the severity rule
    terms = active_terms(document)
    assert json.loads(terms.tiers) == [24, 48, 72]
    assert json.loads(terms.severity_tiers) == {"1": 2, "2": 2, "3": 1, "4": 0, "5": 0}


def test_severity_rule_picks_the_tier_of_each_severity(qtbot, document, dialog):
    combo = dialog.severity_combos[3]
    assert combo.currentText() == "48 h"
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert json.loads(active_terms(document).severity_tiers)["3"] == 2
    assert hours_after_incident(document, "consultation_deadline", STRIKE) == 72
    document.undo_stack.undo()
    assert dialog.severity_combos[3].currentText() == "48 h"
    assert hours_after_incident(document, "consultation_deadline", STRIKE) == 48


# -- scope and coordination --------------------------------------------------------------------------
def test_categories_in_scope(qtbot, document, dialog):
    box = dialog.scope_boxes["humanitarian"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))   # on the indicator
    assert "humanitarian" not in json.loads(active_terms(document).categories)
    assert not dialog.grid_model.in_scope("humanitarian")
    position = document.assessment.snapshot.incident_position(STRIKE)
    assert not document.assessment.expected_mask[position] & category_mask(["humanitarian"])
    document.undo_stack.undo()
    assert dialog.scope_boxes["humanitarian"].isChecked()
    assert dialog.grid_model.in_scope("humanitarian")


def test_coordination_arrangement(qtbot, document, dialog):
    combo = dialog.coordination_combo
    combo.setCurrentIndex(combo.findData("nato_led"))
    combo.activated.emit(combo.currentIndex())
    assert active_terms(document).coordination == "nato_led"
    assert document.snapshot.terms.coordination == "nato_led"


def test_un_led_arrangement_is_refused_with_the_veto_reason(qtbot, document, dialog, refused):
    combo = dialog.coordination_combo

    def choose_un():
        combo.setCurrentIndex(combo.findData("un_led"))
        combo.activated.emit(combo.currentIndex())

    message = refused(choose_un, "coordination", VETO)
    assert message == f"UN-led arrangement is {VETO}"
    assert combo.currentData() == "coordination_cell"      # the refused choice is not kept
    assert active_terms(document).coordination == "coordination_cell"


# -- the proportionality grid ---------------------------------------------------------------------------
def cell(dialog, type_code: str, severity: int):
    model = dialog.grid_model
    row = next(r for r in range(model.rowCount()) if model.cell(model.index(r, 0))[0] == type_code)
    return model.index(row, severity - 1)


def test_grid_shows_every_type_and_severity_readably(dialog):
    model = dialog.grid_model
    assert model.rowCount() == 9 and model.columnCount() == 5
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == ["S1", "S2", "S3", "S4", "S5"]
    strike = cell(dialog, "missile_strike", 3)
    assert model.headerData(strike.row(), Qt.Orientation.Vertical) == "Missile/drone strike on cities"
    assert strike.data() == "P E M"
    assert strike.data(CATEGORIES_ROLE) == ("political", "economic", "military")
    assert "Political, Economic (sanctions), Military" in strike.data(Qt.ItemDataRole.ToolTipRole)
    grid = dialog.grid
    assert grid.horizontalScrollBar().maximum() == 0 and grid.verticalScrollBar().maximum() == 0


def test_popup_toggles_a_category_as_one_undo_command(qtbot, document, dialog):
    index = cell(dialog, "missile_strike", 3)
    position = document.assessment.snapshot.incident_position(STRIKE)
    before = int(document.assessment.expected_mask[position])
    dialog.grid.setCurrentIndex(index)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Return)
    popup = dialog.popup
    assert popup is not None and popup.isVisible()
    assert [c for c, box in popup.boxes.items() if box.isChecked()] == ["political", "economic", "military"]

    popup.boxes["humanitarian"].click()
    rule = {(r.incident_type, r.severity): json.loads(r.categories)
            for r in queries.proportionality(document.file, active_terms(document).id)}
    assert rule[("missile_strike", 3)] == ["political", "economic", "military", "humanitarian"]
    assert cell(dialog, "missile_strike", 3).data() == "P E M H"
    assert document.assessment.expected_mask[position] == before | category_mask(["humanitarian"])
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Expect humanitarian for Missile/drone strike on cities S3"

    document.undo_stack.undo()
    assert cell(dialog, "missile_strike", 3).data() == "P E M"
    assert document.assessment.expected_mask[position] == before
    document.undo_stack.redo()
    assert cell(dialog, "missile_strike", 3).data() == "P E M H"


def test_letter_keys_toggle_categories_in_the_current_cell(qtbot, document, dialog):
    dialog.grid.setCurrentIndex(cell(dialog, "cyber_attack", 1))
    dialog.grid.setFocus()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_C)      # cyber is there: removed
    qtbot.keyClick(dialog.grid, Qt.Key.Key_P)      # political is not: added
    assert cell(dialog, "cyber_attack", 1).data(CATEGORIES_ROLE) == ("political", "economic", "humanitarian")
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert cell(dialog, "cyber_attack", 1).data(CATEGORIES_ROLE) == ("economic", "cyber", "humanitarian")


def test_a_refused_cell_edit_is_put_back_in_the_popup(qtbot, tmp_path, default_template):
    path = tmp_path / "read-only.pactline"
    path.write_bytes(default_template.read_bytes())
    document = ExerciseDocument(ExerciseFile.open(path, read_only=True))
    try:
        widget = TreatyTermsDialog(document)
        qtbot.addWidget(widget)
        widget.show()
        assert widget.read_only_note.isVisible()
        assert not widget.name_edit.isEnabled() and not widget.options.add_button.isEnabled()
        assert widget.open_cell_popup(cell(widget, "missile_strike", 3)) is None
        before = stored_rows(document.file)
        assert not widget.toggle_category(cell(widget, "missile_strike", 3), "cyber")
        assert "read-only" in widget.errors["proportionality"].text()
        assert stored_rows(document.file) == before
    finally:
        document.close()


# -- treaty options ------------------------------------------------------------------------------------------
def test_add_rename_activate_and_delete_options(qtbot, monkeypatch, document, dialog):
    original = active_terms(document).id
    answers = iter(["Reassurance force", "Reassurance force (ground)"])
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, text="": next(answers))
    panel = dialog.options
    shipped = panel.list.count()       # the default exercise's three options

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    options = queries.treaty_terms(document.file)
    assert [o.name for o in options][-1] == "Reassurance force"
    copy = options[-1].id
    assert panel.list.count() == shipped + 1 and panel.selected_id() == copy
    assert active_terms(document).id == original          # adding does not switch

    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    assert {o.id: o.name for o in queries.treaty_terms(document.file)}[copy] == "Reassurance force (ground)"

    qtbot.mouseClick(panel.activate_button, Qt.MouseButton.LeftButton)
    assert queries.exercise_info(document.file).active_terms_id == copy
    assert document.snapshot.terms.id == copy              # the window re-assesses with it
    assert "Reassurance force (ground)" in dialog.heading.text()
    assert panel.list.item(shipped).text().endswith("(active)")
    assert not panel.delete_button.isEnabled()             # the active option cannot be deleted

    # The editor now edits the copy: the engine follows; the original keeps its tiers.
    type_into(qtbot, dialog.tiers_editor.spins[1], "30")
    assert hours_after_incident(document, "consultation_deadline", STRIKE) == 30
    panel.select(original)
    qtbot.mouseClick(panel.activate_button, Qt.MouseButton.LeftButton)
    assert document.snapshot.terms.id == original
    assert hours_after_incident(document, "consultation_deadline", STRIKE) == 48

    panel.select(copy)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert copy not in [o.id for o in queries.treaty_terms(document.file)]
    assert panel.list.count() == shipped
    document.undo_stack.undo()                             # the copy comes back with its own tiers
    assert {o.id: json.loads(o.tiers) for o in queries.treaty_terms(document.file)}[copy] == [24, 30, 72]
    assert panel.list.count() == shipped + 1

    document.undo_stack.undo()                             # activation of the original undone
    assert document.snapshot.terms.id == copy
    assert hours_after_incident(document, "consultation_deadline", STRIKE) == 30


def test_the_active_option_cannot_be_deleted(qtbot, document, dialog):
    panel = dialog.options
    panel.select(active_terms(document).id)
    assert not panel.delete_button.isEnabled()
    before = stored_rows(document.file)
    panel.delete_selected()                                # e.g. a stale button: the service refuses
    assert stored_rows(document.file) == before
    assert panel.error.isVisible() and "is the active option" in panel.error.text()


def test_renaming_to_nothing_is_refused_beside_the_list(qtbot, monkeypatch, document, dialog):
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, text="": "  ")
    before = stored_rows(document.file)
    qtbot.mouseClick(dialog.options.rename_button, Qt.MouseButton.LeftButton)
    assert stored_rows(document.file) == before
    assert dialog.options.error.text() == "must not be empty"
    assert document.undo_stack.count() == 0


def test_cancelled_name_prompt_adds_nothing(qtbot, monkeypatch, document, dialog):
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, text="": None)
    before = len(queries.treaty_terms(document.file))
    qtbot.mouseClick(dialog.options.add_button, Qt.MouseButton.LeftButton)
    assert len(queries.treaty_terms(document.file)) == before
    assert document.undo_stack.count() == 0
