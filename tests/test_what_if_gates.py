"""A slower parliament in a what-if shows even where no count changes: the deployment it holds longer is named."""
from __future__ import annotations

from functools import partial

from gui.core.commands import UpdateCommand
from model import queries
from model.services.signatories import update_signatory
from model.what_if_difference import difference, difference_line


def test_italy_needing_seven_days_says_how_much_longer_its_deployment_waits(document):
    italy = next(s for s in queries.signatories(document.file) if s.code == "IT")
    document.enter_what_if()
    assert document.execute(UpdateCommand(document, "IT", partial(update_signatory, signatory_id=italy.id),
                                          approval_lead_hours=7 * 24, lead_time_assumed=False))
    d = difference(document.record_assessment, document.assessment)
    # Italy's troop deployment was already announced too early for its parliament: no count changes ...
    assert d.record == d.what_if
    # ... but the parliament now holds it 7 days instead of the assumed 54 h.
    (held,) = d.gates_later
    assert held.code == "IT" and round(held.delay_s / 3600) == 7 * 24 - italy.approval_lead_hours
    assert not d.unchanged
    assert difference_line(d) == f"IT deployment waits {7 * 24 - italy.approval_lead_hours} h longer for parliament"
    document.discard_what_if()


def test_deployments_held_equally_longer_make_one_phrase(document):
    """On the rejection branch Italy has two deployments: a slower parliament holds both, said once."""
    from model.branching import branch_points

    (answer,) = branch_points(document.file)
    document.choose_outcomes({answer.id: next(o.id for o in answer.outcomes if o.name == "rejects")})
    italy = next(s for s in queries.signatories(document.file) if s.code == "IT")
    document.enter_what_if()
    assert document.execute(UpdateCommand(document, "IT", partial(update_signatory, signatory_id=italy.id),
                                          approval_lead_hours=7 * 24, lead_time_assumed=False))
    d = difference(document.record_assessment, document.assessment)
    hours = 7 * 24 - italy.approval_lead_hours
    assert [(g.code, round(g.delay_s / 3600)) for g in d.gates_later] == [("IT", hours)] * 2
    line = difference_line(d)
    assert f"2 IT deployments wait {hours} h longer for parliament" in line
    assert "IT deployment waits" not in line
    document.discard_what_if()
