"""The memoising deadline deriver (C2, C3, W8) answers exactly what counting afresh answers:
its memory is keyed by the lead time's shape and what that shape depends on (the day for
working days, the minute for working hours), never by a type code."""

from datetime import datetime

from hmc_desktop.domain.calendar import TZ, CalendarSettings, WorkCalendar
from hmc_desktop.domain.catalogue import DEFAULT_TYPES, Family, WorkOrderType
from hmc_desktop.domain.sla import (
    DeadlineDeriver,
    NoLeadTime,
    WorkingDays,
    WorkingHours,
    compute_deadlines,
    lead_time_of,
)
from hmc_desktop.domain.types import Billing

MOMENTS = [datetime(2026, m, d, h, mi, tzinfo=TZ) for m, d, h, mi in (
    (12, 23, 8, 0), (12, 23, 15, 30), (12, 23, 8, 0), (4, 2, 9, 15), (4, 2, 15, 59),
    (11, 28, 10, 0), (11, 23, 7, 30), (11, 23, 15, 45), (11, 23, 12, 0))]


def _calendar() -> WorkCalendar:
    return WorkCalendar(CalendarSettings())


def test_the_deriver_answers_what_counting_afresh_answers_for_every_type_and_moment():
    calendar = _calendar()
    derive = DeadlineDeriver(calendar)
    for t in DEFAULT_TYPES:
        for review in (False, True) if t.allows_technical_review else (False,):
            for moment in MOMENTS:  # same day, other minutes: hours must not share an answer
                assert derive(t, moment, review) == compute_deadlines(t, moment, calendar, review)


def test_a_new_shape_of_an_existing_kind_needs_no_code_anywhere():
    """Working hours with a start in days (no default type has it) is keyed to the minute."""
    odd = WorkOrderType("16", "Akut med start", mailbox="Underhåll", sort_order=16,
                        billing=Billing.INVOICED, family=Family.ACUTE, start_days=1,
                        finish_hours=4)
    assert lead_time_of(odd) == WorkingHours(4, 1)
    derive = DeadlineDeriver(_calendar())
    morning, afternoon = (datetime(2026, 11, 23, h, tzinfo=TZ) for h in (9, 13))
    assert derive(odd, morning).start_by == derive(odd, afternoon).start_by
    assert derive(odd, morning).finish_by != derive(odd, afternoon).finish_by


def test_the_shape_comes_from_the_row_not_the_code():
    by_code = {t.code: lead_time_of(t) for t in DEFAULT_TYPES}
    assert by_code["0"] == by_code["12"] == by_code["SDH"] == WorkingDays(3, 10)
    assert by_code["3"] == by_code["13"] == WorkingHours(8)
    assert by_code["4"] == by_code["10"] == NoLeadTime()
    assert by_code["5"] == WorkingDays(15, None)
