"""docs/msel-corpus.md lists each corpus MSEL with the rows it imports and the choices it needs, and cannot go stale.

The notes are generated from the corpus cases (tests/test_msel_corpus.py) by
importing each file as the planner would; the test fails when the file in docs/
differs. Rewrite it with:

    .venv/bin/python tests/test_msel_corpus_notes.py
"""
from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from model.msel.columns import DROP, FIELD_LABELS, guess_mapping  # noqa: E402
from model.msel.importing import plan_import  # noqa: E402
from model.msel.options import ImportOptions, named_mapping  # noqa: E402
from model.msel.spreadsheets import column_letter, read_msel  # noqa: E402

from test_msel_corpus import CASES, CORPUS, IMPOSSIBLE  # noqa: E402

NOTES = ROOT / "docs" / "msel-corpus.md"
WRITTEN = "written for Pactline's tests (make_corpus.py), in the layout of "
# file -> the programme it comes from (or copies); details and licences in tests/fixtures/msel_corpus/README.md
SOURCES = {
    "city_split_columns.xlsx": WRITTEN + "a US city exercise sheet (CamelCase headers, date and 12-hour time columns)",
    "exercice_crue.csv": WRITTEN + "a French préfecture flood exercise (semicolons, Windows-1252, J-1/J/J+1)",
    "hseep_one_day.xlsx": WRITTEN + "a US county HSEEP MSEL (title block, HSEEP event types, STATUS list)",
    "national_dtg.csv": WRITTEN + "a national-level exercise sheet (ALL-CAPS headers, date-time groups of 2011)",
    "no_header.csv": WRITTEN + "rows pasted without their header",
    "tabletop_tool.json": WRITTEN + "an open-source tabletop tool's JSON export",
    **{f"openbas_checklist_{n}.xlsx": f"real: OpenBAS (Filigran), inject-import test sheet test_file_{n}.xlsx, "
                                      f"Apache License 2.0" for n in range(1, 6)},
    "t3sf_msel.xlsx": "real: T3SF (Base4 Security), the example MSEL workbook examples/MSEL.xlsx, GPL-3.0",
    "t3sf_msel_example.json": "real: T3SF (Base4 Security), the example MSEL examples/MSEL_EXAMPLE.json, GPL-3.0",
    "t3sf_msel_example_2022.json": "real: T3SF (Base4 Security), MSEL_EXAMPLE.json of its first release (2022), "
                                   "GPL-3.0",
    "blueprint_playwright_msel.xlsx": "real: SEI Crucible Blueprint (Carnegie Mellon University), an MSEL exported "
                                      "by Blueprint for its end-to-end tests, MIT (SEI)",
    "blueprint_sample_msel.xlsx": "real: SEI Crucible Blueprint (Carnegie Mellon University), its sample MSEL of a "
                                  "financial-sector hurricane exercise, MIT (SEI)",
    "murail_chronogramme.xlsx": "real: Murail (Julien Mousqueton), its sample chronogramme, the French REMPAR25 "
                                "cyber crisis exercise, GPL-3.0",
    "murail_pms.xlsx": "real: Murail (Julien Mousqueton), its sample media pressure (PMS) workbook of the same "
                       "exercise, three sheets, GPL-3.0",
    "blueprint_msel_export.json": "real: SEI Crucible Blueprint (Carnegie Mellon University), an MSEL exported as "
                                  "JSON for its end-to-end tests (an embedded image removed), MIT (SEI)",
}
DEFAULTS = ImportOptions()


def _choices(options: ImportOptions, pairs: list[str], headers: list[str]) -> list[str]:
    """What the planner sets in the dialog, in its own words."""
    said = []
    if options.header_row == 0:
        said.append("Header row 0 (the sheet has none: columns A, B, C…)")
    elif options.header_row is not None:
        said.append(f"Header row {options.header_row}")
    for pair in pairs:
        column, _sep, target = pair.rpartition("=")
        field = next((key for key, label in FIELD_LABELS.items() if target in (key, label)), target)
        named = column if column in headers else f"{column}"
        if field == DROP:
            said.append(f"column {named} → (drop this column)")
        elif field in FIELD_LABELS:
            said.append(f"column {named} → {FIELD_LABELS[field]}")
        else:
            said.append(f"column {named} → (keep as an additional field)")
    if options.zone != DEFAULTS.zone:
        said.append(f"Zone {options.zone}")
    if options.day_less != DEFAULTS.day_less:
        said.append(f"clock times without a day: {options.day_less}")
    if options.renumber:
        said.append("Numbers: renumber")
    if options.keep_sheet_numbers:
        said.append("Numbers: renumber, sheet's in the notes")
    if options.shift_to_startex:
        said.append("Move the first inject to STARTEX")
    if options.window_from_sheet:
        said.append("Set STARTEX/ENDEX from the sheet")
    return said or ["none: the guesses are right"]


