"""W5: at risk before the breach; breached when met late or passed (CONTRACT `order show`)."""

import random
from datetime import datetime, timedelta

import pytest

from hmc_desktop.domain.calendar import TZ, WorkCalendar
from hmc_desktop.domain.sla import Deadlines, evaluate, risk_horizon

CAL = WorkCalendar()
START_BY = datetime(2026, 11, 26, 16, 0, tzinfo=TZ)
FINISH_BY = datetime(2026, 12, 7, 16, 0, tzinfo=TZ)
D = Deadlines(start_by=START_BY, finish_by=FINISH_BY)


def at(day: int, hh: int, mm: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hh, mm, tzinfo=TZ)


def state(now: datetime, started=None, completed=None, cancelled=None):
    return evaluate(D, started=started, completed=completed, contacted=None,
                    cancelled=cancelled, now=now, calendar=CAL)


@pytest.mark.parametrize(
    ("now", "at_risk"),
    [
        (at(23, 10), False),
        (at(25, 15, 59), False),  # 8 h 01 of working time left
        (at(25, 16), False),  # exactly one working day left is not 'less than'
        (at(26, 8, 1), True),
        (at(26, 15, 59), True),
        (at(26, 16), True),  # the deadline itself: not yet passed
    ],
)
def test_w5_at_risk_when_less_than_one_working_day_left(now: datetime, at_risk: bool):
    s = state(now)
    assert s.at_risk is at_risk
    assert s.breached == ()


def test_passed_start_deadline_is_breached_not_at_risk():
    s = state(at(26, 16, 1))
    assert s.breached == ("start",)
    assert s.at_risk is False


def test_start_exactly_on_the_deadline_is_met():
    assert state(at(27, 9), started=START_BY).breached == ()


def test_start_a_minute_late_is_breached_even_after_completion():
    s = state(at(2, 9, month=12), started=START_BY + timedelta(minutes=1), completed=at(1, 10, month=12))
    assert s.breached == ("start",)
    assert s.at_risk is False


def test_cancelled_order_is_judged_at_cancellation_and_never_at_risk():
    s = state(at(10, 9, month=12), cancelled=at(24, 9))
    assert s.breached == ()
    assert s.at_risk is False


def test_a_cancelled_order_is_never_late_even_if_cancelled_after_its_deadline():
    """W4: cancelled on 1 Dec, after its start (26 Nov) and finish (7 Dec passes later) deadlines:
    the queue must not call it Försenad."""
    s = state(at(10, 9, month=12), cancelled=at(1, 9, month=12))
    assert (s.breached, s.at_risk, s.next_due) == ((), False, None)


def test_next_deadline_is_the_nearest_not_met():
    assert state(at(24, 9)).next_kind == "start"
    assert state(at(27, 9), started=at(24, 9)).next_kind == "finish"


def test_risk_horizon_agrees_with_evaluate():
    """The SQL filter uses the horizon; it must classify exactly as evaluate() does."""
    rng = random.Random(7)
    base = at(16, 0)
    for _ in range(400):
        now = base + timedelta(minutes=rng.randrange(0, 60 * 24 * 14))
        due = now + timedelta(minutes=rng.randrange(0, 60 * 24 * 5))
        horizon = risk_horizon(now, CAL)
        s = evaluate(Deadlines(finish_by=due), started=None, completed=None, contacted=None,
                     cancelled=None, now=now, calendar=CAL)
        assert s.at_risk is (due < horizon), (now, due, horizon)
