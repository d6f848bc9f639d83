"""A damaged file's message names the bad row and field in the chosen language, not in the table's English.

The detail is built in model/storage/stored_values.py from each table's row name and each
column's words; in Italian the whole sentence, the row, the field and the problem are Italian.
"""
from __future__ import annotations

import pytest

from model.errors import ExerciseFileError
from model.storage import stored_values, value_words
from model.storage.exercise_file import ExerciseFile
from tests.support import corrupted, in_italian, italian_catalogue


def test_every_field_and_table_the_message_names_is_marked_for_translation():
    words = {column.words for table in stored_values.TABLES for column in table.columns}
    tables = {table.name.replace("_", " ") for table in stored_values.TABLES}
    assert words <= set(value_words.FIELD_WORDS), sorted(words - set(value_words.FIELD_WORDS))
    assert tables <= set(value_words.TABLE_WORDS), sorted(tables - set(value_words.TABLE_WORDS))
    catalogue = italian_catalogue()
    untranslated = sorted(w for w in words | tables if ("model.storage.value_words", w) not in catalogue)
    untranslated += sorted(t.row for t in stored_values.TABLES
                           if ("model.storage.stored_values", t.row) not in catalogue)
    assert not untranslated, untranslated


@pytest.mark.parametrize("statement, expected", [
    ("UPDATE signatory SET approval_lead_hours = 'abc' WHERE id = 7",
     "il file è danneggiato: firmatario 7, campo «tempo di preavviso per l'approvazione»: 'abc', "
     "non un numero intero;"),
    ("UPDATE signatory SET nato = 2 WHERE id = 4",
     "firmatario 4, campo «appartenenza alla NATO»: 2, non sì o no;"),
    ("UPDATE treaty_terms SET tiers = 'not json'",
     "termini del trattato 1, campo «livelli di consultazione»: 'not json', non un elenco di ore crescenti;"),
    ("UPDATE incident SET occurred_at = X'0102' WHERE id = 2",
     "incidente 2, campo «ora»: dati binari (2 byte), non un orario;"),
], ids=["whole number", "yes or no", "JSON shape", "binary time"])
def test_the_damaged_value_is_named_in_italian(statement, expected, default_template, tmp_path):
    path = corrupted(default_template, tmp_path / "case", statement)
    with in_italian(), pytest.raises(ExerciseFileError) as caught:
        ExerciseFile.open(path)
    assert expected in str(caught.value)


def test_a_row_naming_a_missing_one_names_the_missing_table_in_italian(default_template, tmp_path):
    path = corrupted(default_template, tmp_path / "case", "PRAGMA foreign_keys = OFF",
                     "UPDATE consultation SET signatory_id = 999 WHERE id = (SELECT min(id) FROM consultation)")
    with in_italian(), pytest.raises(ExerciseFileError) as caught:
        ExerciseFile.open(path)
    message = str(caught.value)
    assert "campo «firmatario»: 999, che non rimanda ad alcun elemento «firmatario» dell'esercitazione" in message
    assert "names no" not in message


def test_a_missing_required_row_is_named_in_italian(default_template, tmp_path):
    path = corrupted(default_template, tmp_path / "case", "DELETE FROM clock_state")
    with in_italian(), pytest.raises(ExerciseFileError) as caught:
        ExerciseFile.open(path)
    assert "il file è danneggiato: manca l'orologio dell'esercitazione;" in str(caught.value)
