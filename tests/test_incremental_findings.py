"""After any sequence of stored edits, the assessment judged only where the edit changed it and the
findings worded only where they changed are exactly what a full judgement and full findings give."""
from __future__ import annotations

import dataclasses
import shutil

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.engine import Assessment, Obligations, assess
from model.engine_rows import MISSING, reusable_rows
from model.findings import GATE_KIND, FindingsCache, findings
from model.snapshot import load_snapshot
from model.snapshot_update import updated_snapshot
from model.storage.exercise_file import ExerciseFile
from model.services import incidents, responses
from model.timeutil import from_epoch
from tests.test_snapshot_update import EDITS, Editor


def assert_same_assessment(mine: Assessment, full: Assessment) -> None:
    for field in dataclasses.fields(Assessment):
        ours, theirs = getattr(mine, field.name), getattr(full, field.name)
        if isinstance(theirs, Obligations):
            for part in dataclasses.fields(Obligations):
                a, b = getattr(ours, part.name), getattr(theirs, part.name)
                assert a.dtype == b.dtype and np.array_equal(a, b), f"{field.name}.{part.name}"
        elif isinstance(theirs, np.ndarray):
            assert ours.dtype == theirs.dtype and np.array_equal(ours, theirs), field.name
        elif field.name != "snapshot":
            assert ours == theirs, field.name


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_edits_judge_and_word_as_a_full_pass_would(default_template, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("incremental-findings") / "exercise.pactline"
    shutil.copyfile(default_template, path)
    doc = ExerciseFile.open(path)
    try:
        editor = Editor(doc, data)
        snap = load_snapshot(doc)
        # A scenario time among the incidents, so that deadlines are met, pending and missed.
        now = float(snap.startex + 60 * data.draw(st.integers(0, 4 * 24 * 60)))
        cache = FindingsCache(limit=data.draw(st.sampled_from([3, 100])))
        names = {"troop_deployment": "Deployment of troops"}
        assessment = assess(snap, now)
        assert cache.findings(assessment, names) == findings(assessment, instrument_names=names, limit=cache.limit)
        for edit in data.draw(st.lists(st.sampled_from(EDITS), min_size=1, max_size=10)):
            report = editor.run(edit, snap)
            if report is None:
                continue
            snap = updated_snapshot(doc, snap, report) or load_snapshot(doc)
            full = assess(snap, now)
            assessment = assess(snap, now, like=assessment)
            assert_same_assessment(assessment, full)
            assert cache.findings(assessment, names) == findings(full, instrument_names=names, limit=cache.limit)
    finally:
        doc.close()


def test_moving_one_incident_judges_and_words_only_what_it_changed(default_doc):
    snap = load_snapshot(default_doc)
    now = float(snap.clock_time)
    cache = FindingsCache()
    before = assess(snap, now)
    first = cache.findings(before)
    gated = next(r for r in first if r.kind == GATE_KIND)
    # An incident without gated commitments moves an hour: no gate finding is worded again.
    other = next(int(i) for i in snap.inc_ids if i != gated.incident_id)
    report = incidents.update_incident(default_doc, incident_id=other,
                                       occurred_at=from_epoch(int(snap.inc_time[snap.incident_position(other)]) + 3600))
    moved = updated_snapshot(default_doc, snap, report)
    after = assess(moved, now, like=before)
    assert_same_assessment(after, assess(moved, now))
    second = cache.findings(after)
    assert second == findings(after)
    assert cache.memos[GATE_KIND].made == 0
    assert next(r for r in second if r.key == gated.key) is gated


def test_a_gated_commitment_made_effective_later_is_worded_again(default_doc):
    snap = load_snapshot(default_doc)
    now = float(snap.clock_time)
    cache = FindingsCache()
    before = assess(snap, now)
    # A gate respected stays respected a day later: only the effective time in its wording changes.
    respected = next(r for r in cache.findings(before) if r.kind == GATE_KIND and r.detail == "respected")
    position = int(np.flatnonzero(snap.com_ids == respected.commitment_id)[0])
    later = from_epoch(int(snap.com_effective[position]) + 86400)
    report = responses.update_commitment(default_doc, commitment_id=respected.commitment_id, effective_at=later)
    changed = updated_snapshot(default_doc, snap, report)
    after = assess(changed, now, like=before)
    rows = cache.findings(after)
    assert rows == findings(assess(changed, now))
    again = next(r for r in rows if r.commitment_id == respected.commitment_id)
    assert again.key == respected.key and again.text != respected.text


def test_findings_worded_before_are_not_reused_in_another_language(qapp, default_doc):
    from gui.core import i18n

    snap = load_snapshot(default_doc)
    now = float(snap.clock_time)
    cache = FindingsCache()
    before = assess(snap, now)
    english = next(r for r in cache.findings(before) if r.kind == GATE_KIND)
    other = next(int(i) for i in snap.inc_ids if i != english.incident_id)
    report = incidents.update_incident(default_doc, incident_id=other, severity=5)
    changed = updated_snapshot(default_doc, snap, report)
    i18n.install_translators(qapp, "it")
    try:
        rows = cache.findings(assess(changed, now, like=before))
        assert rows == findings(assess(changed, now))
        assert next(r for r in rows if r.key == english.key).text != english.text
    finally:
        i18n.install_translators(qapp, "en")


def test_an_updated_snapshot_names_the_rows_its_edit_changed_and_a_copy_of_it_does_not(default_doc):
    from model.engine_rows import MISSING, reusable_rows
    snap = load_snapshot(default_doc)
    now = float(snap.clock_time)
    before = assess(snap, now)
    moved = int(snap.inc_ids[0])
    later = int(snap.inc_time[-1]) + 600          # past every other incident: every row shifts by one
    report = incidents.update_incident(default_doc, incident_id=moved, occurred_at=from_epoch(later))
    after = updated_snapshot(default_doc, snap, report)
    rows = reusable_rows(before, after, now)
    # The moved incident is judged again; every other row is taken from where it was.
    assert rows[after.incident_position(moved)] == MISSING
    others = after.inc_ids != moved
    assert np.array_equal(snap.inc_ids[rows[others]], after.inc_ids[others])
    assert after.lineage is not None and after.lineage.rows_from(snap, after) is not None
    # A drag preview of it is another snapshot (another incident time): the rows are compared instead.
    preview = after.with_incident_time(int(after.inc_ids[1]), int(after.inc_time[1]) + 60)
    assert after.lineage.rows_from(snap, preview) is None
    assert_same_assessment(assess(preview, now, like=before), assess(preview, now))
def test_a_drag_preview_judges_the_moved_incident_alone_and_as_a_fresh_judgement_would(default_doc):
    snap = load_snapshot(default_doc)
    now = float(snap.clock_time)
    stored = assess(snap, now)
    for incident_id in snap.inc_ids.tolist()[::3]:
        at = int(snap.inc_time[snap.incident_position(incident_id)])
        for shift in (-7200, 900, 86400):
            preview = snap.with_incident_time(incident_id, at + shift)
            rows = reusable_rows(stored, preview, now)
            assert rows is not None and np.flatnonzero(rows == MISSING).tolist() == [snap.incident_position(incident_id)]
            assert_same_assessment(assess(preview, now, like=stored), assess(preview, now))
