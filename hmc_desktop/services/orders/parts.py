"""Spare parts on an order (S3): adding them, audited, and what has been shipped of each.

Apart from :mod:`hmc_desktop.services.orders.flow_common`, which the order actions need at
start-up: these rows' mappings (the flows' tables) load with the flows that use them.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import OrderPart, ShipmentItem, WorkOrder
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.orders.flow_common import find_article


@dataclass(frozen=True, slots=True)
class PartView:
    """A spare part on an order and how much of it has been shipped (S3)."""

    part_id: int
    article_no: str
    article_name: str
    quantity: int
    to_ship: bool
    shipped: int

    @property
    def remaining(self) -> int:
        return self.quantity - self.shipped if self.to_ship else 0


def create_parts(session: Session, order: WorkOrder, parts: Sequence[tuple[str, int]],
                 to_ship: bool, who: str, now: datetime) -> list[OrderPart]:
    """OrderPart rows for checked ``parts``; each audited on the order."""
    rows = []
    for no, qty in parts:
        art = find_article(session, no)
        row = OrderPart(order_id=order.id, article_id=art.id, quantity=qty, to_ship=to_ship,
                        added_by=who, added_at=now)
        row.article = art
        session.add(row)
        rows.append(row)
        record(session, who=who, at=now, entity="order", key=order.order_no, action="part",
               field="part", new=f"{art.article_no} x {qty}" + ("" if to_ship else " (verkstad)"))
    session.flush()
    return rows


def part_views(session: Session, order_id: int) -> list[PartView]:
    """The order's parts with what has been shipped of each, in the order they were added."""
    shipped = dict(session.execute(
        select(ShipmentItem.part_id, func.sum(ShipmentItem.quantity))
        .join(OrderPart, OrderPart.id == ShipmentItem.part_id)
        .where(OrderPart.order_id == order_id).group_by(ShipmentItem.part_id)).all())
    parts = session.scalars(select(OrderPart).where(OrderPart.order_id == order_id)
                            .order_by(OrderPart.id))
    return [PartView(p.id, p.article.article_no, p.article.name, p.quantity, p.to_ship,
                     int(shipped.get(p.id, 0) or 0)) for p in parts]
