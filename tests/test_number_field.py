"""Figures are typed and shown in the language's writing: ``2.500.000,50`` in Italian, ``2,500,000.50`` in English.

Both store the same value; what could be read two ways (``2.5`` where ``.`` groups thousands)
is refused with the reason and an example, never guessed. The one reader is model/numbers.py;
the standing-provision editor's figures are gui/core/number_field.py's fields over it.
"""
from __future__ import annotations

import pytest

from gui.core.number_field import NumberField
from gui.provisions.dock import ProvisionsDock
from gui.provisions.editor import PROVISION, ProvisionEditor
from model.errors import ValidationError
from model.numbers import amount_text, parse_number
from model.provision_status import load_book
from tests.support import in_italian


@pytest.mark.parametrize("text,value", [("2,500,000.50", 2500000.5), ("2500000.5", 2500000.5), ("12", 12.0),
                                        ("1,500", 1500.0), ("0.25", 0.25), (" 7 ", 7.0), ("", None)])
def test_english_figures(text, value):
    assert parse_number("value", text) == value


@pytest.mark.parametrize("text,value", [("2.500.000,50", 2500000.5), ("2500000,5", 2500000.5), ("12", 12.0),
                                        ("1.500", 1500.0), ("0,25", 0.25), ("2 500 000,50", 2500000.5), ("", None)])
def test_italian_figures(text, value):
    with in_italian():
        assert parse_number("value", text) == value


@pytest.mark.parametrize("text", ["2,5", "1,50,000", "12 units", "1.2.3", "--3", ",", "1,0000"])
def test_malformed_english_figures_are_refused_with_an_example(text):
    with pytest.raises(ValidationError) as refused:
        parse_number("value", text)
    assert refused.value.field == "value" and "2,500,000.50" in str(refused.value) and text.strip() in str(refused.value)


@pytest.mark.parametrize("text", ["2.5", "1.50", "2,5,0", "dieci", "1.0000"])
def test_malformed_italian_figures_are_refused_in_italian(text):
    with in_italian(), pytest.raises(ValidationError) as refused:
        parse_number("value", text)
    assert "non è un numero" in str(refused.value) and "2.500.000,50" in str(refused.value)


def test_a_figure_is_shown_back_as_it_is_typed_in_each_language():
    assert amount_text(2500000.5) == "2,500,000.50" and amount_text(12.0) == "12" and amount_text(None) == ""
    with in_italian():
        assert amount_text(2500000.5) == "2.500.000,50" and amount_text(0.125) == "0,125"
        assert parse_number("value", amount_text(1234567.875)) == 1234567.875


def test_the_field_reads_and_shows_the_language(qtbot):
    with in_italian():
        field = NumberField("value", 2500000.5, example=150000000)
        qtbot.addWidget(field)
        assert field.text() == "2.500.000,50" and field.placeholderText() == "150.000.000"
        field.setText("1.234,5")
        assert field.value() == 1234.5
        field.set_value(3.0)
        assert field.text() == "3"


def test_the_provision_editor_stores_an_italian_figure_and_refuses_a_malformed_one(qtbot):
    stored: list[dict] = []
    with in_italian():
        editor = ProvisionEditor(PROVISION, {"value": 2500000.5, "quantity": 12.0}, startex=0,
                                 store=lambda values: stored.append(values) or None, signatories=[(1, "DE — Germania")])
        qtbot.addWidget(editor)
        editor.open()
        assert editor.fields["value"].text() == "2.500.000,50" and editor.fields["quantity"].text() == "12"
        editor.fields["value"].setText("2.5")
        editor.accept()
        assert editor.isVisible() and not stored
        assert editor.message.text().startswith("Valore: '2.5' non è un numero")
        editor.fields["value"].setText("3.000.000,75")
        editor.accept()
    assert not editor.isVisible() and stored[0]["value"] == 3000000.75 and stored[0]["quantity"] == 12.0


@pytest.mark.usefixtures("isolated")
def test_a_provision_value_typed_in_italian_is_stored_and_comes_back_the_same(qtbot, document):
    dock = ProvisionsDock()
    qtbot.addWidget(dock)
    dock.set_document(document)
    with in_italian():
        editor = dock.add_provision()
        editor.fields["title"].setText("Munizioni")
        editor.fields["value"].setText("2.500.000,50")
        editor.fields["currency"].setText("EUR")
        editor.accept()
        assert not editor.isVisible(), editor.message.text()
    added = [p for p in load_book(document.file).provisions if p.title == "Munizioni"]
    assert [p.value for p in added] == [2500000.5]
    # English reads the stored value back in its own writing
    assert amount_text(added[0].value) == "2,500,000.50"
