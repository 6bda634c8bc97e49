"""Snabbservice end to end: slots 09–14 on working days (C1), no double booking, the repair as a
type-1 quick-service order (W1, W3, C2, W10)."""

from datetime import date

import pytest

from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.quick_service import QuickServiceService
from tests.integration.test_flow_data import NOW, audit, build_centre, local

MONDAY = date(2026, 11, 23)


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(NOW)
    build_centre(ctx)
    return ctx


def test_slots_are_offered_on_working_days_09_to_14(centre):
    qs = QuickServiceService(centre)
    tuesday = qs.free_slots(date(2026, 11, 24))
    assert [s.strftime("%H:%M") for s in tuesday] == [
        "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "13:00", "13:30"]
    assert qs.free_slots(MONDAY)[0].strftime("%H:%M") == "10:00"  # 09:00 and 09:30 have passed
    assert qs.free_slots(date(2026, 11, 28)) == []  # Saturday
    assert qs.free_slots(date(2026, 12, 24)) == []  # julafton (C1 de facto holiday)


def test_booking_refuses_closed_days_odd_times_and_missing_customer(centre):
    qs = QuickServiceService(centre)
    with pytest.raises(DomainError, match="2026-12-25 is not a working day"):
        qs.book(local("2026-12-25 10:00"), "Per Holm", "070-1")
    for t in ("2026-11-24 08:30", "2026-11-24 14:00", "2026-11-24 09:15"):
        with pytest.raises(DomainError) as err:
            qs.book(local(t), "Per Holm", "070-1")
        assert err.value.message("sv").startswith("Snabbservice bokas 09:00–14:00 i pass om 30")
    with pytest.raises(DomainError, match="2026-11-23 09:30 has already passed"):
        qs.book(local("2026-11-23 09:30"), "Per Holm", "070-1")
    with pytest.raises(DomainError, match="customer's name and phone"):
        qs.book(local("2026-11-24 10:00"), "Per Holm", " ")
    with pytest.raises(NotFound, match="no device X-9"):
        qs.book(local("2026-11-24 10:00"), "Per Holm", "070-1", "X-9")


def test_a_double_booking_from_two_workstations_fails_cleanly(centre, make_ctx, monkeypatch):
    first, second = QuickServiceService(centre), QuickServiceService(make_ctx(NOW, login="kund1"))
    slot = first.book(local("2026-11-24 10:00"), "Per Holm", "070-111 22 33", "D-200", "Broms")
    assert (slot.status, slot.booked_by, slot.minutes) == ("booked", "tester", 30)
    with pytest.raises(DomainError) as err:
        second.book(local("2026-11-24 10:00"), "Lisa Berg", "070-2")
    assert err.value.message("sv") == "Snabbservicetiden 2026-11-24 10:00 är redan bokad"
    # the race: both looked before either inserted; the unique constraint decides
    monkeypatch.setattr(QuickServiceService, "_existing", staticmethod(lambda s, t: None))
    with pytest.raises(DomainError, match="2026-11-24 10:00 is already booked"):
        second.book(local("2026-11-24 10:00"), "Lisa Berg", "070-2")
    assert [s.customer_name for s in first.day_plan(date(2026, 11, 24))] == ["Per Holm"]


def test_a_cancelled_time_can_be_booked_again(centre):
    qs = QuickServiceService(centre)
    slot = qs.book(local("2026-11-24 11:00"), "Per Holm", "070-1")
    assert qs.cancel(slot.slot_id).status == "cancelled"
    assert local("2026-11-24 11:00") in qs.free_slots(date(2026, 11, 24))
    again = qs.book(local("2026-11-24 11:00"), "Lisa Berg", "070-2")
    assert (again.status, again.customer_name) == ("booked", "Lisa Berg")
    trail = audit(centre, str(slot.slot_id), "quick_service")
    assert ("cancel", "customer", "2026-11-24 11:00 Per Holm 070-1", "", "tester") in trail
    assert [a[0] for a in trail] == ["book", "cancel", "cancel", "book"]


def test_the_repair_is_a_type_1_quick_service_order(centre):
    qs = QuickServiceService(centre)
    slot = qs.book(local("2026-11-24 10:00"), "Per Holm", "070-1", "D-200", "Bromsen tar dåligt")
    done = qs.register_repair(slot.slot_id)
    assert (done.status, done.order_no) == ("done", f"SS{slot.slot_id:06d}")
    view = OrderService(centre).show(done.order_no)
    assert (view.type, view.quick_service, view.mailbox, view.billing, view.status) == (
        "1", True, "Underhåll", "included", "registered")
    assert view.individual_no == "D-200" and view.description == "Bromsen tar dåligt"
    assert view.to_json()["start_by"] == "2026-11-26T16:00"  # C2: as any type-1 order
    assert ("register", "created", "", f"registered (snabbservice {slot.slot_id})", "tester") in \
        audit(centre, done.order_no)
    with pytest.raises(DomainError, match=f"already has order {done.order_no}"):
        qs.register_repair(slot.slot_id)
    with pytest.raises(DomainError, match="already has order"):
        qs.cancel(slot.slot_id)
    no_device = qs.book(local("2026-11-24 10:30"), "Lisa Berg", "070-2")
    with pytest.raises(DomainError, match="type 1 needs an individual number"):
        qs.register_repair(no_device.slot_id)
