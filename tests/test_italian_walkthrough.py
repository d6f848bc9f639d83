"""English words found walking through planning, conduct and the AAR in Italian, each kept Italian.

Found on the screenshots (MSEL import dialog, main window) and in the text of the
Italian AAR: the import dialog said "Ore interpretate come: ore interpretate come:"
and showed "03 Mar" in its preview; the AAR's branch section said "Not resolved in
play" and "(planned)"; its log table showed the stored kinds ("commitment").
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from gui.core import i18n
from gui.core.document import ExerciseDocument
from gui.conduct.msel_import_dialog import MselImportDialog
from gui.report.blocks import Table
from gui.report.pdf import report_blocks
from model.msel.spreadsheets import read_msel
from model.report_content import build_report_content
from model.storage.exercise_file import ExerciseFile


@pytest.fixture
def italian(qapp):
    before = QLocale()
    i18n.install_translators(qapp, "it")
    yield qapp
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_the_msel_import_dialog_names_its_notations_once_and_its_months_in_italian(italian, qtbot, tmp_path,
                                                                                    document_without_msel):
    sheet = tmp_path / "msel.csv"
    sheet.write_text("Time,Message\nD+1 10:00,primo\nlunedì 09:30,secondo\n", encoding="utf-8")
    dialog = MselImportDialog(document_without_msel, sheet, read_msel(sheet))
    qtbot.addWidget(dialog)
    label = dialog.notation_label.text()
    assert label.startswith("Ore interpretate come: ") and label.lower().count("interpretate come") == 1
    assert "giorno e ora (D+n hh:mm) ×1" in label
    time_column = dialog.preview_model.fields.index("scenario_time")
    assert dialog.preview_model.index(0, time_column).data() == "D+1 10:00 · 03 mar 10:00Z"


def test_the_aar_names_the_log_kinds_and_the_branch_states_in_italian(italian, default_template):
    doc = ExerciseFile.open(default_template, read_only=True)
    try:
        content = build_report_content(doc)
        blocks = report_blocks(content)
    finally:
        doc.close()
    point = content.branches[0]
    assert point.resolution == "Non risolto nel gioco"
    injects = [line for outcome in point.outcomes for line in outcome.injects]
    assert injects and all("(planned)" not in line and "(pianificato)" in line for line in injects)
    log = next(b for b in blocks if isinstance(b, Table) and b.headers[:2] == ["N.", "Scenario"])
    kinds = {row[3].text for row in log.rows}
    assert {"Impegno", "Inject"} <= kinds and not kinds & {"commitment", "attendance", "clock", "inject"}


def test_english_stays_english(qapp, default_template):
    i18n.install_translators(qapp, "en")
    doc = ExerciseFile.open(default_template, read_only=True)
    try:
        content = build_report_content(doc)
    finally:
        doc.close()
    assert content.branches[0].resolution == "Not resolved in play"


def test_a_refused_field_is_named_in_italian(italian, default_doc):
    """The validation message box said "Incident type: un inject di incidente richiede un tipo di incidente."."""
    from model.errors import ValidationError
    from model.services.injects import create_inject

    with pytest.raises(ValidationError) as refused:
        create_inject(default_doc, number="99", scenario_time=None, inject_type="incident", synopsis="x")
    assert str(refused.value).startswith(("Ora dello scenario: ", "Tipo di incidente: ")), str(refused.value)
    assert str(ValidationError("severity", "x")) == "Gravità: x."


def test_the_lock_message_names_the_holder_in_italian(italian, default_template, tmp_path):
    """"è già aperto in un altro Pactline by root on vm (process 394) since …" mixed both languages."""
    import json
    import os

    from model.storage.file_lock import _describe_holder

    lock = tmp_path / "lock"
    lock.write_text(json.dumps({"user": "rossi", "host": "pc-12", "pid": 394, "since": "2026-03-02 09:00 UTC"}))
    fd = os.open(lock, os.O_RDONLY)
    try:
        assert _describe_holder(fd) == " da rossi su pc-12 (processo 394) dal 2026-03-02 09:00 UTC"
    finally:
        os.close(fd)



def test_the_parties_table_names_its_months_in_italian(italian):
    from datetime import date

    from gui.terms.parties import _day

    assert _day(date(2026, 12, 3)) == "03 dic 2026"


def test_no_view_names_a_day_or_month_through_strftime():
    """%a/%b follow the C library's locale, not the chosen language (the capital clocks said "Wed", the
    timeline's date row and the parties table "Dec"): names come from model.i18n or QLocale."""
    import ast
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    found = []
    for path in [*(root / "gui").rglob("*.py"), *(root / "model").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
                      and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings \
                    and re.search(r"%[aAbB]\b", node.value):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not found, found
