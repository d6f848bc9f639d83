"""The MSEL import dialog and File › Import/Export MSEL, driven headless on real exercise files.

The hand-written fixtures go through the column-mapping dialog as a planner
would use it: guessed columns, a preview, problems that point at their cell,
Import enabled only when every row is valid, and one undo step.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow
from sqlalchemy import select

from gui.core import dialogs, settings
from gui.conduct import msel_interchange as msel_gui
from gui.core.document import ExerciseDocument
from gui.conduct.msel_import_dialog import ImportMselCommand, MselImportDialog, import_msel
from gui.conduct.msel_interchange import MselInterchange
from gui.conduct.msel_preview_model import ERROR_FILL
from model.conduct_entities import Inject
from model.storage.exercise_file import ExerciseFile
from model.msel.spreadsheets import read_msel
from model.msel.importing import plan_import
from model.queries import log_entries
from model.services.injects import PLANNED_FIELDS

from conftest import without_msel
from tests.support import FakeWall, dump


@pytest.fixture
def default_doc(default_doc):
    """These tests write their own MSEL: start from the default exercise without its shipped one."""
    return without_msel(default_doc)

FIXTURES = Path(__file__).parent / "fixtures"
CSV_FIXTURE = FIXTURES / "msel_handwritten.csv"
XLSX_FIXTURE = FIXTURES / "msel_handwritten.xlsx"
CSV_GUESS = ["number", "scenario_time", "phase", "sender", "recipient", "method", "synopsis", "expected_action",
             "incident_type", "severity", "location", "controller", "notes"]


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": shown.append((title, text)))
    monkeypatch.setattr(dialogs, "notify_error", lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture(autouse=True)
def no_remembered_values():
    """Each test starts without the value choices an earlier one remembered (one settings file per run)."""
    settings.set_value(settings.MSEL_VALUE_MAPS, "")
    yield
    settings.set_value(settings.MSEL_VALUE_MAPS, "")


@pytest.fixture
def document(qtbot, document_without_msel):
    """Every test here imports its own MSEL."""
    return document_without_msel


def stored(doc) -> list[Inject]:
    with doc.file.reading() as session:
        return list(session.scalars(select(Inject).order_by(Inject.id)))


def script(doc) -> list[tuple]:
    return [(row.id, *(getattr(row, name) for name in PLANNED_FIELDS)) for row in stored(doc)]


@pytest.fixture(autouse=True)
def close_dialogs(qapp):
    """The dialog deletes itself when closed (WA_DeleteOnClose); close any a test left open."""
    yield
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, MselImportDialog) and shiboken6.isValid(widget):
            widget.close()


def open_dialog(qtbot, document, path: Path) -> MselImportDialog:
    dialog = import_msel(document, path)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def with_bad_time(tmp_path: Path) -> Path:
    path = tmp_path / "msel_handwritten.csv"
    path.write_bytes(CSV_FIXTURE.read_bytes().replace(b"6;D+1 18:00;", b"6;D+1 25:00;"))
    return path


def click_problem(qtbot, dialog: MselImportDialog, number: int) -> None:
    item = dialog.errors.topLevelItem(number)
    rect = dialog.errors.visualItemRect(item)
    qtbot.mouseClick(dialog.errors.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- the hand-written fixtures through the dialog ---------------------------------------------------
def test_the_handwritten_csv_is_mapped_previewed_and_imported_as_one_undo_step(qtbot, document):
    dialog = open_dialog(qtbot, document, CSV_FIXTURE)
    assert [dialog.combo_for(c).currentData() for c in range(13)] == CSV_GUESS
    assert dialog.combo_for(0).itemText(0) == "(keep as an additional field)"
    assert dialog.mapping_table.item(1, 0).text() == "Time (scenario)"
    assert dialog.mapping_table.item(1, 2).text() == "D+0 08:00"   # the first value, to check the guess against
    model = dialog.preview_model
    assert model.rowCount() == 8
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(8)] == [str(n) for n in range(4, 12)]
    time_column = model.fields.index("scenario_time")
    assert model.index(4, time_column).data() == "D+1 14:00 · 03 Mar 14:00Z"          # "Tue 14:00"
    assert model.index(4, time_column).data(Qt.ItemDataRole.ToolTipRole) == \
        "Understood as weekday and clock (in the week from STARTEX's day)"
    assert model.index(2, model.fields.index("incident_type")).data() == "Missile/drone strike on cities"  # named in the file
    assert dialog.notation_label.text() == (
        "Times understood as: day and clock (D+n hh:mm) ×3, offset from STARTEX (T+/H+) ×2, ISO 8601 ×2, "
        "weekday and clock (in the week from STARTEX's day) ×1")
    assert "Rows 1-2 above the header (row 3) were skipped" in dialog.notices.text()
    assert dialog.problem_rows() == []
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 8 injects"

    before = dump(document)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    imported = script(document)
    assert [row[1] for row in imported] == [str(n) for n in range(1, 9)]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Import 8 injects from msel_handwritten.csv"

    document.undo_stack.undo()
    assert stored(document) == []
    document.undo_stack.redo()
    assert script(document) == imported          # the same rows, with the same ids
    document.undo_stack.undo()
    # Undo leaves the data as before the import; only the log has grown (import, undo, redo, undo).
    assert [line for line in dump(document) if "log_entry" not in line] == \
        [line for line in before if "log_entry" not in line]


def test_the_handwritten_workbook_imports_and_its_sheets_can_be_chosen(qtbot, document):
    dialog = open_dialog(qtbot, document, XLSX_FIXTURE)
    assert dialog.sheet_combo.isVisibleTo(dialog)
    assert [dialog.sheet_combo.itemText(i) for i in range(2)] == ["MSEL", "Objectives"]
    assert dialog.import_button.isEnabled()
    assert "spreadsheet date and time without a zone (taken as UTC) ×1" in dialog.notation_label.text()

    with qtbot.waitSignal(dialog.table_read, timeout=20_000):   # read in the worker
        dialog.sheet_combo.setCurrentText("Objectives")
    assert dialog.table.sheet == "Objectives"
    assert dialog.problem_rows() == [("", "", "no column is mapped to Scenario Time: choose the column that holds "
                                                "each inject's scenario time")]
    assert not dialog.import_button.isEnabled()

    dialog.sheet_combo.setCurrentText("MSEL")   # read already: shown at once
    assert dialog.preview_model.rowCount() == 5 and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    rows = stored(document)
    assert [row.number for row in rows] == ["1", "2", "3", "4", "5"]
    assert rows[2].synopsis.startswith("=EEAS")


def test_a_refused_cell_is_listed_highlighted_and_blocks_the_import(qtbot, document, tmp_path):
    before = dump(document)
    dialog = open_dialog(qtbot, document, with_bad_time(tmp_path))
    assert dialog.problem_rows() == [("9", "Time (scenario)", "'D+1 25:00' — is a clock time outside 00:00-23:59")]
    assert not dialog.import_button.isEnabled()
    assert "1 problem:" in dialog.summary.text()
    model = dialog.preview_model
    cell = model.cell_of(9, "scenario_time")
    assert (cell.row(), model.fields[cell.column()]) == (5, "scenario_time")
    assert cell.data() == "D+1 25:00"                       # what the file holds, marked
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_FILL
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "'D+1 25:00' — is a clock time outside 00:00-23:59"

    dialog.preview.setCurrentIndex(model.index(0, 0))
    click_problem(qtbot, dialog, 0)
    assert dialog.preview.currentIndex() == cell
    assert dialog.mapping_table.currentRow() == 1            # the column "Time (scenario)"

    dialog.buttons.accepted.emit()                            # even forced, nothing is imported
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.reject()
    assert dump(document) == before


def test_changing_the_mapping_revalidates_every_row(qtbot, document, tmp_path):
    dialog = open_dialog(qtbot, document, CSV_FIXTURE)
    dialog.set_field(12, None)                                # "Remarks": an additional field
    assert "notes" not in dialog.preview_model.fields
    assert dialog.preview_model.fields[-1] == "additional_fields"
    assert "Kept with each inject as additional fields (no inject field chosen): Remarks" in dialog.notices.text()
    dialog.set_field(3, "synopsis")                           # "From" as Synopsis too: a clash
    assert dialog.problem_rows() == [("", "Message", "columns 'From' and 'Message' are both mapped to Synopsis; "
                                                     "keep one and set the other to (keep as an additional "
                                                     "field)")]
    assert not dialog.import_button.isEnabled()
    dialog.set_field(3, "sender")
    dialog.set_field(1, None)
    assert not dialog.import_button.isEnabled()
    dialog.set_field(1, "scenario_time")
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    rows = stored(document)
    assert rows[1].notes == "" and rows[1].synopsis.startswith("Breaking:")   # its remark "Play the clip twice"
    assert rows[0].sender == "SIMCELL (Ukrainian MFA)"


def test_a_file_that_cannot_be_read_is_reported_and_no_dialog_opens(qtbot, document, tmp_path,
                                                                      no_message_boxes):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 truncated")
    assert import_msel(document, path) is None
    assert len(no_message_boxes) == 1
    title, text = no_message_boxes[0]
    assert title == "Cannot import the MSEL" and text.startswith("broken.xlsx: the file is not an Excel workbook")


def test_a_read_only_exercise_shows_the_plan_but_cannot_import(qtbot, default_template, tmp_path):
    path = tmp_path / "ro.pactline"
    path.write_bytes(default_template.read_bytes())
    doc = ExerciseDocument(ExerciseFile.open(path, read_only=True), wall=FakeWall())
    try:
        dialog = open_dialog(qtbot, doc, CSV_FIXTURE)
        assert dialog.preview_model.rowCount() == 8
        assert not dialog.import_button.isEnabled()
        assert dialog.summary.text() == "This exercise is open read-only: nothing can be imported."
        interchange = MselInterchange(QMainWindow())
        interchange.set_document(doc)
        assert not interchange.import_action.isEnabled() and interchange.export_csv_action.isEnabled()
    finally:
        doc.close()


# -- the undo command on its own ------------------------------------------------------------------------
def test_the_import_command_is_one_step_that_undoes_and_redoes_with_the_same_ids(qtbot, document):
    plan = plan_import(document.file, read_msel(CSV_FIXTURE))
    reports = []
    document.changed.connect(reports.append)
    command = ImportMselCommand(document, plan.entries(), "Import MSEL")
    assert document.execute(command)
    ids = command.created_ids
    assert len(ids) == 8 and [r.action for r in reports] == ["created"]
    first = script(document)
    log_count = len(log_entries(document.file))
    document.undo_stack.undo()
    assert stored(document) == [] and reports[-1].action == "deleted" and reports[-1].ids == ids
    document.undo_stack.redo()
    assert reports[-1].action == "restored" and tuple(reports[-1].ids) == ids
    assert script(document) == first
    assert len(log_entries(document.file)) == log_count + 2


# -- File › Import/Export MSEL ---------------------------------------------------------------------------
def test_menu_actions_have_shortcuts_tips_and_follow_the_document(qtbot, document):
    window = QMainWindow()
    qtbot.addWidget(window)
    interchange = MselInterchange(window)
    actions = interchange.menu_actions["file"]
    assert [a.text() for a in actions] == ["&Import MSEL…", "Export MSEL as &CSV…", "Export MSEL as &XLSX…"]
    assert actions[0].shortcut().toString() == "Ctrl+Shift+I"
    assert all(a.statusTip() for a in actions) and all(a.objectName() for a in actions)
    assert not any(a.isEnabled() for a in actions)
    interchange.set_document(document)
    assert all(a.isEnabled() for a in actions)
    interchange.set_document(None)
    assert not any(a.isEnabled() for a in actions)


def test_import_and_export_go_through_the_file_dialog_wrappers(qtbot, document, tmp_path, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    interchange = MselInterchange(window)
    interchange.set_document(document)
    messages = []
    interchange.message.connect(messages.append)

    monkeypatch.setattr(msel_gui, "ask_import_path", lambda parent, folder: None)
    interchange.import_action.trigger()
    assert interchange.dialog is None                       # cancelled: nothing opens
    monkeypatch.setattr(msel_gui, "ask_import_path", lambda parent, folder: CSV_FIXTURE)
    interchange.import_action.trigger()
    dialog = interchange.dialog
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert messages == ["8 injects imported"]

    asked = []
    monkeypatch.setattr(msel_gui, "ask_export_path",
                        lambda parent, title, suggestion, suffix: asked.append((title, suggestion.name, suffix))
                        or tmp_path / "out")
    interchange.export_csv_action.trigger()
    interchange.export_xlsx_action.trigger()
    assert asked == [("Export MSEL as CSV", "drill-msel.csv", ".csv"), ("Export MSEL as XLSX", "drill-msel.xlsx",
                                                                        ".xlsx")]
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbfEXERCISE EXERCISE EXERCISE")
    assert b"\r\nNumber,Scenario Time," in (tmp_path / "out.csv").read_bytes()
    assert read_msel(tmp_path / "out.xlsx").rows[0].cells[0] == "1"
    assert messages[1:] == ["8 injects written to out.csv", "8 injects written to out.xlsx"]


def test_an_export_that_cannot_be_written_is_reported(qtbot, document, tmp_path, monkeypatch, no_message_boxes):
    window = QMainWindow()
    qtbot.addWidget(window)
    interchange = MselInterchange(window)
    interchange.set_document(document)
    monkeypatch.setattr(msel_gui, "ask_export_path", lambda *a: tmp_path / "gone" / "msel.csv")
    assert interchange.export(".csv") is None
    assert no_message_boxes[0][0] == "Cannot export the MSEL" and "gone" in no_message_boxes[0][1]
    shutil.rmtree(tmp_path / "gone", ignore_errors=True)


# -- the value-mapping step ----------------------------------------------------------------------------
def test_the_values_step_lists_each_event_type_changes_what_it_imports_as_and_remembers_it(qtbot, document):
    corpus = FIXTURES / "msel_corpus" / "hseep_one_day.xlsx"
    dialog = open_dialog(qtbot, document, corpus)
    dialog.set_field(2, "inject_type")                           # "Event Type"
    panel = dialog.value_panel
    texts = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert {"Administrative", "Contextual", "Expected Action", "Contingency", "Player Action"} <= set(texts)
    assert dialog.lower_tabs.tabText(1) == f"Values ({len(dialog.plan.value_choices)})"
    assert dialog.plan.valid
    row = texts.index("Contextual")
    assert panel.combo_for(row).currentData() == "message"      # the guess
    combo = panel.combo_for(row)
    combo.setCurrentIndex(combo.findData("contingency"))
    contextual = [r for r in dialog.plan.rows if r.sheet_row.cells[2] == "Contextual"]
    assert {r.values["inject_type"] for r in contextual} == {"contingency"}
    assert panel.combo_for(row) is combo                         # the list was not rebuilt under the choice
    dialog.do_import()
    assert {i.inject_type for i in stored(document) if i.synopsis == contextual[0].values["synopsis"]} == \
        {"contingency"}
    # The next sheet of the same programme opens with the choice made.
    document.undo_stack.undo()
    again = open_dialog(qtbot, document, corpus)
    again.set_field(2, "inject_type")
    texts = [again.value_panel.table.item(r, 1).text() for r in range(again.value_panel.table.rowCount())]
    assert again.value_panel.combo_for(texts.index("Contextual")).currentData() == "contingency"


def test_a_value_without_a_guess_is_a_problem_until_it_is_chosen(qtbot, document, tmp_path):
    path = tmp_path / "types.csv"
    path.write_text("Time,Type,Message\nD+0 09:00,parcel,Delivered\nD+0 10:00,message,Fine\n", encoding="utf-8")
    dialog = open_dialog(qtbot, document, path)
    assert not dialog.plan.valid
    panel = dialog.value_panel
    texts = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    combo = panel.combo_for(texts.index("parcel"))
    assert combo.currentData() is None and "No guess" in combo.toolTip()
    combo.setCurrentIndex(combo.findData("message"))
    assert dialog.plan.valid and dialog.import_button.isEnabled()


# -- mapping profiles --------------------------------------------------------------------------------
def test_a_mapping_saved_from_the_dialog_maps_the_next_sheet_and_the_command_line(qtbot, document, tmp_path):
    from gui.conduct.msel_profile_actions import load_mapping, save_mapping
    from model.msel.profiles import load_profile

    corpus = FIXTURES / "msel_corpus" / "city_split_columns.xlsx"
    dialog = open_dialog(qtbot, document, corpus)
    assert not dialog.plan.valid                                  # duplicate inject numbers
    dialog.options_bar.numbers.setCurrentIndex(dialog.options_bar.numbers.findData("renumber"))
    dialog.options_bar.zone.setCurrentText("America/New_York")
    subject = dialog.table.headers.index("InjectText")
    dialog.set_field(subject, "title")
    dialog.set_field(dialog.table.headers.index("ExpectedAction"), "synopsis")
    assert dialog.plan.valid, [str(p) for p in dialog.plan.problems]
    profile = save_mapping(dialog, tmp_path / "city.json")
    saved = load_profile(profile)
    assert saved.name == "city" and saved.options.renumber and saved.options.zone == "America/New_York"
    assert (saved.columns["InjectText"], saved.columns["ExpectedAction"]) == ("title", "synopsis")
    dialog.close()
    again = open_dialog(qtbot, document, corpus)
    assert not again.plan.valid
    assert load_mapping(again, profile)
    assert again.plan.valid and again.combo_for(subject).currentData() == "title"
    assert again.combo_for(again.table.headers.index("ExpectedAction")).currentData() == "synopsis"
    assert again.options_bar.options().zone == "America/New_York"


# -- reading a large file in the background -------------------------------------------------------------
def test_a_large_file_is_read_in_a_worker_and_the_dialog_opens_when_it_is_read(qtbot, document, monkeypatch):
    from gui.conduct import msel_reader

    monkeypatch.setattr(msel_reader, "BACKGROUND_FROM", 0)     # every file counts as large here
    opened = []
    assert import_msel(document, XLSX_FIXTURE, opened=opened.append) is None
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert isinstance(opened[0], MselImportDialog) and opened[0].table.rows


def test_the_worker_stops_reading_when_cancelled_and_opens_nothing(qtbot, tmp_path):
    import openpyxl

    from gui.conduct.msel_reader import SheetReader

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Time", "Message"])
    for n in range(3_000):
        sheet.append(["D+0 09:00", f"m{n}"])
    workbook.save(tmp_path / "long.xlsx")
    reader = SheetReader(tmp_path / "long.xlsx")
    seen, tables = [], []
    reader.progressed.connect(lambda done, total: seen.append(done))
    reader.read.connect(tables.append)
    reader.cancel()                       # as the progress window's Cancel does
    with qtbot.waitSignal(reader.cancelled, timeout=20_000):
        reader.start()
    reader.wait()
    assert tables == [] and seen == [250]  # stopped at the first progress call, not at row 3,000


def test_startex_and_endex_from_the_sheet_are_set_with_the_import_in_one_undo_step(qtbot, document):
    from model.timeutil import utc

    before = exercise_window(document)
    dialog = open_dialog(qtbot, document, FIXTURES / "msel_corpus" / "national_dtg.csv")
    dialog.options_bar.window.setChecked(True)
    assert dialog.plan.valid and dialog.plan.proposed_window is not None
    dialog.do_import()
    assert exercise_window(document) == (utc(2011, 8, 21, 9), utc(2011, 8, 22, 12))
    assert len(stored(document)) == 4
    document.undo_stack.undo()
    assert exercise_window(document) == before and stored(document) == []
    document.undo_stack.redo()
    assert exercise_window(document) == (utc(2011, 8, 21, 9), utc(2011, 8, 22, 12))
    assert len(stored(document)) == 4 and document.undo_stack.count() == 1


def exercise_window(document) -> tuple:
    from model.queries import exercise_info
    info = exercise_info(document.file)
    return info.startex, info.endex
