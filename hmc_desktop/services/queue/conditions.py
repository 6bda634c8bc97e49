"""The queue's SQL conditions shared with the follow-up view: open, at risk (W5), breached.

Core columns only (no ORM before the queue's first rows).
"""

from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_

from hmc_desktop.db import tables
from hmc_desktop.domain.types import OPEN_STATUSES

W = tables.work_orders.c
OPEN = tuple(s.value for s in OPEN_STATUSES)
_PENDING = ((W.start_by, W.started), (W.finish_by, W.completed), (W.contact_by, W.contacted))


def at_risk_condition(now: datetime, horizon: datetime) -> ColumnElement[bool]:
    """A deadline not met lies in [now, horizon): SQL for ``evaluate``'s at_risk (open orders)."""
    return or_(*(and_(met.is_(None), due >= now, due < horizon) for due, met in _PENDING))


def breached_condition(now: datetime) -> ColumnElement[bool]:
    """A deadline not met has passed (open orders)."""
    return or_(*(and_(met.is_(None), due < now) for due, met in _PENDING))
