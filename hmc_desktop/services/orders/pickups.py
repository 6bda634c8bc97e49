"""Pickup orders (hämtorder): a device goes back to the centre (D2 in_use → pickup_ordered)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from hmc_desktop.db import models
from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.domain.lifecycle import check_device_transition
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext


@dataclass(frozen=True, slots=True)
class PickupLine:
    """A pickup in one line, for the person who ordered it: which pickup, device, day, order."""

    id: int
    individual_no: str
    pickup_date: date
    order_no: str | None

    def sentence(self) -> str:
        """'12: pickup of IND-900001 on 2026-12-09 (order B-1001)': the id first (CONTRACT)."""
        order = f" (order {self.order_no})" if self.order_no else ""
        return f"{self.id}: pickup of {self.individual_no} on {self.pickup_date.isoformat()}{order}"


class PickupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def default_date(self) -> date:
        """The next working day after today (CONTRACT `order pickup`)."""
        return self.ctx.calendar.next_working_day(self.ctx.clock.now().date())

    def order_pickup(self, order_no: str, pickup_date: date | None = None) -> int:
        """Order the pickup of the order's device; returns the pickup's id."""
        user = self.ctx.user
        user.require(Action.ORDER_PICKUP)
        when = pickup_date or self.default_date()
        if not self.ctx.calendar.is_working_day(when):
            raise DomainError("pickup_date_closed", date=when.isoformat())
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            wo = models.WorkOrder
            order = session.scalars(
                select(wo).where(wo.order_no == order_no.strip()).with_for_update(of=wo)
            ).unique().one_or_none()
            if order is None:
                raise NotFound("order_not_found", order_no=order_no)
            device = order.device
            if device is None:
                raise DomainError("order_has_no_device", order_no=order.order_no)
            check_device_transition(DeviceStatus(device.status), DeviceStatus.PICKUP_ORDERED)
            set_and_record(session, device, {"status": DeviceStatus.PICKUP_ORDERED.value,
                                             "updated_at": now},
                           who=user.login, at=now, entity="device", key=device.individual_no,
                           action="pickup")
            pickup = models.Pickup(device_id=device.id, order_id=order.id, pickup_date=when,
                                   reason=order.description, created_by=user.login,
                                   created_at=now)
            session.add(pickup)
            session.flush()
            record(session, who=user.login, at=now, entity="order", key=order.order_no,
                   action="pickup", field="pickup", new=f"{pickup.id} {when.isoformat()}")
            return pickup.id

    def line(self, pickup_id: int) -> PickupLine:
        """What the pickup ``pickup_id`` fetches and when."""
        with self.ctx.db.reading() as session:
            pickup = session.get(models.Pickup, pickup_id)
            if pickup is None:
                raise NotFound("pickup_not_found", pickup_id=pickup_id)
            order_no = pickup.order.order_no if pickup.order is not None else None
            return PickupLine(pickup.id, pickup.device.individual_no, pickup.pickup_date, order_no)
