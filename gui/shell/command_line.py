"""Headless commands: every import and export of the program, for scripts.

Each command opens the exercise file like the program does (locked, checked,
upgraded), does one thing, prints what it did and returns an exit code: 0 on
success, 2 with the same plain message the program would show on bad input
(``--verify-log`` exits 1 when the log was altered or truncated).
Only the report and the timeline image need Qt; they draw offscreen.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from model.errors import ExerciseFileError, PactlineError
from model.i18n import tr
from model.plural import plural

# Exit codes (ALTERED: --verify-log found the log altered or truncated)
OK, ALTERED, BAD_INPUT = 0, 1, 2


def _fail(message: str) -> int:
    print(f"pactline: {message}", file=sys.stderr)
    return BAD_INPUT


def _with_exercise(path: str | None, work: Callable, *, read_only: bool) -> int:
    from model.storage.exercise_file import ExerciseFile

    if not path:
        return _fail(tr("this command needs an EXERCISE file"))
    try:
        doc = ExerciseFile.open(path, read_only=read_only)
    except PactlineError as err:
        return _fail(str(err))
    try:
        message = work(doc)
    except PactlineError as err:
        return _fail(str(err))
    except OSError as err:
        return _fail(f"{err.filename or path}: {err.strerror or err}")
    finally:
        doc.close()
    print(message)
    return OK


def _head_text(head) -> str:
    """``Log: 12 entries, head 1a2b…`` in the chosen language (the exports write LogHead.text(), which stays
    English: the MSEL import reads it back)."""
    return plural(head.entries, tr("Log: {0} entry, head {head}"),
                  tr("Log: {0} entries, head {head}")).format(head=head.head_hash)


def _head_note(doc) -> str:
    """Exports here open the exercise read-only, so they print the log's head without sealing it."""
    from model.services.log import log_head

    return "\n  " + tr("{head} (not sealed: the command line opens the exercise read-only; exports from the "
                        "program seal it)").format(head=_head_text(log_head(doc)))


def verify_log(exercise: str | None, expect_head: str | None = None) -> int:
    """Print the log's verdict, entries, head and latest seal; 0 intact, 1 altered or truncated, 2 bad input."""
    from model.storage.exercise_file import ExerciseFile
    from model.services.log import clean_head, verify_log as verify

    if not exercise:
        return _fail(tr("--verify-log needs an EXERCISE file"))
    try:
        expected = None if expect_head is None else clean_head(expect_head)
        doc = ExerciseFile.open(exercise, read_only=True)
    except PactlineError as err:
        return _fail(str(err))
    try:
        result = verify(doc, expect_head=expected)
    except PactlineError as err:
        return _fail(str(err))
    finally:
        doc.close()
    print(result.verdict)
    print(f"  {_head_text(result.head)}")
    seal = result.seal
    print("  " + tr("latest seal: #{number} of {when} ({reason}): {entries} entries, head {head}").format(
        number=seal.number, when=seal.when, reason=seal.reason, entries=seal.entries, head=seal.head_hash)
          if seal else "  " + tr("latest seal: none yet"))
    return OK if result.intact else ALTERED


def _need_suffix(path: str, suffixes: tuple[str, ...], what: str) -> str | None:
    suffix = Path(path).suffix.lower()
    if suffix not in suffixes:
        return tr("{path}: {what} must end in {suffixes}").format(path=path, what=what,
                                                                  suffixes=tr(" or ").join(suffixes))
    return None


def export_msel(exercise: str | None, target: str) -> int:
    from model.msel.spreadsheets import export_msel as write

    problem = _need_suffix(target, (".csv", ".xlsx"), tr("an MSEL export"))
    if problem:
        return _fail(problem)

    def work(doc):
        report = write(doc, target)
        notes = "".join("\n  " + tr("note: {0}").format(n) for n in report.notices)
        written = plural(report.injects, tr("{0} inject written to {target}"), tr("{0} injects written to {target}"))
        return written.format(target=target) + notes + _head_note(doc)
    return _with_exercise(exercise, work, read_only=True)


