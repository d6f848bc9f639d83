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


def test_every_service_takes_its_ids_by_keyword_and_is_typed_on_the_file():
    """``delete_incident(doc, 4)`` could be a signatory's id by mistake; ``incident_id=4`` cannot."""
    import inspect

    from model import services

    checked = 0
    for module_name in services._MODULES:
        module = getattr(services, module_name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(fn).parameters.values())
            if not parameters or parameters[0].name != "doc":
                continue
            checked += 1
            assert fn.__annotations__.get("doc") in ("ExerciseFile", "LogReader", "LogWriter"), name
            for parameter in parameters[1:]:
                if parameter.name.endswith("_id") or parameter.name == "ids":
                    assert parameter.kind is parameter.KEYWORD_ONLY, f"{module_name}.{name}: {parameter.name}"
    assert checked > 40
