"""Helpers the test modules share: a wall clock tests move by hand, and checks on what is stored."""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import pytest

from model.errors import ValidationError
from model.queries import log_entries
from model.services.log import verify_log


# The version the GUI tests' application reports.
VERSION = "9.9.9-test"


class FakeWall:
    """Wall-clock seconds that move only when a test says so (the document's injected time source)."""

    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class WrittenReport(NamedTuple):
    content: object          # model.report_parts' ReportContent
    path: Path
    pages: int
    page_texts: tuple[str, ...]


def pdf_page_texts(path, first: int | None = None) -> list[str]:
    """Each PDF page's text (of the *first* pages only, if given: pypdf takes ~0.1 s a page), normalised
    so that no font set changes it.

    NFKC turns the ligatures a font may bring ("\ufb01" for "fi") back into
    letters; whitespace is collapsed, and a line broken after a hyphen is joined.
    """
    from pypdf import PdfReader

    pages = PdfReader(str(path)).pages
    return [normalised_page_text(page.extract_text()) for page in (pages[:first] if first is not None else pages)]


def pdf_last_page_text(path) -> str:
    """The last page's text as pdf_page_texts gives it; pypdf reads a report's page in about 0.3 s, so only this one."""
    from pypdf import PdfReader

    return normalised_page_text(PdfReader(str(path)).pages[-1].extract_text())


def normalised_page_text(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return re.sub(r"- (?=\w)", "-", text)


def dump(doc_or_path) -> list[str]:
    """The whole database as SQL text, through a connection of its own."""
    if isinstance(doc_or_path, (str, Path)):
        path = doc_or_path
    else:   # an ExerciseFile, or a GUI document holding one
        path = getattr(doc_or_path, "file", doc_or_path).path
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


# Text that is not UTF-8, as another program can store it: "Netherl\xffnds".
BAD_UTF8 = "CAST(X'4E65746865726CFF6E6473' AS TEXT)"


def corrupted(template: Path, folder: Path, *statements: str) -> Path:
    """A copy of *template* in *folder* edited with plain sqlite3 (foreign keys off), as another program would."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "damaged.pactline"
    path.write_bytes(template.read_bytes())
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path


def data_rows(doc) -> list[str]:
    """The dump without the log (which grows with every call, undo included)."""
    return [line for line in dump(doc) if not line.startswith('INSERT INTO "log_entry"')]


def refused(doc, field: str, call, *words: str) -> ValidationError:
    """*call* must raise a ValidationError naming *field* (and *words*) and write nothing."""
    before = dump(doc)
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.field == field, str(caught.value)
    for word in words:
        assert word in str(caught.value), f"{word!r} not in {caught.value}"
    assert dump(doc) == before, "a refused call wrote to the database"
    return caught.value


def logged_once(doc, call, kind: str):
    """Run a service call; it must append exactly one entry of *kind*, its summary, and keep the chain."""
    before = log_entries(doc)
    report = call()
    after = log_entries(doc)
    assert len(after) == len(before) + 1, [e.text for e in after[len(before):]]
    entry = after[-1]
    assert (entry.kind, entry.text, entry.author) == (kind, report.summary, doc.author)
    assert verify_log(doc).intact
    return report


def isolate_gui(tmp_path: Path, monkeypatch, qapp) -> list[tuple[str, str]]:
    """Settings and data folder of this test only; error messages are recorded, not shown.

    Returns the recorded (title, text) pairs. (Qt is imported here, so model tests
    can import this module without it.)
    """
    from gui.shell import app as gui_app
    from gui.core import dialogs

    monkeypatch.setenv("PACTLINE_SETTINGS_DIR", str(tmp_path / "settings"))
    monkeypatch.setenv("PACTLINE_DATA_DIR", str(tmp_path / "data"))
    gui_app.configure_application(qapp, VERSION)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": shown.append((title, text)))
    monkeypatch.setattr(dialogs, "notify_error", lambda parent, title, text: shown.append((title, text)))
    # A file open elsewhere is offered read-only or as a copy; unless a test answers, it cancels.
    monkeypatch.setattr(dialogs, "ask_locked_open", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(dialogs, "show_about", lambda parent, title, html: shown.append((title, html)))
    return shown


def italian_catalogue() -> dict[tuple[str, str], str]:
    """(context, English) -> Italian, read from the .ts: model/ texts in Italian without Qt."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(Path(__file__).resolve().parent.parent / "resources" / "translations" / "pactline_it.ts")
    return {(context.findtext("name"), message.findtext("source")): message.findtext("translation")
            for context in tree.getroot() for message in context.findall("message")
            if message.findtext("translation")}


@contextmanager
def in_italian():
    """model.i18n's tr() reads the Italian catalogue inside the block, English again after it."""
    from model import i18n

    catalogue = italian_catalogue()
    i18n.install(lambda context, text, _dis: catalogue.get((context, text), text))
    try:
        yield catalogue
    finally:
        i18n.install(None)
