"""Every message model/ raises for a user, and every import notice or problem it lists, goes through tr().

An Italian planner reads these inside Italian message boxes, in the MSEL import
dialog and on the command line; a literal passed straight to an exception would
stay English. The scan reads model/'s source: a ``raise SomeError(...)`` whose
message argument is a string literal, an f-string, or a literal glued to values
(``+``, ``%``, ``.format`` on the literal itself) fails here with file and line,
and so does a literal appended to a list of notices or problems. The allowed
exceptions are programming errors that never reach a user, each with its reason.
"""
from __future__ import annotations

import ast
from pathlib import Path

from model import i18n

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "model"

# Exceptions whose message is the second argument (the first names the field, path or file).
MESSAGE_SECOND = {"ValidationError", "PackageError", "MselImportError", "MselReadCancelled", "ExerciseFileError",
                  "FileInUseError", "LockUnavailableError", "MselProfileError", "OutputError", "MselExportError",
                  "DamagedFileError", "CellProblem"}
# Python's own errors for a caller's mistake in code: no user ever causes them.
PROGRAMMING_ERRORS = {"TypeError", "AttributeError", "KeyError", "NotImplementedError", "AssertionError"}
# (file, start of the message): raised only for a programming or packaging mistake, never shown to a user.
ALLOWED = {
    ("model/catalogue.py", "catalogue.json: categories must be"):
        "the shipped catalogue is checked when it loads; a user cannot edit it",
    ("model/clock.py", "speed must be a positive finite factor"):
        "the services refuse a bad speed first (model/services/exercise.py, translated); this guards the clock",
    ("model/display_names.py", "unknown kind of name"): "a caller asked for a kind of name that does not exist",
    ("model/storage/backups.py", "unknown backup reason"): "the reasons are the program's own constants",
    ("model/journal_text.py", "a journal time without a time zone cannot be kept"):
        "the journal keeps the program's own service arguments, which carry zones; a bug, not an input",
    ("model/journal_text.py", "a journal value of type "):
        "the journal keeps the program's own service arguments; a type it cannot keep is a bug, not an input",
    ("model/timeutil.py", "{}: a time zone is required"):
        "a naive datetime passed by code; typed times are refused by the services with their own message",
}


def _literal_text(node: ast.AST) -> str | None:
    """The English of *node* when it is a message written in place, not through tr()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal_text(node.left) or _literal_text(node.right)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"):
        return _literal_text(node.func.value)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    return None


def _worded(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 2


def _messages(call: ast.Call) -> list[ast.AST]:
    name = ast.unparse(call.func).rsplit(".", 1)[-1]
    if name in PROGRAMMING_ERRORS:
        return []
    index = 3 if name == "CellProblem" else 1 if name in MESSAGE_SECOND else 0
    found = call.args[index:index + 1]
    return found + [k.value for k in call.keywords if k.arg in ("message", "reason", "what")]


def untranslated() -> list[str]:
    problems = []
    for path in sorted(MODEL.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            candidates = []
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                candidates = _messages(node.exc)
            elif isinstance(node, ast.Call) and ast.unparse(node.func).rsplit(".", 1)[-1] == "CellProblem":
                candidates = _messages(node)
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
                  and ast.unparse(node.func.value).rsplit(".", 1)[-1] in ("notices", "problems")):
                candidates = node.args[:1]
            elif isinstance(node, ast.Call) and ast.unparse(node.func) == "super().__init__":
                candidates = node.args[:1]
            for message in candidates:
                text = _literal_text(message)
                if text is None or not _worded(text):
                    continue
                if any(rel == file and text.startswith(start) for file, start in ALLOWED):
                    continue
                problems.append(f"{rel}:{message.lineno}: {text[:80]!r}")
    return problems


def test_every_model_message_a_user_reads_is_wrapped_for_translation():
    problems = untranslated()
    assert not problems, ("messages not wrapped with tr() (model.i18n), or add an internal error to ALLOWED "
                          "with the reason no user sees it:\n  " + "\n  ".join(problems))


def test_every_allowed_message_is_still_in_the_sources():
    """An allow-list entry whose message was reworded or wrapped would hide nothing and should go."""
    sources = {file: (ROOT / file).read_text(encoding="utf-8") for file, _start in ALLOWED}
    stale = [f"{file}: {start!r}" for file, start in ALLOWED if start.strip("{}: ") not in sources[file]]
    assert not stale, stale


def test_a_model_message_reads_italian_once_the_catalogue_is_installed(tmp_path):
    """One message from each kind of source: a service's refusal, a damaged file, an MSEL notice."""
    from model.errors import DamagedFileError, ValidationError
    from model.msel.options import ImportOptions, whole_sheet

    catalogue = {("model.errors", "{path}: the file is damaged: {what}; restore it from a copy"):
                 "{path}: il file è danneggiato: {what}; ripristinarlo da una copia",
                 ("model.msel.options", "The injects were renumbered"): "Gli inject sono stati rinumerati"}
    i18n.install(lambda context, text, _dis: catalogue.get((context, text), text))
    try:
        damaged = str(DamagedFileError(tmp_path / "x.pactline", "x"))
        notices: list[str] = []
        whole_sheet([], ImportOptions(renumber=True), None, None, notices)
    finally:
        i18n.install(None)
    assert "il file è danneggiato" in damaged
    assert notices[0] == "Gli inject sono stati rinumerati"
    assert "must be" in str(ValidationError("name", "must be text"))   # English again without a catalogue


def test_every_field_a_service_refuses_is_named_in_the_catalogue():
    """A refusal reads "Severity: …"; the field's name is looked up among model.errors' translated labels."""
    from model.errors import _FIELD_LABELS, field_label

    fields = set()
    for path in sorted(MODEL.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                called = ast.unparse(node.func)
                if called.endswith("ValidationError") or called.startswith("validate."):
                    fields.add(node.args[0].value)
    missing = sorted({field_label(f) for f in fields} - _FIELD_LABELS)
    assert not missing, f"add these to model.errors._FIELD_LABELS and translate them: {missing}"
