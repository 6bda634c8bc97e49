"""The order's state machine through the services, on SQLite and PostgreSQL (W1, W4, W5, W6,
W9, S5, claims, roles): each test is a path that broke a rule before."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import CostProposal, Message, WorkOrder
from hmc_desktop.domain.errors import DomainError, IllegalTransition, NotAllowed
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.claims import ClaimService
from hmc_desktop.services.orders.cost_proposals import CostProposalService
from hmc_desktop.services.orders.flow_rules import OrderRulesService
from hmc_desktop.services.orders.techdoc import TechDocService
from tests.integration.test_flow_data import NOW, add_order, audit, build_centre, outbox

SAI = ("special_adaptation_instruction",)


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_centre(ctx)
    add_order(ctx, "R-1", "1", "D-200")
    add_order(ctx, "C-5", "5", None)  # a consultation lacking everything (W6)
    add_order(ctx, "K-7", "7", "D-300", attachments=SAI)
    add_order(ctx, "S-1", "SDH", "D-100")
    return ctx


def status(ctx, order_no):
    return OrderService(ctx).show(order_no).status


# -- W1 / W6 ------------------------------------------------------------------------------
def test_w1_wait_only_from_started_so_resume_cannot_start_an_incomplete_order(centre):
    """Before: F7 on a registered, incomplete order put it on hold and F8 made it 'started'."""
    orders = OrderService(centre)
    with pytest.raises(IllegalTransition) as err:
        orders.wait("C-5", "Väntar på underlag")
    assert err.value.message("sv") == "En arbetsorder som är registrerad kan inte sättas som vilande"
    with pytest.raises(IllegalTransition, match="registered cannot be resumed"):
        orders.resume("C-5")
    with pytest.raises(IllegalTransition, match="registered cannot be resumed"):
        orders.resume("R-1")  # before: resume started a registered order, without a start time
    assert (status(centre, "C-5"), status(centre, "R-1")) == ("registered", "registered")


def test_w6_completing_the_details_makes_the_order_startable(centre):
    orders = OrderService(centre)
    view = orders.show("C-5")
    assert view.incomplete == ["service_product", "payer_no", "attachment:consultation_basis"]
    view = orders.complete_details("C-5", view.version, service_product=" Konsultation ",
                                   payer_no="4711")
    assert (view.service_product, view.payer_no) == ("Konsultation", "4711")
    assert view.incomplete == ["attachment:consultation_basis"]
    TechDocService(centre).add_attachment("C-5", "underlag.pdf", b"%PDF-1.4",
                                          "consultation_basis")
    assert orders.start("C-5").status == "started"
    assert ("edit", "payer_no", "", "4711", "tester") in audit(centre, "C-5")


def test_w6_details_saved_over_another_workstations_change_are_refused(centre, make_ctx):
    orders, other = OrderService(centre), OrderService(make_ctx(NOW, login="tek1"))
    seen = orders.show("C-5").version
    other.complete_details("C-5", seen, service_product="Konsultation", payer_no="1")
    with pytest.raises(DomainError, match="was changed by tek1") as err:
        orders.complete_details("C-5", seen, service_product="Annat", payer_no="2")
    assert "ingenting sparades" in err.value.message("sv")
    assert orders.show("C-5").payer_no == "1"


# -- W9 ------------------------------------------------------------------------------------
def test_w9_only_the_answer_ends_the_wait(centre):
    """Before: F8 resumed an order waiting for its cost-proposal answer; the proposal was orphaned."""
    CostProposalService(centre).propose("K-7", Decimal(9800), "Förhöjd sits")
    orders = OrderService(centre)
    with pytest.raises(DomainError) as err:
        orders.resume("K-7")
    assert err.value.message("sv") == (
        "Arbetsorder K-7 väntar på beställarens svar på kostnadsförslaget; bara svaret "
        "(godkänt eller avböjt) avslutar väntan")
    with pytest.raises(IllegalTransition):
        orders.complete("K-7")
    assert status(centre, "K-7") == "waiting"
    [pending] = CostProposalService(centre).proposals("K-7")
    assert pending.status == "pending"


def test_w9_the_answer_names_the_amount_it_approves(centre):
    cp = CostProposalService(centre)
    cp.propose("K-7", Decimal(9800), "Förhöjd sits")
    with pytest.raises(DomainError, match="is for 9 800,00 kr, not 8 000,00 kr"):
        cp.approve("K-7", "Eva Ek", amount=Decimal(8000))
    view = cp.approve("K-7", "Eva Ek", amount=Decimal(9800))
    assert (view.approved_amount, view.answered_by, view.recorded_by) == (
        Decimal("9800.00"), "Eva Ek", "tester")
    with centre.db.reading() as s:
        row = s.scalars(select(CostProposal)).one()
        assert (row.approved_amount, row.recorded_by, row.answered_at is not None) == (
            Decimal("9800.00"), "tester", True)


def test_w4_cancelling_an_order_waiting_for_its_answer_withdraws_the_proposal(centre):
    cp = CostProposalService(centre)
    cp.propose("K-7", Decimal(9800), "Förhöjd sits")
    OrderService(centre).cancel("K-7", "Brukaren har flyttat")
    assert [p.status for p in cp.proposals("K-7")] == ["withdrawn"]
    assert ("cost_proposal", "proposal", "1: pending", "1: withdrawn", "tester") in audit(
        centre, "K-7")


# -- S5, who completed --------------------------------------------------------------------
def test_s5_a_support_order_needs_documentation_to_be_completed(centre):
    orders = OrderService(centre)
    orders.start("S-1")
    with pytest.raises(DomainError, match="cannot be completed without technical documentation"):
        orders.complete("S-1")
    TechDocService(centre).add_entry("S-1", "outcome", "Omstart löste det")
    assert orders.complete("S-1").status == "completed"


def test_the_order_records_who_completed_it(centre, make_ctx):
    OrderService(centre).start("R-1")  # tester is the handler
    done = OrderService(make_ctx(NOW, login="tek1")).complete("R-1")
    assert (done.assigned_to, done.completed_by) == ("tester", "tek1")
    with centre.db.reading() as s:
        assert s.scalar(select(WorkOrder.completed_by).where(WorkOrder.order_no == "R-1")) == "tek1"


# -- claims ----------------------------------------------------------------------------------
def test_start_does_not_take_over_another_technicians_claim(centre, make_ctx):
    ClaimService(make_ctx(NOW, login="tek1")).claim("R-1")
    with pytest.raises(DomainError) as err:
        OrderService(centre).start("R-1")
    assert str(err.value) == ("order R-1 is taken by tek1; no one else can start it until tek1 "
                              "releases it")
    view = OrderService(centre).show("R-1")
    assert (view.status, view.assigned_to) == ("registered", "tek1")


# -- roles ------------------------------------------------------------------------------------
def test_roles_customer_service_cancels_but_does_not_work_orders(centre, make_ctx):
    desk = make_ctx(NOW, login="kund1")
    with pytest.raises(NotAllowed, match="may not work on orders"):
        OrderService(desk).start("R-1")
    with pytest.raises(NotAllowed, match="may not work on orders"):
        CostProposalService(desk).propose("K-7", Decimal(1), "x")
    with pytest.raises(NotAllowed, match="may not work on orders"):
        ClaimService(desk).claim("R-1")
    assert OrderService(desk).cancel("R-1", "Fel arbetsordertyp").status == "cancelled"


# -- W4: the message the person read and edited -----------------------------------------------
def test_w4_cancel_queues_the_message_as_edited(centre):
    OrderService(centre).cancel("R-1", "Brukaren gick inte att nå",
                                message=("Makulerad R-1", "Hej Eva,\n\nVi nådde inte brukaren."))
    assert outbox(centre, "R-1") == [("cancelled", "Makulerad R-1",
                                      "Hej Eva,\n\nVi nådde inte brukaren.")]


# -- W5 --------------------------------------------------------------------------------------
def test_w5_the_delay_message_of_a_started_order_names_its_finish_deadline(make_ctx, centre):
    OrderService(centre).start("R-1")
    later = make_ctx("2026-12-04 15:00")  # finish by 7 Dec 16:00 is a working day away
    rules = OrderRulesService(later)
    subject, body = rules.draft_delay_message("R-1")
    assert "inte att bli klar inom ledtiden (senast 2026-12-07 16:00)" in body
    assert "2026-11-26" not in body  # before: it quoted the start deadline, long met
    with pytest.raises(DomainError, match="give the new date"):
        rules.send_delay_message("R-1", subject, body, None)
    with pytest.raises(DomainError, match="2026-12-04 is not after today"):
        rules.send_delay_message("R-1", subject, body, date(2026, 12, 4))
    msg = rules.send_delay_message("R-1", subject, body, date(2026, 12, 11))
    assert msg.expected_date == date(2026, 12, 11)
    assert "Ny beräknad klardag: 2026-12-11." in msg.body  # added when the text lacks it
    sent, expected = OrderService(later).show("R-1").delay_notice or (None, None)
    assert (sent is not None, expected) == (True, date(2026, 12, 11))
    with later.db.reading() as s:
        assert s.scalar(select(Message.expected_date).where(Message.kind == "at_risk")) == \
            date(2026, 12, 11)


# -- the import ---------------------------------------------------------------------------------
HEADER = "order_no;type;registered;individual_no;started;completed;cancelled;cancel_reason\n"


def reimport(ctx, tmp_path, *rows):
    f = tmp_path / "again.csv"
    f.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return ImportService(ctx).import_file(str(f))


def test_import_cannot_start_an_incomplete_order(centre, tmp_path):
    report = reimport(centre, tmp_path, "C-5;5;2026-11-23 09:00;;2026-11-23 11:00;;;")
    assert report.rejected_lines() == [
        f"{tmp_path / 'again.csv'}:2: started: the order is incomplete and cannot be started: "
        "service_product, payer_no, attachment:consultation_basis missing"]
    assert status(centre, "C-5") == "registered"


def test_import_never_reopens_a_closed_order(centre, tmp_path):
    OrderService(centre).cancel("R-1", "Fel arbetsordertyp")
    report = reimport(centre, tmp_path, "R-1;1;2026-11-23 09:00;D-200;;;;")
    assert [line.split(": ", 1)[1] for line in report.rejected_lines()] == [
        "cancelled: order R-1 is cancelled and stays so: a closed order is never reopened or "
        "changed to another outcome"]
    assert status(centre, "R-1") == "cancelled"


def test_import_cannot_skip_the_cost_proposal_answer(centre, tmp_path):
    CostProposalService(centre).propose("K-7", Decimal(500), "Ny dyna")
    report = reimport(centre, tmp_path, "K-7;7;2026-11-23 09:00;D-300;2026-11-23 10:00;"
                      "2026-11-23 15:00;;")
    assert [line.split(": ", 1)[1] for line in report.rejected_lines()] == [
        "completed: order K-7 waits for the orderer's answer to its cost proposal; only the "
        "answer (approved or declined) ends the wait"]
    assert status(centre, "K-7") == "waiting"
