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

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, case, func, literal, select

from hmc_desktop.db import tables
from hmc_desktop.documents.leadtime_data import (
    Figures,
    LeadTimeReportData,
    Share,
    Spread,
    TypeFigures,
)
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.printing.document_data import DocumentData
from hmc_desktop.services.queue.followup_filter import STATES, FilterDict, followup_conditions
from hmc_desktop.services.queue.queries import QueueFilter, QueueService
from hmc_desktop.services.reports.leadtime_figures import LeadTimeFigures
from hmc_desktop.services.reports.leadtime_report import LeadTimeReportService, month_starts
from hmc_desktop.services.reports.leadtime_summary import COUNTS
from hmc_desktop.services.reports.leadtimes import (
    OUTCOMES,
    counts,
    period_bounds,
    period_conditions,
)

W = tables.work_orders.c  # the same Core table as the queue: their conditions combine


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
        flow: dict[str, list[int]] = {}
        with self.ctx.db.engine.connect() as conn:  # each count by its own index
            for i, col in enumerate((W.registered, W.completed)):
                for mailbox, n in conn.execute(select(W.mailbox, func.count())
                                               .where(col >= lo, col < hi).group_by(W.mailbox)):
                    flow.setdefault(mailbox, [0, 0])[i] = int(n)
        *boxes, total = QueueService(self.ctx).follow_up()  # mailboxes, then all (None)
        rows = [MailboxToday(b.mailbox, b.open, b.at_risk, b.breached, *flow.get(b.mailbox or "", (0, 0)))
                for b in boxes]
        rows += [MailboxToday(m, 0, 0, 0, *flow[m]) for m in sorted(set(flow) - {b.mailbox for b in boxes})]
        return [*rows, MailboxToday(None, total.open, total.at_risk, total.breached,
                                    sum(n for n, _ in flow.values()), sum(d for _, d in flow.values()))]

    def compliance(self, first: date, last: date) -> LeadTimeReportData:
        """The period's compliance per type and in total, as the lead-time report counts it,
        without its months and breached orders (the PDF has those): read from the counts kept
        by :mod:`hmc_desktop.services.reports.leadtime_summary`."""
        figures = LeadTimeFigures(self.ctx).period(first, last)
        if figures is None:  # a clock far behind the last count: the orders themselves
            data = LeadTimeReportService(self.ctx).collect(first, last, breached_cap=0)
            return replace(data, months=(), types=tuple(replace(t, months=()) for t in data.types),
                           total=replace(data.total, months=()))
        cat, spreads = self.ctx.catalogue, figures.spreads

        def fig(c: list[int], key: str) -> Figures:
            return Figures(c[0], Share(c[1], c[2]), Share(c[3], c[4]),
                           spreads.get((key, "s"), Spread()), spreads.get((key, "f"), Spread()))

        codes = sorted(figures.counts, key=cat.sort_key)
        total = [sum(c[i] for c in figures.counts.values()) for i in range(len(COUNTS))]
        with self.ctx.db.reading() as session:
            centre = DocumentData(session, self.ctx).centre()
        return LeadTimeReportData(
            centre=centre, first=first, last=last, as_of=self.ctx.clock.now(),
            day_hours=self.ctx.calendar.day_length.total_seconds() / 3600, months=(),
            types=tuple(TypeFigures(c, cat.get(c).name if c in cat else c,
                                    fig(figures.counts[c], c), ()) for c in codes),
            total=TypeFigures("total", "Alla typer", fig(total, "total"), ()),
            breached=(), breached_total=total[COUNTS.index("late")])

    def trend(self, last: date, months: int = 12) -> list[MonthShare]:
        """All types, month by month, for the ``months`` months ending with ``last``'s month."""
        y, m = divmod(last.year * 12 + last.month - months, 12)
        counted = LeadTimeFigures(self.ctx).months(date(y, m + 1, 1), last)
        if counted is None:  # a clock far behind the last count: the orders themselves
            return self._counted_trend(date(y, m + 1, 1), last)
        return [MonthShare(month, c[0], Share(c[1], c[2]), Share(c[3], c[4]))
                for month, c in counted.items()]

    def _counted_trend(self, first: date, last: date) -> list[MonthShare]:
        starts = month_starts(first, last)
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
        return followup_conditions(flt, self.ctx.clock.now(), self.ctx.calendar)

    def order_ids(self, flt: FilterDict) -> list[int]:
        """The ids of the orders behind a clicked number, oldest registration first."""
        stmt = select(W.id).where(*self.conditions(flt)).order_by(W.registered, W.id)
        with self.ctx.db.reading() as session:
            return list(session.scalars(stmt))


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
