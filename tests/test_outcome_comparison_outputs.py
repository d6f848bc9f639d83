"""The options crossed with a branch outcome outside the window: --compare-options --outcome NAME and
the after-action report's "Options Compared" on that branch."""
from __future__ import annotations

import pytest

from model.branching import branch_points, find_outcome
from model.outcome_comparison import compare_option_outcomes, outcome_snapshot
from model.report_content import build_report_content
from model.snapshot import terms_ids
from tests.test_branches_report import ENDEX
from tests.test_command_line import pactline, sha256

BRANCH = "Adversary's answer to the treaty offer: rejects"


def test_an_outcome_is_found_by_its_name_or_its_question_and_name(default_doc):
    points = branch_points(default_doc)
    rejects = points[0].outcomes[1].id
    assert find_outcome(points, "rejects") == rejects
    assert find_outcome(points, " REJECTS ") == rejects
    assert find_outcome(points, BRANCH) == rejects
    with pytest.raises(ValueError, match="its outcomes are: .*accepts.*rejects.*stalls"):
        find_outcome(points, "surrenders")


def test_compare_options_on_the_rejection_branch(default_template, tmp_path, default_doc):
    exercise = tmp_path / "drill.pactline"
    exercise.write_bytes(default_template.read_bytes())
    before = sha256(exercise)
    result = pactline(exercise, "--compare-options", "--outcome", "rejects", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    incidents = len(outcome_snapshot(default_doc, find_outcome(branch_points(default_doc), "rejects")).inc_ids)
    assert lines[1] == f"3 treaty options compared at D+2 09:00 on {incidents} incidents on the branch '{BRANCH}'"
    rejects = find_outcome(branch_points(default_doc), "rejects")
    want = compare_option_outcomes(default_doc, [(t, rejects) for t in terms_ids(default_doc)])
    counts = " ".join(f"{r.result.met} / {r.result.missed} / {r.result.pending}" for r in want)
    met_line = next(line for line in lines if line.startswith("Obligations met / missed / pending"))
    assert " ".join(met_line.split()[6:]) == counts
    plain = pactline(exercise, "--compare-options", cwd=tmp_path).stdout.splitlines()
    assert plain[1] == "3 treaty options compared at D+2 09:00 on 5 incidents" and incidents == 7
    result = pactline(exercise, "--compare-options", tmp_path / "rejects.csv", "--outcome", "rejects", cwd=tmp_path)
    assert result.returncode == 0 and BRANCH in result.stdout
    assert sha256(exercise) == before


@pytest.mark.parametrize("arguments, words", [
    (("--compare-options", "--outcome", "surrenders"), "there is no outcome 'surrenders'"),
    (("--verify-log", "--outcome", "rejects"), "--outcome goes with --compare-options or --export-report"),
])
def test_a_wrong_outcome_is_refused_with_exit_code_2(default_template, tmp_path, arguments, words):
    exercise = tmp_path / "drill.pactline"
    exercise.write_bytes(default_template.read_bytes())
    result = pactline(exercise, *arguments, cwd=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr


def test_the_report_compares_the_options_on_the_branch_asked_for(default_doc):
    rejects = find_outcome(branch_points(default_doc), "rejects")
    played = build_report_content(default_doc, at=ENDEX, generated=ENDEX).options_compared
    crossed = build_report_content(default_doc, at=ENDEX, generated=ENDEX, compare_outcome=rejects).options_compared
    assert played.outcome == "" and crossed.outcome == BRANCH
    assert crossed.names == played.names
    assert dict(crossed.rows)["Obligations met / missed / pending"] != dict(played.rows)[
        "Obligations met / missed / pending"]


def test_the_html_report_says_which_branch_the_options_were_judged_on(qapp, default_doc, tmp_path):
    from gui.report.html import export_html
    rejects = find_outcome(branch_points(default_doc), "rejects")
    path = tmp_path / "aar.html"
    export_html(build_report_content(default_doc, at=ENDEX, generated=ENDEX, compare_outcome=rejects), path)
    text = path.read_text(encoding="utf-8")
    assert "Every option is judged here on the branch" in text and "rejects" in text


def test_the_window_report_follows_the_branch_the_comparison_is_crossed_with(window, qtbot):
    dock = window.comparison
    rejects = find_outcome(branch_points(window.document.file), "rejects")
    dock.outcome_picker.choices[rejects].trigger()
    content = window.report_commands.report_content()
    assert content.options_compared.outcome == BRANCH
