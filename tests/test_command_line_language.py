"""The command line speaks the chosen language: the preference, else the system locale (LANG).

Each case runs ``main.py`` as a user would, in a fresh process with its own
environment: no PACTLINE_LANGUAGE (the tests' own override), a locale given by
LANG, settings in a temporary folder. The headless commands create no
QApplication for it.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(tmp_path: Path, *args: str, lang: str = "it_IT.UTF-8", preference: str | None = None,
         code: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PACTLINE_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANGUAGE")}
    env.update(LANG=lang, PACTLINE_SETTINGS_DIR=str(tmp_path / "settings"), PACTLINE_DATA_DIR=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    if preference is not None:
        (tmp_path / "settings").mkdir(exist_ok=True)
        (tmp_path / "settings" / "pactline.ini").write_text(f"[view]\nlanguage={preference}\n", encoding="utf-8")
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, str(ROOT / "main.py"), *args]
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=300)


@pytest.fixture
def exercise(tmp_path) -> Path:
    done = _run(tmp_path, "--create-default", "drill.pactline", lang="C")
    assert done.returncode == 0, done.stderr
    return tmp_path / "drill.pactline"


def test_help_is_italian_under_an_italian_locale(tmp_path):
    done = _run(tmp_path, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("uso: pactline")
    for italian in ("argomenti posizionali:", "mostra questo aiuto ed esce", "comandi senza finestra",
                    "scrive il rapporto post-esercitazione di ESERCITAZIONE", "esempi:"):
        assert italian in done.stdout
    for english in ("usage:", "show this help", "headless commands", "after-action report", "examples:"):
        assert english not in done.stdout


def test_help_is_english_under_another_locale(tmp_path):
    done = _run(tmp_path, "--help", lang="C")
    assert done.stdout.startswith("usage: pactline") and "headless commands" in done.stdout


def test_argparse_errors_and_exit_reasons_are_italian(tmp_path, exercise):
    unknown = _run(tmp_path, "--bogus")
    assert unknown.returncode == 2
    assert "pactline: errore: argomenti non riconosciuti: --bogus" in unknown.stderr
    suffix = _run(tmp_path, str(exercise), "--export-msel", "out.txt")
    assert suffix.returncode == 2
    assert suffix.stderr.strip() == "pactline: out.txt: un'esportazione della MSEL deve terminare con .csv o .xlsx"
    missing = _run(tmp_path, "nothere.pactline", "--export-package", "p.json")
    assert missing.returncode == 2
    assert "Impossibile aprire" in missing.stderr and "il file non esiste" in missing.stderr
    alone = _run(tmp_path, "--signatory", "IT")
    assert alone.stderr.strip() == "pactline: --signatory va usato con --export-ics"


def test_summaries_are_italian(tmp_path, exercise):
    verified = _run(tmp_path, str(exercise), "--verify-log")
    assert verified.returncode == 0, verified.stderr
    lines = verified.stdout.splitlines()
    assert lines[0].startswith("Registro integro: ") and "catena di hash verificata" in lines[0]
    assert lines[1].strip().startswith("Registro: ") and "voci, testa " in lines[1]
    assert lines[2].strip() == "ultimo sigillo: ancora nessuno"
    exported = _run(tmp_path, str(exercise), "--export-msel", "msel.csv")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.splitlines()[0] == "14 inject scritti in msel.csv"
    compared = _run(tmp_path, str(exercise), "--compare-options")
    assert "opzioni di trattato confrontate a" in compared.stdout
    assert "Obblighi rispettati / mancati / in corso" in compared.stdout
    assert "Obligations met" not in compared.stdout


def test_the_preference_wins_over_the_locale(tmp_path):
    english = _run(tmp_path, "--help", preference="en")
    assert english.stdout.startswith("usage: pactline")
    italian = _run(tmp_path, "--help", lang="C", preference="it")
    assert italian.stdout.startswith("uso: pactline")


def test_a_headless_command_speaks_italian_without_a_qapplication(tmp_path):
    code = ("import sys; sys.path.insert(0, %r); import main\n"
            "rc = main.main(['--create-default', 'x.pactline'])\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "print('app:', QCoreApplication.instance()); sys.exit(rc)" % str(ROOT))
    done = _run(tmp_path, code=code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["esercitazione predefinita scritta in x.pactline", "app: None"]
