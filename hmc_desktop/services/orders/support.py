"""Support for digital aids (S1, S2, S5): troubleshooting and its three outcomes.

The first section holds the in-transaction helpers every flow service shares: lock an
order or a device, move an order through W1 (with the W6 check and the orderer's
message, exactly as :class:`~hmc_desktop.services.orders.actions.OrderService` does), move a
device through D2, document and add parts. A flow that starts *and* completes an order
does both in its one transaction.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import (
    Article,
    Device,
    Pickup,
    WorkOrder,
)
from hmc_desktop.domain.catalogue import SUPPORT_TYPE
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.lifecycle import check_device_transition
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.blocking import unblocked
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.flow_common import (
    add_doc,
    check_open,
    check_parts,
    complete_order,
    ensure_started,
    lock_device,
    lock_order,
    move_device,
    record_plan,
)
from hmc_desktop.services.orders.parts import PartView, create_parts, part_views
from hmc_desktop.services.orders.techdoc import MAX_MINUTES, DocEntryView

AT_USER = "Hos brukare"  # location of a device handed out to its user
CANDIDATE_LIMIT = 20


# == support for digital aids (S1, S2, S5) ======================================
@dataclass(frozen=True, slots=True)
class SupportOutcome:
    """What one of the three S2 outcomes did to the order (and the devices)."""

    order_no: str
    outcome: str  # solved_remotely | spare_part | replaced
    order_status: str
    entry: DocEntryView  # the outcome, in the order's technical documentation (S5)
    parts: tuple[PartView, ...] = ()
    replacement_individual_no: str | None = None  # now in_use with the user
    returned_individual_no: str | None = None  # the old device, now pickup_ordered
    pickup_id: int | None = None
    pickup_date: date | None = None


@dataclass(frozen=True, slots=True)
class ReplacementCandidate:
    """A device in stock that can replace the order's device (same article first)."""

    individual_no: str
    article_no: str
    article_name: str
    product_group: str
    same_article: bool
    location: str
    delivered: date | None
    lifetime_years: int | None


class SupportService:
    """The support team's actions on an SDH order: troubleshoot, then one of three outcomes (S2)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _order(self, session: Session, order_no: str) -> WorkOrder:
        order = lock_order(session, order_no)
        if order.type_code != SUPPORT_TYPE:
            raise DomainError("support_type", order_no=order.order_no, code=order.type_code)
        check_open(order)
        return order

    def record_step(self, order_no: str, text: str, minutes: int = 0) -> DocEntryView:
        """Document a troubleshooting step (S2, S5). The first step starts a registered order:
        troubleshooting *is* the support having begun (start ≤ 3 working days)."""
        user = self.ctx.user
        user.require(Action.TECH_DOC)
        body = text.strip()
        if not body:
            raise ValidationError("doc_text_required", field="text")
        if not 0 <= minutes <= MAX_MINUTES:
            raise ValidationError("doc_minutes_range", field="minutes", minutes=minutes,
                                  max=MAX_MINUTES)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = self._order(session, order_no)
            if order.status == OrderStatus.REGISTERED.value:
                ensure_started(session, self.ctx, order, user.login, now)
            return add_doc(session, order, "step", body, minutes, user.login, now)

    def solve_remotely(self, order_no: str, note: str) -> SupportOutcome:
        """Outcome 1: solved by phone or video; the order is completed and the orderer told."""
        user = self.ctx.user
        user.require(Action.WORK_ORDER)
        if not note.strip():
            raise ValidationError("outcome_note_required", field="note")
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = self._order(session, order_no)
            entry = add_doc(session, order, "outcome", f"Löst på distans: {note.strip()}", 0,
                            user.login, now)
            complete_order(session, self.ctx, order, user.login, now)
            return SupportOutcome(order.order_no, "solved_remotely", order.status, entry)

    def spare_part_repair(self, order_no: str, parts: Iterable[tuple[str, int]],
                          instruction: str, performed_by: str,
                          express: bool = False) -> SupportOutcome:
        """Outcome 2 (S3): the user repairs with spare parts. Records what is to be done and by
        whom, adds the parts to ship and starts the order; shipping the last part completes it
        (:class:`~hmc_desktop.services.orders.shipments.ShipmentService`). The instruction, performer
        and express flag become the shipment's defaults."""
        user = self.ctx.user
        user.require(Action.WORK_ORDER)
        wanted = check_parts(parts)
        if not instruction.strip():
            raise ValidationError("repair_instruction_required", field="instruction")
        if not performed_by.strip():
            raise ValidationError("repair_performer_required", field="performed_by")
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            order = self._order(session, order_no)
            ensure_started(session, self.ctx, order, who, now)
            create_parts(session, order, wanted, True, who, now)
            listed = ", ".join(f"{no} x {qty}" for no, qty in wanted)
            text = (f"Enkel reparation med reservdel ({listed}). Vad ska göras: "
                    f"{instruction.strip()}. Utförs av: {performed_by.strip()}."
                    + (" Expressleverans." if express else ""))
            entry = add_doc(session, order, "outcome", text, 0, who, now)
            record_plan(session, order, instruction.strip(), performed_by.strip(), express,
                        who, now)
            return SupportOutcome(order.order_no, "spare_part", order.status, entry,
                                  parts=tuple(part_views(session, order.id)))

    def replace_device(self, order_no: str, replacement_individual_no: str | None = None,
                       pickup_date: date | None = None) -> SupportOutcome:
        """Outcome 3: not repairable remotely. A device in stock of the same article (else of the
        same product group) goes to the user, a pickup order is written for the old one, both
        devices are audited, and the order is completed — all in one transaction (S2, D2)."""
        user = self.ctx.user
        for action in (Action.WORK_ORDER, Action.ORDER_PICKUP):  # the S2 flow, not a free edit
            user.require(action)
        cal = self.ctx.calendar
        when = pickup_date or cal.next_working_day(self.ctx.clock.now().date())
        if not cal.is_working_day(when):
            raise DomainError("pickup_date_closed", date=when.isoformat())
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            order = self._order(session, order_no)
            if order.device is None:
                raise DomainError("order_has_no_device", order_no=order.order_no)
            old = lock_device(session, order.device.individual_no)
            holder = order.holder or old.holder
            if holder is None:
                raise DomainError("device_no_holder", individual_no=old.individual_no)
            check_device_transition(DeviceStatus(old.status), DeviceStatus.PICKUP_ORDERED)
            new = pick_replacement(session, old, replacement_individual_no, now.date())
            move_device(session, new, DeviceStatus.IN_USE, "hand_out",
                        {"holder_id": holder.id, "location": AT_USER}, who, now)
            # the replacement's own history leads to the order it was handed out on (D3)
            record(session, who=who, at=now, entity="device", key=new.individual_no,
                   action="replace", field="replaces", old=old.individual_no, new=order.order_no)
            move_device(session, old, DeviceStatus.PICKUP_ORDERED, "pickup", {}, who, now)
            pickup = Pickup(device_id=old.id, order_id=order.id, pickup_date=when,
                            reason=f"Ersatt av {new.individual_no}. {order.description}".strip(),
                            created_by=who, created_at=now)
            session.add(pickup)
            session.flush()
            record(session, who=who, at=now, entity="order", key=order.order_no, action="pickup",
                   field="pickup", new=f"{pickup.id} {when.isoformat()}")
            record(session, who=who, at=now, entity="order", key=order.order_no,
                   action="replace", field="replacement", old=old.individual_no,
                   new=new.individual_no)
            text = (f"Går inte att åtgärda på distans. Ersättningshjälpmedel {new.individual_no} "
                    f"({new.article.name}) lämnat till brukaren; hämtorder {pickup.id} på "
                    f"{old.individual_no} den {when.isoformat()}.")
            entry = add_doc(session, order, "outcome", text, 0, who, now)
            complete_order(session, self.ctx, order, who, now)
            return SupportOutcome(order.order_no, "replaced", order.status, entry,
                                  replacement_individual_no=new.individual_no,
                                  returned_individual_no=old.individual_no,
                                  pickup_id=pickup.id, pickup_date=when)

    def candidates(self, order_no: str) -> list[ReplacementCandidate]:
        """Up to 20 devices in stock that can replace the order's device, same article first."""
        with self.ctx.db.reading() as session:
            order = session.scalars(select(WorkOrder).where(
                WorkOrder.order_no == order_no.strip())).unique().one_or_none()
            if order is None:
                raise NotFound("order_not_found", order_no=order_no.strip())
            old = order.device
            if old is None:
                raise DomainError("order_has_no_device", order_no=order.order_no)
            return [ReplacementCandidate(
                d.individual_no, d.article.article_no, d.article.name, d.article.product_group,
                d.article_id == old.article_id, d.location, d.delivered, d.lifetime_years)
                for d in _in_stock_like(session, old, CANDIDATE_LIMIT,
                                        today=self.ctx.clock.now().date())]


