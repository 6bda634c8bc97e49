"""Deadlines and their state: start_by, finish_by, contact_by; at_risk and breached (C2, C3, W5, W8)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from hmc_desktop.domain.calendar import WorkCalendar, to_local
from hmc_desktop.domain.catalogue import (
    TECHNICAL_REVIEW_CONTACT_DAYS,
    TECHNICAL_REVIEW_TYPES,
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
    """W8: only corrective maintenance (0–2) can carry the technical-review flag."""
    if technical_review and order_type.code not in TECHNICAL_REVIEW_TYPES:
        raise ValidationError("technical_review_type", field="technical_review", code=order_type.code)


def compute_deadlines(
    order_type: WorkOrderType,
    registered: datetime,
    calendar: WorkCalendar,
    technical_review: bool = False,
) -> Deadlines:
    """The deadlines of an order of ``order_type`` registered at ``registered`` (C2, C3, W8)."""
    check_technical_review(order_type, technical_review)
    reg = to_local(registered)
    if technical_review:
        # W8: planned work, not governed by the lead time; contact within 10 working days.
        day = calendar.add_working_days(reg.date(), TECHNICAL_REVIEW_CONTACT_DAYS)
        return Deadlines(contact_by=calendar.closing_time(day))
    start_by = finish_by = None
    if order_type.start_days is not None:
        start_by = calendar.closing_time(calendar.add_working_days(reg.date(), order_type.start_days))
    if order_type.finish_days is not None:
        finish_by = calendar.closing_time(
            calendar.add_working_days(reg.date(), order_type.finish_days)
        )
    elif order_type.finish_hours is not None:
        finish_by = calendar.add_working_time(reg, timedelta(hours=order_type.finish_hours))
    return Deadlines(start_by=start_by, finish_by=finish_by)


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
