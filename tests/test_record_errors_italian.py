"""A record or package refusal names its kind of row in one whole Italian sentence, not a glued English noun.

"no {what} with id 7" and "{what} 7 does not exist" put English nouns into Italian
sentences (and Italian agrees the rest with the noun's gender); each kind now has its own
sentences. The scans below keep every kind the sources name covered.
"""
from __future__ import annotations

import ast
import copy
from pathlib import Path

import pytest

from model.errors import _NOT_FOUND, NotFoundError, ValidationError
from model.package import things
from model.package.exchange import package_document
from model.package.fields import PackageError
from model.package.schema import SECTIONS, validate_document
from model.services import records
from model.services.branches import MEMBERS
from model.services.incidents import delete_incident, update_incident
from tests.support import in_italian

MODEL = Path(__file__).resolve().parent.parent / "model"


def _literal_arguments(function: str, index: int) -> set[str]:
    found = set()
    for path in MODEL.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and ast.unparse(node.func).rsplit(".", 1)[-1] == function
                    and len(node.args) > index and isinstance(node.args[index], ast.Constant)):
                found.add(node.args[index].value)
    return found


def test_every_kind_of_record_the_sources_name_has_its_own_sentences():
    fetched = _literal_arguments("fetch", 3) | {kind.capitalize() for kind in MEMBERS}
    assert fetched and fetched <= set(_NOT_FOUND), sorted(fetched - set(_NOT_FOUND))
    checked = _literal_arguments("check_fields", 2)
    assert checked and checked <= set(records._NOT_A_FIELD), sorted(checked - set(records._NOT_A_FIELD))
    sections = {section.what for section in SECTIONS} | {"an exercise package", "the catalogue"}
    assert sections <= set(things.NOT_A_FIELD), sorted(sections - set(things.NOT_A_FIELD))
    referenced = _literal_arguments("ref", 1)
    assert referenced and referenced <= set(things.REFERENCE), sorted(referenced - set(things.REFERENCE))


def test_a_missing_record_is_named_in_italian(default_doc):
    with in_italian(), pytest.raises(NotFoundError) as caught:
        delete_incident(default_doc, incident_id=999)
    assert str(caught.value) == "L'incidente 999 non esiste (potrebbe essere stato eliminato)"
    with pytest.raises(NotFoundError) as caught:
        delete_incident(default_doc, incident_id=999)
    assert str(caught.value) == "Incident 999 does not exist (it may have been deleted)"


def test_a_field_a_record_does_not_have_is_refused_in_italian(default_doc):
    with in_italian(), pytest.raises(ValidationError) as caught:
        update_incident(default_doc, incident_id=1, colour="red")
    assert "non è un campo di un incidente" in str(caught.value)
    assert caught.value.message == "non è un campo di un incidente"


@pytest.mark.parametrize("section, field, value, expected", [
    ("consultations", "signatory_id", 999, "nessun firmatario con identificativo 999"),
    ("commitments", "measure", "x", "nessuno strumento con codice 'x'"),
    ("incidents", "colour", "red", "non è un campo di un incidente"),
], ids=["missing signatory", "missing instrument", "unknown field"])
def test_a_package_refusal_names_the_kind_of_row_in_italian(default_doc, section, field, value, expected):
    document = copy.deepcopy(package_document(default_doc))
    document[section][0][field] = value
    with in_italian(), pytest.raises(PackageError) as caught:
        validate_document(document)
    assert caught.value.message == expected


def test_a_package_of_another_format_is_refused_in_italian():
    with in_italian(), pytest.raises(PackageError) as caught:
        validate_document({"format": 7})
    assert "è del formato 7;" in str(caught.value)


def test_a_batch_refusal_names_the_row_and_the_field_in_italian(default_doc):
    from model.services.signatories import create_signatories

    with in_italian(), pytest.raises(ValidationError) as caught:
        create_signatories(default_doc, entries=[{"code": "ZZ", "name": "Zedland"}, {"code": "ZZ", "name": "Zedland again"}])
    assert str(caught.value).startswith("Voce 1, codice: ")
    with pytest.raises(ValidationError) as caught:
        create_signatories(default_doc, entries=[{"code": "ZZ", "name": "Zedland"}, {"code": "ZZ", "name": "Zedland again"}])
    assert str(caught.value).startswith("Entry 1, code: ")
