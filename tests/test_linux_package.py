"""The Linux package's declarations agree with the program and with the README."""
from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

from model.storage.file_header import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> ConfigParser:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "pactline.desktop", encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_package_depends_on_every_desktop_library_the_readme_lists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Linux desktop libraries", 1)[1].split("\n## ", 1)[0]
    command = re.search(r"sudo apt-get install (.*?)\n```", section, re.S).group(1)
    listed = set(command.replace("\\", " ").split())
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    depends = re.search(r"^Depends: (.*)$", control, re.M).group(1)
    declared = {re.sub(r"\s*\(.*\)", "", part).strip() for part in depends.split(",")}
    assert listed and listed <= declared, f"missing from Depends: {sorted(listed - declared)}"


def test_a_double_click_on_an_exercise_file_opens_pactline():
    entry = desktop_entry()
    mime = ET.parse(LINUX / "pactline-mime.xml").getroot().find("m:mime-type", MIME_NS)
    assert entry["MimeType"].rstrip(";").split(";") == [mime.get("type")]
    assert entry["Exec"].split()[0] == "pactline" and "%f" in entry["Exec"].split()
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == ["*.pactline"]


def test_the_mime_magic_matches_the_application_id_the_program_stamps():
    mime = ET.parse(LINUX / "pactline-mime.xml").getroot().find("m:mime-type", MIME_NS)
    sqlite = mime.find("m:magic/m:match", MIME_NS)
    stamp = sqlite.find("m:match", MIME_NS)
    assert (sqlite.get("offset"), sqlite.get("value")) == ("0", "SQLite format 3")
    assert int(stamp.get("offset")) == 68   # SQLite's application_id field
    assert stamp.get("value").encode("ascii") == struct.pack(">I", APPLICATION_ID)


def test_the_appstream_metadata_launches_the_desktop_entry_and_names_the_type():
    component = ET.parse(LINUX / "org.pactline.Pactline.metainfo.xml").getroot()
    assert component.findtext("id") == "org.pactline.Pactline"
    assert component.findtext("launchable") == "pactline.desktop"
    assert component.findtext("provides/mediatype") == "application/x-pactline"
    assert component.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
