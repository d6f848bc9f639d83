"""Start Pactline: parse the command line, open the exercise, show the main window.

Heavy modules (Qt, SQLAlchemy, numpy, pyqtgraph) are imported once, after the
arguments are parsed, so ``--help`` and ``--version`` answer at once (only QtCore
comes first when an option is given: the chosen language of the command line's words). The
imports are plain statements so PyInstaller finds every module.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from pathlib import Path

from model.i18n import QT_TR_NOOP, tr

__version__ = "0.1.0"

DESCRIPTION = QT_TR_NOOP(
    "Pactline plans and runs table-top exercises of a multilateral security-guarantee\n"
    "treaty: signatory rosters, incidents, reaction and consultation countdowns,\n"
    "proportional responses and parliamentary gates. It works offline.")

EPILOG = QT_TR_NOOP(
    "With no EXERCISE, Pactline reopens the exercise you had open last. If that file\n"
    "is gone or does not open, it opens the default exercise in your data folder,\n"
    "creating it on first start.\n"
    "\n"
    "examples:\n"
    "  pactline                              reopen the last exercise (or the default one)\n"
    "  pactline drill.pactline               open drill.pactline\n"
    "  pactline --new-default drill.pactline create a fresh default exercise and open it\n"
    "  pactline --create-default drill.pactline\n"
    "                                        create it without opening a window (for scripts)\n"
    "  pactline --self-test                  check the installation and exit\n"
    "  pactline drill.pactline --export-report aar.pdf\n"
    "                                        write the after-action report without a window\n"
    "  pactline drill.pactline --import-msel msel.xlsx\n"
    "                                        add the injects of a spreadsheet MSEL\n"
    "  pactline new.pactline --import-package drill.json\n"
    "                                        create new.pactline from an exercise package\n"
    "  pactline drill.pactline --verify-log --expect-head 1a2b3c4d5e6f7a8b\n"
    "                                        check the log against the head printed on a report\n"
    "  pactline drill.pactline --compare-options\n"
    "                                        print how each treaty option judges the same play\n"
    "  pactline drill.pactline --compare-options options.csv\n"
    "                                        write that comparison as CSV\n"
    "  pactline drill.pactline --compare-options --outcome rejects\n"
    "                                        the same on the branch where the adversary rejects\n"
    "  pactline drill.pactline --export-ics deadlines.ics --signatory IT\n"
    "                                        write Italy's deadlines for a calendar program")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pactline", description=tr(DESCRIPTION), epilog=tr(EPILOG),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("exercise", nargs="?", metavar=tr("EXERCISE"),
                        help=tr("exercise file (.pactline) to open; a file you may not write opens read-only"))
    parser.add_argument("--new-default", metavar=tr("PATH"),
                        help=tr("create a new copy of the default exercise at PATH (which must not exist yet) "
                                "and open it"))
    parser.add_argument("--self-test", action="store_true",
                        help=tr("create the default exercise in a temporary folder, build the main window "
                                "without showing it, run one assessment, print a one-line summary and exit "
                                "(0 if everything worked, 1 with the reason otherwise)"))
    parser.add_argument("--version", action="version", version=f"Pactline {__version__}",
                        help=tr("print the version and exit"))
    headless = parser.add_argument_group(
        tr("headless commands"),
        tr("Work on EXERCISE without opening a window, print what was done and exit: 0 on success, "
           "2 with the reason on bad input. One command per run."))
    commands = headless.add_mutually_exclusive_group()
    commands.add_argument("--export-report", metavar=tr("OUT"), help=tr("write the after-action report of EXERCISE "
                             "as PDF (OUT.pdf) or as one self-contained HTML file (OUT.html)"))
    commands.add_argument("--export-timeline", metavar=tr("OUT"), help=tr("write the timeline of EXERCISE as an "
                             "image: OUT.png or OUT.svg"))
    commands.add_argument("--export-msel", metavar=tr("OUT"), help=tr("write the MSEL of EXERCISE with HSEEP column "
                             "names: OUT.csv or OUT.xlsx"))
    commands.add_argument("--import-msel", metavar=tr("SHEET"), help=tr("add the injects of a CSV or XLSX MSEL to "
                             "EXERCISE (columns guessed from their headers; nothing is stored unless every row "
                             "is valid)"))
    headless.add_argument("--sheet", metavar=tr("NAME"), action="append",
                          help=tr("with --import-msel: the workbook sheet to read (default: the first); repeat it "
                                  "to import several sheets, each sheet a phase"))
    msel = parser.add_argument_group(tr("MSEL import choices"), tr("With --import-msel: how to read the sheet."))
    msel.add_argument("--map", metavar=tr("COLUMN=FIELD"), action="append", default=[],
                      help=tr('import COLUMN as FIELD, e.g. "Event Time=scenario_time" (repeatable; FIELD "ignore" '
                              'skips a column); other columns are guessed from their headers'))
    msel.add_argument("--drop", metavar=tr("COLUMN"), action="append", default=[],
                      help=tr("neither import COLUMN nor keep it as an additional field (repeatable)"))
    msel.add_argument("--mapping", metavar=tr("PROFILE.json"),
                      help=tr("a mapping profile saved by the import dialog: its columns, time reading and value "
                              "maps (--map and the choices below override it)"))
    msel.add_argument("--day-less-times", metavar=tr("D+0|D+n|previous"),
                      help=tr("read clock times without a day on STARTEX's day (D+0, the default), on day D+n, "
                              "or on the previous row's day (the next day when the clock goes back)"))
    msel.add_argument("--zone", metavar=tr("ZONE"), help=tr("the time zone of times that name none, e.g. Europe/Rome "
                         "(default: UTC)"))
    msel.add_argument("--shift-to-startex", action="store_true",
                      help=tr("move the whole MSEL so its first inject falls on STARTEX, keeping the spacing"))
    msel.add_argument("--window-from-sheet", action="store_true",
                      help=tr("propose STARTEX and ENDEX from the first and last inject of the sheet"))
    msel.add_argument("--header-row", metavar=tr("N"), type=int,
                      help=tr("the sheet row holding the column names (0: none, the columns are A, B, C…)"))
    msel.add_argument("--renumber", action="store_true", help=tr("number the injects afresh, continuing the MSEL"))
    msel.add_argument("--keep-sheet-numbers", action="store_true",
                      help=tr('renumber, keeping the sheet\'s number in each inject\'s notes ("Sheet #: 7")'))
    msel.add_argument("--dry-run", action="store_true",
                      help=tr("print what would be imported, per column and row, and write nothing"))
    commands.add_argument("--export-package", metavar=tr("OUT"), help=tr("write EXERCISE as one versioned JSON "
                             "package (OUT.json)"))
    commands.add_argument("--import-package", metavar=tr("PACKAGE"), help=tr("create the new exercise file EXERCISE "
                             "from a JSON package"))
    commands.add_argument("--check-package", metavar=tr("PACKAGE"), help=tr("check a JSON package without importing it"))
    commands.add_argument("--compare-options", metavar=tr("OUT"), nargs="?", const="-",
                          help=tr("judge EXERCISE under each of its treaty options on the same record, at its "
                             "clock's scenario time, and print the comparison as a table (or write it as CSV to "
                             "OUT.csv)"))
    commands.add_argument("--export-ics", metavar=tr("OUT"), help=tr("write the deadlines of EXERCISE (reactions, "
                             "consultations, commitments taking effect) as an iCalendar file (OUT.ics) for Outlook "
                             "or Thunderbird"))
    headless.add_argument("--outcome", metavar=tr("NAME"), help=tr("with --compare-options or --export-report: judge "
                          "the treaty options on the trunk plus this branch outcome (e.g. rejects, or "
                          "\"Adversary's answer to the treaty offer: rejects\")"))
    headless.add_argument("--at", metavar=tr("WHEN"), help=tr("with --compare-options: judge as of ENDEX, the "
                          "exercise clock (clock, the default) or a scenario time such as \"D+3 12:00\""))
    headless.add_argument("--signatory", metavar=tr("ISO"), help=tr("with --export-ics: only the deadlines of this "
                             "signatory (its ISO code, e.g. IT)"))
    commands.add_argument("--create-default", metavar=tr("PATH"), help=tr("write a fresh copy of the default exercise "
                             "at PATH (which must not exist yet), without opening a window"))
    commands.add_argument("--verify-log", action="store_true", help=tr("check the decision log of EXERCISE: its "
                             "hash chain and its latest seal; print the verdict, the entries and the head hash; "
                             "exit 0 if intact, 1 if altered or truncated (naming the entry), 2 on a bad file"))
    headless.add_argument("--expect-head", metavar=tr("HASH"), help=tr("with --verify-log: a head hash kept from a "
                             "printed report or an export (its first 16 hex digits are enough); the log must "
                             "still contain it"))
    return parser


MSEL_CHOICES = ("sheet", "map", "drop", "mapping", "day_less_times", "zone", "shift_to_startex", "window_from_sheet", "header_row",
                "renumber", "keep_sheet_numbers", "dry_run")
HEADLESS = ("export_report", "export_timeline", "export_msel", "import_msel", "export_package",
            "import_package", "check_package", "create_default", "verify_log", "compare_options", "export_ics")


def run_headless(args: argparse.Namespace) -> int | None:
    """Run the headless command asked for, or None when none was."""
    from gui.shell import command_line as cli

    msel_choices = [name for name in MSEL_CHOICES if getattr(args, name) not in (None, False, [])]
    if msel_choices and not args.import_msel:
        print("pactline: " + tr("--{option} goes with --import-msel").format(option=msel_choices[0].replace("_", "-")),
              file=sys.stderr)
        return cli.BAD_INPUT
    if args.expect_head and not args.verify_log:
        print("pactline: " + tr("--expect-head goes with --verify-log"), file=sys.stderr)
        return cli.BAD_INPUT
    if args.signatory and not args.export_ics:
        print("pactline: " + tr("--signatory goes with --export-ics"), file=sys.stderr)
        return cli.BAD_INPUT
    if args.outcome and not (args.compare_options or args.export_report):
        print("pactline: " + tr("--outcome goes with --compare-options or --export-report"), file=sys.stderr)
        return cli.BAD_INPUT
    if args.at and not args.compare_options:
        print("pactline: " + tr("--at goes with --compare-options"), file=sys.stderr)
        return cli.BAD_INPUT
    if args.verify_log:
        return cli.verify_log(args.exercise, args.expect_head)
    if args.export_ics:
        return cli.export_ics(args.exercise, args.export_ics, args.signatory)
    if args.export_report:
        return cli.export_report(args.exercise, args.export_report, args.outcome)
    if args.export_timeline:
        return cli.export_timeline(args.exercise, args.export_timeline)
    if args.export_msel:
        return cli.export_msel(args.exercise, args.export_msel)
    if args.import_msel:
        try:
            options = cli.msel_options(args)
        except ValueError as err:
            print(f"pactline: {err}", file=sys.stderr)
            return cli.BAD_INPUT
        return cli.import_msel(args.exercise, args.import_msel, args.sheet, options=options,
                               pairs=args.map + [f"{column}=drop" for column in args.drop],   # model.msel.columns.DROP
                               dry_run=args.dry_run, profile=cli.msel_profile(args))
    if args.export_package:
        return cli.export_package(args.exercise, args.export_package)
    if args.import_package:
        return cli.import_package(args.import_package, args.exercise)
    if args.check_package:
        return cli.check_package(args.check_package)
    if args.create_default:
        return cli.create_default(args.create_default)
    if args.compare_options:
        return cli.compare_options(args.exercise, None if args.compare_options == "-" else args.compare_options,
                                   args.outcome, args.at)
    return None


def use_offscreen_without_display() -> None:
    """On Linux without an X11 or Wayland display, draw offscreen (CI, SSH)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pause_collector() -> None:
    """Keep Python's cycle collector out of start-up.

    Start-up builds a few hundred thousand objects that live as long as the
    program (ORM mappings, Qt wrappers, pyqtgraph items); the collector would
    walk them all several times before the window shows (~200 ms of ~1.7 s,
    measured). Reference counting still frees everything else meanwhile.
    """
    gc.disable()


