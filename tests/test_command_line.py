"""The headless commands of main.py, run as a script would run them."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from model import queries
from model.storage.exercise_file import ExerciseFile
from tests.support import pdf_last_page_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pactline(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def exercise(default_template, tmp_path) -> Path:
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    return path


def test_help_documents_every_headless_command(tmp_path):
    result = pactline("--help", cwd=tmp_path)
    assert result.returncode == 0
    for option in ("--export-report", "--export-timeline", "--export-msel", "--import-msel", "--sheet",
                   "--export-package", "--import-package", "--check-package", "--compare-options"):
        assert option in result.stdout


def test_export_msel_as_csv_and_xlsx(exercise, tmp_path):
    for name in ("msel.csv", "msel.xlsx"):
        result = pactline(exercise, "--export-msel", tmp_path / name, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "14 injects written" in result.stdout
        assert (tmp_path / name).stat().st_size > 0
    marking, head, header = (tmp_path / "msel.csv").read_text(encoding="utf-8-sig").splitlines()[:3]
    assert marking == "EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE" and header.startswith("Number,")
    assert re.fullmatch(r'"Log: \d+ entries, head [0-9a-f]{64}"', head) and head[1:-1] in result.stdout


def test_import_msel_adds_the_handwritten_sheet(exercise, tmp_path):
    before = len(queries.injects(opened := ExerciseFile.open(exercise)))
    opened.close()
    result = pactline(exercise, "--import-msel", FIXTURES / "msel_handwritten.xlsx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "injects imported" in result.stdout and "times understood as" in result.stdout
    doc = ExerciseFile.open(exercise)
    try:
        assert len(queries.injects(doc)) > before
    finally:
        doc.close()


def test_a_bad_msel_exits_2_naming_row_and_column_and_stores_nothing(exercise, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("Number,Time,Synopsis\n1,D+1 25:00,Broken clock\n", encoding="utf-8")
    before = sha256(exercise)
    result = pactline(exercise, "--import-msel", sheet, cwd=tmp_path)
    assert result.returncode == 2
    assert "row 2" in result.stderr and "Time" in result.stderr and "00:00-23:59" in result.stderr
    assert sha256(exercise) == before


def test_package_round_trip_from_the_command_line(exercise, tmp_path):
    package = tmp_path / "drill.json"
    assert pactline(exercise, "--export-package", package, cwd=tmp_path).returncode == 0
    assert pactline("--check-package", package, cwd=tmp_path).returncode == 0
    copy = tmp_path / "copy.pactline"
    result = pactline(copy, "--import-package", package, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = ExerciseFile.open(copy)
    try:
        assert len(queries.signatories(doc)) == 29
    finally:
        doc.close()


def test_a_damaged_package_exits_2_with_the_json_path(tmp_path):
    package = tmp_path / "bad.json"
    data = {"format": "pactline-exercise", "version": 1, "incidents": "many"}
    package.write_text(json.dumps(data), encoding="utf-8")
    result = pactline("--check-package", package, cwd=tmp_path)
    assert result.returncode == 2
    assert "$" in result.stderr
    result = pactline(tmp_path / "new.pactline", "--import-package", package, cwd=tmp_path)
    assert result.returncode == 2 and not (tmp_path / "new.pactline").exists()


def test_a_missing_or_foreign_exercise_exits_2_with_the_reason(tmp_path):
    result = pactline(tmp_path / "nowhere.pactline", "--export-msel", tmp_path / "x.csv", cwd=tmp_path)
    assert result.returncode == 2 and "does not exist" in result.stderr
    foreign = tmp_path / "notes.pactline"
    foreign.write_text("just text", encoding="utf-8")
    result = pactline(foreign, "--export-package", tmp_path / "x.json", cwd=tmp_path)
    assert result.returncode == 2 and "not a Pactline exercise" in result.stderr
    result = pactline(foreign, "--export-msel", tmp_path / "x.txt", cwd=tmp_path)
    assert result.returncode == 2 and ".csv or .xlsx" in result.stderr


def test_export_report_and_timeline_headless(exercise, tmp_path):
    from pypdf import PdfReader

    result = pactline(exercise, "--export-report", tmp_path / "aar.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pages = PdfReader(tmp_path / "aar.pdf").pages
    assert f"({len(pages)} pages)" in result.stdout
    assert "EXERCISE EXERCISE EXERCISE" in pdf_last_page_text(tmp_path / "aar.pdf")
    result = pactline(exercise, "--export-report", tmp_path / "aar.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Improvement Plan" in (tmp_path / "aar.html").read_text(encoding="utf-8")
    for name, magic in (("timeline.png", b"\x89PNG"), ("timeline.svg", b"<?xml")):
        result = pactline(exercise, "--export-timeline", tmp_path / name, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / name).read_bytes().startswith(magic)
    result = pactline(exercise, "--export-report", tmp_path / "aar.docx", cwd=tmp_path)
    assert result.returncode == 2 and ".pdf or .html" in result.stderr


def limited_file_size(limit: int):
    """For the child: every write past *limit* bytes fails, as on a full disk."""
    def apply() -> None:
        import resource
        import signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    return apply


@pytest.mark.parametrize("option, name", [("--export-report", "aar.pdf"), ("--export-timeline", "timeline.png")])
def test_an_export_the_disk_refuses_exits_2_naming_the_file_and_leaves_nothing(exercise, tmp_path, option, name):
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # 64 KB: room for SQLite's shared-memory file while reading the exercise, not for the export.
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), str(exercise), option, str(out / name)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
                            preexec_fn=limited_file_size(64 * 1024))
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"\npactline: Cannot write {out / name}: " in f"\n{result.stderr}"
    assert "written" not in result.stdout
    assert sorted(p.name for p in out.iterdir()) == []
