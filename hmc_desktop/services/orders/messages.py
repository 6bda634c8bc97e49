"""Messages to the orderer (W4, W5, P3): drafted in Swedish, kept in the order's outbox."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from hmc_desktop.db import models
from hmc_desktop.domain.sla import Deadlines, evaluate
from hmc_desktop.services.core.clock import fmt_minute

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.db.models import Message, WorkOrder
    from hmc_desktop.services.core.context import ServiceContext


def _opening(order_no: str, type_name: str, individual_no: str | None,
             orderer_name: str | None) -> tuple[str, str]:
    device = f" (individnummer {individual_no})" if individual_no else ""
    greeting = f"Hej {orderer_name}," if orderer_name else "Hej,"
    return greeting, f"Arbetsorder {order_no}, {type_name}{device}"


CANCEL_REASON_LINE = "Orsak: "


def cancel_message(order_no: str, type_name: str, individual_no: str | None,
                   orderer_name: str | None, reason: str) -> tuple[str, str]:
    """W4: subject and body telling the orderer the order is cancelled, and why.

    Pure text from what the window already shows, so the cancel dialog can show (and the
    person edit) the message as the reason is chosen, without asking the database.
    """
    greeting, head = _opening(order_no, type_name, individual_no, orderer_name)
    body = (f"{greeting}\n\n{head} har makulerats.\n{CANCEL_REASON_LINE}{reason}\n\n"
            "Behövs åtgärden fortfarande, registrera en ny arbetsorder.")
    return f"Arbetsorder {order_no} makulerad", body


# W5: what the orderer is told will not hold, by the deadline at risk.
_LATE = {"start": "kunna påbörjas", "finish": "bli klar", "contact": "hinna kontakta brukaren"}


def draft(order: WorkOrder, kind: str, ctx: ServiceContext, *,
          expected: date | None = None) -> tuple[str, str]:
    """Subject and body of the message of ``kind`` for ``order``; ``expected``: the W5 delay
    message's new expected date."""
    t = ctx.catalogue.get(order.type_code)
    number = order.device.individual_no if order.device else None
    name = order.orderer.name if order.orderer else None
    greeting, head = _opening(order.order_no, t.name, number, name)
    if kind == "cancelled":
        return cancel_message(order.order_no, t.name, number, name, order.cancel_reason)
    if kind == "completed":
        return (f"Arbetsorder {order.order_no} klar",
                f"{greeting}\n\n{head} är utförd och avslutad.")
    if kind == "at_risk":
        body = f"{greeting}\n\n{head} {_delay_sentence(order, ctx)}\n"
        body += expected_sentence(expected) if expected else "Vi återkommer med ny tid."
        return f"Arbetsorder {order.order_no} försenas", body
    return f"Arbetsorder {order.order_no}", f"{greeting}\n\n{head}.\n"


def _delay_sentence(order: WorkOrder, ctx: ServiceContext) -> str:
    """The deadline at risk is the nearest one not met: a started order's finish, not its start."""
    sla = evaluate(Deadlines(order.start_by, order.finish_by, order.contact_by),
                   started=order.started, completed=order.completed, contacted=order.contacted,
                   cancelled=order.cancelled, now=ctx.clock.now(), calendar=ctx.calendar)
    if sla.next_kind is None or sla.next_due is None:
        return "kommer tyvärr att ta längre tid än beräknat."
    when = (fmt_minute(sla.next_due) or "").replace("T", " ")
    return (f"kommer tyvärr inte att {_LATE[sla.next_kind]} inom ledtiden "
            f"(senast {when}).")


def expected_sentence(expected: date) -> str:
    """W5: the sentence that gives the orderer the new date."""
    return f"Ny beräknad klardag: {expected.isoformat()}."


def store(session: Session, order: WorkOrder, kind: str, subject: str, body: str,
          who: str, at: datetime, expected_date: date | None = None) -> Message:
    msg = models.Message(order_id=order.id, kind=kind, subject=subject, body=body,
                         created_by=who, created_at=at, expected_date=expected_date)
    session.add(msg)
    return msg


def add(session: Session, order: WorkOrder, kind: str, who: str, at: datetime,
        ctx: ServiceContext) -> Message:
    """Draft and store the message of ``kind``."""
    subject, body = draft(order, kind, ctx)
    return store(session, order, kind, subject, body, who, at)


def last_delay_notice(session: Session, order_id: int) -> tuple[datetime, date | None] | None:
    """W5: when the orderer was last told of a delay, and the new date they were given."""
    row = session.execute(
        select(models.Message.created_at, models.Message.expected_date)
        .where(models.Message.order_id == order_id, models.Message.kind == "at_risk")
        .order_by(models.Message.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row is not None else None
