"""Log seals: the head anchored outside the chain, and every way of tampering with a closed file found.

Tampering is done as someone with a plain SQLite tool would: drop the
append-only triggers, then change, delete, reorder or recompute rows.
"""
from __future__ import annotations

import json
import sqlite3

import pytest

from model.entities import LogSeal
from model.errors import ValidationError
from model.storage.exercise_file import ExerciseFile
from model.msel.importing import import_msel_file
from model.msel.spreadsheets import export_msel, read_msel
from model.package.exchange import PackageError, export_package, import_package
from model.queries import log_entries
from model.services import exercise, log
from model.services.log import GENESIS_HASH, entry_hash, verify_log
from model.timeutil import parse_stored, utc

DROP_TRIGGERS = ("DROP TRIGGER IF EXISTS log_entry_no_update", "DROP TRIGGER IF EXISTS log_entry_no_delete",
                 "DROP TRIGGER IF EXISTS log_seal_no_update", "DROP TRIGGER IF EXISTS log_seal_no_delete")


def write_entries(doc, count: int) -> None:
    for n in range(count):
        log.add_log_entry(doc, kind="decision", text=f"Decision {n}")


def tamper(path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in (*DROP_TRIGGERS, *statements):
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def recompute_chain(path) -> str:
    """What a careful forger does after editing the log: every link and hash made right again."""
    connection = sqlite3.connect(path)
    try:
        prev = GENESIS_HASH
        rows = connection.execute("SELECT id, scenario_time, wall_time, author, kind, text, refers_to "
                                  "FROM log_entry ORDER BY id").fetchall()
        for id_, scenario, wall, author, kind, text, refers_to in rows:
            new = entry_hash(prev, id=id_, scenario_time=parse_stored(scenario), wall_time=parse_stored(wall),
                             author=author, kind=kind, text=text, refers_to=refers_to)
            connection.execute("UPDATE log_entry SET prev_hash = ?, hash = ? WHERE id = ?", (prev, new, id_))
            prev = new
        connection.commit()
        return prev
    finally:
        connection.close()


@pytest.fixture
def sealed(blank_doc):
    """A closed exercise with 8 entries, sealed at 6 (seal #1) and at 8 (seal #2); its path and the head."""
    write_entries(blank_doc, 5)
    log.seal_log(blank_doc, reason="report exported")
    write_entries(blank_doc, 2)
    log.seal_log(blank_doc, reason="ENDEX")
    head = log.log_head(blank_doc)
    assert head.entries == 8
    path = blank_doc.path
    blank_doc.close()
    return path, head.head_hash


def verified(path, **kwargs):
    doc = ExerciseFile.open(path, read_only=True)
    try:
        return verify_log(doc, **kwargs)
    finally:
        doc.close()


# -- writing seals ------------------------------------------------------------------------------------
def test_a_seal_records_the_head_and_is_not_repeated_while_the_head_stands(blank_doc):
    write_entries(blank_doc, 3)
    report = log.seal_log(blank_doc, reason="report exported")
    assert (report.entity, report.action, report.ids) == ("log_seal", "created", (1,))
    with blank_doc.reading() as session:
        seal = session.get(LogSeal, 1)
        assert (seal.entries, seal.head_hash, seal.reason) == (4, log_entries(blank_doc)[-1].hash, "report exported")
    assert log.seal_log(blank_doc, reason="package exported").ids == ()     # same head: no second seal
    log.add_log_entry(blank_doc, kind="note", text="later")
    assert log.seal_log(blank_doc, reason="package exported").ids == (2,)
    with pytest.raises(ValidationError, match="(?i)reason"):
        log.seal_log(blank_doc, reason="x" * 41)


def test_endex_seals_the_log_with_its_own_clock_entry(blank_doc):
    exercise.save_clock(blank_doc, scenario_time=utc(2026, 3, 4, 14), running=False, speed=1.0, action="paused")
    with blank_doc.reading() as session:
        assert session.query(LogSeal).count() == 0
    exercise.save_clock(blank_doc, scenario_time=utc(2026, 3, 4, 15), running=False, speed=1.0, action="ENDEX")
    result = verify_log(blank_doc)
    assert result.intact and result.seal.number == 1 and result.seal.reason == "ENDEX"
    assert result.seal.entries == len(log_entries(blank_doc))
    assert log_entries(blank_doc)[-1].text.startswith("Clock ENDEX")
    assert result.seal.when == "D+2 15:00"


def test_an_intact_log_reports_its_head_and_latest_seal(sealed):
    path, head = sealed
    result = verified(path)
    assert result.intact and (result.stored, result.head_hash) == (8, head)
    assert (result.seal.number, result.seal.entries, result.seal.head_hash) == (2, 8, head)
    assert result.verdict == "Log intact: 8 entries, hash chain verified, matches seal #2 of D+0 06:00"
    assert result.head.text() == f"Log: 8 entries, head {head}"


def test_an_unsealed_log_says_so(blank_doc):
    result = verify_log(blank_doc)
    assert result.intact and result.seal is None and "not sealed yet" in result.verdict


# -- tampering ------------------------------------------------------------------------------------------
def test_changed_entry_is_named(sealed):
    path, _head = sealed
    tamper(path, "UPDATE log_entry SET text = 'Decision 3: nothing' WHERE id = 5")
    result = verified(path)
    assert not result.intact and result.first_bad_id == 5
    assert result.verdict.startswith("Log altered: entry #5: its content was altered")


def test_deleted_middle_entry_is_caught_by_the_chain(sealed):
    path, _head = sealed
    tamper(path, "DELETE FROM log_entry WHERE id = 4")
    result = verified(path)
    assert not result.intact and not result.chain_intact and result.first_bad_id is not None


def test_deleted_tail_after_a_seal_is_truncation(sealed):
    path, _head = sealed
    tamper(path, "DELETE FROM log_entry WHERE id > 5")
    result = verified(path)
    assert result.chain_intact and not result.intact
    assert result.missing == 3 and result.stored == 5
    assert result.verdict.startswith("Log truncated: 3 entries after seal #2 of D+0 06:00 are missing")


def test_every_entry_deleted_after_a_seal_is_truncation(sealed):
    path, _head = sealed
    tamper(path, "DELETE FROM log_entry")
    result = verified(path)
    assert not result.intact and result.missing == 8 and result.head_hash == GENESIS_HASH
    assert "8 entries after seal #2" in result.verdict


def test_reordered_entries_break_the_chain(sealed):
    path, _head = sealed
    tamper(path, "UPDATE log_entry SET id = 100 WHERE id = 3", "UPDATE log_entry SET id = 3 WHERE id = 4",
           "UPDATE log_entry SET id = 4 WHERE id = 100")
    result = verified(path)
    assert not result.intact and result.first_bad_id == 3


def test_a_forged_chain_with_recomputed_hashes_is_caught_by_the_seal(sealed):
    path, _head = sealed
    tamper(path, "UPDATE log_entry SET text = 'Decision 1: stand down' WHERE id = 3")
    recompute_chain(path)
    result = verified(path)
    assert result.chain_intact and not result.intact
    assert result.rewritten_id == 8
    assert result.verdict.startswith("Log rewritten since seal #2 of D+0 06:00: entry #8 no longer has the hash")


def test_a_deleted_tail_with_the_chain_recomputed_is_caught_by_the_seal(sealed):
    path, _head = sealed
    tamper(path, "DELETE FROM log_entry WHERE id > 6")
    recompute_chain(path)
    result = verified(path)
    assert result.chain_intact and result.missing == 2 and not result.intact


@pytest.mark.parametrize("seals", ["DELETE FROM log_seal", "UPDATE log_seal SET head_hash = '{head}'"])
def test_a_forged_chain_with_forged_seals_is_caught_only_by_the_head_the_user_kept(sealed, seals):
    path, kept = sealed
    tamper(path, "DELETE FROM log_entry WHERE id > 6",
           "INSERT INTO log_entry (id, scenario_time, wall_time, author, kind, text, prev_hash, hash) "
           "SELECT 7, scenario_time, wall_time, author, kind, 'A forged decision', '', '' FROM log_entry "
           "WHERE id = 6")
    forged_head = recompute_chain(path)
    tamper(path, seals.format(head=forged_head), "UPDATE log_seal SET entries = 7")
    assert verified(path).intact, "the file alone cannot tell"
    result = verified(path, expect_head=kept)
    assert not result.intact and result.chain_intact and result.matches_seal
    assert result.verdict == f"Log rewritten: it does not contain the head {kept} printed on the report or export"
    assert verified(path, expect_head=kept[:16] + "…").intact is False


# -- the head the user kept ---------------------------------------------------------------------------
def test_an_expected_head_matches_in_full_or_as_printed_on_a_footer(sealed):
    path, head = sealed
    assert verified(path, expect_head=head.upper()).expected_at == 8
    footer = verified(path, expect_head=f"  {head[:16]}…  ")
    assert footer.intact and footer.expected_at == 8
    assert "the expected head is entry #8's" in footer.verdict


def test_a_head_printed_before_later_entries_still_matches(sealed):
    path, _head = sealed
    doc = ExerciseFile.open(path)
    try:
        earlier = log_entries(doc)[3].hash
        log.add_log_entry(doc, kind="note", text="after the report")
        assert verify_log(doc, expect_head=earlier).expected_at == 4
        assert verify_log(doc, expect_head=GENESIS_HASH).expected_at == 0
    finally:
        doc.close()


@pytest.mark.parametrize("text", ["", "1a2b3c", "xyz" * 10, "0" * 65])
def test_an_expected_head_that_is_no_hash_is_refused(blank_doc, text):
    with pytest.raises(ValidationError, match="not a log head"):
        verify_log(blank_doc, expect_head=text)


# -- exports seal ---------------------------------------------------------------------------------------
def test_a_package_export_seals_first_and_carries_the_seal(blank_doc, tmp_path):
    write_entries(blank_doc, 2)
    export_package(blank_doc, tmp_path / "one.json")
    seals = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))["seals"]
    assert [(s["reason"], s["entries"], s["head_hash"]) for s in seals] == [
        ("package exported", 3, log_entries(blank_doc)[-1].hash)]
    export_package(blank_doc, tmp_path / "two.json")
    # The same log, so the same one seal and the same package; only the export's own time may differ
    # (the two exports can fall in different seconds on a loaded machine).
    one, two = (json.loads((tmp_path / name).read_text(encoding="utf-8")) for name in ("one.json", "two.json"))
    one.pop("exported_at"), two.pop("exported_at")
    assert two == one


