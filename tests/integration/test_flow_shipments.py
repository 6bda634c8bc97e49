"""Spare-part shipments end to end (S3: partial and express deliveries close the order; W1, W10)."""

from dataclasses import replace

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import Holder
from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.shipments import ShipmentService
from hmc_desktop.services.orders.techdoc import TechDocService
from tests.integration.test_flow_data import NOW, add_order, audit, build_centre, outbox

INSTR = "Byt laddkabel och fodral enligt bifogad bild"


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_centre(ctx)
    add_order(ctx, "S-1", "SDH", "D-100")
    return ctx


def test_s3_partial_express_delivery_then_the_rest_closes_the_order(centre):
    ships = ShipmentService(centre)
    parts = ships.add_parts("S-1", [("R-4001", 2), ("R-4002", 1)])
    cable, _cover = (p.part_id for p in parts)
    first = ships.ship("S-1", {cable: 1}, express=True, instruction=INSTR,
                       performed_by="Brukaren själv")
    assert (first.delivery_no, first.partial, first.express, first.order_status) == (
        1, True, True, "started")  # shipping is work: the registered order is started
    [line] = first.lines
    assert (line.article_no, line.article_name, line.quantity, line.delivered_before,
            line.delivered_now, line.delivered_later) == ("R-4001", "Laddkabel USB-C", 2, 0, 1, 1)
    assert [(b.article_no, b.delivered_later) for b in first.backordered] == [("R-4002", 1)]
    assert first.recipient.name == "Åsa Öberg" and first.recipient.postal_code == "411 01"
    assert (first.shipped_by, first.order_no) == ("tester", "S-1")
    assert [(p.article_no, p.shipped, p.remaining) for p in ships.remaining("S-1")] == [
        ("R-4001", 1, 1), ("R-4002", 0, 1)]
    assert outbox(centre, "S-1") == []

    # S5: the last delivery would complete the support order, which needs its documentation
    with pytest.raises(DomainError, match="cannot be completed without technical documentation"):
        ships.ship("S-1")
    assert len(ships.shipments("S-1")) == 1  # refused: nothing of it was stored
    TechDocService(centre).add_entry("S-1", "step", "Kabeln glappar, fodralet sprucket")
    last = ships.ship("S-1")  # everything that remains, the first delivery's instruction
    assert (last.delivery_no, last.partial, last.instruction, last.express) == (2, True, INSTR, True)
    assert [(ln.article_no, ln.delivered_before, ln.delivered_now, ln.delivered_later)
            for ln in last.lines] == [("R-4001", 1, 1, 0), ("R-4002", 0, 1, 0)]
    assert last.order_status == "completed"
    assert [m[0] for m in outbox(centre, "S-1")] == ["completed"]
    trail = audit(centre, "S-1")
    assert ("complete", "status", "started", "completed", "tester") in trail
    assert [a[3].split(": ", 1)[1] for a in trail if a[0] == "ship"] == [
        "leverans 1: R-4001 x 1 (express)", "leverans 2: R-4001 x 1, R-4002 x 1 (express)"]
    again = ships.shipment(first.shipment_id)  # re-read later: the same note, the order now closed
    assert again == replace(first, order_status="completed")


def test_s3_shipping_more_than_remains_is_refused(centre):
    ships = ShipmentService(centre)
    [part] = ships.add_parts("S-1", [("R-4001", 2)])
    with pytest.raises(DomainError) as err:
        ships.ship("S-1", {part.part_id: 3}, instruction=INSTR, performed_by="Brukaren")
    assert str(err.value) == "3 × R-4001 cannot be shipped: only 2 remain to ship"
    assert err.value.message("sv") == "3 st R-4001 kan inte skickas: bara 2 st återstår att skicka"
    with pytest.raises(DomainError, match="part 999 is not a part of order S-1"):
        ships.ship("S-1", {999: 1}, instruction=INSTR, performed_by="Brukaren")
    assert ships.shipments("S-1") == []
    assert OrderService(centre).show("S-1").status == "registered"


def test_s3_a_shipment_needs_what_to_do_by_whom_and_a_recipient(centre):
    ships = ShipmentService(centre)
    with pytest.raises(DomainError, match="nothing left to ship"):
        ships.ship("S-1", instruction=INSTR, performed_by="Brukaren")
    ships.add_parts("S-1", [("R-4001", 1)])
    with pytest.raises(DomainError, match="say what the recipient is to do"):
        ships.ship("S-1", performed_by="Brukaren")
    with pytest.raises(DomainError, match="say who does the repair"):
        ships.ship("S-1", instruction=INSTR)
    with pytest.raises(NotFound, match="no article X-1"):
        ships.add_parts("S-1", [("X-1", 1)])
    with pytest.raises(DomainError, match="quantity of R-4001 must be at least 1"):
        ships.add_parts("S-1", [("R-4001", 0)])
    add_order(centre, "K-1", "5", None, payer_no="111")
    ships.add_parts("K-1", [("R-4001", 1)])
    with pytest.raises(DomainError, match="K-1 has no user to ship the parts to"):
        ships.ship("K-1", instruction=INSTR, performed_by="Brukaren")


def test_s3_the_recipient_is_a_snapshot_and_a_waiting_order_resumes_to_complete(centre):
    ships = ShipmentService(centre)
    ships.add_parts("S-1", [("R-4001", 1)])
    orders = OrderService(centre)
    orders.start("S-1")
    TechDocService(centre).add_entry("S-1", "step", "Laddkabeln trasig")  # S5
    orders.hold("S-1", "Väntar på reservdel")
    view = ships.ship("S-1", instruction=INSTR, performed_by="Brukaren")
    trail = audit(centre, "S-1")
    assert ("resume", "status", "waiting", "started", "tester") in trail
    assert ("complete", "status", "started", "completed", "tester") in trail
    with centre.db.transaction() as s:
        s.scalars(select(Holder)).one().street = "Nya vägen 9"
    assert ships.shipment(view.shipment_id).recipient.street == "Storgatan 1"
    with pytest.raises(DomainError, match="S-1 is completed and can no longer be changed"):
        ships.add_parts("S-1", [("R-4001", 1)])
