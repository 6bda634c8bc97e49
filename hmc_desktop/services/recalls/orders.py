"""Acting in one step (R4): one order per unit with a user, for thousands of units in one transaction.

Every order is a type-2 order (Avhjälpande underhåll hos brukare) registered *now*, so the
SLA derivation is the same for all of them: it is computed once and copied. The rows —
orders, the campaign's links, for an exchange the pickup orders and the devices' move to
``pickup_ordered``, and every audit entry (W10) — are written set-wise with ids chosen
beforehand (:class:`~hmc_desktop.services.imports.bulk.writer.BulkWriter`: ``executemany`` on
SQLite, ``COPY`` on PostgreSQL), never an ORM flush per row.

An exchange (S2 in bulk): the order and a pickup order for the recalled unit are created
now; the replacement is handed out when a technician works the order
(:meth:`~hmc_desktop.services.recalls.campaigns.RecallService.exchange`), which completes it. The
recalled unit comes back by the pickup and is blocked on arrival until it is fixed
(:mod:`hmc_desktop.services.recalls.returns`).

Never two orders for the same unit in one campaign: units with an order are skipped (a re-run
creates none), the writer holds the database's write lock (SQLite) or the campaign row is
locked (PostgreSQL) before anything is read, and ``recall_orders`` is unique per campaign and
device whatever else happens. For an exchange the devices move to ``pickup_ordered`` in one
statement before any order is written; one that another workstation moved meanwhile refuses
the step as a whole.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Integer, any_, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY

from hmc_desktop.db import models
from hmc_desktop.db.change_feed import notify_many
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.recall import (
    RECALL_ORDER_TYPE,
    RecallAction,
    order_description,
    order_number,
)
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.imports.bulk.writer import BulkWriter
from hmc_desktop.services.imports.lookup import among
from hmc_desktop.services.orders.rules import derive
from hmc_desktop.services.recalls.view import CampaignUnits

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.services.core.context import ServiceContext

Progress = Callable[[int, int, str], None]
CHUNK = 5_000  # rows written between two progress reports
AUDIT_COLUMNS = ("entity", "entity_key", "action", "field", "old", "new")


@dataclass(frozen=True, slots=True)
class Target:
    device_id: int
    individual_no: str
    holder_id: int


def targets(session: Session, campaign_id: int) -> list[Target]:
    """Units with a user, not done, and without an order in this campaign, by individual number."""
    parts = CampaignUnits(campaign_id)
    d = parts.d
    stmt = (parts.select(d.id, d.individual_no, d.holder_id)
            .where(d.status == DeviceStatus.IN_USE.value, d.holder_id.is_not(None),
                   parts.ro.id.is_(None), parts.done == 0)
            .order_by(d.individual_no))
    return [Target(*r) for r in session.execute(stmt)]


def _numbers(session: Session, campaign_id: int, count: int) -> list[str]:
    """``count`` free order numbers RC<id>-00001 … after the campaign's existing orders; a number
    an import already gave to some other order is skipped. Looked up as exact keys (the unique
    index), never with LIKE: half a million orders would be scanned."""
    ro, wo = models.RecallOrder, models.WorkOrder
    n = session.scalar(select(func.count()).select_from(ro).where(ro.campaign_id == campaign_id))
    dialect = session.get_bind().dialect.name
    free: list[str] = []
    while len(free) < count:
        wanted = [order_number(campaign_id, (n or 0) + i + 1) for i in range(count - len(free))]
        n = (n or 0) + len(wanted)
        taken = set(session.scalars(among(select(wo.order_no), wo.order_no, wanted, dialect)))
        free += [number for number in wanted if number not in taken]
    return free


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
    units = targets(session, campaign.id)
    total = len(units)
    report(0, total, "")
    if not units:
        return 0
    if exchange:  # first, so that a device changed meanwhile refuses it all before any row
        _to_pickup_ordered(session, [u.device_id for u in units], now)
    article = session.get(models.Article, campaign.article_id)
    assert article is not None
    t = ctx.catalogue.get(RECALL_ORDER_TYPE)
    d = derive(t, now, ctx.deadlines, technical_review=False, simple_aid=article.simple_aid,
               service_product="", payer_no="", attachment_kinds=[])
    text = order_description(campaign.id, campaign.title, campaign.reference, action)
    store = writer.store
    at = store(now)
    fixed = {"type_code": t.code, "mailbox": d.mailbox, "status": OrderStatus.REGISTERED.value,
             "registered": at, "start_by": store(d.deadlines.start_by),
             "finish_by": store(d.deadlines.finish_by),
             "contact_by": store(d.deadlines.contact_by), "description": text,
             "billing": d.billing, "incomplete": d.incomplete, "updated_at": at}
    ids = writer.ids("work_orders")
    pickup_ids = writer.ids("pickups") if exchange else None
    day = _pickup_day(ctx, d.deadlines.finish_by, now)
    numbers = iter(_numbers(session, campaign.id, total))
    display = ctx.user.display_name
    keys: list[tuple[str, str]] = []
    registered = f"registered (recall {campaign.id}, {action.value})"
    pickup_day = _day(writer, day)
    for start in range(0, total, CHUNK):
        chunk = units[start:start + CHUNK]
        orders: list[tuple[Any, ...]] = []
        links: list[tuple[int, int]] = []
        audit: list[tuple[str | None, ...]] = []
        pickups: list[tuple[Any, ...]] = []
        for u in chunk:
            order_id, number = ids.next(), next(numbers)
            orders.append((order_id, number, u.device_id, u.holder_id))
            links.append((u.device_id, order_id))
            keys.append(("order", number))
            if pickup_ids is None:
                audit.append(("order", number, "register", "created", None, registered))
                continue
            # the order's registration names its pickup (PickupService audits it on the order)
            pickup_id = pickup_ids.next()
            audit.append(("order", number, "register", "created", None,
                          f"{registered}; pickup {pickup_id} {day.isoformat()}"))
            pickups.append((pickup_id, u.device_id, order_id))
            keys.append(("device", u.individual_no))
            audit.append(("device", u.individual_no, "pickup", "status",
                          DeviceStatus.IN_USE.value, DeviceStatus.PICKUP_ORDERED.value))
        writer.insert(models.WorkOrder.__table__,  # type: ignore[arg-type]
                      ("id", "order_no", "device_id", "holder_id"), orders, **fixed,
                      source="recall", ordered_by_role="staff",
                      ordered_by_name=f"{display} (återkallelse {campaign.id})")
        writer.insert(models.RecallOrder.__table__,  # type: ignore[arg-type]
                      ("device_id", "order_id"), links, campaign_id=campaign.id,
                      action=action.value)
        if pickups:
            writer.insert(models.Pickup.__table__,  # type: ignore[arg-type]
                          ("id", "device_id", "order_id"), pickups, pickup_date=pickup_day,
                          status="planned", reason=f"Återkallelse {campaign.id}: {campaign.title}",
                          created_by=who, created_at=at)
        writer.insert(models.AuditEntry.__table__, AUDIT_COLUMNS, audit,  # type: ignore[arg-type]
                      at=at, who=who)
        report(start + len(chunk), total, "")
    notify_many(session, keys)  # the other workstations: no ORM flush tells them
    record(session, who=who, at=now, entity="recall", key=str(campaign.id), action="orders",
           field=action.value, new=f"{total} arbetsordrar")
    return total


def _to_pickup_ordered(session: Session, device_ids: list[int], now: datetime) -> None:
    """D2 in_use → pickup_ordered for all of them in one statement (the ids as one parameter),
    each device's version moved on as the ORM's optimistic lock expects. Optimistic:
    nothing is locked while the units are read; a device no longer in use when the statement
    runs refuses the whole step (the transaction rolls back; running it again picks up the
    rest). On SQLite the writer's lock makes that impossible; on PostgreSQL the statement's row
    locks hold until the commit."""
    d = models.Device
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        chosen = d.id == any_(bindparam("ids", device_ids, type_=ARRAY(Integer)))
    else:
        ids = func.json_each(bindparam("ids", json.dumps(device_ids))).table_valued("value")
        chosen = d.id.in_(select(ids.c.value))
    moved = cast(CursorResult[Any], session.execute(
        update(d).where(chosen, d.status == DeviceStatus.IN_USE.value)
        .values(status=DeviceStatus.PICKUP_ORDERED.value, version=d.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)))
    if moved.rowcount != len(device_ids):  # another workstation moved one since it was read
        raise DomainError("recall_units_changed", changed=len(device_ids) - moved.rowcount)


def _pickup_day(ctx: ServiceContext, finish_by: datetime | None, now: datetime) -> date:
    """The pickup is planned for the order's finish deadline: the technician brings the
    replacement and takes the recalled unit back on the same visit."""
    if finish_by is not None:
        return to_local(finish_by).date()
    return ctx.calendar.next_working_day(now.date())


def _day(writer: BulkWriter, day: date) -> Any:
    return day.isoformat() if writer.sqlite else day
