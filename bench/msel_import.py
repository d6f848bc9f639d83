"""MSEL import speed: read, plan (every cell checked) and store a generated 5,000-row sheet, as XLSX and CSV.

Each sheet is an HSEEP-style MSEL as programmes write them (day-less clock
times, CamelCase headers, an unmapped Remarks column), imported into a fresh
blank exercise. Prints rows per second of the whole import (wall and CPU
time: the machine is shared), the peak Python memory (tracemalloc) and the
process peak RSS (getrusage).

    .venv/bin/python bench/msel_import.py [--rows 5000] [--runs 3]

Target: at least 5,000 rows/s on the CI machine.
"""
from __future__ import annotations

import argparse
import csv
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.default_exercise import populate_blank  # noqa: E402
from model.storage.exercise_file import ExerciseFile  # noqa: E402
from model.msel.importing import plan_import, store_plan  # noqa: E402
from model.msel.spreadsheets import read_msel  # noqa: E402
from model.msel.options import ImportOptions  # noqa: E402
from model.timeutil import utc  # noqa: E402

HEADERS = ["InjectID", "ScheduledTime", "DeliveryMethod", "From", "To", "Description", "ExpectedAction",
           "ResponsibleController", "Remarks"]
METHODS = ("Email", "Phone", "Radio", "In person", "VTC")


def sheet_rows(count: int) -> list[list]:
    rows = []
    for n in range(count):
        minutes = n * 2   # two minutes apart: 5,000 rows span about a week, read day after day
        rows.append([str(n + 1), f"{minutes // 60 % 24:02d}{minutes % 60:02d}", METHODS[n % 5], "SIMCELL",
                     "Coordination cell", f"Situation update {n + 1}: reports of shelling near the line of "
                     f"contact, sector {n % 17}.", "Confirm receipt and report to the cell.",
                     f"Controller {n % 4 + 1}", "generated"])
    return rows


def write_sheets(folder: Path, count: int) -> dict[str, Path]:
    from openpyxl import Workbook

    rows = sheet_rows(count)
    csv_path = folder / "msel.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADERS, *rows])
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("MSEL")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append([int(row[0]), int(row[1]), *row[2:]])   # ids and HHMM times as numbers, as Excel keeps them
    xlsx_path = folder / "msel.xlsx"
    workbook.save(xlsx_path)
    return {"XLSX": xlsx_path, "CSV": csv_path}


def one_import(folder: Path, sheet: Path, run: int, *, traced: bool) -> tuple[dict, int, int]:
    """(seconds per stage, peak traced bytes or 0, injects stored). Tracing slows Python down: timed runs
    are untraced, and one traced run measures memory."""
    doc = ExerciseFile.create(folder / f"bench-{sheet.suffix[1:]}-{run}-{traced}.pactline",
                              populate_blank("Bench", utc(2026, 3, 2, 6)))
    try:
        if traced:
            tracemalloc.start()
        options = ImportOptions(day_less="previous")
        started, cpu = time.perf_counter(), time.process_time()
        table = read_msel(sheet)
        read = time.perf_counter()
        plan = plan_import(doc, table, options=options)
        planned = time.perf_counter()
        report = store_plan(doc, plan)
        stored = time.perf_counter()
        cpu = time.process_time() - cpu
        peak = tracemalloc.get_traced_memory()[1] if traced else 0
        if traced:
            tracemalloc.stop()
        stages = {"read": read - started, "check": planned - read, "store": stored - planned,
                  "total": stored - started, "cpu": cpu}
        return stages, peak, len(report.ids)
    finally:
        doc.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheets = write_sheets(folder, args.rows)
        print(f"MSEL import of {args.rows:,} rows ({len(HEADERS)} columns), median of {args.runs} runs")
        for kind, path in sheets.items():
            results = [one_import(folder, path, run, traced=False) for run in range(args.runs)]
            assert all(r[2] == args.rows for r in results), "not every row was imported"
            stages = {name: statistics.median(r[0][name] for r in results) for name in results[0][0]}
            _stages, peak, _count = one_import(folder, path, args.runs, traced=True)
            split = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in stages.items()
                              if name not in ("total", "cpu"))
            print(f"  {kind:5} {path.stat().st_size / 1024:6,.0f} KB  {stages['total']:5.2f} s  "
                  f"{args.rows / stages['total']:7,.0f} rows/s  (CPU {stages['cpu']:.2f} s: "
                  f"{args.rows / stages['cpu']:7,.0f} rows/s; {split})  peak Python memory {peak / 2**20:5.1f} MB")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  process peak RSS {rss:,.0f} MB (target: at least 5,000 rows/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
