"""One state machine for an order's actions (W1, W4, W6, W9, S5), whatever path asks.

The window, the command line, the import and a second workstation all move an order
through :func:`act` (or, for a re-imported row, :func:`imported_status`): given what is
known about the order now — its status, what it lacks (W6), whether a cost proposal waits
for its answer (W9), how much documentation it has (S5) and who has claimed it — and an
action, it returns the order's next state, or raises a :class:`DomainError` whose one
sentence says why not. The services hold the facts (rows, locks, versions); the rules
are here, once.

The rules, as DOMAIN.md states them:

- W1: ``registered → started → (waiting) → completed``; ``cancelled`` from any open status.
  Waiting is entered from ``started`` only, and resuming returns to ``started``. A completed
  or cancelled order never changes status again.
- W6: an incomplete order never becomes ``started`` — not by start, resume, an approved
  cost proposal, nor a re-import's ``started`` column.
- W9: a cost proposal (type 7) makes the order wait; only the orderer's answer ends that
  wait — approved: ``started`` again; declined: closed without manufacture (cancelled).
- W4: cancelling ends an order from any open status (a pending proposal is withdrawn).
- S5: a support order (SDH) is completed only with its technical documentation.
- Claims: ``start`` takes the order; it never takes over another person's claim.
"""

from dataclasses import dataclass, replace
from enum import StrEnum

from hmc_desktop.domain.errors import DomainError, IllegalTransition, ValidationError
from hmc_desktop.domain.types import OrderStatus

OS = OrderStatus


class OrderAction(StrEnum):
    """What a person (or the portal, through the import) does to an order."""

    START = "start"
    WAIT = "wait"
    RESUME = "resume"
    COMPLETE = "complete"
    CANCEL = "cancel"
    PROPOSE_COST = "propose_cost"
    APPROVE = "approve"
    DECLINE = "decline"
    CLAIM = "claim"


# The words after "an order that is … cannot be" (messages.ACTION_SV has the Swedish).
_VERBS = {
    OrderAction.START: "started",
    OrderAction.WAIT: "put on hold",
    OrderAction.RESUME: "resumed",
    OrderAction.COMPLETE: "completed",
    OrderAction.CANCEL: "cancelled",
}


@dataclass(frozen=True, slots=True)
class OrderState:
    """What the rules need to know about an order."""

    order_no: str
    type_code: str
    status: OrderStatus
    incomplete: tuple[str, ...] = ()  # W6 items, named as in CONTRACT.md
    priced: bool = False  # the type waits for an approved cost proposal (W9, type 7)
    proposal_pending: bool = False
    needs_documentation: bool = False  # a support order (S5)
    doc_entries: int = 0
    claimed_by: str | None = None  # the login that has taken the order


def act(state: OrderState, action: OrderAction, actor: str) -> OrderState:
    """The order after ``actor`` does ``action``; a :class:`DomainError` if a rule refuses it."""
    if not state.status.is_open:
        raise DomainError("order_closed", order_no=state.order_no, current=state.status.value)
    step = _STEPS[action]
    return step(state, actor)


def allowed_actions(state: OrderState, actor: str) -> frozenset[OrderAction]:
    """The actions :func:`act` would accept now (the window greys out the others)."""
    ok: set[OrderAction] = set()
    for action in OrderAction:
        try:
            act(state, action, actor)
        except DomainError:
            continue
        ok.add(action)
    return frozenset(ok)


def refusal(state: OrderState, action: OrderAction, actor: str) -> DomainError | None:
    """Why :func:`act` would refuse ``action`` (None: it would not)."""
    try:
        act(state, action, actor)
    except DomainError as exc:
        return exc
    return None


# -- the steps ------------------------------------------------------------------------------
def _transition(state: OrderState, action: OrderAction, *allowed_from: OrderStatus) -> None:
    if state.status not in allowed_from:
        raise IllegalTransition("order_transition", current=state.status.value,
                                action=_VERBS[action])


def _check_complete(state: OrderState) -> None:
    if state.incomplete:  # W6
        raise DomainError("incomplete", missing=list(state.incomplete))


def _check_no_pending(state: OrderState) -> None:
    if state.proposal_pending:  # W9: only the answer ends the wait
        raise DomainError("proposal_awaits_answer", order_no=state.order_no)


def _check_claim(state: OrderState, actor: str) -> None:
    if state.claimed_by is not None and state.claimed_by != actor:
        raise DomainError("claim_held", order_no=state.order_no, owner=state.claimed_by)


def _start(state: OrderState, actor: str) -> OrderState:
    _transition(state, OrderAction.START, OS.REGISTERED)
    _check_complete(state)
    _check_claim(state, actor)
    return replace(state, status=OS.STARTED, claimed_by=actor)


