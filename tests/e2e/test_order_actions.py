"""`order start|wait|resume|complete|cancel|propose-cost|answer` (CONTRACT) in fresh processes.

Each command is the installed ``hmc-desktop`` run as an IT script runs it, on SQLite and on
PostgreSQL: it prints ``ORDER_NO: STATUS``; a rule (W1, W4, W6, W9, S5) or a role that refuses
exits 1 with one sentence and changes nothing; an unknown order exits 1; bad usage exits 2.
The orders are put in place by the test process (the services, as the window would), so
that every command under test runs in a process of its own.
"""

import json

import pytest

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.claims import ClaimService
from hmc_desktop.services.orders.cost_proposals import CostProposalService
from hmc_desktop.services.orders.techdoc import TechDocService
from tests.conftest import TEST_LOGIN
from tests.integration.test_flow_data import add_order, build_centre

SAI = ("special_adaptation_instruction",)


@pytest.fixture
def centre(db_url):
    """B-1 (type 1), C-5 (an incomplete consultation), K-7 and K-8 (type 7, cost proposals),
    S-1 (support) — all registered; staff: tek1, sup1, kund1 and lager1 besides 'tester'."""
    ctx = ServiceContext(Database(db_url), Clock.parse("2026-11-23 10:00"), login=TEST_LOGIN)
    ctx.reload()
    build_centre(ctx)
    add_order(ctx, "B-1", "1", "D-200", payer_no="111")
    add_order(ctx, "C-5", "5", None)
    add_order(ctx, "K-7", "7", "D-300", attachments=SAI, description="Förhöjd sits")
    add_order(ctx, "K-8", "7", "D-201", attachments=SAI, description="Ny ram")
    add_order(ctx, "S-1", "SDH", "D-100")
    yield ctx
    ctx.db.dispose()


def shown(hmc, order_no):
    run = hmc("order", "show", order_no, "--json")
    assert run.code == 0, run.err
    return json.loads(run.out)


def ok(run, line):
    assert (run.code, run.out, run.err) == (0, line + "\n", "")


def refused(run, sentence):
    """Exit 1 and exactly one sentence on stderr."""
    assert run.code == 1 and run.out == ""
    assert run.err == f"error: {sentence}\n"


def test_w1_start_wait_resume_complete(hmc, centre):
    ok(hmc("order", "start", "B-1"), "B-1: started")
    ok(hmc("order", "wait", "B-1", "--reason", "Väntar på reservdel"), "B-1: waiting")
    ok(hmc("order", "resume", "B-1"), "B-1: started")
    ok(hmc("order", "complete", "B-1", login="tek1"), "B-1: completed")
    order = shown(hmc, "B-1")
    assert (order["status"], order["started"], order["completed"]) == (
        "completed", "2026-11-24T10:00", "2026-11-24T10:00")
    refused(hmc("order", "start", "B-1"), "order B-1 is completed and can no longer be changed")


def test_w1_w6_refusals_change_nothing(hmc, centre):
    refused(hmc("order", "wait", "C-5", "--reason", "Väntar på underlag"),
            "an order that is registered cannot be put on hold")
    refused(hmc("order", "resume", "C-5"), "an order that is registered cannot be resumed")
    refused(hmc("order", "start", "C-5"), "the order is incomplete and cannot be started: "
            "service_product, payer_no, attachment:consultation_basis missing")
    refused(hmc("order", "complete", "B-1"), "an order that is registered cannot be completed")
    assert shown(hmc, "C-5")["status"] == "registered"
    assert shown(hmc, "B-1")["status"] == "registered"
    refused(hmc("order", "start", "NOPE-1"), "no order NOPE-1")


def test_w9_only_the_answer_ends_the_cost_proposal_wait(hmc, centre):
    ok(hmc("order", "propose-cost", "K-7", "--amount", "12 345,50"), "K-7: waiting")
    refused(hmc("order", "resume", "K-7"), "order K-7 waits for the orderer's answer to its cost "
            "proposal; only the answer (approved or declined) ends the wait")
    ok(hmc("order", "answer", "K-7", "--approve", "--by", "Eva Ek per telefon"), "K-7: started")
    refused(hmc("order", "answer", "K-7", "--approve"),
            "order K-7 has no cost proposal waiting for an answer")
    ok(hmc("order", "propose-cost", "K-8", "--amount", "800"), "K-8: waiting")
    ok(hmc("order", "answer", "K-8", "--decline"), "K-8: cancelled")  # by the orderer, Eva Ek
    refused(hmc("order", "propose-cost", "B-1", "--amount", "100"),
            "only a type 7 order (special adaptation per cost proposal) gets a cost proposal; "
            "B-1 is type 1")
    proposals = CostProposalService(centre)
    answers = [(str(p.amount), p.status, p.answered_by)
               for order_no in ("K-7", "K-8") for p in proposals.proposals(order_no)]
    assert answers == [
        ("12345.50", "approved", "Eva Ek per telefon"), ("800.00", "declined", "Eva Ek")]


def test_w4_cancel_needs_a_reason_and_s5_documentation(hmc, centre):
    ok(hmc("order", "cancel", "B-1", "--reason", "Fel arbetsordertyp", login="kund1"),
       "B-1: cancelled")
    assert shown(hmc, "B-1")["cancel_reason"] == "Fel arbetsordertyp"
    refused(hmc("order", "cancel", "K-7", "--reason", "  "), "a reason is required")
    ok(hmc("order", "start", "S-1", login="sup1"), "S-1: started")
    refused(hmc("order", "complete", "S-1", login="sup1"), "support order S-1 cannot be completed "
            "without technical documentation; document what was done first")
    TechDocService(centre).add_entry("S-1", "outcome", "Omstart löste problemet")
    ok(hmc("order", "complete", "S-1", login="sup1"), "S-1: completed")


def test_roles_and_claims(hmc, centre):
    refused(hmc("order", "start", "B-1", login="lager1"),
            "Lena Lager (warehouse) may not work on orders")
    refused(hmc("order", "cancel", "B-1", "--reason", "x", login="lager1"),
            "Lena Lager (warehouse) may not cancel orders")
    refused(hmc("order", "start", "B-1", login="kund1"),
            "Anders Kundtjänst (customer_service) may not work on orders")
    ok(hmc("order", "start", "K-7", login="tek1"), "K-7: started")
    ClaimService(centre).claim("B-1")  # 'tester' takes it at the other workstation
    refused(hmc("order", "start", "B-1", login="tek1"),
            "order B-1 is taken by tester; no one else can start it until tester releases it")
    assert shown(hmc, "B-1")["status"] == "registered"


@pytest.mark.parametrize("argv", [
    ("order", "wait", "B-1"),  # no --reason
    ("order", "answer", "K-7"),  # neither --approve nor --decline
    ("order", "answer", "K-7", "--approve", "--decline"),
    ("order", "propose-cost", "K-7", "--amount", "mycket"),
    ("order", "start"),
])
def test_bad_usage_exits_2(hmc, centre, argv):
    run = hmc(*argv)
    assert run.code == 2 and run.err.startswith("error: ") and "shows the usage" in run.err
    assert len(run.err.strip().splitlines()) == 1  # one sentence
    assert shown(hmc, "K-7")["status"] == "registered"
