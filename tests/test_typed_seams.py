"""model/services is imported lazily at run time, but type checkers see every service module:
a misspelt service call is a mypy error, not a surprise in front of a user."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SNIPPET = '''\
from model import services
from model.storage.exercise_file import ExerciseFile


def drop(file: ExerciseFile) -> None:
    services.incidents.create_incident(file, incident_type="missile_strike", severity=3, occurred_at=None)
    services.incidents.create_incidnet(file, incident_type="missile_strike", severity=3, occurred_at=None)
    services.incidnets.delete_incident(file, 1)
'''


def test_mypy_reports_a_misspelt_service_and_module_but_not_the_right_call(tmp_path):
    snippet = tmp_path / "snippet.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "mypy.ini"),
         "--no-error-summary", "--follow-imports=silent", str(snippet)],
        cwd=ROOT, capture_output=True, text=True)
    errors = [line for line in result.stdout.splitlines() if " error: " in line]
    assert any(":7:" in line and "create_incidnet" in line for line in errors), result.stdout + result.stderr
    assert any(":8:" in line and "incidnets" in line for line in errors), result.stdout + result.stderr
    assert not any(":6:" in line for line in errors), result.stdout
