"""Taking an order ("Ta ärende"): atomic, so two technicians never own the same order.

A claim is one conditional ``UPDATE … SET assigned_to = me WHERE assigned_to IS NULL``;
the row count says who won. The database decides, whatever the number of workstations:
PostgreSQL re-checks the condition after waiting for a competing update, SQLite has
one writer at a time. What may be claimed is the order's state machine's answer
(:mod:`hmc_desktop.domain.order_flow`: an open order no one else has), asked first so a
refusal says why. The order's version goes up like any other change (optimistic
locking, see ``services/orders/editing.py``) and the claim is audited (W10), which also tells
the other workstations (``db/change_feed.py``).
"""

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hmc_desktop.db.models import WorkOrder
from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.domain.messages import render
from hmc_desktop.domain.order_flow import OrderAction, OrderState, act
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import OPEN_STATUSES, OrderStatus, Role
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.context import ServiceContext

_OPEN = [s.value for s in OPEN_STATUSES]


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """The outcome of a claim or release: whether the order is now yours, and whose it is."""

    order_no: str
    claimed: bool  # the order is (now) assigned to the person who asked
    owner: str | None  # the login it is assigned to now (None: free)
    changed: bool = False  # this call changed the assignment

    def message(self, lang: str = "sv") -> str:
        """The sentence for a refused claim ('' when the order is yours)."""
        if self.claimed or self.owner is None:
            return ""
        return render("claim_taken", lang, {"order_no": self.order_no, "owner": self.owner})


class ClaimService:
    """Claiming and releasing orders; each call is one transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def claim(self, order_no: str) -> ClaimResult:
        """Assign the order to me if no one has it; if someone has, say who (``claimed`` False).

        Closed orders cannot be claimed (:class:`DomainError` ``order_closed``).
        """
        user = self.ctx.user
        user.require(Action.WORK_ORDER)
        me, now = user.login, self.ctx.clock.now()
        number = order_no.strip()
        with self.ctx.db.transaction() as session:
            owner, status = self._current(session, number)
            try:
                act(OrderState(number, "", OrderStatus(status), claimed_by=owner),
                    OrderAction.CLAIM, me)
            except DomainError as exc:
                if exc.key != "claim_taken":
                    raise  # a closed order (W1)
                return ClaimResult(number, False, owner)
            for _attempt in range(3):  # the owner may release between our update and our look
                won = session.execute(
                    update(WorkOrder)
                    .where(WorkOrder.order_no == number, WorkOrder.assigned_to.is_(None),
                           WorkOrder.status.in_(_OPEN))
                    .values(assigned_to=me, version=WorkOrder.version + 1, updated_at=now)
                    .execution_options(synchronize_session=False))
                if won.rowcount == 1:  # type: ignore[attr-defined]
                    record(session, who=me, at=now, entity="order", key=number,
                           action="claim", field="assigned_to", old=None, new=me)
                    return ClaimResult(number, True, me, changed=True)
                owner, status = self._current(session, number)
                if status not in _OPEN:
                    raise DomainError("order_closed", order_no=number, current=status)
                if owner is not None:
                    return ClaimResult(number, owner == me, owner)
            raise DomainError("stale_data")

    def release(self, order_no: str) -> ClaimResult:
        """Give the order back to the queue. Only its owner may, or an administrator."""
        user = self.ctx.user
        user.require(Action.WORK_ORDER)
        me, now = user.login, self.ctx.clock.now()
        number = order_no.strip()
        with self.ctx.db.transaction() as session:
            owner, _status = self._current(session, number)
            if owner is None:
                return ClaimResult(number, False, None)
            if owner != me and user.role is not Role.ADMIN:
                raise DomainError("claim_not_owner", order_no=number, owner=owner)
            done = session.execute(
                update(WorkOrder)
                .where(WorkOrder.order_no == number, WorkOrder.assigned_to == owner)
                .values(assigned_to=None, version=WorkOrder.version + 1, updated_at=now)
                .execution_options(synchronize_session=False))
            if done.rowcount != 1:  # type: ignore[attr-defined]
                raise DomainError("stale_data")  # it changed hands meanwhile: look again
            record(session, who=me, at=now, entity="order", key=number, action="release",
                   field="assigned_to", old=owner, new=None)
            return ClaimResult(number, False, None, changed=True)

    def owner(self, order_no: str) -> str | None:
        """Who has the order now (None: no one)."""
        with self.ctx.db.reading() as session:
            return self._current(session, order_no.strip())[0]

    @staticmethod
    def _current(session: Session, number: str) -> tuple[str | None, str]:
        row = session.execute(select(WorkOrder.assigned_to, WorkOrder.status)
                              .where(WorkOrder.order_no == number)).one_or_none()
        if row is None:
            raise NotFound("order_not_found", order_no=number)
        return row[0], row[1]
