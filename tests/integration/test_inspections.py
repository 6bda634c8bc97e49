"""Periodic inspection on both databases: the due list (PM2, PM3), recording with the
corrective order (PM4), the D2 block of an overdue or failed device, plans (PM1)."""

from datetime import date

import pytest
from sqlalchemy import select

from hmc_desktop.db.models import Device, Inspection, WorkOrder
from hmc_desktop.domain.errors import DomainError, NotAllowed, ValidationError
from hmc_desktop.domain.inspection import StepResult
from hmc_desktop.services.core.blocking import BlockService
from hmc_desktop.services.devices.device_card import DeviceCardService, HistoryKind
from hmc_desktop.services.inspections.due import DueFilter, DueListService
from hmc_desktop.services.inspections.plans import InspectionPlanService
from hmc_desktop.services.inspections.recording import InspectionService
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.support import SupportService
from tests.integration.inspection_centre import TODAY, build_inspection_centre
from tests.integration.test_flow_data import add_order, audit, device_state


@pytest.fixture
def centre(make_ctx):
    ctx = make_ctx(TODAY)
    build_inspection_centre(ctx)
    return ctx


def due(ctx, until="2027-03-01"):
    return [(r.individual_no, r.due.isoformat(), r.notice_by.isoformat())
            for r in DueListService(ctx).due(date.fromisoformat(until))]


def test_pm2_pm3_the_due_list_is_by_due_day_with_the_last_day_to_send_the_notice(centre):
    assert due(centre) == [
        ("L-101", "2025-01-31", "2025-01-17"),  # overdue, in stock
        ("L-100", "2026-11-30", "2026-11-16"),  # never inspected: delivery + 12 months
        ("L-200", "2026-12-01", "2026-11-17"),
        ("B-100", "2027-01-31", "2027-01-18"),  # a Sunday: counted back from the Friday
        ("S-100", "2027-02-28", "2027-02-15"),  # 31 August + 6 months: February's last day
    ]  # the scrapped lift (L-102) and the rollators, without a plan, are not listed (PM1)
    assert due(centre, "2026-11-30") == due(centre)[:2]  # "by then", the day itself included
    rows = {r.individual_no: r for r in DueListService(centre).due(date(2027, 3, 1))}
    assert rows["L-101"].to_json() == {
        "individual_no": "L-101", "article_no": "121206", "device_status": "in_stock",
        "holder_name": None, "last_inspected": None, "due": "2025-01-31",
        "notice_by": "2025-01-17"}
    assert rows["L-100"].overdue is False and rows["L-101"].overdue is True


def test_pm2_the_view_filters_by_month_group_postal_area_and_state(centre):
    service = DueListService(centre)

    def numbers(**kw):
        flt = DueFilter(until=date(2027, 2, 28), **kw)
        return [r.individual_no for r in service.page(flt).rows]

    december = DueFilter(until=date(2026, 12, 31), since=date(2026, 12, 1))
    assert [r.individual_no for r in service.page(december).rows] == ["L-101", "L-200"]  # overdue too
    assert numbers(product_group="Sängar") == ["B-100"]
    assert numbers(postal_area="503") == ["L-200"]
    assert numbers(state="overdue") == ["L-101"]
    assert numbers(state="at_centre") == ["L-101"]
    assert numbers(state="not_booked") == ["L-100", "L-200", "B-100", "S-100"]
    page = service.page(DueFilter(until=date(2027, 2, 28)), offset=1, limit=2)
    assert ([r.individual_no for r in page.rows], page.total) == (["L-100", "L-200"], 5)
    assert service.product_groups() == ["Lyftar", "Lyftselar", "Sängar"]


def test_pm4_an_ok_inspection_moves_the_due_day_and_is_audited(centre):
    view = InspectionService(centre).record(
        "L-100", steps=[StepResult(n, "ok") for n in InspectionService(centre).form("L-100").steps])
    assert (view.result, view.next_due, view.order_no) == ("ok", date(2027, 11, 24), None)
    assert view.due == date(2026, 11, 30)  # the due day it answered (PM6: in time)
    assert "L-100" not in [n for n, *_ in due(centre)]
    assert ("inspect", "last_inspected", "", "2026-11-24", "tester") in audit(centre, "L-100")
    card = DeviceCardService(centre).card("L-100")
    assert card.inspection is not None
    assert (card.inspection.last_inspected, card.inspection.due) == (date(2026, 11, 24),
                                                                     date(2027, 11, 24))
    [item] = [h for h in card.history if h.kind is HistoryKind.INSPECTION]
    assert item.title() == "Besiktning 2026-11-24: godkänd"


def test_pm4_a_step_not_ok_creates_the_corrective_order_at_the_users(centre):
    steps = [StepResult(n, "ok") for n in InspectionService(centre).form("L-100").steps]
    steps[1] = StepResult(steps[1].name, "not_ok", "Selkroken sliten")
    view = InspectionService(centre).record("L-100", steps=steps, note="Brukaren informerad")
    assert view.result == "not_ok" and view.order_no is not None
    order = OrderService(centre).show(view.order_no)
    assert (order.type, order.status, order.individual_no) == ("2", "registered", "L-100")
    assert "Selkroken sliten" in order.description
    with centre.db.reading() as s:
        linked = s.scalar(select(WorkOrder.order_no).join(Inspection, Inspection.order_id ==
                                                          WorkOrder.id))
    assert linked == view.order_no
    card = DeviceCardService(centre).card("L-100")
    [item] = [h for h in card.history if h.kind is HistoryKind.INSPECTION]
    assert item.order_no == view.order_no  # the card leads to the corrective order


