"""Branches in the window: the outcome selector beside the timeline, the branch point dialog, copying and
assigning incidents, resolving in conduct; every edit one undo step."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.branches.dialog import OUTCOME, POINT, BranchPointDialog
from gui.branches.menu import incident_menu
from model.branching import branch_points, incident_outcomes
from model.queries import injects, log_entries
from model.timeutil import from_epoch
from tests.timeline_support import timeline  # noqa: F401  (the fixture, by name)

QUESTION = "Adversary's answer to the treaty offer"


def outcome_named(document, name: str) -> int:
    (answer,) = branch_points(document.file)
    return next(o.id for o in answer.outcomes if o.name == name)


def test_the_selector_shows_the_first_outcome_and_switches_every_view_to_another(timeline, document, qtbot):
    bar = timeline.branch_bar
    assert bar.isVisible()
    (answer,) = branch_points(document.file)
    combo = bar.combos[answer.id]
    assert combo.currentData() == outcome_named(document, "accepts")
    assert "accepts" in bar.banner.text()
    before = set(document.assessment.snapshot.inc_ids.tolist())
    assert len(timeline.branches.halos.data) == 0   # accepting brings no incident of its own
    combo.setCurrentIndex(combo.findData(outcome_named(document, "rejects")))
    qtbot.waitUntil(lambda: "rejects" in timeline.branch_bar.banner.text())
    shown = set(timeline.assessment.snapshot.inc_ids.tolist())
    rejects_incidents = {i for i, o in incident_outcomes(document.file).items() if o == outcome_named(document, "rejects")}
    assert shown == before | rejects_incidents and len(rejects_incidents) == 2
    # Its incidents are tinted on the timeline; the branch point is marked where it stands.
    assert len(timeline.branches.halos.data) == 2
    assert timeline.branches._lines[0].value() == answer.at and timeline.branches._lines[0].isVisible()
    assert "rejects" in timeline.branches._labels[0].textItem.toPlainText()
    # A view, not an edit: nothing was stored or logged.
    assert document.undo_stack.count() == 0


def test_the_dialog_adds_a_branch_point_in_one_undo_step(qtbot, document):
    dialog = BranchPointDialog(document)
    qtbot.addWidget(dialog)
    entries = len(log_entries(document.file))
    dialog.question.setText("Does the Bundestag vote in time?")
    dialog.at.setText("D+1 18:00")
    dialog.outcomes.setText("in time; late")
    assert dialog.add_branch_point()
    assert [p.question for p in branch_points(document.file)] == ["Does the Bundestag vote in time?", QUESTION]
    assert dialog.selected()[0] == POINT and dialog.tree.topLevelItemCount() == 2
    assert len(log_entries(document.file)) == entries + 1
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    document.undo_stack.redo()
    assert [o.name for o in branch_points(document.file)[0].outcomes] == ["in time", "late"]   # by time: first
    # A refused one says why beside the buttons, and nothing is stored.
    dialog.question.setText("Only one answer?")
    dialog.at.setText("D+1 19:00")
    dialog.outcomes.setText("yes")
    assert not dialog.add_branch_point()
    assert "at least 2 outcomes" in dialog.message.text()
    dialog.at.setText("tomorrowish")
    assert not dialog.add_branch_point()
    assert dialog.message.text().startswith("Scenario time")


def test_resolving_in_the_dialog_skips_the_other_answers_injects_and_undo_takes_it_back(qtbot, document, wall):
    dialog = BranchPointDialog(document)
    qtbot.addWidget(dialog)
    (answer,) = branch_points(document.file)
    document.clock.set_time(from_epoch(answer.at) + timedelta(minutes=5))
    rejects = outcome_named(document, "rejects")
    dialog.select(OUTCOME, rejects)
    assert dialog.resolve_button.isEnabled()
    entries = len(log_entries(document.file))
    assert dialog.resolve_selected()
    status = {i.number: i.status for i in injects(document.file)}
    assert (status["12"], status["13"], status["14"]) == ("skipped", "planned", "skipped")
    new = [e.text for e in log_entries(document.file)[entries:]]
    assert new[0].startswith(f"Branch point '{QUESTION}' resolved at D+2 12:05: rejects")
    assert sum("skipped: its outcome" in text for text in new) == 2
    assert document.snapshot.taken == {answer.id: rejects}   # what was played is what every view shows
    assert not dialog.resolve_button.isEnabled()
    document.undo_stack.undo()
    assert {i.number: i.status for i in injects(document.file)}["12"] == "planned"
    assert branch_points(document.file)[0].played is None


def test_an_incident_is_copied_to_another_outcome_from_its_context_menu(timeline, document, qtbot):
    rejects, stalls = outcome_named(document, "rejects"), outcome_named(document, "stalls")
    strike = next(i for i, o in incident_outcomes(document.file).items() if o == rejects)
    menu = incident_menu(document, strike, branch_points(document.file), timeline)
    copy_to = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Copy to Outcome")
    labels = [a.text() for a in copy_to.actions()]
    assert labels == ["The trunk", f"{QUESTION}: accepts", f"{QUESTION}: stalls"]   # not where it already is
    copy_to.actions()[2].trigger()
    copies = [i for i, o in incident_outcomes(document.file).items() if o == stalls]
    assert len(copies) == 2
    assert document.undo_stack.undoText() == f"Copy incident #{strike} to {QUESTION}: stalls"
    document.undo_stack.undo()
    assert len([i for i, o in incident_outcomes(document.file).items() if o == stalls]) == 1


def test_the_inspector_puts_an_incident_on_an_outcome(qtbot, window):
    inspector = window.incident_inspector
    document = window.document
    document.selection.select("incident", 1)
    qtbot.waitUntil(lambda: inspector.incident is not None and inspector.incident.id == 1)
    field = inspector.outcome_field
    assert field.currentText() == "The trunk" and field.isEnabled()
    stalls = outcome_named(document, "stalls")
    field.setCurrentIndex(field.findData(stalls))
    field.activated.emit(field.currentIndex())
    assert incident_outcomes(document.file).get(1) == stalls
    # Shown under the first outcome, the incident has left the picture; the inspector still shows it.
    assert 1 not in document.snapshot.inc_ids
    qtbot.waitUntil(lambda: inspector.outcome_field.currentData() == stalls)
    document.undo_stack.undo()
    assert incident_outcomes(document.file).get(1) is None and 1 in document.snapshot.inc_ids


def test_the_menu_command_opens_the_dialog(qtbot, window):
    action = window.branch_actions.branch_points
    assert action.shortcut().toString() == "Ctrl+Alt+B"
    action.trigger()
    dialog = window.branch_actions.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.tree.topLevelItem(0).text(0) == QUESTION
    assert [dialog.tree.topLevelItem(0).child(i).text(0) for i in range(3)] == ["accepts", "rejects", "stalls"]
    QApplication.processEvents()
    assert dialog.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)[0] == POINT


def test_when_play_reaches_a_branch_point_the_bar_asks_for_its_resolution(timeline, document, qtbot):
    bar = timeline.branch_bar
    (answer,) = branch_points(document.file)
    assert bar.resolve_button.isHidden()                    # D+2 09:00: not reached yet
    document.clock.set_time(from_epoch(answer.at + 60))
    document.tick()
    assert bar.resolve_button.isVisible()
    assert bar.resolve_button.text() == "Resolve Branch Point…" and QUESTION in bar.resolve_button.toolTip()
    # Its outcomes' injects wait for the answer; the trunk's own inject (11, due D+2 12:00) does not.
    due = {i.number for i in document_due(document)}
    assert "11" in due and not due & {"12", "13", "14"}
    bar.resolve_button.click()
    dialog = timeline.window().findChild(BranchPointDialog) or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, BranchPointDialog))
    qtbot.addWidget(dialog)
    assert dialog.selected() == (OUTCOME, outcome_named(document, "accepts"))
    dialog.select(OUTCOME, outcome_named(document, "stalls"))
    assert dialog.resolve_selected()
    qtbot.waitUntil(bar.resolve_button.isHidden)
    assert "stalls" in bar.combos[answer.id].currentText() and "(played)" in bar.combos[answer.id].currentText()


def document_due(document):
    from model import services
    return services.injects.due_injects(document.file, now=document.clock.now())
