"""The after-action report's Standing Provisions section: pledges and milestones as of the report's time."""
from __future__ import annotations

from model.provision_report import provisions_report
from model.provision_status import overdue_count
from model.engine import assess
from model.report_content import SECTION_TITLES, build_report_content
from model.snapshot import load_snapshot
from model.timeutil import from_epoch


def test_the_report_lists_each_signatorys_pledges_and_flags_the_overdue_milestone(default_doc):
    content = build_report_content(default_doc)
    report = content.provisions
    assert SECTION_TITLES[-1] == "Standing Provisions"
    assert [p.code for p in report.provisions] == ["DE", "EU", "FR", "GB"]
    gb = report.provisions[-1]
    assert (gb.pledged, gb.delivered, gb.assumed) == (
        "5,000 lightweight air-defence missiles, GBP 1,600,000,000", "300 lightweight air-defence missiles, GBP 0",
        True)
    first = gb.milestones[0]
    assert (first.due, first.asked, first.delivered, first.status, first.overdue) == (
        "D+1 12:00", "500 lightweight air-defence missiles", "300 lightweight air-defence missiles", "overdue", True)
    assert report.summary == "7 milestones: 2 delivered, 3 on schedule, 1 due soon, 1 overdue"
    assert len(report.overdue_texts) == 1 and report.overdue_texts[0].startswith("GB Accelerated")


def test_at_endex_the_late_and_the_missed_milestones_read_as_such(default_doc):
    snap = load_snapshot(default_doc)
    report = provisions_report(assess(snap, float(snap.endex)))
    statuses = {m.what: m.status for p in report.provisions for m in p.milestones}
    assert statuses["First batch handed over at the logistics hub"] == "overdue"
    assert statuses["Liaison cell exchanging imagery daily"] == "delivered"
    content = build_report_content(default_doc, at=from_epoch(snap.endex))
    assert content.provisions.counts["overdue"] == overdue_count(snap.provisions, snap.endex) == \
        sum(m.overdue for p in report.provisions for m in p.milestones) > 1


def test_an_exercise_without_provisions_has_none_to_report(blank_doc):
    assert build_report_content(blank_doc).provisions is None


def test_the_pdf_carries_the_section(default_doc, tmp_path, qapp):
    from gui.report.pdf import report_blocks
    from gui.report.blocks import Heading, Table

    blocks = report_blocks(build_report_content(default_doc))
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and "Standing Provisions" in b.text)
    tables = [b for b in blocks[start:] if isinstance(b, Table)]
    assert [t.headers[1] for t in tables] == ["Provision", "Milestone"]
    assert len(tables[1].rows) == 7
