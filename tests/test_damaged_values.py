"""Files SQLite finds intact whose values Pactline never wrote: refused at open, naming row and field.

Each file is built with the model (the default exercise), then corrupted with
plain sqlite3 as another program would. Opening must raise the same kind of
ExerciseFileError as any other damaged file, leave every byte as it was and
nothing beside it.
"""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from model.errors import ExerciseFileError
from model.storage.exercise_file import ExerciseFile
from tests.support import BAD_UTF8, corrupted


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


HOWITZERS = "INSERT INTO provision VALUES (901, 2, 'armed_forces', 'Howitzers', 4, 'guns', NULL, '', '', 1)"
# case -> (statement or statements, words the message must contain)
DAMAGED_VALUES = {
    "tiers not JSON": ("UPDATE treaty_terms SET tiers = 'not json'",
                       ("treaty terms 1's consultation tiers", "'not json'")),
    "tiers not increasing": ("UPDATE treaty_terms SET tiers = '[48, 24]'", ("treaty terms 1's consultation tiers",)),
    "severity rule not a mapping": ("UPDATE treaty_terms SET severity_tiers = '[0, 1]'",
                                    ("treaty terms 1's severity rule",)),
    "severity rule names a missing tier": (
        """UPDATE treaty_terms SET severity_tiers = '{"1": 7, "2": 2, "3": 1, "4": 0, "5": 0}'""",
        ("treaty terms 1's severity rule",)),
    "scope with an unknown category": ("""UPDATE treaty_terms SET categories = '["diplomatic"]'""",
                                       ("treaty terms 1's categories in scope",)),
    "proportionality not JSON": (
        "UPDATE proportionality_rule SET categories = '{' WHERE incident_type = 'airspace_violation' "
        "AND severity = 1", ("proportionality rule of treaty terms 1 for airspace_violation S1", "categories")),
    "proportionality rule of an unreadable type": (
        f"UPDATE proportionality_rule SET incident_type = {BAD_UTF8} WHERE incident_type = 'airspace_violation' "
        "AND severity = 2", ("proportionality rule of treaty terms 1 for Netherl\ufffdnds S2's incident type "
                             "is not readable text",)),
    "proportionality severity 7": (
        "UPDATE proportionality_rule SET severity = 7 WHERE incident_type = 'airspace_violation' AND severity = 1",
        ("for airspace_violation S7", "severity", "not between 1 and 5")),
    "option of an unknown kind": ("UPDATE treaty_terms SET kind = 'alliance' WHERE id = 2",
                                  ("treaty terms 2's kind of option", "'alliance'", "not one of")),
    "party bound from 'soon'": ("UPDATE treaty_party SET bound_from = 'soon' WHERE id = 31",
                                ("treaty party 31's time bound from", "'soon'", "not a time")),
    "party on an unknown basis": ("UPDATE treaty_party SET basis = 'promised' WHERE id = 32",
                                  ("treaty party 32's basis", "'promised'", "not one of")),
    "pledges not JSON": ("UPDATE signatory SET pledges = 'sanctions' WHERE id = 3", ("signatory 3's pledges",)),
    "lead time 'abc'": ("UPDATE signatory SET approval_lead_hours = 'abc' WHERE id = 7",
                        ("signatory 7's approval lead time", "'abc'", "not a whole number")),
    "NATO flag 2": ("UPDATE signatory SET nato = 2 WHERE id = 4", ("signatory 4's NATO membership", "not yes or no")),
    "agreement date 30 February": ("UPDATE signatory SET agreement_date = '2024-02-30' WHERE id = 5",
                                   ("signatory 5's agreement date", "'2024-02-30'", "not a date")),
    "incident time 'garbage'": ("UPDATE incident SET occurred_at = 'garbage' WHERE id = 2",
                                ("incident 2's time", "'garbage'", "not a time")),
    "branch point time 'soon'": ("UPDATE branch_point SET at = 'soon' WHERE id = 1",
                                 ("branch point 1's time", "'soon'", "not a time")),
    "outcome played 2": ("UPDATE outcome SET played = 2 WHERE id = 2", ("outcome 2's played flag", "not yes or no")),
    "incident on outcome 'x'": ("UPDATE incident SET outcome_id = 'x' WHERE id = 2",
                                ("incident 2's outcome", "'x'", "not a whole number")),
    "inject on a missing outcome": ("UPDATE inject SET outcome_id = 99 WHERE id = 1",
                                    ("inject 1's outcome is 99, which names no outcome of the exercise",)),
    # Ids from 901: the default exercise may hold provisions of its own.
    "provision of an unknown kind": (
        "INSERT INTO provision VALUES (901, 2, 'loans', 'Credit line', NULL, '', 5, 'EUR', '', 0)",
        ("provision 901's kind", "'loans'", "not one of")),
    "pledged quantity negative": (
        "INSERT INTO provision VALUES (901, 2, 'armed_forces', 'Howitzers', -4, 'guns', NULL, '', '', 1)",
        ("provision 901's pledged quantity", "-4", "not an amount of 0 or more")),
    "pledged value text": (
        "INSERT INTO provision VALUES (901, 2, 'intelligence', 'Liaison', NULL, '', 'lots', 'EUR', '', 0)",
        ("provision 901's pledged value", "'lots'", "not an amount")),
    "milestone due 'soon'": (
        (HOWITZERS, "INSERT INTO provision_milestone VALUES (901, 901, 'soon', 'First two', 2, NULL)"),
        ("provision milestone 901's due time", "'soon'", "not a time")),
    "milestone of a missing provision": (
        "INSERT INTO provision_milestone VALUES (901, 908, '2026-03-04T00:00:00Z', 'First two', 2, NULL)",
        ("provision milestone 901's provision is 908, which names no provision of the exercise",)),
    "delivery quantity infinite": (
        (HOWITZERS, "INSERT INTO provision_delivery VALUES (901, 901, NULL, '2026-03-04T00:00:00Z', 9e999, NULL, '')"),
        ("provision delivery 901's quantity delivered", "inf")),
    "delivery against a missing milestone": (
        (HOWITZERS, "INSERT INTO provision_delivery VALUES (901, 901, 905, '2026-03-04T00:00:00Z', 2, NULL, '')"),
        ("provision delivery 901's milestone is 905, which names no provision milestone of the exercise",)),
    "variant journal not JSON": (
        "INSERT INTO what_if_variant VALUES (901, 'Slow Rome', '2026-03-02T09:00:00Z', 'undo', '')",
        ("what-if variant 901's journal", "'undo'", "not a list of service calls")),
    "variant journal step without kwargs": (
        """INSERT INTO what_if_variant VALUES (901, 'Slow Rome', '2026-03-02T09:00:00Z', """
        """'[{"service": "incidents.update_incident"}]', '')""",
        ("what-if variant 901's journal", "not a list of service calls")),
    "variant journal service a number": (
        """INSERT INTO what_if_variant VALUES (901, 'Slow Rome', '2026-03-02T09:00:00Z', """
        """'[{"service": 7, "kwargs": {}}]', '')""", ("what-if variant 901's journal",)),
    "variant created 'today'": (
        "INSERT INTO what_if_variant VALUES (901, 'Slow Rome', 'today', '[]', '')",
        ("what-if variant 901's creation time", "'today'", "not a time")),
    "inject asks a missing branch point": (
        "UPDATE inject SET asks_branch_point_id = 42 WHERE id = 1",
        ("inject 1's branch point it asks to resolve is 42, which names no branch point of the exercise",)),
    "inject asks branch point 'x'": (
        "UPDATE inject SET asks_branch_point_id = 'x' WHERE id = 1",
        ("inject 1's branch point it asks to resolve", "'x'", "not a whole number")),
    "clock time 'garbage'": ("UPDATE clock_state SET scenario_time = 'garbage'",
                             ("the exercise clock's scenario time", "'garbage'")),
    "STARTEX without a zone": ("UPDATE exercise_info SET startex = '2026-03-02 06:00:00'",
                               ("the exercise's STARTEX", "not a time")),
    "commitment time a number": ("UPDATE commitment SET announced_at = 12 WHERE id = 4",
                                 ("commitment 4's announcement time", "12")),
    "log time 'garbage'": ("INSERT INTO log_entry (id, scenario_time, wall_time, author, kind, text, prev_hash, hash) "
                           "VALUES (100000, '2026-03-02T06:00:00Z', 'garbage', 'x', 'note', 'x', '', '')",
                           ("log entry 100000's wall time",)),
    "inject delivery 'garbage'": ("UPDATE inject SET delivery_time = 'garbage' WHERE id = 3",
                                  ("inject 3's delivery time",)),
    "inject additional fields not JSON": ("UPDATE inject SET additional_fields = 'Remarks' WHERE id = 3",
                                          ("inject 3's additional fields", "'Remarks'",
                                           "not a set of named text fields")),
    "inject additional field a number": ("UPDATE inject SET additional_fields = '{\"Remarks\": 3}' WHERE id = 2",
                                         ("inject 2's additional fields", "not a set of named text fields")),
    "inject title not UTF-8": (f"UPDATE inject SET title = {BAD_UTF8} WHERE id = 2",
                               ("inject 2's title is not readable text",)),
    "signatory name not UTF-8": (f"UPDATE signatory SET name = {BAD_UTF8} WHERE id = 7",
                                 ("signatory 7's name is not readable text",)),
    "approval basis not UTF-8": (f"UPDATE signatory SET approval_basis = {BAD_UTF8} WHERE id = 7",
                                 ("signatory 7's approval basis is not readable text",)),
    "inject synopsis not UTF-8": (f"UPDATE inject SET synopsis = {BAD_UTF8} WHERE id = 2",
                                  ("inject 2's synopsis is not readable text",)),
    "name binary data": ("UPDATE signatory SET name = X'00FF' WHERE id = 1",
                         ("signatory 1's name", "binary data (2 bytes)", "not text")),
    "commitment category unknown": ("UPDATE commitment SET category = 'bogus' WHERE id = 5",
                                    ("commitment 5's category", "'bogus'", "not one of: political")),
    "incident of a type not in the catalogue": (
        "UPDATE incident SET incident_type = 'alien_invasion' WHERE id = 3",
        ("incident 3's incident type is 'alien_invasion', which names no incident type of the exercise",)),
    "records of a signatory that is gone": ("DELETE FROM signatory WHERE id = 9",
                                            ("'s signatory is 9, which names no signatory of the exercise",)),
    "clock speed -1": ("UPDATE clock_state SET speed = -1", ("the exercise clock's speed", "-1")),
    "clock speed 0": ("UPDATE clock_state SET speed = 0", ("the exercise clock's speed", "0")),
    "clock speed 20000": ("UPDATE clock_state SET speed = 20000", ("the exercise clock's speed", "20000")),
    "clock speed 1e308": ("UPDATE clock_state SET speed = 1e308", ("the exercise clock's speed", "1e+308")),
    "clock speed infinite": ("UPDATE clock_state SET speed = 9e999", ("the exercise clock's speed", "inf")),
    "clock speed text": ("UPDATE clock_state SET speed = 'fast'", ("the exercise clock's speed", "'fast'")),
}


