"""Where the program's read-only resources live, in a source tree or a frozen bundle."""
from __future__ import annotations

import sys
from pathlib import Path

# PyInstaller unpacks data next to the executable and exposes it as _MEIPASS.
RESOURCES = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent)) / "resources"


def resource(name: str) -> Path:
    return RESOURCES / name
