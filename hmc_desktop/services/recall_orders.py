"""Acting in one step (R4): one order per unit with a user, for thousands of units in one transaction.

Every order is a type-2 order (Avhjälpande underhåll hos brukare) registered *now*, so the
SLA derivation is the same for all of them: it is computed once and copied. The rows —
orders, the campaign's links, for an exchange the pickup orders and the devices' move to
``pickup_ordered``, and every audit entry (W10) — are written set-wise with ids chosen
beforehand (:class:`~hmc_desktop.services.import_bulk.writer.BulkWriter`: ``executemany`` on
SQLite, ``COPY`` on PostgreSQL), never an ORM flush per row.

An exchange (S2 in bulk): the order and a pickup order for the recalled unit are created
now; the replacement is handed out when a technician works the order
(:meth:`~hmc_desktop.services.recalls.RecallService.exchange`), which completes it. The
recalled unit comes back by the pickup and is blocked on arrival until it is fixed
(:mod:`hmc_desktop.services.recall_return`).

Never two orders for the same unit in one campaign: units with an order are skipped (a re-run
creates none), the writer holds the database's write lock (SQLite) or the campaign row is
locked (PostgreSQL) before anything is read, and ``recall_orders`` is unique per campaign and
device whatever else happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from hmc_desktop.db import models
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.recall import (
    RECALL_ORDER_TYPE,
    RecallAction,
    order_description,
    order_number,
)
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.services.audit import record
from hmc_desktop.services.changes import notify_many
from hmc_desktop.services.import_bulk.writer import BulkWriter
from hmc_desktop.services.order_rules import derive
from hmc_desktop.services.recall_view import CampaignUnits

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.services.context import ServiceContext

Progress = Callable[[int, int, str], None]
CHUNK = 5_000  # rows written between two progress reports
ORDER_COLUMNS = ("id", "order_no", "type_code", "mailbox", "status", "registered", "start_by",
                 "finish_by", "contact_by", "device_id", "holder_id", "description", "billing",
                 "incomplete", "updated_at")
AUDIT_COLUMNS = ("entity", "entity_key", "action", "field", "old", "new")


@dataclass(frozen=True, slots=True)
class Target:
    device_id: int
    individual_no: str
    holder_id: int
    version: int


def targets(session: Session, campaign_id: int, lock_devices: bool) -> list[Target]:
    """Units with a user, not done, and without an order in this campaign, by individual number."""
    parts = CampaignUnits(campaign_id)
    d = parts.d
    stmt = (parts.select(d.id, d.individual_no, d.holder_id, d.version)
            .where(d.status == DeviceStatus.IN_USE.value, d.holder_id.is_not(None),
                   parts.ro.id.is_(None), parts.done == 0)
            .order_by(d.individual_no))
    if lock_devices and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=d)  # the move to pickup_ordered must see them as read
    return [Target(*r) for r in session.execute(stmt)]


def _numbers(session: Session, campaign_id: int, count: int) -> Iterator[str]:
    """Free order numbers RC<id>-00001 … after the campaign's existing ones."""
    wo = models.WorkOrder
    prefix = order_number(campaign_id, 0)[:-5]
    taken = set(session.scalars(select(wo.order_no).where(wo.order_no.startswith(prefix))))
    n = 0
    made = 0
    while made < count:
        n += 1
        number = order_number(campaign_id, n)
        if number not in taken:
            made += 1
            yield number


