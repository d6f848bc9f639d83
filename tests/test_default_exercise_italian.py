"""The default exercise is created in the language Pactline speaks at creation; a file once made stays as written.

resources/default_exercise_it.json holds the Italian texts row by row; codes, times and
references come from the one English file, so both languages play the same exercise.
"""
from __future__ import annotations

import json

from model.default_exercise import create_default_exercise, default_data
from model.resources import resource
from model.storage.reading import exercise_info
from tests.support import dump, in_italian


def _texts(doc) -> dict:
    with doc.reading() as session:
        from model.conduct_entities import Inject, Objective
        from model.entities import BranchPoint, Commitment, Consultation, Incident, Outcome, Signatory, TreatyTerms
        from model.provision_entities import Provision, ProvisionMilestone

        return {"terms": [t.name for t in session.query(TreatyTerms).order_by(TreatyTerms.id)],
                "question": [b.question for b in session.query(BranchPoint)],
                "outcomes": [o.name for o in session.query(Outcome).order_by(Outcome.sort_order)],
                "synopses": [i.synopsis for i in session.query(Inject).order_by(Inject.id)],
                "incidents": [i.description for i in session.query(Incident).order_by(Incident.id)],
                "objectives": [o.title for o in session.query(Objective).order_by(Objective.id)],
                "signatories": [s.name for s in session.query(Signatory).order_by(Signatory.id)],
                "bases": [s.approval_basis for s in session.query(Signatory).order_by(Signatory.id)],
                "phases": sorted({i.phase for i in session.query(Inject)}),
                "recipients": sorted({i.recipient for i in session.query(Inject)}),
                "notes": sorted({c.note for c in session.query(Consultation) if c.note}),
                "commitment_notes": sorted({c.note for c in session.query(Commitment) if c.note}),
                "provisions": [p.title for p in session.query(Provision).order_by(Provision.id)],
                "milestones": [m.what for m in session.query(ProvisionMilestone).order_by(ProvisionMilestone.id)]}


def test_created_in_italian_the_default_exercise_reads_italian(tmp_path):
    with in_italian():
        doc = create_default_exercise(tmp_path / "it.pactline")
    try:
        info = exercise_info(doc)
        texts = _texts(doc)
    finally:
        doc.close()
    assert info.name.startswith("Esercitazione predefinita Pactline")
    assert info.classification == "NON CLASSIFICATO // ESERCITAZIONE"
    assert texts["terms"][0].startswith("Clausola leggera di mutua difesa")
    assert texts["question"] == ["Risposta dell'avversario all'offerta di trattato"]
    assert texts["outcomes"] == ["accetta", "respinge", "temporeggia"]
    assert texts["synopses"][1] == "Attacco con missili balistici e droni su Kharkiv."
    assert texts["objectives"][0].startswith("Ogni firmatario dichiara")
    assert texts["signatories"][:2] == ["Regno Unito", "Germania"] and "Unione europea" in texts["signatories"]
    assert texts["bases"][4].startswith("Legge 145/2016 art. 2: il Consiglio dei ministri delibera")
    assert texts["phases"] == ["Fase 1", "Fase 2", "Fase 3"]
    assert "Tutte le delegazioni" in texts["recipients"] and "All delegations" not in texts["recipients"]
    assert "Rifiutata: nessun contributo militare da discutere" in texts["notes"]
    # The planned records of the rejection branch and the standing provisions read Italian too.
    assert texts["notes"] and all(n.startswith(("Rifiutata", "Previsto (ipotesi)")) for n in texts["notes"])
    assert texts["commitment_notes"] and not any("Planned" in n or "assumption" in n for n in texts["commitment_notes"])
    assert texts["provisions"][0] == "Consegne accelerate di missili per la difesa aerea"
    assert texts["milestones"][-1] == "Seconda tranche erogata"


def test_both_languages_play_the_same_exercise(tmp_path):
    english = create_default_exercise(tmp_path / "en.pactline")
    italian = create_default_exercise(tmp_path / "it.pactline", language="it")
    try:
        assert len(dump(english)) == len(dump(italian))
        en, it = _texts(english), _texts(italian)
        assert {k: len(v) for k, v in en.items()} == {k: len(v) for k, v in it.items()}
        assert en["outcomes"] == ["accepts", "rejects", "stalls"]
        assert not set(en["synopses"]) & set(it["synopses"])
    finally:
        english.close()
        italian.close()


def test_the_italian_texts_cover_every_row_of_the_english_file():
    english = json.loads(resource("default_exercise.json").read_text(encoding="utf-8"))
    italian = json.loads(resource("default_exercise_it.json").read_text(encoding="utf-8"))
    for section in ("terms", "branch_points", "incidents", "injects", "objectives", "provisions"):
        assert len(italian[section]) == len(english[section]), section
    notes = {row["note"] for section in ("consultations", "commitments") for row in english[section] if row.get("note")}
    notes |= {d["note"] for p in english["provisions"] for d in p["deliveries"] if d.get("note")}
    assert notes <= set(italian["notes"]), sorted(notes - set(italian["notes"]))
    assert default_data("it")["branch_points"][0]["outcomes"] == english["branch_points"][0]["outcomes"]
    assert default_data("en") == english


def test_the_italian_default_exercise_reopens_and_exports_as_a_valid_package(tmp_path):
    from model.package.exchange import package_document
    from model.package.schema import validate_document
    from model.storage.exercise_file import ExerciseFile

    create_default_exercise(tmp_path / "it.pactline", language="it").close()
    doc = ExerciseFile.open(tmp_path / "it.pactline")     # every stored value passes the open's check
    try:
        validate_document(package_document(doc))
    finally:
        doc.close()
