"""The licence and the maintainer are set in one place, model/project.py, and every place that states them follows.

The repository declares neither yet, so nothing here invents one: the .deb names a
maintainer address that can never deliver, AppStream says no licence is granted and
Help › About says none is declared, until model/project.py is filled in.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from model import project

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def _substituted(template: Path) -> str:
    """*template* as build-deb.sh fills it in: its own sed expressions, the values from model.project."""
    script = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    values = {name: subprocess.run([sys.executable, "-m", "model.project", name], cwd=ROOT, check=True,
                                   capture_output=True, text=True).stdout.strip() for name in ("licence", "maintainer")}
    assert re.search(r'LICENCE=\$\("\$PYTHON" -m model.project licence\)', script)
    assert re.search(r'MAINTAINER=\$\("\$PYTHON" -m model.project maintainer\)', script)
    assert '-e "s|@LICENCE@|$LICENCE|" "$HERE/org.pactline.Pactline.metainfo.xml"' in script
    assert '-e "s|@MAINTAINER@|$MAINTAINER|"' in script
    return template.read_text(encoding="utf-8").replace("@LICENCE@", values["licence"]).replace(
        "@MAINTAINER@", values["maintainer"])


def test_the_deb_and_appstream_take_the_maintainer_and_licence_from_the_one_place():
    control = _substituted(LINUX / "control.in")
    assert re.search(r"^Maintainer: (.*)$", control, re.M).group(1) == project.deb_maintainer()
    metainfo = _substituted(LINUX / "org.pactline.Pactline.metainfo.xml")
    assert f"<project_license>{project.appstream_licence()}</project_license>" in metainfo


def test_nothing_is_invented_while_the_project_declares_neither():
    assert project.LICENCE == "" and project.MAINTAINER == ""
    assert project.deb_maintainer().endswith("@pactline.invalid>")      # RFC 2606: never delivers
    assert project.appstream_licence() == "LicenseRef-proprietary"      # no licence granted


def test_no_other_file_states_them():
    stated = []
    for path in [*(ROOT / "packaging").rglob("*"), *(ROOT / "gui").rglob("*.py"), ROOT / "main.py", ROOT / "build.spec"]:
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            if "pactline.invalid" in text or "LicenseRef-" in text:
                stated.append(path.relative_to(ROOT).as_posix())
    assert not stated, stated


def test_about_states_the_licence_once_it_is_set(monkeypatch, tmp_path):
    from gui.shell.about import about_html

    assert "not yet declared by the project" in about_html("0.1.0", tmp_path)
    monkeypatch.setattr(project, "LICENCE", "EUPL-1.2")
    assert "Pactline: EUPL-1.2;" in about_html("0.1.0", tmp_path)


def test_the_command_refuses_an_unknown_particular():
    result = subprocess.run([sys.executable, "-m", "model.project", "colour"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and "usage" in result.stderr
