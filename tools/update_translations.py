"""Bring resources/translations/pactline_<lang>.ts up to date with the sources.

    python tools/update_translations.py            # update the catalogues, print the coverage
    python tools/update_translations.py --check    # change nothing; exit 1 if a catalogue is out of date

pyside6-lupdate finds the strings (``tr("…")``, ``self.tr("…")``, ``QT_TR_NOOP``,
``QCoreApplication.translate("Context", "…")``) in gui/, model/ and main.py. It files
the bare ``tr()`` of model/i18n.py under the empty context; this script files each of
those under the module it is written in (``gui.projector.panels``), which is the
context ``tr()`` looks it up in at run time, and adds the names of the shipped
catalogue (resources/catalogue.json) under ``model.display_names``. Translations
already made are kept; a string no longer in the sources is kept as "vanished"
(lrelease leaves it out) so a reworded string's old translation can be reused.
Then open the .ts in Qt Linguist (``pyside6-linguist``) and translate what is unfinished.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("it",)
SOURCES = ("gui", "model", "main.py")
CATALOGUE_CONTEXT = "model.display_names"


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, str]] = field(default_factory=list)   # (file relative to the .ts, line)
    translation: ET.Element | None = None                            # as written in the .ts

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def lupdate() -> Path:
    import PySide6

    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    return Path(PySide6.__file__).parent / name


def module_of(location: str) -> str:
    """``../../gui/projector/panels.py`` (relative to the .ts) → ``gui.projector.panels``."""
    path = (FOLDER / location).resolve().relative_to(ROOT)
    return ".".join(path.with_suffix("").parts)


def read(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            messages.append(Message(
                name, element.findtext("source") or "", element.findtext("comment") or "",
                element.get("numerus") == "yes",
                [(loc.get("filename", ""), loc.get("line", "")) for loc in element.iter("location")],
                element.find("translation")))
    return messages


def extract() -> list[Message]:
    """Every translatable string of the sources, each under the context it is looked up in."""
    with tempfile.TemporaryDirectory(dir=FOLDER, prefix=".extract-") as folder:
        ts = Path(folder) / "extract.ts"
        subprocess.run([str(lupdate()), "-silent", "-extensions", "py", "-locations", "absolute",
                        *[str(ROOT / s) for s in SOURCES], "-ts", str(ts)], check=True, cwd=ROOT)
        found = read(ts)
    by_key: dict[tuple[str, str, str], Message] = {}
    for message in found:
        for filename, line in message.locations:
            # Locations were written relative to the temporary folder, one level below FOLDER.
            location = os.path.relpath(Path(folder) / filename, FOLDER)
            context = message.context or module_of(location)
            copy = by_key.setdefault((context, message.source, message.comment), Message(
                context, message.source, message.comment, message.numerus))
            copy.locations.append((location, line))
    for context, name in catalogue_names():
        by_key.setdefault((context, name, ""), Message(context, name, locations=[("../catalogue.json", "0")]))
    return sorted(by_key.values(), key=lambda m: (m.context, m.locations[0][0], int(m.locations[0][1] or 0)))


def catalogue_names() -> list[tuple[str, str]]:
    """(context, text) of what is shown from the shipped catalogue: its names (model/display_names.py)
    and the incident types' codes in words (model/findings.py's short labels)."""
    catalogue = json.loads((ROOT / "resources" / "catalogue.json").read_text(encoding="utf-8"))
    names = [c["name"] for c in catalogue["categories"]]
    names += list(catalogue["severities"].values())
    names += [t["name"] for t in catalogue["incident_types"]]
    names += [i["name"] for i in catalogue["instruments"]]
    names += [c[key] for c in catalogue["coordination"] for key in ("name", "coordinator", "adversary_note", "reason")
              if c.get(key)]
    words = [t["code"].replace("_", " ") for t in catalogue["incident_types"]]
    return ([(CATALOGUE_CONTEXT, n) for n in dict.fromkeys(n for n in names if n)]
            + [("model.findings", w) for w in dict.fromkeys(words)])


def merge(found: list[Message], existing: list[Message]) -> list[Message]:
    """*found* with the translations of *existing*; strings no longer found are kept as vanished."""
    old = {m.key: m for m in existing}
    merged = []
    for message in found:
        before = old.pop(message.key, None)
        if before is not None and before.translation is not None:
            translation = before.translation
            if translation.get("type") in ("vanished", "obsolete"):
                translation.set("type", "unfinished")     # back in the sources: a translator looks again
            message.translation = translation
        merged.append(message)
    for message in old.values():
        translation = message.translation
        if translation is not None and _has_text(translation):
            if translation.get("type") != "vanished":
                translation.set("type", "vanished")
            merged.append(message)
    return merged


def _has_text(translation: ET.Element) -> bool:
    return bool((translation.text or "").strip() or any((f.text or "").strip() for f in translation))


def write(ts: Path, lang: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=f"{lang}_IT" if lang == "it" else lang,
                      sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        element = ET.SubElement(contexts[message.context], "message")
        if message.numerus:
            element.set("numerus", "yes")
        for filename, line in message.locations:
            ET.SubElement(element, "location", filename=filename, line=line)
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = message.translation
        if translation is None:
            translation = ET.Element("translation", type="unfinished")
            if message.numerus:
                ET.SubElement(translation, "numerusform")
        translation.tail = None
        element.append(translation)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def coverage(messages: list[Message]) -> tuple[int, int]:
    """(strings in the sources, of those translated and finished)."""
    live = [m for m in messages if m.translation is None or m.translation.get("type") not in ("vanished", "obsolete")]
    done = [m for m in live if m.translation is not None and m.translation.get("type") != "unfinished"
            and _has_text(m.translation)]
    return len(live), len(done)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a catalogue is out of date")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    found = extract()
    stale = False
    for lang in LANGUAGES:
        ts = FOLDER / f"pactline_{lang}.ts"
        existing = read(ts) if ts.exists() else []
        merged = merge([Message(m.context, m.source, m.comment, m.numerus, list(m.locations)) for m in found],
                       existing)
        live_keys = {m.key for m in found}
        new = [m for m in found if m.key not in {e.key for e in existing}]
        gone = [m for m in existing if m.key not in live_keys
                and (m.translation is None or m.translation.get("type") != "vanished")]
        total, done = coverage(merged)
        print(f"{ts.relative_to(ROOT)}: {total} strings, {done} translated ({100 * done / max(total, 1):.1f} %); "
              f"{len(new)} new, {len(gone)} no longer in the sources")
        if args.check:
            stale = stale or bool(new or gone)
        else:
            write(ts, lang, merged)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
