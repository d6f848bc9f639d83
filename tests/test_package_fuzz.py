"""Property tests: whatever a damaged or hostile package holds, import either builds a sound
exercise or raises PackageError naming a JSON path (or the position of unreadable text), and
leaves no file behind.
"""
from __future__ import annotations

import copy
import json
import re
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.default_exercise import populate_blank
from model.storage.exercise_file import ExerciseFile
from model.package.exchange import PackageError, export_package, import_package
from model.services import evaluation, incidents, injects, log, responses, signatories
from model.services.log import verify_log
from model.timeutil import utc

T0 = utc(2026, 3, 2, 6)
JSON_PATH = re.compile(r'\$(\.[A-Za-z0-9_]+|\[\d+\]|\[".*?"\])*')
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def package_text(tmp_path_factory) -> str:
    """A small exercise with a row in every table, as package text."""
    folder = tmp_path_factory.mktemp("fuzz-source")
    doc = ExerciseFile.create(folder / "source.pactline", populate_blank("Fuzz source", T0))
    try:
        doc.scenario_now = lambda: T0 + timedelta(hours=2)
        doc.wall_now = lambda: utc(2026, 3, 9)
        gb = signatories.create_signatory(doc, code="GB", name="United Kingdom", nato=True,
                                          agreement_date=date(2024, 1, 12), pledges=["joint_statement"]).ids[0]
        de = signatories.create_signatory(doc, code="DE", name="Germany", approval_required=True,
                                          approval_lead_hours=72).ids[0]
        strike = incidents.create_incident(doc, incident_type="missile_strike", severity=4,
                                           occurred_at=T0 + timedelta(hours=1), location="Kharkiv").ids[0]
        responses.create_commitment(doc, incident_id=strike, signatory_id=gb, category="political",
                                    measure="joint_statement", announced_at=T0 + timedelta(hours=2))
        responses.record_consultation(doc, incident_id=strike, signatory_id=de, joined_at=T0 + timedelta(hours=3))
        inject = injects.create_inject(doc, scenario_time=T0 + timedelta(hours=4), inject_type="incident",
                                       incident_type="naval_blockade", synopsis="Blockade").ids[0]
        injects.deliver_inject(doc, inject_id=inject, at=T0 + timedelta(hours=4))
        decision = log.add_log_entry(doc, kind="decision", text="Convene the cell").ids[0]
        log.add_log_entry(doc, kind="correction", text="At 11:00", refers_to=decision)
        objective = evaluation.create_objective(doc, code="O1", title="Consult in time", rating="P").ids[0]
        evaluation.record_observation(doc, objective_id=objective, text="On time", log_entry_id=decision)
        evaluation.create_improvement(doc, issue="Contact lists", objective_id=objective,
                                      start_date=date(2026, 4, 1))
        return export_package(doc, folder / "source.json").read_text(encoding="utf-8")
    finally:
        doc.close()


def locations(value, path=()) -> list[tuple]:
    """Every place in a JSON value: the path of each key and list item."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += locations(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += locations(item, (*path, index))
    return found


SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2**80, max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.sampled_from(["2026-03-02T06:00:00", "2026-02-30T06:00:00Z", "9999-12-31T23:59:59-01:00",
                     "0001-01-01T00:00:00+01:00", "2026-03-02T06:00:00.123Z", "2024-13-01", "2024-02-29",
                     "", "   ", "\ud800", "\udfff lone", "\x00", "\u202eevil", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🚀",
                     "x" * 5000, "missile_strike", "political", "delivered", "GB", "un_led", "0" * 64]),
    st.integers(min_value=0, max_value=12),   # plausible ids and severities, to reach deeper rules
)
GARBAGE = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
MUTATION = st.tuples(st.sampled_from(["replace", "delete", "add_key"]), st.integers(min_value=0), GARBAGE,
                     st.text(max_size=12))


def mutate(document, mutation) -> None:
    kind, pick, value, new_key = mutation
    places = locations(document)[1:]
    path = places[pick % len(places)]
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if kind == "delete":
        del parent[last]
    elif kind == "add_key" and isinstance(parent, dict):
        parent[new_key] = value
    else:
        parent[last] = value


def import_outcome(data: bytes) -> PackageError | None:
    """Import *data*; on success the exercise must open and its log verify; on error nothing is left."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "package.json"
        source.write_bytes(data)
        try:
            imported = import_package(source, Path(folder) / "imported.pactline")
        except PackageError as error:
            assert sorted(p.name for p in Path(folder).iterdir()) == ["package.json"], str(error)
            assert str(error).startswith(f"{error.path_in_json}: ")
            assert JSON_PATH.fullmatch(error.path_in_json), error.path_in_json
            return error
        try:
            assert verify_log(imported).intact
        finally:
            imported.close()
        ExerciseFile.open(Path(folder) / "imported.pactline", read_only=True).close()
        return None


