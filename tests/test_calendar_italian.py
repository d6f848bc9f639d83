"""The iCalendar export is written in the chosen language: an Italian planner's Outlook shows Italian events.

Only the exercise marking ("EXERCISE EXERCISE EXERCISE", as on every banner and printout)
and the user's own names stay as they are.
"""
from __future__ import annotations

from icalendar import Calendar

from model.calendar_export import export_calendar
from tests.support import in_italian
from tests.test_calendar_export import STAMP, check_events, parsed

ENGLISH = ("deadline", "Owed by", " incident ", "effective", "Capital times", "signatories", "Reaction",
           "Consultation", "Commitment")


def _texts(calendar: Calendar) -> list[str]:
    return [str(event[name]) for event in calendar.events for name in ("SUMMARY", "DESCRIPTION")] + [
        str(c) for event in calendar.events for c in event["CATEGORIES"].cats]


def test_the_deadlines_are_written_in_italian(default_doc, tmp_path):
    target = tmp_path / "scadenze.ics"
    with in_italian():
        count = export_calendar(default_doc, target, stamp=STAMP)
    calendar = parsed(target)
    check_events(calendar)
    assert count == len(calendar.events) > 0
    summaries = [str(event["SUMMARY"]) for event in calendar.events]
    assert any(s.startswith("[EXERCISE] Scadenza di reazione ") for s in summaries)
    assert any(s.startswith("[EXERCISE] Scadenza di consultazione ") for s in summaries)
    assert any(" efficace (" in s for s in summaries)
    texts = _texts(calendar)
    english = sorted({word for text in texts for word in ENGLISH if word in text})
    assert not english, english
    assert any("Dovuta da: " in t for t in texts) and any("Impegno" == t for t in texts)


def test_one_signatorys_deadlines_give_its_capital_time_in_italian(default_doc, tmp_path):
    target = tmp_path / "jp.ics"
    with in_italian():
        export_calendar(default_doc, target, signatory="jp", stamp=STAMP)
    descriptions = [str(event["DESCRIPTION"]) for event in parsed(target).events]
    assert any("\nOre nelle capitali:\nJP: " in d for d in descriptions)
    export_calendar(default_doc, target, signatory="jp", stamp=STAMP)
    assert any("\nCapital times:\nJP: " in str(event["DESCRIPTION"]) for event in parsed(target).events)
