"""The SLA calendar: Swedish working days and opening hours (C1–C4).

All arithmetic is done in Europe/Stockholm *wall-clock* time, because opening
hours are wall-clock hours; the results are timezone-aware, so a deadline stored
in UTC cannot move when daylight saving changes (C4).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

TZ = ZoneInfo("Europe/Stockholm")


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    """The centre's configurable calendar (defaults from C1/C3)."""

    opens: time = time(8, 0)
    closes: time = time(16, 0)
    closed_days: frozenset[date] = field(default_factory=frozenset)  # the centre's own (C1)


def to_local(moment: datetime) -> datetime:
    """``moment`` in Stockholm time; a naive datetime is taken to be Stockholm wall time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TZ)
    return moment.astimezone(TZ)


class WorkCalendar:
    """Working days (Mon–Fri less public and de-facto holidays and closing days) and hours."""

    def __init__(self, settings: CalendarSettings | None = None) -> None:
        self.settings = settings or CalendarSettings()
        if self.settings.closes <= self.settings.opens:
            raise ValueError("closing time must be after opening time")
        # C1: never a hand-written table; 'de_facto' adds midsommar-, jul- and nyårsafton.
        self._holidays = holidays.country_holidays("SE", categories=("public", "de_facto"))
        self._cache: dict[date, bool] = {}
        self._added: dict[tuple[date, int], date] = {}

    # -- days ---------------------------------------------------------------
    def is_working_day(self, day: date) -> bool:
        """True for a weekday that is neither a holiday nor one of the centre's closing days."""
        cached = self._cache.get(day)
        if cached is None:
            cached = (
                day.weekday() < 5
                and day not in self._holidays
                and day not in self.settings.closed_days
            )
            self._cache[day] = cached
        return cached

    def holiday_name(self, day: date) -> str | None:
        """The holiday's name, 'closing day' for the centre's own, or None."""
        if day in self.settings.closed_days:
            return "closing day"
        name = self._holidays.get(day)
        return str(name) if name else None

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        d = day + timedelta(days=1)
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d

    def working_day_on_or_after(self, day: date) -> date:
        return day if self.is_working_day(day) else self.next_working_day(day)

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day strictly after ``day`` (C2).

        A non-working ``day`` counts from the next working day the same way, so a
        Saturday registration counts like one on the following Monday.
        """
        cached = self._added.get((day, n))
        if cached is None:
            d = self.working_day_on_or_after(day)
            for _ in range(n):
                d = self.next_working_day(d)
            self._added[(day, n)] = cached = d
        return cached

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie in (start, end]: 0 when end ≤ start."""
        count, d = 0, start
        while d < end:
            d += timedelta(days=1)
            if self.is_working_day(d):
                count += 1
        return count

    # -- hours --------------------------------------------------------------
    @property
    def day_length(self) -> timedelta:
        """The opening hours of one working day (8 h by default): 'one working day'."""
        s = self.settings
        return datetime.combine(date.min, s.closes) - datetime.combine(date.min, s.opens)

    def closing_time(self, day: date) -> datetime:
        """The aware closing moment of ``day`` (a deadline 'by the end of the day', C2)."""
        return datetime.combine(day, self.settings.closes, tzinfo=TZ)

    def _open_interval(self, day: date) -> tuple[datetime, datetime]:
        s = self.settings
        return datetime.combine(day, s.opens), datetime.combine(day, s.closes)

    def add_working_time(self, moment: datetime, amount: timedelta) -> datetime:
        """The earliest moment at which ``amount`` of opening hours has passed since ``moment``.

        C3: Tuesday 10:00 + 8 h → Wednesday 10:00; Friday 18:00 + 8 h → Monday 16:00.
        Whole days are jumped with the cached working-day arithmetic, so this stays cheap.
        """
        t = to_local(moment).replace(tzinfo=None)
        day = t.date()
        opens, closes = self._open_interval(day)
        if self.is_working_day(day) and t < closes:
            offset = max(t, opens) - opens
        else:
            day, offset = self.next_working_day(day), timedelta(0)
        length = self.day_length
        total = offset + amount
        if total <= length:
            return (datetime.combine(day, self.settings.opens) + total).replace(tzinfo=TZ)
        full_days, rest = divmod(total, length)
        if not rest:  # exactly at a closing time: that day's close, not the next day's opening
            full_days, rest = full_days - 1, length
        day = self.add_working_days(day, int(full_days))
        return (datetime.combine(day, self.settings.opens) + rest).replace(tzinfo=TZ)

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Opening hours between ``a`` and ``b`` (zero when b ≤ a)."""
        start, end = to_local(a).replace(tzinfo=None), to_local(b).replace(tzinfo=None)
        total = timedelta(0)
        if end <= start:
            return total
        day = start.date()
        while day <= end.date():
            if self.is_working_day(day):
                opens, closes = self._open_interval(day)
                lo, hi = max(opens, start), min(closes, end)
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return total

    def closed_days_in(self, days: Iterable[date]) -> list[date]:
        return [d for d in days if not self.is_working_day(d)]
