"""Treaty options compared on the same record: the model's comparison and --compare-options."""
from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from model.comparison import compare, compare_options
from model.comparison_table import comparison_csv, comparison_rows, comparison_text
from model.queries import exercise_info, signatories, treaty_parties, treaty_terms
from model.services import parties, terms
from model.snapshot import load_options, load_snapshot
from tests.test_command_line import pactline, sha256
from tests.test_engine import H, add_incident, add_signatory, at, attend, commit, ep

PACT, FORCE, BILATERAL = "collective", "stationed_force", "bilateral"


# -- the default exercise's three options ----------------------------------------------------------
def by_kind(results):
    return {r.kind: r for r in results}


def test_the_default_exercise_ships_three_options_with_their_parties(default_doc):
    options = treaty_terms(default_doc)
    assert [(o.kind, o.coordination) for o in options] == \
        [(PACT, "coordination_cell"), (FORCE, "lead_nation"), (BILATERAL, "bilateral_only")]
    assert exercise_info(default_doc).active_terms_id == options[0].id
    roster = {s.id: s for s in signatories(default_doc)}
    for option in (options[0], options[2]):    # every 2024 signatory, from its agreement date
        assert [(p.bound_from, p.basis) for p in treaty_parties(default_doc, option.id)] == \
            [(None, "signed")] * len(roster)
    force = {roster[p.signatory_id].code: (p.bound_from, p.basis) for p in treaty_parties(default_doc, options[1].id)}
    assert {"GB", "FR"} <= set(force) and "IT" not in force and "US" not in force
    # Parliaments that must approve a deployment bound their state from their vote, not on signature.
    for code, (_bound, basis) in force.items():
        approval = next(s for s in roster.values() if s.code == code).approval_required
        assert basis == ("ratified" if approval else "in_force"), code
    assert force["DE"] == (at(0).replace(day=3, hour=12), "ratified")    # the Bundestag votes on D+1


def test_the_same_play_judged_under_each_option_differs_as_the_options_do(default_doc):
    results = by_kind(compare_options(default_doc))
    pact, force, bilateral = results[PACT], results[FORCE], results[BILATERAL]
    # The pact: all 29 parties owe reactions, consultations and proportional categories.
    assert (pact.met, pact.missed, pact.pending) == (110, 45, 77)
    assert pact.gap_incidents == 2 and pact.adversary == "acceptable"
    assert list(pact.parties_bound) == [29] * 5
    # Bilateral agreements: no reaction owed, no categories, each partner consults within 24 h.
    assert (bilateral.reaction.met, bilateral.reaction.missed, bilateral.reaction.pending) == (0, 0, 0)
    assert bilateral.reaction.median_s is None and bilateral.gap_incidents == 0
    assert bilateral.consultation.missed > pact.consultation.missed
    assert bilateral.coordination_lead_h == 0
    # The force: 12 contributors, Germany's from its vote at D+1 12:00; the adversary rejects it.
    assert list(force.parties_bound) == [12, 12, 12, 13, 13]
    assert force.adversary == "rejected" and force.adversary_assumed
    assert force.missed < pact.missed
    # A military measure's coordinated effect waits for the cell's 12 h; the lead nation's 6 h is sooner.
    military = 2
    assert force.median_first_effective_s()[military] < pact.median_first_effective_s()[military]
    # Parliaments gate the same deployments under every option here (no contributor voted before them).
    assert pact.approvals_needed == force.approvals_needed == ("DE", "IT", "RO")


def test_comparing_reads_the_record_once_and_judges_it_under_each_option(default_doc):
    snapshot = load_snapshot(default_doc)
    options = load_options(default_doc, [o.id for o in treaty_terms(default_doc)][::-1])
    results = compare(snapshot, options, snapshot.clock_time)
    assert [r.terms_id for r in results] == [o.id for o in options]            # the order asked for
    assert [r.assessment.snapshot.inc_ids.tolist() for r in results] == [snapshot.inc_ids.tolist()] * 3


# -- latency, first effective measure, approvals, parties ---------------------------------------------
def test_latency_median_worst_and_per_signatory(blank_doc):
    pact = exercise_info(blank_doc).active_terms_id
    de, fr, it = (add_signatory(blank_doc, code) for code in ("DE", "FR", "IT"))
    first, second = add_incident(blank_doc, when=at(0)), add_incident(blank_doc, when=at(10))
    commit(blank_doc, first, de, announced=at(2))
    commit(blank_doc, first, fr, announced=at(30))          # 6 h late: still a latency (30 h)
    commit(blank_doc, second, de, announced=at(14))
    attend(blank_doc, first, it, at(5))
    (result,) = compare_options(blank_doc, [pact], at=ep(at(60)))
    assert (result.reaction.met, result.reaction.missed, result.reaction.pending) == (2, 4, 0)
    assert result.reaction.median_s == 4 * H and result.reaction.worst_s == 30 * H
    assert result.reaction.per_signatory_s[:2].tolist() == [3 * H, 30 * H]     # DE: 2 h and 4 h
    assert np.isnan(result.reaction.per_signatory_s[2])
    assert result.consultation.median_s == 5 * H
    assert list(result.parties_bound) == [3, 3]


