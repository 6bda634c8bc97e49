"""C5: the lead-time report's data and PDF at every boundary, on SQLite and PostgreSQL.

Lead times are opening hours from registration to started/completed, in working days of
8 opening hours (08–16), one decimal, half up; the median is the middle value (the mean
of the two middle ones), the 90th percentile the nearest rank.
"""

import random
from datetime import date, datetime, timedelta

import pytest

from hmc_desktop.cli import main
from hmc_desktop.documents.leadtime_data import Share, Spread
from hmc_desktop.documents.leadtime_report import LeadTimeReportRenderer
from hmc_desktop.domain.calendar import TZ, CalendarSettings, WorkCalendar
from hmc_desktop.domain.worktime import WorkTimeIndex
from hmc_desktop.services.reports.leadtime_report import LeadTimeReportService, month_starts, spread
from hmc_desktop.services.reports.leadtimes import LeadTimeService
from tests.integration.test_leadtime_report import HEADER, ROWS
from tests.unit.documents.samples import pages_text

AS_OF = "2026-12-10 10:00"
FIRST, LAST = date(2026, 11, 23), date(2026, 12, 9)


def seed(db_url, tmp_path, rows=ROWS):
    f = tmp_path / "orders.csv"
    f.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    assert main(["--db", db_url, "--as-of", AS_OF, "import", str(f)]) == 0


@pytest.fixture
def report(db_url, tmp_path, make_ctx, capsys):
    seed(db_url, tmp_path)
    capsys.readouterr()
    ctx = make_ctx(AS_OF)
    return ctx, LeadTimeReportService(ctx).collect(FIRST, LAST)


def by_code(data):
    return {t.code: t for t in (*data.types, data.total)}


def test_c5_report_shares_equal_the_csv_counts(report):
    ctx, data = report
    csv_rows = LeadTimeService(ctx).compliance(FIRST, LAST)
    types = by_code(data)
    assert [t.code for t in data.types] == ["1", "3", "4", "SDH"]
    for row in csv_rows:
        f = types[row.type].period
        assert (f.orders, f.start.met, f.start.missed, f.finish.met, f.finish.missed) == \
            row.as_tuple()[1:]
    # type 1: L1 on both deadlines exactly; L2 a minute late; L8 never started; L3 still within
    assert types["1"].period.start == Share(1, 2) and types["1"].period.finish == Share(1, 2)
    assert types["3"].period.start == Share(0, 0)  # acute: no start deadline
    assert types["3"].period.finish.ratio == 1.0  # L10 exactly 8 h; L9 still within
    assert types["4"].period.start.ratio is None  # no deadlines: counted, judged in neither
    assert types["SDH"].period.finish == Share(0, 1)
    assert data.total.period.orders == 8  # cancelled L5 and L6/L7 outside the period left out


def test_c5_monthly_split_follows_local_registration_month(report):
    _ctx, data = report
    assert data.months == (date(2026, 11, 1), date(2026, 12, 1))
    nov, dec = data.total.months
    assert (nov.orders, dec.orders) == (5, 3)  # L1 L2 L4 L8 L11 | L3 L9 L10
    assert nov.start == Share(2, 2) and dec.finish == Share(1, 0)


def test_c5_lead_times_in_working_days(report):
    _ctx, data = report
    t = by_code(data)
    # L1/L2 Mon 09:00 → Thu 16:00 (16:01 is after closing): 7+8+8+8 = 31 h = 3.875 → 3.9
    assert t["1"].period.start_days == Spread(2, 3.9, 3.9)
    # L1 → Mon 7 Dec 16:00: 7 + 4×8 + 5×8 + 8 = 87 h = 10.875 → 10.9
    assert t["1"].period.finish_days == Spread(1, 10.9, 10.9)
    assert t["3"].period.start_days == Spread(1, 0.1, 0.1)  # L10: 30 min = 0.0625 → 0.1
    assert t["3"].period.finish_days == Spread(1, 1.0, 1.0)  # exactly 8 working hours
    assert t["SDH"].period.finish_days == Spread(1, 11.0, 11.0)  # 88 h
    # all: starts 0.5, 8, 31, 31 h → median (8+31)/2 = 19.5 h = 2.4375 → 2.4; P90 the 4th: 31 h
    assert data.total.period.start_days == Spread(4, 2.4, 3.9)
    assert data.total.period.finish_days == Spread(3, 10.9, 11.0)
    assert t["4"].period.finish_days == Spread()


def test_c5_breached_orders_worst_first(report):
    _ctx, data = report
    assert data.breached_total == 3
    rows = [(b.order_no, b.kinds, b.late_days, b.met is None) for b in data.breached]
    assert rows == [
        ("L8", ("start", "finish"), 9.3, True),  # start_by 26/11 16:00 → now: 74 h = 9.25
        ("L2", ("start", "finish"), 2.3, True),  # finish_by 7/12 16:00 → now: 18 h = 2.25
        ("L11", ("finish",), 0.1, False),  # completed 1 h after finish_by
    ]
    assert data.breached[0].deadline == datetime(2026, 11, 26, 16, 0, tzinfo=TZ)


