"""Mapping profiles: the import's choices saved by name as JSON, and every corpus file imported with one."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from model import queries
from model.msel.columns import FIELD_LABELS, guess_mapping
from model.msel.options import ImportOptions, named_mapping
from model.msel.profiles import MappingProfile, MselProfileError, load_profile, mapping_for, profile_of, save_profile
from model.msel.spreadsheets import read_msel
from model.storage.exercise_file import ExerciseFile

from test_msel_corpus import CASES, CORPUS


@pytest.fixture
def exercise(default_template, tmp_path):
    path = tmp_path / "drill.pactline"
    path.write_bytes(default_template.read_bytes())
    return path


def run(*args) -> int:
    return main.run_headless(main.build_parser().parse_args([str(a) for a in args]))


def inject_count(path: Path) -> int:
    doc = ExerciseFile.open(path)
    try:
        return len(queries.injects(doc))
    finally:
        doc.close()


def test_a_profile_saves_and_loads_every_choice(tmp_path):
    options = ImportOptions(day_less="previous", zone="Europe/Rome", shift_to_startex=True, header_row=4,
                            keep_sheet_numbers=True, value_maps={"inject_type": {"contextual": "contingency"},
                                                                 "severity": {"high": 4}})
    profile = profile_of(" County TTX ", ["Event Time", "Event Type", "Remarks"],
                         {0: "scenario_time", 1: "inject_type", 2: None}, options)
    path = save_profile(tmp_path / "county.json", profile)
    assert load_profile(path) == MappingProfile("County TTX", {"Event Time": "scenario_time",
                                                               "Event Type": "inject_type", "Remarks": None},
                                                options)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "pactline-msel-mapping"


def test_a_profile_maps_headers_as_written_or_by_their_words_and_guesses_the_rest():
    profile = MappingProfile("p", {"Event Type": "inject_type", "REMARKS": None, "Message": "title"})
    headers = ["EventType", "Remarks", "Message", "Event Time"]
    mapping = mapping_for(headers, guess_mapping(headers), profile)
    assert mapping == {0: "inject_type", 1: None, 2: "title", 3: "scenario_time"}


@pytest.mark.parametrize("content, words", [
    (b"not json", "is not JSON text"),
    (b'{"format": "pactline-exercise"}', "is not a Pactline MSEL mapping profile"),
    (b'{"format": "pactline-msel-mapping", "version": 9}', "has version 9; this Pactline reads version 1"),
    (b'{"format": "pactline-msel-mapping", "version": 1, "columns": {"A": "subtitle"}}',
     "$.columns['A']: 'subtitle' is no inject field"),
    (b'{"format": "pactline-msel-mapping", "version": 1, "options": {"zone": 3}}', "$.options.zone: 3 is not"),
    (b'{"format": "pactline-msel-mapping", "version": 1, "options": {"speed": 3}}',
     "$.options.speed: is no import choice"),
    (b'{"format": "pactline-msel-mapping", "version": 1, "options": {"day_less": "soon"}}',
     "$.options.day_less: use one of D+0, D+n, previous"),
    (b'{"format": "pactline-msel-mapping", "version": 1, "options": {"value_maps": {"phase": {}}}}',
     "$.options.value_maps.phase"),
])
def test_a_profile_pactline_cannot_read_is_refused_saying_where(tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(MselProfileError) as caught:
        load_profile(path)
    assert str(caught.value).startswith("bad.json: ") and words in str(caught.value)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_corpus_file_imports_from_the_command_line_with_a_saved_profile(exercise, tmp_path, capsys, name):
    options, pairs, count, _window = CASES[name]
    table = read_msel(CORPUS / name, header_row=options.header_row)
    mapping = named_mapping(table.headers, guess_mapping(table.headers), pairs, FIELD_LABELS)
    profile = save_profile(tmp_path / "profile.json", profile_of(name, table.headers, mapping, options))
    before = inject_count(exercise)
    code = run(exercise, "--import-msel", CORPUS / name, "--mapping", profile)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert inject_count(exercise) == before + count


def test_a_bad_profile_on_the_command_line_exits_2_naming_the_file(exercise, tmp_path, capsys):
    profile = tmp_path / "p.json"
    profile.write_text('{"format": "pactline-msel-mapping", "version": 1, "columns": {"A": "when"}}',
                       encoding="utf-8")
    assert run(exercise, "--import-msel", CORPUS / "national_dtg.csv", "--mapping", profile) == 2
    assert "pactline: --mapping p.json: $.columns['A']: 'when' is no inject field" in capsys.readouterr().err


def test_a_choice_on_the_command_line_overrides_the_profiles(exercise, tmp_path, capsys):
    profile = save_profile(tmp_path / "p.json", MappingProfile("dtg", {}, ImportOptions(zone="Europe/Rome")))
    args = main.build_parser().parse_args(["--import-msel", "x.csv", "--mapping", str(profile), "--zone", "UTC",
                                           "--renumber"])
    from gui.shell.command_line import msel_options
    chosen = msel_options(args)
    assert (chosen.zone, chosen.renumber) == ("UTC", True)
