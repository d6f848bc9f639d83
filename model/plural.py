"""Counted phrases with real plurals: ``1 signatory added``, ``3 signatories added``.

The caller passes both full sentences (each with ``{0}`` for the number), so
a translator translates whole phrases and no code glues an "s" or "(s)" on a
word. In gui/, wrap each form in ``tr()`` before passing it.
"""
from __future__ import annotations

from model.i18n import Text, number_text


def plural(n: int, one: str, many: str) -> str:
    """*one* when *n* is 1, else *many*, with ``{0}`` replaced by *n* in the language's digits (``1,500``/``1.500``).

    Only ``{0}`` is filled in, so a phrase may hold further ``{1}``, ``{2}``
    for the caller to ``format`` or ``replace`` afterwards.
    """
    # Text: a phrase holding further fields formats their figures in the language too (model/i18n.py)
    return Text((one if n == 1 else many).replace("{0}", number_text(n)))
