"""Lead-time compliance per type (C5; CONTRACT "Lead-time report"), counted in SQL.

For orders registered in [from, to] (local dates) and not cancelled:
``start_met`` started at or before ``start_by``; ``start_missed`` started after it, or
not started and ``start_by`` has passed (as of now). The same for finish. Orders with
no deadline, or still within it, count in neither.

The conditions are module functions so that the PDF report and the follow-up view
count (and click through to) exactly the same orders as the CSV.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.sql.elements import ColumnElement, UnaryExpression
from sqlalchemy.sql.operators import custom_op

from hmc_desktop.db import tables
from hmc_desktop.db.types import UTCDateTime
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.interchange.spreadsheet import to_csv as spreadsheet_csv
from hmc_desktop.services.core.context import ServiceContext

CSV_HEADER = ("type", "orders", "start_met", "start_missed", "finish_met", "finish_missed")
OUTCOMES = CSV_HEADER[2:]
W = tables.work_orders.c  # the same Core table as the queue: their conditions combine


@dataclass(frozen=True, slots=True)
class LeadTimeRow:
    type: str  # a type code, or 'total'
    orders: int
    start_met: int
    start_missed: int
    finish_met: int
    finish_missed: int

    def as_tuple(self) -> tuple[str, int, int, int, int, int]:
        return (self.type, self.orders, self.start_met, self.start_missed,
                self.finish_met, self.finish_missed)


def period_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """[first 00:00, day after last 00:00) in Stockholm time: 'from … to … inclusive'."""
    return (datetime.combine(first, time.min, tzinfo=TZ),
            datetime.combine(last + timedelta(days=1), time.min, tzinfo=TZ))


def _met(done: Any, due: Any) -> ColumnElement[bool]:
    return and_(done.is_not(None), due.is_not(None), done <= due)


def _missed(done: Any, due: Any, now: datetime) -> ColumnElement[bool]:
    return and_(due.is_not(None), case((done.is_not(None), done > due), else_=due < now))


def outcome_condition(outcome: str, now: datetime) -> ColumnElement[bool]:
    """The SQL test of one CSV column: 'start_met', 'start_missed', 'finish_met', 'finish_missed'."""
    done, due = (W.started, W.start_by) if outcome.startswith("start") else (W.completed, W.finish_by)
    if outcome.endswith("_met"):
        return _met(done, due)
    if outcome.endswith("_missed"):
        return _missed(done, due, now)
    raise ValueError(f"unknown outcome {outcome!r}")


def counts(now: datetime) -> list[ColumnElement[int]]:
    """orders, start_met, start_missed, finish_met, finish_missed: aggregate columns."""
    return [func.count(), *(func.sum(case((outcome_condition(k, now), 1), else_=0))
                            for k in OUTCOMES)]


def period_conditions(first: date, last: date, backend: str) -> list[ColumnElement[bool]]:
    """Registered in [first, last] (local dates) and not cancelled: the report's orders.

    On SQLite the registration test is written ``+registered`` so that the planner scans
    the covering queue index (every column the report reads is in it) instead of
    fetching each of a year's orders from the table by the registration index: 3-4x faster.
    """
    lo, hi = period_bounds(first, last)
    reg: Any = W.registered
    if backend == "sqlite":
        reg = UnaryExpression(W.registered, operator=custom_op("+"),
                              type_=UTCDateTime())
    return [reg >= lo, reg < hi, W.status != OrderStatus.CANCELLED.value]


class LeadTimeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def compliance(self, first: date, last: date) -> list[LeadTimeRow]:
        """One row per type with orders (catalogue order), then 'total'."""
        now = self.ctx.clock.now()
        stmt = (select(W.type_code, *counts(now))
                .where(*period_conditions(first, last, self.ctx.db.backend))
                .group_by(W.type_code))
        with self.ctx.db.reading() as session:
            found = [LeadTimeRow(code, *(int(v or 0) for v in rest))
                     for code, *rest in session.execute(stmt)]
        found.sort(key=lambda r: self.ctx.catalogue.sort_key(r.type))
        total = LeadTimeRow("total", *(sum(getattr(r, f) for r in found) for f in CSV_HEADER[1:]))
        return [*found, total]


def to_csv(rows: list[LeadTimeRow]) -> str:
    """The CSV of CONTRACT.md: ';'-separated, header first (interchange.spreadsheet: no cell
    starts a formula)."""
    return spreadsheet_csv(CSV_HEADER, [r.as_tuple() for r in rows])