def test_a_read_only_exercise_exports_without_a_seal(blank_doc, tmp_path):
    path = blank_doc.path
    blank_doc.close()
    doc = ExerciseFile.open(path, read_only=True)
    try:
        export_package(doc, tmp_path / "p.json")
        export_msel(doc, tmp_path / "m.csv")
        assert verify_log(doc).seal is None
        assert read_msel(tmp_path / "m.csv").notices == []
    finally:
        doc.close()


def test_a_package_whose_log_lost_its_tail_is_refused_at_its_seal(blank_doc, tmp_path):
    write_entries(blank_doc, 4)
    export_package(blank_doc, tmp_path / "p.json")
    package = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    package["log"] = package["log"][:-2]
    (tmp_path / "cut.json").write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(PackageError, match=r"\$\.seals\[0\].*2 entries after seal #1"):
        import_package(tmp_path / "cut.json", tmp_path / "new.pactline")
    assert not (tmp_path / "new.pactline").exists()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_msel_export_seals_prints_the_head_and_still_imports(default_doc, blank_doc, tmp_path, suffix):
    path = tmp_path / f"msel{suffix}"
    export_msel(default_doc, path)
    result = verify_log(default_doc)
    assert result.seal.reason == "MSEL exported" and result.seal.head_hash == result.head_hash
    table = read_msel(path)
    assert table.header_row == 3 and table.headers[0] == "Number"
    assert table.notices == []        # the title rows are Pactline's own: skipped without a word
    report, _plan = import_msel_file(blank_doc, path)
    assert len(report.ids) == len(table.rows) > 0