@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
@pytest.mark.parametrize("case", list(DAMAGED_VALUES))
def test_a_value_pactline_never_wrote_is_refused_untouched(case, read_only, default_template, tmp_path):
    statements, words = DAMAGED_VALUES[case]
    path = corrupted(default_template, tmp_path / "case",
                     *((statements,) if isinstance(statements, str) else statements))
    before = fingerprint(path.parent)
    with pytest.raises(ExerciseFileError) as caught:
        ExerciseFile.open(path, read_only=read_only)
    message = str(caught.value)
    assert message.startswith(f"Cannot open {path}: the file is damaged: ")
    assert message.endswith("; restore it from a copy")
    for word in words:
        assert word in message, f"{case}: {word!r} not in {message!r}"
    assert fingerprint(path.parent) == before, "the file changed, or something was left beside it"


def test_the_default_exercise_and_edited_files_pass(default_template, tmp_path):
    path = corrupted(default_template, tmp_path / "case",
                     "UPDATE signatory SET agreement_date = NULL WHERE id = 2",
                     "UPDATE signatory SET name = 'Nederland — Koninkrijk' WHERE id = 7",
                     "UPDATE clock_state SET speed = 10000",
                     "UPDATE commitment SET effective_at = '2024-02-29T23:59:59Z' WHERE id = 1",
                     # Whole and fractional amounts, none at all, zero; an empty journal and one step.
                     HOWITZERS.replace("4, 'guns', NULL", "4.5, 'guns', 0"),
                     "INSERT INTO provision_milestone VALUES (901, 901, '2026-03-04T00:00:00Z', 'All', NULL, NULL)",
                     "INSERT INTO provision_delivery VALUES (901, 901, 901, '2026-03-04T00:00:00Z', 4, 1e9, 'x')",
                     "INSERT INTO what_if_variant VALUES (901, 'Empty', '2026-03-02T09:00:00Z', '[]', '')",
                     """INSERT INTO what_if_variant VALUES (902, 'One', '2026-03-02T09:00:00Z', """
                     """'[{"service": "incidents.delete_incident", "kwargs": {"incident_id": 2}}]', '')""",
                     "UPDATE inject SET asks_branch_point_id = (SELECT min(id) FROM branch_point) WHERE id = 1")
    ExerciseFile.open(path).close()


