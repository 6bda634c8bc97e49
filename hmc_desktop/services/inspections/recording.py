"""Periodic inspection (PM4): recording an inspection, and reading a device's inspections.

Recording an inspection is one transaction: the checklist, the device's new last inspection
and due day, the booked visit done, and — for a step not OK — the corrective order (type 1 at
the centre, type 2 at the user's) linked to the inspection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import check_can_hand_out
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.domain.inspection import (
    StepResult,
    check_inspection,
    check_inspection_day,
    corrective_description,
    corrective_type,
    is_overdue,
)
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.blocking import inspection_state
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.inspections.plans import plan_of, refresh_due
from hmc_desktop.services.orders.flow_common import lock_device
from hmc_desktop.services.orders.rules import derive

NUMBER_ATTEMPTS = 5
BOOKED = "booked"


@dataclass(frozen=True, slots=True)
class InspectionForm:
    """What the technician's checklist dialog needs: the device, its plan and its due day."""

    individual_no: str
    article_no: str
    article_name: str
    product_group: str
    device_status: str
    location: str
    holder_name: str | None
    interval_months: int
    steps: tuple[str, ...]
    last_inspected: date | None
    due: date | None
    overdue: bool
    visit_at: datetime | None
    corrective_type: str  # the type a step not OK creates (PM4)


@dataclass(frozen=True, slots=True)
class InspectionFacts:
    """PM2/PM4 on the device card: the plan's interval, the last inspection, the next due day."""

    interval_months: int
    last_inspected: date | None
    due: date | None
    overdue: bool
    blocked: str | None  # the sentence of an inspection block in force (D2), else None
    visit_at: datetime | None  # a booked visit (Stockholm time)


@dataclass(frozen=True, slots=True)
class StepView:
    name: str
    result: str | None
    note: str


@dataclass(frozen=True, slots=True)
class InspectionView:
    """One recorded inspection (the device card, the protocol, the dialog's answer)."""

    inspection_id: int
    individual_no: str
    performed_on: date
    recorded_at: datetime
    technician: str
    result: str  # ok | not_ok
    note: str
    due: date | None
    next_due: date | None
    order_no: str | None
    steps: tuple[StepView, ...]

    def to_json(self) -> dict[str, Any]:
        """``inspection record --json`` (CONTRACT)."""
        return {"inspection": self.inspection_id, "next_due": _iso(self.next_due),
                "order_no": self.order_no}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


