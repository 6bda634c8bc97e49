"""Support for digital aids (S1, S2, S5) and the order rules of the flows (W5, W7).

The first section holds the in-transaction helpers every flow service shares: lock an
order or a device, move an order through W1 (with the W6 check and the orderer's
message, exactly as :class:`~hmc_desktop.services.orders.OrderService` does), move a
device through D2, document and add parts. A flow that starts *and* completes an order
does both in its one transaction.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import (
    Article,
    AuditEntry,
    Device,
    DocEntry,
    OrderPart,
    Pickup,
    ShipmentItem,
    WorkOrder,
)
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.lifecycle import check_device_transition, check_order_transition
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.services import messages
from hmc_desktop.services.audit import record, set_and_record
from hmc_desktop.services.context import ServiceContext
from hmc_desktop.services.techdoc import MAX_MINUTES, DocEntryView

SUPPORT_TYPE = "SDH"
AT_USER = "Hos brukare"  # location of a device handed out to its user
CANDIDATE_LIMIT = 20


# == shared by the flow services ===============================================
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


def lock_order(session: Session, order_no: str) -> WorkOrder:
    """The order, locked for this transaction (PostgreSQL: only its own row).

    ``populate_existing``: once the lock is ours, the values are the committed ones, even
    for an object this session loaded before (e.g. through a relationship).
    """
    stmt = (select(WorkOrder).where(WorkOrder.order_no == order_no.strip())
            .with_for_update(of=WorkOrder).execution_options(populate_existing=True))
    order = session.scalars(stmt).unique().one_or_none()
    if order is None:
        raise NotFound("order_not_found", order_no=order_no.strip())
    return order


def lock_device(session: Session, individual_no: str) -> Device:
    """The device, locked for this transaction, with its committed values (as :func:`lock_order`)."""
    stmt = (select(Device).where(Device.individual_no == individual_no.strip())
            .with_for_update(of=Device).execution_options(populate_existing=True))
    device = session.scalars(stmt).unique().one_or_none()
    if device is None:
        raise NotFound("device_not_found", individual_no=individual_no.strip())
    return device


def find_article(session: Session, article_no: str) -> Article:
    """The article with this number; :class:`NotFound` names an unknown one."""
    art = session.scalar(select(Article).where(Article.article_no == article_no.strip()))
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
    set_and_record(session, device, {"status": target.value, **changes, "updated_at": now},
                   who=who, at=now, entity="device", key=device.individual_no, action=action)


def add_doc(session: Session, order: WorkOrder, kind: str, text: str, minutes: int, who: str,
            now: datetime) -> DocEntryView:
    """A technical-documentation entry (S5), audited like the documentation tab's."""
    entry = DocEntry(order_id=order.id, kind=kind, text=text, minutes=minutes, author=who, at=now)
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
        user.require(Action.CHANGE_ORDER)
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
        user.require(Action.CHANGE_ORDER)
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
        (:class:`~hmc_desktop.services.shipments.ShipmentService`). The instruction, performer
        and express flag become the shipment's defaults."""
        user = self.ctx.user
        user.require(Action.CHANGE_ORDER)
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
        for action in (Action.CHANGE_ORDER, Action.CHANGE_DEVICE, Action.ORDER_PICKUP):
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
            new = self._replacement(session, old, replacement_individual_no)
            move_device(session, new, DeviceStatus.IN_USE, "hand_out",
                        {"holder_id": holder.id, "location": AT_USER}, who, now)
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
                for d in _in_stock_like(session, old, CANDIDATE_LIMIT)]

    def _replacement(self, session: Session, old: Device, wanted: str | None) -> Device:
        if wanted is None:
            found = _in_stock_like(session, old, 1, lock=True)
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