def test_first_effective_measure_waits_for_parliament_and_coordination(blank_doc):
    pact = exercise_info(blank_doc).active_terms_id
    it = add_signatory(blank_doc, "IT", approval_required=True, approval_lead_hours=54)
    fr = add_signatory(blank_doc, "FR")
    strike = add_incident(blank_doc, when=at(0))
    commit(blank_doc, strike, it, announced=at(1), category="military", measure="troop_deployment",
           effective=at(2))                                   # gated until 55 h
    commit(blank_doc, strike, fr, announced=at(3), category="military", measure="isr_sharing",
           effective=at(4))                                   # coordinated from 15 h (cell: 12 h)
    commit(blank_doc, strike, fr, announced=at(1), status="delivered")   # a statement: in effect when made
    (result,) = compare_options(blank_doc, [pact], at=ep(at(60)))
    political, military = 0, 2
    assert result.first_effective_s[0, military] == 15 * H
    assert result.first_effective_s[0, political] == 1 * H
    assert np.isnan(result.first_effective_s[0, 1])             # nothing economic
    assert result.approvals_needed == ("IT",) and result.gated == 1 and result.gate_violations == 1
    bilateral = terms.add_terms_option(blank_doc, name="Bilateral", copy_from=pact).ids[0]
    terms.update_terms(blank_doc, terms_id=bilateral, kind="bilateral", coordination="bilateral_only")
    parties.set_party(blank_doc, terms_id=bilateral, signatory_id=fr, bound_from=at(-1), basis="in_force")
    _, alone = compare_options(blank_doc, [pact, bilateral], at=ep(at(60)))
    assert alone.first_effective_s[0, military] == 4 * H      # each partner acts at once


# -- the table and the command line ------------------------------------------------------------------
def test_the_table_has_one_column_per_option_and_the_marking(default_doc):
    results = compare_options(default_doc)
    rows = dict(comparison_rows(results))
    assert rows["Demands"] == ["collective pact", "force stationed in the protected state",
                               "bilateral agreements only"]
    assert rows["Obligations met / missed / pending"][0] == "110 / 45 / 77"
    assert rows["Adversary"] == ["acceptable (assumed)", "rejects it (assumed)", "acceptable (assumed)"]
    assert rows["Parties bound at #4 naval blockade S3 (D+2 02:30)"] == ["29", "13", "29"]
    assert rows["Reaction latency median / worst"][2] == "– / –"
    # The reassurance force binds fewer parties: the standing provisions of the others are not its own.
    assert rows["Standing provisions: parties' milestones overdue"] == ["1 of 7", "1 of 5", "1 of 7"]
    text = comparison_text(results, classification="UNCLASSIFIED // EXERCISE", title="t")
    assert text.splitlines()[:3] == ["EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE", "t",
                                     f"A  {results[0].name}"]
    table = list(csv.reader(io.StringIO(comparison_csv(results, classification="SECRET").decode("utf-8-sig"))))
    assert table[0] == ["EXERCISE EXERCISE EXERCISE — SECRET"]
    assert table[1] == ["Measure", *(r.name for r in results)]
    assert all(len(row) == 4 for row in table[1:])


def test_compare_options_on_the_command_line_as_text_and_csv(default_template, tmp_path):
    exercise = tmp_path / "drill.pactline"
    exercise.write_bytes(default_template.read_bytes())
    before = sha256(exercise)
    result = pactline(exercise, "--compare-options", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE"
    assert lines[1] == "3 treaty options compared at D+2 09:00 on 5 incidents"
    assert any(line.startswith("Obligations met / missed / pending") and "110 / 45 / 77" in line for line in lines)
    result = pactline(exercise, "--compare-options", tmp_path / "options.csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"3 treaty options compared at D+2 09:00, written to {tmp_path / 'options.csv'}"
    rows = list(csv.reader(io.StringIO((tmp_path / "options.csv").read_text(encoding="utf-8-sig"))))
    assert rows[2][0] == "Demands" and len(rows[2]) == 4
    assert sha256(exercise) == before                     # comparing changes nothing


@pytest.mark.parametrize("arguments, words", [
    (("--compare-options", "options.txt"), "a comparison must end in .csv"),
    (("--compare-options",), "this command needs an EXERCISE file"),
])
def test_compare_options_refuses_bad_input_with_exit_code_2(default_template, tmp_path, arguments, words):
    exercise = tmp_path / "drill.pactline"
    exercise.write_bytes(default_template.read_bytes())
    args = (exercise, *arguments) if "options.txt" in arguments else arguments
    result = pactline(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "options.txt").exists()


def test_an_options_provision_milestones_are_those_of_the_parties_it_binds(default_doc):
    from model.services import parties as party_service
    from model.snapshot import load_snapshot

    results = compare_options(default_doc)
    snap = load_snapshot(default_doc)
    gb = int(snap.sig_ids[snap.sig_codes.index("GB")])
    force = results[1].terms_id
    party_service.remove_party(default_doc, terms_id=force, signatory_id=gb)
    again = compare_options(default_doc)
    assert (again[1].provision_overdue, again[1].provision_milestones) == (0, 3)   # GB's two milestones gone
    assert (again[0].provision_overdue, again[0].provision_milestones) == (1, 7)
