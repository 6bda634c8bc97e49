"""Working time on orders: the minutes the billing basis invoices (DOMAIN billing column)."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from hmc_desktop.db.models import TimeReport, WorkOrder
from hmc_desktop.domain.errors import NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.flow_common import lock_order

MAX_MINUTES = 24 * 60  # one report covers at most a day; more is a typing error


@dataclass(frozen=True, slots=True)
class TimeReportView:
    id: int
    order_no: str
    who: str
    day: date
    minutes: int
    note: str
    reported_at: datetime


class TimeReportService:
    """Reporting time on an order, by the person logged in (W10: who and when)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def report(self, order_no: str, minutes: int, day: date | None = None,
               note: str = "") -> TimeReportView:
        """Report ``minutes`` (1 … 1440) worked on the order on ``day`` (default today; never a
        future day). Any order may carry time, also a closed one: time is often reported after."""
        user = self.ctx.user
        user.require(Action.TECH_DOC)
        if not 1 <= minutes <= MAX_MINUTES:
            raise ValidationError("time_minutes_range", field="minutes", minutes=minutes,
                                  max=MAX_MINUTES)
        now = self.ctx.clock.now()
        when = day or now.date()
        if when > now.date():
            raise ValidationError("time_day_future", field="day", day=when.isoformat())
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            row = TimeReport(order_id=order.id, who=user.login, day=when, minutes=minutes,
                             note=note.strip(), reported_at=now)
            session.add(row)
            session.flush()
            record(session, who=user.login, at=now, entity="order", key=order.order_no,
                   action="time", field="minutes", new=f"{minutes} min {when.isoformat()}")
            return _view(row, order.order_no)

    def reports(self, order_no: str) -> list[TimeReportView]:
        """The order's time reports, oldest day first."""
        with self.ctx.db.reading() as session:
            order_id = session.scalar(select(WorkOrder.id).where(
                WorkOrder.order_no == order_no.strip()))
            if order_id is None:
                raise NotFound("order_not_found", order_no=order_no.strip())
            rows = session.scalars(select(TimeReport).where(TimeReport.order_id == order_id)
                                   .order_by(TimeReport.day, TimeReport.id))
            return [_view(r, order_no.strip()) for r in rows]


def _view(r: TimeReport, order_no: str) -> TimeReportView:
    return TimeReportView(r.id, order_no, r.who, r.day, r.minutes, r.note, r.reported_at)
