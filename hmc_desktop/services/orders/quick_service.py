"""Snabbservice: customer service books a walk-in time; the repair becomes a type-1 order with the
quick-service flag (DOMAIN "Snabbservice"; seed 001).

Double bookings are refused twice over: a look before inserting gives the sentence, and
the unique constraint on ``starts`` makes two workstations booking the same time at the
same moment fail cleanly with the same sentence. A cancelled booking's row is reused for a
new booking of its time (the constraint allows one row per start; the audit log keeps the
cancelled booking).
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hmc_desktop.db.models import Device, QuickServiceSlot, WorkOrder
from hmc_desktop.domain.calendar import TZ, to_local
from hmc_desktop.domain.catalogue import QUICK_SERVICE_TYPE
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.quick_service import SLOT_MINUTES, check_slot, slot_starts
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.blocking import check_hand_out
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.read_log import ReadLogService
from hmc_desktop.services.orders.rules import derive

BOOKED, CANCELLED, DONE = "booked", "cancelled", "done"
ENTITY = "quick_service"
NUMBER_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class SlotView:
    """A quick-service booking; ``order_no`` once the repair is registered."""

    slot_id: int
    starts: datetime  # aware, Stockholm
    minutes: int
    status: str  # booked | cancelled | done
    customer_name: str
    customer_phone: str
    individual_no: str
    description: str
    booked_by: str
    booked_at: datetime
    order_no: str | None


def _when(moment: datetime) -> str:
    return to_local(moment).strftime("%Y-%m-%d %H:%M")


class QuickServiceService:
    """Booking, cancelling and registering quick-service repairs; each one transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------
    def customer_of(self, individual_no: str) -> tuple[str, str] | None:
        """The name and phone of the user who holds ``individual_no`` (None: no such device,
        or no one holds it), to fill in a booking. A look at personal data: logged."""
        self.ctx.user.require(Action.REGISTER_ORDER)
        with self.ctx.db.reading() as session:
            device = session.scalars(select(Device).where(
                Device.individual_no == individual_no.strip())).unique().one_or_none()
            if device is None or device.holder is None:
                return None
            ReadLogService(self.ctx).record(device.holder.id, "quick_service_booking",
                                            device.individual_no, session)
            return device.holder.name, device.holder.phone

    def free_slots(self, day: date) -> list[datetime]:
        """The bookable starts on ``day`` (aware, Stockholm): none on closed days or in the past."""
        now = self.ctx.clock.now()
        starts = [s for s in slot_starts(day, self.ctx.calendar) if s >= now]
        if not starts:
            return []
        with self.ctx.db.reading() as session:
            taken = {to_local(s) for s in session.scalars(self._day(day, QuickServiceSlot.starts))}
        return [s for s in starts if s not in taken]

    def day_plan(self, day: date) -> list[SlotView]:
        """The day's bookings that are not cancelled, in time order."""
        with self.ctx.db.reading() as session:
            return [self._view(session, s) for s in session.scalars(self._day(day, QuickServiceSlot))]

    # -- acting ----------------------------------------------------------------------
    def book(self, starts: datetime, customer_name: str, customer_phone: str,
             individual_no: str = "", description: str = "") -> SlotView:
        """Book a free slot (working days 09:00–14:00, every 30 minutes) for a walk-in customer."""
        user = self.ctx.user
        user.require(Action.REGISTER_ORDER)  # customer service books and registers walk-ins
        now = self.ctx.clock.now()
        local = check_slot(starts, self.ctx.calendar, now)
        if not customer_name.strip() or not customer_phone.strip():
            raise ValidationError("customer_required", field="customer")
        values: dict[str, Any] = {
            "minutes": SLOT_MINUTES, "status": BOOKED, "customer_name": customer_name.strip(),
            "customer_phone": customer_phone.strip(), "individual_no": individual_no.strip(),
            "description": description.strip(), "booked_by": user.login, "booked_at": now,
            "order_id": None}
        try:
            with self.ctx.db.transaction() as session:
                if values["individual_no"]:  # D2, R3: no repair of a blocked device for a customer to take
                    check_hand_out(session, _device(session, values["individual_no"]))
                slot = self._claim(session, local, values)
                record(session, who=user.login, at=now, entity=ENTITY, key=str(slot.id),
                       action="book", field="starts", new=_when(local))
                return self._view(session, slot)
        except IntegrityError:  # another workstation booked the time a moment before us
            raise DomainError("slot_taken", when=_when(local)) from None

    def cancel(self, slot_id: int) -> SlotView:
        """Cancel a booking that has no order yet; its time becomes free again."""
        user = self.ctx.user
        user.require(Action.REGISTER_ORDER)  # customer service books and registers walk-ins
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            slot = self._lock(session, slot_id)
            self._check_booked(session, slot)
            record(session, who=user.login, at=now, entity=ENTITY, key=str(slot.id),
                   action="cancel", field="customer",
                   old=f"{_when(slot.starts)} {slot.customer_name} {slot.customer_phone}")
            set_and_record(session, slot, {"status": CANCELLED}, who=user.login, at=now,
                           entity=ENTITY, key=str(slot.id), action="cancel")
            return self._view(session, slot)

    def register_repair(self, slot_id: int) -> SlotView:
        """The customer came: a type-1 order with the quick-service flag, source 'walk_in', for
        the booked device, with deadlines, mailbox and billing as any order gets them."""
        user = self.ctx.user
        user.require(Action.REGISTER_ORDER)  # customer service books and registers walk-ins
        for attempt in range(NUMBER_ATTEMPTS):
            try:
                return self._register(slot_id, attempt)
            except IntegrityError:  # the order number was taken meanwhile: the next one
                if attempt == NUMBER_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    # -- helpers ---------------------------------------------------------------------
    def _register(self, slot_id: int, attempt: int) -> SlotView:
        now, who = self.ctx.clock.now(), self.ctx.user.login
        with self.ctx.db.transaction() as session:
            slot = self._lock(session, slot_id)
            self._check_booked(session, slot)
            if not slot.individual_no:
                raise DomainError("device_required", code=QUICK_SERVICE_TYPE)
            device = _device(session, slot.individual_no)
            check_hand_out(session, device)  # blocked after the booking: not repaired for reuse
            t = self.ctx.catalogue.get(QUICK_SERVICE_TYPE)
            d = derive(t, now, self.ctx.deadlines, technical_review=False,
                       simple_aid=device.article.simple_aid, service_product="", payer_no="",
                       attachment_kinds=[])
            order = WorkOrder(
                order_no=self._number(session, slot.id, attempt), type_code=t.code,
                mailbox=d.mailbox, status=OrderStatus.REGISTERED.value, registered=now,
                start_by=d.deadlines.start_by, finish_by=d.deadlines.finish_by,
                contact_by=d.deadlines.contact_by, billing=d.billing, incomplete=d.incomplete,
                device_id=device.id, holder_id=device.holder_id,
                description=slot.description or "Snabbservice", quick_service=True,
                source="walk_in", ordered_by_role="patient", ordered_by_name=slot.customer_name,
                updated_at=now)
            session.add(order)
            session.flush()
            record(session, who=who, at=now, entity="order", key=order.order_no,
                   action="register", field="created", new=f"{order.status} (snabbservice {slot.id})")
            set_and_record(session, slot, {"status": DONE, "order_id": order.id}, who=who,
                           at=now, entity=ENTITY, key=str(slot.id), action="register")
            return self._view(session, slot)

    @staticmethod
    def _number(session: Session, slot_id: int, attempt: int) -> str:
        """'SS' + the zero-padded booking id; a suffix when an imported order has that number."""
        base = f"SS{slot_id:06d}"
        n = attempt
        while True:
            candidate = base if n == 0 else f"{base}-{n + 1}"
            if session.scalar(select(WorkOrder.id).where(WorkOrder.order_no == candidate)) is None:
                return candidate
            n += 1

    def _claim(self, session: Session, local: datetime, values: dict[str, Any]) -> QuickServiceSlot:
        existing = self._existing(session, local)
        if existing is None:
            slot = QuickServiceSlot(starts=local, **values)
            session.add(slot)
            session.flush()  # the unique constraint speaks here if another booking won
            return slot
        if existing.status != CANCELLED:
            raise DomainError("slot_taken", when=_when(local))
        # Reuse the cancelled row; the condition makes a concurrent reuse lose cleanly.
        result = cast(CursorResult[Any], session.execute(
            update(QuickServiceSlot)
            .where(QuickServiceSlot.id == existing.id, QuickServiceSlot.status == CANCELLED)
            .values(**values).execution_options(synchronize_session=False)))
        if result.rowcount != 1:
            raise DomainError("slot_taken", when=_when(local))
        session.refresh(existing)
        return existing

    @staticmethod
    def _existing(session: Session, local: datetime) -> QuickServiceSlot | None:
        return session.scalars(select(QuickServiceSlot).where(QuickServiceSlot.starts == local)).first()

    @staticmethod
    def _lock(session: Session, slot_id: int) -> QuickServiceSlot:
        slot = session.scalars(select(QuickServiceSlot).where(QuickServiceSlot.id == slot_id)
                               .with_for_update()).first()
        if slot is None:
            raise NotFound("slot_not_found", slot_id=slot_id)
        return slot

    @staticmethod
    def _check_booked(session: Session, slot: QuickServiceSlot) -> None:
        if slot.status == CANCELLED:
            raise DomainError("slot_cancelled", slot_id=slot.id)
        if slot.order_id is not None:
            order_no = session.scalar(select(WorkOrder.order_no).where(WorkOrder.id == slot.order_id))
            raise DomainError("slot_has_order", slot_id=slot.id, order_no=order_no)

    @staticmethod
    def _day(day: date, what: Any) -> Any:
        lo = datetime.combine(day, time.min, tzinfo=TZ)
        return (select(what).where(QuickServiceSlot.starts >= lo,
                                   QuickServiceSlot.starts < lo + timedelta(days=1),
                                   QuickServiceSlot.status != CANCELLED)
                .order_by(QuickServiceSlot.starts))

    @staticmethod
    def _view(session: Session, s: QuickServiceSlot) -> SlotView:
        order_no = (session.scalar(select(WorkOrder.order_no).where(WorkOrder.id == s.order_id))
                    if s.order_id is not None else None)
        return SlotView(s.id, to_local(s.starts), s.minutes, s.status, s.customer_name,
                        s.customer_phone, s.individual_no, s.description, s.booked_by,
                        s.booked_at, order_no)


def _device(session: Session, individual_no: str) -> Device:
    device = session.scalars(select(Device).where(Device.individual_no == individual_no)
                             ).unique().one_or_none()
    if device is None:
        raise NotFound("device_not_found", individual_no=individual_no)
    return device
