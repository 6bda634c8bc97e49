"""Order actions through the services on SQLite and PostgreSQL: W1, W4, W6, W8, W10, D2, roles."""

from datetime import date

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import AuditEntry, Message, Pickup, Staff
from hmc_desktop.domain.errors import DomainError, IllegalTransition, NotAllowed, NotFound
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.actions import CANCEL_UNREACHABLE, OrderService
from hmc_desktop.services.orders.pickups import PickupService

HEADER = ("order_no;type;registered;individual_no;article_no;article_name;orderer_name;"
          "orderer_unit;payer_no;service_product;user_name;user_address;description;"
          "attachments;attachment_kinds;technical_review\n")


@pytest.fixture
def seeded(make_ctx, tmp_path):
    f = tmp_path / "orders.csv"
    f.write_text(HEADER + "\n".join([
        "A-1;1;2026-11-23 09:00;7001;120601;Rollator;Eva Ek;Rehab Borås;111;;Åsa Öberg;Storgatan 1, 411 01 Göteborg;Broms;;;nej",
        "A-2;5;2026-11-23 09:00;;;;Eva Ek;Rehab Borås;;;;;Råd;;;nej",
        "A-3;2;2026-11-23 09:00;7002;181201;Säng;Eva Ek;Rehab Borås;111;;Per Holm;Ekvägen 2, 431 30 Mölndal;Översyn;;;ja",
    ]) + "\n", encoding="utf-8")
    ctx = make_ctx("2026-11-23 10:00")
    report = ImportService(ctx).import_file(str(f))
    assert report.rejected == 0 and report.new == 3
    return ctx


def audit(ctx, key):
    with ctx.db.reading() as s:
        return [(a.action, a.field, a.old, a.new, a.who) for a in
                s.scalars(select(AuditEntry).where(AuditEntry.entity_key == key).order_by(AuditEntry.id))]


def test_w1_start_wait_resume_complete_is_audited(seeded):
    orders = OrderService(seeded)
    assert orders.start("A-1").status == "started"
    assert orders.hold("A-1", "Väntar på reservdel").status == "waiting"
    assert orders.resume("A-1").status == "started"
    done = orders.complete("A-1")
    assert done.status == "completed" and done.completed is not None
    trail = audit(seeded, "A-1")
    assert ("start", "status", "registered", "started", "tester") in trail
    assert ("hold", "waiting_reason", "", "Väntar på reservdel", "tester") in trail
    assert ("complete", "status", "started", "completed", "tester") in trail


def test_w1_illegal_transition_is_refused_and_nothing_changes(seeded):
    orders = OrderService(seeded)
    with pytest.raises(IllegalTransition, match="registered cannot be completed"):
        orders.complete("A-1")
    assert orders.show("A-1").status == "registered"


def test_w6_incomplete_consultation_cannot_start(seeded):
    with pytest.raises(DomainError) as err:
        OrderService(seeded).start("A-2")
    assert "konsultationsunderlag" in err.value.message("sv")
    assert "service_product" in str(err.value)


def test_w4_cancel_needs_a_reason_and_messages_the_orderer(seeded):
    orders = OrderService(seeded)
    with pytest.raises(DomainError, match="reason is required"):
        orders.cancel("A-1", "  ")
    view = orders.cancel("A-1", CANCEL_UNREACHABLE)
    assert view.status == "cancelled" and view.cancel_reason == CANCEL_UNREACHABLE
    with seeded.db.reading() as s:
        msg = s.scalars(select(Message)).one()
    assert msg.kind == "cancelled" and CANCEL_UNREACHABLE in msg.body and "Eva Ek" in msg.body


def test_roles_warehouse_cannot_cancel(seeded, make_ctx):
    with seeded.db.transaction() as s:
        s.add(Staff(login="lager9", display_name="Lena Lager", role="warehouse"))
    warehouse = make_ctx("2026-11-23 10:00", login="lager9")
    with pytest.raises(NotAllowed) as err:
        OrderService(warehouse).cancel("A-1", "Fel arbetsordertyp")
    assert err.value.message("sv") == "Lena Lager (lager) får inte makulera arbetsordrar"


def test_unknown_login_gets_a_sentence_not_a_crash(seeded, make_ctx):
    stranger = make_ctx("2026-11-23 10:00", login="nobody")
    with pytest.raises(NotAllowed, match="'nobody' is not registered as staff"):
        OrderService(stranger).start("A-1")
    assert OrderService(stranger).show("A-1").status == "registered"  # reading still works


def test_w8_technical_review_contact(seeded):
    orders = OrderService(seeded)
    view = orders.show("A-3")
    assert view.to_json()["contact_by"] == "2026-12-07T16:00"
    assert view.to_json()["start_by"] is None
    assert orders.mark_contacted("A-3").contacted is not None


def test_d2_pickup_order_moves_the_device_and_is_audited(seeded):
    pickups = PickupService(seeded)
    assert pickups.default_date() == date(2026, 11, 24)
    pid = pickups.order_pickup("A-1")
    assert OrderService(seeded).show("A-1").device_status == "pickup_ordered"
    with seeded.db.reading() as s:
        assert s.get(Pickup, pid).pickup_date == date(2026, 11, 24)
    assert ("pickup", "status", "in_use", "pickup_ordered", "tester") in audit(seeded, "7001")
    with pytest.raises(IllegalTransition, match="pickup_ordered cannot become pickup_ordered"):
        pickups.order_pickup("A-1")


def test_pickup_refuses_orders_without_device_and_closed_days(seeded):
    with pytest.raises(DomainError, match="has no device"):
        PickupService(seeded).order_pickup("A-2")
    with pytest.raises(DomainError, match="2026-12-25 is not a working day"):
        PickupService(seeded).order_pickup("A-1", date(2026, 12, 25))
    with pytest.raises(NotFound):
        PickupService(seeded).order_pickup("NOPE")
