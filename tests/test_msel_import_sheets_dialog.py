"""Several sheets of a workbook ticked in the import dialog: each mapped on its own, imported as phases in one step."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from gui.core import dialogs, settings
from gui.conduct.msel_import_dialog import MselImportDialog, import_msel
from model.conduct_entities import Inject


@pytest.fixture(autouse=True)
def quiet(monkeypatch, qapp):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": shown.append((title, text)))
    settings.set_value(settings.MSEL_VALUE_MAPS, "")
    yield shown
    settings.set_value(settings.MSEL_VALUE_MAPS, "")
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, MselImportDialog) and shiboken6.isValid(widget):
            widget.close()


@pytest.fixture
def document(qtbot, document_without_msel):
    return document_without_msel


def workbook(path, second_time="D+1 09:00"):
    """Day 1 and Day 2 of a programme, headed differently (as two controllers wrote them), and a lists sheet."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Day 1"
    for row in (["#", "Time", "Description"], [1, "D+0 09:00", "Opening"], [2, "D+0 11:00", "Road closed"]):
        first.append(row)
    second = book.create_sheet("Day 2")
    for row in (["Inject No", "Scheduled Time", "Message", "Remarks"], [1, second_time, "Flood peak", "call"],
                [2, "D+1 12:00", "Recovery", ""]):
        second.append(row)
    book.create_sheet("Lists").append(["STATUS", "Planned"])
    book.save(path)
    return path


def open_dialog(qtbot, document, path) -> MselImportDialog:
    dialog = import_msel(document, path)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def stored(document) -> list[Inject]:
    with document.file.reading() as session:
        return list(session.scalars(select(Inject).order_by(Inject.scenario_time)))


def tick(qtbot, dialog, sheet: str) -> None:
    box = dialog.sheet_choice.boxes[sheet]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))   # on the box
    qtbot.waitUntil(lambda: sheet in dialog.read_tables and not any("still being read" in p.message
                                                                    for p in dialog.other_problems), timeout=20_000)


def test_two_ticked_sheets_import_as_phases_in_one_undo_step(qtbot, document, tmp_path):
    dialog = open_dialog(qtbot, document, workbook(tmp_path / "days.xlsx"))
    assert list(dialog.sheet_choice.boxes) == ["Day 1", "Day 2", "Lists"]
    assert dialog.sheet_choice.ticked() == ["Day 1"]
    assert dialog.import_button.text() == "&Import 2 injects"

    tick(qtbot, dialog, "Day 2")
    assert dialog.sheet_choice.ticked() == ["Day 1", "Day 2"]
    # Both sheets number their injects 1 and 2: refused until renumbered, as from the command line.
    assert any("the inject number '1' is also on sheet 'Day 1'" in row[2] for row in dialog.problem_rows())
    assert not dialog.import_button.isEnabled()
    dialog.options_bar.numbers.setCurrentIndex(dialog.options_bar.numbers.findData("renumber"))
    assert dialog.problem_rows() == []
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 4 injects"
    assert "Sheets imported as phases: Day 1, Day 2" in dialog.notices.text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    rows = stored(document)
    assert [(r.number, r.phase, r.synopsis) for r in rows] == [
        ("1", "Day 1", "Opening"), ("2", "Day 1", "Road closed"), ("3", "Day 2", "Flood peak"), ("4", "Day 2", "Recovery")]
    assert rows[2].notes == "call"          # Day 2's Remarks column, guessed for that sheet alone
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Import 4 injects from 2 sheets of days.xlsx"
    document.undo_stack.undo()
    assert stored(document) == []
    document.undo_stack.redo()
    assert len(stored(document)) == 4


def test_each_sheet_keeps_its_own_mapping_and_preview(qtbot, document, tmp_path):
    dialog = open_dialog(qtbot, document, workbook(tmp_path / "days.xlsx"))
    tick(qtbot, dialog, "Day 2")
    dialog.set_field(2, "notes")                       # Day 1's Description: notes, not the synopsis
    dialog.sheet_combo.setCurrentText("Day 2")
    qtbot.waitUntil(lambda: dialog.table.sheet == "Day 2", timeout=20_000)
    assert dialog.sheet_choice.ticked() == ["Day 1", "Day 2"]   # showing a sheet does not untick the other
    assert dialog.table.headers == ["Inject No", "Scheduled Time", "Message", "Remarks"]
    assert [dialog.combo_for(c).currentData() for c in range(4)] == ["number", "scenario_time", "synopsis", "notes"]
    assert dialog.preview_model.rowCount() == 2
    dialog.set_field(3, "controller")
    dialog.sheet_combo.setCurrentText("Day 1")
    qtbot.waitUntil(lambda: dialog.table.sheet == "Day 1", timeout=20_000)
    assert dialog.combo_for(2).currentData() == "notes"
    dialog.sheet_combo.setCurrentText("Day 2")
    qtbot.waitUntil(lambda: dialog.table.sheet == "Day 2", timeout=20_000)
    assert dialog.combo_for(3).currentData() == "controller"
    dialog.options_bar.numbers.setCurrentIndex(dialog.options_bar.numbers.findData("renumber"))
    dialog.do_import()
    rows = stored(document)
    assert [(r.synopsis, r.notes, r.controller) for r in rows] == [
        ("", "Opening", ""), ("", "Road closed", ""), ("Flood peak", "", "call"), ("Recovery", "", "")]


