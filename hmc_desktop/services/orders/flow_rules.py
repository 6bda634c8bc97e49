"""Order rules in the flows: who ordered (W7) and the delay message (W5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from hmc_desktop.db import models
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders import messages
from hmc_desktop.services.orders.flow_common import check_open, lock_order

ORDERER_KINDS: dict[str, tuple[str, str]] = {  # kind → (English, Swedish in a sentence)
    "prescriber": ("prescriber", "en förskrivare"),
    "patient": ("patient", "patienten"),
    "relative": ("relative", "en anhörig"),
    "staff": ("member of care staff", "vårdpersonal"),
}


@dataclass(frozen=True, slots=True)
class OrdererRecord:
    """Who ordered (W7) as stored on the order."""

    order_no: str
    kind: str
    name: str
    home_medical_treatment: bool


@dataclass(frozen=True, slots=True)
class MessageView:
    """A message to the orderer in the order's outbox."""

    id: int
    order_no: str
    kind: str
    subject: str
    body: str
    created_by: str
    created_at: datetime
    expected_date: date | None = None  # W5: the new date the orderer was given


class OrderRulesService:
    """W7 (who may order) and W5 (the delay message) as actions on an order."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record_orderer(self, order_no: str, role: str, name: str,
                       home_medical_treatment: bool = False) -> OrdererRecord:
        """Record who ordered: 'prescriber', 'patient', 'relative' or 'staff' (W7).

        A type whose catalogue entry is prescriber-only (3, acute) refuses anyone else,
        unless the aid is for medical treatment at home (seed 001's exception), which is
        then recorded in the audit trail.
        """
        user = self.ctx.user
        user.require(Action.REGISTER_ORDER)  # who ordered is part of the order's registration
        kind = role.strip().lower()
        if kind not in ORDERER_KINDS:
            raise ValidationError("orderer_kind_unknown", field="role", kind=role,
                                  valid=", ".join(ORDERER_KINDS))
        if not name.strip():
            raise ValidationError("orderer_name_required", field="name")
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            t = self.ctx.catalogue.get(order.type_code)
            exception = t.prescriber_only and kind != "prescriber"
            if exception and not home_medical_treatment:
                en, sv = ORDERER_KINDS[kind]
                raise DomainError("prescriber_only", code=t.code, kind=en, kind_sv=sv)
            if set_and_record(session, order, {"ordered_by_role": kind,
                                               "ordered_by_name": name.strip()},
                              who=user.login, at=now, entity="order", key=order.order_no,
                              action="orderer"):
                order.updated_at = now
            if exception:
                record(session, who=user.login, at=now, entity="order", key=order.order_no,
                       action="orderer", field="w7_exception",
                       new="medicinsk behandling i hemmet")
            return OrdererRecord(order.order_no, kind, name.strip(), exception)

    def draft_delay_message(self, order_no: str,
                            expected: date | None = None) -> tuple[str, str]:
        """W5: subject and body of the message telling the orderer the lead time will not hold:
        it names the deadline at risk (a started order's finish, not its start) and, once the
        technician gives it, the new expected date."""
        with self.ctx.db.reading() as session:
            order = session.scalars(select(models.WorkOrder).where(
                models.WorkOrder.order_no == order_no.strip())).unique().one_or_none()
            if order is None:
                raise NotFound("order_not_found", order_no=order_no.strip())
            check_open(order)
            return messages.draft(order, "at_risk", self.ctx, expected=expected)

    def send_delay_message(self, order_no: str, subject: str, body: str,
                           expected: date | None) -> MessageView:
        """W5/P3: put the (edited) delay message in the order's outbox, with the new expected
        date the technician gives (after today); the text always states that date."""
        user = self.ctx.user
        user.require(Action.MESSAGE_ORDERER)
        if not subject.strip() or not body.strip():
            raise ValidationError("message_text_required", field="body")
        if expected is None:
            raise ValidationError("expected_date_required", field="expected_date")
        now = self.ctx.clock.now()
        if expected <= to_local(now).date():
            raise ValidationError("expected_date_past", field="expected_date",
                                  date=expected.isoformat())
        text = body.strip()
        if expected.isoformat() not in text:  # the person edited the date out of the text
            text += "\n\n" + messages.expected_sentence(expected)
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            check_open(order)
            msg = messages.store(session, order, "at_risk", subject.strip(), text, user.login,
                                 now, expected_date=expected)
            session.flush()
            record(session, who=user.login, at=now, entity="order", key=order.order_no,
                   action="message", field="at_risk",
                   new=f"{msg.subject} (ny klardag {expected.isoformat()})")
            return MessageView(msg.id, order.order_no, msg.kind, msg.subject, msg.body,
                               msg.created_by, msg.created_at, msg.expected_date)
