"""Delivering an inject that asks for a branch point brings up its resolution at once, if it is unresolved."""
from __future__ import annotations

import pytest

from gui.branches.dialog import OUTCOME, BranchPointDialog
from gui.conduct.msel_dock import MselDock
from model.branching import branch_points
from model.queries import injects, log_entries
from model.services import branches, injects as inject_service
from model.timeutil import from_epoch


@pytest.fixture
def dock(qtbot, document):
    widget = MselDock()
    qtbot.addWidget(widget)
    widget.set_document(document)
    return widget


def inject_numbered(document, number: str):
    return next(i for i in injects(document.file) if i.number == number)


def ask(document, number: str):
    (answer,) = branch_points(document.file)
    inject_service.update_inject(document.file, inject_id=inject_numbered(document, number).id,
                                 asks_branch_point_id=answer.id)
    document.reload()
    return answer


def fire(dock, document, number: str) -> None:
    inject = inject_numbered(document, number)
    dock.select_inject(inject.id)
    dock.fire_now()
    assert inject_numbered(document, number).status == "delivered"


def shown_dialog(dock) -> BranchPointDialog | None:
    dialog = dock.findChild(BranchPointDialog)
    return dialog if dialog is not None and dialog.isVisible() else None


def test_firing_an_inject_that_asks_opens_the_resolution_and_resolving_there_is_one_logged_undo_step(
        dock, document, qtbot):
    answer = ask(document, "8")
    document.set_scenario_time(answer.at - 3 * 3600)   # before the branch point's own time: the bar would not ask
    assert shown_dialog(dock) is None
    fire(dock, document, "8")
    qtbot.waitUntil(lambda: shown_dialog(dock) is not None)
    dialog = shown_dialog(dock)
    accepts, rejects, _stalls = (o.id for o in answer.outcomes)
    assert dialog.selected() == (OUTCOME, accepts) and dialog.resolve_button.isEnabled()
    assert any("Inject 8 asks to resolve" in card.text() for card in dock.notices.findChildren(type(dock.summary)))
    dialog.select(OUTCOME, rejects)
    entries = len(log_entries(document.file))
    assert dialog.resolve_selected()
    assert log_entries(document.file)[entries].text.startswith(f"Branch point '{answer.question}' resolved")
    status = {i.number: i.status for i in injects(document.file)}
    assert (status["12"], status["13"], status["14"]) == ("skipped", "planned", "skipped")
    document.undo_stack.undo()
    assert branch_points(document.file)[0].played is None
    assert inject_numbered(document, "8").status == "delivered"   # the delivery is its own undo step


def test_the_clock_delivering_it_asks_too(dock, document, qtbot):
    answer = ask(document, "11")          # due with the branch point itself, D+2 12:00
    document.set_scenario_time(answer.at - 60)
    document.set_scenario_time(answer.at + 60)
    assert inject_numbered(document, "11").status == "delivered"
    qtbot.waitUntil(lambda: shown_dialog(dock) is not None)
    assert shown_dialog(dock).selected() == (OUTCOME, answer.outcomes[0].id)


def test_a_branch_point_already_resolved_is_not_asked_again(dock, document, qtbot):
    answer = ask(document, "8")
    document.set_scenario_time(answer.at + 60)
    branches.resolve_branch_point(document.file, branch_point_id=answer.id, outcome_id=answer.outcomes[1].id,
                                  at=from_epoch(answer.at + 60))
    document.reload()
    fire(dock, document, "8")
    assert shown_dialog(dock) is None
    assert not any("asks to resolve" in card.text() for card in dock.notices.findChildren(type(dock.summary)))


def test_in_the_main_window_it_is_the_branch_points_dialog_of_the_window(window, qtbot):
    document, dock = window.document, window.msel_dock
    answer = ask(document, "8")
    fire(dock, document, "8")
    dialog = window.branch_actions.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert dialog.selected() == (OUTCOME, answer.outcomes[0].id)
