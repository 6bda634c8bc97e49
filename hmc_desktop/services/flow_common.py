"""In-transaction helpers shared by the flow services (and OrderService).

Lock an order or a device, move an order through W1 (with the W6 check and the
orderer's message), move a device through D2, document, check parts (their rows:
:mod:`hmc_desktop.services.parts`). A flow that starts *and* completes an order does both
in its one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import HANDOUT_TARGETS
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.lifecycle import check_device_transition, check_order_transition
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.services import messages
from hmc_desktop.services.audit import record, set_and_record
from hmc_desktop.services.blocking import check_hand_out
from hmc_desktop.services.context import ServiceContext
from hmc_desktop.services.techdoc import DocEntryView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.db.models import Article, Device, WorkOrder


def lock_order(session: Session, order_no: str) -> WorkOrder:
    """The order, locked for this transaction (PostgreSQL: only its own row).

    ``populate_existing``: once the lock is ours, the values are the committed ones, even
    for an object this session loaded before (e.g. through a relationship).
    """
    stmt = (select(models.WorkOrder).where(models.WorkOrder.order_no == order_no.strip())
            .with_for_update(of=models.WorkOrder).execution_options(populate_existing=True))
    order = session.scalars(stmt).unique().one_or_none()
    if order is None:
        raise NotFound("order_not_found", order_no=order_no.strip())
    return order


def lock_device(session: Session, individual_no: str) -> Device:
    """The device, locked for this transaction, with its committed values (as :func:`lock_order`)."""
    stmt = (select(models.Device).where(models.Device.individual_no == individual_no.strip())
            .with_for_update(of=models.Device).execution_options(populate_existing=True))
    device = session.scalars(stmt).unique().one_or_none()
    if device is None:
        raise NotFound("device_not_found", individual_no=individual_no.strip())
    return device


def find_article(session: Session, article_no: str) -> Article:
    """The article with this number; :class:`NotFound` names an unknown one."""
    article = models.Article
    art = session.scalar(select(article).where(article.article_no == article_no.strip()))
    if art is None:
        raise NotFound("article_not_found", article_no=article_no.strip())
    return art


def check_open(order: WorkOrder) -> None:
    """Refuse to work on a completed or cancelled order."""
    if not OrderStatus(order.status).is_open:
        raise DomainError("order_closed", order_no=order.order_no, current=order.status)


def move_order(session: Session, ctx: ServiceContext, order: WorkOrder, target: OrderStatus,
               action: str, changes: dict[str, Any], who: str, now: datetime) -> None:
    """W1 transition inside the caller's transaction: W6 on start, audit, orderer's message."""
    current = OrderStatus(order.status)
    check_order_transition(current, target)
    if target is OrderStatus.STARTED and current is OrderStatus.REGISTERED and order.incomplete:
        raise DomainError("incomplete", missing=order.incomplete.split("|"))  # W6
    set_and_record(session, order, {"status": target.value, **changes, "updated_at": now},
                   who=who, at=now, entity="order", key=order.order_no, action=action)
    if target is OrderStatus.CANCELLED:
        messages.add(session, order, "cancelled", who, now, ctx)
    elif target is OrderStatus.COMPLETED:
        messages.add(session, order, "completed", who, now, ctx)


def ensure_started(session: Session, ctx: ServiceContext, order: WorkOrder, who: str,
                   now: datetime) -> None:
    """Start a registered order, resume a waiting one; a started order stays as it is."""
    status = OrderStatus(order.status)
    if status is OrderStatus.REGISTERED:
        move_order(session, ctx, order, OrderStatus.STARTED, "start",
                   {"started": order.started or now, "assigned_to": who}, who, now)
    elif status is OrderStatus.WAITING:
        move_order(session, ctx, order, OrderStatus.STARTED, "resume", {"waiting_reason": ""},
                   who, now)


def complete_order(session: Session, ctx: ServiceContext, order: WorkOrder, who: str,
                   now: datetime) -> None:
    """Complete through W1 (registered/waiting → started → completed); the orderer is told."""
    check_open(order)
    ensure_started(session, ctx, order, who, now)
    move_order(session, ctx, order, OrderStatus.COMPLETED, "complete", {"completed": now}, who, now)


def move_device(session: Session, device: Device, target: DeviceStatus, action: str,
                changes: dict[str, Any], who: str, now: datetime) -> None:
    """D2 transition, every changed field audited on the device (entity 'device')."""
    check_device_transition(DeviceStatus(device.status), target)
    if target in HANDOUT_TARGETS:
        # D2: a blocked device is not handed out (R3; PM2/PM4 as of the program's today)
        check_hand_out(session, device, to_local(now).date())
    set_and_record(session, device, {"status": target.value, **changes, "updated_at": now},
                   who=who, at=now, entity="device", key=device.individual_no, action=action)


def add_doc(session: Session, order: WorkOrder, kind: str, text: str, minutes: int, who: str,
            now: datetime) -> DocEntryView:
    """A technical-documentation entry (S5), audited like the documentation tab's."""
    entry = models.DocEntry(order_id=order.id, kind=kind, text=text, minutes=minutes, author=who,
                            at=now)
    session.add(entry)
    session.flush()
    record(session, who=who, at=now, entity="order", key=order.order_no, action="doc",
           field=kind, new=f"{text} ({minutes} min)")
    return DocEntryView(entry.id, entry.kind, entry.text, entry.minutes, entry.author, entry.at)


def check_parts(parts: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Article numbers and quantities as given, refused before any transaction when wrong."""
    wanted = [(no.strip(), qty) for no, qty in parts]
    if not wanted:
        raise ValidationError("parts_required", field="parts")
    for no, qty in wanted:
        if qty < 1:
            raise ValidationError("part_quantity", field="parts", article_no=no, quantity=qty)
    return wanted


# The spare-part plan (S3: what is to be done and by whom) is kept as audit entries on the
# order: the data model has no column for it yet, and the audit log is the record of that
# decision anyway. The first shipment reads it back as its defaults.
PLAN_ACTION = "spare_part_plan"


def record_plan(session: Session, order: WorkOrder, instruction: str, performed_by: str,
                express: bool, who: str, now: datetime) -> None:
    """Audit what the user is to do with the parts, who does it and whether they go express."""
    for field, value in (("instruction", instruction), ("performed_by", performed_by),
                         ("express", express)):
        record(session, who=who, at=now, entity="order", key=order.order_no, action=PLAN_ACTION,
               field=field, new=value)


def planned(session: Session, order_no: str) -> dict[str, str]:
    """The latest spare-part plan of the order: field → value ('' when none was recorded)."""
    rows = session.execute(
        select(models.AuditEntry.field, models.AuditEntry.new)
        .where(models.AuditEntry.entity == "order", models.AuditEntry.entity_key == order_no,
               models.AuditEntry.action == PLAN_ACTION).order_by(models.AuditEntry.id))
    return {field: new or "" for field, new in rows}


