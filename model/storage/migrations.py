"""Schema migrations, frozen as SQL text.

Each step is written out literally rather than generated from the entities,
so that it keeps meaning what it meant when it was released even after the
entities change. A step runs inside the opening transaction.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

# Schema 2: conduct and evaluation (the MSEL, objectives, observations,
# improvement plan).
_TO_V2 = (
    """CREATE TABLE inject (
	id INTEGER NOT NULL, 
	number VARCHAR(20) NOT NULL, 
	scenario_time VARCHAR(20) NOT NULL, 
	delivery_time VARCHAR(20) NOT NULL, 
	phase VARCHAR(100) NOT NULL, 
	inject_type VARCHAR(20) NOT NULL, 
	method VARCHAR(60) NOT NULL, 
	sender VARCHAR(100) NOT NULL, 
	recipient VARCHAR(200) NOT NULL, 
	synopsis TEXT NOT NULL, 
	expected_action TEXT NOT NULL, 
	objective VARCHAR(200) NOT NULL, 
	controller VARCHAR(100) NOT NULL, 
	notes TEXT NOT NULL, 
	incident_type VARCHAR(40), 
	severity INTEGER, 
	location VARCHAR(200) NOT NULL, 
	adhoc BOOLEAN NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	delivered_at VARCHAR(20), 
	delivered_wall VARCHAR(20), 
	incident_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(incident_type) REFERENCES incident_type (code), 
	FOREIGN KEY(incident_id) REFERENCES incident (id) ON DELETE SET NULL
)""",
    "CREATE INDEX ix_inject_delivery_time ON inject (delivery_time)",
    """CREATE TABLE objective (
	id INTEGER NOT NULL, 
	code VARCHAR(20) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	capability VARCHAR(200) NOT NULL, 
	critical_tasks TEXT NOT NULL, 
	rating VARCHAR(1), 
	rating_note TEXT NOT NULL, 
	sort_order INTEGER NOT NULL, 
	PRIMARY KEY (id)
)""",
    """CREATE TABLE observation (
	id INTEGER NOT NULL, 
	objective_id INTEGER NOT NULL, 
	log_entry_id INTEGER, 
	kind VARCHAR(12) NOT NULL, 
	text TEXT NOT NULL, 
	author VARCHAR(100) NOT NULL, 
	scenario_time VARCHAR(20) NOT NULL, 
	wall_time VARCHAR(20) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(objective_id) REFERENCES objective (id) ON DELETE CASCADE, 
	FOREIGN KEY(log_entry_id) REFERENCES log_entry (id)
)""",
    "CREATE INDEX ix_observation_objective_id ON observation (objective_id)",
    """CREATE TABLE improvement_item (
	id INTEGER NOT NULL, 
	objective_id INTEGER, 
	issue TEXT NOT NULL, 
	corrective_action TEXT NOT NULL, 
	capability VARCHAR(200) NOT NULL, 
	responsible_org VARCHAR(200) NOT NULL, 
	point_of_contact VARCHAR(200) NOT NULL, 
	start_date DATE, 
	completion_date DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(objective_id) REFERENCES objective (id) ON DELETE SET NULL
)""",
)


# Schema 3: a commitment's withdrawal time, and the seals that anchor the log's head.
_TO_V3 = (
    "ALTER TABLE commitment ADD COLUMN withdrawn_at VARCHAR(20)",
    """CREATE TABLE log_seal (
	id INTEGER NOT NULL, 
	scenario_time VARCHAR(20) NOT NULL, 
	wall_time VARCHAR(20) NOT NULL, 
	reason VARCHAR(40) NOT NULL, 
	entries INTEGER NOT NULL, 
	head_hash VARCHAR(64) NOT NULL, 
	PRIMARY KEY (id)
)""",
    """CREATE TRIGGER IF NOT EXISTS log_seal_no_update BEFORE UPDATE ON log_seal
       BEGIN SELECT RAISE(ABORT, 'the log seals are append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS log_seal_no_delete BEFORE DELETE ON log_seal
       BEGIN SELECT RAISE(ABORT, 'the log seals are append-only'); END""",
)


# Schema 4: treaty options that differ in what they demand (issue 13). Each option gets a
# kind, and its parties are rows of their own. A file of an earlier schema had one rule for
# every option: every signatory obliged from its agreement date. So every existing option
# becomes "collective", every signatory a party of every option, bound from its agreement
# date (bound_from NULL), on signature: the file is judged exactly as before.
_TO_V4 = (
    "ALTER TABLE treaty_terms ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'collective'",
    """CREATE TABLE treaty_party (
	id INTEGER NOT NULL, 
	terms_id INTEGER NOT NULL, 
	signatory_id INTEGER NOT NULL, 
	bound_from VARCHAR(20), 
	basis VARCHAR(12) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (terms_id, signatory_id), 
	FOREIGN KEY(terms_id) REFERENCES treaty_terms (id) ON DELETE CASCADE, 
	FOREIGN KEY(signatory_id) REFERENCES signatory (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_treaty_party_terms_id ON treaty_party (terms_id)",
    "CREATE INDEX ix_treaty_party_signatory_id ON treaty_party (signatory_id)",
    """INSERT INTO treaty_party (terms_id, signatory_id, bound_from, basis)
       SELECT treaty_terms.id, signatory.id, NULL, 'signed' FROM treaty_terms, signatory
       ORDER BY treaty_terms.id, signatory.id""",
)


# Schema 5: an inject's title (the HSEEP Subject) and its additional fields (a sheet's columns that
# map to no field, kept as a JSON object of name -> text). Existing injects have neither.
_TO_V5 = (
    "ALTER TABLE inject ADD COLUMN title VARCHAR(200) NOT NULL DEFAULT ''",
    "ALTER TABLE inject ADD COLUMN additional_fields TEXT NOT NULL DEFAULT '{}'",
)


# Branch points and their outcomes (issue 13, section 3). Incidents, commitments and injects of an
# earlier file all belong to the trunk (outcome_id NULL): the file is judged and played as before.
# Self-contained on purpose: its place in MIGRATIONS is the only thing that names its version.
_BRANCHES = (
    """CREATE TABLE branch_point (
	id INTEGER NOT NULL, 
	question VARCHAR(300) NOT NULL, 
	at VARCHAR(20) NOT NULL, 
	outcome_id INTEGER, 
	resolved_at VARCHAR(20), 
	PRIMARY KEY (id), 
	FOREIGN KEY(outcome_id) REFERENCES outcome (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
)""",
    "CREATE INDEX ix_branch_point_outcome_id ON branch_point (outcome_id)",
    """CREATE TABLE outcome (
	id INTEGER NOT NULL, 
	branch_point_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	played BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(branch_point_id) REFERENCES branch_point (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_outcome_branch_point_id ON outcome (branch_point_id)",
    "ALTER TABLE incident ADD COLUMN outcome_id INTEGER REFERENCES outcome (id) ON DELETE CASCADE",
    "CREATE INDEX ix_incident_outcome_id ON incident (outcome_id)",
    "ALTER TABLE commitment ADD COLUMN outcome_id INTEGER REFERENCES outcome (id) ON DELETE CASCADE",
    "CREATE INDEX ix_commitment_outcome_id ON commitment (outcome_id)",
    "ALTER TABLE inject ADD COLUMN outcome_id INTEGER REFERENCES outcome (id) ON DELETE CASCADE",
    "CREATE INDEX ix_inject_outcome_id ON inject (outcome_id)",
)


# Standing provisions (issue 13, section 5: what a signatory pledged, its milestones and what was
# delivered), saved what-if variants (section 4) and the branch point an inject asks the facilitator
# to resolve (section 3). An earlier file has no provisions and no variants, and its injects ask
# for nothing: it is judged and played as before. Self-contained, like _BRANCHES.
_PROVISIONS = (
    """CREATE TABLE provision (
	id INTEGER NOT NULL, 
	signatory_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	quantity FLOAT, 
	unit VARCHAR(60) NOT NULL, 
	value FLOAT, 
	currency VARCHAR(3) NOT NULL, 
	notes TEXT NOT NULL, 
	assumed BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(signatory_id) REFERENCES signatory (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_provision_signatory_id ON provision (signatory_id)",
    """CREATE TABLE provision_milestone (
	id INTEGER NOT NULL, 
	provision_id INTEGER NOT NULL, 
	due_at VARCHAR(20) NOT NULL, 
	what TEXT NOT NULL, 
	quantity FLOAT, 
	value FLOAT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(provision_id) REFERENCES provision (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_provision_milestone_provision_id ON provision_milestone (provision_id)",
    """CREATE TABLE provision_delivery (
	id INTEGER NOT NULL, 
	provision_id INTEGER NOT NULL, 
	milestone_id INTEGER, 
	delivered_at VARCHAR(20) NOT NULL, 
	quantity FLOAT, 
	value FLOAT, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(provision_id) REFERENCES provision (id) ON DELETE CASCADE, 
	FOREIGN KEY(milestone_id) REFERENCES provision_milestone (id) ON DELETE SET NULL
)""",
    "CREATE INDEX ix_provision_delivery_provision_id ON provision_delivery (provision_id)",
    "CREATE INDEX ix_provision_delivery_milestone_id ON provision_delivery (milestone_id)",
    """CREATE TABLE what_if_variant (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	created_at VARCHAR(20) NOT NULL, 
	journal TEXT NOT NULL, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
)""",
    "ALTER TABLE inject ADD COLUMN asks_branch_point_id INTEGER REFERENCES branch_point (id) ON DELETE SET NULL",
    "CREATE INDEX ix_inject_asks_branch_point_id ON inject (asks_branch_point_id)",
)


def _run(statements: tuple[str, ...]) -> Callable[[Connection], None]:
    def step(connection: Connection) -> None:
        for statement in statements:
            connection.exec_driver_sql(statement)
    return step


# Found by tests through this name, not its number (which a merge may change).
BRANCHES_STEP = _run(_BRANCHES)
PROVISIONS_STEP = _run(_PROVISIONS)

# Migration from version N-1 to N, keyed by N.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    2: _run(_TO_V2),
    3: _run(_TO_V3),
    4: _run(_TO_V4),
    5: _run(_TO_V5),
    6: BRANCHES_STEP,
    7: PROVISIONS_STEP,
}
