"""Which language Pactline speaks, and loading its translations at start-up.

The strings are wrapped with the one ``tr()`` helper (model/i18n.py, re-exported
here); this module points that helper and Qt at the catalogue of the language
chosen in Preferences (settings.LANGUAGE), or of the system locale. Running from
source, the ``.qm`` is compiled from the ``.ts`` on first use (pyside6-lrelease
ships with PySide6); the frozen bundle carries it compiled.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.core import settings
from model import i18n
from model.i18n import QT_TR_NOOP, tr, tr_in  # noqa: F401  (the helpers gui modules import from here)
from model.resources import resource

SHIPPED = ("en", "it")     # English is the source language: it needs no catalogue of ours
_installed: list[QTranslator] = []
_headless: list[QTranslator] = []   # the command line's catalogue, kept alive while tr() reads it


def language() -> str:
    """The language in use: the setting, or the system's when that is "system" (English if not shipped).

    PACTLINE_LANGUAGE overrides both: tests run in English whatever the machine's locale, and a
    translator can start Pactline in Italian without touching the settings.
    """
    chosen = os.environ.get("PACTLINE_LANGUAGE") or str(settings.value(settings.LANGUAGE) or "system")
    if chosen in SHIPPED:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in SHIPPED else "en"


def locale_for(lang: str) -> QLocale:
    """Formats for dates and numbers: the system's when it speaks *lang*, else *lang*'s own."""
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        return system
    return QLocale(QLocale.Language.Italian, QLocale.Country.Italy) if lang == "it" else \
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def catalogue(lang: str) -> Path:
    """The compiled catalogue of *lang*; from source, compiled now if the .ts is newer."""
    folder = resource("translations")
    qm = folder / f"pactline_{lang}.qm"
    ts = folder / f"pactline_{lang}.ts"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        if not os.access(folder, os.W_OK):
            # A source tree the user cannot write to: compile beside the other temporary files.
            qm = Path(tempfile.gettempdir()) / f"pactline_{lang}-{int(ts.stat().st_mtime)}.qm"
            if qm.exists():
                return qm
        compile_catalogue(ts, qm)
    return qm


def compile_catalogue(ts: Path, qm: Path) -> None:
    """pyside6-lrelease *ts* into *qm* (the tool beside PySide6; no Python start-up of its own)."""
    subprocess.run([str(lrelease_tool()), "-silent", str(ts), "-qm", str(qm)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def lrelease_tool(system: str = sys.platform) -> Path:
    """Qt's lrelease as PySide6 ships it: ``lrelease.exe`` on Windows, ``lrelease`` elsewhere."""
    import PySide6

    return Path(PySide6.__file__).parent / ("lrelease.exe" if system == "win32" else "lrelease")


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_it.qm: standard buttons, shortcuts' key names) are: Qt's
    configured folder, or PySide6's beside the module (a frozen bundle keeps them there)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def missing_catalogues() -> list[str]:
    """The shipped languages whose catalogues (ours or Qt's) do not load: what --self-test reports."""
    missing = []
    for lang in SHIPPED:
        if lang == "en":
            continue
        ours, qt_base = QTranslator(), QTranslator()
        if not ours.load(str(catalogue(lang))):
            missing.append(f"pactline_{lang}.qm")
        if not any(qt_base.load(f"qtbase_{lang}", folder) for folder in qt_translation_folders()):
            missing.append(f"qtbase_{lang}.qm")
    return missing


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Make *app* (and model/'s texts) speak *lang* (default: language()); returns the language used."""
    lang = lang or language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    if lang != "en":
        qt_base = QTranslator(app)
        if any(qt_base.load(f"qtbase_{lang}", folder) for folder in qt_translation_folders()):
            _installed.append(qt_base)
        ours = QTranslator(app)
        try:
            loaded = ours.load(str(catalogue(lang)))
        except (OSError, subprocess.CalledProcessError) as err:
            print(f"pactline: the {lang} translation could not be compiled ({err}); showing English",
                  file=sys.stderr)
            loaded = False
        if loaded:
            _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    i18n.install(QCoreApplication.translate if lang != "en" else None)
    return lang


def install_headless(lang: str | None = None) -> str:
    """Make model/'s ``tr()`` speak *lang* (default: language()) without a QApplication: the command line.

    Qt installs translators only on an application; a headless command has none, so the
    catalogue's QTranslator answers ``tr()`` itself. Returns the language used.
    """
    lang = lang or language()
    QLocale.setDefault(locale_for(lang))
    _headless.clear()
    if lang == "en":
        i18n.install(None)
        return lang
    ours = QTranslator()
    try:
        loaded = ours.load(str(catalogue(lang)))
    except (OSError, subprocess.CalledProcessError) as err:
        print(f"pactline: the {lang} translation could not be compiled ({err}); showing English", file=sys.stderr)
        loaded = False
    if not loaded:
        i18n.install(None)
        return "en"
    _headless.append(ours)
    i18n.install(lambda context, text, disambiguation: ours.translate(context, text, disambiguation) or text)
    return lang


def day_text(value, *, weekday: bool = True, year: bool = True) -> str:
    """``Mon 2 Mar 2026`` / ``lun 2 mar 2026``: day and month names in the locale's language (QLocale)."""
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    parts = [locale.dayName(value.isoweekday(), short)] if weekday else []
    parts += [str(value.day), locale.monthName(value.month, short)]
    if year:
        parts.append(f"{value.year}")
    return " ".join(parts)
