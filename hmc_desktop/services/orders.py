"""Work-order use cases: look one up as the program sees it now, and move it through W1."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from hmc_desktop.db import models
from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.sla import Deadlines, SlaState, evaluate
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.services import messages
from hmc_desktop.services.audit import record, set_and_record
from hmc_desktop.services.clock import fmt_minute
from hmc_desktop.services.context import ServiceContext
from hmc_desktop.services.flow_common import lock_order, move_order

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.db.models import WorkOrder

CANCEL_WRONG_TYPE = "Fel arbetsordertyp"  # W2
CANCEL_UNREACHABLE = "Brukaren gick inte att nå"  # W4


@dataclass(frozen=True, slots=True)
class OrderView:
    """One order as the program sees it now (CONTRACT `order show`)."""

    order_no: str
    type: str
    type_name: str
    mailbox: str
    status: str
    registered: datetime
    deadlines: Deadlines
    started: datetime | None
    completed: datetime | None
    cancelled: datetime | None
    contacted: datetime | None
    cancel_reason: str
    waiting_reason: str
    billing: str
    incomplete: list[str]
    sla: SlaState
    medical_risk: bool
    technical_review: bool
    quick_service: bool
    individual_no: str | None
    device_status: str | None
    article_name: str | None
    orderer_name: str | None
    orderer_unit: str | None
    payer_no: str
    service_product: str
    description: str
    assigned_to: str | None
    deviation_class: str | None
    version: int

    def to_json(self) -> dict[str, Any]:
        """The JSON object of CONTRACT.md's `order show --json`."""
        return {
            "order_no": self.order_no,
            "type": self.type,
            "type_name": self.type_name,
            "mailbox": self.mailbox,
            "status": self.status,
            "registered": fmt_minute(self.registered),
            "start_by": fmt_minute(self.deadlines.start_by),
            "finish_by": fmt_minute(self.deadlines.finish_by),
            "contact_by": fmt_minute(self.deadlines.contact_by),
            "started": fmt_minute(self.started),
            "completed": fmt_minute(self.completed),
            "cancelled": fmt_minute(self.cancelled),
            "cancel_reason": self.cancel_reason or None,
            "billing": self.billing,
            "incomplete": self.incomplete,
            "at_risk": self.sla.at_risk,
            "breached": list(self.sla.breached),
            "medical_risk": self.medical_risk,
            "individual_no": self.individual_no,
            "device_status": self.device_status,
            "orderer_name": self.orderer_name,
            "description": self.description,
        }


class OrderService:
    """Looking up and acting on work orders; each action is one transaction, audited (W10)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading --------------------------------------------------------------
    def show(self, order_no: str) -> OrderView:
        """The order as the program sees it now; :class:`NotFound` if there is none."""
        with self.ctx.db.reading() as session:
            return self._view(self._get(session, order_no))

    def exists(self, order_no: str) -> bool:
        with self.ctx.db.reading() as session:
            wo = models.WorkOrder
            return session.scalar(select(wo.id).where(wo.order_no == order_no)) is not None

    def _get(self, session: Session, order_no: str, lock: bool = False) -> WorkOrder:
        stmt = select(models.WorkOrder).where(models.WorkOrder.order_no == order_no.strip())
        if lock:
            # PostgreSQL: lock the order's row, not the outer-joined ones
            stmt = stmt.with_for_update(of=models.WorkOrder)
        order = session.scalars(stmt).unique().one_or_none()
        if order is None:
            raise NotFound("order_not_found", order_no=order_no)
        return order

    def _view(self, o: WorkOrder) -> OrderView:
        t = self.ctx.catalogue.get(o.type_code)
        deadlines = Deadlines(o.start_by, o.finish_by, o.contact_by)
        sla = evaluate(
            deadlines, started=o.started, completed=o.completed, contacted=o.contacted,
            cancelled=o.cancelled, now=self.ctx.clock.now(), calendar=self.ctx.calendar,
        )
        return OrderView(
            order_no=o.order_no, type=o.type_code, type_name=t.name, mailbox=o.mailbox,
            status=o.status, registered=o.registered, deadlines=deadlines, started=o.started,
            completed=o.completed, cancelled=o.cancelled, contacted=o.contacted,
            cancel_reason=o.cancel_reason, waiting_reason=o.waiting_reason, billing=o.billing,
            incomplete=[i for i in o.incomplete.split("|") if i], sla=sla,
            medical_risk=o.medical_risk, technical_review=o.technical_review,
            quick_service=o.quick_service,
            individual_no=o.device.individual_no if o.device else None,
            device_status=o.device.status if o.device else None,
            article_name=o.device.article.name if o.device else None,
            orderer_name=o.orderer.name if o.orderer else None,
            orderer_unit=o.orderer.unit if o.orderer else None,
            payer_no=o.payer_no, service_product=o.service_product, description=o.description,
            assigned_to=o.assigned_to, deviation_class=o.deviation_class, version=o.version,
        )

    # -- acting (W1) -----------------------------------------------------------
    def _transition(
        self, order_no: str, target: OrderStatus, action: str, changes: dict[str, Any],
        action_name: Action = Action.CHANGE_ORDER,
    ) -> OrderView:
        user = self.ctx.user
        user.require(action_name)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            move_order(session, self.ctx, order, target, action, changes, user.login, now)
            session.flush()
            return self._view(order)

    def start(self, order_no: str) -> OrderView:
        """Start work (W1); an incomplete order (W6) is refused with what is missing."""
        now = self.ctx.clock.now()
        with self.ctx.db.reading() as session:
            started = self._get(session, order_no).started
        return self._transition(order_no, OrderStatus.STARTED, "start", {"started": started or now,
                                "assigned_to": self.ctx.user.login})

    def hold(self, order_no: str, reason: str) -> OrderView:
        """Put the order on hold (waiting) with a reason."""
        if not reason.strip():
            raise DomainError("reason_required")
        return self._transition(order_no, OrderStatus.WAITING, "hold", {"waiting_reason": reason.strip()})

    def resume(self, order_no: str) -> OrderView:
        return self._transition(order_no, OrderStatus.STARTED, "resume", {"waiting_reason": ""})

    def complete(self, order_no: str) -> OrderView:
        return self._transition(order_no, OrderStatus.COMPLETED, "complete",
                                {"completed": self.ctx.clock.now()})

    def cancel(self, order_no: str, reason: str) -> OrderView:
        """Cancel (makulera) with a required reason; the orderer gets a message (W2, W4)."""
        if not reason.strip():
            raise DomainError("reason_required")
        return self._transition(
            order_no, OrderStatus.CANCELLED, "cancel",
            {"cancelled": self.ctx.clock.now(), "cancel_reason": reason.strip()},
            action_name=Action.CANCEL_ORDER,
        )

    def mark_contacted(self, order_no: str) -> OrderView:
        """W8: the user has been contacted to agree on a time for the technical review."""
        user = self.ctx.user
        user.require(Action.CHANGE_ORDER)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = self._get(session, order_no, lock=True)
            set_and_record(session, order, {"contacted": now, "updated_at": now}, who=user.login,
                           at=now, entity="order", key=order.order_no, action="contact")
            session.flush()
            return self._view(order)

    def add_message(self, order_no: str, kind: str, subject: str, body: str) -> None:
        """Put a message to the orderer in the order's outbox (W5 drafts, free text)."""
        user = self.ctx.user
        user.require(Action.CHANGE_ORDER)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = self._get(session, order_no)
            messages.store(session, order, kind, subject, body, user.login, now)
            record(session, who=user.login, at=now, entity="order", key=order.order_no,
                   action="message", field=kind, new=subject)
