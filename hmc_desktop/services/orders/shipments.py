"""Spare parts shipped to users for simple repairs (S3): partial and express deliveries.

Shipping what remains of an order's parts closes the order through W1 (a registered or
waiting order is started first) and puts the completion message in its outbox.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import OrderPart, Shipment, ShipmentItem, WorkOrder
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.flow_common import (
    check_open,
    check_parts,
    complete_order,
    ensure_started,
    lock_order,
    planned,
)
from hmc_desktop.services.orders.parts import PartView, create_parts, part_views


@dataclass(frozen=True, slots=True)
class Recipient:
    """Where the parts go: a snapshot of the user's address when shipped."""

    name: str
    street: str
    postal_code: str
    city: str
    phone: str


@dataclass(frozen=True, slots=True)
class ShipmentLineView:
    """One part in one delivery; ``quantity`` = delivered before + now + later."""

    part_id: int
    article_no: str
    article_name: str
    quantity: int  # ordered on the work order
    delivered_before: int  # in earlier deliveries
    delivered_now: int  # in this delivery
    delivered_later: int  # still to come after this delivery


@dataclass(frozen=True, slots=True)
class ShipmentView:
    """A delivery with everything its shipping note (följesedel) prints (S3)."""

    shipment_id: int
    order_no: str
    delivery_no: int
    partial: bool  # something follows later, or this is not the first delivery
    express: bool
    instruction: str  # what the recipient should do
    performed_by: str  # who does the repair
    recipient: Recipient
    lines: tuple[ShipmentLineView, ...]  # the parts in this delivery
    backordered: tuple[ShipmentLineView, ...]  # parts of the order not in it, still to come
    shipped_by: str
    shipped_at: datetime
    order_status: str  # after this shipment: 'completed' when it was the last


