"""A start-up shortcut around PySide6's import hook.

Once PySide6 is loaded it checks every module imported after it for the text
"PySide6" (so that ``from __feature__ import snake_case`` can switch per
module, PYSIDE-2029), and it reads each module through ``inspect.getsource``:
linecache, lines, a join, ~0.17 ms a module; ~50 ms for the ~300 modules the
window imports after Qt (pyqtgraph, gui/, model/, parts of the standard
library). Reading the file's bytes answers the same question several times
faster. Pactline uses no ``__feature__``; the answer is kept exact all the same,
and anything other than a readable .py file goes to PySide6's own check.
"""
from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (loads the hook this adjusts)

_MARK = "_pactline_fast"


def install_fast_feature_check() -> bool:
    """Replace PySide6's per-module source check by a byte search; False if this PySide6 has none."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass    # frozen, or gone: as PySide6 would find out
        return original(module)

    setattr(uses_pyside, _MARK, True)
    uses_pyside.original = original
    feature._mod_uses_pyside = uses_pyside
    return True