def test_the_first_damaged_value_is_named_when_there_are_several(default_template, tmp_path):
    path = corrupted(default_template, tmp_path / "case", "UPDATE signatory SET approval_lead_hours = 'x'",
                     "UPDATE clock_state SET speed = 0")
    with pytest.raises(ExerciseFileError, match="the exercise clock's speed"):
        ExerciseFile.open(path)


def test_every_column_of_every_table_is_checked_as_what_the_entities_store():
    from sqlalchemy import Boolean, Date, Float, Integer, String, Text

    from model.storage import schema   # noqa: F401  (maps every entity)
    from model.entities import Base
    from model.storage.stored_values import BOOL, DATE, INT, SPEED, TABLES, TEXT, TIME
    from model.timeutil import StoredDate, UtcDateTime

    kinds = {UtcDateTime: TIME, StoredDate: DATE, Boolean: BOOL, Date: DATE, Float: SPEED, Integer: INT, String: TEXT, Text: TEXT}
    # A float that is not a clock speed says what it is (the provisions' amounts).
    expected = {table.name: [(c.name, c.info.get("stored") or kinds[type(c.type)], c.nullable) for c in table.columns]
                for table in Base.metadata.sorted_tables}
    checked = {table.name: [(c.name, c.kind, c.nullable) for c in table.columns] for table in TABLES}
    assert checked == expected


