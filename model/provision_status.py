"""Whether each standing provision's milestones are on schedule, judged at a scenario time.

Plain Python on rows read through model/storage/reading.py (no ORM): the snapshot
carries them (``ExerciseSnapshot.provisions``), so the findings, the comparison and
the after-action report judge them at the same clock time as everything else.

A milestone is *delivered* once what was delivered against it by then reaches what
it asks for (its quantity, else its value, else any delivery against it); before
that it is *overdue* past its due time, *due soon* within DUE_SOON_S of it, else
*on schedule*. A delivery recorded against the provision as a whole counts towards
the provision's total, not towards any one milestone: which milestone it meets is
the planner's call, made by recording it against one.
"""
from __future__ import annotations

from dataclasses import dataclass

from model import i18n
from model.i18n import QT_TR_NOOP, tr

DELIVERED, ON_SCHEDULE, DUE_SOON, OVERDUE = "delivered", "on_schedule", "due_soon", "overdue"
STATUSES = (DELIVERED, ON_SCHEDULE, DUE_SOON, OVERDUE)
STATUS_NAMES = {DELIVERED: QT_TR_NOOP("delivered"), ON_SCHEDULE: QT_TR_NOOP("on schedule"),
                DUE_SOON: QT_TR_NOOP("due soon"), OVERDUE: QT_TR_NOOP("overdue")}
KIND_NAMES = {"armed_forces": QT_TR_NOOP("Strengthening the armed forces"),
              "intelligence": QT_TR_NOOP("Intelligence cooperation"), "other": QT_TR_NOOP("Other provision")}
# Exercises run over days: a milestone due within a day of the clock is due soon.
DUE_SOON_S = 24 * 3600


@dataclass(frozen=True)
class ProvisionRow:
    id: int
    signatory_id: int
    kind: str
    title: str
    quantity: float | None
    unit: str
    value: float | None
    currency: str
    notes: str
    assumed: bool


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    provision_id: int
    due: int                 # epoch seconds
    what: str
    quantity: float | None
    value: float | None


@dataclass(frozen=True)
class DeliveryRow:
    id: int
    provision_id: int
    milestone_id: int | None
    at: int                  # epoch seconds
    quantity: float | None
    value: float | None
    note: str


@dataclass(frozen=True)
class ProvisionBook:
    """Every provision, milestone (by due time) and delivery (by time) of an exercise."""

    provisions: tuple[ProvisionRow, ...] = ()
    milestones: tuple[MilestoneRow, ...] = ()
    deliveries: tuple[DeliveryRow, ...] = ()


EMPTY_BOOK = ProvisionBook()


def read_book(connection) -> ProvisionBook:
    from model.storage import reading

    provisions, milestones, deliveries = reading.provision_rows(connection)
    return ProvisionBook(
        tuple(ProvisionRow(*(*row[:9], bool(row[9]))) for row in provisions),
        tuple(MilestoneRow(*row) for row in milestones),
        tuple(DeliveryRow(*row) for row in deliveries))


def load_book(doc) -> ProvisionBook:
    with doc.reading_rows() as connection:
        return read_book(connection)


@dataclass(frozen=True)
class MilestoneState:
    milestone: MilestoneRow
    provision: ProvisionRow
    status: str                      # one of STATUSES
    quantity: float                  # delivered against it by the time judged
    value: float
    completed_at: int | None         # when the delivery that met it arrived
    seconds_left: int                # due time minus the time judged (negative: past due)

    @property
    def late(self) -> bool:
        return self.completed_at is not None and self.completed_at > self.milestone.due


@dataclass(frozen=True)
class ProvisionState:
    provision: ProvisionRow
    milestones: tuple[MilestoneState, ...]
    quantity: float                  # delivered in all by the time judged
    value: float

    @property
    def worst(self) -> str | None:
        """The most pressing milestone status (overdue, due soon, on schedule, delivered); None without any."""
        found = {m.status for m in self.milestones}
        return next((s for s in (OVERDUE, DUE_SOON, ON_SCHEDULE, DELIVERED) if s in found), None)


def _met(milestone: MilestoneRow, quantity: float, value: float) -> bool:
    """After at least one delivery against it: does what arrived reach what it asks for?"""
    if milestone.quantity is not None:
        return quantity >= milestone.quantity
    if milestone.value is not None:
        return value >= milestone.value
    return True


def milestone_state(milestone: MilestoneRow, provision: ProvisionRow, deliveries, now: float) -> MilestoneState:
    """*milestone* judged at *now* from *deliveries* (its own, by time)."""
    quantity = value = 0.0
    completed = None
    for delivery in deliveries:
        if delivery.at > now:
            break
        quantity += delivery.quantity or 0.0
        value += delivery.value or 0.0
        if completed is None and _met(milestone, quantity, value):
            completed = delivery.at   # sums only grow: once met, it stays met
    left = int(milestone.due - now)
    if completed is not None:
        status = DELIVERED
    elif left < 0:
        status = OVERDUE
    elif left <= DUE_SOON_S:
        status = DUE_SOON
    else:
        status = ON_SCHEDULE
    return MilestoneState(milestone, provision, status, quantity, value, completed, left)


def provision_states(book: ProvisionBook, now: float) -> list[ProvisionState]:
    """Each provision (in id order) with its milestones (by due time) judged at *now*."""
    by_milestone: dict[int, list[DeliveryRow]] = {}
    totals: dict[int, list[float]] = {}
    for delivery in book.deliveries:
        if delivery.milestone_id is not None:
            by_milestone.setdefault(delivery.milestone_id, []).append(delivery)
        if delivery.at <= now:
            total = totals.setdefault(delivery.provision_id, [0.0, 0.0])
            total[0] += delivery.quantity or 0.0
            total[1] += delivery.value or 0.0
    provisions = {p.id: p for p in book.provisions}
    milestones: dict[int, list[MilestoneState]] = {}
    for milestone in book.milestones:
        provision = provisions.get(milestone.provision_id)
        if provision is not None:
            milestones.setdefault(provision.id, []).append(
                milestone_state(milestone, provision, by_milestone.get(milestone.id, ()), now))
    return [ProvisionState(p, tuple(milestones.get(p.id, ())), *totals.get(p.id, (0.0, 0.0)))
            for p in book.provisions]


def status_name(status: str) -> str:
    return tr(STATUS_NAMES[status])


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES.get(kind, KIND_NAMES["other"]))


def amount_text(quantity: float | None, unit: str = "", value: float | None = None, currency: str = "") -> str:
    """``200 interceptors``, ``EUR 150,000,000``, ``200 interceptors, GBP 150,000,000``; ``""`` for neither."""
    parts = []
    if quantity is not None:
        parts.append(f"{number_text(quantity)} {unit}".strip())
    if value is not None:
        parts.append(f"{currency} {number_text(value)}".strip())
    return ", ".join(parts)


def number_text(x: float) -> str:
    """``1,500``, ``2,500,000.50`` (``1.500``, ``2.500.000,50`` in Italian): whole numbers without decimals."""
    return i18n.number_text(x) if float(x).is_integer() else i18n.number_text(x, 2)


def overdue_count(book: ProvisionBook, now: float) -> int:
    """Milestones overdue at *now*, for the comparison and the report's summary."""
    return sum(m.status == OVERDUE for p in provision_states(book, now) for m in p.milestones)
