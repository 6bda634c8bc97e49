"""The SLA calendar: Swedish working days and opening hours (C1–C4).

All arithmetic is done in Europe/Stockholm *wall-clock* time, because opening
hours are wall-clock hours; the results are timezone-aware, so a deadline stored
in UTC cannot move when daylight saving changes (C4).
"""

import importlib.util
import logging
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    import holidays

TZ = ZoneInfo("Europe/Stockholm")
CATEGORIES = ("public", "de_facto")  # 'de_facto' adds midsommar-, jul- and nyårsafton
log = logging.getLogger(__name__)
_LOADING = threading.Lock()


class HolidayLookup(Protocol):
    """What the calendar asks of a holiday source: is a day a holiday, and its name."""

    def __contains__(self, day: object, /) -> bool: ...

    def get(self, day: date, /) -> str | None: ...


def swedish_holidays() -> "holidays.HolidayBase":
    """Sweden's public and de-facto holidays, from the holidays library (C1).

    ``holidays.country_holidays("SE")`` imports the package ``holidays.countries``, which
    imports all of the library's 250 countries: a tenth of a second of the program's start-up
    (start-up time). Only Sweden's module is loaded here, below a package object that exists just
    for that import and is gone right after it: whoever imports ``holidays.countries`` later
    gets the real package, which takes this very Sweden module as it is. Should that fail
    (another version of the library), the library's own way is used.
    """
    import holidays  # 25 ms: only when a year is not known already (services/core/holiday_cache)

    with _LOADING:
        if "holidays.countries" not in sys.modules:
            try:
                return _sweden_alone()(categories=CATEGORIES)
            except Exception:  # pragma: no cover - depends on the library's layout
                log.warning("holidays: Sweden's module alone did not load", exc_info=True)
        return holidays.country_holidays("SE", categories=CATEGORIES)


def _sweden_alone() -> type["holidays.HolidayBase"]:
    spec = importlib.util.find_spec("holidays.countries")
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError("holidays.countries is not a package")
    sys.modules["holidays.countries"] = importlib.util.module_from_spec(spec)
    try:
        from holidays.countries.sweden import SE  # what country_holidays("SE") makes
    except Exception:
        sys.modules.pop("holidays.countries.sweden", None)
        raise
    finally:
        del sys.modules["holidays.countries"]
    return SE


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

    def __init__(self, settings: CalendarSettings | None = None,
                 holidays: HolidayLookup | None = None) -> None:
        """``holidays``: where public and de-facto holidays come from; the library's by default."""
        self.settings = settings or CalendarSettings()
        if self.settings.closes <= self.settings.opens:
            raise ValueError("closing time must be after opening time")
        # C1: never a hand-written table: the library's, or its answers remembered
        self._holidays: HolidayLookup = swedish_holidays() if holidays is None else holidays
        self._cache: dict[date, bool] = {}
        self._added: dict[tuple[date, int], date] = {}
        self._before: dict[tuple[date, int], date] = {}
        self._counted_from: date | None = None  # _counts[i]: working days in [from, from + i)
        self._counts: list[int] = [0]

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

    def previous_working_day(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        d = day - timedelta(days=1)
        while not self.is_working_day(d):
            d -= timedelta(days=1)
        return d

    def working_day_on_or_after(self, day: date) -> date:
        return day if self.is_working_day(day) else self.next_working_day(day)

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day strictly after ``day`` (C2).

        ``day`` itself never counts, whatever day it is: Saturday 28 Nov 2026 + 3 is
        Wednesday 2 Dec (Mon, Tue, Wed), the same as Friday 27 Nov + 3. ``n == 0`` gives
        ``day`` when it is a working day, else the next one.
        """
        cached = self._added.get((day, n))
        if cached is None:
            d = day if n else self.working_day_on_or_after(day)
            for _ in range(n):
                d = self.next_working_day(d)
            self._added[(day, n)] = cached = d
        return cached

    def working_day_before(self, day: date, n: int) -> date:
        """The n-th working day strictly before ``day``, counting back (PM3's notice: n = 10).

        Only days before ``day`` count, whether or not ``day`` itself is a working day.
        """
        cached = self._before.get((day, n))
        if cached is None:
            d = day
            for _ in range(n):
                d = self.previous_working_day(d)
            self._before[(day, n)] = cached = d
        return cached

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie in (start, end]: 0 when end ≤ start."""
        one = timedelta(days=1)
        return self._working_days_in(start + one, end + one)

    def _working_days_in(self, first: date, stop: date) -> int:
        """How many working days d with first ≤ d < stop (0 when stop ≤ first)."""
        if stop <= first:
            return 0
        before = self._count_before(first)  # this may start the table earlier, shifting counts
        return self._count_before(stop) - before  # this only ever adds counts at the end

    def _count_before(self, day: date) -> int:
        """Working days from the table's first day up to ``day`` (exclusive; negative before it).

        A prefix count, grown a year at a time in either direction, so that counting working
        days (and :meth:`working_time_between`) does not walk the days one by one each time.
        """
        if self._counted_from is None:
            self._counted_from = day - timedelta(days=366)
        i = (day - self._counted_from).days
        if i < 0:  # earlier than the table: start it a year before ``day``, shift the counts
            start = day - timedelta(days=366)
            older = self._count_days(start, self._counted_from)
            self._counts = older[:-1] + [older[-1] + n for n in self._counts]
            self._counted_from = start
            i = (day - start).days
        if i >= len(self._counts):
            last = self._counted_from + timedelta(days=len(self._counts) - 1)
            more = self._count_days(last, day + timedelta(days=366))
            top = self._counts[-1]
            self._counts += [top + n for n in more[1:]]
        return self._counts[i]

    def _count_days(self, first: date, stop: date) -> list[int]:
        """[0, working days in [first, first + 1), …, in [first, stop)]."""
        counts, n, d = [0], 0, first
        while d < stop:
            n += self.is_working_day(d)
            counts.append(n)
            d += timedelta(days=1)
        return counts

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
        """Opening hours between ``a`` and ``b`` (zero when b ≤ a).

        The opening time left on the first day, the opening time before ``b`` on the last, and
        a full working day for each working day in between (counted, not walked: the queue
        asks this for every row it shows, for deadlines months away or months ago).
        """
        start, end = to_local(a).replace(tzinfo=None), to_local(b).replace(tzinfo=None)
        if end <= start:
            return timedelta(0)
        first, last = start.date(), end.date()
        if first == last:
            return self._open_part(first, start, end)
        whole = self._working_days_in(first + timedelta(days=1), last)
        return (self._open_part(first, start, end) + self.day_length * whole
                + self._open_part(last, start, end))

    def _open_part(self, day: date, start: datetime, end: datetime) -> timedelta:
        """The part of ``day``'s opening hours that lies between ``start`` and ``end``."""
        if not self.is_working_day(day):
            return timedelta(0)
        opens, closes = self._open_interval(day)
        lo, hi = max(opens, start), min(closes, end)
        return hi - lo if hi > lo else timedelta(0)

    def closed_days_in(self, days: Iterable[date]) -> list[date]:
        return [d for d in days if not self.is_working_day(d)]