def resume_collector() -> None:
    """Once the window is up: set what start-up built aside for good, then collect as usual.

    Frozen objects are never walked again, so later full collections stay short
    (a full walk of them costs ~150 ms: a hitch in a drag or a clock tick). The
    price: the few cyclic leftovers of start-up (~1,500 small objects) stay in
    memory, and so do the reference cycles of the first exercise's objects if it
    is closed later (its file is closed explicitly all the same; a few MB, once).
    """
    gc.freeze()
    gc.enable()


def run_gui(args: argparse.Namespace) -> int:
    pause_collector()
    # The model (SQLAlchemy, numpy) is imported before anything imports PySide6:
    # once PySide6 is loaded its import hook checks every later module.
    # (SQLAlchemy's ORM is not among them: it loads after the first paint, see README.)
    import model.engine  # noqa: F401  (numpy, SQLAlchemy Core, the snapshot)
    from model.errors import PactlineError

    exercise = args.exercise
    if args.new_default:
        from model.default_exercise import create_default_exercise

        target = Path(args.new_default).absolute()
        try:
            create_default_exercise(target).close()
        except PactlineError as err:
            print(f"pactline: {err}", file=sys.stderr)
            return 2
        exercise = str(target)

    from PySide6.QtCore import QTimer

    from gui.core import dialog_marking, dialogs
    from gui.shell.app import create_application, startup_document
    from gui.shell.main_window import MainWindow

    # The dialog marking's filter sees every event of the application: ~3,000 while the
    # window is built, before any dialog can exist. It goes in first thing after show().
    app = create_application(sys.argv[:1], __version__, mark_dialogs=False)
    from gui.preferences.commands import configure_backups
    configure_backups()          # before the first file opens: a schema upgrade is backed up too
    startup = startup_document(exercise)
    window = MainWindow(startup.document)
    window.show()
    dialog_marking.install(app)
    # An exception escaping a slot is shown and logged, not only printed where nobody reads it.
    from gui.core import error_report, settings
    error_report.ErrorHook.install(lambda: window, settings.data_dir() / "pactline.log")
    QTimer.singleShot(0, resume_collector)
    if startup.notice:
        window.statusBar().showMessage(startup.notice, 30000)
    for title, text in startup.errors:
        # Shown once the window is up, so the message has a parent to sit on.
        QTimer.singleShot(0, window, lambda t=title, x=text: dialogs.show_error(window, t, x))
    return app.exec()


