"""The SQL conditions of a follow-up filter (:mod:`hmc_desktop.services.queue.followup`), which
the queue applies too: a clicked number and the queue it opens show the very same orders.

The queue loads this module with its first follow-up filter: the lead-time conditions (and
the report's CSV with them) are not part of the window's start-up.
"""

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement

from hmc_desktop.domain.calendar import WorkCalendar
from hmc_desktop.domain.sla import risk_horizon
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.services.queue.conditions import (
    OPEN,
    W,
    at_risk_condition,
    breached_condition,
)
from hmc_desktop.services.reports.leadtimes import OUTCOMES, outcome_condition, period_bounds

FilterDict = Mapping[str, Any]
STATES = ("open", "at_risk", "breached", "registered", "completed", "counted", *OUTCOMES)
QUEUE_EXACT = frozenset({"open", "at_risk", "breached"})


def followup_conditions(flt: FilterDict, now: datetime, calendar: WorkCalendar) -> list[ColumnElement[bool]]:
    """The SQL conditions of a follow-up filter (:mod:`hmc_desktop.services.queue.followup`):
the queue and the follow-up view apply the very same ones."""
    state = flt.get("state", "open")
    if state not in STATES:
        raise ValueError(f"unknown follow-up state {state!r}")
    conds: list[ColumnElement[bool]] = []
    if flt.get("mailbox"):
        conds.append(W.mailbox == flt["mailbox"])
    if flt.get("type"):
        conds.append(W.type_code == flt["type"])
    conds += _date_range(W.registered, flt.get("registered_from"), flt.get("registered_to"))
    conds += _date_range(W.completed, flt.get("completed_from"), flt.get("completed_to"))
    if state in QUEUE_EXACT:
        conds.append(W.status.in_(OPEN))
    if state == "at_risk":
        conds.append(at_risk_condition(now, risk_horizon(now, calendar)))
    elif state == "breached":
        conds.append(breached_condition(now))
    elif state == "completed":
        conds.append(W.status == OrderStatus.COMPLETED.value)
    elif state == "counted" or state in OUTCOMES:
        conds.append(W.status != OrderStatus.CANCELLED.value)
        if state in OUTCOMES:
            conds.append(outcome_condition(state, now))
    return conds


def _date_range(column: Any, first: str | None, last: str | None) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if first:
        out.append(column >= period_bounds(date.fromisoformat(first), date.fromisoformat(first))[0])
    if last:
        out.append(column < period_bounds(date.fromisoformat(last), date.fromisoformat(last))[1])
    return out
