"""Support for digital aids end to end (S1, S2, S3, S5, D2, W1, W5, W7, W10) on both databases."""

from datetime import date

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import Device, DocEntry, Pickup
from hmc_desktop.domain.errors import DomainError, IllegalTransition, NotAllowed
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.flow_rules import OrderRulesService
from hmc_desktop.services.orders.shipments import ShipmentService
from hmc_desktop.services.orders.support import SupportService
from tests.integration.test_flow_data import (
    NOW,
    add_order,
    audit,
    build_centre,
    device_state,
    outbox,
)


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_centre(ctx)
    add_order(ctx, "S-1", "SDH", "D-100", description="Talapparaten startar inte")
    add_order(ctx, "U-1", "1", "D-200")
    return ctx


def test_s2_s5_a_troubleshooting_step_starts_the_order_and_is_documented(centre):
    entry = SupportService(centre).record_step("S-1", "Bad brukaren ladda över natten", 15)
    assert (entry.kind, entry.minutes, entry.author) == ("step", 15, "tester")
    view = OrderService(centre).show("S-1")
    assert view.status == "started" and view.started is not None
    assert ("start", "status", "registered", "started", "tester") in audit(centre, "S-1")
    assert ("doc", "step", "", "Bad brukaren ladda över natten (15 min)", "tester") in audit(centre, "S-1")


def test_s2_solved_remotely_completes_the_order_and_tells_the_orderer(centre):
    out = SupportService(centre).solve_remotely("S-1", "Fabriksåterställd via videomöte")
    assert (out.outcome, out.order_status) == ("solved_remotely", "completed")
    assert out.entry.kind == "outcome" and "videomöte" in out.entry.text
    trail = audit(centre, "S-1")
    assert ("start", "status", "registered", "started", "tester") in trail
    assert ("complete", "status", "started", "completed", "tester") in trail
    [(kind, subject, body)] = outbox(centre, "S-1")
    assert kind == "completed" and "S-1" in subject and "Eva Ek" in body
    with pytest.raises(DomainError) as err:
        SupportService(centre).solve_remotely("S-1", "igen")
    assert err.value.message("sv") == "Arbetsorder S-1 är avslutad och kan inte längre ändras"


def test_s2_s3_spare_part_repair_starts_the_order_and_shipping_closes_it(centre):
    out = SupportService(centre).spare_part_repair(
        "S-1", [("R-4001", 1)], "Byt laddkabeln", "Brukaren med stöd av anhörig", express=True)
    assert (out.outcome, out.order_status) == ("spare_part", "started")
    assert [(p.article_no, p.quantity, p.remaining) for p in out.parts] == [("R-4001", 1, 1)]
    assert "Utförs av: Brukaren med stöd av anhörig" in out.entry.text
    shipment = ShipmentService(centre).ship("S-1")  # instruction, performer, express: the plan
    assert (shipment.instruction, shipment.performed_by, shipment.express) == (
        "Byt laddkabeln", "Brukaren med stöd av anhörig", True)
    assert shipment.order_status == "completed"
    assert [m[0] for m in outbox(centre, "S-1")] == ["completed"]


def test_s2_d2_replacement_device_and_pickup_in_one_action(centre):
    out = SupportService(centre).replace_device("S-1")
    assert out.replacement_individual_no == "D-101"  # same article first
    assert (out.order_status, out.pickup_date) == ("completed", date(2026, 11, 24))
    assert device_state(centre, "D-101") == ("in_use", "Åsa Öberg", "Hos brukare")
    assert device_state(centre, "D-100")[0] == "pickup_ordered"
    with centre.db.reading() as s:
        pickup = s.get(Pickup, out.pickup_id)
        assert (pickup.status, pickup.device.individual_no) == ("planned", "D-100")
        assert pickup.order.order_no == "S-1"
    new_trail = audit(centre, "D-101", "device")
    assert ("hand_out", "status", "in_stock", "in_use", "tester") in new_trail
    assert any(a[:2] == ("hand_out", "holder_id") and a[2] == "" for a in new_trail)
    assert ("pickup", "status", "in_use", "pickup_ordered", "tester") in audit(centre, "D-100")
    assert ("replace", "replacement", "D-100", "D-101", "tester") in audit(centre, "S-1", "order")
    assert [m[0] for m in outbox(centre, "S-1")] == ["completed"]


