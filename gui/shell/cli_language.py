"""The command line speaks the chosen language: Preferences › Language, else the system locale.

The headless commands run without a QApplication, so Qt's translators cannot be
installed on one: the catalogue is loaded into a QTranslator and model/i18n's
``tr()`` asks it directly. argparse's own words (``usage:``, ``options``, its
error messages) come through its gettext hook, answered from the same catalogue.
The window's start does not come here: it installs its translators on the
application (gui/core/i18n.install_translators).
"""
from __future__ import annotations

import argparse

from model import i18n
from model.i18n import QT_TR_NOOP, tr_in

_kept: list = []      # the QTranslator lives as long as the lookup that reads it

# argparse's texts that reach a user of pactline (Python 3.11's wording; a newer Python's
# rewording shows in English until it is added here).
ARGPARSE_TEXTS = (
    QT_TR_NOOP("usage: "), QT_TR_NOOP("positional arguments"), QT_TR_NOOP("options"),
    QT_TR_NOOP("show this help message and exit"), QT_TR_NOOP("%(prog)s: error: %(message)s\n"),
    QT_TR_NOOP("argument %(argument_name)s: %(message)s"), QT_TR_NOOP("unrecognized arguments: %s"),
    QT_TR_NOOP("not allowed with argument %s"), QT_TR_NOOP("ignored explicit argument %r"),
    QT_TR_NOOP("the following arguments are required: %s"), QT_TR_NOOP("one of the arguments %s is required"),
    QT_TR_NOOP("expected one argument"), QT_TR_NOOP("expected at most one argument"),
    QT_TR_NOOP("expected at least one argument"), QT_TR_NOOP("ambiguous option: %(option)s could match %(matches)s"),
    QT_TR_NOOP("invalid %(type)s value: %(value)r"), QT_TR_NOOP("invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TR_NOOP("can't open '%(filename)s': %(error)s"),
)
_ARGPARSE_PLURALS = {"expected %s argument": (QT_TR_NOOP("expected {0} argument"), QT_TR_NOOP("expected {0} arguments"))}


def _argparse_text(text: str) -> str:
    return tr_in(__name__, text) if text in ARGPARSE_TEXTS else text


def _argparse_plural(one: str, many: str, n: int) -> str:
    forms = _ARGPARSE_PLURALS.get(one)
    if forms is None:
        return one if n == 1 else many
    # argparse fills in the number with %: hand it back a %s where the catalogue has {0}.
    return tr_in(__name__, forms[0] if n == 1 else forms[1]).replace("{0}", "%s")


def speak_chosen_language(lang: str | None = None) -> str:
    """Make the command line's output (and argparse's) speak *lang* (default: the chosen one); returns it."""
    from gui.core.i18n import install_headless

    lang = install_headless(lang)
    # argparse looks its words up through these module globals (gettext's, which it imported).
    setattr(argparse, "_", _argparse_text)
    setattr(argparse, "ngettext", _argparse_plural)
    return lang


def wants_words_before_parsing(argv: list[str]) -> bool:
    """Whether the arguments ask for something the command line answers itself (a headless command,
    --help, --version, an error) rather than the window, which installs its own translators."""
    return any(arg.startswith("-") and arg.split("=")[0] != "--new-default" for arg in argv)