def _wait(state: OrderState, _actor: str) -> OrderState:
    _transition(state, OrderAction.WAIT, OS.STARTED)
    return replace(state, status=OS.WAITING)


def _resume(state: OrderState, _actor: str) -> OrderState:
    _transition(state, OrderAction.RESUME, OS.WAITING)
    _check_no_pending(state)
    _check_complete(state)
    return replace(state, status=OS.STARTED)


def _complete(state: OrderState, _actor: str) -> OrderState:
    _transition(state, OrderAction.COMPLETE, OS.STARTED)
    _check_no_pending(state)
    if state.needs_documentation and state.doc_entries == 0:  # S5
        raise DomainError("documentation_required", order_no=state.order_no)
    return replace(state, status=OS.COMPLETED)


def _cancel(state: OrderState, _actor: str) -> OrderState:
    return replace(state, status=OS.CANCELLED, proposal_pending=False)  # W4: from any open status


def _check_priced(state: OrderState) -> None:
    if not state.priced:
        raise DomainError("cost_proposal_type", order_no=state.order_no, code=state.type_code)


def _propose(state: OrderState, actor: str) -> OrderState:
    _check_priced(state)
    if state.proposal_pending:
        raise DomainError("cost_proposal_pending", order_no=state.order_no)
    if state.status is OS.REGISTERED:  # pricing is work: the order is started first (W6)
        state = _start(state, actor)
    # Waiting for another reason (a part, say): it now waits for the answer as well.
    return replace(state, status=OS.WAITING, proposal_pending=True)


def _answered(state: OrderState) -> None:
    _check_priced(state)
    if not state.proposal_pending:
        raise DomainError("no_pending_proposal", order_no=state.order_no)


def _approve(state: OrderState, _actor: str) -> OrderState:
    _answered(state)
    _check_complete(state)  # approved → manufacture: the order is started again (W6)
    return replace(state, status=OS.STARTED, proposal_pending=False)


def _decline(state: OrderState, _actor: str) -> OrderState:
    _answered(state)
    return replace(state, status=OS.CANCELLED, proposal_pending=False)


def _claim(state: OrderState, actor: str) -> OrderState:
    if state.claimed_by is not None and state.claimed_by != actor:
        raise DomainError("claim_taken", order_no=state.order_no, owner=state.claimed_by)
    return replace(state, claimed_by=actor)


_STEPS = {
    OrderAction.START: _start,
    OrderAction.WAIT: _wait,
    OrderAction.RESUME: _resume,
    OrderAction.COMPLETE: _complete,
    OrderAction.CANCEL: _cancel,
    OrderAction.PROPOSE_COST: _propose,
    OrderAction.APPROVE: _approve,
    OrderAction.DECLINE: _decline,
    OrderAction.CLAIM: _claim,
}


# -- the import ------------------------------------------------------------------------------
_COLUMN = {OS.STARTED: "started", OS.COMPLETED: "completed", OS.CANCELLED: "cancelled",
           OS.REGISTERED: "started"}


def imported_status(state: OrderState | None, target: OrderStatus,
                    incomplete: tuple[str, ...]) -> OrderStatus:
    """The status an imported row gives an order, from what its times say (``target``).

    ``state`` is the stored order (None: the row registers a new one); ``incomplete`` what the
    order lacks once the row is applied. The portal's times tell what happened, but not every
    move is the portal's to make: a row that would bring an incomplete order to ``started``
    (W6), complete an order whose cost proposal waits for its answer (W9), reopen a
    completed or cancelled order, or take back a start (W1) raises a :class:`ValidationError`
    naming the column. An order waiting at the centre stays waiting when the row says started.
    """
    if state is None:
        if target is OS.STARTED and incomplete:
            raise ValidationError("incomplete", field="started", missing=list(incomplete))
        return target
    current = state.status
    if target is current or (current is OS.WAITING and target is OS.STARTED):
        return current
    if not current.is_open:
        field = _COLUMN[current] if target.is_open else _COLUMN[target]
        raise ValidationError("import_reopen", field=field, order_no=state.order_no,
                              current=current.value)
    if target is OS.REGISTERED:
        raise ValidationError("import_unstart", field="started", order_no=state.order_no,
                              current=current.value)
    if target is OS.STARTED and incomplete:
        raise ValidationError("incomplete", field="started", missing=list(incomplete))
    if target is OS.COMPLETED and state.proposal_pending:
        raise ValidationError("proposal_awaits_answer", field="completed",
                              order_no=state.order_no)
    return target
