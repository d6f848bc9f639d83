"""Real published MSELs through the import dialog, as a planner would open them (no hand edits).

T3SF's workbook and SEI Blueprint's sample import with the dialog's own guesses; Blueprint's JSON export
cannot be taken whole, and the dialog names the cell that stops it, as tests/test_msel_corpus.py does.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from model.timeutil import utc
from tests.test_msel_import_dialog import (  # noqa: F401 - the fixtures those tests use
    close_dialogs, default_doc, document, no_message_boxes, open_dialog, stored,
)
from tests.test_msel_import_options import settled

CORPUS = Path(__file__).parent / "fixtures" / "msel_corpus"


def test_t3sfs_workbook_imports_with_the_dialogs_guesses(qtbot, document):
    dialog = open_dialog(qtbot, document, CORPUS / "t3sf_msel.xlsx")
    headers = dialog.table.headers
    assert dialog.combo_for(headers.index("Date")).currentData() == "scenario_time"
    assert dialog.combo_for(headers.index("Script")).currentData() == "synopsis"
    assert dialog.combo_for(headers.index("Real Time")).currentData() is None   # kept beside the inject
    assert "Kept with each inject as additional fields (no inject field chosen): Real Time" in dialog.notices.text()
    assert dialog.import_button.isEnabled()
    settled(qtbot, dialog)
    dialog.grab().save("/tmp/msel-real-t3sf.png")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    injects = stored(document)
    assert len(injects) == 12
    assert min(i.scenario_time for i in injects) == utc(2026, 3, 2, 9, 30)


def test_blueprints_sample_imports_with_the_dialogs_guesses(qtbot, document):
    dialog = open_dialog(qtbot, document, CORPUS / "blueprint_sample_msel.xlsx")
    headers = dialog.table.headers
    assert dialog.combo_for(headers.index("Inject Description")).currentData() == "synopsis"
    assert dialog.combo_for(headers.index("Inject")).currentData() is None
    assert dialog.import_button.isEnabled() and len(dialog.plan.rows) == 11
    settled(qtbot, dialog)
    dialog.grab().save("/tmp/msel-real-blueprint-sample.png")


def test_blueprints_json_export_names_the_cell_that_stops_it(qtbot, document):
    dialog = open_dialog(qtbot, document, CORPUS / "blueprint_msel_export.json")
    assert "The 4 scenario events of the Blueprint MSEL were read as rows 2-5" in dialog.notices.text()
    dialog.set_field(dialog.table.headers.index("Type"), None)   # PDF, Notification: no inject types
    dialog.options_bar.shift.setChecked(True)
    assert dialog.problem_rows() == [("2", "Time", "is empty: every inject needs a scenario time")]
    assert not dialog.import_button.isEnabled()
    settled(qtbot, dialog)
    dialog.grab().save("/tmp/msel-real-blueprint-json.png")



def test_more_notices_than_four_lines_show_their_scroll_bar(qtbot, document):
    dialog = open_dialog(qtbot, document, CORPUS / "blueprint_msel_export.json")
    dialog.options_bar.shift.setChecked(True)
    settled(qtbot, dialog)
    assert len(dialog.plan.notices) > 4
    bar = dialog.notices_area.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0


def test_the_french_chronogramme_imports_with_its_zone_and_the_countdown_read_as_a_message(qtbot, document):
    dialog = open_dialog(qtbot, document, CORPUS / "murail_chronogramme.xlsx")
    # decompte: no inject type, and the problem says where the answer is.
    assert dialog.problem_rows() == [("52", "type", "'decompte' — is not one of: incident, message, contingency; "
                                                    "choose what it means in the Values tab")]
    assert dialog.lower_tabs.tabText(1) == "Values (2, 1 to choose)"
    dialog.options_bar.zone.setCurrentText("Europe/Paris")
    panel = dialog.value_panel
    texts = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    # Activating the problem (double-click, Enter) opens the Values tab at the value.
    dialog.errors.setCurrentItem(dialog.errors.topLevelItem(0))
    qtbot.keyClick(dialog.errors, Qt.Key.Key_Return)
    assert dialog.lower_tabs.currentWidget() is panel
    assert [index.row() for index in panel.table.selectionModel().selectedRows()] == [texts.index("decompte")]
    combo = panel.combo_for(texts.index("decompte"))
    combo.setCurrentIndex(combo.findData("message"))
    assert dialog.plan.valid and len(dialog.plan.rows) == 81
    assert dialog.lower_tabs.tabText(1) == "Values (2)"
    assert dialog.plan.rows[0].values["scenario_time"] == utc(2026, 3, 2, 8, 30)   # 09:30 in Paris
    settled(qtbot, dialog)
    dialog.grab().save("/tmp/msel-real-murail.png")


def test_in_italian_the_chronogrammes_values_and_notices_speak_italian(qtbot, document, qapp):
    """The Values tab named the column's field in English ('Inject Type'), and the notice that day-less times were
    put on STARTEX's day was missing: it looked for English words in the Italian notation."""
    from PySide6.QtCore import QLocale

    from gui.core import i18n

    locale = QLocale()
    i18n.install_translators(qapp, "it")
    try:
        dialog = open_dialog(qtbot, document, CORPUS / "murail_chronogramme.xlsx")
        panel = dialog.value_panel
        assert {panel.table.item(r, 0).text() for r in range(panel.table.rowCount())} == {"Tipo di inject"}
        assert dialog.lower_tabs.tabText(1) == "Valori (2, 1 da scegliere)"
        assert dialog.problem_rows()[0][2].endswith("; scegliere nella scheda Valori che cosa significa")
        assert "Le ore senza giorno sono state lette nel giorno di STARTEX (D+0)" in dialog.notices.text()
        settled(qtbot, dialog)
        dialog.lower_tabs.setCurrentIndex(1)
        dialog.grab().save("/tmp/msel-real-murail-it.png")
        dialog.close()
    finally:
        i18n.install_translators(qapp, "en")
        QLocale.setDefault(locale)