def test_hand_computed_lead_times(db_url, tmp_path, make_ctx, capsys):
    seed(db_url, tmp_path, [
        # Monday 09:00 → Wednesday 13:00: 7 h + 8 h + 5 h = 20 h = 2.5 working days
        "H1;4;2026-11-30 09:00;9201;120601;2026-11-30 10:00;2026-12-02 13:00;;",
        # Friday 15:00 → Monday 09:00: 1 h + 1 h = 2 h = 0.25 → 0.3 (half up)
        "H2;4;2026-12-04 15:00;9202;120601;2026-12-07 08:30;2026-12-07 09:00;;",
        # Wednesday 23 Dec → Monday 28 Dec: julafton, juldagen, weekend closed: 7 h + 1 h = 1.0
        "H3;4;2026-12-23 09:00;9203;120601;2026-12-23 09:30;2026-12-28 09:00;;",
    ])
    capsys.readouterr()
    data = LeadTimeReportService(make_ctx("2027-01-15 10:00")).collect(
        date(2026, 11, 1), date(2026, 12, 31))
    assert data.total.period.finish_days == Spread(3, 1.0, 2.5)
    assert [m.finish_days.median for m in data.total.months] == [2.5, 0.6]  # Dec: (2+8)/2 h
    # starts ½ h, 1 h, 1½ h (Friday 15–16 and Monday 08:00–08:30): 0.125 → 0.1; 0.1875 → 0.2
    assert data.total.period.start_days == Spread(3, 0.1, 0.2)


def test_pdf_text_period_as_of_pages_and_breaches(report):
    _ctx, data = report
    pdf = LeadTimeReportRenderer().render(data)
    pages = pages_text(pdf)
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert "Period 2026-11-23 – 2026-12-09" in page
        assert "läget per 2026-12-10 10:00" in page
        assert f"Sida {n} av {len(pages)}" in page
    text = " ".join(" ".join(pages).split())  # cells wrap: compare words, not lines
    assert "Ledtidsrapport".upper() in text
    for expected in ("L8", "L2", "L11", "9,3", "2,3", "påbörjas och klart", "ej ännu",
                     "Avhjälpande underhåll – Utföres på HMC", "Alla typer", "3,9", "10,9"):
        assert expected in text, expected
    assert "Helvetica" not in pdf.decode("latin-1")  # every font embedded


def test_breached_table_is_capped_with_the_rest_counted(report):
    ctx, _data = report
    data = LeadTimeReportService(ctx).collect(FIRST, LAST, breached_cap=1)
    assert [b.order_no for b in data.breached] == ["L8"] and data.breached_total == 3
    text = "\n".join(pages_text(LeadTimeReportRenderer().render(data)))
    assert "… och 2 till." in text


def test_empty_period_renders(make_ctx):
    data = LeadTimeReportService(make_ctx(AS_OF)).collect(date(2020, 1, 1), date(2020, 1, 31))
    assert data.types == () and data.total.period.orders == 0 and data.breached_total == 0
    text = "\n".join(pages_text(LeadTimeReportRenderer().render(data)))
    assert "Sida 1 av" in text and "Ingen order missade" in text


def test_cli_writes_the_pdf(db_url, tmp_path, capsys):
    seed(db_url, tmp_path)
    out = tmp_path / "lt.pdf"
    assert main(["--db", db_url, "--as-of", AS_OF, "report", "leadtimes", "--from",
                 FIRST.isoformat(), "--to", LAST.isoformat(), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()


# -- no database ---------------------------------------------------------------------------


@pytest.mark.parametrize("closed", [frozenset(), frozenset({date(2026, 3, 10), date(2026, 10, 26)})])
def test_worktime_index_agrees_with_the_calendar_on_random_pairs(closed):
    cal = WorkCalendar(CalendarSettings(closed_days=closed))
    index = WorkTimeIndex(cal, date(2026, 1, 1))
    rng = random.Random(5)
    base = datetime(2025, 1, 1, tzinfo=TZ)
    for _ in range(3000):  # over two DST changes, holidays, weekends, and before the base
        a = base + timedelta(seconds=rng.randrange(3 * 365 * 86400), microseconds=rng.randrange(10**6))
        b = a + timedelta(seconds=rng.randrange(-5 * 86400, 40 * 86400))
        assert index.between(a, b) == cal.working_time_between(a, b), (a, b)
        ea, eb = int(a.timestamp()), int(b.timestamp())
        whole = cal.working_time_between(datetime.fromtimestamp(ea, TZ), datetime.fromtimestamp(eb, TZ))
        ((_, span, _),) = index.spans([(ea, eb, None)])
        assert span == whole.total_seconds()


def test_worktime_index_other_opening_hours():
    from datetime import time
    cal = WorkCalendar(CalendarSettings(opens=time(7, 30), closes=time(15, 45)))
    index = WorkTimeIndex(cal, date(2026, 11, 1))
    a, b = datetime(2026, 11, 20, 15, 0, tzinfo=TZ), datetime(2026, 11, 24, 7, 45, tzinfo=TZ)
    assert index.between(a, b) == cal.working_time_between(a, b) == timedelta(hours=9, minutes=15)
    assert index.days(int(8.25 * 3600)) == 1.0


def test_month_starts_and_percentiles():
    assert month_starts(date(2025, 11, 25), date(2026, 2, 1)) == [
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    hour = 3600
    assert spread([], 8 * hour) == Spread()
    assert spread([h * hour for h in range(1, 11)], 8 * hour) == Spread(10, 0.7, 1.1)  # 5.5 h; 9 h
