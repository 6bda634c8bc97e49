"""Periodic inspection rules (PM1–PM4, PM6): due days with month ends, notice days in working
days (C1), plans falling back to the product group, what an inspection may record."""

from datetime import date, datetime, time

import pytest

from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.domain.calendar import CalendarSettings, WorkCalendar
from hmc_desktop.domain.errors import DomainError, ValidationError
from hmc_desktop.domain.inspection import (
    DEFAULT_STEPS,
    PlanBook,
    PlanRule,
    StepResult,
    add_months,
    check_inspection,
    check_inspection_day,
    check_interval,
    check_one_area,
    check_visit,
    corrective_type,
    due_date,
    earliest_visit,
    inspection_blocks,
    notice_by,
    postal_area,
    route_times,
    timeliness,
)

CAL = WorkCalendar()


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),  # past the month's end: its last day
    (date(2027, 1, 31), 13, date(2028, 2, 29)),  # a leap year's February
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2025, 8, 31), 6, date(2026, 2, 28)),  # a sling's six months from an August end
    (date(2026, 3, 31), 12, date(2027, 3, 31)),
    (date(2026, 5, 15), 24, date(2028, 5, 15)),
])
def test_pm2_months_are_added_with_the_month_end_clamped(day, months, expected):
    assert add_months(day, months) == expected


def test_pm2_due_counts_from_the_last_inspection_else_the_delivery():
    assert due_date(None, date(2024, 1, 31), 12) == date(2025, 1, 31)  # never inspected
    assert due_date(date(2025, 11, 30), date(2024, 1, 31), 12) == date(2026, 11, 30)
    assert due_date(date(2025, 8, 31), None, 6) == date(2026, 2, 28)
    assert due_date(None, None, 12) is None  # nothing to count from
    assert due_date(date(2025, 1, 1), date(2024, 1, 1), None) is None  # not inspected
    assert due_date(date(2025, 1, 1), date(2024, 1, 1), 0) is None


@pytest.mark.parametrize(("due", "expected"), [
    (date(2026, 12, 14), date(2026, 11, 30)),  # Monday: two weeks back to a Monday
    (date(2026, 12, 19), date(2026, 12, 7)),  # a Saturday: Friday is the first day back
    (date(2026, 12, 25), date(2026, 12, 10)),  # juldagen; julafton does not count either
    (date(2027, 1, 11), date(2026, 12, 21)),  # over trettondedag, nyårsafton and the holidays
    (date(2027, 6, 28), date(2027, 6, 11)),  # over midsommarafton (25 June 2027)
])
def test_pm3_the_notice_is_due_on_the_tenth_working_day_before(due, expected):
    assert notice_by(due, CAL) == expected


def test_pm3_the_centres_own_closing_days_are_not_working_days_either():
    closed = WorkCalendar(CalendarSettings(closed_days=frozenset({date(2026, 12, 7)})))
    assert notice_by(date(2026, 12, 19), closed) == date(2026, 12, 4)


def test_pm1_an_article_takes_what_it_lacks_from_its_product_group():
    book = PlanBook([
        PlanRule("Lyftar", None, 12, ("Provlyft", "Nödsänkning")),
        PlanRule("Lyftselar", None, 6),
        PlanRule("", 7, 24),  # an article with its own interval only
        PlanRule("", 8, None, ("Egen kontroll",)),  # its own checklist only
        PlanRule("", 9, 0),  # its group's plan switched off for it
    ])
    assert book.plan(1, "Lyftar").interval_months == 12
    assert book.plan(7, "Lyftar").interval_months == 24
    assert book.plan(7, "Lyftar").steps == ("Provlyft", "Nödsänkning")
    assert book.plan(8, "Lyftar").interval_months == 12
    assert book.plan(8, "Lyftar").steps == ("Egen kontroll",)
    assert book.interval(9, "Lyftar") is None
    assert book.plan(2, "Lyftselar").steps == DEFAULT_STEPS  # no checklist anywhere
    assert book.interval(3, "Rollatorer") is None  # PM1: without an interval, not inspected
    assert book.interval(3, "") is None


def test_pm1_intervals_are_whole_months_up_to_ten_years():
    check_interval(None)
    check_interval(0)
    check_interval(120)
    for wrong in (-1, 121):
        with pytest.raises(ValidationError):
            check_interval(wrong)


