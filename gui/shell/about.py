"""Help → About: what Pactline is, and what a support desk asks first (versions, data folder, licences)."""
from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion

from gui.core.i18n import tr
from model import project

# Pactline's own licence is set in model/project.py (the .deb and AppStream read it there too); the
# components' licences are facts the About box states either way (the LGPL asks that users be told Qt is under it).
COMPONENT_LICENCES = (("Qt / Qt for Python (PySide6)", "LGPL-3.0"), ("pyqtgraph", "MIT"),
                      ("SQLAlchemy", "MIT"))


def about_html(version: str, data_dir: Path) -> str:
    licence = project.LICENCE or tr("not yet declared by the project")
    components = ", ".join(f"{name}: {spdx}" for name, spdx in COMPONENT_LICENCES)
    return tr(
        "<h3>Pactline {0}</h3>"
        "<p>Plans and runs table-top exercises of a multilateral security-guarantee treaty: "
        "reaction and consultation deadlines, proportional responses, parliamentary gates.</p>"
        "<p>Works offline; it never makes a network connection.</p>"
        "<table>"
        "<tr><td>Qt</td><td>{1} (PySide6 {2})</td></tr>"
        "<tr><td>Python</td><td>{3}</td></tr>"
        "<tr><td>Data folder</td><td>{4}</td></tr>"
        "<tr><td>Licence</td><td>Pactline: {5}; {6}</td></tr>"
        "</table>").format(html.escape(version), qVersion(), PySide6.__version__, platform.python_version(),
                           html.escape(str(data_dir)), html.escape(licence), html.escape(components))
