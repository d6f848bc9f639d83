"""Exercise-wide services: name, markings, STARTEX/ENDEX, the saved clock."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model.display_names import changed_fields
from model.entities import ClockState, ExerciseInfo
from model.errors import ValidationError
from model.services import log, validate
from model.services.changes import ChangeReport
from model.services.records import apply_values, check_fields, fetch, when
from model.services.reporting import report
from model.i18n import figure_text, tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

FIELDS = ("name", "description", "classification", "marking_colour", "startex", "endex")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_SPEED = 10_000.0


def _clean(values: dict) -> dict:
    cleaned = {
        "name": validate.text("name", values["name"], max_len=200, required=True),
        "description": validate.text("description", values["description"], max_len=4000),
        "classification": validate.text("classification", values["classification"], max_len=100,
                                        required=True),
        "marking_colour": values["marking_colour"],
        "startex": validate.moment("startex", values["startex"]),
        "endex": validate.moment("endex", values["endex"]),
    }
    if not isinstance(cleaned["marking_colour"], str) or not _COLOUR.match(cleaned["marking_colour"]):
        raise ValidationError("marking_colour", tr("'{0}' is not a colour like #2e7d32")
                                                   .format(cleaned['marking_colour']))
    if cleaned["endex"] <= cleaned["startex"]:
        raise ValidationError("endex", tr("ENDEX must come after STARTEX"))
    return cleaned


def new_info(**values) -> ExerciseInfo:
    return ExerciseInfo(id=1, **_clean({"description": "", "classification": "UNCLASSIFIED",
                                        "marking_colour": "#2e7d32", **values}))


def update_exercise(doc: ExerciseFile, **changes) -> ChangeReport:
    check_fields(changes, FIELDS, "exercise")
    with doc.transaction() as session:
        row = fetch(session, ExerciseInfo, 1, "Exercise description")
        current = {name: getattr(row, name) for name in FIELDS}
        previous = apply_values(row, {k: v for k, v in _clean({**current, **changes}).items() if k in changes})
        summary = tr("Exercise settings edited ({fields})").format(fields=changed_fields(previous))
        if previous:
            log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "exercise_info", "updated", (1,), previous=previous, summary=summary)


def clean_speed(speed) -> float:
    if isinstance(speed, bool) or not isinstance(speed, (int, float)) or not 0 < speed <= MAX_SPEED:
        raise ValidationError("speed", tr("must be a factor above 0 and at most {MAX_SPEED:g} (got {speed!r})")
                                          .format(MAX_SPEED=MAX_SPEED, speed=speed))
    return float(speed)


def save_clock(doc: ExerciseFile, *, scenario_time, running: bool, speed: float, action: str | None = None) -> ChangeReport:
    """Store the clock so a reopened exercise resumes at the same scenario time.

    *action* ("started", "paused", ...) also writes a clock entry to the log;
    "ENDEX" then seals the log's head.
    """
    scenario_time = validate.moment("scenario_time", scenario_time)
    running = validate.boolean("running", running)
    speed = clean_speed(speed)
    with doc.transaction() as session:
        row = fetch(session, ClockState, 1, "Exercise clock")
        previous = apply_values(row, {"scenario_time": scenario_time, "running": running, "speed": speed})
        if action:
            log.append_entry(session, doc, kind="clock",
                             text=tr("Clock {action} at {when} (x{speed})").format(
                                 action=action, when=when(session, scenario_time), speed=figure_text(speed)))
        if action == "ENDEX":
            # The log's head at the end of play, kept apart from the chain: see services/log.py.
            log.append_seal(session, doc, reason="ENDEX")
        return report(session, "clock_state", "updated", (1,), previous=previous, summary=action or "")