def msel_options(args):
    """The import choices of the command line as ImportOptions; raises ValueError with the reason.

    With ``--mapping`` the profile's choices come first and each choice given on the command line
    replaces the profile's.
    """
    from dataclasses import replace

    from model.msel.options import ImportOptions, day_less_option

    profile = msel_profile(args)
    options = profile.options if profile is not None else ImportOptions()
    given: dict = {}
    if args.day_less_times:
        given["day_less"], given["day"] = day_less_option(args.day_less_times)
    if args.header_row is not None and args.header_row < 0:
        raise ValueError(tr("--header-row {row}: give the sheet row of the headers, or 0 for none").format(row=args.header_row))
    if args.header_row is not None:
        given["header_row"] = args.header_row
    if args.zone:
        given["zone"] = args.zone
    given.update({name: True for name in ("shift_to_startex", "window_from_sheet", "renumber", "keep_sheet_numbers")
                  if getattr(args, name)})
    return replace(options, **given)


def msel_profile(args):
    """The ``--mapping`` profile, or None; raises ValueError naming what is wrong in the file."""
    if not getattr(args, "mapping", None):
        return None
    from model.msel.profiles import MselProfileError, load_profile

    try:
        return load_profile(args.mapping)
    except MselProfileError as err:
        raise ValueError(f"--mapping {err}") from None


def import_msel(exercise: str | None, source: str, sheet: str | list[str] | None = None, *, options=None,
                pairs: list[str] = (), dry_run: bool = False, profile=None) -> int:
    from model.msel.columns import FIELD_LABELS, guess_mapping
    from model.msel.importing import plan_error, plan_import, store_plan
    from model.msel.spreadsheets import MselImportError, read_msel
    from model.msel.options import ImportOptions, named_mapping

    options = options or ImportOptions()
    if not dry_run:
        from gui.preferences.commands import configure_backups
        configure_backups()      # the exercise is backed up before the import, as in the program

    sheets = [sheet] if isinstance(sheet, str) else list(sheet or [])

    def mapping_of(table):
        guessed = guess_mapping(table.headers)
        if profile is not None:
            from model.msel.profiles import mapping_for
            guessed = mapping_for(table.headers, guessed, profile)
        try:
            return named_mapping(table.headers, guessed, list(pairs), FIELD_LABELS)
        except ValueError as err:
            raise MselImportError(table.source, f"--map: {err}") from None

    def work(doc):
        if len(sheets) > 1:
            return _import_sheets(doc, source, sheets, mapping_of, options, dry_run)
        table = read_msel(source, sheet=sheets[0] if sheets else None, header_row=options.header_row)
        plan = plan_import(doc, table, mapping_of(table), options=options)
        if dry_run:
            if not plan.valid:
                raise plan_error(plan)
            return dry_run_text(plan, source, doc.path.name)
        report = store_plan(doc, plan)
        lines = [plural(len(report.ids), tr("{0} inject imported from {source} into {exercise}"),
                        tr("{0} injects imported from {source} into {exercise}")).format(source=source,
                                                                                        exercise=doc.path.name)]
        if plan.notation_summary():
            lines.append(f"  {plan.notation_summary()}")
        lines += ["  " + tr("note: {0}").format(n) for n in plan.notices]
        return "\n".join(lines)
    return _with_exercise(exercise, work, read_only=dry_run)


def _import_sheets(doc, source: str, sheets: list[str], mapping_of, options, dry_run: bool) -> str:
    from model.msel.phases import plan_sheets, store_sheets

    from model.msel.importing import plan_error
    from model.msel.spreadsheets import MselImportError

    phased = plan_sheets(doc, source, sheets, mapping_of, options=options)
    for name, plan in phased.plans:
        if not plan.valid:
            raise MselImportError(tr("{file} sheet '{sheet}'").format(file=Path(source).name, sheet=name),
                                  plan_error(plan).message)
    if dry_run:
        return "\n".join(dry_run_text(plan, tr("{file} sheet '{sheet}'").format(file=source, sheet=name), doc.path.name)
                         for name, plan in phased.plans) + "".join("\n" + tr("note: {0}").format(n)
                                                                   for n in phased.notices)
    report = store_sheets(doc, phased)
    lines = [plural(len(report.ids), tr("{0} inject imported from {sheets} sheets of {source} into {exercise}"),
                    tr("{0} injects imported from {sheets} sheets of {source} into {exercise}")).format(
        sheets=len(sheets), source=source, exercise=doc.path.name)]
    lines += ["  " + tr("note: {0}").format(n) for n in phased.notices]
    lines += ["  " + tr("note: sheet '{sheet}': {note}").format(sheet=name, note=n)
              for name, plan in phased.plans for n in plan.notices]
    return "\n".join(lines)


