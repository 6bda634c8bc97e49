"""The daily follow-up (P2) and lead-time compliance (C5) behind the Uppföljning view.

Every number the view shows can be clicked; the click becomes a *follow-up filter*, a
plain dict that names exactly the orders behind the number:

``mailbox``
    a mailbox name (W3), or None for all mailboxes
``type``
    a type code, or None for all types
``state``
    ``"open"``      open orders (registered, started, waiting);
    ``"at_risk"``   open, a deadline not met less than one working day away (W5);
    ``"breached"``  open, a deadline not met has passed;
    ``"registered"`` any status, registered within the ``registered_*`` dates;
    ``"completed"`` completed within the ``completed_*`` dates;
    ``"counted"``   not cancelled and registered within the dates: the report's orders;
    ``"start_met"``, ``"start_missed"``, ``"finish_met"``, ``"finish_missed"``: the CSV
    columns (CONTRACT "Lead-time report") for orders registered within the dates
``registered_from``, ``registered_to``, ``completed_from``, ``completed_to``
    ``"YYYY-MM-DD"``, inclusive, local dates (absent: no limit)

:func:`to_queue_filter` maps a follow-up filter onto the queue's :class:`QueueFilter`
(exactly: the queue applies :meth:`FollowUpService.conditions`, the SQL conditions of every
key, with the very conditions the queue and the CSV use).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, select

from hmc_desktop.db import tables
from hmc_desktop.documents.leadtime_data import LeadTimeReportData, Share
from hmc_desktop.domain.sla import risk_horizon
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.services.context import ServiceContext
from hmc_desktop.services.leadtime_report import LeadTimeReportService, month_starts
from hmc_desktop.services.leadtimes import (
    OUTCOMES,
    counts,
    outcome_condition,
    period_bounds,
    period_conditions,
)
from hmc_desktop.services.queue import (
    OPEN,
    QueueFilter,
    QueueService,
    at_risk_condition,
    breached_condition,
)

W = tables.work_orders.c  # the same Core table as the queue: their conditions combine
FilterDict = Mapping[str, Any]
STATES = ("open", "at_risk", "breached", "registered", "completed", "counted", *OUTCOMES)
QUEUE_EXACT = frozenset({"open", "at_risk", "breached"})


@dataclass(frozen=True, slots=True)
class MailboxToday:
    """P2, one mailbox (None: all) today: the backlog, at risk, breached, in and out today."""

    mailbox: str | None
    open: int
    at_risk: int
    breached: int
    new_today: int  # registered today, whatever became of them
    completed_today: int


@dataclass(frozen=True, slots=True)
class MonthShare:
    """All types in one month: orders and the shares started and finished in time."""

    month: date
    orders: int
    start: Share
    finish: Share


class FollowUpService:
    """Read-only figures for the follow-up view; each call is one short read."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def today(self) -> list[MailboxToday]:
        """Per mailbox (catalogue order, then all mailboxes): the queue's own P2 counts, and
        today's inflow (registered) and outflow (completed)."""
        today = self.ctx.clock.now().date()
        lo, hi = period_bounds(today, today)
        new, done = and_(W.registered >= lo, W.registered < hi), and_(W.completed >= lo, W.completed < hi)
        stmt = (select(W.mailbox, func.sum(case((new, 1), else_=0)), func.sum(case((done, 1), else_=0)))
                .where(new | done).group_by(W.mailbox))
        with self.ctx.db.reading() as session:
            flow = {m: (int(n or 0), int(d or 0)) for m, n, d in session.execute(stmt)}
        *boxes, total = QueueService(self.ctx).follow_up()  # mailboxes, then all (None)
        rows = [MailboxToday(b.mailbox, b.open, b.at_risk, b.breached, *flow.get(b.mailbox or "", (0, 0)))
                for b in boxes]
        rows += [MailboxToday(m, 0, 0, 0, *flow[m]) for m in sorted(set(flow) - {b.mailbox for b in boxes})]
        return [*rows, MailboxToday(None, total.open, total.at_risk, total.breached,
                                    sum(n for n, _ in flow.values()), sum(d for _, d in flow.values()))]

    def compliance(self, first: date, last: date) -> LeadTimeReportData:
        """The lead-time report's content for the period (without the breached-orders list)."""
        return LeadTimeReportService(self.ctx).collect(first, last, breached_cap=0)

    def trend(self, last: date, months: int = 12) -> list[MonthShare]:
        """All types, month by month, for the ``months`` months ending with ``last``'s month."""
        y, m = divmod(last.year * 12 + last.month - months, 12)
        starts = month_starts(date(y, m + 1, 1), last)
        bounds = [period_bounds(m, m)[0] for m in starts[1:]]
        bucket = (case(*((W.registered < b, i) for i, b in enumerate(bounds)), else_=len(bounds))
                  if bounds else literal(0)).label("month")
        stmt = (select(bucket, *counts(self.ctx.clock.now()))
                .where(*period_conditions(starts[0], last, self.ctx.db.backend)).group_by(bucket))
        with self.ctx.db.reading() as session:
            found = {int(b): [int(v or 0) for v in rest] for b, *rest in session.execute(stmt)}
        rows = [(m, found.get(i, [0] * 5)) for i, m in enumerate(starts)]
        return [MonthShare(m, c[0], Share(c[1], c[2]), Share(c[3], c[4])) for m, c in rows]

    # -- click-through ------------------------------------------------------------------------
    def conditions(self, flt: FilterDict) -> list[ColumnElement[bool]]:
        """The SQL conditions of a follow-up filter (module docstring)."""
        state = flt.get("state", "open")
        if state not in STATES:
            raise ValueError(f"unknown follow-up state {state!r}")
        now = self.ctx.clock.now()
        conds: list[ColumnElement[bool]] = []
        if flt.get("mailbox"):
            conds.append(W.mailbox == flt["mailbox"])
        if flt.get("type"):
            conds.append(W.type_code == flt["type"])
        conds += _date_range(W.registered, flt.get("registered_from"), flt.get("registered_to"))
        conds += _date_range(W.completed, flt.get("completed_from"), flt.get("completed_to"))
        if state in QUEUE_EXACT:
            conds.append(W.status.in_(OPEN))
        if state == "at_risk":
            conds.append(at_risk_condition(now, risk_horizon(now, self.ctx.calendar)))
        elif state == "breached":
            conds.append(breached_condition(now))
        elif state == "completed":
            conds.append(W.status == OrderStatus.COMPLETED.value)
        elif state == "counted" or state in OUTCOMES:
            conds.append(W.status != OrderStatus.CANCELLED.value)
            if state in OUTCOMES:
                conds.append(outcome_condition(state, now))
        return conds

    def order_ids(self, flt: FilterDict) -> list[int]:
        """The ids of the orders behind a clicked number, oldest registration first."""
        stmt = select(W.id).where(*self.conditions(flt)).order_by(W.registered, W.id)
        with self.ctx.db.reading() as session:
            return list(session.scalars(stmt))


def _date_range(column: Any, first: str | None, last: str | None) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if first:
        out.append(column >= period_bounds(date.fromisoformat(first), date.fromisoformat(first))[0])
    if last:
        out.append(column < period_bounds(date.fromisoformat(last), date.fromisoformat(last))[1])
    return out


def to_queue_filter(flt: FilterDict) -> tuple[QueueFilter, bool]:
    """The queue's filter for a follow-up filter, and whether it shows exactly those orders
    (always: the follow-up filter rides along in :attr:`QueueFilter.followup`).

    Mailbox, type, status and the SLA flags are set too, so that the filter bar shows them.
    """
    state = flt.get("state", "open")
    if state not in STATES:
        raise ValueError(f"unknown follow-up state {state!r}")
    status = {"registered": "all", "completed": "completed", "counted": "all"}.get(
        state, "all" if state in OUTCOMES else "open")
    pairs = tuple(sorted((k, str(v)) for k, v in flt.items() if v is not None and v != ""))
    queue = QueueFilter(mailbox=flt.get("mailbox"), type_code=flt.get("type"), status=status,
                        at_risk=state == "at_risk", breached=state == "breached",
                        followup=pairs)
    return queue, True