def test_a_problem_on_a_sheet_not_shown_blocks_the_import_and_says_where(qtbot, document, tmp_path):
    dialog = open_dialog(qtbot, document, workbook(tmp_path / "days.xlsx", second_time="D+1 25:00"))
    dialog.options_bar.numbers.setCurrentIndex(dialog.options_bar.numbers.findData("renumber"))
    tick(qtbot, dialog, "Day 2")
    # The shown sheet has none; the other sheet's are counted, to be seen on that sheet.
    assert dialog.problem_rows() == [("", "", "sheet 'Day 2': 1 problem; show the sheet to see it")]
    assert not dialog.import_button.isEnabled()
    dialog.sheet_combo.setCurrentText("Day 2")
    qtbot.waitUntil(lambda: dialog.table.sheet == "Day 2", timeout=20_000)
    assert dialog.problem_rows() == [("2", "Scheduled Time", "'D+1 25:00' — is a clock time outside 00:00-23:59")]


def test_with_one_sheet_ticked_the_tick_follows_the_sheet_shown(qtbot, document, tmp_path):
    dialog = open_dialog(qtbot, document, workbook(tmp_path / "days.xlsx"))
    dialog.sheet_combo.setCurrentText("Day 2")
    qtbot.waitUntil(lambda: dialog.table.sheet == "Day 2", timeout=20_000)
    assert dialog.sheet_choice.ticked() == ["Day 2"] and dialog.phased is None
    dialog.do_import()
    assert [r.synopsis for r in stored(document)] == ["Flood peak", "Recovery"]


# -- reading again in the worker ---------------------------------------------------------------------------
def short_and_long(path):
    book = openpyxl.Workbook(write_only=True)
    short = book.create_sheet("Short")
    for row in (["Time", "Message"], ["D+0 09:00", "first"], ["D+0 10:00", "second"]):
        short.append(row)
    long = book.create_sheet("Long")
    long.append(["Exercise title block"])
    long.append(["Time", "Message"])
    for n in range(3_000):
        long.append([f"D+0 {n % 24:02d}:00", f"m{n}"])
    book.save(path)
    return path


def test_another_sheet_is_read_in_the_worker_with_its_progress_in_the_dialog(qtbot, document, tmp_path):
    dialog = open_dialog(qtbot, document, short_and_long(tmp_path / "two.xlsx"))
    with qtbot.waitSignal(dialog.table_read, timeout=30_000) as arrived:
        dialog.sheet_combo.setCurrentText("Long")
        # Back on the GUI thread before the sheet is read: the dialog still shows (and can be used on) the
        # sheet it had, the bar says what is read, and Import waits.
        assert dialog.table.sheet == "Short" and dialog.reads.busy()
        assert dialog.read_bar.isVisibleTo(dialog) and dialog.read_bar.label.text().startswith("Reading sheet 'Long'")
        assert not dialog.import_button.isEnabled()
    assert arrived.args[0].sheet == "Long" and dialog.table.sheet == "Long"
    assert dialog.table.header_row == 2 and len(dialog.table.rows) == 3_000
    assert dialog.read_bar.label.text().endswith(" rows") and not dialog.read_bar.isVisibleTo(dialog)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 3000 injects"


def test_a_header_row_change_is_read_in_the_worker(qtbot, document, tmp_path):
    dialog = open_dialog(qtbot, document, short_and_long(tmp_path / "two.xlsx"))
    with qtbot.waitSignal(dialog.table_read, timeout=30_000):
        dialog.sheet_combo.setCurrentText("Long")
    with qtbot.waitSignal(dialog.table_read, timeout=30_000):
        dialog.options_bar.header.setValue(1)
        assert dialog.table.header_row == 2 and dialog.reads.busy()
    assert dialog.table.header_row == 1 and dialog.table.headers == ["Exercise title block", "(column B)"]
    dialog.sheet_combo.setCurrentText("Short")     # each sheet keeps its own header row
    assert dialog.options_bar.header_row() is None and dialog.table.header_row == 1
    dialog.sheet_combo.setCurrentText("Long")
    assert dialog.options_bar.header_row() == 1


