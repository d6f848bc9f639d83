"""What users read: display names instead of codes, real plurals, punctuated field errors, one span notation."""
from __future__ import annotations

import re

import pytest

from model import queries
from model.catalogue import shipped_catalogue
from model.display_names import KINDS, changed_fields, display_name, in_words
from model.errors import ValidationError, field_label
from model.plural import plural
from model.services import injects, signatories
from model.timeutil import format_span, utc

CODES = [t["code"] for t in shipped_catalogue().incident_types] + \
        [i["code"] for i in shipped_catalogue().instruments] + [c.code for c in shipped_catalogue().coordination]
KEY = re.compile(r"\b[a-z]+_[a-z_]+\b")   # what a catalogue key looks like: energy_strike, nato_led


@pytest.mark.parametrize("kind, code, name", [
    ("incident_type", "energy_strike", "Energy-infrastructure strike"),
    ("incident_type", "cyber_attack", "Cyber attack on critical infrastructure"),
    ("coordination", "nato_led", "NATO-led (requires consensus of all Allies)"),
    ("category", "economic", "Economic (sanctions)"),
    ("instrument", "joint_statement", "Joint statement / condemnation"),
    ("severity", 3, "S3 significant, regional, casualties"),
])
def test_every_code_has_one_display_name(kind, code, name):
    assert display_name(kind, code) == name


def test_a_code_no_catalogue_names_is_put_into_words_not_shown_raw():
    assert display_name("incident_type", "drone_swarm_attack") == "Drone swarm attack"
    assert display_name("incident_type", "drone_swarm_attack", {"drone_swarm_attack": "Drone swarm"}) == "Drone swarm"
    assert in_words("energy_strike") == "Energy strike"
    assert set(KINDS) >= {"category", "incident_type", "instrument", "coordination", "commitment_status"}
    with pytest.raises(ValueError):
        display_name("colour", "red")


@pytest.mark.parametrize("n, text", [(0, "0 signatories added"), (1, "1 signatory added"),
                                     (2, "2 signatories added")])
def test_plural_chooses_between_two_whole_phrases(n, text):
    assert plural(n, "{0} signatory added", "{0} signatories added") == text
    assert plural(n, "{0} inject to {1}", "{0} injects to {1}").format(None, "X").endswith("to X")


def test_a_field_error_names_the_field_in_words_with_a_colon_and_a_full_stop():
    err = ValidationError("incident_type", "an incident inject needs an incident type")
    assert str(err) == "Incident type: an incident inject needs an incident type."
    assert str(ValidationError("signatory_id", "does not exist.")) == "Signatory: does not exist."
    assert field_label("nato") == "NATO member" and field_label("terms.reaction_hours") == "Reaction hours"


def test_a_refused_service_call_reads_as_a_sentence(default_doc):
    with pytest.raises(ValidationError) as caught:
        injects.create_inject(default_doc, scenario_time=utc(2026, 3, 3, 12), inject_type="incident",
                              synopsis="A strike", incident_type=None)
    assert str(caught.value) == "Incident type: an incident inject needs an incident type."


def test_log_entries_name_fields_and_categories_in_words(default_doc):
    de = next(s for s in queries.signatories(default_doc) if s.code == "DE")
    report = signatories.update_signatory(default_doc, signatory_id=de.id, nato=False, approval_lead_hours=96)
    assert report.summary == "Signatory DE edited (NATO member, approval lead time)"
    assert changed_fields([]) == "no change"
    texts = [e.text for e in queries.log_entries(default_doc)]
    assert texts and not [t for t in texts if KEY.search(t) or "(nato" in t], \
        "no catalogue key or field key reaches the log"


def test_a_removal_counts_with_real_plurals(default_doc):
    fr = next(s for s in queries.signatories(default_doc) if s.code == "FR")
    report = signatories.delete_signatory(default_doc, signatory_id=fr.id)
    assert "(s)" not in report.summary
    assert re.search(r"with \d+ commitments? and \d+ consultation records?$", report.summary)
    created = signatories.create_signatories(default_doc, entries=[dict(code="MD", name="Moldova")])
    assert created.summary == "1 signatory added"


@pytest.mark.parametrize("seconds, text", [(0, "0 min"), (10, "1 min"), (50 * 60, "50 min"), (3600, "1 h"),
                                           (3 * 3600 + 50 * 60, "3 h 50 min"), (25 * 3600 + 20 * 60, "25 h 20 min")])
def test_a_span_never_reads_as_a_clock_time(seconds, text):
    assert format_span(seconds) == text
    assert not re.search(r"\d:\d\d", format_span(seconds, with_seconds=True))


def test_a_live_countdown_counts_seconds_in_its_last_hour():
    assert format_span(17 * 3600 + 30 * 60, with_seconds=True) == "17 h 30 min"
    assert format_span(42 * 60 + 10, with_seconds=True) == "42 min 10 s"
    assert format_span(9, with_seconds=True) == "9 s"


def test_planning_edits_log_incident_types_and_categories_by_name(default_doc):
    from model.services import terms
    terms_id = queries.exercise_info(default_doc).active_terms_id
    report = terms.set_proportionality(default_doc, terms_id=terms_id, incident_type="energy_strike", severity=3,
                                       categories=["economic", "humanitarian"])
    assert report.summary == ("Proportional response for Energy-infrastructure strike S3: "
                              "Economic (sanctions), Humanitarian")
    report = terms.update_terms(default_doc, terms_id=terms_id, coordination="nato_led", reaction_hours=12)
    assert report.summary.endswith("edited (coordination, reaction hours)")
