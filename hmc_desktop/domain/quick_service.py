"""Snabbservice (walk-in quick service): weekday time slots 09:00–14:00 booked by customer service."""

from datetime import date, datetime, time, timedelta

from hmc_desktop.domain.calendar import TZ, WorkCalendar, to_local
from hmc_desktop.domain.errors import ValidationError

SLOT_MINUTES = 30  # the length of one booking
OPENS = time(9, 0)  # first slot starts (seed 001: "vardagar mellan kl 09.00-14.00")
CLOSES = time(14, 0)  # last slot ends


def slot_starts(day: date, calendar: WorkCalendar, minutes: int = SLOT_MINUTES) -> list[datetime]:
    """Every slot's start on ``day`` (aware, Stockholm); none on a day the centre is closed."""
    if not calendar.is_working_day(day):
        return []
    start, end = datetime.combine(day, OPENS), datetime.combine(day, CLOSES)
    out: list[datetime] = []
    t = start
    while t + timedelta(minutes=minutes) <= end:
        out.append(t.replace(tzinfo=TZ))
        t += timedelta(minutes=minutes)
    return out


def check_slot(starts: datetime, calendar: WorkCalendar, now: datetime,
               minutes: int = SLOT_MINUTES) -> datetime:
    """``starts`` as an aware Stockholm time if it is a bookable slot; else a one-sentence refusal."""
    local = to_local(starts).replace(second=0, microsecond=0)
    day = local.date()
    if not calendar.is_working_day(day):
        raise ValidationError("pickup_date_closed", field="starts", date=day.isoformat())
    if local not in slot_starts(day, calendar, minutes):
        raise ValidationError("slot_outside_hours", field="starts", time=local.strftime("%H:%M"),
                              opens=OPENS.strftime("%H:%M"), closes=CLOSES.strftime("%H:%M"),
                              minutes=minutes)
    if local < now:
        raise ValidationError("slot_in_past", field="starts",
                              when=local.strftime("%Y-%m-%d %H:%M"))
    return local
