"""The order's state machine (W1, W4, W6, W9, S5, claims): every refusal is one sentence."""

import contextlib
from dataclasses import replace

import pytest

from hmc_desktop.domain.errors import DomainError, IllegalTransition, ValidationError
from hmc_desktop.domain.order_flow import (
    OrderAction,
    OrderState,
    act,
    allowed_actions,
    imported_status,
)
from hmc_desktop.domain.types import OrderStatus

A = OrderAction
OS = OrderStatus
ME, OTHER = "tek1", "tek2"
REGISTERED = OrderState("K-1", "1", OS.REGISTERED)
PRICED = OrderState("K-7", "7", OS.REGISTERED, priced=True)
SUPPORT = OrderState("S-1", "SDH", OS.REGISTERED, needs_documentation=True)
INCOMPLETE = OrderState("C-5", "5", OS.REGISTERED, incomplete=("service_product", "payer_no"))


def run(state: OrderState, *actions: OrderAction, actor: str = ME) -> OrderState:
    for action in actions:
        state = act(state, action, actor)
    return state


def test_w1_start_wait_resume_complete():
    state = run(REGISTERED, A.START, A.WAIT, A.RESUME, A.COMPLETE)
    assert state.status is OS.COMPLETED and state.claimed_by == ME


def test_w1_waiting_is_entered_from_started_only():
    with pytest.raises(IllegalTransition) as err:
        act(REGISTERED, A.WAIT, ME)
    assert str(err.value) == "an order that is registered cannot be put on hold"
    assert err.value.message("sv") == "En arbetsorder som är registrerad kan inte sättas som vilande"


def test_w1_resume_only_a_waiting_order():
    with pytest.raises(IllegalTransition, match="registered cannot be resumed"):
        act(REGISTERED, A.RESUME, ME)
    with pytest.raises(IllegalTransition, match="started cannot be resumed"):
        run(REGISTERED, A.START, A.RESUME)


def test_w1_complete_only_a_started_order():
    with pytest.raises(IllegalTransition, match="registered cannot be completed"):
        act(REGISTERED, A.COMPLETE, ME)
    with pytest.raises(IllegalTransition, match="waiting cannot be completed"):
        run(REGISTERED, A.START, A.WAIT, A.COMPLETE)


@pytest.mark.parametrize("closed", [OS.COMPLETED, OS.CANCELLED])
def test_w1_a_closed_order_never_changes(closed):
    state = replace(REGISTERED, status=closed)
    assert allowed_actions(state, ME) == frozenset()
    with pytest.raises(DomainError) as err:
        act(state, A.START, ME)
    assert str(err.value) == f"order K-1 is {closed.value} and can no longer be changed"


@pytest.mark.parametrize("path", [(), (A.START,), (A.START, A.WAIT)])
def test_w4_cancel_from_any_open_status(path):
    assert run(REGISTERED, *path, A.CANCEL).status is OS.CANCELLED


def test_w6_an_incomplete_order_is_never_started_by_any_action():
    with pytest.raises(DomainError) as err:
        act(INCOMPLETE, A.START, ME)
    assert err.value.message("sv") == ("Arbetsordern är ofullständig och kan inte påbörjas: "
                                       "tjänsteprodukt, betalarnummer saknas")
    for action in OrderAction:  # nothing brings it to started
        with contextlib.suppress(DomainError):
            assert act(INCOMPLETE, action, ME).status is not OS.STARTED
    # an order that became incomplete while it waited is not resumed either
    waiting = replace(INCOMPLETE, status=OS.WAITING)
    with pytest.raises(DomainError, match="incomplete"):
        act(waiting, A.RESUME, ME)


def test_w9_only_the_answer_ends_the_wait():
    waiting = act(PRICED, A.PROPOSE_COST, ME)
    assert (waiting.status, waiting.proposal_pending) == (OS.WAITING, True)
    for refused in (A.RESUME, A.COMPLETE, A.PROPOSE_COST, A.WAIT, A.START):
        with pytest.raises(DomainError):
            act(waiting, refused, ME)
    with pytest.raises(DomainError) as err:
        act(waiting, A.RESUME, ME)
    assert "only the answer" in str(err.value)
    assert act(waiting, A.APPROVE, ME).status is OS.STARTED
    assert act(waiting, A.DECLINE, ME).status is OS.CANCELLED
    assert act(waiting, A.CANCEL, ME).proposal_pending is False  # W4 withdraws it


