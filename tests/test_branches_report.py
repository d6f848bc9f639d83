"""The after-action report says what was played at each branch point, and what the other answers would have demanded."""
from __future__ import annotations

from model.branch_report import branch_reports
from model.branching import branch_points
from model.report_content import build_report_content
from model.services import branches
from model.timeutil import from_epoch, utc

ENDEX = utc(2026, 3, 6, 18)


def test_the_report_names_the_outcome_played_and_contrasts_the_others(default_doc):
    (answer,) = branch_points(default_doc)
    rejects = next(o for o in answer.outcomes if o.name == "rejects")
    branches.resolve_branch_point(default_doc, branch_point_id=answer.id, outcome_id=rejects.id, at=from_epoch(answer.at + 300))
    (report,) = branch_reports(default_doc, ENDEX.timestamp())
    assert (report.question, report.at, report.resolution) == (
        "Adversary's answer to the treaty offer", "D+2 12:00", "Resolved at D+2 12:05: rejects")
    by = {o.name: o for o in report.outcomes}
    assert by["rejects"].played and by["rejects"].shown and not by["stalls"].shown
    assert by["rejects"].incidents == ("D+2 20:00 Energy-infrastructure strike S4, Dnipro thermal power plant",
                                      "D+3 04:00 Ground incursion across the ceasefire line S4, Kharkiv axis")
    assert by["accepts"].incidents == () and by["accepts"].deadlines == (0, 0, 0)
    # What stalling would have demanded: one sabotage, a reaction and a consultation per party.
    assert by["stalls"].incidents == ("D+2 22:00 Disinformation / hybrid / sabotage S3, Lviv rail junction",)
    assert sum(by["stalls"].deadlines) == 2 * 29
    assert by["stalls"].injects[0].startswith("14 (skipped): The adversary says it needs time")
    assert by["rejects"].injects[0].startswith("13 (planned)")
    content = build_report_content(default_doc, at=ENDEX, generated=ENDEX)
    assert content.branches == (report,)
    # The report's incidents are those played: the rejection's strike is among them, the sabotage is not.
    labels = " ".join(i.label for i in content.incidents)
    assert "energy" in labels.lower() and "hybrid" not in labels.lower()


def test_a_branch_point_not_resolved_reports_the_outcome_shown(default_doc):
    (report,) = branch_reports(default_doc, ENDEX.timestamp())
    assert report.resolution == "Not resolved in play"
    assert [o.name for o in report.outcomes if o.shown] == ["accepts"]


def test_the_html_report_carries_the_branches(qapp, default_doc, tmp_path):
    from gui.report.html import export_html
    content = build_report_content(default_doc, at=ENDEX, generated=ENDEX)
    path = tmp_path / "aar.html"
    export_html(content, path)
    text = path.read_text(encoding="utf-8")
    assert "Branches: what was played, and what the other answers would have demanded" in text
    assert "Lviv rail junction" in text and "Not resolved in play" in text
