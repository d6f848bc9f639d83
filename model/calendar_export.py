"""The exercise's deadlines as an iCalendar file (RFC 5545), for Outlook and Thunderbird.

One event per reaction and consultation deadline (per signatory when one is
asked for), per commitment's effective time and per milestone of a standing provision. Times are written in UTC, so
every calendar program places them right without a VTIMEZONE; the description
gives the signatories' capital times. UIDs name the exercise (its identity, see
model/timezones.py) and the record, so importing the file again updates the
events instead of doubling them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from model.errors import PactlineError
from model.timeutil import UTC, format_relative, from_epoch
from model.i18n import tr

PRODID = "-//Pactline//Exercise deadlines//EN"


class CalendarExportError(PactlineError):
    pass


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    start: datetime
    summary: str
    description: str
    categories: tuple[str, ...]


def deadline_entries(doc, *, signatory: str | None = None) -> list[CalendarEntry]:
    """Every deadline of the exercise, or those of *signatory* (ISO code), soonest first."""
    from model.engine import NOT_OBLIGED, assess
    from model.findings import incident_label, measure_label
    from model.storage.reading import exercise_info, instrument_names
    from model.snapshot import NO_TIME, load_snapshot
    from model.timezones import capital_time_text, exercise_identity

    snap = load_snapshot(doc)
    codes = snap.sig_codes
    wanted = None
    if signatory is not None:
        if signatory.upper() not in codes:
            raise CalendarExportError(tr("{signatory}: no signatory of this exercise has that code (they are {0})")
                                         .format(', '.join(codes), signatory=signatory))
        wanted = codes.index(signatory.upper())
    a = assess(snap, float(snap.clock_time))
    info = exercise_info(doc)
    identity = exercise_identity(doc)
    marking = f"EXERCISE EXERCISE EXERCISE — {info.classification}"
    startex = from_epoch(snap.startex)
    entries: list[CalendarEntry] = []

    def local_lines(moment: float, positions) -> str:
        lines = [f"{codes[s]}: {capital_time_text(moment, codes[s])}" for s in positions
                 if capital_time_text(moment, codes[s])]
        return ("\nCapital times:\n" + "\n".join(lines)) if lines else ""

    for kind, ob in (("reaction", a.reaction), ("consultation", a.consultation)):
        title = "Reaction" if kind == "reaction" else "Consultation"
        for pos in range(len(snap.inc_ids)):
            obliged = [s for s in range(len(codes)) if ob.status[pos, s] != NOT_OBLIGED]
            if wanted is not None:
                obliged = [s for s in obliged if s == wanted]
            if not obliged:
                continue
            moment = float(ob.deadline[pos])
            when = from_epoch(moment)
            incident = incident_label(snap, pos)
            who = codes[wanted] if wanted is not None else f"{len(obliged)} signatories"
            entries.append(CalendarEntry(
                uid=f"{kind}-{int(snap.inc_ids[pos])}{'-' + codes[wanted] if wanted is not None else ''}"
                    f"@{identity}.pactline",
                start=when,
                summary=f"[EXERCISE] {title} deadline {incident} ({who})",
                description=f"{marking}\n{info.name}\n{title} deadline of incident {incident}: "
                            f"{format_relative(when, startex, zone=UTC)} UTC\n"
                            f"Owed by: {', '.join(codes[s] for s in obliged)}" + local_lines(moment, obliged),
                categories=("Pactline", title)))
    names = instrument_names(doc)
    for c in range(len(snap.com_ids)):
        s = int(snap.com_sig[c])
        if (wanted is not None and s != wanted) or int(snap.com_effective[c]) == NO_TIME:
            continue
        moment = float(snap.com_effective[c])
        when = from_epoch(moment)
        incident = incident_label(snap, int(snap.com_inc[c]))
        measure = measure_label(snap.com_measure[c], names)
        entries.append(CalendarEntry(
            uid=f"commitment-{int(snap.com_ids[c])}@{identity}.pactline",
            start=when,
            summary=f"[EXERCISE] {codes[s]} {measure} effective ({incident})",
            description=f"{marking}\n{info.name}\n{snap.sig_names[s]}: {measure} for incident {incident}, "
                        f"effective {format_relative(when, startex, zone=UTC)} UTC" + local_lines(moment, [s]),
            categories=("Pactline", "Commitment")))
    entries += _milestone_entries(snap, wanted, marking, info.name, identity, local_lines)
    entries.sort(key=lambda e: (e.start, e.uid))
    return entries


def _milestone_entries(snap, wanted, marking: str, name: str, identity: str, local_lines) -> list[CalendarEntry]:
    """One event per milestone of a standing provision, its status at the exercise clock in the description."""
    from model.provision_status import STATUS_NAMES, amount_text, provision_states

    positions = {int(sig_id): s for s, sig_id in enumerate(snap.sig_ids.tolist())}
    startex = from_epoch(snap.startex)
    entries = []
    for state in provision_states(snap.provisions, float(snap.clock_time)):
        p = state.provision
        s = positions.get(p.signatory_id)
        if s is None or (wanted is not None and s != wanted):
            continue
        for m in state.milestones:
            when = from_epoch(m.milestone.due)
            due = amount_text(m.milestone.quantity, p.unit, m.milestone.value, p.currency)
            entries.append(CalendarEntry(
                uid=f"milestone-{m.milestone.id}@{identity}.pactline",
                start=when,
                summary=f"[EXERCISE] {snap.sig_codes[s]} {p.title}: {m.milestone.what}",
                description=f"{marking}\n{name}\n{snap.sig_names[s]}, standing provision {p.title}: "
                            f"{m.milestone.what}{' (' + due + ')' if due else ''} due "
                            f"{format_relative(when, startex, zone=UTC)} UTC\n"
                            f"Status at the exercise clock: {STATUS_NAMES[m.status]}"
                            + (" (figures assumed)" if p.assumed else "") + local_lines(m.milestone.due, [s]),
                categories=("Pactline", "Provision milestone")))
    return entries


def calendar_bytes(entries: list[CalendarEntry], *, name: str, stamp: datetime | None = None) -> bytes:
    """The entries as one VCALENDAR; *stamp* (DTSTAMP) is now unless a test fixes it."""
    from icalendar import Calendar, Event

    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar.new(prodid=PRODID, name=name)     # NAME and X-WR-CALNAME (Outlook reads the latter)
    for entry in entries:
        event = Event.new(uid=entry.uid, stamp=stamp, start=entry.start.astimezone(UTC), summary=entry.summary,
                          description=entry.description, categories=list(entry.categories))
        event.add("TRANSP", "TRANSPARENT")     # a deadline does not make anybody busy
        calendar.add_component(event)
    if not entries:
        raise CalendarExportError(tr("there are no deadlines to export yet: add an incident first"))
    calendar.validate()
    return calendar.to_ical()


def export_calendar(doc, target: Path | str, *, signatory: str | None = None,
                    stamp: datetime | None = None) -> int:
    """Write the deadlines (all, or one signatory's) to *target* whole or not at all; returns how many."""
    from model.storage.reading import exercise_info
    from model.storage.file_output import atomic_output, write_bytes

    entries = deadline_entries(doc, signatory=signatory)
    name = exercise_info(doc).name + (f" — {signatory.upper()}" if signatory else "")
    data = calendar_bytes(entries, name=name, stamp=stamp)
    with atomic_output(Path(target).absolute()) as tmp:
        write_bytes(tmp, data)
    return len(entries)
