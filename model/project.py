"""The project's own particulars, set here and nowhere else: the .deb, its AppStream metadata and Help › About
read them (packaging/linux/build-deb.sh through ``python -m model.project``).

The repository declares no licence and names no maintainer yet, so neither is invented:
set LICENCE to the SPDX identifier of the licence the project chooses and MAINTAINER to
who answers for the package, and every place follows. Until then the .deb names a
maintainer address that can never deliver (the reserved .invalid domain) and AppStream
says no licence is granted, as is the case while none is declared.
"""
from __future__ import annotations

import sys

LICENCE = ""        # SPDX identifier, e.g. "EUPL-1.2"; "" while the project has declared none
MAINTAINER = ""     # "Name <address>" for the .deb's Maintainer field; "" while none is named

UNDECLARED_LICENCE = "LicenseRef-proprietary"     # AppStream's word for "no licence granted"
PLACEHOLDER_MAINTAINER = "Pactline maintainers <maintainers@pactline.invalid>"


def appstream_licence() -> str:
    return LICENCE or UNDECLARED_LICENCE


def deb_maintainer() -> str:
    return MAINTAINER or PLACEHOLDER_MAINTAINER


def main(argv: list[str]) -> int:
    """``python -m model.project licence|maintainer``: the value a packaging script puts in."""
    values = {"licence": appstream_licence, "maintainer": deb_maintainer}
    if len(argv) != 1 or argv[0] not in values:
        print("usage: python -m model.project licence|maintainer", file=sys.stderr)
        return 2
    print(values[argv[0]]())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
