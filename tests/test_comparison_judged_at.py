"""The comparison judged as of the exercise clock, ENDEX or a chosen time: in the view (through its Qt
model), on the command line (--at) and in the after-action report, which says the time it judged at.
At the clock the rejection branch's incidents are still ahead; as of ENDEX their planned responses count."""
from __future__ import annotations

import pytest

from gui.comparison.judged_at_menu import CHOSEN
from model.branching import branch_points, find_outcome
from model.judged_at import CLOCK, ENDEX, parse_judged_at
from model.outcome_comparison import compare_option_outcomes
from model.report_content import build_report_content
from model.snapshot import load_snapshot, terms_ids
from model.timeutil import from_epoch, to_epoch, utc
from tests.test_command_line import pactline, sha256
from tests.test_comparison_outcomes import dock, outcomes, values  # noqa: F401  (the dock fixture)

STARTEX = to_epoch(utc(2026, 3, 2, 6))


def test_a_time_to_judge_at_is_read_as_the_program_writes_it():
    assert parse_judged_at("ENDEX", STARTEX) == ENDEX and parse_judged_at(" endex ", STARTEX) == ENDEX
    assert parse_judged_at("clock", STARTEX) == CLOCK
    assert parse_judged_at("D+3 12:00", STARTEX) == to_epoch(utc(2026, 3, 5, 12))
    assert parse_judged_at("d-1 06:30", STARTEX) == to_epoch(utc(2026, 3, 1, 6, 30))
    with pytest.raises(ValueError, match="write ENDEX, clock or a scenario time"):
        parse_judged_at("tomorrow", STARTEX)
    with pytest.raises(ValueError, match="hours go to 23"):
        parse_judged_at("D+1 24:00", STARTEX)


def rejected(dock, document):
    rejects = outcomes(document)["rejects"]
    dock.outcome_picker.choices[rejects].trigger()
    return rejects


def want(document, rejects, at):
    return compare_option_outcomes(document.file, [(t, rejects) for t in terms_ids(document.file)], at=at)


def test_judged_as_of_endex_the_rejection_branch_is_judged_on_its_planned_responses(dock, document):
    rejects = rejected(dock, document)
    at_clock = values(dock.model, ("pending",))
    assert at_clock == [r.result.pending for r in want(document, rejects, document.clock.seconds())]
    dock.judged_at.choose(ENDEX)
    endex = float(document.snapshot.endex)
    expected = want(document, rejects, endex)
    assert values(dock.model, ("pending",)) == [r.result.pending for r in expected]
    assert values(dock.model, ("met",)) == [r.result.met for r in expected]
    assert values(dock.model, ("consultation", "median")) == [r.result.consultation.median_s for r in expected]
    assert values(dock.model, ("pending",)) != at_clock
    assert all(c.result.assessment.now == endex for c in dock.model.columns)
    dock.judged_at.choose(CLOCK)
    assert values(dock.model, ("pending",)) == at_clock


def test_a_chosen_time_is_typed_and_a_wrong_one_is_said_and_changes_nothing(dock, document, qtbot):
    rejects = rejected(dock, document)
    dock.judged_at.choose(CHOSEN)
    assert dock.judged_at.time.isVisibleTo(dock)
    dock.judged_at.time.setText("D+3 12:00")
    dock.judged_at.time.editingFinished.emit()
    chosen = to_epoch(utc(2026, 3, 5, 12))
    assert values(dock.model, ("met",)) == [r.result.met for r in want(document, rejects, chosen)]
    dock.judged_at.time.setText("D+3 noon")
    dock.judged_at.time.editingFinished.emit()
    assert "D+3 noon" in dock.hint.text() and "D+3 12:00" in dock.hint.text()
    assert all(c.result.assessment.now == chosen for c in dock.model.columns)


def test_compare_options_at_endex_on_the_rejection_branch(default_template, tmp_path, default_doc):
    exercise = tmp_path / "drill.pactline"
    exercise.write_bytes(default_template.read_bytes())
    before = sha256(exercise)
    result = pactline(exercise, "--compare-options", "--outcome", "rejects", "--at", "ENDEX", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert " compared at D+4 18:00 (ENDEX) on " in result.stdout.splitlines()[1]
    rejects = find_outcome(branch_points(default_doc), "rejects")
    endex = float(load_snapshot(default_doc).endex)
    counts = " ".join(f"{r.result.met} / {r.result.missed} / {r.result.pending}"
                      for r in compare_option_outcomes(default_doc, [(t, rejects) for t in terms_ids(default_doc)],
                                                       at=endex))
    met_line = next(line for line in result.stdout.splitlines() if line.startswith("Obligations met / missed"))
    assert " ".join(met_line.split()[6:]) == counts
    at_noon = pactline(exercise, "--compare-options", "--at", "D+3 12:00", cwd=tmp_path)
    assert " compared at D+3 12:00 on " in at_noon.stdout.splitlines()[1]
    assert sha256(exercise) == before


@pytest.mark.parametrize("arguments, words", [
    (("--compare-options", "--at", "yesterday"), "'yesterday' is not a time to judge at"),
    (("--verify-log", "--at", "ENDEX"), "--at goes with --compare-options"),
])
def test_a_wrong_time_to_judge_at_is_refused_with_exit_code_2(default_template, tmp_path, arguments, words):
    exercise = tmp_path / "drill.pactline"
    exercise.write_bytes(default_template.read_bytes())
    result = pactline(exercise, *arguments, cwd=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr


def test_the_report_says_the_time_its_options_compared_were_judged_at(default_doc):
    endex = from_epoch(load_snapshot(default_doc).endex)
    content = build_report_content(default_doc, compare_at=endex)
    assert content.options_compared.judged_at.startswith("ENDEX, D+4 18:00 (")
    assert build_report_content(default_doc).options_compared.judged_at == ""


def test_the_window_report_judges_its_options_where_the_comparison_does(window, qtbot):
    window.comparison.judged_at.choose(ENDEX)
    content = window.report_commands.report_content()
    assert content.options_compared.judged_at.startswith("ENDEX, D+4 18:00 (")
    from gui.report.pdf import options_compared
    texts = [getattr(block, "text", "") for block in options_compared(content)]
    assert any("as of ENDEX, D+4 18:00" in text for text in texts)
