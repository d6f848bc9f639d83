"""A read-only, array-shaped copy of an exercise for the engine.

Loaded from the rows model/storage/reading.py reads in one transaction;
everything the engine needs on each clock tick is precomputed here as numpy
arrays indexed by incident and signatory position, so an assessment is a few
vector operations.
"""
from __future__ import annotations

import itertools
import json
import weakref
from dataclasses import dataclass, field, replace

import numpy as np

from model.branching import read_branch_points, taken_outcomes
from model.catalogue import category_mask
from model.errors import StoredValueError
from model.i18n import tr_in
from model.provision_status import EMPTY_BOOK, ProvisionBook, read_book
from model.storage import reading
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES
from model.i18n import tr

NO_TIME = np.int64(reading.NEVER)      # "never": later than any real time
NEVER_SIGNED = np.int64(reading.FROM_THE_START)  # no agreement date: obliged from the start
UNREADABLE_TIME = np.int64(reading.UNREADABLE_TIME)  # stored text that is no time (see _check_times)
WITHDRAWN = COMMITMENT_STATUSES.index("withdrawn")
# A withdrawal whose time was not recorded (files before schema 3) counts from the very start:
# nothing the commitment made effective is judged, as those files were judged when written.
WITHDRAWN_UNRECORDED = np.int64(reading.FROM_THE_START)