def test_s2_replacement_falls_back_to_an_equivalent_of_the_same_product_group(centre):
    assert [(c.individual_no, c.same_article) for c in SupportService(centre).candidates("S-1")] \
        == [("D-101", True), ("D-102", False)]
    out = SupportService(centre).replace_device("S-1", "D-102")
    assert out.replacement_individual_no == "D-102"
    assert device_state(centre, "D-102")[0] == "in_use"


def test_s2_replacement_refusals_leave_everything_as_it_was(centre):
    support = SupportService(centre)
    with pytest.raises(DomainError) as err:
        support.replace_device("S-1", "D-200")
    assert "D-200 är utlånad; bara ett hjälpmedel i lager kan lämnas ut" in err.value.message("sv")
    with pytest.raises(DomainError) as err:
        support.replace_device("S-1", "D-201")  # a rollator for a speech device
    assert "varken samma artikel eller samma produktgrupp" in err.value.message("sv")
    with pytest.raises(DomainError, match="2026-12-25 is not a working day"):
        support.replace_device("S-1", pickup_date=date(2026, 12, 25))
    with centre.db.transaction() as s:  # nothing of the article or its group left in stock
        for d in s.scalars(select(Device).where(Device.individual_no.in_(["D-101", "D-102"]))):
            d.status = "scrapped"
    with pytest.raises(DomainError, match="no device of article 222101 or of product group "
                                          "'Kommunikation' is in stock"):
        support.replace_device("S-1")
    assert device_state(centre, "D-100") == ("in_use", "Åsa Öberg", "Hos brukare")
    assert device_state(centre, "D-201")[0] == "in_stock"
    assert OrderService(centre).show("S-1").status == "registered"
    with centre.db.reading() as s:
        assert s.scalar(select(Pickup.id)) is None


def test_s1_only_support_orders_follow_the_support_process(centre):
    with pytest.raises(DomainError) as err:
        SupportService(centre).record_step("U-1", "x")
    assert err.value.message("sv") == (
        "Bara en supportorder (typ SDH) följer supportprocessen; U-1 är typ 1")
    with pytest.raises(DomainError, match="needs a text"):
        SupportService(centre).record_step("S-1", "  ")


def test_roles_an_unknown_login_cannot_act_and_nothing_changes(centre, make_ctx):
    stranger = make_ctx(NOW, login="nobody")
    with pytest.raises(NotAllowed, match="not registered as staff"):
        SupportService(stranger).replace_device("S-1")
    assert device_state(centre, "D-101")[0] == "in_stock"
    with centre.db.reading() as s:
        assert s.scalar(select(DocEntry.id)) is None


def test_w7_acute_orders_need_a_prescriber_unless_home_medical_treatment(centre):
    add_order(centre, "A-1", "3", "D-200")
    rules = OrderRulesService(centre)
    with pytest.raises(DomainError) as err:
        rules.record_orderer("A-1", "patient", "Åsa Öberg")
    assert err.value.message("sv").startswith(
        "En arbetsorder av typ 3 måste beställas av en förskrivare, inte av patienten")
    rec = rules.record_orderer("A-1", "patient", "Åsa Öberg", home_medical_treatment=True)
    assert rec.home_medical_treatment
    assert ("orderer", "w7_exception", "", "medicinsk behandling i hemmet", "tester") in audit(
        centre, "A-1")
    assert rules.record_orderer("U-1", "relative", "Per Öberg").kind == "relative"
    assert ("orderer", "ordered_by_role", "prescriber", "relative", "tester") in audit(centre, "U-1")
    with pytest.raises(DomainError, match="unknown kind of orderer"):
        rules.record_orderer("U-1", "neighbour", "x")


def test_w5_delay_message_is_drafted_and_put_in_the_outbox(centre):
    rules = OrderRulesService(centre)
    subject, body = rules.draft_delay_message("U-1", date(2026, 12, 4))
    assert subject == "Arbetsorder U-1 försenas" and "2026-11-26 16:00" in body
    assert "inte att kunna påbörjas" in body  # a registered order: its start is at risk
    assert "Ny beräknad klardag: 2026-12-04." in body
    msg = rules.send_delay_message("U-1", subject, body + "\nVi ringer dig.", date(2026, 12, 4))
    assert (msg.kind, msg.created_by, msg.expected_date) == ("at_risk", "tester", date(2026, 12, 4))
    assert outbox(centre, "U-1") == [("at_risk", subject, body + "\nVi ringer dig.")]
    with pytest.raises(IllegalTransition):
        OrderService(centre).complete("U-1")  # registered: the message changed nothing else