def _in_stock_like(session: Session, old: Device, limit: int, lock: bool = False) -> list[Device]:
    """In-stock devices of ``old``'s article, then of its product group ("an equivalent").

    Each query is an equality on (article_id, status): ix_devices_article_status. Locking
    skips rows another workstation holds, so two people replacing at once get different devices.
    """
    def query(article_filter: Any, n: int) -> list[Device]:
        stmt = (select(Device).where(article_filter, Device.status == DeviceStatus.IN_STOCK.value,
                                     Device.id != old.id).order_by(Device.id).limit(n))
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
        select(AuditEntry.field, AuditEntry.new)
        .where(AuditEntry.entity == "order", AuditEntry.entity_key == order_no,
               AuditEntry.action == PLAN_ACTION).order_by(AuditEntry.id))
    return {field: new or "" for field, new in rows}


# == order rules in the flows (W5, W7) ===========================================
ORDERER_KINDS: dict[str, tuple[str, str]] = {  # kind → (English, Swedish in a sentence)
    "prescriber": ("prescriber", "en förskrivare"),
    "patient": ("patient", "patienten"),
    "relative": ("relative", "en anhörig"),
    "staff": ("member of care staff", "vårdpersonal"),
}


@dataclass(frozen=True, slots=True)
class OrdererRecord:
    """Who ordered (W7) as stored on the order."""

    order_no: str
    kind: str
    name: str
    home_medical_treatment: bool


@dataclass(frozen=True, slots=True)
class MessageView:
    """A message to the orderer in the order's outbox."""

    id: int
    order_no: str
    kind: str
    subject: str
    body: str
    created_by: str
    created_at: datetime


class OrderRulesService:
    """W7 (who may order) and W5 (the delay message) as actions on an order."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record_orderer(self, order_no: str, role: str, name: str,
                       home_medical_treatment: bool = False) -> OrdererRecord:
        """Record who ordered: 'prescriber', 'patient', 'relative' or 'staff' (W7).

        A type whose catalogue entry is prescriber-only (3, acute) refuses anyone else,
        unless the aid is for medical treatment at home (seed 001's exception), which is
        then recorded in the audit trail.
        """
        user = self.ctx.user
        user.require(Action.CHANGE_ORDER)
        kind = role.strip().lower()
        if kind not in ORDERER_KINDS:
            raise ValidationError("orderer_kind_unknown", field="role", kind=role,
                                  valid=", ".join(ORDERER_KINDS))
        if not name.strip():
            raise ValidationError("orderer_name_required", field="name")
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            t = self.ctx.catalogue.get(order.type_code)
            exception = t.prescriber_only and kind != "prescriber"
            if exception and not home_medical_treatment:
                en, sv = ORDERER_KINDS[kind]
                raise DomainError("prescriber_only", code=t.code, kind=en, kind_sv=sv)
            if set_and_record(session, order, {"ordered_by_role": kind,
                                               "ordered_by_name": name.strip()},
                              who=user.login, at=now, entity="order", key=order.order_no,
                              action="orderer"):
                order.updated_at = now
            if exception:
                record(session, who=user.login, at=now, entity="order", key=order.order_no,
                       action="orderer", field="w7_exception",
                       new="medicinsk behandling i hemmet")
            return OrdererRecord(order.order_no, kind, name.strip(), exception)

    def draft_delay_message(self, order_no: str) -> tuple[str, str]:
        """W5: subject and body of the message telling the orderer the lead time will not hold."""
        with self.ctx.db.reading() as session:
            order = session.scalars(select(WorkOrder).where(
                WorkOrder.order_no == order_no.strip())).unique().one_or_none()
            if order is None:
                raise NotFound("order_not_found", order_no=order_no.strip())
            check_open(order)
            return messages.draft(order, "at_risk", self.ctx)

    def send_delay_message(self, order_no: str, subject: str, body: str) -> MessageView:
        """W5/P3: put the (edited) delay message in the order's outbox."""
        user = self.ctx.user
        user.require(Action.CHANGE_ORDER)
        if not subject.strip() or not body.strip():
            raise ValidationError("message_text_required", field="body")
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            check_open(order)
            msg = messages.store(session, order, "at_risk", subject.strip(), body.strip(),
                                 user.login, now)
            session.flush()
            record(session, who=user.login, at=now, entity="order", key=order.order_no,
                   action="message", field="at_risk", new=msg.subject)
            return MessageView(msg.id, order.order_no, msg.kind, msg.subject, msg.body,
                               msg.created_by, msg.created_at)
