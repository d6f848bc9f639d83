"""Branch points in the exercise package: exported, imported identically, older packages all trunk."""
from __future__ import annotations

import copy
import json
from datetime import timedelta

import pytest

from model.branching import branch_points
from model.package.exchange import PackageError, export_package, import_package, package_document
from model.services import branches, incidents, injects, responses
from model.snapshot import load_snapshot
from model.timeutil import utc

T0 = utc(2026, 3, 2, 6)


@pytest.fixture
def branched_package(default_doc, tmp_path):
    doc = default_doc
    doc.wall_now = lambda: utc(2026, 3, 9, 12)
    point = branches.create_branch_point(doc, question="Parliament votes?", at=T0 + timedelta(hours=30),
                                         outcomes=["yes", "no"]).ids[0]
    yes, no = (o.id for o in next(p for p in branch_points(doc) if p.id == point).outcomes)
    inner = branches.create_branch_point(doc, question="Veto?", at=T0 + timedelta(hours=40), outcomes=["a", "b"],
                                         outcome_id=no).ids[0]
    incident = incidents.create_incident(doc, incident_type="cyber_attack", severity=3,
                                         occurred_at=T0 + timedelta(hours=31)).ids[0]
    branches.assign_outcome(doc, kind="incident", key=incident, outcome_id=no)
    inject = injects.create_inject(doc, scenario_time=T0 + timedelta(hours=32), synopsis="Vote fails").ids[0]
    branches.assign_outcome(doc, kind="inject", key=inject, outcome_id=no)
    sig = int(load_snapshot(doc).sig_ids[0])
    commitment = responses.create_commitment(doc, incident_id=incident, signatory_id=sig, category="political",
                                             measure="joint_statement", announced_at=T0 + timedelta(hours=33)).ids[0]
    branches.assign_outcome(doc, kind="commitment", key=commitment, outcome_id=no)
    branches.resolve_branch_point(doc, branch_point_id=point, outcome_id=no, at=T0 + timedelta(hours=30))
    path = export_package(doc, tmp_path / "branched.json")
    return doc, json.loads(path.read_text(encoding="utf-8")), dict(point=point, inner=inner, no=no,
                                                                   incident=incident, inject=inject,
                                                                   commitment=commitment)


def test_branches_travel_in_the_package_and_import_identically(branched_package, tmp_path):
    doc, package, ids = branched_package
    assert package["version"] >= 5   # branches travel from version 5 on
    assert {p["id"]: p["outcome_id"] for p in package["branch_points"]}[ids["inner"]] == ids["no"]
    assert [o["played"] for o in package["outcomes"] if o["id"] == ids["no"]] == [True]
    assert next(i for i in package["incidents"] if i["id"] == ids["incident"])["outcome_id"] == ids["no"]
    assert next(i for i in package["injects"] if i["id"] == ids["inject"])["outcome_id"] == ids["no"]
    assert next(c for c in package["commitments"] if c["id"] == ids["commitment"])["outcome_id"] == ids["no"]
    source = tmp_path / "again.json"
    source.write_text(json.dumps(package), encoding="utf-8")
    imported = import_package(source, tmp_path / "imported.pactline")
    try:
        imported.wall_now = doc.wall_now
        again = package_document(imported)
        assert branch_points(imported) == branch_points(doc)
        assert load_snapshot(imported).taken == load_snapshot(doc).taken
    finally:
        imported.close()
    for section in ("branch_points", "outcomes", "incidents", "commitments", "injects"):
        assert again[section] == package[section], section


@pytest.mark.parametrize("version", [3, 4])
def test_an_older_package_imports_with_everything_on_the_trunk(branched_package, tmp_path, version):
    """Version 4 (inject titles and additional fields) and before had no branches."""
    _doc, package, _ids = branched_package
    old = copy.deepcopy(package)
    old["version"] = version
    del old["branch_points"], old["outcomes"]
    for section in ("incidents", "commitments", "injects"):
        for row in old[section]:
            del row["outcome_id"]
            if version < 4 and section == "injects":
                del row["title"], row["additional_fields"]
    source = tmp_path / f"v{version}.json"
    source.write_text(json.dumps(old), encoding="utf-8")
    imported = import_package(source, tmp_path / f"v{version}.pactline")
    try:
        assert branch_points(imported) == []
        assert len(load_snapshot(imported).inc_ids) == len(old["incidents"])
    finally:
        imported.close()


@pytest.mark.parametrize("change, path, words", [
    (lambda p, ids: next(b for b in p["branch_points"] if b["id"] == ids["point"]).update(outcome_id=ids["no"] + 1),
     "outcome_id", "its own outcomes"),
    (lambda p, ids: p["outcomes"].__setitem__(slice(None), [o for o in p["outcomes"] if o["id"] != ids["no"]]),
     None, "no outcome with id"),
    (lambda p, ids: next(i for i in p["incidents"] if i["id"] == ids["incident"]).update(outcome_id=999),
     "outcome_id", "no outcome with id 999"),
])
def test_unsound_branches_are_refused_naming_where(branched_package, tmp_path, change, path, words):
    _doc, package, ids = branched_package
    bad = copy.deepcopy(package)
    change(bad, ids)
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        import_package(source, tmp_path / "bad.pactline")
    assert words in str(caught.value)
    if path:
        assert caught.value.path_in_json.endswith(path)
    assert not (tmp_path / "bad.pactline").exists()


def test_the_msel_export_names_each_injects_branch_and_imports_back_without_it(default_doc, tmp_path):
    import csv
    import io

    from model.msel.spreadsheets import export_msel
    path = export_msel(default_doc, tmp_path / "msel.csv").path
    _marking, _head, header, *rows = csv.reader(io.StringIO(path.read_bytes()[3:].decode("utf-8"), newline=""))
    branch, outcome = header.index("Branch Point"), header.index("Branch Outcome")
    by_number = {row[0]: (row[branch], row[outcome]) for row in rows}
    assert by_number["13"] == ("Adversary's answer to the treaty offer", "rejects")
    assert by_number["14"] == ("Adversary's answer to the treaty offer", "stalls")
    assert by_number["11"] == ("", "")   # the trunk: played whatever the answer
    from model.msel.columns import export_only_column, guess_mapping
    assert export_only_column("Branch Outcome") == "outcome"
    assert guess_mapping(header)[outcome] is None   # written for the reader, never imported as a field