def pick_replacement(session: Session, old: Device, wanted: str | None, today: date) -> Device:
    """The device that replaces ``old`` (S2, and a recall's exchange): ``wanted`` if it is an
    unblocked equivalent in stock, else the first such device (not blocked as of ``today``),
    locked; refused in a sentence."""
    if wanted is None:
        found = _in_stock_like(session, old, 1, lock=True, today=today)
        if not found:
            raise DomainError("no_replacement_in_stock", article_no=old.article.article_no,
                              group=old.article.product_group)
        return found[0]
    new = lock_device(session, wanted)
    if new.id == old.id:
        raise DomainError("replacement_same_device")
    if new.status != DeviceStatus.IN_STOCK.value:
        raise DomainError("replacement_not_in_stock", individual_no=new.individual_no,
                          current=new.status)
    group = old.article.product_group
    if new.article_id != old.article_id and not (group and new.article.product_group == group):
        raise DomainError("replacement_not_equivalent", individual_no=new.individual_no,
                          article=new.article.name, old=old.individual_no,
                          old_article=old.article.name)
    return new


def _in_stock_like(session: Session, old: Device, limit: int, lock: bool = False,
                   today: date | None = None) -> list[Device]:
    """Unblocked in-stock devices of ``old``'s article, then of its product group ("an equivalent").

    Each query is an equality on (article_id, status): ix_devices_article_status. Locking
    skips rows another workstation holds, so two people replacing at once get different devices.
    """
    def query(article_filter: Any, n: int) -> list[Device]:
        stmt = (select(Device).where(article_filter, Device.status == DeviceStatus.IN_STOCK.value,
                                     Device.id != old.id, unblocked(Device.id, today))
                .order_by(Device.id).limit(n))
        if lock:
            stmt = stmt.with_for_update(of=Device, skip_locked=True)
        return list(session.scalars(stmt).unique())

    found = query(Device.article_id == old.article_id, limit)
    group = old.article.product_group
    if len(found) < limit and group:
        others = select(Article.id).where(Article.product_group == group,
                                          Article.id != old.article_id)
        found += query(Device.article_id.in_(others), limit - len(found))
    return found



