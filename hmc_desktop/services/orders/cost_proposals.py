"""Cost proposals (W9): a type 7 order is priced, waits for the orderer's answer, then goes on
(approved → manufacture) or is closed (declined → cancelled, with the cancel message).

Only the answer ends that wait: the order's state machine (:mod:`hmc_desktop.domain.order_flow`)
refuses to resume or complete it meanwhile. The answer is recorded with who gave it, who
recorded it, when, and the amount it approved (W9, W10).
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import CostProposal, WorkOrder
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.order_flow import OrderAction, act
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders import messages
from hmc_desktop.services.orders.flow_common import (
    lock_order,
    move_order,
    order_state,
    start_changes,
)

WAITING_REASON = "Väntar på godkänt kostnadsförslag"
DECLINED_REASON = "Kostnadsförslaget avböjdes"
MESSAGE_KIND = "cost_proposal"


@dataclass(frozen=True, slots=True)
class CostProposalView:
    id: int
    order_no: str
    amount: Decimal
    description: str
    status: str  # pending | approved | declined
    created_by: str
    created_at: datetime
    answered_by: str | None
    answered_at: datetime | None
    order_status: str
    approved_amount: Decimal | None = None  # W9: what the answer approved
    recorded_by: str | None = None  # the staff member who recorded the answer


def format_kronor(amount: Decimal) -> str:
    """12345.5 → '12 345,50 kr' (Swedish: space for thousands, decimal comma)."""
    return f"{amount:,.2f} kr".replace(",", " ").replace(".", ",")


def draft_message(order: WorkOrder, amount: Decimal, description: str,
                  ctx: ServiceContext) -> tuple[str, str]:
    """Subject and body of the proposal sent to the orderer."""
    t = ctx.catalogue.get(order.type_code)
    greeting = f"Hej {order.orderer.name}," if order.orderer else "Hej,"
    device = f" (individnummer {order.device.individual_no})" if order.device else ""
    body = (f"{greeting}\n\nKostnadsförslag för arbetsorder {order.order_no}, {t.name}{device}:\n\n"
            f"{description}\n\nPris: {format_kronor(amount)}\n\n"
            "Kontakta oss för att ge klartecken till tillverkning eller för att avböja. "
            "Arbetet påbörjas först när förslaget är godkänt.")
    return f"Kostnadsförslag för arbetsorder {order.order_no}", body


class CostProposalService:
    """Proposing, approving and declining a type 7 order's cost proposal; each one transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def propose(self, order_no: str, amount: Decimal, description: str) -> CostProposalView:
        """Price the special adaptation: the order waits ("Väntar på godkänt kostnadsförslag")
        and the proposal goes to the orderer's outbox. A registered order is started first,
        so W6 (the special-adaptation instruction) is checked before anything is priced."""
        user = self.ctx.user
        user.require(Action.WORK_ORDER)
        try:
            value = Decimal(amount).quantize(Decimal("0.01"))
        except (InvalidOperation, ValueError):
            raise ValidationError("cost_amount_positive", field="amount", amount=amount) from None
        if not value.is_finite() or value <= 0:
            raise ValidationError("cost_amount_positive", field="amount", amount=amount)
        if not description.strip():
            raise ValidationError("cost_description_required", field="description")
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            act(order_state(session, self.ctx, order), OrderAction.PROPOSE_COST, who)  # or why not
            if order.status == OrderStatus.REGISTERED.value:  # audited as its own step
                move_order(session, self.ctx, order, OrderAction.START,
                           start_changes(order, now), who, now)
            move_order(session, self.ctx, order, OrderAction.PROPOSE_COST,
                       {"waiting_reason": WAITING_REASON}, who, now)
            proposal = CostProposal(order_id=order.id, amount=value, description=description.strip(),
                                    created_by=who, created_at=now)
            session.add(proposal)
            session.flush()
            record(session, who=who, at=now, entity="order", key=order.order_no,
                   action="cost_proposal", field="proposal",
                   new=f"{proposal.id}: {format_kronor(value)} (pending)")
            subject, body = draft_message(order, value, description.strip(), self.ctx)
            messages.store(session, order, MESSAGE_KIND, subject, body, who, now)
            return _view(proposal, order)

    def approve(self, order_no: str, answered_by: str,
                amount: Decimal | None = None) -> CostProposalView:
        """The orderer gave the go-ahead (``answered_by``: who said so): the order is started
        again. ``amount``: the sum the person saw approved; refused if the waiting proposal
        is for another (someone re-priced it meanwhile)."""
        return self._answer(order_no, answered_by, "approved", amount)

    def decline(self, order_no: str, answered_by: str) -> CostProposalView:
        """The orderer declined: the order is cancelled ("Kostnadsförslaget avböjdes") and the
        orderer gets the cancel message (W4)."""
        return self._answer(order_no, answered_by, "declined", None)

    def pending(self, order_no: str) -> CostProposalView | None:
        """The proposal waiting for its answer (None: there is none)."""
        waiting = [p for p in self.proposals(order_no) if p.status == "pending"]
        return waiting[-1] if waiting else None

    def proposals(self, order_no: str) -> list[CostProposalView]:
        """Every proposal of the order, oldest first."""
        with self.ctx.db.reading() as session:
            order = session.scalars(select(WorkOrder).where(
                WorkOrder.order_no == order_no.strip())).unique().one_or_none()
            if order is None:
                raise NotFound("order_not_found", order_no=order_no.strip())
            rows = session.scalars(select(CostProposal).where(CostProposal.order_id == order.id)
                                   .order_by(CostProposal.id))
            return [_view(p, order) for p in rows]

    # -- helpers ---------------------------------------------------------------------
    def _answer(self, order_no: str, answered_by: str, answer: str,
                amount: Decimal | None) -> CostProposalView:
        user = self.ctx.user
        user.require(Action.WORK_ORDER)
        if not answered_by.strip():
            raise ValidationError("answered_by_required", field="answered_by")
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            proposal = self._pending(session, order)
            if answer == "approved":
                if proposal is not None and amount is not None and \
                        Decimal(amount).quantize(Decimal("0.01")) != proposal.amount:
                    raise DomainError("proposal_amount_changed", order_no=order.order_no,
                                      amount=format_kronor(Decimal(proposal.amount)),
                                      seen=format_kronor(Decimal(amount)))
                move_order(session, self.ctx, order, OrderAction.APPROVE,
                           {"waiting_reason": ""}, who, now)
            else:
                move_order(session, self.ctx, order, OrderAction.DECLINE,
                           {"cancelled": now, "cancel_reason": DECLINED_REASON}, who, now)
            assert proposal is not None  # the machine refuses an answer without a proposal
            proposal.status, proposal.answered_by = answer, answered_by.strip()
            proposal.answered_at, proposal.recorded_by = now, who
            if answer == "approved":
                proposal.approved_amount = proposal.amount
            sum_text = f" {format_kronor(Decimal(proposal.amount))}" if answer == "approved" else ""
            record(session, who=who, at=now, entity="order", key=order.order_no,
                   action="cost_proposal", field="proposal", old=f"{proposal.id}: pending",
                   new=f"{proposal.id}: {answer}{sum_text} ({proposal.answered_by})")
            session.flush()
            return _view(proposal, order)

    @staticmethod
    def _pending(session: Session, order: WorkOrder) -> CostProposal | None:
        return session.scalars(select(CostProposal).where(
            CostProposal.order_id == order.id, CostProposal.status == "pending")
            .order_by(CostProposal.id.desc()).limit(1)).first()


def _view(p: CostProposal, order: WorkOrder) -> CostProposalView:
    approved = Decimal(p.approved_amount) if p.approved_amount is not None else None
    return CostProposalView(p.id, order.order_no, Decimal(p.amount), p.description, p.status,
                            p.created_by, p.created_at, p.answered_by, p.answered_at, order.status,
                            approved, p.recorded_by)
