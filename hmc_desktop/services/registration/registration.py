"""Registering work orders by phone, fax and at the counter (W1–W3, W6–W8, W10).

A draft is previewed as often as the person types: the mailbox, the deadlines from the
live calendar and catalogue, the billing, what W6 still misses, likely duplicates and
the problems that block saving. Registering is one audited transaction. The type of a
registered order never changes (W2); everything else can be corrected with ``update``.
The lookups the dialog needs come from :class:`RegistryLookups`, the data classes from
:mod:`hmc_desktop.services.registration.model`.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hmc_desktop.db.models import Attachment, Device, Orderer, WorkOrder
from hmc_desktop.domain.catalogue import WorkOrderType, normalise_code
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.orders.actions import OrderService, OrderView
from hmc_desktop.services.orders.flow_common import lock_order
from hmc_desktop.services.orders.flow_rules import ORDERER_KINDS
from hmc_desktop.services.orders.rules import derive
from hmc_desktop.services.orders.techdoc import file_name_of
from hmc_desktop.services.registration.lookup import RegistryLookups, find_device
from hmc_desktop.services.registration.model import (
    ADAPTATION_TYPES,
    OPEN,
    PROBLEM_FIELDS,
    SOURCES,
    UPDATABLE,
    WORK_LOCATIONS,
    ArticleFacts,
    AttachmentDraft,
    DeviceFacts,
    Notice,
    OrderDraft,
    OrdererFacts,
    Preview,
    check_draft,
    clean_changes,
    kind_of,
    merged_draft,
)

NUMBER_ATTEMPTS = 5
W7_EXCEPTION = "medicinsk behandling i hemmet"

__all__ = ["ADAPTATION_TYPES", "SOURCES", "WORK_LOCATIONS", "ArticleFacts", "AttachmentDraft",
           "DeviceFacts", "Notice", "OrderDraft", "OrdererFacts", "Preview",
           "RegistrationService"]


def _refuse(notice: Notice) -> DomainError:
    return DomainError(notice.key, **dict(notice.params))


class RegistrationService(RegistryLookups):
    """New orders by phone, fax and at the counter; each action one transaction, audited (W10)."""

    def preview(self, draft: OrderDraft) -> Preview:
        """What ``draft`` would get if registered now; nothing is stored.

        Attachments count by their kind only (their content may still be on disk): files
        are checked when the order is registered.
        """
        t = self.ctx.catalogue.get(draft.type_code)
        check_draft(draft, t, with_files=False)
        with self.ctx.db.reading() as session:
            return self._assess(session, draft, t, self.ctx.clock.now())[0]

    def register(self, draft: OrderDraft) -> OrderView:
        """Register ``draft`` now: saved even when incomplete (W6, flagged), refused on a problem.

        The order number is the year's next (``HMC2026-000123``); when another workstation
        takes it a moment before us, the next one is tried.
        """
        self.ctx.user.require(Action.REGISTER_ORDER)
        t = self.ctx.catalogue.get(draft.type_code)
        check_draft(draft, t)
        order_no = ""
        for attempt in range(NUMBER_ATTEMPTS):
            try:
                order_no = self._register(draft, t)
                break
            except IntegrityError:
                if attempt == NUMBER_ATTEMPTS - 1:
                    raise
        return OrderService(self.ctx).show(order_no)

    def _register(self, draft: OrderDraft, t: WorkOrderType) -> str:
        now, who = self.ctx.clock.now(), self.ctx.user.login
        with self.ctx.db.transaction() as session:
            p, device, by_name = self._assess(session, draft, t, now)
            if p.problems:
                raise _refuse(p.problems[0])
            order = WorkOrder(
                order_no=self.next_number(session, now), type_code=t.code, mailbox=p.mailbox,
                status="registered", registered=now, start_by=p.deadlines.start_by,
                finish_by=p.deadlines.finish_by, contact_by=p.deadlines.contact_by,
                billing=p.billing, incomplete="|".join(p.missing), orderer_id=draft.orderer_id,
                device_id=device.id if device else None,
                holder_id=device.holder_id if device else None,
                description=draft.description.strip(),
                service_product=draft.service_product.strip(), payer_no=draft.payer_no.strip(),
                medical_risk=draft.medical_risk, technical_review=draft.technical_review,
                source=draft.source, ordered_by_role=draft.ordered_by_role,
                ordered_by_name=by_name, work_location=draft.work_location, updated_at=now,
                prescriber_participates=(draft.prescriber_participates
                                         if t.code in ADAPTATION_TYPES else None))
            order.attachments = [Attachment(file_name=file_name_of(a.file_name), kind=a.kind,
                                            content=a.content, size=len(a.content), added_by=who,
                                            added_at=now) for a in draft.attachments]
            session.add(order)
            session.flush()  # a taken order number speaks here
            key = order.order_no
            record(session, who=who, at=now, entity="order", key=key, action="register",
                   field="created", new=f"registered ({draft.source})")
            notes = {"incomplete": order.incomplete, "duplicate_of": ", ".join(p.duplicates),
                     "w7_exception": W7_EXCEPTION if t.prescriber_only
                     and draft.ordered_by_role != "prescriber" else ""}
            for field, new in notes.items():
                if new:
                    record(session, who=who, at=now, entity="order", key=key, action="register",
                           field=field, new=new)
            return key

    @staticmethod
    def next_number(session: Session, now: datetime) -> str:
        """'HMC' + year + '-' + six digits: the year's highest such number plus one."""
        prefix = f"HMC{now.year}-"
        last = session.scalar(select(func.max(WorkOrder.order_no)).where(
            WorkOrder.order_no.like(f"{prefix}______")))
        tail = last[len(prefix):] if last else ""
        return f"{prefix}{int(tail) + 1 if tail.isdigit() else 1:06d}"

    def _assess(self, session: Session, draft: OrderDraft, t: WorkOrderType,
                registered: datetime) -> tuple[Preview, Device | None, str]:
        """The preview, the device and the name of who ordered (W7), read in ``session``."""
        problems: list[Notice] = []
        number = draft.individual_no.strip()
        device = find_device(session, number) if number else None
        if number and device is None:
            problems.append(Notice("device_unknown", (("individual_no", number),)))
        elif not number and t.requires_device:
            problems.append(Notice("device_required", (("code", t.code),)))
        orderer = session.get(Orderer, draft.orderer_id) if draft.orderer_id is not None else None
        if draft.orderer_id is not None and orderer is None:
            problems.append(Notice("orderer_not_found", (("orderer_id", draft.orderer_id),)))
        if not draft.description.strip():
            problems.append(Notice("description_required"))
        by_name = draft.ordered_by_name.strip()
        if not by_name and draft.ordered_by_role == "prescriber" and orderer is not None:
            by_name = orderer.name
        if t.prescriber_only:  # W7: an acute order comes from a prescriber, or the exception
            en, sv = ORDERER_KINDS[draft.ordered_by_role]
            if draft.ordered_by_role != "prescriber" and not draft.home_medical_treatment:
                problems.append(Notice("prescriber_only", (("code", t.code), ("kind", en),
                                                           ("kind_sv", sv))))
            if not by_name:
                problems.append(Notice("orderer_name_required"))
        review = draft.technical_review
        if review and not t.allows_technical_review:  # W8
            problems.append(Notice("technical_review_type", (("code", t.code),)))
            review = False
        d = derive(t, registered, self.ctx.deadlines, technical_review=review,
                   simple_aid=bool(device and device.article.simple_aid),
                   service_product=draft.service_product, payer_no=draft.payer_no,
                   attachment_kinds=[a.kind for a in draft.attachments])
        facts = self.facts(session, device) if device is not None else None
        same = tuple(no for no, code in (facts.open_orders if facts else ())
                     if kind_of(code) == kind_of(t.code))
        warnings = (Notice("likely_duplicate", (("individual_no", number),
                                                ("orders", ", ".join(same)))),) if same else ()
        preview = Preview(t.code, registered, d.mailbox, d.deadlines, d.billing,
                          tuple(i for i in d.incomplete.split("|") if i), same, tuple(problems),
                          warnings, facts, bool(number) and device is None)
        return preview, device, by_name

    # -- corrections later -----------------------------------------------------------------
    def update(self, order_no: str, changes: dict[str, Any]) -> OrderView:
        """Change anything but the type (W2); every change audited, deadlines re-derived.

        ``changes`` maps :data:`UPDATABLE` names to new values. Only the rules a change
        touches are checked again: correcting the description of an imported acute order
        does not ask who ordered it.
        """
        user = self.ctx.user
        user.require(Action.REGISTER_ORDER)  # correcting a registration
        for name in changes:
            if name not in UPDATABLE:
                raise ValidationError("order_field_unknown", field=name, name=name,
                                      valid=", ".join(UPDATABLE))
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            if "type_code" in changes and normalise_code(str(changes["type_code"])) != order.type_code:
                raise DomainError("type_immutable")
            if order.status not in OPEN:
                raise DomainError("order_closed", order_no=order.order_no, current=order.status)
            t = self.ctx.catalogue.get(order.type_code)
            values = clean_changes(changes)
            if "individual_no" in changes:
                values["device_id"], values["holder_id"] = self._device_ids(
                    session, str(changes["individual_no"] or "").strip(), t)
            draft = merged_draft(order, values, changes)
            check_draft(draft, t, with_files=False)
            p, _device, by_name = self._assess(session, draft, t,
                                               values.get("registered", order.registered))
            touched = [n for n in p.problems if PROBLEM_FIELDS.get(n.key, set()) & changes.keys()]
            if touched:
                raise _refuse(touched[0])
            derived: dict[str, Any] = {"incomplete": "|".join(p.missing)}
            if {"ordered_by_role", "ordered_by_name", "orderer_id"} & changes.keys():
                derived["ordered_by_name"] = by_name
            if {"registered", "technical_review"} & changes.keys():
                derived.update(start_by=p.deadlines.start_by, finish_by=p.deadlines.finish_by,
                               contact_by=p.deadlines.contact_by)
            if "device_id" in values:
                derived["billing"] = p.billing
            if set_and_record(session, order, {**values, **derived}, who=user.login, at=now,
                              entity="order", key=order.order_no, action="update"):
                order.updated_at = now
                if (t.prescriber_only and "ordered_by_role" in changes
                        and draft.ordered_by_role != "prescriber"):
                    record(session, who=user.login, at=now, entity="order", key=order.order_no,
                           action="update", field="w7_exception", new=W7_EXCEPTION)
        return OrderService(self.ctx).show(order.order_no)

    @staticmethod
    def _device_ids(session: Session, number: str, t: WorkOrderType) -> tuple[int | None, int | None]:
        """(device id, holder id) of the new individual number; empty only where allowed."""
        if not number:
            if t.requires_device:
                raise DomainError("device_required", code=t.code)
            return None, None
        device = find_device(session, number)
        if device is None:
            raise NotFound("device_unknown", individual_no=number)
        return device.id, device.holder_id