def test_the_fixed_words_match_the_entities():
    from model import conduct_entities
    from model.storage import stored_values

    for name in ("INJECT_TYPES", "INJECT_STATUSES", "RATINGS", "OBSERVATION_KINDS"):
        assert getattr(stored_values, name) == getattr(conduct_entities, name), name
    from model.services import exercise, terms
    assert (stored_values.MAX_SPEED, stored_values.MAX_TIER_HOURS) == (exercise.MAX_SPEED, terms.MAX_HOURS)


# -- values damaged while the file is open -----------------------------------------------------------
DAMAGED_LATER = {
    "approval basis not UTF-8": (f"UPDATE signatory SET approval_basis = {BAD_UTF8} WHERE id = 7",
                                 "signatory 7's approval basis is not readable text"),
    "signatory name not UTF-8": (f"UPDATE signatory SET name = {BAD_UTF8} WHERE id = 7",
                                 "signatory 7's name is not readable text"),
    "incident time 'garbage'": ("UPDATE incident SET occurred_at = 'garbage' WHERE id = 2",
                                "incident 2's time is 'garbage', not a time"),
    "agreement date 'garbage'": ("UPDATE signatory SET agreement_date = 'garbage' WHERE id = 2",
                                 "signatory 2's agreement date is 'garbage', not a date"),
}


def _read(reader: str, doc, folder: Path):
    from model import queries
    from model.storage import reading as plain_rows
    from model.package.exchange import export_package
    from model.snapshot import load_snapshot

    return {"ORM signatories": lambda: queries.signatories(doc), "ORM incidents": lambda: queries.incidents(doc),
            "plain rows": lambda: plain_rows.signatories(doc), "snapshot": lambda: load_snapshot(doc),
            "package export": lambda: export_package(doc, folder / "out.json")}[reader]()


@pytest.mark.parametrize("case, reader", [
    ("approval basis not UTF-8", "ORM signatories"), ("approval basis not UTF-8", "plain rows"),
    ("approval basis not UTF-8", "package export"), ("signatory name not UTF-8", "snapshot"),
    ("incident time 'garbage'", "ORM incidents"), ("incident time 'garbage'", "snapshot"),
    ("incident time 'garbage'", "package export"), ("agreement date 'garbage'", "plain rows"),
    ("agreement date 'garbage'", "snapshot"), ("agreement date 'garbage'", "ORM signatories"),
])
def test_a_value_damaged_while_open_is_named_by_every_read(case, reader, default_template, tmp_path):
    """Another program edits the file behind an open Pactline: reads raise the plain message, not a traceback."""
    from model.errors import DamagedFileError

    statement, words = DAMAGED_LATER[case]
    path = corrupted(default_template, tmp_path / "case")
    doc = ExerciseFile.open(path)
    try:
        _read(reader, doc, tmp_path)   # readable before the damage
        (tmp_path / "out.json").unlink(missing_ok=True)
        connection = sqlite3.connect(path)
        connection.execute(statement)
        connection.commit()
        connection.close()
        with pytest.raises(DamagedFileError) as caught:
            _read(reader, doc, tmp_path)
        assert str(caught.value) == f"{path}: the file is damaged: {words}; restore it from a copy"
        assert not (tmp_path / "out.json").exists()
    finally:
        doc.close()


def test_a_time_the_orm_cannot_read_is_a_plain_error_even_unnamed():
    from model.errors import StoredValueError
    from model.timeutil import UtcDateTime

    with pytest.raises(StoredValueError, match="'garbage' is not a time Pactline writes"):
        UtcDateTime().process_result_value("garbage", None)


def test_a_damaged_file_of_an_older_schema_is_refused_before_the_upgrade(tmp_path):
    """No upgrade, no backup: the damaged file stays exactly as it was."""
    from tests.test_migration import build_from_fixture

    folder = tmp_path / "case"
    folder.mkdir()
    path = build_from_fixture(folder / "old.pactline", version=1)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE signatory SET approval_lead_hours = 'abc' WHERE code = 'IE'")
    connection.commit()
    connection.close()
    before = fingerprint(folder)
    with pytest.raises(ExerciseFileError, match="signatory 2.s approval lead time is .abc., not a whole number"):
        ExerciseFile.open(path)
    assert fingerprint(folder) == before