def encoded(document, ensure_ascii: bool) -> bytes:
    # A lone surrogate cannot be UTF-8: written raw it becomes invalid bytes, escaped it stays \\ud800.
    return json.dumps(document, ensure_ascii=ensure_ascii).encode("utf-8", "surrogatepass")


@FUZZ
@given(mutations=st.lists(MUTATION, min_size=1, max_size=3), ensure_ascii=st.booleans())
def test_mutated_packages_import_or_name_the_bad_path(package_text, mutations, ensure_ascii):
    document = json.loads(package_text)
    for mutation in mutations:
        mutate(document, mutation)
    error = import_outcome(encoded(document, ensure_ascii))
    if error is not None and error.path_in_json == "$":
        # Only the document as a whole, or its text, is faulted at the root.
        assert any(word in error.message for word in ("JSON", "UTF-8", "must be an object")), str(error)


@FUZZ
@given(data=st.data())
def test_a_single_refused_field_is_named(package_text, data):
    """One odd value at a leaf: accepted, or refused with a short message (the value is never echoed whole)."""
    document = json.loads(package_text)
    leaves = [p for p in locations(document)[1:] if p and not isinstance(_at(document, p), (dict, list))]
    path = data.draw(st.sampled_from(leaves))
    value = data.draw(SCALARS)
    changed = copy.deepcopy(document)
    _set(changed, path, value)
    error = import_outcome(encoded(changed, True))
    if error is not None:
        assert error.path_in_json.startswith("$")
        assert len(error.message) < 600   # a bad value is described, never echoed whole


@FUZZ
@given(cut=st.integers(min_value=0))
def test_truncated_text_is_refused_with_its_position(package_text, cut):
    data = package_text.encode("utf-8")
    cut = cut % (len(data) - 2)    # never the whole object
    error = import_outcome(data[:cut])
    assert error is not None and error.path_in_json == "$"
    assert "line" in error.message and "column" in error.message


@FUZZ
@given(position=st.integers(min_value=0), junk=st.binary(min_size=1, max_size=4).filter(
    lambda b: not _is_utf8(b)))
def test_bytes_that_are_not_utf8_are_refused_with_their_position(package_text, position, junk):
    data = package_text.encode("utf-8")
    position = position % len(data)
    error = import_outcome(data[:position] + junk + data[position:])
    assert error is not None and error.path_in_json == "$"
    assert re.search(r"byte \d+ \(line \d+\)", error.message), error.message


@FUZZ
@given(position=st.integers(min_value=0), replacement=st.text(min_size=1, max_size=3))
def test_edited_text_never_crashes(package_text, position, replacement):
    position = position % len(package_text)
    error = import_outcome((package_text[:position] + replacement + package_text[position + 1:]).encode("utf-8"))
    assert error is None or error.message


@FUZZ
@given(data=st.binary(max_size=200))
def test_random_bytes_are_refused(data):
    error = import_outcome(data)
    assert error is not None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _at(document, path):
    for part in path:
        document = document[part]
    return document


def _set(document, path, value) -> None:
    _at(document, path[:-1])[path[-1]] = value
