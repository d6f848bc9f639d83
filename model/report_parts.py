"""The after-action report's parts: the frozen dataclasses model.report_content fills (no Qt).

Each holds text and numbers already worded for the renderers (gui/report/): one
participant, an incident's obligations and outcomes, a signatory's compliance,
a log excerpt, an objective, a row of the improvement plan, and ReportContent,
the whole report.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from model.branch_report import BranchReport
from model.comparison_figures import OptionsCompared
from model.conduct_entities import RATINGS, rating_name
from model.provision_report import ProvisionsReport
from model.services.log import GENESIS_HASH, LogHead
from model.timeline_data import TimelineData


@dataclass(frozen=True)
class Participant:
    code: str
    name: str
    kind: str
    nato: bool
    eu: bool
    agreement: str                # "12 Jan 2024", or "" when not signed
    approval: str                 # "required, 72 h (assumed)" | "not required"
    approval_basis: str
    contact: str
    pledges: tuple[str, ...]


@dataclass(frozen=True)
class TermsSummary:
    name: str
    reaction_hours: int
    tiers: tuple[int, ...]
    severity_rule: tuple[tuple[str, int], ...]   # (severity name, consultation hours)
    categories: tuple[str, ...]
    coordination: str
    notes: str
    other_options: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    """One signatory's reaction or consultation deadline for one incident, as the engine judged it."""

    status: str                   # one of model.engine.STATUS_NAMES
    latency_h: float | None       # hours after the incident it was done (None: not done)
    margin: str                   # "2 h 10 min early", "+3 h late", "4 h left", "not done, 1 h 20 min overdue"


@dataclass(frozen=True)
class SignatoryResponse:
    code: str
    name: str
    reaction: Outcome
    consultation: Outcome
    commitments: tuple[str, ...]  # "Political: Joint statement / condemnation (delivered)"


@dataclass(frozen=True)
class IncidentReport:
    id: int
    label: str                    # "#1 missile strike S3"
    type_name: str
    severity: str
    location: str
    description: str
    occurred_at: str              # "D+0 07:40"
    occurred: bool
    reaction_deadline: str
    consultation_deadline: str
    tier_hours: int
    expected: tuple[str, ...]     # category names ("Economic (sanctions)"), never codes
    committed: tuple[str, ...]
    gaps: tuple[str, ...]
    reaction_counts: dict[str, int]
    consultation_counts: dict[str, int]
    responses: tuple[SignatoryResponse, ...]
    # The deadlines on the obliged signatories' capitals' clocks (``13:00 GB IE · Tue 03:00 (night) JP``);
    # empty unless the report was asked for them.
    reaction_capitals: str = ""
    consultation_capitals: str = ""


@dataclass(frozen=True)
class ComplianceRow:
    code: str
    name: str
    reactions: dict[str, int]     # status name -> count
    consultations: dict[str, int]
    mean_reaction_h: float | None
    mean_consultation_h: float | None
    commitments: tuple[int, ...]  # by CATEGORIES


@dataclass(frozen=True)
class LatencyBar:
    incident_id: int
    hours: float | None           # None: not done (missed or pending)
    deadline_h: float
    status: str


@dataclass(frozen=True)
class LatencyRow:
    code: str
    reaction: tuple[LatencyBar, ...]
    consultation: tuple[LatencyBar, ...]


@dataclass(frozen=True)
class LogExcerpt:
    number: int                   # the log entry's id, as observations refer to it
    scenario: str
    wall: str
    author: str
    kind: str
    text: str


@dataclass(frozen=True)
class ObjectiveReport:
    code: str
    title: str
    capability: str
    critical_tasks: str
    rating: str | None
    rating_name: str
    rating_note: str
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ImprovementRow:
    objective: str
    issue: str
    corrective_action: str
    capability: str
    responsible_org: str
    point_of_contact: str
    start: str
    completion: str


@dataclass(frozen=True)
class ReportContent:
    title: str
    description: str
    classification: str
    marking_colour: str
    startex: str
    endex: str
    as_of: str                    # "D+2 09:00 (Wed 4 Mar 2026 09:00 UTC)"
    as_of_note: str
    at_endex: bool
    generated: str
    key_figures: tuple[tuple[str, str], ...]
    terms: TermsSummary
    participants: tuple[Participant, ...]
    objectives: tuple[ObjectiveReport, ...]
    timeline: TimelineData
    incidents: tuple[IncidentReport, ...]
    missed_texts: tuple[str, ...]
    compliance: tuple[ComplianceRow, ...]
    latency: tuple[LatencyRow, ...]
    reaction_hours: int
    matrix_codes: tuple[str, ...]
    matrix: tuple[tuple[int, ...], ...]   # signatories x CATEGORIES
    gap_texts: tuple[str, ...]
    gate_texts: tuple[tuple[str, bool], ...]   # (text, is a violation)
    gated_signatories: tuple[Participant, ...]
    log: tuple[LogExcerpt, ...]
    log_left_out: int
    improvement_plan: tuple[ImprovementRow, ...]
    rating_names: dict[str, str] = field(default_factory=lambda: {r: rating_name(r) for r in RATINGS})
    log_head: LogHead = LogHead(0, GENESIS_HASH)   # printed on the cover and every footer
    branches: tuple[BranchReport, ...] = ()        # what was played, and what the other outcomes demanded
    options_compared: OptionsCompared | None = None  # None: the exercise keeps one treaty option only
    provisions: ProvisionsReport | None = None     # None: the exercise records no standing provision

    @property
    def signatory_count(self) -> int:
        return len(self.participants)
