"""The snapshot updated from change reports equals the one a full load reads, after any sequence of edits."""
from __future__ import annotations

import dataclasses
import shutil

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from model import services
from model.catalogue import shipped_catalogue
from model.errors import ValidationError
from model.storage.exercise_file import ExerciseFile
from model.snapshot import ExerciseSnapshot, load_snapshot
from model.snapshot_update import updated_snapshot
from model.timeutil import from_epoch
from model.vocabulary import COMMITMENT_STATUSES

INSTRUMENTS = [(i["code"], i["category"]) for i in shipped_catalogue().instruments]
EDITS = ("move", "edit", "create", "delete", "commit", "recommit", "uncommit", "attend", "reattend",
         "unattend", "undo", "deliver", "reschedule")


def assert_same(updated: ExerciseSnapshot, loaded: ExerciseSnapshot) -> None:
    for field in dataclasses.fields(ExerciseSnapshot):
        if field.name == "lineage":   # where the snapshot came from, not what it holds
            continue
        mine, theirs = getattr(updated, field.name), getattr(loaded, field.name)
        if isinstance(theirs, np.ndarray):
            assert mine.dtype == theirs.dtype and mine.shape == theirs.shape, field.name
            assert np.array_equal(mine, theirs), field.name
        elif field.name == "terms":
            assert mine is theirs or mine.id == theirs.id
        else:
            assert mine == theirs, field.name


class Editor:
    """Edits through the services, as the undo commands make them, each with its undo."""

    def __init__(self, doc, data):
        self.doc, self.data, self.undos = doc, data, []

    def pick(self, values):
        return self.data.draw(st.sampled_from(list(values)))

    def seconds(self, snap, around: int) -> int:
        return around + 60 * self.data.draw(st.integers(-3000, 3000))

    def consultation_ids(self) -> list[int]:
        with self.doc.reading_rows() as connection:
            return list(connection.execute(text("SELECT id FROM consultation")).scalars())

    def run(self, edit: str, snap: ExerciseSnapshot):
        """The edit's change report, or None when nothing was stored.

        Random edits may ask for what the services rightly refuse (moving a withdrawn commitment's
        announcement past its withdrawal): a refusal stores nothing, so there is nothing to update."""
        try:
            return self._run(edit, snap)
        except ValidationError:
            return None

    def _run(self, edit: str, snap: ExerciseSnapshot):
        has_incidents = snap.incident_count > 0
        if edit == "undo":
            if self.undos:
                return self.undos.pop()()
            edit = "create"
        if edit in ("move", "edit", "delete", "commit", "attend") and not has_incidents:
            edit = "create"
        if edit in ("recommit", "uncommit") and not len(snap.com_ids):
            edit = "create"
        consultations = self.consultation_ids() if edit in ("reattend", "unattend") else []
        if edit in ("reattend", "unattend") and not consultations:
            edit = "create"
        if edit in ("deliver", "reschedule"):
            return self.provision_edit(edit, snap)
        if edit in ("move", "edit"):
            incident = int(self.pick(snap.inc_ids))
            if edit == "move":
                changes = dict(occurred_at=from_epoch(self.seconds(snap, int(snap.inc_time[snap.incident_position(
                    incident)]))))
            else:
                changes = dict(severity=self.data.draw(st.integers(1, 5)), location=self.pick(["", "Narva", "Riga"]))
            report = services.incidents.update_incident(self.doc, incident_id=incident, **changes)
            self.undos.append(lambda: services.incidents.update_incident(self.doc, incident_id=incident, **report.previous))
        elif edit == "create":
            report = services.incidents.create_incident(
                self.doc, incident_type=self.pick(snap.type_codes), severity=self.data.draw(st.integers(1, 5)),
                occurred_at=from_epoch(self.seconds(snap, snap.startex + 86400)))
            created = report.ids[0]
            self.undos.append(lambda: services.incidents.delete_incident(self.doc, incident_id=created))
        elif edit in ("delete", "uncommit", "unattend"):
            if edit == "delete":
                report = services.incidents.delete_incident(self.doc, incident_id=int(self.pick(snap.inc_ids)))
            elif edit == "uncommit":
                report = services.responses.delete_commitment(self.doc, commitment_id=int(self.pick(snap.com_ids)))
            else:
                report = services.responses.delete_consultation(self.doc, consultation_id=self.pick(consultations))
            removed = report.removed
            self.undos.append(lambda: services.records.restore_records(self.doc, records=removed))
        elif edit == "commit":
            incident = int(self.pick(snap.inc_ids))
            occurred = int(snap.inc_time[snap.incident_position(incident)])
            measure, category = self.pick(INSTRUMENTS)
            report = services.responses.create_commitment(
                self.doc, incident_id=incident, signatory_id=int(self.pick(snap.sig_ids)), category=category,
                measure=measure, announced_at=from_epoch(occurred + 60 * self.data.draw(st.integers(0, 3000))),
                status=self.pick(COMMITMENT_STATUSES))
            created = report.ids[0]
            self.undos.append(lambda: services.responses.delete_commitment(self.doc, commitment_id=created))
        elif edit == "recommit":
            commitment = int(self.pick(snap.com_ids))
            position = int(np.flatnonzero(snap.com_ids == commitment)[0])
            announced = int(snap.com_announced[position]) + 60 * self.data.draw(st.integers(0, 600))
            changes = self.pick([dict(status=self.pick(COMMITMENT_STATUSES)),
                                 dict(announced_at=from_epoch(announced), effective_at=None)])
            report = services.responses.update_commitment(self.doc, commitment_id=commitment, **changes)
            self.undos.append(lambda: services.responses.update_commitment(self.doc, commitment_id=commitment, **report.previous))
        elif edit == "attend":
            incident = int(self.pick(snap.inc_ids))
            signatory = int(self.pick(snap.sig_ids))
            with self.doc.reading_rows() as connection:
                taken = connection.execute(text("SELECT 1 FROM consultation WHERE incident_id = :i "
                                                "AND signatory_id = :s"), {"i": incident, "s": signatory}).first()
            if taken:
                return None
            occurred = int(snap.inc_time[snap.incident_position(incident)])
            joined = self.pick([None, from_epoch(occurred + 3600)])
            report = services.responses.record_consultation(self.doc, incident_id=incident, signatory_id=signatory,
                                                            joined_at=joined)
            created = report.ids[0]
            self.undos.append(lambda: services.responses.delete_consultation(self.doc, consultation_id=created))
        else:  # reattend
            consultation = self.pick(consultations)
            joined = self.pick([None, from_epoch(snap.startex + 60 * self.data.draw(st.integers(0, 20000)))])
            report = services.responses.update_consultation(self.doc, consultation_id=consultation, joined_at=joined)
            self.undos.append(lambda: services.responses.update_consultation(self.doc, consultation_id=consultation,
                                                                             **report.previous))
        return report

    def provision_edit(self, edit: str, snap: ExerciseSnapshot):
        """A delivery against a standing provision's milestone, or a milestone due at another time."""
        milestones = snap.provisions.milestones
        if not milestones:
            return None
        milestone = self.pick(list(milestones))
        if edit == "deliver":
            report = services.provisions.create_delivery(
                self.doc, provision_id=milestone.provision_id, milestone_id=milestone.id,
                delivered_at=from_epoch(self.seconds(snap, snap.startex + 86400)),
                quantity=self.pick([None, 1.0, 1000.0]), value=self.pick([None, 2e9]))
            created = report.ids[0]
            self.undos.append(lambda: services.provisions.delete_delivery(self.doc, delivery_id=created))
        else:
            report = services.provisions.update_milestone(
                self.doc, milestone_id=milestone.id, due_at=from_epoch(self.seconds(snap, milestone.due)))
            self.undos.append(lambda: services.provisions.update_milestone(self.doc, milestone_id=milestone.id,
                                                                           **report.previous))
        return report


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_edits_and_undos_update_the_snapshot_as_a_full_load_reads_it(default_template, tmp_path_factory,
                                                                             data):
    path = tmp_path_factory.mktemp("incremental") / "exercise.pactline"
    shutil.copyfile(default_template, path)
    doc = ExerciseFile.open(path)
    try:
        editor = Editor(doc, data)
        snap = load_snapshot(doc)
        for edit in data.draw(st.lists(st.sampled_from(EDITS), min_size=1, max_size=12)):
            report = editor.run(edit, snap)
            if report is None:
                continue
            updated = updated_snapshot(doc, snap, report)
            assert updated is not None, f"{edit} fell back to a full reload"
            assert_same(updated, load_snapshot(doc))
            snap = updated
    finally:
        doc.close()