def create_orders(session: Session, ctx: ServiceContext, campaign: models.RecallCampaign,
                  action: RecallAction, who: str, now: datetime,
                  progress: Progress | None = None) -> int:
    """Create the campaign's missing orders (and, for an exchange, pickup orders); returns how many."""
    report = progress or (lambda done, total, text: None)
    writer = BulkWriter(session.connection())  # SQLite: the write lock, before anything is read
    if not writer.sqlite:
        session.execute(select(models.RecallCampaign.id)
                        .where(models.RecallCampaign.id == campaign.id).with_for_update())
    exchange = action is RecallAction.EXCHANGE
    units = targets(session, campaign.id, lock_devices=exchange)
    total = len(units)
    report(0, total, "")
    if not units:
        return 0
    article = session.get(models.Article, campaign.article_id)
    assert article is not None
    t = ctx.catalogue.get(RECALL_ORDER_TYPE)
    d = derive(t, now, ctx.calendar, technical_review=False, simple_aid=article.simple_aid,
               service_product="", payer_no="", attachment_kinds=[])
    text = order_description(campaign.id, campaign.title, campaign.reference, action)
    store = writer.store
    at = store(now)
    fixed = (t.code, d.mailbox, OrderStatus.REGISTERED.value, at, store(d.deadlines.start_by),
             store(d.deadlines.finish_by), store(d.deadlines.contact_by))
    ids = writer.ids("work_orders")
    pickup_ids = writer.ids("pickups") if exchange else None
    day = _pickup_day(ctx, d.deadlines.finish_by, now)
    numbers = _numbers(session, campaign.id, total)
    display = ctx.user.display_name
    keys: list[tuple[str, str]] = []
    for start in range(0, total, CHUNK):
        chunk = units[start:start + CHUNK]
        orders: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        audit: list[tuple[str | None, ...]] = []
        pickups: list[tuple[Any, ...]] = []
        moves: list[tuple[int, dict[str, Any]]] = []
        for u in chunk:
            order_id, number = ids.next(), next(numbers)
            orders.append((order_id, number, *fixed, u.device_id, u.holder_id, text, d.billing,
                           d.incomplete, at))
            links.append((campaign.id, u.device_id, order_id, action.value))
            keys.append(("order", number))
            audit.append(("order", number, "register", "created", None,
                          f"registered (recall {campaign.id}, {action.value})"))
            if pickup_ids is not None:
                pickup_id = pickup_ids.next()
                pickups.append((pickup_id, u.device_id, order_id, _day(writer, day)))
                moves.append((u.device_id, {"status": DeviceStatus.PICKUP_ORDERED.value,
                                            "version": u.version + 1, "updated_at": at}))
                keys.append(("device", u.individual_no))
                audit.append(("device", u.individual_no, "pickup", "status",
                              DeviceStatus.IN_USE.value, DeviceStatus.PICKUP_ORDERED.value))
                audit.append(("order", number, "pickup", "pickup", None,
                              f"{pickup_id} {day.isoformat()}"))
        writer.insert(models.WorkOrder.__table__, ORDER_COLUMNS, orders,  # type: ignore[arg-type]
                      source="recall", ordered_by_role="staff",
                      ordered_by_name=f"{display} (återkallelse {campaign.id})")
        writer.insert(models.RecallOrder.__table__,  # type: ignore[arg-type]
                      ("campaign_id", "device_id", "order_id", "action"), links)
        if pickups:
            writer.insert(models.Pickup.__table__,  # type: ignore[arg-type]
                          ("id", "device_id", "order_id", "pickup_date"), pickups,
                          status="planned", reason=f"Återkallelse {campaign.id}: {campaign.title}",
                          created_by=who, created_at=at)
            writer.update(models.Device.__table__, moves)  # type: ignore[arg-type]
        writer.insert(models.AuditEntry.__table__, AUDIT_COLUMNS, audit,  # type: ignore[arg-type]
                      at=at, who=who)
        report(start + len(chunk), total, "")
    notify_many(session, keys)  # the other workstations: no ORM flush tells them
    record(session, who=who, at=now, entity="recall", key=str(campaign.id), action="orders",
           field=action.value, new=f"{total} arbetsordrar")
    return total


def _pickup_day(ctx: ServiceContext, finish_by: datetime | None, now: datetime) -> date:
    """The pickup is planned for the order's finish deadline: the technician brings the
    replacement and takes the recalled unit back on the same visit."""
    if finish_by is not None:
        return to_local(finish_by).date()
    return ctx.calendar.next_working_day(now.date())


def _day(writer: BulkWriter, day: date) -> Any:
    return day.isoformat() if writer.sqlite else day
