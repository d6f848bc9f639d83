"""The standing provisions' undo commands: each edit undoes and redoes through the services, ids kept,
and the document's snapshot (hence the findings) follows every step."""
from __future__ import annotations

from datetime import timedelta

from gui.provisions import commands
from model.findings import PROVISION_KIND, findings
from model.provision_status import load_book
from model.timeutil import from_epoch


def book(document):
    return load_book(document.file)


def seeded(document):
    """*document* with a provision of its first signatory: a milestone with a delivery, and one without."""
    from model.services import provisions

    file, snap = document.file, document.snapshot
    provision = provisions.create_provision(file, signatory_id=int(snap.sig_ids[0]), kind="armed_forces",
                                            title="Interceptors", quantity=50, unit="interceptors").ids[0]
    first = provisions.create_milestone(file, provision_id=provision, what="First batch", quantity=20,
                                        due_at=from_epoch(snap.startex + 86400)).ids[0]
    provisions.create_milestone(file, provision_id=provision, what="Second batch", quantity=30,
                                due_at=from_epoch(snap.startex + 3 * 86400))
    provisions.create_delivery(file, provision_id=provision, milestone_id=first, quantity=5,
                               delivered_at=from_epoch(snap.startex + 3600))
    document.reload()
    return document


def test_adding_a_provision_with_a_milestone_undoes_and_redoes_with_the_same_ids(document):
    before = book(document)
    sig = int(document.snapshot.sig_ids[0])
    add = commands.add_provision(document, title="Demining teams", signatory_id=sig, kind="armed_forces", quantity=4,
                                 unit="teams")
    assert document.execute(add)
    milestone = commands.add_milestone(document, add.created_id, what="Two teams deployed", quantity=2,
                                       due_at=from_epoch(document.snapshot.clock_time - 3600))
    assert document.execute(milestone)
    assert document.snapshot.provisions == book(document) != before
    assert document.undo_stack.undoText() == "Add milestone \u201cTwo teams deployed\u201d"
    overdue = [f for f in findings(document.assessment) if f.kind == PROVISION_KIND]
    assert any(f.detail == f"milestone {milestone.created_id}" for f in overdue)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert book(document) == before == document.snapshot.provisions
    document.undo_stack.redo()
    document.undo_stack.redo()
    assert [p.id for p in book(document).provisions][-1] == add.created_id
    assert [m.id for m in book(document).milestones if m.provision_id == add.created_id] == [milestone.created_id]


def test_removing_a_provision_undoes_with_its_milestones_and_deliveries(document):
    document = seeded(document)
    before = book(document)
    provision = next(p for p in before.provisions if any(d.provision_id == p.id for d in before.deliveries))
    assert document.execute(commands.remove_provision(document, provision.id, provision.title))
    assert provision.id not in {p.id for p in book(document).provisions}
    assert document.snapshot.provisions == book(document)
    document.undo_stack.undo()
    assert book(document) == before == document.snapshot.provisions


def test_an_edit_the_service_refuses_never_reaches_the_stack(document):
    document = seeded(document)
    errors = []
    document.error.connect(errors.append)
    provision = book(document).provisions[0]
    assert not document.execute(commands.edit_provision(document, provision.id, provision.title, quantity=-3))
    assert document.undo_stack.count() == 0 and "negative" in errors[0]


def test_deliveries_and_milestone_edits_undo_to_what_was_there(document):
    document = seeded(document)
    before = book(document)
    milestone = next(m for m in before.milestones if m.quantity)
    assert document.execute(commands.record_delivery(document, milestone.provision_id, milestone_id=milestone.id,
                                                     delivered_at=from_epoch(document.snapshot.startex),
                                                     quantity=milestone.quantity))
    assert document.execute(commands.edit_milestone(document, milestone.id, milestone.what,
                                                    due_at=from_epoch(milestone.due + 7200)))
    assert [d.at for d in book(document).deliveries if d.milestone_id == milestone.id][0] == document.snapshot.startex
    assert document.execute(commands.remove_milestone(document, milestone.id, milestone.what))
    assert all(d.milestone_id != milestone.id for d in book(document).deliveries)
    for _ in range(3):
        document.undo_stack.undo()
    assert book(document) == before