def test_an_edit_of_the_roster_asks_for_a_full_reload(default_doc):
    snap = load_snapshot(default_doc)
    report = services.signatories.update_signatory(default_doc, signatory_id=int(snap.sig_ids[0]), name="Renamed")
    assert updated_snapshot(default_doc, snap, report) is None


def test_moving_an_incident_past_others_reorders_every_array_that_follows_incidents(default_doc):
    snap = load_snapshot(default_doc)
    first = int(snap.inc_ids[0])
    report = services.incidents.update_incident(default_doc, incident_id=first,
                                                occurred_at=from_epoch(int(snap.inc_time[-1]) + 3600))
    updated = updated_snapshot(default_doc, snap, report)
    assert int(updated.inc_ids[-1]) == first
    assert_same(updated, load_snapshot(default_doc))
    assert np.array_equal(updated.reaction_time[-1], snap.reaction_time[0])


def test_an_edit_of_an_options_parties_asks_for_a_full_reload(default_doc):
    """Who is bound from when lives in the snapshot's terms and sig_bound: a party edit must reach them."""
    snapshot = load_snapshot(default_doc)
    signatory_id = int(snapshot.sig_ids[0])
    report = services.parties.remove_party(default_doc, terms_id=snapshot.terms.id, signatory_id=signatory_id)
    assert updated_snapshot(default_doc, snapshot, report) is None


def test_an_update_leaves_the_snapshot_it_started_from_as_it_was(default_doc):
    """Views may still hold the earlier snapshot: an update builds new arrays, it never writes into them."""
    snap = load_snapshot(default_doc)
    before = {f.name: getattr(snap, f.name).copy() for f in dataclasses.fields(ExerciseSnapshot)
              if isinstance(getattr(snap, f.name), np.ndarray)}
    kind = snap.type_codes[0]
    created = services.incidents.create_incident(default_doc, incident_type=kind, severity=4,
                                                 occurred_at=from_epoch(int(snap.inc_time[1]) + 60))
    after = updated_snapshot(default_doc, snap, created)
    assert after is not None and after.incident_count == snap.incident_count + 1
    for name, values in before.items():
        assert np.array_equal(getattr(snap, name), values), name
    # And the arrays of the new one are not the old one's, whatever it filled in.
    assert after.reaction_time is not snap.reaction_time and after.consultation_time is not snap.consultation_time
