"""The Italian catalogue: complete, up to date with the sources, faithful to placeholders; and loaded.

A failure here after adding an English string means: run
``python tools/update_translations.py`` and translate what it marks unfinished
(README, Development › Translations).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMenu

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

from gui.core import i18n, settings  # noqa: E402

TS = update_translations.FOLDER / "pactline_it.ts"
HOW = "run `python tools/update_translations.py` and translate the new entries (README › Translations)"


def live_messages():
    return [m for m in update_translations.read(TS)
            if m.translation is None or m.translation.get("type") not in ("vanished", "obsolete")]


def translation_text(message) -> str:
    t = message.translation
    return "" if t is None else (t.text or "")


def where(message) -> str:
    filename, line = message.locations[0] if message.locations else ("?", "?")
    return f"{message.context} ({Path(filename).name}:{line}): {message.source!r}"


def test_every_string_of_the_sources_is_in_the_catalogue():
    """pyside6-lupdate over the sources finds nothing the .ts lacks."""
    known = {m.key for m in live_messages()}
    missing = [m for m in update_translations.extract() if m.key not in known]
    assert not missing, f"{len(missing)} strings not in {TS.name}; {HOW}:\n" + "\n".join(map(where, missing[:20]))


def test_every_string_has_an_italian_translation():
    unfinished = [m for m in live_messages()
                  if m.translation is None or m.translation.get("type") == "unfinished"
                  or not translation_text(m).strip()]
    assert not unfinished, f"{len(unfinished)} strings without Italian; {HOW}:\n" + "\n".join(map(where, unfinished[:20]))


def fields(text: str) -> list[str]:
    """``{0}``, ``{name}``, ``{1:%a}`` → ``0``, ``name``, ``1``; ``%1``, ``%n`` as written."""
    names = re.findall(r"(?<!\{)\{([^{}:!]*)[^{}]*\}", text)
    return sorted(names + re.findall(r"%(?:\d+|n)", text))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?[a-z0-9]+", text))


def test_translations_keep_placeholders_accelerators_markup_and_edges():
    wrong = []
    for m in live_messages():
        text = translation_text(m)
        if fields(text) != fields(m.source):
            wrong.append(f"placeholders {fields(m.source)} → {fields(text)}: {where(m)}")
        if accelerators(text) != accelerators(m.source):
            wrong.append(f"accelerator '&' count differs: {where(m)}")
        if tags(text) != tags(m.source):
            wrong.append(f"HTML tags differ: {where(m)}")
        # Fragments glued to others keep their leading and trailing spaces and line breaks.
        if (m.source[:1].isspace(), m.source[-1:].isspace()) != (text[:1].isspace(), text[-1:].isspace()):
            wrong.append(f"leading or trailing space differs: {where(m)}")
        if m.source.count("\n") != text.count("\n"):
            wrong.append(f"line breaks differ: {where(m)}")
    assert not wrong, "\n".join(wrong)


def test_menu_accelerators_stay_unique_within_each_menu(qapp, qtbot, isolated, exercise_path):
    """Two entries of one menu with the same Alt key would make one of them unreachable by keyboard."""
    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow
    from model.storage.exercise_file import ExerciseFile

    i18n.install_translators(qapp, "it")
    try:
        window = MainWindow(ExerciseDocument(ExerciseFile.open(exercise_path)))
        qtbot.addWidget(window)
        menus = [("menu bar", window.menu_bar), *((m.title(), m) for m in window.findChildren(QMenu))]
        clashes, checked = [], 0
        for title, menu in menus:
            keys: dict[str, str] = {}
            for action in menu.actions():
                if not action.isVisible():      # a hidden twin (e.g. a second Undo for a shortcut) is never offered
                    continue
                found = re.search(r"&([^&\s])", action.text().replace("&&", ""))
                if found:
                    checked += 1
                    key = found[1].lower()
                    if key in keys:
                        clashes.append(f"{title}: {keys[key]!r} and {action.text()!r} share Alt+{key}")
                    keys[key] = action.text()
    finally:
        i18n.install_translators(qapp, "en")
    assert checked >= 40 and [a.text() for a in window.menu_bar.actions()][:2] == ["&File", "&Modifica"]
    assert not clashes, "\n".join(clashes)


@pytest.fixture(autouse=True)
def default_locale():
    """Installing a language sets the default QLocale: put back the one the other tests run with."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def italian(qapp):
    i18n.install_translators(qapp, "it")
    yield qapp
    i18n.install_translators(qapp, "en")


def test_the_italian_catalogue_reaches_gui_model_and_table_headers(italian):
    from gui.incidents.countdown_panel import CountdownModel
    from model.conduct_entities import rating_name
    from model.display_names import category_name
    from model.report_content import section_title
    from PySide6.QtCore import Qt

    assert QCoreApplication.translate("gui.shell.actions", "&Open…") == "&Apri…"
    assert CountdownModel().headerData(0, Qt.Orientation.Horizontal) == "Tempo rimanente"
    assert rating_name("S") == "Eseguito con alcune difficoltà"
    assert category_name("economic") == "Economico (sanzioni)"
    assert section_title(8) == "Vincoli parlamentari"
    assert QLocale().language() == QLocale.Language.Italian