def test_w9_proposals_and_answers_belong_to_type_7():
    with pytest.raises(DomainError, match="only a type 7 order"):
        act(REGISTERED, A.PROPOSE_COST, ME)
    with pytest.raises(DomainError, match="has no cost proposal waiting"):
        run(PRICED, A.START, A.APPROVE)


def test_w9_pricing_a_registered_order_starts_it_first_so_w6_holds():
    lacking = replace(PRICED, incomplete=("attachment:special_adaptation_instruction",))
    with pytest.raises(DomainError, match="incomplete"):
        act(lacking, A.PROPOSE_COST, ME)


def test_s5_a_support_order_is_completed_only_with_documentation():
    started = act(SUPPORT, A.START, ME)
    with pytest.raises(DomainError) as err:
        act(started, A.COMPLETE, ME)
    assert err.value.message("sv") == ("Supportorder S-1 kan inte avslutas utan teknisk "
                                       "dokumentation; dokumentera först vad som gjordes")
    assert act(replace(started, doc_entries=1), A.COMPLETE, ME).status is OS.COMPLETED


def test_start_never_takes_over_another_persons_claim():
    taken = act(REGISTERED, A.CLAIM, OTHER)
    with pytest.raises(DomainError) as err:
        act(taken, A.START, ME)
    assert str(err.value) == ("order K-1 is taken by tek2; no one else can start it until tek2 "
                              "releases it")
    assert act(taken, A.START, OTHER).claimed_by == OTHER
    with pytest.raises(DomainError, match="already been taken by tek2"):
        act(taken, A.CLAIM, ME)


def test_allowed_actions_of_a_registered_order():
    assert allowed_actions(REGISTERED, ME) == {A.START, A.CANCEL, A.CLAIM}
    assert allowed_actions(INCOMPLETE, ME) == {A.CANCEL, A.CLAIM}


# -- the import ---------------------------------------------------------------------------
def test_import_cannot_start_an_incomplete_order():
    with pytest.raises(ValidationError) as err:
        imported_status(INCOMPLETE, OS.STARTED, INCOMPLETE.incomplete)
    assert err.value.field == "started"
    assert imported_status(INCOMPLETE, OS.STARTED, ()) is OS.STARTED  # the row completes it
    with pytest.raises(ValidationError):  # nor register a new order as started
        imported_status(None, OS.STARTED, ("payer_no",))


@pytest.mark.parametrize(("closed", "target", "field"), [
    (OS.COMPLETED, OS.STARTED, "completed"), (OS.COMPLETED, OS.CANCELLED, "cancelled"),
    (OS.CANCELLED, OS.REGISTERED, "cancelled"), (OS.CANCELLED, OS.COMPLETED, "completed")])
def test_import_never_reopens_a_closed_order(closed, target, field):
    with pytest.raises(ValidationError) as err:
        imported_status(replace(REGISTERED, status=closed), target, ())
    assert err.value.field == field
    assert f"is {closed.value} and stays so" in str(err.value)


def test_import_cannot_complete_an_order_waiting_for_the_cost_answer():
    waiting = act(PRICED, A.PROPOSE_COST, ME)
    with pytest.raises(ValidationError) as err:
        imported_status(waiting, OS.COMPLETED, ())
    assert err.value.field == "completed"
    assert imported_status(waiting, OS.STARTED, ()) is OS.WAITING  # still waits for the answer
    assert imported_status(waiting, OS.CANCELLED, ()) is OS.CANCELLED  # W4


def test_import_cannot_take_back_a_start():
    with pytest.raises(ValidationError, match="cannot make it registered again"):
        imported_status(act(REGISTERED, A.START, ME), OS.REGISTERED, ())
