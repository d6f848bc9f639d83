"""Errors the model raises for the user to read: each names what and where."""
from __future__ import annotations

from pathlib import Path

from model.i18n import tr


class PactlineError(Exception):
    """Base of every error meant to be shown to the user as it is."""


class ExerciseFileError(PactlineError):
    """An exercise file cannot be opened or created; the file is left untouched."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(tr("Cannot open {path}: {reason}").format(path=self.path, reason=reason))


class FileInUseError(ExerciseFileError):
    """Another Pactline holds the exercise open."""


class LockUnavailableError(ExerciseFileError):
    """No lock file can be made beside the exercise, so it cannot be opened for editing (read-only can)."""


class StoredValueError(PactlineError):
    """A value read from the file is not one Pactline writes (the file was changed outside Pactline)."""


class DamagedFileError(PactlineError):
    """An open exercise turned out to hold a value Pactline cannot read; nothing was changed."""

    def __init__(self, path: Path | str, what: str):
        self.path = Path(path)
        self.what = what
        super().__init__(tr("{path}: the file is damaged: {what}; restore it from a copy")
                         .format(path=self.path, what=what))


class ReadOnlyError(PactlineError):
    """An edit was attempted on an exercise opened read-only."""

    def __init__(self, path: Path | str):
        super().__init__(tr("{path} is open read-only; use Save As to edit a copy").format(path=path))


def field_label(field: str) -> str:
    """``incident_type`` → ``Incident type``; ``terms.reaction_hours`` → ``Reaction hours``; ``signatory_id`` → ``Signatory``."""
    from model.display_names import field_name   # the one list of field names, shared with log entries

    name = field_name(field)
    return name[:1].upper() + name[1:]


def field_error_text(label: str, message: str) -> str:
    """``Incident type: an incident inject needs an incident type.``: the one way a refused field is worded."""
    message = message.strip()
    if message and message[-1] not in ".!?":
        message += "."
    return f"{label}: {message}" if label else message[:1].upper() + message[1:]


class ValidationError(PactlineError):
    """Invalid input to a service; nothing was written.

    ``field`` is the keyword argument (or dotted path) that was refused;
    ``message`` the reason, lower-case, without the field's name. ``str()``
    gives the sentence a user reads (field_error_text).
    """

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(field_error_text(field_label(field), message))


class NotFoundError(PactlineError):
    def __init__(self, what: str, key: object):
        self.what = what
        self.key = key
        super().__init__(tr("{what} {key} does not exist (it may have been deleted)").format(what=what, key=key))