class ShipmentService:
    """Adding parts to an order and shipping them, each action one transaction (S3, W10)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add_parts(self, order_no: str, parts: Iterable[tuple[str, int]],
                  to_ship: bool = True) -> list[PartView]:
        """Add spare parts (article number, quantity) to an open order; returns all its parts.

        ``to_ship`` False records a part used at the centre (billing basis), not sent.
        """
        user = self.ctx.user
        user.require(Action.SHIP_PARTS if to_ship else Action.TECH_DOC)  # a part used here: doc
        wanted = check_parts(parts)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            check_open(order)
            create_parts(session, order, wanted, to_ship, user.login, now)
            order.updated_at = now
            return part_views(session, order.id)

    def remaining(self, order_no: str) -> list[PartView]:
        """Every part of the order with how much is shipped and how much remains."""
        with self.ctx.db.reading() as session:
            return part_views(session, _order_id(session, order_no))

    def ship(self, order_no: str, items: Mapping[int, int] | None = None,
             express: bool | None = None, instruction: str | None = None,
             performed_by: str | None = None) -> ShipmentView:
        """Ship parts: ``items`` {part id: quantity}, or None for everything that remains.

        ``express``, ``instruction`` and ``performed_by`` default to the previous delivery's,
        else to the spare-part plan of the support outcome. Shipping more than remains is
        refused; when nothing remains afterwards the order is completed (S3, W1).
        """
        user = self.ctx.user
        user.require(Action.SHIP_PARTS)  # warehouse staff pack and ship
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            check_open(order)
            parts = {p.part_id: p for p in part_views(session, order.id)}
            wanted = self._wanted(order, parts, items)
            defaults = self._defaults(session, order)
            text = (instruction if instruction is not None else defaults["instruction"]).strip()
            doer = (performed_by if performed_by is not None else defaults["performed_by"]).strip()
            fast = express if express is not None else defaults["express"] == "true"
            if not text:
                raise ValidationError("repair_instruction_required", field="instruction")
            if not doer:
                raise ValidationError("repair_performer_required", field="performed_by")
            holder = order.holder or (order.device.holder if order.device else None)
            if holder is None:
                raise DomainError("no_recipient", order_no=order.order_no)
            number = int(session.scalar(select(func.coalesce(func.max(Shipment.delivery_no), 0))
                                        .where(Shipment.order_id == order.id)) or 0) + 1
            shipment = Shipment(
                order_id=order.id, delivery_no=number, express=fast, instruction=text,
                performed_by=doer, recipient_name=holder.name, recipient_street=holder.street,
                recipient_postal_code=holder.postal_code, recipient_city=holder.city,
                recipient_phone=holder.phone, shipped_by=who, shipped_at=now,
                items=[ShipmentItem(part_id=pid, quantity=qty) for pid, qty in wanted.items()])
            session.add(shipment)
            session.flush()
            listed = ", ".join(f"{parts[p].article_no} x {q}" for p, q in wanted.items())
            record(session, who=who, at=now, entity="order", key=order.order_no, action="ship",
                   field="shipment", new=f"{shipment.id}: leverans {number}: {listed}"
                   + (" (express)" if fast else ""))
            left = sum(p.remaining for p in parts.values()) - sum(wanted.values())
            if left == 0:
                complete_order(session, self.ctx, order, who, now)
            else:
                if order.status == OrderStatus.REGISTERED.value:  # shipping is work: W1 start
                    ensure_started(session, self.ctx, order, who, now)
                order.updated_at = now  # the version column serialises concurrent shipments
            session.flush()
            return shipment_view(session, shipment, order)

    def shipment(self, shipment_id: int) -> ShipmentView:
        """One delivery as its shipping note shows it."""
        with self.ctx.db.reading() as session:
            shipment = session.get(Shipment, shipment_id)
            if shipment is None:
                raise NotFound("shipment_not_found", id=shipment_id)
            order = session.get(WorkOrder, shipment.order_id)
            assert order is not None
            return shipment_view(session, shipment, order)

    def shipments(self, order_no: str) -> list[ShipmentView]:
        """Every delivery of the order, first first."""
        with self.ctx.db.reading() as session:
            order_id = _order_id(session, order_no)
            order = session.get(WorkOrder, order_id)
            assert order is not None
            rows = session.scalars(select(Shipment).where(Shipment.order_id == order_id)
                                   .order_by(Shipment.delivery_no))
            return [shipment_view(session, s, order) for s in rows]

    def defaults(self, order_no: str) -> dict[str, str]:
        """What the next delivery defaults to: 'instruction', 'performed_by' and 'express'
        ('true'/'false') of the previous delivery, else of the spare-part plan (S3)."""
        with self.ctx.db.reading() as session:
            order = session.get(WorkOrder, _order_id(session, order_no))
            assert order is not None
            return self._defaults(session, order)

    # -- helpers ---------------------------------------------------------------------
    @staticmethod
    def _wanted(order: WorkOrder, parts: dict[int, PartView],
                items: Mapping[int, int] | None) -> dict[int, int]:
        if items is None:
            wanted = {pid: p.remaining for pid, p in parts.items() if p.remaining > 0}
            if not wanted:
                raise DomainError("nothing_to_ship", order_no=order.order_no)
            return wanted
        if not items:
            raise ValidationError("parts_required", field="items")
        for pid, qty in items.items():
            part = parts.get(pid)
            if part is None or not part.to_ship:
                raise DomainError("part_not_on_order", part_id=pid, order_no=order.order_no)
            if qty < 1:
                raise ValidationError("part_quantity", field="items", article_no=part.article_no,
                                      quantity=qty)
            if qty > part.remaining:
                raise DomainError("ship_more_than_remains", quantity=qty,
                                  article_no=part.article_no, remaining=part.remaining)
        return dict(items)

    @staticmethod
    def _defaults(session: Session, order: WorkOrder) -> dict[str, str]:
        last = session.scalars(select(Shipment).where(Shipment.order_id == order.id)
                               .order_by(Shipment.delivery_no.desc()).limit(1)).first()
        if last is not None:
            return {"instruction": last.instruction, "performed_by": last.performed_by,
                    "express": "true" if last.express else "false"}
        plan = planned(session, order.order_no)
        return {"instruction": plan.get("instruction", ""),
                "performed_by": plan.get("performed_by", ""),
                "express": plan.get("express", "false")}


def _order_id(session: Session, order_no: str) -> int:
    order_id = session.scalar(select(WorkOrder.id).where(WorkOrder.order_no == order_no.strip()))
    if order_id is None:
        raise NotFound("order_not_found", order_no=order_no.strip())
    return order_id


def shipment_view(session: Session, shipment: Shipment, order: WorkOrder) -> ShipmentView:
    """The delivery with, per part, what went before, now, and what is still to come after it."""
    rows = session.execute(
        select(ShipmentItem.part_id, Shipment.delivery_no, ShipmentItem.quantity)
        .join(Shipment, Shipment.id == ShipmentItem.shipment_id)
        .where(Shipment.order_id == shipment.order_id)).all()
    before: dict[int, int] = {}
    for pid, number, qty in rows:
        if number < shipment.delivery_no:
            before[pid] = before.get(pid, 0) + qty
    now_items = {item.part_id: item.quantity for item in shipment.items}
    lines, backordered = [], []
    parts = session.scalars(select(OrderPart).where(
        OrderPart.order_id == shipment.order_id, OrderPart.to_ship.is_(True),
        OrderPart.added_at <= shipment.shipped_at).order_by(OrderPart.id))
    for part in parts:
        earlier, current = before.get(part.id, 0), now_items.get(part.id, 0)
        line = ShipmentLineView(part.id, part.article.article_no, part.article.name,
                                part.quantity, earlier, current,
                                max(0, part.quantity - earlier - current))
        if current:
            lines.append(line)
        elif line.delivered_later:
            backordered.append(line)
    partial = (shipment.delivery_no > 1 or bool(backordered)
               or any(line.delivered_later for line in lines))
    return ShipmentView(
        shipment_id=shipment.id, order_no=order.order_no, delivery_no=shipment.delivery_no,
        partial=partial, express=shipment.express, instruction=shipment.instruction,
        performed_by=shipment.performed_by,
        recipient=Recipient(shipment.recipient_name, shipment.recipient_street,
                            shipment.recipient_postal_code, shipment.recipient_city,
                            shipment.recipient_phone),
        lines=tuple(lines), backordered=tuple(backordered), shipped_by=shipment.shipped_by,
        shipped_at=shipment.shipped_at, order_status=order.status,
    )
