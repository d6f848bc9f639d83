"""The exercise marking stays "EXERCISE EXERCISE EXERCISE" in Italian; the Italian word is in the classification.

The marking is a safety word for whoever finds a page or a message out of context; in a
multinational exercise that reader may be any ally's, and NATO practice keeps the English
words in message traffic whatever the language. So Pactline prints them in every language
(the README's Translations section says why), and the Italian default exercise's own
classification, "NON CLASSIFICATO // ESERCITAZIONE", carries the Italian word beside it.
An Italian national sheet headed "ESERCITAZIONE ESERCITAZIONE ESERCITAZIONE" imports as
one headed by Pactline's own marking: the title row is passed over without a notice.
"""
from __future__ import annotations

from model.comparison_table import marking_line as table_marking
from model.default_exercise import create_default_exercise
from model.msel.spreadsheets import marking_line, read_msel
from tests.support import in_italian


def test_an_italian_exercise_is_marked_in_both_words(tmp_path):
    with in_italian():
        doc = create_default_exercise(tmp_path / "it.pactline")
        try:
            line = marking_line(doc)
        finally:
            doc.close()
        assert line == "EXERCISE EXERCISE EXERCISE — NON CLASSIFICATO // ESERCITAZIONE"
        assert table_marking("NON CLASSIFICATO") == "EXERCISE EXERCISE EXERCISE — NON CLASSIFICATO"


def _sheet(tmp_path, title: str):
    path = tmp_path / "msel.csv"
    path.write_text(f"{title}\nTime,Synopsis\nD+0 06:00,Nota diplomatica\nD+0 07:00,Seconda nota\n", encoding="utf-8")
    return path


def test_a_sheet_headed_by_an_italian_national_marking_imports_without_a_notice(tmp_path):
    with in_italian():
        table = read_msel(_sheet(tmp_path, "ESERCITAZIONE ESERCITAZIONE ESERCITAZIONE — NON CLASSIFICATO"))
    assert table.headers == ["Time", "Synopsis"] and len(table.rows) == 2
    assert not [n for n in table.notices if "riga" in n.lower() or "row" in n.lower()]


def test_another_title_row_is_still_said_to_be_skipped(tmp_path):
    table = read_msel(_sheet(tmp_path, "Piano degli inject"))
    assert table.headers == ["Time", "Synopsis"]
    assert any("above the header" in n for n in table.notices)
