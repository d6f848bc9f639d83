"""Exercise › Treaty Terms edits what an option demands and who is party to it from when: each change is
one undo command over model/services (terms, parties), the engine follows, and undo puts it back."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack

from gui.terms.commands import RemovePartyCommand, SetPartyCommand
from gui.terms.editor import TreatyTermsDialog
from model import queries
from model.snapshot import NO_TIME
from tests.test_terms_editor import active_terms, no_prompts  # noqa: F401  (the autouse fixture, by name)


@pytest.fixture
def dialog(qtbot, document) -> TreatyTermsDialog:
    widget = TreatyTermsDialog(document)
    qtbot.addWidget(widget)
    widget.resize(widget.preferred_size())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def party_of(document, code: str):
    terms_id = active_terms(document).id
    signatory = next(s for s in queries.signatories(document.file) if s.code == code)
    return signatory, next((p for p in queries.treaty_parties(document.file, terms_id)
                            if p.signatory_id == signatory.id), None)


def row_of(panel, code: str) -> int:
    return next(n for n, (s, _p) in enumerate(panel.model.rows) if s.code == code)


def bound(document, code: str) -> int:
    snap = document.snapshot
    return int(snap.sig_bound[snap.sig_codes.index(code)])


def test_what_an_option_demands_is_one_undo_command_and_the_engine_follows(document, dialog):
    assert active_terms(document).kind == "collective"
    reactions_owed = int((document.assessment.reaction.status >= 0).sum())
    combo = dialog.kind_combo
    combo.setCurrentIndex(combo.findData("bilateral"))
    combo.activated.emit(combo.currentIndex())
    assert active_terms(document).kind == "bilateral" and document.snapshot.terms.kind == "bilateral"
    assert document.undo_stack.text(document.undo_stack.index() - 1) == "Edit treaty terms: what it demands"
    document.undo_stack.undo()
    assert active_terms(document).kind == "collective"
    assert combo.currentData() == "collective"
    assert int((document.assessment.reaction.status >= 0).sum()) == reactions_owed


def test_unticking_a_party_removes_it_and_undo_restores_it_as_it_was(document, dialog):
    panel = dialog.parties
    signatory, before = party_of(document, "IT")
    assert before is not None and bound(document, "IT") != NO_TIME
    index = panel.model.index(row_of(panel, "IT"), 2)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    panel.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert party_of(document, "IT")[1] is None
    assert bound(document, "IT") == NO_TIME                  # owes nothing under this option now
    assert panel.model.index(row_of(panel, "IT"), 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    document.undo_stack.undo()
    _s, after = party_of(document, "IT")
    assert (after.id, after.basis, after.bound_from) == (before.id, before.basis, before.bound_from)
    assert bound(document, "IT") != NO_TIME
    document.undo_stack.redo()
    assert party_of(document, "IT")[1] is None


def test_a_party_bound_from_ratification_is_bound_from_that_date_and_undo_takes_it_back(document, dialog):
    panel = dialog.parties
    signatory, before = party_of(document, "DE")
    from_before = bound(document, "DE")
    panel.table.selectRow(row_of(panel, "DE"))
    assert panel.basis_combo.isEnabled()
    panel.from_agreement.setChecked(False)
    panel.date_edit.setEnabled(True)
    panel.date_edit.setDate(QDate(2026, 3, 3))
    panel.basis_combo.setCurrentIndex(panel.basis_combo.findData("ratified"))
    panel.basis_combo.activated.emit(panel.basis_combo.currentIndex())
    _s, now = party_of(document, "DE")
    assert now.basis == "ratified" and now.bound_from == datetime(2026, 3, 3, tzinfo=timezone.utc)
    assert bound(document, "DE") == int(datetime(2026, 3, 3, tzinfo=timezone.utc).timestamp())
    assert panel.model.index(row_of(panel, "DE"), 3).data() == "ratified"
    assert "03 Mar 2026" in panel.model.index(row_of(panel, "DE"), 4).data()
    document.undo_stack.undo()
    _s, back = party_of(document, "DE")
    assert (back.basis, back.bound_from) == (before.basis, before.bound_from)
    assert bound(document, "DE") == from_before


def test_party_commands_undo_and_redo_on_a_bare_stack(document):
    stack = QUndoStack()
    terms_id = active_terms(document).id
    signatory, before = party_of(document, "FR")
    remove = RemovePartyCommand(document, "FR no longer a party", terms_id=terms_id, signatory_id=signatory.id)
    remove.first_redo()
    stack.push(remove)
    add = SetPartyCommand(document, "FR party again", terms_id=terms_id, signatory_id=signatory.id,
                          bound_from=datetime(2026, 3, 4, tzinfo=timezone.utc), basis="in_force")
    add.first_redo()
    stack.push(add)
    assert party_of(document, "FR")[1].basis == "in_force"
    stack.undo()
    assert party_of(document, "FR")[1] is None
    stack.undo()
    assert party_of(document, "FR")[1].basis == before.basis
    stack.redo()
    stack.redo()
    assert party_of(document, "FR")[1].bound_from == datetime(2026, 3, 4, tzinfo=timezone.utc)


def test_a_refused_binding_is_shown_and_nothing_is_stored(document, dialog):
    panel = dialog.parties
    signatory, before = party_of(document, "PL")
    commands = document.undo_stack.count()
    assert not panel.bind(signatory.id, "ratified", None)     # ratified without a date
    assert document.undo_stack.count() == commands
    assert party_of(document, "PL")[1].basis == before.basis
    assert dialog.errors["parties"].text()
