"""Views follow what a change report says was touched: nothing shows a row that is gone, and an undo
or redo selects what it changed.
"""
from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest

from gui.core.commands import DeleteCommand, UpdateCommand
from gui.core.delivery import fire_now_command
from model import queries
from model.services import incidents, signatories

# Settings and data folder of each test only; every dialog is a recorded call (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated")


def planned_incident_inject(document):
    return next(i for i in queries.injects(document.file) if i.inject_type == "incident" and i.status == "planned")


def test_undoing_fire_now_moves_the_inspector_off_the_incident_that_no_longer_exists(window, isolated, qtbot):
    document = window.document
    errors = []
    document.error.connect(errors.append)
    inspector = window.incident_inspector
    inspector.show()
    inject = planned_incident_inject(document)
    window.msel_dock.select_inject(inject.id)
    window.msel_dock.fire_action.trigger()
    incident_id = queries.inject(document.file, inject.id).incident_id
    assert incident_id is not None
    document.selection.select("incident", incident_id)
    assert inspector.incident is not None and inspector.incident.id == incident_id
    inspector.location_edit.setText("Typed, not yet committed")   # pending text must not be saved into a void

    document.undo_stack.undo()

    assert queries.inject(document.file, inject.id).status == "planned"
    qtbot.waitUntil(lambda: inspector.incident is None)
    assert inspector.stack.currentIndex() == 0                # the placeholder, not a vanished incident
    assert document.selection.current("incident") is None
    assert errors == [] and isolated == []
    assert all(not label.text() for label in inspector.errors.values())


def test_deleting_a_signatory_forgets_its_selected_commitment(document):
    signatory = next(s for s in queries.signatories(document.file)
                     if signatories.count_dependants(document.file, signatory_id=s.id)[0])
    commitment = next(c for c in queries.commitments(document.file) if c.signatory_id == signatory.id)
    document.selection.select("commitment", commitment.id)
    assert document.execute(DeleteCommand(document, "Delete", partial(signatories.delete_signatory, signatory_id=signatory.id)))
    assert document.selection.current("commitment") is None
    assert document.selection.current("signatory") is None


def test_undoing_a_move_selects_the_moved_incident_again(document):
    moved = queries.incidents(document.file)[0]
    command = UpdateCommand(document, "Move", partial(incidents.update_incident, incident_id=moved.id),
                            occurred_at=moved.occurred_at + timedelta(hours=2))
    assert document.execute(command)
    document.selection.select("incident", None)                # the user looked elsewhere meanwhile
    document.undo_stack.undo()
    assert document.selection.current("incident") == moved.id
    document.selection.select("incident", None)
    document.undo_stack.redo()
    assert document.selection.current("incident") == moved.id


def test_an_undone_deletion_selects_the_restored_row(document):
    gone = queries.signatories(document.file)[-1]
    assert document.execute(DeleteCommand(document, "Delete", partial(signatories.delete_signatory, signatory_id=gone.id)))
    document.undo_stack.undo()
    assert document.selection.current("signatory") == gone.id
    document.undo_stack.redo()                                  # deleted again: nothing points at it
    assert document.selection.current("signatory") is None


def test_undo_and_redo_of_fire_now_select_the_inject(document):
    inject = planned_incident_inject(document)
    assert document.execute(fire_now_command(document, inject.id, inject.number, document.clock.now()))
    incident_id = queries.inject(document.file, inject.id).incident_id
    document.selection.select("incident", incident_id)
    document.selection.select("inject", None)
    document.undo_stack.undo()
    assert document.selection.current("inject") == inject.id
    assert document.selection.current("incident") is None      # its incident went with the delivery
    document.selection.select("inject", None)
    document.undo_stack.redo()
    assert document.selection.current("inject") == inject.id
    assert queries.inject(document.file, inject.id).incident_id == incident_id   # the same incident back
