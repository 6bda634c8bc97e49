"""Working time and working days are counted from a prefix table, not walked day by day (start-up time):
the same answers as the walk, for any two moments."""

import itertools
import random
from datetime import UTC, date, datetime, time, timedelta

import pytest

from hmc_desktop.domain.calendar import TZ, CalendarSettings, WorkCalendar, to_local


def walked_time(cal: WorkCalendar, a: datetime, b: datetime) -> timedelta:
    """The original definition: every day from a's to b's, its opening hours within [a, b]."""
    start, end = to_local(a).replace(tzinfo=None), to_local(b).replace(tzinfo=None)
    total = timedelta(0)
    day = start.date()
    while day <= end.date():
        if cal.is_working_day(day):
            lo = max(datetime.combine(day, cal.settings.opens), start)
            hi = min(datetime.combine(day, cal.settings.closes), end)
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return total


def walked_days(cal: WorkCalendar, start: date, end: date) -> int:
    return sum(cal.is_working_day(start + timedelta(days=n)) for n in range(1, (end - start).days + 1))


CALENDARS = [
    WorkCalendar(),
    WorkCalendar(CalendarSettings(opens=time(7, 30), closes=time(15, 45),
                                  closed_days=frozenset({date(2026, 11, 27), date(2027, 1, 7)}))),
]


@pytest.mark.parametrize("cal", CALENDARS)
def test_working_time_between_any_two_moments_is_the_walked_sum(cal: WorkCalendar):
    rng = random.Random(3)
    base = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
    moments = [base + timedelta(minutes=rng.randrange(-900 * 24 * 60, 900 * 24 * 60))
               for _ in range(400)]
    moments += [datetime(2026, 3, 29, 1, 30), datetime(2026, 3, 29, 3, 30, tzinfo=TZ),  # DST
                datetime(2026, 10, 25, 2, 30, tzinfo=UTC), datetime(2026, 12, 24, 8, 0),
                datetime(2026, 11, 27, 12, 0, tzinfo=TZ), base.replace(hour=16), base.replace(hour=8)]
    for a, b in zip(moments, reversed(moments), strict=True):
        assert cal.working_time_between(a, b) == walked_time(cal, a, b), (a, b)
        assert cal.working_time_between(a, a) == timedelta(0)


@pytest.mark.parametrize("cal", CALENDARS)
def test_working_days_between_is_the_walked_count(cal: WorkCalendar):
    rng = random.Random(5)
    days = [date(2026, 11, 24) + timedelta(days=rng.randrange(-2000, 2000)) for _ in range(200)]
    for start, end in itertools.pairwise(days):
        assert cal.working_days_between(start, end) == walked_days(cal, start, end), (start, end)


def test_the_table_grows_both_ways_and_keeps_its_counts():
    cal = WorkCalendar()
    now = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
    first = cal.working_time_between(now, now + timedelta(days=30))
    far_back = cal.working_time_between(now - timedelta(days=3000), now)  # grows backwards
    far_ahead = cal.working_time_between(now, now + timedelta(days=3000))  # and forwards
    assert cal.working_time_between(now, now + timedelta(days=30)) == first
    assert far_back == walked_time(cal, now - timedelta(days=3000), now)
    assert far_ahead == walked_time(cal, now, now + timedelta(days=3000))