def test_cancel_stops_the_read_and_keeps_the_sheet_shown(qtbot, document, tmp_path):
    dialog = open_dialog(qtbot, document, short_and_long(tmp_path / "two.xlsx"))
    dialog.sheet_combo.setCurrentText("Long")
    assert dialog.reads.busy()
    with qtbot.waitSignal(dialog.reads.cancelled, timeout=10_000) as stopped:
        qtbot.mouseClick(dialog.read_bar.cancel_button, Qt.MouseButton.LeftButton)
    assert stopped.args == ["Long"]
    assert dialog.table.sheet == "Short" and dialog.sheet_combo.currentText() == "Short"
    assert dialog.sheet_choice.ticked() == ["Short"] and not dialog.read_bar.isVisibleTo(dialog)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 2 injects"
    assert "Long" not in dialog.read_tables
    qtbot.waitUntil(lambda: not dialog.reads._alive, timeout=30_000)   # the thread itself has ended


def test_closing_the_dialog_while_a_sheet_is_read_ends_the_thread(qtbot, document, tmp_path):
    dialog = open_dialog(qtbot, document, short_and_long(tmp_path / "two.xlsx"))
    dialog.sheet_combo.setCurrentText("Long")
    readers = list(dialog.reads._alive)
    dialog.reject()
    assert readers and all(reader.isFinished() for reader in readers)


def test_a_sheet_ticked_with_the_shown_ones_layout_is_read_and_mapped_as_it(qtbot, document, tmp_path):
    """Two real OpenBAS sheets (no header row) in one workbook: the choices made on the first serve the second."""
    corpus = Path(__file__).parent / "fixtures" / "msel_corpus"
    book = openpyxl.Workbook()
    book.remove(book.active)
    for n, title in ((3, "Move 1"), (4, "Move 2")):
        sheet = book.create_sheet(title)
        for row in openpyxl.load_workbook(corpus / f"openbas_checklist_{n}.xlsx").active.iter_rows(values_only=True):
            sheet.append(row)
    book.save(tmp_path / "moves.xlsx")
    dialog = open_dialog(qtbot, document, tmp_path / "moves.xlsx")
    with qtbot.waitSignal(dialog.table_read, timeout=20_000):
        dialog.options_bar.header.setValue(0)
    for column, field in ((1, "synopsis"), (2, "scenario_time"), (3, "recipient"), (5, "notes")):
        dialog.set_field(column, field)
    dialog.options_bar.numbers.setCurrentIndex(dialog.options_bar.numbers.findData("renumber"))
    tick(qtbot, dialog, "Move 2")
    assert dialog.read_tables["Move 2"].header_row == 0           # read without a header, as Move 1 is
    assert dialog.problem_rows() == [] and dialog.import_button.text() == "&Import 10 injects"
    dialog.sheet_combo.setCurrentText("Move 2")
    assert dialog.options_bar.header_row() == 0
    assert [dialog.combo_for(c).currentData() for c in range(6)] == [None, "synopsis", "scenario_time", "recipient",
                                                                     None, "notes"]
    dialog.do_import()
    assert {i.phase for i in stored(document)} == {"Move 1", "Move 2"} and len(stored(document)) == 10


def test_in_italian_the_sheet_choice_and_the_times_read_are_said_once(qtbot, document, tmp_path, qapp):
    from PySide6.QtCore import QLocale

    from gui.core import i18n

    locale = QLocale()
    i18n.install_translators(qapp, "it")
    try:
        dialog = open_dialog(qtbot, document, workbook(tmp_path / "days.xlsx"))
        dialog.options_bar.numbers.setCurrentIndex(dialog.options_bar.numbers.findData("renumber"))
        tick(qtbot, dialog, "Day 2")
        assert dialog.sheet_choice.caption.text() == "Fogli da importare:"
        assert dialog.notation_label.text().count("nterpretate come") == 1
        assert "Fogli importati come fasi: Day 1, Day 2" in dialog.notices.text()
        keep = dialog.combo_for(0).fontMetrics().horizontalAdvance("(conserva come campo aggiuntivo)")
        assert dialog.mapping_table.columnWidth(1) > keep     # the choice is read whole
        dialog.close()
    finally:
        i18n.install_translators(qapp, "en")
        QLocale.setDefault(locale)
