"""Deadlines stored before C2 was made precise, put right once when a database is first opened.

C2 counts the working days after the registration day, whatever day that is. The program
used to count a registration on a Saturday, Sunday or holiday as if it had come on the next
working day, one working day too generous. Those deadlines are stored with each order
(C4), so the open orders registered on a day that was not a working day get theirs counted
again, audited like any recalculation (W10); closed orders keep what they were measured by.
"""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import WorkOrder
from hmc_desktop.domain.calendar import WorkCalendar, to_local
from hmc_desktop.domain.catalogue import Catalogue
from hmc_desktop.domain.sla import compute_deadlines
from hmc_desktop.domain.types import OPEN_STATUSES
from hmc_desktop.services.core.audit import set_and_record


def recount_registered_on_closed_days(session: Session, catalogue: Catalogue,
                                      calendar: WorkCalendar, who: str, at: datetime) -> int:
    """New deadlines for open orders registered on a non-working day, counted with the stored
    ``catalogue`` and ``calendar``; returns how many moved."""
    moved = 0
    for order in session.scalars(select(WorkOrder).where(WorkOrder.status.in_(OPEN_STATUSES))
                                 ).unique():
        if calendar.is_working_day(to_local(order.registered).date()):
            continue
        d = compute_deadlines(catalogue.get(order.type_code), order.registered, calendar,
                              order.technical_review)
        moved += bool(set_and_record(
            session, order, {"start_by": d.start_by, "finish_by": d.finish_by,
                             "contact_by": d.contact_by},
            who=who, at=at, entity="order", key=order.order_no, action="recalculate"))
    return moved
