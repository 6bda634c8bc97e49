"""Cost proposals end to end (W9, W1, W4, W6, W10): the order waits for the orderer's answer."""

from decimal import Decimal

import pytest

from hmc_desktop.domain.errors import DomainError, NotAllowed
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.cost_proposals import CostProposalService
from tests.integration.test_flow_data import NOW, add_order, audit, build_centre, outbox

SAI = ("special_adaptation_instruction",)


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_centre(ctx)
    add_order(ctx, "K-7", "7", "D-200", attachments=SAI, description="Anpassad ram")
    return ctx


def test_w9_proposal_makes_the_order_wait_and_approval_resumes_it(centre):
    cp = CostProposalService(centre)
    view = cp.propose("K-7", Decimal("12345.5"), "Förstärkt ram med svetsad förlängning")
    assert (view.status, view.amount, view.order_status) == ("pending", Decimal("12345.50"),
                                                             "waiting")
    order = OrderService(centre).show("K-7")
    assert order.waiting_reason == "Väntar på godkänt kostnadsförslag" and order.started
    [(kind, subject, body)] = outbox(centre, "K-7")
    assert kind == "cost_proposal" and subject == "Kostnadsförslag för arbetsorder K-7"
    assert "Pris: 12 345,50 kr" in body and "Hej Eva Ek" in body
    with pytest.raises(DomainError, match="already has a cost proposal waiting"):
        cp.propose("K-7", Decimal(100), "igen")

    approved = cp.approve("K-7", "Eva Ek per telefon")
    assert (approved.status, approved.answered_by, approved.order_status) == (
        "approved", "Eva Ek per telefon", "started")
    assert OrderService(centre).show("K-7").waiting_reason == ""
    trail = audit(centre, "K-7")
    assert [a[:4] for a in trail if a[1] == "status"] == [
        ("start", "status", "registered", "started"), ("hold", "status", "started", "waiting"),
        ("resume", "status", "waiting", "started")]
    # W9: the answer is recorded with the amount it approved, who gave it, who recorded it, when
    assert ("cost_proposal", "proposal", f"{view.id}: pending",
            f"{view.id}: approved 12 345,50 kr (Eva Ek per telefon)", "tester") in trail
    assert (approved.approved_amount, approved.recorded_by) == (Decimal("12345.50"), "tester")
    assert approved.answered_at is not None
    with pytest.raises(DomainError, match="has no cost proposal waiting"):
        cp.approve("K-7", "Eva Ek")
    assert [p.status for p in cp.proposals("K-7")] == ["approved"]


def test_w9_declined_proposal_cancels_the_order_and_tells_the_orderer(centre, make_ctx):
    cp = CostProposalService(centre)
    cp.propose("K-7", Decimal("800"), "Ny styrbox")
    warehouse = make_ctx(NOW, login="lager1")
    with pytest.raises(NotAllowed, match="may not work on orders"):
        CostProposalService(warehouse).decline("K-7", "Eva Ek")
    view = cp.decline("K-7", "Eva Ek")
    assert (view.status, view.order_status) == ("declined", "cancelled")
    order = OrderService(centre).show("K-7")
    assert order.cancel_reason == "Kostnadsförslaget avböjdes"
    assert [m[0] for m in outbox(centre, "K-7")] == ["cost_proposal", "cancelled"]
    assert "Orsak: Kostnadsförslaget avböjdes" in outbox(centre, "K-7")[1][2]


def test_w9_only_type_7_complete_orders_get_a_proposal(centre):
    cp = CostProposalService(centre)
    add_order(centre, "U-1", "1", "D-200")
    with pytest.raises(DomainError) as err:
        cp.propose("U-1", Decimal(100), "x")
    assert err.value.message("sv") == (
        "Bara en arbetsorder av typ 7 (specialanpassning enligt kostnadsförslag) får ett "
        "kostnadsförslag; U-1 är typ 1")
    add_order(centre, "K-8", "7", "D-200")  # no special-adaptation instruction attached (W6)
    with pytest.raises(DomainError, match="incomplete and cannot be started"):
        cp.propose("K-8", Decimal(100), "x")
    with pytest.raises(DomainError, match="more than 0 kr"):
        cp.propose("K-7", Decimal(0), "x")
    with pytest.raises(DomainError, match="say who answered"):
        cp.approve("K-7", " ")
    assert OrderService(centre).show("K-8").status == "registered"
    assert outbox(centre, "K-8") == []
