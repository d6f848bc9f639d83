"""What CI prints around the test suite: how long it took."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def suite_section() -> str:
    """The lines of .ci/run that run the suite, from its "== tests" heading to the next heading."""
    script = (ROOT / ".ci" / "run").read_text()
    start = script.index('echo "== tests"')
    return script[start:script.index('echo "==', start + 1)]


def test_ci_prints_how_long_the_suite_took(tmp_path):
    # The section as CI runs it, with a stand-in for the suite that only prints.
    result = subprocess.run(["bash", "-euo", "pipefail", "-c", suite_section()], cwd=tmp_path,
                            env={"PATH": "/usr/bin:/bin", "TEST_COMMAND": "echo the suite ran"},
                            capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    assert lines[:2] == ["== tests", "the suite ran"]
    assert re.fullmatch(r"suite took \d+ s \(venv and install included\)", lines[2]), lines
