"""Numbers a user reads (pledged quantities and values) are grouped with the chosen language's marks."""
from __future__ import annotations

from gui.core import i18n
from model.i18n import number_text
from model.provision_status import amount_text


def test_numbers_are_grouped_the_english_way_without_a_language():
    assert number_text(2500000.5, 2) == "2,500,000.50"
    assert number_text(1500) == "1,500"


def test_numbers_follow_the_italian_marks(qapp):
    i18n.install_translators(qapp, "it")
    try:
        assert number_text(2500000.5, 2) == "2.500.000,50"
        assert amount_text(1500, "instructors", 2500000.5, "EUR") == "1.500 instructors, EUR 2.500.000,50"
    finally:
        i18n.install_translators(qapp, "en")
    assert number_text(1500) == "1,500"