def test_pm4_every_step_needs_a_result_and_a_step_not_ok_a_note():
    ok = [StepResult("Provlyft", "ok"), StepResult("Märkning", "fixed", "ny etikett")]
    assert check_inspection(ok, None) == "ok"
    with pytest.raises(DomainError, match="no result for Märkning"):
        check_inspection([StepResult("Provlyft", "ok"), StepResult("Märkning", None)], None)
    with pytest.raises(ValidationError, match="'Provlyft' is not OK"):
        check_inspection([StepResult("Provlyft", "not_ok", " ")], None)
    assert check_inspection([StepResult("Provlyft", "not_ok", "Motorn stannar")], None) == "not_ok"
    with pytest.raises(DomainError):  # the result as a whole must agree with the steps
        check_inspection([StepResult("Provlyft", "not_ok", "Motorn stannar")], "ok")
    with pytest.raises(ValidationError):
        check_inspection([StepResult("Provlyft", "maybe")], None)


def test_pm4_the_command_line_records_the_outcome_of_unassessed_steps():
    steps = [StepResult("Provlyft", None), StepResult("Märkning", None)]
    assert check_inspection(steps, "not_ok") == "not_ok"
    assert check_inspection(steps, "ok") == "ok"
    with pytest.raises(DomainError):
        check_inspection(steps, None)
    with pytest.raises(ValidationError):
        check_inspection(steps, "passed")


def test_pm4_an_inspection_is_dated_today_or_earlier_and_not_before_the_last():
    today = date(2026, 11, 24)
    check_inspection_day(today, today, date(2025, 11, 24), "L-1")
    with pytest.raises(ValidationError):
        check_inspection_day(date(2026, 11, 25), today, None, "L-1")
    with pytest.raises(DomainError, match="last inspected on 2026-03-01"):
        check_inspection_day(date(2026, 2, 1), today, date(2026, 3, 1), "L-1")


def test_pm4_the_corrective_order_is_done_where_the_device_is():
    assert corrective_type("in_use") == "2"
    for status in ("in_stock", "returned", "at_workshop", "in_reconditioning"):
        assert corrective_type(status) == "1"


def test_pm3_a_visit_is_booked_ten_working_days_ahead_on_a_working_day_in_opening_hours():
    today = date(2026, 11, 24)  # Tuesday
    assert earliest_visit(today, CAL) == date(2026, 12, 8)
    check_visit(datetime(2026, 12, 8, 9, 0), today, CAL)
    with pytest.raises(DomainError, match="the earliest day is 2026-12-08"):
        check_visit(datetime(2026, 12, 7, 9, 0), today, CAL)
    with pytest.raises(DomainError, match="not a working day"):
        check_visit(datetime(2026, 12, 24, 9, 0), today, CAL)  # julafton
    with pytest.raises(DomainError, match="between 08:00 and 16:00"):
        check_visit(datetime(2026, 12, 9, 16, 0), today, CAL)


def test_pm3_a_route_is_one_postal_area_one_visit_after_the_other_within_the_day():
    assert postal_area("411 01") == postal_area("41105") == "411"
    assert check_one_area({"A": "411", "B": "411"}) == "411"
    with pytest.raises(DomainError, match="411, 503"):
        check_one_area({"A": "411", "B": "503"})
    times = route_times(datetime(2026, 12, 8, 9, 0), 3, 45, time(16, 0))
    assert [t.strftime("%H:%M") for t in times] == ["09:00", "09:45", "10:30"]
    with pytest.raises(DomainError, match="do not fit before 16:00"):
        route_times(datetime(2026, 12, 8, 14, 0), 3, 45, time(16, 0))


def test_pm6_done_by_the_due_day_late_overdue_or_pending():
    due, today = date(2026, 11, 1), date(2026, 11, 24)
    assert timeliness(due, date(2026, 11, 1), today) == "on_time"
    assert timeliness(due, date(2026, 11, 2), today) == "late"
    assert timeliness(due, None, today) == "overdue"
    assert timeliness(date(2026, 12, 1), None, today) == "pending"


def test_d2_an_overdue_or_failed_inspection_blocks_the_device():
    today = date(2026, 11, 24)
    assert inspection_blocks(date(2026, 11, 24), today) == []  # due today: not overdue yet
    [overdue] = inspection_blocks(date(2026, 11, 23), today)
    assert (overdue.kind, overdue.detail) == (BlockKind.INSPECTION, "2026-11-23")
    [failed] = inspection_blocks(date(2027, 11, 24), today, date(2026, 11, 24), "HMC2026-000001")
    assert (failed.kind, failed.order_no) == (BlockKind.INSPECTION_FAILED, "HMC2026-000001")
