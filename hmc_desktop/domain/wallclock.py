"""Stockholm wall-clock times given by people and files: only times that exist, in years we keep.

C4: times are Stockholm local time in the interface and stored as instants. A wall-clock time
given from outside (an import file, ``--registered``, ``--as-of``) must name an instant:

* the night the clocks go forward, 02:00–02:59 does not exist; Python would quietly read
  02:30 as 03:30 — refused instead (the file or the person meant something else);
* the night they go back, 02:00–02:59 happens twice; the first time is meant (as the
  import has always read it);
* years outside 1900–2199 are no dates of this trade (0001 and 9999 are typing slips, and
  deadlines counted from them would run off the calendar): refused.
"""

from datetime import UTC, date, datetime

from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.errors import ValidationError

EARLIEST_YEAR, LATEST_YEAR = 1900, 2199


def check_day(day: date, field: str | None = None) -> date:
    """``day`` if its year is one we keep, else :class:`ValidationError`."""
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValidationError("date_out_of_range", field=field, value=day.isoformat(),
                              earliest=EARLIEST_YEAR, latest=LATEST_YEAR)
    return day


def skipped(naive: datetime) -> bool:
    """Whether this Stockholm wall-clock time falls in the hour skipped when clocks go forward."""
    if naive.hour != 2 or naive.month != 3 or naive.day < 25:  # the last Sunday of March, 02:xx
        return False  # (the quick answer for all but a few minutes a year: imports ask often)
    there_and_back = naive.replace(tzinfo=TZ).astimezone(UTC).astimezone(TZ)
    return there_and_back.replace(tzinfo=None) != naive.replace(tzinfo=None, fold=0)


def stockholm(naive: datetime, field: str | None = None) -> datetime:
    """The instant a Stockholm wall-clock time names (aware); refuses a time that does not
    exist, and years outside :data:`EARLIEST_YEAR`–:data:`LATEST_YEAR`."""
    check_day(naive.date(), field)
    if skipped(naive):
        raise ValidationError("time_skipped", field=field,
                              value=naive.strftime("%Y-%m-%d %H:%M"))
    return naive.replace(tzinfo=TZ, fold=0)
