"""Lead-time compliance per type (C5; CONTRACT "Lead-time report"), counted in SQL.

For orders registered in [from, to] (local dates) and not cancelled:
``start_met`` started at or before ``start_by``; ``start_missed`` started after it, or
not started and ``start_by`` has passed (as of now). The same for finish. Orders with
no deadline, or still within it, count in neither.
"""

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from hmc_desktop.db.models import WorkOrder
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.services.context import ServiceContext

CSV_HEADER = ("type", "orders", "start_met", "start_missed", "finish_met", "finish_missed")


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


def _count(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((cond, 1), else_=0))


class LeadTimeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def compliance(self, first: date, last: date) -> list[LeadTimeRow]:
        """One row per type with orders (catalogue order), then 'total'."""
        lo, hi = period_bounds(first, last)
        now = self.ctx.clock.now()
        o = WorkOrder
        stmt = (
            select(
                o.type_code,
                func.count(),
                _count(and_(o.started.is_not(None), o.start_by.is_not(None), o.started <= o.start_by)),
                _count(and_(o.start_by.is_not(None),
                            case((o.started.is_not(None), o.started > o.start_by),
                                 else_=o.start_by < now))),
                _count(and_(o.completed.is_not(None), o.finish_by.is_not(None),
                            o.completed <= o.finish_by)),
                _count(and_(o.finish_by.is_not(None),
                            case((o.completed.is_not(None), o.completed > o.finish_by),
                                 else_=o.finish_by < now))),
            )
            .where(o.registered >= lo, o.registered < hi, o.status != OrderStatus.CANCELLED.value)
            .group_by(o.type_code)
        )
        with self.ctx.db.reading() as session:
            found = [LeadTimeRow(code, *(int(v or 0) for v in rest))
                     for code, *rest in session.execute(stmt)]
        found.sort(key=lambda r: self.ctx.catalogue.sort_key(r.type))
        total = LeadTimeRow("total", *(sum(getattr(r, f) for r in found) for f in CSV_HEADER[1:]))
        return [*found, total]


def to_csv(rows: list[LeadTimeRow]) -> str:
    """The CSV of CONTRACT.md: ';'-separated, header first."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(r.as_tuple() for r in rows)
    return buf.getvalue()
