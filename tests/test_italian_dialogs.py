"""English words found on the dialogs' screenshots in Italian (1280x800 and 1920x1080), each now Italian.

The commitment dialog said "Impegno — AL economic" and listed "New sanctions package"; Treaty Terms
showed the severities, the categories and the coordination arrangements in English; the inject
dialog offered "Airspace violation (drone/aircraft)"; the MSEL import said "→ message".
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from gui.core import i18n
from gui.incidents.commitment_dialog import CommitmentDialog
from gui.terms.editor import TreatyTermsDialog
from gui.terms.grid import initials
from model.msel.values import ValueChoice, mapped_summary


@pytest.fixture
def italian(qapp):
    before = QLocale()
    i18n.install_translators(qapp, "it")
    yield qapp
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_the_commitment_dialog_names_the_category_and_the_measures_in_italian(italian, qtbot, document):
    dialog = CommitmentDialog(document, incident_id=4, signatory_id=1, category="economic")
    qtbot.addWidget(dialog)
    assert "economico" in dialog.windowTitle() and "economic " not in dialog.windowTitle() + " "
    measures = [dialog.measure.itemText(i) for i in range(dialog.measure.count())]
    assert any(m.startswith("Nuovo pacchetto di sanzioni") for m in measures), measures
    assert not any(m.startswith("New sanctions package") for m in measures)


def test_treaty_terms_show_severities_categories_and_coordination_in_italian(italian, qtbot, document):
    dialog = TreatyTermsDialog(document)
    qtbot.addWidget(dialog)
    coordination = dialog.findChild(QComboBox, "coordination")
    texts = [coordination.itemText(i) for i in range(coordination.count())]
    assert any(t.startswith("Cellula di coordinamento") for t in texts), texts
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("S1 zona grigia") for t in labels)
    assert not any(t.startswith("S1 grey-zone") for t in labels)
    boxes = {box.text() for box in dialog.findChildren(QCheckBox)}
    assert {"Politico", "Umanitario"} <= boxes
    assert initials()["humanitarian"] == "U", "the chip's letter is the Italian name's"


def test_the_msel_import_names_the_inject_types_it_read_in_italian(italian):
    choices = [ValueChoice("inject_type", 4, "Contextual", 3, "message", "message")]
    (line,) = mapped_summary(choices, {"inject_type": "Tipo di inject"})
    assert "Contextual → messaggio" in line


def test_the_incident_inspector_names_the_type_and_severity_in_italian(italian, qtbot, document):
    from gui.incidents.inspector import IncidentInspector

    inspector = IncidentInspector()
    qtbot.addWidget(inspector)
    inspector.set_document(document)
    inspector.edit_incident(4)
    assert "Blocco navale" in inspector.title.text() and "Naval blockade" not in inspector.title.text()
    assert inspector.type_combo.currentText().startswith("Blocco navale")
    severities = [inspector.severity_combo.itemText(i) for i in range(inspector.severity_combo.count())]
    assert severities[0].startswith("S1 zona grigia"), severities


def test_the_file_dialog_labels_its_folder_and_type_fields_in_italian(italian, qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from gui.core.dialogs import file_dialog

    dialog = file_dialog(None, "Esporta", tmp_path, "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "Cerca in:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "File di tipo:"
