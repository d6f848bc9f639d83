"""The exercise marking on every window, dialog and export (issue: Conduct, Markings)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from gui.core import dialog_marking
from gui.conduct.clock_dialogs import SetTimeDialog
from gui.terms.exercise_settings_dialog import ExerciseSettingsDialog
from gui.core.marking_banner import MarkingBanner
from gui.conduct.msel_import_dialog import MselImportDialog
from gui.projector.window import ProjectorWindow
from gui.roster.signatory_dialog import SignatoryListDialog
from gui.terms.editor import TreatyTermsDialog
from gui.report.timeline_image import export_png, export_svg
from model import queries
from model.msel.spreadsheets import export_msel, read_msel
from model.services import exercise
from model.timeutil import utc

MARKING = "EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE"


@pytest.fixture(autouse=True)
def dialog_markings(qapp):
    """Dialogs carry the exercise's marking, as main.py installs it (before any window opens)."""
    dialog_marking.install(qapp)
    yield
    dialog_marking.set_marking(None, "#546e7a")


def banners(widget) -> list[str]:
    return [b.full_text() for b in widget.findChildren(MarkingBanner)]


def test_the_main_window_and_the_projector_carry_the_marking(window, qtbot):
    assert window.banner.full_text() == MARKING
    projector = ProjectorWindow(window.document)
    qtbot.addWidget(projector)
    projector.show()
    assert MARKING in banners(projector)


def dialogs_to_show(window, tmp_path):
    document = window.document
    info = queries.exercise_info(document.file)
    sheet = tmp_path / "msel.csv"
    export_msel(document.file, sheet)
    return [
        TreatyTermsDialog(document, window),
        ExerciseSettingsDialog(document, window),
        SetTimeDialog(window, current=info.startex, startex=info.startex),
        SignatoryListDialog({"GB"}, window),
        MselImportDialog(document, sheet, read_msel(sheet), window),
    ]


def test_every_dialog_shows_the_marking_strip_and_names_the_classification(window, tmp_path, qtbot):
    for dialog in dialogs_to_show(window, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        assert MARKING in banners(dialog), type(dialog).__name__
        assert "UNCLASSIFIED // EXERCISE" in dialog.windowTitle(), type(dialog).__name__
        dialog.close()
    box = QMessageBox(QMessageBox.Icon.Warning, "Pactline", "A message", QMessageBox.StandardButton.Ok, window)
    qtbot.addWidget(box)
    box.show()
    assert box.windowTitle() == "Pactline — UNCLASSIFIED // EXERCISE"
    box.close()


def test_a_marked_dialog_grows_to_what_its_contents_need(window, qtbot):
    """The strip comes after Qt sized the dialog, and a refusal can wrap: no field is squeezed or cut off."""
    dialog = SetTimeDialog(window, current=utc(2026, 3, 3), startex=utc(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.show()

    def fits() -> bool:
        layout = dialog.layout()
        layout.activate()
        return dialog.height() >= layout.totalHeightForWidth(dialog.width())

    qtbot.waitUntil(lambda: MARKING in banners(dialog) and fits())
    assert dialog.field.height() >= dialog.field.sizeHint().height()
    before = dialog.height()
    dialog.field.setText("not a time at all, " * 4)
    assert dialog.reading.heightForWidth(dialog.reading.width()) > dialog.fontMetrics().lineSpacing() * 2
    qtbot.waitUntil(fits)
    assert dialog.height() > before
    assert dialog.reading.height() >= dialog.reading.heightForWidth(dialog.reading.width())


def test_a_narrow_dialog_shows_the_short_marking_whole(window, qtbot):
    from PySide6.QtWidgets import QInputDialog
    dialog = QInputDialog(window)
    dialog.setLabelText("Exercise name:")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(MarkingBanner)) and dialog.findChild(MarkingBanner).isVisible())
    banner = dialog.findChild(MarkingBanner)
    assert banner.full_text() == MARKING
    assert banner.width() < banner.fontMetrics().horizontalAdvance(MARKING) + 24      # too narrow for the full one
    assert banner.text() == "EXERCISE — UNCLASSIFIED // EXERCISE"
    assert banner.fontMetrics().horizontalAdvance(banner.text()) <= banner.width()


def test_a_changed_marking_reaches_dialogs_opened_afterwards(window, tmp_path, qtbot):
    exercise.update_exercise(window.document.file, classification="NATO RESTRICTED // EXERCISE",
                             marking_colour="#b71c1c")
    window.document.reload()
    window._show_exercise_info()
    dialog = SetTimeDialog(window, current=utc(2026, 3, 3), startex=utc(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "EXERCISE EXERCISE EXERCISE — NATO RESTRICTED // EXERCISE" in banners(dialog)


def test_exported_timeline_images_and_msel_sheets_carry_the_marking(window, tmp_path):
    png = tmp_path / "timeline.png"
    size = export_png(window.timeline, png, width_px=1600)
    image = QImage(str(png))
    assert image.size() == size
    green = image.pixelColor(5, 5).name(), image.pixelColor(5, image.height() - 5).name()
    assert green == ("#2e7d32", "#2e7d32")           # the marking band, top and bottom
    svg = tmp_path / "timeline.svg"
    export_svg(window.timeline, svg)
    assert MARKING in svg.read_text(encoding="utf-8")
    sheet = tmp_path / "msel.csv"
    export_msel(window.document.file, sheet)
    assert sheet.read_text(encoding="utf-8-sig").splitlines()[0] == MARKING
    table = read_msel(sheet)
    assert table.header_row == 3 and not table.notices     # the importer skips it (and the log's head) quietly
