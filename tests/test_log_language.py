"""The entries Pactline writes to the decision log are written in the language it speaks when it writes them.

The log is a record: an entry keeps the words it was written with, so an exercise
created in Italian starts with an Italian log, and switching language later
changes no stored entry (nor breaks the hash chain). Every entry a service writes
is worded through tr(): the scan below fails, with file and line, on a log text or
change summary written as a literal.
"""
from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

from model.default_exercise import create_default_exercise, populate_blank
from model.queries import log_entries
from model.services import incidents, injects
from model.services.log import verify_log
from model.storage.exercise_file import ExerciseFile
from tests.support import in_italian
from tests.test_model_messages_translated import _literal_text, _worded

ROOT = Path(__file__).resolve().parent.parent

ENGLISH_WORDS = ("created", "commitment to incident", "joined the consultation", "delivered at", "Clock started")


def _texts(doc) -> list[str]:
    return [entry.text for entry in log_entries(doc)]


def test_a_default_exercise_created_in_italian_has_an_italian_log_that_stays_italian(tmp_path):
    with in_italian():
        doc = create_default_exercise(tmp_path / "it.pactline")
    try:
        texts = _texts(doc)          # read in English: the stored entries do not follow the language
        assert texts[0].startswith("Esercitazione 'Esercitazione predefinita Pactline") and texts[0].endswith("' creata")
        assert "Orologio avviato a D+0 06:00 (x60)" in texts
        assert any(t.startswith("Impegno di ") and " per l'incidente #" in t for t in texts)
        assert any(" ha partecipato alla consultazione sull'incidente #" in t for t in texts)
        assert any(t.startswith("Inject ") and " inviato a " in t for t in texts)
        assert not [t for t in texts if any(word in t for word in ENGLISH_WORDS)]
        with in_italian():
            assert _texts(doc) == texts
        assert verify_log(doc).intact
    finally:
        doc.close()


def test_the_english_default_exercise_keeps_its_english_log(tmp_path):
    doc = create_default_exercise(tmp_path / "en.pactline")
    try:
        texts = _texts(doc)
    finally:
        doc.close()
    assert texts[0] == "Exercise 'Pactline default exercise' created" or texts[0].endswith("' created")
    assert "Clock started at D+0 06:00 (x60)" in texts


def test_entries_keep_the_language_they_were_written_in(tmp_path):
    startex = datetime(2026, 3, 2, 6, tzinfo=UTC)
    doc = ExerciseFile.create(tmp_path / "x.pactline", populate_blank("Drill", startex))
    try:
        incidents.create_incident(doc, incident_type="cyber_attack", severity=3, occurred_at=startex)
        with in_italian():
            incidents.create_incident(doc, incident_type="cyber_attack", severity=2, occurred_at=startex)
            injects.create_inject(doc, scenario_time=startex, synopsis="Nota diplomatica")
        texts = _texts(doc)
        assert texts[0] == "Exercise 'Drill' created"
        assert texts[1].startswith("Incident #1 (") and texts[1].endswith("added at D+0 06:00")
        assert texts[2].startswith("Incidente #2 (") and texts[2].endswith("aggiunto a D+0 06:00")
        assert texts[3].startswith("Inject 1 pianificato per D+0 06:00: Nota diplomatica")
        with in_italian():
            assert _texts(doc) == texts
        assert verify_log(doc).intact
    finally:
        doc.close()


def _written_in_place(node: ast.AST) -> bool:
    text = _literal_text(node)
    return text is not None and _worded(text)


def untranslated_log_texts() -> list[str]:
    """A log text or change summary given as a literal (or f-string) in model/: it would stay English."""
    problems = []
    for path in sorted((ROOT / "model").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            found: list[ast.AST] = []
            if isinstance(node, ast.Call) and ast.unparse(node.func).rsplit(".", 1)[-1] == "append_entry":
                found = [k.value for k in node.keywords if k.arg == "text"]
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "summary"
                                                      for t in node.targets):
                found = [node.value]
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == "summary":
                found = [node.value]
            problems += [f"{rel}:{n.lineno}: {ast.unparse(n)[:80]}" for n in found if _written_in_place(n)]
    return problems


def test_every_log_text_pactline_writes_goes_through_tr():
    problems = untranslated_log_texts()
    assert not problems, "log texts not wrapped with tr() (model.i18n):\n  " + "\n  ".join(problems)


def test_a_refused_change_of_an_injects_status_reads_italian(tmp_path):
    """The refusal names the status and the change in the language too, not the codes."""
    import pytest

    from model.errors import ValidationError

    startex = datetime(2026, 3, 2, 6, tzinfo=UTC)
    doc = ExerciseFile.create(tmp_path / "x.pactline", populate_blank("Drill", startex))
    try:
        created = injects.create_inject(doc, scenario_time=startex, synopsis="Nota")
        inject_id = created.ids[0]
        with in_italian(), pytest.raises(ValidationError) as refused:
            injects.release_inject(doc, inject_id=inject_id)
    finally:
        doc.close()
    assert "è pianificato e non può essere rilasciato" in str(refused.value)
