"""The stored tables as SQLAlchemy Core sees them, for the reads in model/storage/reading.py.

The entities (model/entities.py) define the schema, but importing them loads
the ORM (~0.2 s), and the first views read before the window paints (README,
"Start-up"). So the columns those reads select are described here once more
in Core, with the entities' own types, so a value converts exactly as the ORM
converts it; tests/test_read_path.py checks every column against the mapping.
Only what is read is listed; the tables whose rows leave as plain rows are complete.
"""
from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, Integer, MetaData, String, Table, Text

from model.timeutil import StoredDate, UtcDateTime

metadata = MetaData()

exercise_info = Table(
    "exercise_info", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=False),
    Column("classification", String(100), nullable=False),
    Column("marking_colour", String(9), nullable=False),
    Column("startex", UtcDateTime(), nullable=False),
    Column("endex", UtcDateTime(), nullable=False),
    Column("active_terms_id", Integer),
)

clock_state = Table(
    "clock_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("scenario_time", UtcDateTime(), nullable=False),
    Column("speed", Float, nullable=False),
)

treaty_terms = Table(
    "treaty_terms", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("reaction_hours", Integer, nullable=False),
    Column("tiers", String(200), nullable=False),
    Column("severity_tiers", String(200), nullable=False),
    Column("categories", String(200), nullable=False),
    Column("coordination", String(60), nullable=False),
    Column("kind", String(20), nullable=False),
)

treaty_party = Table(
    "treaty_party", metadata,
    Column("id", Integer, primary_key=True),
    Column("terms_id", Integer, nullable=False),
    Column("signatory_id", Integer, nullable=False),
    Column("bound_from", UtcDateTime()),
    Column("basis", String(12), nullable=False),
)

proportionality_rule = Table(
    "proportionality_rule", metadata,
    Column("terms_id", Integer, primary_key=True),
    Column("incident_type", String(40), primary_key=True),
    Column("severity", Integer, primary_key=True),
    Column("categories", String(200), nullable=False),
)

incident_type = Table(
    "incident_type", metadata,
    Column("code", String(40), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("symbol", String(12), nullable=False),
    Column("default_severity", Integer, nullable=False),
    Column("sort_order", Integer, nullable=False),
)

instrument = Table(
    "instrument", metadata,
    Column("code", String(40), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("deploys_forces", Boolean, nullable=False),
)

signatory = Table(
    "signatory", metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(10), nullable=False),
    Column("name", String(100), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("nato", Boolean, nullable=False),
    Column("eu", Boolean, nullable=False),
    Column("agreement_date", StoredDate()),
    Column("approval_required", Boolean, nullable=False),
    Column("approval_lead_hours", Integer, nullable=False),
    Column("lead_time_assumed", Boolean, nullable=False),
    Column("approval_basis", Text, nullable=False),
    Column("pledges", Text, nullable=False),
    Column("contact", String(200), nullable=False),
)

incident = Table(
    "incident", metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_type", String(40), nullable=False),
    Column("severity", Integer, nullable=False),
    Column("occurred_at", UtcDateTime(), nullable=False),
    Column("location", String(200), nullable=False),
    Column("outcome_id", Integer),   # the branch point outcome it belongs to; None: the trunk
)

consultation = Table(
    "consultation", metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_id", Integer, nullable=False),
    Column("signatory_id", Integer, nullable=False),
    Column("joined_at", UtcDateTime()),
)

commitment = Table(
    "commitment", metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_id", Integer, nullable=False),
    Column("signatory_id", Integer, nullable=False),
    Column("category", String(20), nullable=False),
    Column("measure", String(40), nullable=False),
    Column("announced_at", UtcDateTime(), nullable=False),
    Column("effective_at", UtcDateTime()),
    Column("status", String(12), nullable=False),
    Column("withdrawn_at", UtcDateTime()),
    Column("outcome_id", Integer),
)

inject = Table(
    "inject", metadata,
    Column("id", Integer, primary_key=True),
    Column("delivery_time", UtcDateTime(), nullable=False),
    Column("number", String(20), nullable=False),
    Column("synopsis", Text, nullable=False),
    Column("status", String(12), nullable=False),
    Column("outcome_id", Integer),
    Column("asks_branch_point_id", Integer),   # delivering it asks for that branch point's resolution
)

branch_point = Table(
    "branch_point", metadata,
    Column("id", Integer, primary_key=True),
    Column("question", String(300), nullable=False),
    Column("at", UtcDateTime(), nullable=False),
    Column("outcome_id", Integer),
    Column("resolved_at", UtcDateTime()),
)

outcome = Table(
    "outcome", metadata,
    Column("id", Integer, primary_key=True),
    Column("branch_point_id", Integer, nullable=False),
    Column("name", String(200), nullable=False),
    Column("sort_order", Integer, nullable=False),
    Column("played", Boolean, nullable=False),
)

provision = Table(
    "provision", metadata,
    Column("id", Integer, primary_key=True),
    Column("signatory_id", Integer, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("title", String(200), nullable=False),
    Column("quantity", Float),
    Column("unit", String(60), nullable=False),
    Column("value", Float),
    Column("currency", String(3), nullable=False),
    Column("notes", Text, nullable=False),
    Column("assumed", Boolean, nullable=False),
)

provision_milestone = Table(
    "provision_milestone", metadata,
    Column("id", Integer, primary_key=True),
    Column("provision_id", Integer, nullable=False),
    Column("due_at", UtcDateTime(), nullable=False),
    Column("what", Text, nullable=False),
    Column("quantity", Float),
    Column("value", Float),
)

provision_delivery = Table(
    "provision_delivery", metadata,
    Column("id", Integer, primary_key=True),
    Column("provision_id", Integer, nullable=False),
    Column("milestone_id", Integer),
    Column("delivered_at", UtcDateTime(), nullable=False),
    Column("quantity", Float),
    Column("value", Float),
    Column("note", Text, nullable=False),
)

log_entry = Table(
    "log_entry", metadata,
    Column("id", Integer, primary_key=True),
    Column("hash", String(64), nullable=False),
)