def dry_run_text(plan, source: str, exercise: str) -> str:
    """What an import would store, per column and per row; the exercise is not touched."""
    from model.msel.columns import FIELD_LABELS, IMPORT_FIELDS
    from model.msel.spreadsheets import column_letter
    from model.timeutil import format_stored

    lines = [plural(len(plan.rows), tr("dry run: {0} inject would be imported from {source} into {exercise} "
                                       "(nothing was written)"),
                    tr("dry run: {0} injects would be imported from {source} into {exercise} "
                       "(nothing was written)")).format(source=source, exercise=exercise), tr("columns:")]
    for column, header in enumerate(plan.table.headers):
        field = plan.mapping.get(column)
        if column in plan.dropped:
            target = "(dropped: neither imported nor kept)"
        elif field:
            target = FIELD_LABELS[field]
        elif column in plan.kept:
            target = tr("additional field '{0}'").format(plan.kept[column])
        else:
            target = tr("(not imported)")
        lines.append(f"  {column_letter(column)} '{header}' -> {target}")
    lines.append(tr("rows:"))
    for row in plan.rows:
        values = []
        for name in IMPORT_FIELDS:
            value = row.values.get(name)
            shown = format_stored(value) if hasattr(value, "tzinfo") else value
            if shown not in (None, ""):
                values.append(f"{name}={shown}")
        values += [f"[{name}]={text}" for name, text in row.values.get("additional_fields", {}).items()]
        lines.append("  " + tr("row {0}: {1}").format(row.number, "; ".join(values)))
        lines += ["    " + tr("how: {field}: {notation}").format(field=name, notation=notation)
                  for name, notation in row.notations.items()]
        lines += ["    " + tr("note: {0}").format(notice) for notice in row.notices]
    if plan.notation_summary():
        lines.append(plan.notation_summary())
    lines += [tr("note: {0}").format(n) for n in plan.notices]
    return "\n".join(lines)


def export_package(exercise: str | None, target: str) -> int:
    from model.package.exchange import export_package as write

    def work(doc):
        write(doc, target)
        return tr("exercise package written to {target}").format(target=target) + _head_note(doc)
    return _with_exercise(exercise, work, read_only=True)


def import_package(source: str, exercise: str | None) -> int:
    from model.package.exchange import import_package as read

    if not exercise:
        return _fail(tr("--import-package needs the EXERCISE file to create"))
    try:
        read(source, exercise).close()
    except PactlineError as err:
        return _fail(str(err))
    print(tr("{source} imported into the new exercise {exercise}").format(source=source, exercise=exercise))
    return OK


def check_package(source: str) -> int:
    from model.package.exchange import check_package as check

    try:
        check(source)
    except PactlineError as err:
        return _fail(str(err))
    print(tr("{source}: a valid Pactline exercise package").format(source=source))
    return OK


def create_default(target: str) -> int:
    from model.default_exercise import create_default_exercise

    try:
        create_default_exercise(target).close()
    except ExerciseFileError as err:
        return _fail(tr("Cannot create {path}: {reason}").format(path=err.path, reason=err.reason))
    except PactlineError as err:
        return _fail(str(err))
    except OSError as err:
        return _fail(f"{err.filename or target}: {err.strerror or err}")
    print(tr("default exercise written to {target}").format(target=target))
    return OK


def _outcome_named(doc, name: str | None) -> int | None:
    """The branch outcome --outcome names (None without it); PactlineError naming the outcomes there are."""
    from model.branching import branch_points, find_outcome

    if name is None:
        return None
    try:
        return find_outcome(branch_points(doc), name)
    except ValueError as err:
        raise PactlineError(str(err)) from None


