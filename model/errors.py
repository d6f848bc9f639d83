"""Errors the model raises for the user to read: each names what and where."""
from __future__ import annotations

import re
from pathlib import Path

from model.i18n import QT_TR_NOOP, tr


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


# The field names the services refuse, as error messages start with them ("Severity: ...");
# log entries word the same names in English (display_names.field_name): they are a record.
_FIELD_LABELS = frozenset((
    QT_TR_NOOP("Additional fields"), QT_TR_NOOP("Adhoc"), QT_TR_NOOP("After"), QT_TR_NOOP("Agreement date"),
    QT_TR_NOOP("Announced at"), QT_TR_NOOP("Approval basis"), QT_TR_NOOP("Approval lead time"),
    QT_TR_NOOP("Approval required"), QT_TR_NOOP("At"), QT_TR_NOOP("Author"), QT_TR_NOOP("Basis"),
    QT_TR_NOOP("Bound from"), QT_TR_NOOP("Branch point"), QT_TR_NOOP("Capability"), QT_TR_NOOP("Categories"),
    QT_TR_NOOP("Category"), QT_TR_NOOP("Classification"), QT_TR_NOOP("Code"), QT_TR_NOOP("Completion date"),
    QT_TR_NOOP("Consultation tier by severity"), QT_TR_NOOP("Contact"), QT_TR_NOOP("Coordination"),
    QT_TR_NOOP("Correction of"), QT_TR_NOOP("Corrective action"), QT_TR_NOOP("Critical tasks"),
    QT_TR_NOOP("Delivery time"), QT_TR_NOOP("Description"), QT_TR_NOOP("ENDEX"), QT_TR_NOOP("EU member"),
    QT_TR_NOOP("Effective at"), QT_TR_NOOP("Expect head"), QT_TR_NOOP("Ids"), QT_TR_NOOP("Incident"),
    QT_TR_NOOP("Incident type"), QT_TR_NOOP("Inject type"), QT_TR_NOOP("Instruments offered"), QT_TR_NOOP("Issue"),
    QT_TR_NOOP("Joined at"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Lead time assumed"), QT_TR_NOOP("Location"),
    QT_TR_NOOP("Log entry"), QT_TR_NOOP("Marking colour"), QT_TR_NOOP("Measure"), QT_TR_NOOP("NATO member"),
    QT_TR_NOOP("Name"), QT_TR_NOOP("Note"), QT_TR_NOOP("Notes"), QT_TR_NOOP("Now"), QT_TR_NOOP("Number"),
    QT_TR_NOOP("Objective"), QT_TR_NOOP("Occurred at"), QT_TR_NOOP("Offset"), QT_TR_NOOP("Outcome"),
    QT_TR_NOOP("Outcomes"), QT_TR_NOOP("Phase"), QT_TR_NOOP("Point of contact"), QT_TR_NOOP("Quantity"), QT_TR_NOOP("Question"), QT_TR_NOOP("Value"),
    QT_TR_NOOP("Rating"), QT_TR_NOOP("Rating note"), QT_TR_NOOP("Reaction hours"), QT_TR_NOOP("Reason"),
    QT_TR_NOOP("Responsible org"), QT_TR_NOOP("Running"), QT_TR_NOOP("STARTEX"), QT_TR_NOOP("Scenario time"),
    QT_TR_NOOP("Severity"), QT_TR_NOOP("Signatory"), QT_TR_NOOP("Sort order"), QT_TR_NOOP("Speed"),
    QT_TR_NOOP("Start date"), QT_TR_NOOP("Status"), QT_TR_NOOP("Terms"), QT_TR_NOOP("Text"), QT_TR_NOOP("Tiers"),
    QT_TR_NOOP("Title"), QT_TR_NOOP("Withdrawn at"),
    # Standing provisions and what-if variants (schema 7)
    QT_TR_NOOP("Assumed"), QT_TR_NOOP("Created at"), QT_TR_NOOP("Currency"), QT_TR_NOOP("Delivered at"),
    QT_TR_NOOP("Due at"), QT_TR_NOOP("Milestone"), QT_TR_NOOP("Unit"), QT_TR_NOOP("What"),
    QT_TR_NOOP("Branch point it asks to resolve")))


_BATCH_ROW = re.compile(r"entries\[(\d+)\]\.(.+)")
_INDEXED = re.compile(r"(\w+)(\[\d+\])")


def field_label(field: str) -> str:
    """``incident_type`` → ``Incident type``; ``terms.reaction_hours`` → ``Reaction hours``; ``signatory_id`` → ``Signatory``;
    ``entries[1].code`` → ``Entry 2, code`` (the batch's row and the field, both in the chosen language)."""
    from model.display_names import field_name   # the one list of field names, shared with log entries

    row = _BATCH_ROW.fullmatch(field)
    if row:
        inner = field_label(row[2])
        if inner[1:2].islower():          # "code", but "NATO member" and "STARTEX" as they are
            inner = inner[:1].lower() + inner[1:]
        return tr("Entry {0}, {1}").format(int(row[1]) + 1, inner)
    indexed = _INDEXED.fullmatch(field)
    if indexed:                           # "tiers[1]" → "Tiers[1]"
        return field_label(indexed[1]) + indexed[2]
    name = field_name(field)
    label = name[:1].upper() + name[1:]
    return tr(label) if label in _FIELD_LABELS else label


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


# One whole sentence per kind of record (services/records.fetch's *what*): Italian agrees the
# participle with the noun ("eliminato", "eliminata"), so a glued noun would not do.
_NOT_FOUND = {
    "Branch point": QT_TR_NOOP("Branch point {key} does not exist (it may have been deleted)"),
    "Commitment": QT_TR_NOOP("Commitment {key} does not exist (it may have been deleted)"),
    "Consultation": QT_TR_NOOP("Consultation {key} does not exist (it may have been deleted)"),
    "Exercise clock": QT_TR_NOOP("Exercise clock {key} does not exist (it may have been deleted)"),
    "Exercise description": QT_TR_NOOP("Exercise description {key} does not exist (it may have been deleted)"),
    "Improvement-plan item": QT_TR_NOOP("Improvement-plan item {key} does not exist (it may have been deleted)"),
    "Incident type": QT_TR_NOOP("Incident type {key} does not exist (it may have been deleted)"),
    "Incident": QT_TR_NOOP("Incident {key} does not exist (it may have been deleted)"),
    "Inject": QT_TR_NOOP("Inject {key} does not exist (it may have been deleted)"),
    "Measure": QT_TR_NOOP("Measure {key} does not exist (it may have been deleted)"),
    "Objective": QT_TR_NOOP("Objective {key} does not exist (it may have been deleted)"),
    "Observation": QT_TR_NOOP("Observation {key} does not exist (it may have been deleted)"),
    "Outcome": QT_TR_NOOP("Outcome {key} does not exist (it may have been deleted)"),
    "Signatory": QT_TR_NOOP("Signatory {key} does not exist (it may have been deleted)"),
    "Treaty terms": QT_TR_NOOP("Treaty terms {key} does not exist (it may have been deleted)"),
    "What-if variant": QT_TR_NOOP("What-if variant {key} does not exist (it may have been deleted)"),
    "Standing provision": QT_TR_NOOP("Standing provision {key} does not exist (it may have been deleted)"),
    "Milestone": QT_TR_NOOP("Milestone {key} does not exist (it may have been deleted)"),
    "Delivery": QT_TR_NOOP("Delivery {key} does not exist (it may have been deleted)"),
}


class NotFoundError(PactlineError):
    def __init__(self, what: str, key: object):
        self.what = what
        self.key = key
        sentence = _NOT_FOUND.get(what)
        text = (tr(sentence) if sentence else tr("{what} {key} does not exist (it may have been deleted)"))
        super().__init__(text.format(what=what, key=key))
