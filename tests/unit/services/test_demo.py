"""Demo data that fits together (CONTRACT `demo`: realistic): what a technician would notice."""

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import Article, Device, Pickup, RecallOrder, WorkOrder
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.demo import data as V
from hmc_desktop.services.demo.demo import PICKUP_WITHIN, generate_demo
from hmc_desktop.services.printing.printing import PrintService

AS_OF = "2026-11-24 10:00"  # a Tuesday


@pytest.fixture
def demo(make_ctx: Callable[..., ServiceContext]) -> ServiceContext:
    ctx = make_ctx(AS_OF)
    generate_demo(ctx, 1500, 800, seed=5)
    return ctx


def test_d2_every_device_with_its_pickup_ordered_has_a_pickup_in_the_next_working_days(demo):
    cal, today = demo.calendar, date(2026, 11, 24)
    window = [cal.add_working_days(today, n) for n in range(1, PICKUP_WITHIN + 1)]
    with demo.db.reading() as s:
        waiting = set(s.scalars(select(Device.id).where(Device.status == "pickup_ordered")))
        pickups = s.scalars(select(Pickup)).unique().all()
    assert waiting, "the demo has devices whose pickup is ordered"
    assert {p.device_id for p in pickups} == waiting
    assert all(p.status == "planned" and p.pickup_date in window and p.reason for p in pickups)
    # Utskrifter: the warehouse's list for the next working day is not empty
    assert PrintService(demo).pickups_due(window[0])


def test_s1_support_orders_are_only_on_digital_aids(demo):
    with demo.db.reading() as s:
        digital = s.execute(select(Article.digital).join(Device, Device.article_id == Article.id)
                            .join(WorkOrder, WorkOrder.device_id == Device.id)
                            .where(WorkOrder.type_code == "SDH")).scalars().all()
    assert digital and all(digital)


def test_a_fault_description_fits_the_devices_product_group(demo):
    with demo.db.reading() as s:
        rows = s.execute(select(WorkOrder.type_code, WorkOrder.description, Article.product_group)
                         .join(Device, WorkOrder.device_id == Device.id)
                         .join(Article, Device.article_id == Article.id)
                         # a recall's orders say what the campaign asks (R4), not a fault
                         .where(WorkOrder.id.not_in(select(RecallOrder.order_id)))).all()
    assert len({group for _c, _d, group in rows}) > 8
    for code, text, group in rows:
        assert text in V.descriptions(code, group), (code, text, group)
    beds = {text for code, text, group in rows if group == "Sängar"}
    assert not beds & {"Punktering bakhjul", "Batteriet laddar inte", "Talapparaten startar inte"}
    assert {group for code, _t, group in rows if code == "10"} <= {"Sängar"}  # flytt av säng


def test_d2_devices_without_a_user_are_where_their_status_says(demo):
    with demo.db.reading() as s:
        places = s.execute(select(Device.status, Device.location, Device.holder_id)).all()
    in_stock = {loc for status, loc, _h in places if status == "in_stock"}
    assert in_stock and all(loc.startswith("Lager") for loc in in_stock)
    for status, location, holder in places:
        if status in ("in_use", "pickup_ordered"):
            assert holder is not None and location == "Hos brukare"
        else:
            assert holder is None and location != "Hos brukare", (status, location)
