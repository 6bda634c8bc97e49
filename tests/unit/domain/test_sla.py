"""C1–C4, W8: deadlines in Swedish working days and opening hours."""

from datetime import UTC, date, datetime, time

import pytest

from hmc_desktop.domain.calendar import TZ, CalendarSettings, WorkCalendar
from hmc_desktop.domain.catalogue import DEFAULT_CATALOGUE
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.sla import compute_deadlines

CAL = WorkCalendar()


def local(y: int, m: int, d: int, hh: int = 16, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def deadlines(code: str, registered: datetime, cal: WorkCalendar = CAL, review: bool = False):
    return compute_deadlines(DEFAULT_CATALOGUE.get(code), registered, cal, review)


def test_c2_contract_example_monday_registration():
    d = deadlines("1", local(2026, 11, 23, 9))
    assert d.start_by == local(2026, 11, 26)
    assert d.finish_by == local(2026, 12, 7)
    assert d.contact_by is None


@pytest.mark.parametrize("day", [20, 21, 22])
def test_c2_a_weekend_registration_counts_from_monday_like_one_on_friday(day: int):
    """C2: the registration day never counts, whatever day it is (Fri, Sat, Sun → Wed)."""
    assert deadlines("1", local(2026, 11, day, 11)).start_by == local(2026, 11, 25)


def test_c2_the_domain_example_saturday_28_november_starts_by_wednesday():
    d = deadlines("1", local(2026, 11, 28, 10))
    assert d.start_by == local(2026, 12, 2)  # Mon 30 Nov, Tue 1 Dec, Wed 2 Dec
    assert d.finish_by == local(2026, 12, 11)  # the 10th working day after Saturday


def test_c2_a_registration_on_a_holiday_does_not_count_the_holiday():
    # Juldagen (Fri 25 Dec 2026): Mon 28, Tue 29, Wed 30 Dec (nyårsafton 31 Dec is closed)
    assert deadlines("1", local(2026, 12, 25, 10)).start_by == local(2026, 12, 30)


def test_c2_w8_the_contact_deadline_counts_from_the_day_after_a_weekend_registration():
    d = deadlines("1", local(2026, 11, 28, 10), review=True)
    assert d.contact_by == local(2026, 12, 11)


def test_c2_registration_after_closing_counts_by_date():
    assert deadlines("SDH", local(2026, 11, 23, 21, 30)).start_by == local(2026, 11, 26)


def test_c1_year_end_julafton_juldagar_nyarsafton_trettondedagen():
    d = deadlines("1", local(2026, 12, 21, 9))
    assert d.start_by == local(2026, 12, 28)
    assert d.finish_by == local(2027, 1, 11)


def test_c1_easter_2027_and_the_clock_change_on_easter_day():
    d = deadlines("0", local(2027, 3, 24, 10))
    assert d.start_by == local(2027, 3, 31)
    assert d.start_by.utcoffset().total_seconds() == 2 * 3600  # summer time by then


def test_c1_midsommarafton_is_not_a_working_day():
    assert not CAL.is_working_day(date(2026, 6, 19))
    assert deadlines("2", local(2026, 6, 17, 9)).start_by == local(2026, 6, 23)


def test_c1_centre_closing_days_are_configurable():
    cal = WorkCalendar(CalendarSettings(closed_days=frozenset({date(2026, 11, 25)})))
    assert deadlines("1", local(2026, 11, 23, 9), cal).start_by == local(2026, 11, 27)


def test_c5_consultation_offered_within_15_working_days_and_no_finish():
    d = deadlines("5", local(2026, 11, 23, 9))
    assert d.start_by == local(2026, 12, 14)
    assert d.finish_by is None


@pytest.mark.parametrize("code", ["4", "6", "7", "8", "9", "10"])
def test_types_without_lead_time_have_no_deadlines(code: str):
    d = deadlines(code, local(2026, 11, 23, 9))
    assert (d.start_by, d.finish_by, d.contact_by) == (None, None, None)


@pytest.mark.parametrize(
    ("registered", "due"),
    [
        (local(2026, 11, 24, 10), local(2026, 11, 25, 10)),  # C3 example: Tuesday 10:00
        (local(2026, 11, 27, 18), local(2026, 11, 30, 16)),  # C3 example: Friday 18:00
        (local(2026, 11, 24, 6), local(2026, 11, 24, 16)),  # before opening
        (local(2026, 11, 24, 16), local(2026, 11, 25, 16)),  # exactly at closing
        (local(2026, 11, 28, 12), local(2026, 11, 30, 16)),  # Saturday
        (local(2026, 12, 23, 14), local(2026, 12, 28, 14)),  # over julafton and juldagen
    ],
)
def test_c3_acute_within_eight_working_hours(registered: datetime, due: datetime):
    assert deadlines("3", registered).finish_by == due
    assert deadlines("13", registered).finish_by == due  # "as 3"


def test_c4_autumn_clock_change_does_not_shift_an_acute_deadline():
    due = deadlines("3", local(2026, 10, 23, 15)).finish_by
    assert due == local(2026, 10, 26, 15)
    assert due.astimezone(UTC) == datetime(2026, 10, 26, 14, 0, tzinfo=UTC)  # CET again


def test_c4_spring_clock_change_over_easter():
    due = deadlines("3", local(2027, 3, 25, 12)).finish_by
    assert due.astimezone(TZ).replace(tzinfo=None) == datetime(2027, 3, 30, 12, 0)
    assert due.astimezone(UTC) == datetime(2027, 3, 30, 10, 0, tzinfo=UTC)  # CEST


def test_w8_technical_review_has_only_a_contact_deadline():
    d = deadlines("1", local(2026, 11, 23, 9), review=True)
    assert (d.start_by, d.finish_by) == (None, None)
    assert d.contact_by == local(2026, 12, 7)


def test_w8_technical_review_only_on_corrective_maintenance():
    with pytest.raises(ValidationError, match="type 0, 1 or 2"):
        deadlines("4", local(2026, 11, 23, 9), review=True)


def test_c3_opening_hours_are_configurable():
    cal = WorkCalendar(CalendarSettings(opens=time(7, 0), closes=time(15, 0)))
    assert deadlines("1", local(2026, 11, 23, 9), cal).start_by == local(2026, 11, 26, 15)
    assert deadlines("3", local(2026, 11, 24, 10), cal).finish_by == local(2026, 11, 25, 10)


def test_c1_the_working_day_before_skips_weekends_holidays_and_closing_days():
    assert CAL.previous_working_day(date(2026, 12, 28)) == date(2026, 12, 23)  # jul: 24–27 off
    assert CAL.previous_working_day(date(2027, 1, 7)) == date(2027, 1, 5)  # trettondedagen
    closed = WorkCalendar(CalendarSettings(closed_days=frozenset({date(2026, 11, 20)})))
    assert closed.previous_working_day(date(2026, 11, 23)) == date(2026, 11, 19)
    assert CAL.next_working_day(date(2026, 12, 23)) == date(2026, 12, 28)
