"""The MSEL's "Asks to Resolve" column: written as the branch point's question, read back to that branch point."""
from __future__ import annotations

from datetime import timedelta

import pytest

from model.branching import branch_points
from model.msel.columns import EXPORT_HEADERS, guess_mapping
from model.msel.importing import import_msel_file
from model.msel.spreadsheets import export_msel
from model.queries import injects
from model.services import branches, injects as inject_service
from model.timeutil import utc
from tests.test_msel_io import refused_import, sheet_values, without_marking

STARTEX = utc(2026, 3, 2, 6)
QUESTION = "Does the parliament approve the deployment?"
HEADER = EXPORT_HEADERS["asks_branch_point_id"]


def with_question(doc, question: str = QUESTION, *, at_hours: int = 30) -> int:
    return branches.create_branch_point(doc, question=question, at=STARTEX + timedelta(hours=at_hours),
                                        outcomes=["approves", "rejects"]).ids[0]


@pytest.fixture
def asking(blank_doc):
    point = with_question(blank_doc)
    inject_service.create_injects(blank_doc, entries=[
        {"number": "1", "scenario_time": STARTEX + timedelta(hours=2), "synopsis": "Cabinet meets",
         "asks_branch_point_id": point},
        {"number": "2", "scenario_time": STARTEX + timedelta(hours=3), "synopsis": "Press briefing"}])
    return blank_doc, point


def asked(doc) -> dict[str, int | None]:
    return {i.number: i.asks_branch_point_id for i in injects(doc)}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_column_holds_the_question_and_comes_back_to_the_same_named_branch_point(
        asking, default_doc, tmp_path, suffix):
    doc, _point = asking
    first = tmp_path / f"first{suffix}"
    export_msel(doc, first)
    if suffix == ".xlsx":
        header, *rows = sheet_values(first)
        column = header.index(HEADER)
        assert [row[column] for row in rows] == [QUESTION, None]
    # Another exercise, where the same question has another id: it is the question that is read.
    target = default_doc
    for inject in injects(target):
        inject_service.delete_inject(target, inject_id=inject.id)
    with_question(target, "An earlier question", at_hours=10)
    point = with_question(target)
    assert point != _point
    report, plan = import_msel_file(target, first)
    assert plan.mapping[plan.column_of("asks_branch_point_id")] == "asks_branch_point_id"
    assert asked(target) == {"1": point, "2": None}
    second = tmp_path / f"second{suffix}"
    export_msel(target, second)
    if suffix == ".csv":
        assert without_marking(second.read_bytes()) == without_marking(first.read_bytes())
    else:
        assert sheet_values(second) == sheet_values(first)


def test_an_unknown_question_is_a_problem_of_its_row_and_nothing_is_stored(asking, tmp_path):
    doc, point = asking
    path = tmp_path / "msel.csv"
    export_msel(doc, path)
    branches.delete_branch_point(doc, branch_point_id=point)
    for inject in injects(doc):
        inject_service.delete_inject(doc, inject_id=inject.id)
    err = refused_import(doc, path)
    (problem,) = err.problems
    assert problem.header == HEADER and problem.row == 4   # marking, log head, header, then the first inject
    assert str(problem).startswith(f"row 4, column '{HEADER}': '{QUESTION}' — is not the question of a branch point")


def test_a_question_two_branch_points_ask_is_refused_as_ambiguous(asking, tmp_path):
    doc, _point = asking
    path = tmp_path / "msel.csv"
    export_msel(doc, path)
    with_question(doc, QUESTION.upper(), at_hours=40)
    err = refused_import(doc, path)
    assert [p.message for p in err.problems][0].endswith("is the question of several branch points: make their "
                                                         "questions differ")


def test_a_planners_header_is_guessed():
    assert guess_mapping(["Time", "Message", "Asks to resolve"])[2] == "asks_branch_point_id"
    assert guess_mapping(["Time", "Branch point to resolve"])[1] == "asks_branch_point_id"
    # Pactline's own Branch Point column says which branch the inject is on: not what it asks.
    assert guess_mapping(["Time", "Branch Point"])[1] is None


def test_the_package_carries_the_link_from_format_6_and_format_5_leaves_it_out_safely(asking, tmp_path):
    from model.package.exchange import export_package, import_package
    from model.package.schema import VERSION

    doc, point = asking
    path = export_package(doc, tmp_path / "asking.json")
    carried = VERSION >= 6   # format 6 (another branch's work) carries it; format 5 does not
    assert ("asks_branch_point_id" in path.read_text(encoding="utf-8")) == carried
    imported = import_package(path, tmp_path / "imported.pactline")
    try:
        assert asked(imported) == {"1": point if carried else None, "2": None}
        assert [p.question for p in branch_points(imported)] == [QUESTION]
    finally:
        imported.close()
