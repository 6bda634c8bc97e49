"""Deadlines and their state: start_by, finish_by, contact_by; at_risk and breached (C2, C3, W5, W8)."""

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta

from hmc_desktop.domain.calendar import WorkCalendar, to_local
from hmc_desktop.domain.catalogue import (
    TECHNICAL_REVIEW_CONTACT_DAYS,
    WorkOrderType,
)
from hmc_desktop.domain.errors import ValidationError

DEADLINE_KINDS = ("start", "finish", "contact")


@dataclass(frozen=True, slots=True)
class Deadlines:
    """The deadlines an order gets at registration; None where one does not apply."""

    start_by: datetime | None = None
    finish_by: datetime | None = None
    contact_by: datetime | None = None

    def items(self) -> list[tuple[str, datetime | None]]:
        return [("start", self.start_by), ("finish", self.finish_by), ("contact", self.contact_by)]


@dataclass(frozen=True, slots=True)
class SlaState:
    """How an order stands against its deadlines at a moment."""

    at_risk: bool
    breached: tuple[str, ...]
    next_kind: str | None  # the nearest deadline not yet met
    next_due: datetime | None


def check_technical_review(order_type: WorkOrderType, technical_review: bool) -> None:
    """W8: only corrective maintenance can carry the technical-review flag."""
    if technical_review and not order_type.allows_technical_review:
        raise ValidationError("technical_review_type", field="technical_review", code=order_type.code)


# -- lead-time shapes -------------------------------------------------------------------------
# A shape turns a registration moment into deadlines, and says what of that moment the answer
# depends on (``depends_on``): the deriver's memo is keyed by (shape, that), never by type code.
# A new kind of lead time is one more shape here and one more line in :func:`lead_time_of`.

@dataclass(frozen=True, slots=True)
class WorkingDays:
    """C2: start / finish by closing time N working days after the registration day."""

    start: int | None
    finish: int | None

    def depends_on(self, registered: datetime) -> Hashable:
        return registered.date()  # the same all day

    def deadlines(self, registered: datetime, calendar: WorkCalendar) -> Deadlines:
        day = registered.date()
        return Deadlines(
            start_by=None if self.start is None else
            calendar.closing_time(calendar.add_working_days(day, self.start)),
            finish_by=None if self.finish is None else
            calendar.closing_time(calendar.add_working_days(day, self.finish)))


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """C3: finish N working hours after the registration moment (a start in working days)."""

    hours: int
    start: int | None = None

    def depends_on(self, registered: datetime) -> Hashable:
        return registered  # to the minute

    def deadlines(self, registered: datetime, calendar: WorkCalendar) -> Deadlines:
        start_by = None if self.start is None else calendar.closing_time(
            calendar.add_working_days(registered.date(), self.start))
        return Deadlines(start_by=start_by,
                         finish_by=calendar.add_working_time(registered, timedelta(hours=self.hours)))


@dataclass(frozen=True, slots=True)
class ContactWithin:
    """W8: planned work without lead time; contact the user within N working days."""

    days: int

    def depends_on(self, registered: datetime) -> Hashable:
        return registered.date()

    def deadlines(self, registered: datetime, calendar: WorkCalendar) -> Deadlines:
        day = calendar.add_working_days(registered.date(), self.days)
        return Deadlines(contact_by=calendar.closing_time(day))


@dataclass(frozen=True, slots=True)
class NoLeadTime:
    """No deadline at all (adaptation, installation …)."""

    def depends_on(self, registered: datetime) -> Hashable:
        return None  # the same every day

    def deadlines(self, registered: datetime, calendar: WorkCalendar) -> Deadlines:
        return Deadlines()


LeadTime = WorkingDays | WorkingHours | ContactWithin | NoLeadTime


def lead_time_of(order_type: WorkOrderType, technical_review: bool = False) -> LeadTime:
    """The shape of an order's lead time, from its catalogue row (C2, C3) and the W8 flag."""
    if technical_review:
        return ContactWithin(TECHNICAL_REVIEW_CONTACT_DAYS)
    if order_type.finish_days is None and order_type.finish_hours is not None:
        return WorkingHours(order_type.finish_hours, order_type.start_days)
    if order_type.start_days is None and order_type.finish_days is None:
        return NoLeadTime()
    return WorkingDays(order_type.start_days, order_type.finish_days)


def compute_deadlines(
    order_type: WorkOrderType,
    registered: datetime,
    calendar: WorkCalendar,
    technical_review: bool = False,
) -> Deadlines:
    """The deadlines of an order of ``order_type`` registered at ``registered`` (C2, C3, W8)."""
    check_technical_review(order_type, technical_review)
    return lead_time_of(order_type, technical_review).deadlines(to_local(registered), calendar)


class DeadlineDeriver:
    """:func:`compute_deadlines` remembered per (shape, what the shape depends on) for one
    calendar: the ORM and bulk import routes, registration, the window and the reports ask
    the same deriver, so a deadline is worked out in exactly one way."""

    LIMIT = 50_000  # remembered answers before starting afresh (a year of days × shapes is far less)

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self._memo: dict[tuple[LeadTime, Hashable], Deadlines] = {}

    def __call__(self, order_type: WorkOrderType, registered: datetime,
                 technical_review: bool = False) -> Deadlines:
        """The deadlines of an order of ``order_type`` registered at ``registered``."""
        check_technical_review(order_type, technical_review)
        shape = lead_time_of(order_type, technical_review)
        local = to_local(registered)
        key = (shape, shape.depends_on(local))
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= self.LIMIT:
                self._memo.clear()
            found = self._memo[key] = shape.deadlines(local, self.calendar)
        return found


def evaluate(
    deadlines: Deadlines,
    *,
    started: datetime | None,
    completed: datetime | None,
    contacted: datetime | None,
    cancelled: datetime | None,
    now: datetime,
    calendar: WorkCalendar,
) -> SlaState:
    """At risk: a deadline not met is less than one working day away. Breached: met late or passed.

    A cancelled order has no lead time left to keep or miss: the cancellation ended it (W4),
    so it is never at risk nor late, whenever it was cancelled.
    """
    if cancelled is not None:
        return SlaState(False, (), None, None)
    met = {"start": started, "finish": completed, "contact": contacted}
    reference = now
    closed = completed is not None
    breached: list[str] = []
    at_risk = False
    next_kind: str | None = None
    next_due: datetime | None = None
    for kind, due in deadlines.items():
        if due is None:
            continue
        done = met[kind]
        if done is not None:
            if done > due:
                breached.append(kind)
            continue
        if reference > due:
            breached.append(kind)
        elif not closed and calendar.working_time_between(reference, due) < calendar.day_length:
            at_risk = True
        if not closed and (next_due is None or due < next_due):
            next_kind, next_due = kind, due
    return SlaState(at_risk, tuple(breached), next_kind, next_due)


def risk_horizon(now: datetime, calendar: WorkCalendar) -> datetime:
    """The moment one working day after ``now``: a deadline before it (and not passed) is at risk.

    Lets a database filter on stored deadlines give the same answer as :func:`evaluate`.
    """
    return calendar.add_working_time(now, calendar.day_length)
