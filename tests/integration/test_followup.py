"""P2 and C5 behind the follow-up view, on SQLite and PostgreSQL: every number equals the
orders as ``order show`` sees them, and every click-through filter finds exactly those orders."""

from collections import Counter
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from hmc_desktop.cli import main
from hmc_desktop.db.models import WorkOrder
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.queue.followup import FollowUpService, to_queue_filter
from hmc_desktop.services.queue.queries import QueueService
from hmc_desktop.services.reports.leadtime_report import LeadTimeReportService
from tests.integration.test_leadtime_report import HEADER

AS_OF = "2026-11-24 10:00"
OPEN = {"registered", "started", "waiting"}
BOUNDARY_ROWS = [
    "B1;1;2026-11-19 09:00;9301;120601;;;;",  # start_by Tue 24 Nov 16:00: at risk (6 h left)
    "B2;3;2026-11-23 10:00;9302;122301;2026-11-23 11:00;;;",  # acute, due exactly now: at risk
    "B3;3;2026-11-23 09:59;9303;122301;;;;",  # due a minute ago: breached
    "B4;SDH;2026-11-24 08:00;9304;222101;;;;",  # registered today, well within
    "B5;1;2026-11-10 09:00;9305;120601;2026-11-11 09:00;2026-11-24 09:30;;",  # completed today
    "B6;4;2026-11-24 09:00;9306;120601;;;2026-11-24 09:10;Fel arbetsordertyp",  # new, cancelled
]


@pytest.fixture
def ctx(db_url, tmp_path, make_ctx, capsys):
    f = tmp_path / "boundary.csv"
    f.write_text("\n".join([HEADER, *BOUNDARY_ROWS]) + "\n", encoding="utf-8")
    assert main(["--db", db_url, "--as-of", AS_OF, "import", str(f)]) == 0
    capsys.readouterr()
    context = make_ctx(AS_OF)
    generate_demo(context, 150, 250, seed=7)
    return context


def expected_today(ctx):
    """Per mailbox from `order show --json` of every order: open, at risk, breached, new, done."""
    orders = OrderService(ctx)
    with ctx.db.reading() as s:
        numbers = list(s.scalars(select(WorkOrder.order_no)))
    found: dict[str, Counter[str]] = {}
    for no in numbers:
        j = orders.show(no).to_json()
        c = found.setdefault(j["mailbox"], Counter())
        if j["status"] in OPEN:
            c["open"] += 1
            c["at_risk"] += j["at_risk"]
            # P2 "breached": a deadline *not met* has passed (a start met late no longer counts)
            unmet = {"start": j["started"], "finish": j["completed"], "contact": None}
            c["breached"] += any(unmet[kind] is None for kind in j["breached"])
        c["new_today"] += j["registered"].startswith("2026-11-24")
        c["completed_today"] += (j["completed"] or "").startswith("2026-11-24")
    return found


def test_p2_today_per_mailbox_equals_order_show(ctx):
    rows = FollowUpService(ctx).today()
    expected = expected_today(ctx)
    assert rows[-1].mailbox is None
    assert [r.mailbox for r in rows[:7]] == ctx.catalogue.mailboxes
    for r in rows[:-1]:
        e = expected.get(r.mailbox, Counter())
        assert (r.open, r.at_risk, r.breached, r.new_today, r.completed_today) == (
            e["open"], e["at_risk"], e["breached"], e["new_today"], e["completed_today"]), r.mailbox
    total = rows[-1]
    assert total.open == sum(r.open for r in rows[:-1]) > 0
    assert total.at_risk == sum(e["at_risk"] for e in expected.values()) >= 2  # B1, B2
    assert total.breached == sum(e["breached"] for e in expected.values()) >= 1  # B3
    assert total.new_today >= 2 and total.completed_today >= 1  # B4 + cancelled B6; B5


def test_boundaries_are_in_the_right_numbers(ctx):
    svc = FollowUpService(ctx)
    box = "Underhåll"

    def nos(state, **kw):
        ids = set(svc.order_ids({"mailbox": box, "state": state, **kw}))
        return {r.order_no for r in QueueService(ctx).rows(list(ids)).values()}

    assert {"B1", "B2"} <= nos("at_risk") and "B3" not in nos("at_risk")
    assert "B3" in nos("breached") and {"B1", "B2"}.isdisjoint(nos("breached"))
    today = {"registered_from": "2026-11-24", "registered_to": "2026-11-24"}
    assert "B6" in {r.order_no for r in QueueService(ctx).rows(
        svc.order_ids({"state": "registered", **today})).values()}
    assert "B5" in nos("completed", completed_from="2026-11-24", completed_to="2026-11-24")
    with pytest.raises(ValueError):
        svc.order_ids({"state": "nope"})


