"""Messages to the orderer (W4, W5, P3): drafted in Swedish, kept in the order's outbox."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from hmc_desktop.db import models
from hmc_desktop.services.clock import fmt_minute

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.db.models import Message, WorkOrder
    from hmc_desktop.services.context import ServiceContext


def draft(order: WorkOrder, kind: str, ctx: ServiceContext) -> tuple[str, str]:
    """Subject and body of the message of ``kind`` for ``order``."""
    t = ctx.catalogue.get(order.type_code)
    device = f" (individnummer {order.device.individual_no})" if order.device else ""
    greeting = f"Hej {order.orderer.name}," if order.orderer else "Hej,"
    head = f"Arbetsorder {order.order_no}, {t.name}{device}"
    if kind == "cancelled":
        body = (f"{greeting}\n\n{head} har makulerats.\nOrsak: {order.cancel_reason}\n\n"
                "Behövs åtgärden fortfarande, registrera en ny arbetsorder.")
        return f"Arbetsorder {order.order_no} makulerad", body
    if kind == "completed":
        return (f"Arbetsorder {order.order_no} klar",
                f"{greeting}\n\n{head} är utförd och avslutad.")
    if kind == "at_risk":
        due = min((d for d in (order.start_by, order.finish_by, order.contact_by) if d), default=None)
        when = (fmt_minute(due) or "").replace("T", " ")
        body = (f"{greeting}\n\n{head} kommer tyvärr inte att hinna utföras inom ledtiden "
                f"({when}).\nVi återkommer med ny tid så snart vi kan.")
        return f"Arbetsorder {order.order_no} försenas", body
    return f"Arbetsorder {order.order_no}", f"{greeting}\n\n{head}.\n"


def store(session: Session, order: WorkOrder, kind: str, subject: str, body: str,
          who: str, at: datetime) -> Message:
    msg = models.Message(order_id=order.id, kind=kind, subject=subject, body=body,
                         created_by=who, created_at=at)
    session.add(msg)
    return msg


def add(session: Session, order: WorkOrder, kind: str, who: str, at: datetime,
        ctx: ServiceContext) -> Message:
    """Draft and store the message of ``kind``."""
    subject, body = draft(order, kind, ctx)
    return store(session, order, kind, subject, body, who, at)