def compare_options(exercise: str | None, target: str | None = None, outcome: str | None = None,
                    at: str | None = None) -> int:
    """Every treaty option of EXERCISE judged on the same record: a table on stdout, or CSV at *target*;
    *outcome*: on the trunk plus that branch outcome (--outcome rejects); *at*: as of ENDEX, the clock
    or "D+3 12:00" (--at ENDEX)."""
    from model.branching import branch_points, outcome_label
    from model.comparison import compare
    from model.comparison_table import comparison_csv, comparison_text
    from model.judged_at import CLOCK, judged_time, parse_judged_at
    from model.outcome_comparison import outcome_snapshot
    from model.snapshot import load_options, terms_ids
    from model.storage.file_output import atomic_output, write_bytes
    from model.storage.reading import exercise_info
    from model.timeutil import format_relative_epoch

    if target is not None:
        problem = _need_suffix(target, (".csv",), tr("a comparison"))
        if problem:
            return _fail(problem)

    def work(doc):
        outcome_id = _outcome_named(doc, outcome)
        record = outcome_snapshot(doc, outcome_id)
        try:
            judged = parse_judged_at(at or CLOCK, float(record.startex))
        except ValueError as err:
            raise PactlineError(str(err)) from None
        now = judged_time(judged, record.clock_time, record.endex)
        results = compare(record, load_options(doc, terms_ids(doc)), now)
        classification = exercise_info(doc).classification
        snapshot = results[0].assessment.snapshot
        when = format_relative_epoch(now, snapshot.startex) + (" (ENDEX)" if judged == "endex" else "")
        branch = "" if outcome_id is None else tr(" on the branch '{0}'").format(
            outcome_label(branch_points(doc), outcome_id))
        if target is None:
            return comparison_text(results, classification=classification,
                                   title=tr("{options} treaty options compared at {when} on {incidents} incidents")
                                   .format(options=len(results), when=when, incidents=snapshot.incident_count) + branch)
        with atomic_output(Path(target).absolute()) as tmp:
            write_bytes(tmp, comparison_csv(results, classification=classification))
        return tr("{options} treaty options compared at {when}{branch}, written to {target}").format(
            options=len(results), when=when, branch=branch, target=target)
    return _with_exercise(exercise, work, read_only=True)


def export_ics(exercise: str | None, target: str, signatory: str | None = None) -> int:
    """The deadlines of EXERCISE (all, or one signatory's) as an iCalendar file."""
    from model.calendar_export import export_calendar

    problem = _need_suffix(target, (".ics",), tr("a calendar export"))
    if problem:
        return _fail(problem)

    def work(doc):
        count = export_calendar(doc, target, signatory=signatory)
        if signatory:
            return plural(count, tr("{0} deadline of {signatory} written to {target} (times in UTC)"),
                          tr("{0} deadlines of {signatory} written to {target} (times in UTC)")).format(
                signatory=signatory.upper(), target=target)
        return plural(count, tr("{0} deadline written to {target} (times in UTC)"),
                      tr("{0} deadlines written to {target} (times in UTC)")).format(target=target)
    return _with_exercise(exercise, work, read_only=True)


def _offscreen_application():
    """A QApplication for drawing; offscreen unless a display was asked for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.shell.app import create_application
    return create_application(sys.argv[:1], "")


def export_report(exercise: str | None, target: str, outcome: str | None = None) -> int:
    problem = _need_suffix(target, (".pdf", ".html", ".htm"), tr("a report"))
    if problem:
        return _fail(problem)
    _offscreen_application()
    from gui.report import build_report_content, export_html, export_pdf

    def work(doc):
        from gui.core.time_zones import apply_zone, local_times_shown

        apply_zone(doc)     # the exercise's display zone and the capital times, as the program shows them
        content = build_report_content(doc, capital_times=local_times_shown(),
                                       compare_outcome=_outcome_named(doc, outcome))
        if Path(target).suffix.lower() == ".pdf":
            pages = export_pdf(content, target)
            return plural(pages, tr("after-action report written to {target} ({0} page)"),
                          tr("after-action report written to {target} ({0} pages)")).format(target=target) \
                + _head_note(doc)
        export_html(content, target)
        return tr("after-action report written to {target}").format(target=target) + _head_note(doc)
    return _with_exercise(exercise, work, read_only=True)


def export_timeline(exercise: str | None, target: str) -> int:
    problem = _need_suffix(target, (".png", ".svg"), tr("a timeline image"))
    if problem:
        return _fail(problem)
    _offscreen_application()
    from gui.core.document import ExerciseDocument
    from gui.timeline import TimelineWidget
    from gui.report.timeline_image import export_png, export_svg

    def work(doc):
        document = ExerciseDocument(doc)
        widget = TimelineWidget(document)
        widget.resize(1600, 900)
        widget.fit_all()
        if Path(target).suffix.lower() == ".png":
            export_png(widget, target)
        else:
            export_svg(widget, target)
        widget.deleteLater()
        return tr("timeline written to {target}").format(target=target)
    return _with_exercise(exercise, work, read_only=True)