class InspectionService:
    """The due list and recording inspections; recording needs Action.INSPECT (PM4)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- recording (PM4) ---------------------------------------------------------------
    def form(self, individual_no: str) -> InspectionForm:
        """The device and its checklist, for the technician; refused for a device not inspected."""
        with self.ctx.db.reading() as session:
            device = _device(session, individual_no)
            months, steps = self._plan(session, device)
            v = models.InspectionVisit
            visit = session.scalar(select(v.visit_at).where(v.device_id == device.id,
                                                            v.status == BOOKED))
            art = device.article
            return InspectionForm(
                device.individual_no, art.article_no, art.name, art.product_group, device.status,
                device.location, device.holder.name if device.holder else None, months, steps,
                device.last_inspected, device.inspection_due,
                is_overdue(device.inspection_due, self.ctx.clock.now().date()),
                to_local(visit) if visit is not None else None, corrective_type(device.status))

    def record(self, individual_no: str, *, steps: Sequence[StepResult] | None = None,
               result: str | None = None, day: date | None = None,
               note: str = "") -> InspectionView:
        """Record an inspection done on ``day`` (default today) by the person working.

        ``steps``: each checklist step's result (the window); without them ``result`` gives the
        outcome of the inspection as a whole (the command line). A step not OK (or a result
        'not_ok') creates the corrective order, linked to the inspection.
        """
        user = self.ctx.user
        user.require(Action.INSPECT)
        for attempt in range(NUMBER_ATTEMPTS):
            try:
                return self._record(individual_no, steps, result, day, note)
            except IntegrityError:  # the order number was taken meanwhile: the next one
                if attempt == NUMBER_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _record(self, individual_no: str, steps: Sequence[StepResult] | None,
                result: str | None, day: date | None, note: str) -> InspectionView:
        now, who = self.ctx.clock.now(), self.ctx.user.login
        today = now.date()
        with self.ctx.db.transaction() as session:
            device = lock_device(session, individual_no)
            _, plan_steps = self._plan(session, device)
            given = list(steps) if steps is not None else [StepResult(n, None) for n in plan_steps]
            outcome = check_inspection(given, result)
            when = day or today
            check_inspection_day(when, today, device.last_inspected, device.individual_no)
            answered = device.inspection_due
            inspection = models.Inspection(
                device_id=device.id, performed_on=when, recorded_at=now, technician=who,
                result=outcome, note=note.strip(), due=answered, article_id=device.article_id,
                steps=[models.InspectionStepRow(name=s.name[:200], sort_order=i, result=s.result,
                                                note=s.note.strip())
                       for i, s in enumerate(given)])
            session.add(inspection)
            set_and_record(session, device, {"last_inspected": when, "updated_at": now}, who=who,
                           at=now, entity="device", key=device.individual_no, action="inspect")
            session.flush()
            refresh_due(session, models.Device.id == device.id)
            session.refresh(device)
            inspection.next_due = device.inspection_due
            order_no = None
            if outcome == "not_ok":
                order = self._corrective_order(session, device, when, given, note, now)
                inspection.order_id, order_no = order.id, order.order_no
            record(session, who=who, at=now, entity="device", key=device.individual_no,
                   action="inspect", field="inspection",
                   new=f"{inspection.id} {when.isoformat()} {outcome}"
                       + (f" → {order_no}" if order_no else ""))
            self._visit_done(session, device, inspection.id, who, now)
            session.flush()
            return _view(inspection, device.individual_no, order_no)

    def _plan(self, session: Session, device: models.Device) -> tuple[int, tuple[str, ...]]:
        if device.status == DeviceStatus.SCRAPPED.value:
            raise DomainError("inspection_scrapped", individual_no=device.individual_no)
        art = device.article
        plan = plan_of(session, art)
        if plan.interval_months is None:
            raise DomainError("inspection_no_plan", individual_no=device.individual_no,
                              article=f"{art.article_no} {art.name}".strip())
        return plan.interval_months, plan.steps

    def _corrective_order(self, session: Session, device: models.Device, day: date,
                          steps: Sequence[StepResult], note: str, now: datetime) -> models.WorkOrder:
        """PM4: the corrective order, at the user's for a device in use, else at the centre."""
        from hmc_desktop.services.registration.registration import RegistrationService

        who = self.ctx.user.login
        t = self.ctx.catalogue.get(corrective_type(device.status))
        d = derive(t, now, self.ctx.deadlines, technical_review=False,
                   simple_aid=device.article.simple_aid, service_product="", payer_no="",
                   attachment_kinds=[])
        order = models.WorkOrder(
            order_no=RegistrationService.next_number(session, now), type_code=t.code,
            mailbox=d.mailbox, status=OrderStatus.REGISTERED.value, registered=now,
            start_by=d.deadlines.start_by, finish_by=d.deadlines.finish_by,
            contact_by=d.deadlines.contact_by, billing=d.billing, incomplete=d.incomplete,
            device_id=device.id, holder_id=device.holder_id,
            description=corrective_description(day, steps, note), source="inspection",
            ordered_by_role="staff", ordered_by_name=self.ctx.user.display_name, updated_at=now)
        session.add(order)
        session.flush()  # a taken order number speaks here
        record(session, who=who, at=now, entity="order", key=order.order_no, action="register",
               field="created", new=f"registered (besiktning {day.isoformat()})")
        return order

    @staticmethod
    def _visit_done(session: Session, device: models.Device, inspection_id: int, who: str,
                    now: datetime) -> None:
        v = models.InspectionVisit
        visit = session.scalars(select(v).where(v.device_id == device.id, v.status == BOOKED)).first()
        if visit is not None:
            set_and_record(session, visit, {"status": "done", "inspection_id": inspection_id},
                           who=who, at=now, entity="device", key=device.individual_no,
                           action="inspect")

    # -- reading inspections -----------------------------------------------------------------
    def latest(self, individual_no: str) -> InspectionView | None:
        """The device's newest inspection, or None."""
        with self.ctx.db.reading() as session:
            device = _device(session, individual_no)
            found = inspections_of(session, device.id, limit=1)
            return found[0] if found else None

    def history(self, individual_no: str) -> list[InspectionView]:
        """Every inspection of the device, newest first."""
        with self.ctx.db.reading() as session:
            return inspections_of(session, _device(session, individual_no).id)


def inspections_of(session: Session, device_id: int, limit: int | None = None) -> list[InspectionView]:
    """The device's inspections, newest first (ix_inspections_device)."""
    i, o, d = models.Inspection, models.WorkOrder, models.Device
    stmt = (select(i, o.order_no, d.individual_no).outerjoin(o, o.id == i.order_id)
            .join(d, d.id == i.device_id).where(i.device_id == device_id)
            .order_by(i.performed_on.desc(), i.id.desc()))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_view(ins, number, order_no) for ins, order_no, number in session.execute(stmt)]


def _view(ins: models.Inspection, individual_no: str, order_no: str | None) -> InspectionView:
    return InspectionView(ins.id, individual_no, ins.performed_on, ins.recorded_at, ins.technician,
                          ins.result, ins.note, ins.due, ins.next_due, order_no,
                          tuple(StepView(s.name, s.result, s.note) for s in ins.steps))


def _device(session: Session, individual_no: str) -> models.Device:
    d = models.Device
    device = session.scalars(select(d).where(d.individual_no == individual_no.strip())
                             ).unique().one_or_none()
    if device is None:
        raise NotFound("device_not_found", individual_no=individual_no.strip())
    return device


def inspection_facts(session: Session, device: models.Device, today: date) -> InspectionFacts | None:
    """A device's inspection facts, or None when its plan does not inspect it (PM1)."""
    months = plan_of(session, device.article).interval_months
    if months is None or device.status == DeviceStatus.SCRAPPED.value:
        return None
    sentence = None
    try:
        check_can_hand_out(device.individual_no, inspection_state(session, device.id, today))
    except DomainError as err:
        sentence = err.message("sv")
    v = models.InspectionVisit
    visit = session.scalar(select(v.visit_at).where(v.device_id == device.id, v.status == BOOKED))
    return InspectionFacts(months, device.last_inspected, device.inspection_due,
                           is_overdue(device.inspection_due, today), sentence,
                           to_local(visit) if visit is not None else None)
