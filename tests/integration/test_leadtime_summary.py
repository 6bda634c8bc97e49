"""The follow-up view's kept lead-time counts (services/reports/leadtime_summary.py, C5) equal the
lead-time report's own count of the orders, on SQLite and PostgreSQL, after every kind of
write (actions, import, bulk import, another program), as time passes, under another
workstation's clock, after a calendar change, and with two workstations counting at once."""

import sqlite3
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.engine import make_url

from hmc_desktop.db import tables
from hmc_desktop.db.models import LeadTimeChange, WorkOrder
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.services.core.admin import AdminService
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.imports.bulk import BulkImportService
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.queue.followup import FollowUpService
from hmc_desktop.services.reports.leadtime_report import LeadTimeReportService
from hmc_desktop.services.reports.leadtime_summary import LeadTimeSummary

NOW = "2026-11-24 10:00"
TODAY = date(2026, 11, 24)
PERIODS = [
    (date(2025, 12, 1), TODAY),  # the last 12 months
    (date(2026, 11, 1), TODAY),  # this month
    (date(2026, 10, 1), date(2026, 10, 31)),  # last month
    (date(2026, 6, 10), date(2026, 9, 20)),  # custom: parts of months
    (date(2026, 11, 23), date(2026, 11, 23)),  # one day
]
COLUMNS = "order_no;type;registered;individual_no;article_no;orderer_name;user_name;started;completed"


@pytest.fixture
def fctx(make_ctx: Callable[..., ServiceContext]) -> ServiceContext:
    ctx = make_ctx(NOW)
    generate_demo(ctx, 500, 400, seed=11)
    return ctx


def assert_as_the_report(ctx: ServiceContext, periods: list[tuple[date, date]] = PERIODS) -> None:
    """The view's figures (kept counts) are the report's (every order counted anew)."""
    view, report = FollowUpService(ctx), LeadTimeReportService(ctx)
    for first, last in periods:
        kept, counted = view.compliance(first, last), report.collect(first, last, breached_cap=0)
        assert [(t.code, t.period) for t in kept.types] == [(t.code, t.period) for t in counted.types]
        assert kept.total.period == counted.total.period, (first, last)
        assert kept.breached_total == counted.breached_total
    trend = view.trend(TODAY)
    by_month = report.collect(trend[0].month, TODAY, breached_cap=0)
    assert [(m.orders, m.start, m.finish) for m in trend] == [
        (f.orders, f.start, f.finish) for f in by_month.total.months]


def _registered_orders(ctx: ServiceContext, n: int) -> list[str]:
    """Complete orders (W6) not yet started: any action applies to them."""
    with ctx.db.reading() as s:
        return list(s.scalars(select(WorkOrder.order_no).where(
            WorkOrder.status == "registered", WorkOrder.incomplete == "")
            .order_by(WorkOrder.id).limit(n)))


def test_the_kept_counts_are_the_reports_for_every_kind_of_period(fctx):
    assert_as_the_report(fctx)
    assert LeadTimeSummary(fctx).refresh() == 0  # nothing written since: nothing recounted


def test_every_write_is_counted_again_whoever_writes(fctx, tmp_path: Path):
    assert_as_the_report(fctx)
    orders = OrderService(fctx)
    a, b, c = _registered_orders(fctx, 3)
    orders.start(a)  # the window's actions (W1)
    orders.complete(a)
    orders.cancel(b, "Fel arbetsordertyp")
    rows = [f"LS-{i};1;2026-11-{10 + i} 09:00;LS-D{i};120601;Eva Ek;Ulla Ek;"
            f"2026-11-{12 + i} 10:00;2026-11-{20 + i} 15:00" for i in range(3)]
    f = tmp_path / "new.csv"
    f.write_text("\n".join([COLUMNS, *rows]) + "\n", encoding="utf-8")
    bulk = BulkImportService(fctx)
    bulk.min_rows = 0
    assert bulk.import_file(str(f)).new == 3  # executemany / COPY
    f.write_text("\n".join([COLUMNS, rows[0].replace("2026-11-12 10:00", "2026-11-19 10:00")])
                 + "\n", encoding="utf-8")
    assert ImportService(fctx).import_file(str(f)).updated == 1  # the ORM path updates
    url = make_url(str(fctx.db.engine.url))
    sql = f"UPDATE work_orders SET start_by = registered, finish_by = registered WHERE order_no = '{c}'"
    if url.get_backend_name() == "sqlite":  # another program: not even SQLAlchemy
        with sqlite3.connect(str(url.database)) as conn:
            conn.execute(sql)
    else:
        with fctx.db.engine.begin() as conn:
            conn.execute(text(sql))
    assert_as_the_report(fctx)
    with fctx.db.reading() as s:  # every change counted: the log is empty again
        assert s.scalar(select(func.count()).select_from(LeadTimeChange)) == 0


def test_deadlines_passing_and_clocks_behind_are_counted(fctx, make_ctx):
    assert_as_the_report(fctx)  # counted as of NOW
    later = make_ctx("2026-11-26 09:00")  # two days on: deadlines passed unmet since
    assert_as_the_report(later)
    order = _registered_orders(later, 1)[0]
    due = datetime(2026, 11, 26, 8, 57, tzinfo=TZ)  # between a slower clock and the count
    with later.db.engine.begin() as conn:
        conn.execute(update(tables.work_orders).where(tables.work_orders.c.order_no == order)
                     .values(started=None, start_by=due))
    assert_as_the_report(later)
    behind = make_ctx("2026-11-26 08:55")  # another workstation, five minutes behind
    assert_as_the_report(behind)
    assert_as_the_report(fctx)  # two days behind (--as-of): the orders counted anew


def test_a_changed_calendar_counts_every_lead_time_again(fctx):
    assert_as_the_report(fctx)
    AdminService(fctx).add_closing_day(date(2026, 10, 14), "Personaldag")  # a Wednesday
    assert_as_the_report(fctx)


def test_two_workstations_counting_at_once_count_each_change_once(fctx, db_url):
    assert_as_the_report(fctx)
    for no in _registered_orders(fctx, 20):
        OrderService(fctx).start(no)
    stations = [ServiceContext(Database(db_url), Clock.parse(NOW), login="tester")
                for _ in range(2)]
    for ctx in stations:
        ctx.reload()
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def count(ctx: ServiceContext) -> None:
        try:
            barrier.wait()
            LeadTimeSummary(ctx).refresh()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=count, args=(ctx,)) for ctx in stations]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert_as_the_report(fctx)
    for ctx in stations:
        ctx.db.dispose()


def test_a_database_from_before_is_counted_when_first_read(fctx):
    with fctx.db.engine.begin() as conn:  # as the migration leaves it: nothing counted yet
        for table in ("leadtime_facts", "leadtime_sums", "leadtime_bins", "leadtime_state"):
            conn.execute(text(f"DELETE FROM {table}"))
    assert_as_the_report(fctx, PERIODS[:1])
    assert LeadTimeSummary(fctx).refresh() == 0


def test_the_first_count_covers_every_order_not_cancelled(fctx):
    counted = LeadTimeSummary(fctx).refresh()
    with fctx.db.reading() as s:
        assert counted == s.scalar(select(func.count()).select_from(WorkOrder).where(
            WorkOrder.status != "cancelled")) > 0