def test_d2_pm2_an_overdue_device_in_stock_is_handed_out_by_no_path_until_inspected(centre):
    add_order(centre, "S-9", "SDH", "L-100", registered="2026-11-24 09:00")
    support = SupportService(centre)
    assert "L-101" not in [c.individual_no for c in support.candidates("S-9")]
    with pytest.raises(DomainError) as err:
        support.replace_device("S-9", "L-101")
    assert "besiktningen skulle ha gjorts senast 2025-01-31" in err.value.message("sv")
    assert device_state(centre, "L-101")[0] == "in_stock"  # nothing of the action happened
    assert [b.kind.value for b in BlockService(centre).blocks("L-101")] == ["inspection"]
    InspectionService(centre).record("L-101", result="ok")  # recording ends the block
    assert BlockService(centre).blocks("L-101") == []
    assert support.replace_device("S-9", "L-101").replacement_individual_no == "L-101"


def test_d2_pm4_a_failed_device_in_stock_waits_for_its_corrective_order(centre):
    add_order(centre, "S-9", "SDH", "L-100", registered="2026-11-24 09:00")
    view = InspectionService(centre).record("L-101", result="not_ok", note="Bygeln sprucken")
    order = OrderService(centre).show(view.order_no)
    assert order.type == "1"  # at the centre: the device is in stock
    with pytest.raises(DomainError) as err:
        SupportService(centre).replace_device("S-9", "L-101")
    assert f"arbetsordern {view.order_no} är avslutad" in err.value.message("sv")
    assert "L-101" not in [c.individual_no for c in SupportService(centre).candidates("S-9")]
    with centre.db.transaction() as s:  # the repair is done
        s.scalars(select(WorkOrder).where(WorkOrder.order_no == view.order_no)).one().status = \
            "completed"
    assert SupportService(centre).replace_device("S-9", "L-101").replacement_individual_no == "L-101"


def test_pm4_what_cannot_be_inspected_or_recorded_is_refused_and_changes_nothing(centre, make_ctx):
    service = InspectionService(centre)
    with pytest.raises(DomainError, match="scrapped"):
        service.record("L-102", result="ok")
    with pytest.raises(DomainError, match="not inspected"):
        service.record("D-200", result="ok")  # a rollator: no plan
    with pytest.raises(ValidationError):
        service.record("L-100", result="ok", day=date(2026, 11, 25))
    with pytest.raises(NotAllowed):  # warehouse staff do not inspect
        InspectionService(make_ctx(TODAY, login="lager1")).record("L-100", result="ok")
    with pytest.raises(ValidationError):  # a step not OK needs a note
        service.record("L-100", steps=[StepResult(n, "not_ok") for n in
                                       service.form("L-100").steps])
    service.record("L-100", result="ok", day=date(2026, 11, 20))
    with pytest.raises(DomainError, match="last inspected on 2026-11-20"):
        service.record("L-100", result="ok", day=date(2026, 11, 19))
    with centre.db.reading() as s:
        assert s.scalar(select(Inspection.id).where(Inspection.result == "not_ok")) is None
        assert s.scalar(select(WorkOrder.id).where(WorkOrder.source == "inspection")) is None


def test_pm1_an_administrator_changes_a_plan_and_the_due_days_follow(centre, make_ctx):
    plans = InspectionPlanService(centre)
    lifts = next(p for p in plans.plans() if p.product_group == "Lyftar")
    assert (lifts.interval_months, lifts.devices) == (12, 3)
    with pytest.raises(NotAllowed):
        InspectionPlanService(make_ctx(TODAY, login="tek1")).save_plan(
            lifts.plan_id, interval_months=6, steps=lifts.steps)
    plans.save_plan(lifts.plan_id, interval_months=6, steps=[*lifts.steps, "Ny kontroll"])
    assert due(centre, "2026-06-30") == [("L-101", "2024-07-31", "2024-07-17"),
                                         ("L-100", "2026-05-30", "2026-05-18"),
                                         ("L-200", "2026-06-01", "2026-05-18")]
    assert InspectionService(centre).form("L-100").steps[-1] == "Ny kontroll"
    own = plans.save_plan(None, article_no="121206", interval_months=24, steps=[])
    assert own.steps == () and own.devices == 3
    assert due(centre, "2026-06-30") == [("L-101", "2026-01-31", "2026-01-19")]  # its own wins
    assert InspectionService(centre).form("L-100").steps[-1] == "Ny kontroll"  # group's list
    with pytest.raises(DomainError, match="already has"):
        plans.save_plan(None, article_no="121206", interval_months=12, steps=[])
    plans.remove_plan(own.plan_id)
    assert [n for n, *_ in due(centre, "2026-06-30")] == ["L-101", "L-100", "L-200"]
    trail = audit(centre, "group:Lyftar", "inspection_plan")
    assert ("edit", "interval_months", "12", "6", "tester") in trail


def test_pm1_a_device_whose_group_loses_its_plan_is_no_longer_due(centre):
    plans = InspectionPlanService(centre)
    beds = next(p for p in plans.plans() if p.product_group == "Sängar")
    plans.save_plan(beds.plan_id, interval_months=0, steps=beds.steps)
    assert "B-100" not in [n for n, *_ in due(centre)]
    with centre.db.reading() as s:
        assert s.scalar(select(Device.inspection_due).where(Device.individual_no == "B-100")) is None