@dataclass(frozen=True)
class TermsSnapshot:
    id: int
    name: str
    reaction_s: int
    tiers_s: np.ndarray          # (n_tiers,) seconds
    severity_tier: np.ndarray    # (6,) tier index by severity (index 0 unused)
    scope_mask: int
    coordination: str
    expected: np.ndarray         # (n_types, 6) category masks by type and severity
    kind: str = "collective"     # one of TERMS_KINDS
    # Its parties (schema 4): signatory id -> (bound from, epoch s, or NEVER_SIGNED for "from the
    # agreement date"; basis). A signatory not named is not a party to this option.
    parties: dict[int, tuple[int, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Lineage:
    """A snapshot updated from *parent* (held weakly): its incident row j was the parent's row
    ``source[j]`` (-1: created), and the rows at ``changed`` may read differently. Valid only for the
    snapshot whose arrays are ``arrays`` (a copy made with other incident arrays is not that snapshot)."""

    parent: weakref.ref
    source: np.ndarray
    changed: np.ndarray
    arrays: tuple

    def rows_from(self, earlier: ExerciseSnapshot, snapshot: ExerciseSnapshot) -> np.ndarray | None:
        """The source rows, -1 at the changed ones, if *snapshot* is what was updated from *earlier*."""
        if self.parent() is not earlier or any(a is not b for a, b in zip(self.arrays, lineage_arrays(snapshot))):
            return None
        rows = self.source.copy()
        rows[self.changed] = -1
        return rows


def lineage_arrays(snap: ExerciseSnapshot) -> tuple:
    """The arrays an incident's obligation rows are read from."""
    return (snap.inc_ids, snap.inc_time, snap.inc_type, snap.inc_severity, snap.reaction_time,
            snap.consultation_time)


@dataclass(frozen=True)
class ExerciseSnapshot:
    name: str
    startex: int
    endex: int
    clock_time: int
    clock_speed: float
    terms: TermsSnapshot
    type_codes: tuple[str, ...]
    type_names: tuple[str, ...]
    type_symbols: tuple[str, ...]
    # signatories (roster order: by code)
    sig_ids: np.ndarray
    sig_codes: tuple[str, ...]
    sig_names: tuple[str, ...]
    sig_approval: np.ndarray     # bool
    sig_lead_s: np.ndarray
    sig_lead_assumed: np.ndarray  # bool
    sig_signed: np.ndarray       # epoch of the agreement date (UTC midnight)
    # bound by the terms' option from (epoch s); NO_TIME: not a party to it
    sig_bound: np.ndarray
    sig_basis: tuple[str, ...]   # on what it is bound ("" when not a party)
    # incidents (by time)
    inc_ids: np.ndarray
    inc_time: np.ndarray
    inc_type: np.ndarray
    inc_severity: np.ndarray
    inc_location: tuple[str, ...]
    # commitments
    com_ids: np.ndarray
    com_inc: np.ndarray          # incident position
    com_sig: np.ndarray          # signatory position
    com_cat: np.ndarray          # category index
    com_measure: tuple[str, ...]
    com_deploys: np.ndarray      # bool: the measure sends forces abroad
    com_announced: np.ndarray
    com_effective: np.ndarray    # NO_TIME when not set
    com_status: np.ndarray       # index into COMMITMENT_STATUSES
    com_withdrawn: np.ndarray    # when withdrawn; WITHDRAWN_UNRECORDED if not (or not known when)
    # (incident, signatory) matrices, independent of "now" so cached here
    reaction_time: np.ndarray    # first announcement of any commitment, NO_TIME if none
    consultation_time: np.ndarray  # time joined, NO_TIME if absent or not recorded
    consultation_absent: np.ndarray  # bool: absence declared
    # Branches: the outcome taken at each branch point reached (branch point id -> outcome id). Only
    # the trunk's and those outcomes' incidents and commitments are in this snapshot.
    taken: dict[int, int] = field(default_factory=dict)
    # The standing provisions (schema 7): not tied to incidents, judged at the same clock time.
    provisions: ProvisionBook = EMPTY_BOOK
    # Set by model/snapshot_update.py: which snapshot this one was updated from and which incident rows
    # the edit changed, so that the engine need not compare every row to find them. Not exercise data.
    lineage: Lineage | None = field(default=None, compare=False, repr=False)

    @property
    def outcomes(self) -> frozenset[int]:
        """The outcomes assessed with the trunk."""
        return frozenset(self.taken.values())

    @property
    def incident_count(self) -> int:
        return len(self.inc_ids)

    @property
    def signatory_count(self) -> int:
        return len(self.sig_ids)

    def incident_position(self, incident_id: int) -> int:
        return int(np.flatnonzero(self.inc_ids == incident_id)[0])

    def signatory_position(self, signatory_id: int) -> int:
        return int(np.flatnonzero(self.sig_ids == signatory_id)[0])

    def with_terms(self, terms: TermsSnapshot) -> ExerciseSnapshot:
        """The same record judged under another treaty option (a comparison runs one per option)."""
        bound, basis = bound_from(terms, self.sig_ids, self.sig_signed)
        return replace(self, terms=terms, sig_bound=bound, sig_basis=basis)

    def with_incident_time(self, incident_id: int, occurred: int) -> ExerciseSnapshot:
        """The same exercise with one incident moved: what a drag step shows before it is stored."""
        times = self.inc_time.copy()
        times[self.incident_position(incident_id)] = occurred
        return replace(self, inc_time=times)


def bound_from(terms: TermsSnapshot, sig_ids: np.ndarray, sig_signed: np.ndarray) -> tuple[np.ndarray, tuple]:
    """Per signatory (roster order): from when *terms* binds it (NO_TIME: not a party), and on what."""
    bound = np.full(len(sig_ids), NO_TIME, dtype=np.int64)
    basis = [""] * len(sig_ids)
    for s, sig_id in enumerate(sig_ids.tolist()):
        party = terms.parties.get(sig_id)
        if party is not None:
            bound[s] = sig_signed[s] if party[0] == NEVER_SIGNED else party[0]
            basis[s] = party[1]
    return bound, tuple(basis)


def terms_ids(doc) -> list[int]:
    """Every treaty option of the exercise, by id."""
    with doc.reading_rows() as connection:
        return reading.terms_ids(connection)


def load_options(doc, ids) -> list[TermsSnapshot]:
    """The treaty options *ids* (in that order) as arrays, read in one transaction."""
    with doc.reading_rows() as connection:
        types = tuple(code for code, _name, _symbol in reading.type_rows(connection))
        return [load_terms(connection, terms_id, types) for terms_id in ids]


def load_terms(connection, terms_id: int, type_codes: tuple[str, ...]) -> TermsSnapshot:
    """The treaty terms *terms_id* as arrays, read on the *connection* of a reading transaction."""
    row = reading.terms_row(connection, terms_id)
    if row is None:
        raise StoredValueError(tr("there is no treaty option {terms_id} in this exercise")
                                  .format(terms_id=terms_id))
    terms_id, name, reaction_hours, tiers, severity_tiers, categories, coordination, kind = row
    parties = {sig_id: (int(bound), basis) for sig_id, bound, basis in reading.party_rows(connection, terms_id)}
    _check_times([bound for bound, _basis in parties.values()])
    severity_tiers = json.loads(severity_tiers)
    tier_index = np.zeros(6, dtype=np.int64)
    for severity in range(1, 6):
        tier_index[severity] = severity_tiers[str(severity)]
    expected = np.zeros((len(type_codes), 6), dtype=np.int64)
    position = {code: i for i, code in enumerate(type_codes)}
    for incident_type, severity, rule_categories in reading.rule_rows(connection, terms_id):
        if incident_type in position:
            expected[position[incident_type], severity] = category_mask(json.loads(rule_categories))
    return TermsSnapshot(id=terms_id, name=name, reaction_s=reaction_hours * 3600,
                         tiers_s=np.array(json.loads(tiers), dtype=np.int64) * 3600,
                         severity_tier=tier_index, scope_mask=category_mask(json.loads(categories)),
                         coordination=coordination, expected=expected, kind=kind, parties=parties)


def load_snapshot(doc, terms_id: int | None = None, choice=None) -> ExerciseSnapshot:
    """Read the whole exercise in one transaction (consistent even while others write).

    Of the branches, the trunk and one outcome per branch point reached: *choice* (branch
    point id -> outcome id), else the outcome played, else the first (model/branching.py).

    No ORM row or Python datetime per row: the reads give times as epoch
    seconds (in SQL where the database can, model/storage/database.py) and
    plain tuples, turned into arrays here. This runs at start-up and whenever
    an edit is one model/snapshot_update.py does not follow. Its Core
    statements compile once per open file (~9 ms, CPU, the first time);
    SQLAlchemy keeps them compiled for that file's engine.
    """
    with doc.reading_rows() as connection:
        info = reading.info_row(connection)
        clock = reading.clock_row(connection)
        types = reading.type_rows(connection)
        terms = load_terms(connection, terms_id or info[3], tuple(code for code, _name, _symbol in types))
        deploys = reading.instrument_deploys(connection)
        sigs = _columns(reading.signatory_rows(connection), 7)
        points = read_branch_points(connection)
        taken = taken_outcomes(points, choice)
        # No outcome at all: every row is of the trunk (each row's outcome is a foreign key, checked on opening).
        shown = frozenset(taken.values()) if any(point.outcomes for point in points) else None
        incs = _columns(reading.incident_rows(connection, shown=shown), 5)
        coms = _columns(reading.commitment_rows(connection, shown=shown), 9)
        cons = _int_columns(reading.consultation_rows(connection, shown=shown), 3)
        provisions = read_book(connection)
        _check_times(info[1:3], clock[:1], sigs[6], incs[1], coms[5], coms[6], cons[2],
                     [m.due for m in provisions.milestones], [d.at for d in provisions.deliveries])
    return replace(build_snapshot(info, clock, terms, types, deploys, sigs, incs, coms, cons), taken=taken,
                   provisions=provisions)


def _check_times(*columns) -> None:
    """Refuse what the read could not turn into a time: a file edited outside Pactline since it was opened."""
    for column in columns:
        if (np.asarray(column, dtype=np.int64) == UNREADABLE_TIME).any():
            raise StoredValueError(tr("a stored time is not a time Pactline writes"))


def _columns(rows: list, width: int) -> list[tuple]:
    """*rows* as one tuple per column (empty tuples when there are no rows)."""
    return list(zip(*rows)) if rows else [()] * width


def _int_columns(rows: list, width: int) -> list[np.ndarray]:
    """Like _columns for all-integer rows, without a Python tuple per column."""
    flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64, count=len(rows) * width)
    return list(flat.reshape(-1, width).T)


def _int_array(values) -> np.ndarray:
    return np.fromiter(values, dtype=np.int64, count=len(values))


def _positions(ids: np.ndarray, wanted) -> np.ndarray:
    """Position in *ids* of each id in *wanted* (ids are unique)."""
    if len(ids) == 0:
        return np.zeros(0, dtype=np.int64)
    lookup = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
    lookup[ids] = np.arange(len(ids))
    return lookup[_int_array(wanted)]


def build_snapshot(info, clock, terms, types, deploys, sigs, incs, coms, cons) -> ExerciseSnapshot:
    """The snapshot from the rows load_snapshot read (signatories, incidents, commitments as columns)."""
    type_codes, type_names, type_symbols = (tuple(column) for column in zip(*types)) if types else ((), (), ())
    # The shipped names in the chosen language (a planner's own names have no translation and stay).
    type_names = tuple(tr_in("model.display_names", name) for name in type_names)
    type_pos = {code: i for i, code in enumerate(type_codes)}
    sig_id_col, sig_code_col, sig_name_col, sig_approval_col, sig_lead_col, sig_assumed_col, sig_signed_col = sigs
    sig_ids = _int_array(sig_id_col)
    inc_id_col, inc_time_col, inc_type_col, inc_sev_col, inc_loc_col = incs
    inc_ids = _int_array(inc_id_col)
    n_inc, n_sig = len(inc_ids), len(sig_ids)

    (com_id_col, com_inc_col, com_sig_col, com_cat_col, com_measure_col, com_ann_col, com_eff_col, com_status_col,
     com_withdrawn_col) = coms
    com_inc = _positions(inc_ids, com_inc_col)
    com_sig = _positions(sig_ids, com_sig_col)
    com_announced = _int_array(com_ann_col)
    reaction = np.full((n_inc, n_sig), NO_TIME, dtype=np.int64)
    if len(com_inc):
        np.minimum.at(reaction, (com_inc, com_sig), com_announced)

    consultation = np.full((n_inc, n_sig), NO_TIME, dtype=np.int64)
    absent = np.zeros((n_inc, n_sig), dtype=bool)
    con_inc_col, con_sig_col, con_time_col = cons
    if len(con_inc_col):
        ci, cs = _positions(inc_ids, con_inc_col), _positions(sig_ids, con_sig_col)
        joined = _int_array(con_time_col)
        consultation[ci, cs] = joined
        absent[ci, cs] = joined == NO_TIME

    category_index = {c: i for i, c in enumerate(CATEGORIES)}
    status_index = {c: i for i, c in enumerate(COMMITMENT_STATUSES)}
    sig_signed = _int_array(sig_signed_col)
    sig_bound, sig_basis = bound_from(terms, sig_ids, sig_signed)
    return ExerciseSnapshot(
        name=info[0], startex=int(info[1]), endex=int(info[2]),
        clock_time=int(clock[0]), clock_speed=float(clock[1]), terms=terms,
        type_codes=type_codes, type_names=type_names, type_symbols=type_symbols,
        sig_ids=sig_ids, sig_codes=tuple(sig_code_col), sig_names=tuple(sig_name_col),
        sig_approval=np.array(sig_approval_col, dtype=bool),
        sig_lead_s=_int_array(sig_lead_col) * 3600,
        sig_lead_assumed=np.array(sig_assumed_col, dtype=bool),
        sig_signed=sig_signed, sig_bound=sig_bound, sig_basis=sig_basis,
        inc_ids=inc_ids, inc_time=_int_array(inc_time_col),
        inc_type=np.array([type_pos[t] for t in inc_type_col], dtype=np.int64),
        inc_severity=_int_array(inc_sev_col),
        inc_location=tuple(inc_loc_col),
        com_ids=_int_array(com_id_col), com_inc=com_inc, com_sig=com_sig,
        com_cat=np.array([category_index[c] for c in com_cat_col], dtype=np.int64),
        com_measure=tuple(com_measure_col),
        com_deploys=np.array([bool(deploys.get(m)) for m in com_measure_col], dtype=bool),
        com_announced=com_announced, com_effective=_int_array(com_eff_col),
        com_status=np.array([status_index[c] for c in com_status_col], dtype=np.int64),
        com_withdrawn=_int_array(com_withdrawn_col),
        reaction_time=reaction, consultation_time=consultation, consultation_absent=absent,
    )