def _profile(name: str, options: ImportOptions, pairs: list[str], headers: list[str], mapping: dict) -> str:
    """The non-default part of the mapping profile the dialog saves for these choices."""
    chosen = {column.rpartition("=")[0] for column in pairs}
    columns = {headers[c]: f for c, f in sorted(mapping.items())
               if headers[c] in chosen or column_letter(c) in chosen}
    changed = {key: value for key, value in asdict(options).items() if value != asdict(DEFAULTS)[key]}
    profile = {"columns": columns} if columns else {}
    if changed:
        profile["options"] = changed
    return f"`{json.dumps(profile, ensure_ascii=False, sort_keys=True)}`" if profile else "none needed"


def notes_text(doc) -> str:
    lines = [
        "# The MSEL corpus: what each file imports, and the choices it needs",
        "",
        "Generated by `tests/test_msel_corpus_notes.py` from the corpus cases of `tests/test_msel_corpus.py`",
        "(each file imported as a planner would, into the default exercise without its MSEL); the test fails",
        "when this file no longer says what the import does. The files, their sources and licences:",
        "`tests/fixtures/msel_corpus/README.md`.",
        "",
        "From the command line each file imports with the profile shown, saved as JSON with",
        "`\"format\": \"pactline-msel-mapping\", \"version\": 1` (the dialog's *Save mapping…* writes it):",
        "`pactline EXERCISE --import-msel FILE --mapping PROFILE.json`. Each file is imported through the dialog",
        "with these choices, made on its own widgets, and then from the command line with the profile its",
        "*Save mapping…* wrote; both store the same injects (tests/test_msel_corpus_dialog.py).",
        "",
        "| file | source programme | sheet(s) | rows imported | choices in the dialog | profile (non-default part) |",
        "|---|---|---|---|---|---|",
    ]
    for name in sorted(CASES):
        options, pairs, count, _window = CASES[name]
        table = read_msel(CORPUS / name, header_row=options.header_row)
        mapping = named_mapping(table.headers, guess_mapping(table.headers), pairs, FIELD_LABELS)
        plan = plan_import(doc, table, mapping, options=options)
        assert plan.valid and len(plan.rows) == count, (name, [str(p) for p in plan.problems])
        sheets = f"'{table.sheet}'" if table.sheet else "—"
        if table.sheets and len(table.sheets) > 1:
            sheets += f" of {len(table.sheets)}"
        choices = "; ".join(_choices(options, pairs, table.headers))
        if plan.kept:
            choices += "; kept as additional fields: " + ", ".join(plan.kept.values())
        # What the dialog tells the planner about values read through the value map and injects outside the
        # exercise: a choice the planner may still make.
        said = [n for n in plan.notices if " values read as: " in n or n.startswith("Injects outside the exercise")]
        if said:
            choices += "; the dialog says: " + "; ".join(n.split("; the MSEL can be moved")[0] for n in said)
        cells = [f"`{name}`", SOURCES[name], sheets, str(len(plan.rows)), choices,
                 _profile(name, options, pairs, table.headers, mapping)]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    total = sum(case[2] for case in CASES.values())
    lines += ["", f"{len(CASES)} files, {total} injects in all.", ""]
    if IMPOSSIBLE:
        lines += ["Files no choice of the import can take whole (an import takes all of an MSEL or none of it); "
                  "the dialog lists the same cells and keeps Import disabled:", "",
                  "| file | source programme | choices tried | the cells that refuse it |", "|---|---|---|---|"]
        for name in sorted(IMPOSSIBLE):
            options, pairs, _refused = IMPOSSIBLE[name]
            table = read_msel(CORPUS / name, header_row=options.header_row)
            mapping = named_mapping(table.headers, guess_mapping(table.headers), pairs, FIELD_LABELS)
            plan = plan_import(doc, table, mapping, options=options)
            assert not plan.valid, name
            cells = [f"`{name}`", SOURCES[name], "; ".join(_choices(options, pairs, table.headers)),
                     "; ".join(str(problem) for problem in plan.problems)]
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def test_the_corpus_notes_say_what_each_file_imports(default_doc):
    from conftest import without_msel

    expected = notes_text(without_msel(default_doc))
    assert NOTES.exists() and NOTES.read_text(encoding="utf-8") == expected, \
        "docs/msel-corpus.md is stale: run .venv/bin/python tests/test_msel_corpus_notes.py"


def test_every_corpus_file_has_its_source():
    assert set(SOURCES) == set(CASES) | set(IMPOSSIBLE)


if __name__ == "__main__":
    from conftest import without_msel
    from model.default_exercise import create_default_exercise

    with tempfile.TemporaryDirectory() as folder:
        doc = create_default_exercise(Path(folder) / "corpus.pactline")
        try:
            NOTES.write_text(notes_text(without_msel(doc)), encoding="utf-8")
        finally:
            doc.close()
    print(f"{NOTES.relative_to(ROOT)} written")
