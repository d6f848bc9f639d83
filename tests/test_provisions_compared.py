"""Standing provisions in the comparison (a panel of overdue and at-risk milestones per option, a row of
the table) and in the what-if's difference line ("+1 overdue milestone (GB …)")."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from gui.comparison import chart
from gui.comparison.dock import ComparisonDock
from gui.comparison.table_model import VALUE_ROLE
from gui.core.commands import CreateCommand
from gui.core.style import PROVISION_COLOURS as STATUS_COLOURS
from model.comparison_figures import option_figures
from model.engine import assess
from model.provision_status import DUE_SOON, OVERDUE, provision_states
from model.services.provisions import create_delivery, delete_delivery
from model.timeutil import from_epoch
from model.what_if_difference import difference, difference_line
from tests.test_comparison_view import column_values, expected

pytestmark = pytest.mark.usefixtures("isolated")


def gb_first_milestone(snapshot):
    gb = next(p for p in snapshot.provisions.provisions if p.title.startswith("Accelerated"))
    return gb, next(m for m in snapshot.provisions.milestones if m.provision_id == gb.id)


def test_each_option_counts_its_parties_milestones_overdue_and_due_soon(document):
    results = expected(document)
    bound_statuses = []
    for r in results:
        snap = r.assessment.snapshot
        bound = set(snap.sig_ids[snap.sig_bound <= document.clock.seconds()].tolist())
        bound_statuses.append([m.status for p in provision_states(snap.provisions, document.clock.seconds())
                               if p.provision.signatory_id in bound for m in p.milestones])
    assert [r.provision_due_soon for r in results] == [s.count(DUE_SOON) for s in bound_statuses]
    assert [r.provision_overdue for r in results] == [s.count(OVERDUE) for s in bound_statuses]
    assert any(r.provision_due_soon for r in results)
    figures = option_figures(results)
    assert [(f.provision_overdue, f.provision_due_soon) for f in figures] == \
        [(r.provision_overdue, r.provision_due_soon) for r in results]


def test_the_charts_have_a_provisions_panel_in_the_provisions_colours(qapp, document):
    figures = option_figures(expected(document))
    panel = chart.panels()[-1]
    assert [s.colour for s in panel.series] == [STATUS_COLOURS[OVERDUE], STATUS_COLOURS[DUE_SOON]]
    assert [[s.value(f) for s in panel.series] for f in figures] == \
        [[f.provision_overdue, f.provision_due_soon] for f in figures]
    # Five panels: one row where they fit, else rows of three or two, never one left alone on a row.
    assert [chart.per_row(width, 1.0) for width in (720, 500, 400)] == [5, 3, 2]
    k = 1.5
    image = QImage(1000, int(chart.comparison_height(1000, k, len(figures))), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    chart.draw_comparison(figures)(painter, QRectF(0, 0, image.width(), image.height()), k)
    painter.end()
    # The provisions panel (the fifth) has its overdue and due-soon bars, in their colours, in its own box.
    columns = chart.per_row(image.width(), k)
    top = chart.key_height(len(figures), k)
    height = (image.height() - top) / -(-len(chart.panels()) // columns)
    width = image.width() / columns
    box = image.copy(int((4 % columns) * width), int(top + (4 // columns) * height), int(width), int(height))
    colours = {box.pixelColor(x, y).rgb() for x in range(0, box.width(), 2) for y in range(0, box.height(), 2)}
    assert {STATUS_COLOURS[OVERDUE].rgb(), STATUS_COLOURS[DUE_SOON].rgb()} <= colours


def test_the_table_has_the_due_soon_row_and_the_chart_the_figures(qtbot, document):
    dock = ComparisonDock()
    qtbot.addWidget(dock)
    dock.set_document(document)
    dock.resize(1400, 600)
    dock.show()
    results = expected(document)
    assert column_values(dock.model, ("provisions_due_soon",)) == [r.provision_due_soon for r in results]
    assert [f.provision_due_soon for f in dock.chart.figures] == [r.provision_due_soon for r in results]


def test_the_difference_line_names_the_milestones_a_what_if_makes_overdue_or_saves(document):
    record = document.assessment
    snap = record.snapshot
    gb, first = gb_first_milestone(snap)
    delivered = next(d for d in snap.provisions.deliveries if d.milestone_id is not None
                     and next(m for m in snap.provisions.milestones if m.id == d.milestone_id).due < record.now)
    without = replace(snap, provisions=replace(snap.provisions, deliveries=tuple(
        d for d in snap.provisions.deliveries if d.id != delivered.id)))
    d = difference(record, assess(without, record.now))
    owner = next(p for p in snap.provisions.provisions if p.id == delivered.provision_id)
    code = snap.sig_codes[snap.sig_ids.tolist().index(owner.signatory_id)]
    assert d.newly_overdue == (f"{code} {owner.title}",) and not d.no_longer_overdue and not d.unchanged
    assert f"+1 overdue milestone ({code} {owner.title})" in difference_line(d)


def test_a_delivery_tried_in_a_what_if_shows_in_the_difference_line(document):
    gb, first = gb_first_milestone(document.snapshot)
    document.enter_what_if()
    assert document.execute(CreateCommand(document, "Deliver", create_delivery, delete_delivery,
                                          provision_id=gb.id, milestone_id=first.id, quantity=500,
                                          delivered_at=from_epoch(first.due - 3600)))
    line = difference_line(difference(document.record_assessment, document.assessment))
    assert f"\u22121 overdue milestone (GB {gb.title})" in line
    document.discard_what_if()


def test_the_printed_and_reported_table_has_the_due_soon_row(document):
    from model.comparison_table import comparison_rows

    results = expected(document)
    rows = dict(comparison_rows(results))
    assert rows["Standing provisions: parties' milestones due soon"] == [str(r.provision_due_soon) for r in results]


def test_the_what_if_details_show_the_bound_parties_milestones_overdue(qtbot, document):
    """The Details panel has the standing provisions beside the obligations, as the comparison counts them
    (the milestones of the parties bound, how many overdue), for the record and for the what-if."""
    from gui.shell.what_if_commands import WhatIfStrip
    from model.comparison import judge_option

    gb, first = gb_first_milestone(document.snapshot)
    document.enter_what_if()
    assert document.execute(CreateCommand(document, "Deliver", create_delivery, delete_delivery,
                                          provision_id=gb.id, milestone_id=first.id, quantity=500,
                                          delivered_at=from_epoch(first.due - 3600)))
    d = difference(document.record_assessment, document.assessment)
    record = judge_option(document.record_assessment.snapshot, document.record_assessment.snapshot.terms,
                          document.record_assessment.now)
    what_if = judge_option(document.assessment.snapshot, document.assessment.snapshot.terms, document.assessment.now)
    assert (d.record.milestones_overdue, d.record.milestones) == (record.provision_overdue, record.provision_milestones)
    assert (d.what_if.milestones_overdue, d.what_if.milestones) == \
        (what_if.provision_overdue, what_if.provision_milestones)
    assert d.what_if.milestones_overdue == d.record.milestones_overdue - 1 and d.record.milestones > 0
    strip = WhatIfStrip()
    qtbot.addWidget(strip)
    strip.show_difference(d)
    text = strip.panel.text()
    assert "Provision milestones overdue" in text
    for figures in (d.record, d.what_if):
        assert f">{figures.milestones_overdue} of {figures.milestones}<" in text
    document.discard_what_if()


def test_a_count_axis_has_no_half_ticks(qapp, document):
    """A panel of counts topped at 1 or 5 (one overdue milestone, five approvals) labels no 0.5 or 2.5;
    an axis of hours still labels its middle."""
    figures = [replace(f, provision_overdue=1, provision_due_soon=0, gap_incidents=5)
               for f in option_figures(expected(document))]
    drawn: list[str] = []

    class Recording(QPainter):
        def drawText(self, *args):   # the texts the chart asks for, not how a font renders them
            drawn.append(str(args[-1]))
            return super().drawText(*args)

    image = QImage(1000, int(chart.comparison_height(1000, 1.0, len(figures))), QImage.Format.Format_ARGB32)
    painter = Recording(image)
    chart.draw_comparison(figures)(painter, QRectF(0, 0, image.width(), image.height()), 1.0)
    painter.end()
    assert "1" in drawn and "5" in drawn
    assert "0.5" not in drawn and "2.5" not in drawn
    assert any(text.endswith(" h") and text != "0 h" for text in drawn)


def test_the_key_gives_a_long_option_name_a_line_of_its_own(qapp):
    """Two short names share a line of the key; one that cannot fit half the width takes a whole line,
    and the height the report and the dock reserve follows."""
    short, long = ["Pact", "Force"], ["Pact", "A treaty option with a name far longer than half a page " * 3]
    assert chart.key_per_line(500, 1.0, short) == 2 and chart.key_per_line(500, 1.0, long) == 1
    assert chart.key_height(2, 1.0, 500, long) > chart.key_height(2, 1.0, 500, short) == chart.key_height(2, 1.0)
    assert chart.comparison_height(500, 1.0, 2, long) > chart.comparison_height(500, 1.0, 2, short)
