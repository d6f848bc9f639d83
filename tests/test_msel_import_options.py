"""The reading choices in the MSEL import dialog: day-less times, zone, header row, the shift to STARTEX.

Real corpus sheets go through the dialog as a planner would use it: each choice
re-plans the preview, and Import stores what the preview showed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from model.timeutil import utc
from tests.test_msel_import_dialog import (  # noqa: F401 - the fixtures those tests use
    close_dialogs, default_doc, document, no_message_boxes, open_dialog, stored,
)

CORPUS = Path(__file__).parent / "fixtures" / "msel_corpus"


def settled(qtbot, dialog) -> None:
    """Let the event loop delete the mapping combos a re-read replaced and lay the buttons out, before a grab."""
    def done() -> bool:
        combos = dialog.mapping_table.viewport().findChildren(QComboBox)
        return len(combos) == len(dialog.table.headers) and \
            dialog.import_button.width() >= dialog.import_button.sizeHint().width()
    qtbot.waitUntil(done)


def times(dialog) -> list:
    return [row.values.get("scenario_time") for row in dialog.plan.rows]


def test_day_less_times_and_zone_re_plan_the_preview(qtbot, document, tmp_path):
    path = tmp_path / "oneday.csv"
    path.write_text("Time,Message\n09:00,a\n11:00,b\n08:00,c\n", encoding="utf-8")
    dialog = open_dialog(qtbot, document, path)
    bar = dialog.options_bar
    assert times(dialog) == [utc(2026, 3, 2, 9), utc(2026, 3, 2, 11), utc(2026, 3, 2, 8)]
    bar.day_less.setCurrentIndex(bar.day_less.findData("D+n"))
    assert bar.day.isEnabled()
    bar.day.setValue(2)
    assert times(dialog) == [utc(2026, 3, 4, 9), utc(2026, 3, 4, 11), utc(2026, 3, 4, 8)]
    bar.day_less.setCurrentIndex(bar.day_less.findData("previous"))
    assert times(dialog) == [utc(2026, 3, 2, 9), utc(2026, 3, 2, 11), utc(2026, 3, 3, 8)]
    bar.zone.setCurrentText("Europe/Rome")
    assert times(dialog) == [utc(2026, 3, 2, 8), utc(2026, 3, 2, 10), utc(2026, 3, 3, 7)]
    bar.zone.setCurrentText("Europe/Nowhere")   # typed, not a zone: the last good one stays
    assert times(dialog)[0] == utc(2026, 3, 2, 8)
    assert "not a time zone name" in bar.zone.toolTip()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [i.scenario_time for i in stored(document)] == [utc(2026, 3, 2, 8), utc(2026, 3, 2, 10),
                                                          utc(2026, 3, 3, 7)]


def test_the_shift_moves_a_2011_sheet_onto_startex(qtbot, document):
    dialog = open_dialog(qtbot, document, CORPUS / "national_dtg.csv")
    assert "before STARTEX" in dialog.notices.text()
    dialog.options_bar.shift.setChecked(True)
    assert times(dialog)[0] == utc(2026, 3, 2, 6)
    assert "before STARTEX" not in dialog.notices.text()
    assert dialog.import_button.isEnabled()
    settled(qtbot, dialog)
    dialog.grab().save("/tmp/msel-options-dtg.png")


def test_a_header_row_of_none_names_the_columns_by_letter(qtbot, document):
    dialog = open_dialog(qtbot, document, CORPUS / "no_header.csv")
    with qtbot.waitSignal(dialog.table_read, timeout=20_000):   # read again in the worker
        dialog.options_bar.header.setValue(0)
    assert dialog.table.headers == ["A", "B", "C"]
    assert dialog.source_label.text() == "3 rows from no_header.csv (no header row)"
    dialog.set_field(0, "number")
    dialog.set_field(1, "scenario_time")
    dialog.set_field(2, "synopsis")
    assert dialog.plan.valid and len(dialog.plan.rows) == 3
    assert times(dialog)[-1] == utc(2026, 3, 3, 9, 30)
    settled(qtbot, dialog)
    dialog.grab().save("/tmp/msel-options-noheader.png")


def test_the_hseep_sheet_in_the_dialog(qtbot, document):
    dialog = open_dialog(qtbot, document, CORPUS / "hseep_one_day.xlsx")
    assert dialog.table.header_row == 4
    event_type = dialog.table.headers.index("Event Type")
    dialog.set_field(event_type, None)
    assert dialog.plan.valid and len(dialog.plan.rows) == 6
    assert "Rows blank in every imported column were skipped: 500-504" in dialog.notices.text()
    settled(qtbot, dialog)
    dialog.grab().save("/tmp/msel-options-hseep.png")


def test_rows_outside_the_exercise_are_marked_in_the_preview(qtbot, document, tmp_path):
    path = tmp_path / "early.csv"
    path.write_text("Time,Message,Other\n,,only here\nMon 05:30,early,\n09:00,in time,\n25:00,bad,\n",
                    encoding="utf-8")
    dialog = open_dialog(qtbot, document, path)
    model = dialog.preview_model
    time_column = model.fields.index("scenario_time")
    early, in_time = model.index(0, time_column), model.index(1, time_column)
    assert model.headerData(0, Qt.Orientation.Vertical) == "3"     # row 2 is blank where it matters: skipped
    assert early.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ffe0b2"
    assert early.data(Qt.ItemDataRole.ToolTipRole).endswith("The inject falls before STARTEX (D+0 05:30)")
    assert in_time.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == \
        "The inject falls before STARTEX (D+0 05:30)"
    assert model.index(0, model.fields.index("synopsis")).data() == "early"
    assert model.index(2, time_column).data() == "25:00"            # a refused cell shows its own row's text
