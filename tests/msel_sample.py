"""A realistic 10-inject MSEL over the default exercise's days, for tests and screenshots.

Times are written relative to STARTEX (D+n hh:mm) as a planner would; the
incident injects complement the default exercise's five incidents.
"""
from __future__ import annotations

from model import queries
from model.reltime import parse_time
from model.services.injects import create_injects, delete_injects

M1, M2, M3 = "Move 1 — Escalation", "Move 2 — Coercion", "Move 3 — Crisis"

SAMPLE_MSEL = [
    dict(number="1", at="D+0 06:00", phase=M1, inject_type="message", method="Email", sender="SIMCELL",
         recipient="All delegations",
         synopsis="Situation update 1: overnight shelling along the line of contact; the protected state's "
                  "security council is in session.",
         expected_action="Delegations confirm points of contact and reporting lines to the coordination cell.",
         objective="O1 Activate coordination", controller="Lead controller"),
    dict(number="2", at="D+0 08:15", delivery="D+0 08:00", phase=M1, inject_type="message", method="Phone",
         sender="Protected state MFA", recipient="Coordination cell",
         synopsis="The protected state invokes the consultation clause after the Kharkiv strike and asks for "
                  "air-defence interceptors.",
         expected_action="The cell convenes the consultation; signatories announce their reaction within 24 h.",
         objective="O2 Timely reaction", controller="Lead controller"),
    dict(number="3", at="D+0 22:00", phase=M1, inject_type="message", method="Secure VTC", sender="National CERT",
         recipient="Cyber working group",
         synopsis="CERT attributes the grid wiper malware with moderate confidence and requests an "
                  "incident-response team.",
         expected_action="Signatories offer cyber incident-response teams; decide on an attribution statement.",
         objective="O3 Cyber and hybrid response", controller="Cyber controller"),
    dict(number="4", at="D+1 12:00", phase=M1, inject_type="incident", incident_type="energy_strike", severity=3,
         location="Dnipro thermal power plant", method="Map update", sender="SIMCELL",
         recipient="Coordination cell",
         synopsis="Cruise missiles hit the Dnipro thermal power plant; 400,000 people without heating.",
         expected_action="Assess energy aid; consult on a proportional economic response.",
         objective="O2 Timely reaction", controller="Lead controller"),
    dict(number="5", at="D+1 18:00", phase=M1, inject_type="contingency", method="Email",
         sender="EU presidency (SIMCELL)", recipient="EU member delegations",
         synopsis="If no economic measure has been announced: the EU presidency calls for a sanctions package.",
         expected_action="EU members coordinate a sanctions package proposal.",
         objective="O4 Proportional response", controller="EU controller"),
    dict(number="6", at="D+2 08:30", delivery="D+2 08:00", phase=M2, inject_type="message", method="Email",
         sender="Press office (SIMCELL)", recipient="Spokespersons",
         synopsis="Media report that one parliament may delay any deployment by two weeks.",
         expected_action="Delegations with approval requirements brief on their parliamentary timeline.",
         objective="O5 Parliamentary gates", controller="Media controller"),
    dict(number="7", at="D+2 12:00", phase=M2, inject_type="incident", incident_type="hybrid_sabotage", severity=2,
         location="Odesa port rail junction", method="Map update", sender="SIMCELL", recipient="Coordination cell",
         synopsis="Sabotage of the rail junction serving the Odesa grain terminal; freight halted.",
         expected_action="Consult on protecting the grain corridor; consider a naval escort.",
         objective="O3 Cyber and hybrid response", controller="Lead controller"),
    dict(number="8", at="D+2 20:00", phase=M2, inject_type="message", method="Secure VTC",
         sender="Coordination cell chair", recipient="Heads of delegation",
         synopsis="The chair requests an updated commitments matrix before the ministerial call.",
         expected_action="Each delegation updates its commitments; the cell names gaps by category.",
         objective="O4 Proportional response", controller="Lead controller"),
    dict(number="9", at="D+3 06:00", phase=M3, inject_type="incident", incident_type="attack_on_forces", severity=4,
         location="Yavoriv training area", method="Flash message", sender="SIMCELL", recipient="All delegations",
         synopsis="Missile strike on a multinational training mission site; two trainers injured.",
         expected_action="Immediate reaction; consultation on military measures; medical evacuation support.",
         objective="O2 Timely reaction", controller="Lead controller"),
    dict(number="10", at="D+3 15:00", phase=M3, inject_type="message", method="Phone",
         sender="Ministerial call (SIMCELL)", recipient="All delegations",
         synopsis="Ministers ask for a joint statement and a 72-hour action plan.",
         expected_action="Agree a joint statement; announce time-bound commitments.",
         objective="O1 Activate coordination", controller="Lead controller"),
]


def add_sample_msel(file) -> dict[str, int]:
    """Replace the file's MSEL by the sample (one transaction each); returns inject ids by number.

    The default exercise ships its own MSEL; the tests are written against this one.
    """
    existing = [inject.id for inject in queries.injects(file)]
    if existing:
        delete_injects(file, ids=existing)
    startex = queries.exercise_info(file).startex
    entries = []
    for item in SAMPLE_MSEL:
        entry = {k: v for k, v in item.items() if k not in ("at", "delivery")}
        entry["scenario_time"] = parse_time(item["at"], startex).value
        entry["delivery_time"] = parse_time(item.get("delivery", item["at"]), startex).value
        entries.append(entry)
    report = create_injects(file, entries=entries)
    return {item["number"]: inject_id for item, inject_id in zip(SAMPLE_MSEL, report.ids)}
