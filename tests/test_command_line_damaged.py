"""The headless commands on files they cannot use: exit 2 with the plain reason, never a traceback.

Damaged files are built with the model (the default exercise) and corrupted with
plain sqlite3, as in tests/test_damaged_values.py.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import main
from model.storage.exercise_file import ExerciseFile
from tests.test_command_line import FIXTURES, pactline
from tests.support import BAD_UTF8, corrupted

# case -> (statement, what the message names)
DAMAGES = {
    "tiers not JSON": ("UPDATE treaty_terms SET tiers = 'not json'",
                       "treaty terms 1's consultation tiers is 'not json', not a list of increasing hours"),
    "lead time 'abc'": ("UPDATE signatory SET approval_lead_hours = 'abc' WHERE id = 7",
                        "signatory 7's approval lead time is 'abc', not a whole number"),
    "time 'garbage'": ("UPDATE incident SET occurred_at = 'garbage' WHERE id = 2",
                       "incident 2's time is 'garbage', not a time"),
    "name not UTF-8": (f"UPDATE signatory SET name = {BAD_UTF8} WHERE id = 7",
                       "signatory 7's name is not readable text"),
    "approval basis not UTF-8": (f"UPDATE signatory SET approval_basis = {BAD_UTF8} WHERE id = 7",
                                 "signatory 7's approval basis is not readable text"),
    "speed -1": ("UPDATE clock_state SET speed = -1", "the exercise clock's speed is -1.0"),
    "speed 0": ("UPDATE clock_state SET speed = 0", "the exercise clock's speed is 0.0"),
    "speed 20000": ("UPDATE clock_state SET speed = 20000", "the exercise clock's speed is 20000.0"),
    "speed 1e308": ("UPDATE clock_state SET speed = 1e308", "the exercise clock's speed is 1e+308"),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def expected_stderr(path: Path, what: str) -> str:
    return f"pactline: Cannot open {path}: the file is damaged: {what}"


@pytest.mark.parametrize("case", list(DAMAGES))
def test_export_package_of_a_damaged_file_exits_2_naming_the_value(case, default_template, tmp_path, capsys):
    statement, what = DAMAGES[case]
    path = corrupted(default_template, tmp_path / "case", statement)
    before = sha256(path)
    assert main.main([str(path), "--export-package", str(tmp_path / "out.json")]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(expected_stderr(path, what))
    assert captured.err.endswith("; restore it from a copy\n") and captured.out == ""
    assert sha256(path) == before and not (tmp_path / "out.json").exists()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("command, output, case", [
    ("--export-report", "aar.pdf", "lead time 'abc'"),
    ("--export-timeline", "timeline.svg", "speed 0"),
    ("--export-msel", "msel.csv", "time 'garbage'"),
    ("--import-msel", None, "approval basis not UTF-8"),
    ("--export-package", "out.json", "tiers not JSON"),
])
def test_every_command_on_a_damaged_file_exits_2_without_a_traceback(command, output, case, default_template,
                                                                    tmp_path):
    statement, what = DAMAGES[case]
    path = corrupted(default_template, tmp_path / "case", statement)
    before = sha256(path)
    argument = tmp_path / output if output else FIXTURES / "msel_handwritten.xlsx"
    result = pactline(path, command, argument, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(expected_stderr(path, what)), result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert sha256(path) == before
    assert output is None or not (tmp_path / output).exists()


# -- --create-default -------------------------------------------------------------------------------
def test_create_default_writes_a_fresh_default_exercise(tmp_path):
    target = tmp_path / "drill.pactline"
    result = pactline("--create-default", target, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"default exercise written to {target}\n"
    doc = ExerciseFile.open(target)
    try:
        assert doc.upgraded_from is None
        from model import queries
        assert len(queries.signatories(doc)) == 29
    finally:
        doc.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["drill.pactline"]


def test_create_default_refuses_an_existing_file_or_a_missing_folder(tmp_path, capsys):
    existing = tmp_path / "drill.pactline"
    existing.write_bytes(b"mine")
    assert main.main(["--create-default", str(existing)]) == 2
    assert capsys.readouterr().err == f"pactline: Cannot create {existing}: a file of that name already exists\n"
    assert existing.read_bytes() == b"mine"
    nowhere = tmp_path / "no-such-folder" / "drill.pactline"
    assert main.main(["--create-default", str(nowhere)]) == 2
    assert "does not exist" in capsys.readouterr().err and not nowhere.parent.exists()
    with pytest.raises(SystemExit) as stopped:
        main.main([str(existing), "--create-default", str(tmp_path / "other.pactline")])
    assert stopped.value.code == 2 and "not both" in capsys.readouterr().err


# -- no lock file ------------------------------------------------------------------------------------
def test_without_a_lock_file_exports_still_work_and_imports_say_why_not(default_template, tmp_path, capsys):
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    (tmp_path / "drill.pactline.lock").mkdir()
    before = sha256(path)
    assert main.main([str(path), "--export-package", str(tmp_path / "out.json")]) == 0
    assert (tmp_path / "out.json").exists()
    assert main.main([str(path), "--import-msel", str(FIXTURES / "msel_handwritten.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"pactline: Cannot open {path}: no lock file can be created beside it")
    assert "open it read-only" in err and sha256(path) == before