def test_english_comes_back_when_chosen(qapp):
    from model.conduct_entities import rating_name

    i18n.install_translators(qapp, "it")
    i18n.install_translators(qapp, "en")
    assert rating_name("S") == "Performed with some challenges"
    assert QCoreApplication.translate("gui.shell.actions", "&Open…") == "&Open…"


def test_the_language_setting_picks_the_language(qapp, monkeypatch):
    monkeypatch.delenv("PACTLINE_LANGUAGE")
    try:
        settings.set_value(settings.LANGUAGE, "it")
        assert i18n.language() == "it"
        settings.set_value(settings.LANGUAGE, "en")
        assert i18n.language() == "en"
        settings.set_value(settings.LANGUAGE, "system")
        system = QLocale.system().name().split("_")[0]
        assert i18n.language() == (system if system in i18n.SHIPPED else "en")
    finally:
        settings.set_value(settings.LANGUAGE, settings.LANGUAGE.default)


def test_the_environment_overrides_the_setting(qapp, monkeypatch):
    settings.set_value(settings.LANGUAGE, "en")
    monkeypatch.setenv("PACTLINE_LANGUAGE", "it")
    try:
        assert i18n.language() == "it"
    finally:
        settings.set_value(settings.LANGUAGE, settings.LANGUAGE.default)


def test_the_headless_report_is_written_in_the_chosen_language(tmp_path, default_template):
    """--export-report in a fresh process: the AAR's headings and figures in Italian."""
    import os
    import subprocess

    from tests.support import pdf_page_texts

    out = tmp_path / "aar.pdf"
    env = {**os.environ, "PACTLINE_LANGUAGE": "it", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), str(default_template), "--export-report", str(out)],
                            capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_page_texts(out, first=3))
    assert "RAPPORTO POST-ESERCITAZIONE" in text and "Pagina 1 di" in text
    assert "Vincoli parlamentari" in text and "Parliamentary Gates" not in text


def test_findings_and_dates_are_written_in_italian(italian, default_template):
    from datetime import datetime, timezone

    from model.engine import assess
    from model.findings import findings
    from model.report_content import format_when
    from model.snapshot import load_snapshot
    from model.storage.exercise_file import ExerciseFile

    assert format_when(datetime(2026, 3, 2, 6, 0, tzinfo=timezone.utc)) == "lun 2 mar 2026 06:00 UTC"
    doc = ExerciseFile.open(default_template, read_only=True)
    try:
        snapshot = load_snapshot(doc)
    finally:
        doc.close()
    rows = findings(assess(snapshot, snapshot.startex + 10 * 86400))
    assert rows, "the default exercise has findings ten days in"
    english = ("missed the", "commitment yet", "gated until", "military measures coordinated by")
    assert not [r.text for r in rows if any(word in r.text for word in english)]


def test_running_from_source_compiles_a_missing_or_stale_catalogue(tmp_path, monkeypatch):
    import os
    import shutil

    from PySide6.QtCore import QTranslator

    shutil.copy(TS, tmp_path / "pactline_it.ts")
    monkeypatch.setattr(i18n, "resource", lambda name: tmp_path)
    qm = i18n.catalogue("it")
    assert qm == tmp_path / "pactline_it.qm" and qm.exists(), "compiled on first use"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("gui.shell.actions", "&Open…") == "&Apri…"
    stale = qm.stat().st_mtime - 60
    os.utime(qm, (stale, stale))
    assert i18n.catalogue("it").stat().st_mtime > stale, "a .ts newer than the .qm is compiled again"


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_main_window_fits_a_1280_pixel_screen_in_each_language(qapp, qtbot, isolated, exercise_path, language):
    """Longer Italian labels must not push the window past a 1280-pixel laptop screen.

    The offscreen screen is too small for the side docks' minimums (window_layout.side_minimums
    drops them there), so their minimums are added to the centre's, as a 1280 screen applies them.
    """
    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow
    from model.storage.exercise_file import ExerciseFile

    i18n.install_translators(qapp, language)
    try:
        window = MainWindow(ExerciseDocument(ExerciseFile.open(exercise_path)))
        qtbot.addWidget(window)
        window.show()
        window.deferred_docks.build()          # the tabbed docks as they are once the window is up
        qapp.processEvents()
        sides = window.roster_dock.minimum_width() + window.countdown_panel.minimum_width()
        # The centre column holds the timeline and, under it, the tabbed bottom docks: the widest
        # minimum of them all is the column's (the comparison dock's pickers once needed 518 px).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget
        bottom = [d.minimumSizeHint().width() for d in window.findChildren(QDockWidget)
                  if window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea and not d.isFloating()]
        centre = max([window.centralWidget().minimumSizeHint().width(), *bottom])
    finally:
        i18n.install_translators(qapp, "en")
    separators = 2 * window.style().pixelMetric(window.style().PixelMetric.PM_DockWidgetSeparatorExtent)
    assert sides + centre + separators <= 1280, (sides, centre)
