"""Work-order use cases: look one up as the program sees it now, and act on it.

Every action goes through the order's state machine (:mod:`hmc_desktop.domain.order_flow`,
via :func:`~hmc_desktop.services.orders.flow_common.move_order`) on the locked order, in one
audited transaction (W10): the window, the command line and a second workstation get the
same answer, and a refusal changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from hmc_desktop.db import models
from hmc_desktop.domain.completeness import missing_items
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.order_flow import OrderAction, OrderState
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.sla import Deadlines, SlaState, evaluate
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.clock import fmt_minute
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.failures import is_stale_save
from hmc_desktop.services.orders import messages
from hmc_desktop.services.orders.flow_common import (
    check_open,
    lock_order,
    move_order,
    order_state,
    start_changes,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.db.models import WorkOrder

_LIMITS = {"service_product": 120, "payer_no": 40}  # the columns' widths
_NAMES = {"service_product": ("service product", "tjänsteprodukten"),
          "payer_no": ("payer number", "betalarnumret")}
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
    completed_by: str | None = None
    state: OrderState | None = None  # what the state machine knows (the window greys out by it)
    delay_notice: tuple[datetime, date | None] | None = None  # W5: sent, new expected date
    pending_proposal: tuple[Decimal, str] | None = None  # W9: amount and what it covers

    @property
    def proposal_pending(self) -> bool:
        """W9: a cost proposal waits for the orderer's answer."""
        return self.state is not None and self.state.proposal_pending

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
            return self._view(session, self._get(session, order_no))

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

    def _view(self, session: Session, o: WorkOrder) -> OrderView:
        state = order_state(session, self.ctx, o)
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
            completed_by=o.completed_by, state=state,
            delay_notice=messages.last_delay_notice(session, o.id),
            pending_proposal=self._pending_proposal(session, o) if state.proposal_pending
            else None,
        )

    @staticmethod
    def _pending_proposal(session: Session, o: WorkOrder) -> tuple[Decimal, str] | None:
        cp = models.CostProposal
        row = session.execute(select(cp.amount, cp.description).where(
            cp.order_id == o.id, cp.status == "pending").order_by(cp.id.desc()).limit(1)).first()
        return (Decimal(row[0]), row[1]) if row is not None else None

    # -- acting (W1, W4, W6, W9, S5) ----------------------------------------------------------
    def _act(self, order_no: str, action: OrderAction, changes: Callable[[WorkOrder], dict[str, Any]],
             role: Action = Action.WORK_ORDER, message: tuple[str, str] | None = None) -> OrderView:
        user = self.ctx.user
        user.require(role)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            move_order(session, self.ctx, order, action, changes(order), user.login, now,
                       message=message)
            session.flush()
            return self._view(session, order)

    def start(self, order_no: str) -> OrderView:
        """Start work and take the order (W1); refused for an incomplete order (W6) or one
        another person has taken."""
        now = self.ctx.clock.now()
        return self._act(order_no, OrderAction.START, lambda o: start_changes(o, now))

    def wait(self, order_no: str, reason: str) -> OrderView:
        """Put a started order on hold (waiting, vilande) with a reason (W1)."""
        if not reason.strip():
            raise DomainError("reason_required")
        return self._act(order_no, OrderAction.WAIT, lambda _o: {"waiting_reason": reason.strip()})

    hold = wait  # the window's word for it (Vilande)

    def resume(self, order_no: str) -> OrderView:
        """A waiting order is started again (W1); not while its cost proposal awaits the
        answer (W9)."""
        return self._act(order_no, OrderAction.RESUME, lambda _o: {"waiting_reason": ""})

    def complete(self, order_no: str) -> OrderView:
        """Complete a started order; who did it is recorded (W10). A support order needs its
        technical documentation first (S5)."""
        now = self.ctx.clock.now()
        return self._act(order_no, OrderAction.COMPLETE, lambda _o: {"completed": now})

    def cancel(self, order_no: str, reason: str,
               message: tuple[str, str] | None = None) -> OrderView:
        """Cancel (makulera) with a required reason; the orderer gets a message (W2, W4):
        ``message`` as (subject, body) once the person has read and edited it, else the draft."""
        if not reason.strip():
            raise DomainError("reason_required")
        if message is not None and not (message[0].strip() and message[1].strip()):
            raise DomainError("message_text_required")
        now = self.ctx.clock.now()
        return self._act(order_no, OrderAction.CANCEL,
                         lambda _o: {"cancelled": now, "cancel_reason": reason.strip()},
                         role=Action.CANCEL_ORDER, message=message)

    def complete_details(self, order_no: str, expected_version: int, *, service_product: str,
                         payer_no: str) -> OrderView:
        """W6: fill in the service product and payer number an order lacks; what it still
        lacks is worked out again. Saved only if the order is still at ``expected_version``
        (another workstation may have changed it): otherwise nothing is, and the sentence says
        who changed it."""
        user = self.ctx.user
        user.require(Action.REGISTER_ORDER)  # completing an order is part of registering it
        texts = {"service_product": service_product.strip(), "payer_no": payer_no.strip()}
        for name, text in texts.items():
            limit = _LIMITS[name]
            if len(text) > limit:
                raise ValidationError("text_too_long", field=name, name=_NAMES[name][0],
                                      name_sv=_NAMES[name][1], max=limit)
        now = self.ctx.clock.now()
        try:
            with self.ctx.db.transaction() as session:
                order = lock_order(session, order_no)
                check_open(order)
                if order.version != expected_version:
                    raise self._stale(session, order)
                missing = missing_items(self.ctx.catalogue.get(order.type_code), **texts,
                                        attachment_kinds=[a.kind for a in order.attachments])
                if set_and_record(session, order, {**texts, "incomplete": "|".join(missing)},
                                  who=user.login, at=now, entity="order", key=order.order_no,
                                  action="edit"):
                    order.updated_at = now
                session.flush()  # UPDATE … WHERE version: a save just now elsewhere is stale
                return self._view(session, order)
        except Exception as exc:
            if not is_stale_save(exc):
                raise
            with self.ctx.db.reading() as session:
                raise self._stale(session, self._get(session, order_no)) from None

    @staticmethod
    def _stale(session: Session, order: WorkOrder) -> DomainError:
        last = session.execute(
            select(models.AuditEntry.who, models.AuditEntry.at)
            .where(models.AuditEntry.entity == "order",
                   models.AuditEntry.entity_key == order.order_no)
            .order_by(models.AuditEntry.id.desc()).limit(1)).first()
        when = (fmt_minute(last[1]) or "").replace("T", " ") if last else "?"
        return DomainError("stale_order", key=order.order_no, who=last[0] if last else "?",
                           when=when)

    def mark_contacted(self, order_no: str) -> OrderView:
        """W8: the user has been contacted to agree on a time for the technical review."""
        user = self.ctx.user
        user.require(Action.WORK_ORDER)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = self._get(session, order_no, lock=True)
            set_and_record(session, order, {"contacted": now, "updated_at": now}, who=user.login,
                           at=now, entity="order", key=order.order_no, action="contact")
            session.flush()
            return self._view(session, order)

    def add_message(self, order_no: str, kind: str, subject: str, body: str) -> None:
        """Put a message to the orderer in the order's outbox (W5 drafts, free text)."""
        user = self.ctx.user
        user.require(Action.MESSAGE_ORDERER)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = self._get(session, order_no)
            messages.store(session, order, kind, subject, body, user.login, now)
            record(session, who=user.login, at=now, entity="order", key=order.order_no,
                   action="message", field=kind, new=subject)
