"""``pactline EXERCISE --verify-log [--expect-head HASH]``: the verdict printed, exit 0 / 1 / 2."""
from __future__ import annotations

import pytest

from model.storage.exercise_file import ExerciseFile
from model.services import log
from test_command_line import pactline
from test_log_seal import recompute_chain, tamper


@pytest.fixture
def sealed(blank_doc):
    """A closed exercise of 6 entries sealed at all 6, and the head printed on its report."""
    for n in range(5):
        log.add_log_entry(blank_doc, kind="decision", text=f"Decision {n}")
    log.seal_log(blank_doc, reason="report exported")
    head = log.log_head(blank_doc).head_hash
    path = blank_doc.path
    blank_doc.close()
    return path, head


def test_help_documents_the_command(tmp_path):
    result = pactline("--help", cwd=tmp_path)
    assert "--verify-log" in result.stdout and "--expect-head" in result.stdout


def test_an_intact_log_exits_0_with_its_entries_head_and_seal(sealed, tmp_path):
    path, head = sealed
    result = pactline(path, "--verify-log", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Log intact: 6 entries, hash chain verified, matches seal #1 of D+0 06:00"
    assert lines[1] == f"  Log: 6 entries, head {head}"
    assert lines[2] == f"  latest seal: #1 of D+0 06:00 (report exported): 6 entries, head {head}"
    matched = pactline(path, "--verify-log", "--expect-head", head[:16], cwd=tmp_path)
    assert matched.returncode == 0 and "the expected head is entry #6's" in matched.stdout


def test_a_truncated_log_exits_1_saying_what_is_missing(sealed, tmp_path):
    path, _head = sealed
    tamper(path, "DELETE FROM log_entry WHERE id > 3")
    result = pactline(path, "--verify-log", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("Log truncated: 3 entries after seal #1 of D+0 06:00 are missing")


def test_an_altered_entry_exits_1_naming_it(sealed, tmp_path):
    path, _head = sealed
    tamper(path, "UPDATE log_entry SET text = 'nothing' WHERE id = 4")
    result = pactline(path, "--verify-log", cwd=tmp_path)
    assert result.returncode == 1 and result.stdout.startswith("Log altered: entry #4: ")


def test_a_log_forged_with_its_seals_exits_1_only_against_the_kept_head(sealed, tmp_path):
    path, head = sealed
    tamper(path, "UPDATE log_entry SET text = 'Decision 1: stand down' WHERE id = 3")
    forged = recompute_chain(path)
    tamper(path, f"UPDATE log_seal SET head_hash = '{forged}'")
    assert pactline(path, "--verify-log", cwd=tmp_path).returncode == 0
    result = pactline(path, "--verify-log", "--expect-head", head, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith(f"Log rewritten: it does not contain the head {head}")


def test_bad_input_exits_2(sealed, tmp_path):
    path, _head = sealed
    junk = tmp_path / "junk.pactline"
    junk.write_bytes(b"not an exercise")
    assert pactline(junk, "--verify-log", cwd=tmp_path).returncode == 2
    assert pactline(tmp_path / "missing.pactline", "--verify-log", cwd=tmp_path).returncode == 2
    bad_hash = pactline(path, "--verify-log", "--expect-head", "12ab", cwd=tmp_path)
    assert bad_hash.returncode == 2 and "not a log head" in bad_hash.stderr
    alone = pactline(path, "--expect-head", "0" * 64, cwd=tmp_path)
    assert alone.returncode == 2 and "--expect-head goes with --verify-log" in alone.stderr


def test_a_command_line_export_prints_the_head_it_did_not_seal(sealed, tmp_path):
    path, head = sealed
    doc = ExerciseFile.open(path)
    log.add_log_entry(doc, kind="note", text="after the seal")
    head = log.log_head(doc).head_hash
    doc.close()
    result = pactline(path, "--export-package", tmp_path / "p.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"Log: 7 entries, head {head} (not sealed" in result.stdout
