"""The billing basis end to end: per payer and month (Stockholm time, C4), billing category per
the DOMAIN table (type 8 invoiced for a simple aid), reported minutes, parts, W9 proposals."""

from datetime import date
from decimal import Decimal

import pytest

from hmc_desktop.domain.errors import DomainError
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.cost_proposals import CostProposalService
from hmc_desktop.services.orders.shipments import ShipmentService
from hmc_desktop.services.orders.timereport import TimeReportService
from hmc_desktop.services.reports.billing import BillingService
from tests.integration.test_flow_data import add_order, audit, build_centre


def _complete(make_ctx, order_no, when):
    orders = OrderService(make_ctx(when))
    if orders.show(order_no).status == "registered":
        orders.start(order_no)
    orders.complete(order_no)


@pytest.fixture
def month(make_ctx):
    ctx = make_ctx("2026-11-02 08:00")
    build_centre(ctx)
    reg = "2026-11-02 08:00"
    add_order(ctx, "F-3", "3", "D-200", registered=reg, payer_no="111")  # acute: invoiced
    add_order(ctx, "F-1", "1", "D-200", registered=reg)  # payer from the orderer (111)
    add_order(ctx, "F-8", "8", "D-300", registered=reg, payer_no="222")  # simple aid: invoiced
    add_order(ctx, "F-8b", "8", "D-200", registered=reg, payer_no="222")  # included
    add_order(ctx, "F-7", "7", "D-200", registered=reg, payer_no="111",
              attachments=("special_adaptation_instruction",))
    add_order(ctx, "F-12", "12", "D-200", registered=reg, payer_no="111")  # service agreement
    add_order(ctx, "OPEN", "1", "D-200", registered=reg, payer_no="111")
    times = TimeReportService(make_ctx("2026-11-10 10:00", login="tek1"))
    times.report("F-3", 90, date(2026, 11, 9), "Bytt motor")
    times.report("F-3", 30)
    times.report("F-1", 45)
    times.report("OPEN", 60)
    ShipmentService(ctx).add_parts("F-3", [("R-4001", 2)], to_ship=False)
    CostProposalService(ctx).propose("F-7", Decimal("5000"), "Förlängd ram")
    CostProposalService(ctx).approve("F-7", "Eva Ek")
    for order_no, when in (("F-12", "2026-11-05 10:00"), ("F-3", "2026-11-10 11:00"),
                           ("F-1", "2026-11-20 14:00"), ("F-7", "2026-11-25 09:00"),
                           ("F-8", "2026-11-30 23:30"), ("F-8b", "2026-12-01 00:30")):
        _complete(make_ctx, order_no, when)
    return make_ctx("2026-12-02 09:00")


def test_billing_basis_per_payer_and_month_its_csv_and_summary(month):
    lines = BillingService(month).export(None, 2026, 11)
    assert [(ln.payer_no, ln.order_no, ln.billing, ln.invoiced) for ln in lines] == [
        ("111", "F-12", "agreement", False), ("111", "F-3", "invoiced", True),
        ("111", "F-1", "included", False), ("111", "F-7", "invoiced", True),
        ("222", "F-8", "invoiced", True)]  # F-8b: 1 December in Stockholm, 30 November in UTC
    f3 = lines[1]
    assert (f3.minutes, f3.type_name, f3.individual_no, f3.orderer_name) == (
        120, "Avhjälpande underhåll – Akut", "D-200", "Eva Ek")
    assert [(p.article_no, p.quantity) for p in f3.parts] == [("R-4001", 2)]
    assert lines[3].cost_proposal == Decimal("5000.00")
    assert [ln.order_no for ln in BillingService(month).export("222", 2026, 12)] == ["F-8b"]
    # one test for lines, file and summary: building the month is the slow part
    billing = BillingService(month)
    lines = billing.export("111", 2026, 11)
    assert [ln.order_no for ln in lines] == ["F-12", "F-3", "F-1", "F-7"]
    csv = billing.to_csv(lines).splitlines()
    assert csv[0] == ("betalarnummer;arbetsorder;typ;typnamn;avslutad;debitering;faktureras;"
                      "minuter;timmar;reservdelar;kostnadsforslag_kr;individnummer;artikelnummer;"
                      "bestallare;enhet;snabbservice")
    assert csv[2] == ("111;F-3;3;Avhjälpande underhåll – Akut;2026-11-10 11:00;invoiced;ja;120;"
                      "2,00;R-4001 x 2;;D-200;120601;Eva Ek;Rehab Borås;nej")
    assert csv[4].split(";")[10] == "5000,00"
    s = billing.summary(lines, 2026, 11, "111")
    assert (s.period, s.period_start, s.period_end, s.payer_no) == (
        "2026-11", date(2026, 11, 1), date(2026, 11, 30), "111")
    assert (s.orders, s.minutes, s.parts, s.invoiced_orders, s.invoiced_minutes) == (4, 165, 2, 2, 120)
    assert [(c.category, c.orders, c.minutes) for c in s.categories] == [
        ("included", 1, 45), ("invoiced", 2, 120), ("agreement", 1, 0)]
    assert s.cost_proposals == Decimal("5000.00")
    assert [(p.article_no, p.quantity) for p in s.parts_by_article] == [("R-4001", 2)]
    assert [(p.payer_no, p.orders) for p in s.payers] == [("111", 4)]
    with pytest.raises(DomainError, match="2026-13 is not a month"):
        billing.export(None, 2026, 13)


def test_time_reports_are_by_the_login_and_checked(make_ctx):
    month = make_ctx("2026-12-02 09:00")
    build_centre(month)
    add_order(month, "F-1", "1", "D-200")
    times = TimeReportService(month)
    times.report("F-1", 45, date(2026, 11, 20))
    row = times.report("F-1", 15, note="Efterarbete")
    assert (row.who, row.day) == ("tester", date(2026, 12, 2))
    assert [r.minutes for r in times.reports("F-1")] == [45, 15]
    assert ("time", "minutes", "", "15 min 2026-12-02", "tester") in audit(month, "F-1")
    with pytest.raises(DomainError, match="between 1 and 1440 minutes, not 0"):
        times.report("F-1", 0)
    with pytest.raises(DomainError, match="2026-12-03, which has not come yet"):
        times.report("F-1", 10, date(2026, 12, 3))