def test_every_number_clicks_through_to_exactly_its_orders(ctx):
    svc = FollowUpService(ctx)
    queue = QueueService(ctx)
    today = date(2026, 11, 24).isoformat()
    for r in svc.today():
        for state, number in (("open", r.open), ("at_risk", r.at_risk), ("breached", r.breached)):
            flt = {"mailbox": r.mailbox, "state": state}
            ids = svc.order_ids(flt)
            assert len(ids) == number, (r.mailbox, state)
            qf, exact = to_queue_filter(flt)
            assert exact and sorted(queue.order_ids(qf)) == sorted(ids)  # the queue shows the same
        assert len(svc.order_ids({"mailbox": r.mailbox, "state": "registered",
                                  "registered_from": today, "registered_to": today})) == r.new_today
        assert len(svc.order_ids({"mailbox": r.mailbox, "state": "completed",
                                  "completed_from": today, "completed_to": today})) == r.completed_today


def test_compliance_numbers_click_through_and_trend_agrees(ctx):
    svc = FollowUpService(ctx)
    first, last = date(2026, 6, 1), date(2026, 11, 24)
    data = svc.compliance(first, last)
    assert data.breached == () and data.breached_total > 0
    span = {"registered_from": first.isoformat(), "registered_to": last.isoformat()}
    for t in data.types:
        f = t.period
        for state, number in (("counted", f.orders), ("start_met", f.start.met),
                              ("start_missed", f.start.missed), ("finish_met", f.finish.met),
                              ("finish_missed", f.finish.missed)):
            assert len(svc.order_ids({"type": t.code, "state": state, **span})) == number
    trend = svc.trend(last, months=6)  # month by month, as the report counts them
    report = LeadTimeReportService(ctx).collect(first, last)
    assert [m.month for m in trend] == list(report.months)
    assert [(m.orders, m.start, m.finish) for m in trend] == [
        (f.orders, f.start, f.finish) for f in report.total.months]
    assert len(svc.trend(last)) == 12 and svc.trend(last)[0].month == date(2025, 12, 1)


def test_to_queue_filter_maps_what_the_queue_knows():
    qf, exact = to_queue_filter({"mailbox": "Konsulent", "type": "5", "state": "start_missed",
                                 "registered_from": "2026-11-01", "completed_to": None})
    assert (qf.mailbox, qf.type_code, qf.status, exact) == ("Konsulent", "5", "all", True)
    assert qf.followup == (("mailbox", "Konsulent"), ("registered_from", "2026-11-01"),
                           ("state", "start_missed"), ("type", "5"))
    hash(qf)  # still a frozen, hashable filter
    qf, exact = to_queue_filter({"mailbox": None, "state": "at_risk"})
    assert (qf.status, qf.at_risk, qf.breached, exact) == ("open", True, False, True)
    with pytest.raises(ValueError):
        to_queue_filter({"state": "nope"})


PERIOD = {"registered_from": "2026-06-01", "registered_to": "2026-11-24"}
TODAY = "2026-11-24"


@pytest.mark.parametrize("flt", [
    {"state": "start_met", **PERIOD},
    {"state": "start_missed", **PERIOD},
    {"state": "finish_met", **PERIOD},
    {"state": "finish_missed", **PERIOD},
    {"state": "counted", **PERIOD},
    {"state": "registered", "registered_from": TODAY, "registered_to": TODAY},
    {"state": "registered", "registered_from": "2026-11-01"},
    {"state": "completed", "completed_from": "2026-11-01", "completed_to": TODAY},
    {"state": "completed", "completed_from": TODAY, "completed_to": TODAY},
    {"state": "open"}, {"state": "at_risk"}, {"state": "breached"},
], ids=lambda f: "-".join(str(v) for v in f.values()))
def test_the_queue_shows_exactly_the_orders_of_every_follow_up_filter(ctx, flt):
    """Every state, for all orders, per type and per mailbox: the queue's ids are the service's."""
    svc, queue = FollowUpService(ctx), QueueService(ctx)
    variants = [flt, *({**flt, "type": t.code} for t in ctx.catalogue),
                *({**flt, "mailbox": m} for m in ctx.catalogue.mailboxes)]
    found = 0
    for f in variants:
        ids = svc.order_ids(f)
        qf, exact = to_queue_filter(f)
        assert exact and sorted(queue.order_ids(qf)) == sorted(ids), f
        found += len(ids)
    assert found > 0
    ids = svc.order_ids(flt)
    if ids:  # a search on top narrows the follow-up selection, never widens it
        no = QueueService(ctx).rows(ids[:1])[ids[0]].order_no
        qf, _ = to_queue_filter(flt)
        assert QueueService(ctx).order_ids(replace(qf, search=no)) == ids[:1]


def test_report_service_and_followup_count_the_same(ctx):
    data = LeadTimeReportService(ctx).collect(date(2026, 11, 1), date(2026, 11, 24))
    assert data.total.period == FollowUpService(ctx).compliance(
        date(2026, 11, 1), date(2026, 11, 24)).total.period