class SelfTestFailure(Exception):
    pass


def self_test() -> int:
    """Exercise the whole start-up path on a throwaway copy of the default exercise."""
    use_offscreen_without_display()
    with tempfile.TemporaryDirectory(prefix="pactline-self-test-", ignore_cleanup_errors=True) as folder:
        # Never read or write the user's settings or data folder.
        os.environ["PACTLINE_SETTINGS_DIR"] = str(Path(folder) / "settings")
        os.environ["PACTLINE_DATA_DIR"] = str(Path(folder) / "data")
        try:
            summary = _self_test_in(Path(folder))
        except Exception as err:  # noqa: BLE001 - any failure is the answer the test gives
            if os.environ.get("PACTLINE_DEBUG"):
                import traceback
                traceback.print_exc()
            print(tr("Pactline {version} self-test FAILED: {error}").format(
                version=__version__, error=f"{type(err).__name__}: {err}"), file=sys.stderr)
            return 1
    print(summary)
    return 0


def _self_test_in(folder: Path) -> str:
    from gui.shell.app import create_application
    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow
    from model.default_exercise import create_default_exercise
    from model.engine import MET, MISSED, PENDING

    app = create_application(sys.argv[:1], __version__)
    document = ExerciseDocument(create_default_exercise(folder / "self-test.pactline"))
    window = MainWindow(document)
    try:
        document.tick()
        app.processEvents()
        assessment = document.assessment
        snapshot = assessment.snapshot
        if window.roster_dock.model.rowCount() != snapshot.signatory_count:
            raise SelfTestFailure(tr("the roster shows {rows} rows for {signatories} signatories").format(
                rows=window.roster_dock.model.rowCount(), signatories=snapshot.signatory_count))
        if window.countdown_panel.model.rowCount() == 0:
            raise SelfTestFailure(tr("the countdown panel is empty on the default exercise"))
        if "scenario" not in window.clock_status.scenario.text():
            raise SelfTestFailure(tr("the status bar shows no scenario time"))
        # The docks built after the first paint, and the ORM they load (imported on first use,
        # so a bundle that missed a module fails here rather than at a user's first edit).
        window.deferred_docks.build()
        from model import queries, services
        if len(queries.signatories(document.file)) != snapshot.signatory_count:
            raise SelfTestFailure(tr("the ORM reads another roster than the window shows"))
        for name in services._MODULES:
            getattr(services, name)
        # Printing needs QtPrintSupport, its plugins and the fonts: print the playbook to a PDF.
        from gui.report.printing import make_printer, print_document
        pdf = folder / "self-test-playbook.pdf"
        pages = print_document(window.report_commands.playbook(), make_printer(pdf_path=str(pdf)))
        if pages < 1 or not pdf.read_bytes().startswith(b"%PDF"):
            raise SelfTestFailure(tr("printing the playbook to {name} gave no PDF").format(name=pdf.name))
        # The Italian catalogue and Qt's own are bundled (build.spec compiles ours).
        from gui.core.i18n import missing_catalogues
        if missing_catalogues():
            raise SelfTestFailure(tr("translations missing from the bundle: {0}").format(", ".join(missing_catalogues())))
        counts = {status: int((assessment.reaction.status == status).sum()
                              + (assessment.consultation.status == status).sum())
                  for status in (MET, PENDING, MISSED)}
        return tr("Pactline {version} self-test OK: {signatories} signatories, {incidents} incidents, "
                  "obligations met {met} / pending {pending} / missed {missed}, {countdowns} countdowns, "
                  "a {pages}-page playbook PDF, scenario time {time}").format(
            version=__version__, signatories=snapshot.signatory_count, incidents=snapshot.incident_count,
            met=counts[MET], pending=counts[PENDING], missed=counts[MISSED],
            countdowns=window.countdown_panel.model.rowCount(), pages=pages, time=window.clock_status.scenario.text())
    finally:
        window.close_document()
        window.deleteLater()


def ensure_streams() -> None:
    """Give a windowed program (pactline.exe on Windows has no console) streams to print into.

    Without a console Python sets sys.stdout and sys.stderr to None, and the
    first print, or argparse's --help, would raise. Output goes nowhere there:
    the console launcher pactline-cli.exe is the one for the command line.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ensure_streams()
    argv = sys.argv[1:] if argv is None else list(argv)
    from gui.shell.cli_language import speak_chosen_language, wants_words_before_parsing
    if wants_words_before_parsing(argv):
        speak_chosen_language()      # --help, the headless commands and their errors in the chosen language
    args = build_parser().parse_args(argv)
    if args.exercise and args.new_default:
        build_parser().error(tr("give either EXERCISE or --new-default PATH, not both"))
    if args.exercise and args.create_default:
        build_parser().error(tr("give either EXERCISE or --create-default PATH, not both"))
    if args.self_test:
        return self_test()
    if any(getattr(args, name) for name in HEADLESS) or args.expect_head or args.signatory:
        return run_headless(args)
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
