"""In-transaction helpers shared by the flow services (and OrderService).

Lock an order or a device, move an order through its state machine
(:mod:`hmc_desktop.domain.order_flow`: W1, W4, W6, W9, S5, claims) with the orderer's
message, move a device through D2, document, check parts (their rows:
:mod:`hmc_desktop.services.orders.parts`). A flow that starts *and* completes an order does both
in its one transaction, each step through the same machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import HANDOUT_TARGETS
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.catalogue import SUPPORT_TYPE
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.lifecycle import check_device_transition
from hmc_desktop.domain.order_flow import OrderAction, OrderState, act
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.blocking import check_hand_out
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders import messages
from hmc_desktop.services.orders.techdoc import DocEntryView

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


def order_state(session: Session, ctx: ServiceContext, order: WorkOrder) -> OrderState:
    """What the order's state machine needs to know about ``order``, read in this transaction."""
    priced = order.type_code in ctx.catalogue and ctx.catalogue.get(order.type_code) \
        .waits_for_approval
    pending = priced and session.scalar(
        select(models.CostProposal.id).where(models.CostProposal.order_id == order.id,
                                             models.CostProposal.status == "pending")
        .limit(1)) is not None
    support = order.type_code == SUPPORT_TYPE
    docs = int(session.scalar(select(func.count()).select_from(models.DocEntry)
                              .where(models.DocEntry.order_id == order.id)) or 0) if support else 0
    return OrderState(order.order_no, order.type_code, OrderStatus(order.status),
                      tuple(i for i in order.incomplete.split("|") if i), bool(priced),
                      bool(pending), support, docs, order.assigned_to)


# The audit trail's word for each action (W10); a proposal's wait is a hold, an answer a
# resume or a cancel, as the person reading the order's history calls them.
AUDIT_ACTION = {
    OrderAction.START: "start", OrderAction.WAIT: "hold", OrderAction.RESUME: "resume",
    OrderAction.COMPLETE: "complete", OrderAction.CANCEL: "cancel",
    OrderAction.PROPOSE_COST: "hold", OrderAction.APPROVE: "resume",
    OrderAction.DECLINE: "cancel", OrderAction.CLAIM: "claim",
}


def move_order(session: Session, ctx: ServiceContext, order: WorkOrder, action: OrderAction,
               changes: dict[str, Any], who: str, now: datetime,
               message: tuple[str, str] | None = None) -> OrderState:
    """``action`` on the locked ``order`` inside the caller's transaction, through the state
    machine (which refuses with a sentence and changes nothing); audited, and the orderer
    gets the message of a cancelled or completed order (W4, P3): ``message`` (subject, body)
    as the person edited it, else the drafted one."""
    before = order_state(session, ctx, order)
    after = act(before, action, who)
    values = {"status": after.status.value, **changes, "updated_at": now}
    if after.claimed_by != order.assigned_to:
        values["assigned_to"] = after.claimed_by
    if after.status is OrderStatus.COMPLETED:
        values["completed_by"] = who  # W10: not left to be guessed from the handler
    set_and_record(session, order, values, who=who, at=now, entity="order", key=order.order_no,
                   action=AUDIT_ACTION[action])
    if before.proposal_pending and action is OrderAction.CANCEL:
        withdraw_proposal(session, order, who, now)  # W4 ends the wait; nothing is orphaned
    kind = {OrderStatus.CANCELLED: "cancelled", OrderStatus.COMPLETED: "completed"}.get(
        after.status)
    if kind is not None and message is not None:
        messages.store(session, order, kind, message[0].strip(), message[1].strip(), who, now)
    elif kind is not None:
        messages.add(session, order, kind, who, now, ctx)
    return after


def withdraw_proposal(session: Session, order: WorkOrder, who: str, now: datetime) -> None:
    """A cancelled order's pending cost proposal is withdrawn, audited (W4, W9)."""
    proposals = session.scalars(select(models.CostProposal).where(
        models.CostProposal.order_id == order.id, models.CostProposal.status == "pending"))
    for proposal in proposals:
        proposal.status = "withdrawn"
        record(session, who=who, at=now, entity="order", key=order.order_no,
               action="cost_proposal", field="proposal", old=f"{proposal.id}: pending",
               new=f"{proposal.id}: withdrawn")


def start_changes(order: WorkOrder, now: datetime) -> dict[str, Any]:
    """The moment an order is started: the first time only (a re-import may have set it)."""
    return {"started": order.started or now}


def ensure_started(session: Session, ctx: ServiceContext, order: WorkOrder, who: str,
                   now: datetime) -> None:
    """Start a registered order, resume a waiting one; a started order stays as it is.

    Both through the state machine: an incomplete order is not started (W6), a waiting one
    whose cost proposal awaits its answer is not resumed (W9), another person's claim is not
    taken over.
    """
    status = OrderStatus(order.status)
    if status is OrderStatus.REGISTERED:
        move_order(session, ctx, order, OrderAction.START, start_changes(order, now), who, now)
    elif status is OrderStatus.WAITING:
        move_order(session, ctx, order, OrderAction.RESUME, {"waiting_reason": ""}, who, now)


def complete_order(session: Session, ctx: ServiceContext, order: WorkOrder, who: str,
                   now: datetime) -> None:
    """Complete through W1 (registered/waiting → started → completed); the orderer is told."""
    check_open(order)
    ensure_started(session, ctx, order, who, now)
    move_order(session, ctx, order, OrderAction.COMPLETE, {"completed": now}, who, now)


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


