"""Returned devices and their reconditioning (S4, D2) (the checklist they follow: :mod:`hmc_desktop.services.devices.checklist`).

Decision on unannounced returns: D2's path is in_use → pickup_ordered → returned, but a
device often comes back without a pickup order (a relative drops it off). Refusing would
leave the register wrong while the device sits on the shelf, so the scan accepts an
``in_use`` device too, moving it straight to ``returned`` and writing an audit note
"returned without a pickup order" next to the status change: the history stays true.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import (
    ChecklistStep,
    Device,
    Pickup,
    Reconditioning,
    ReconPart,
    ReconStepRow,
)
from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.domain.lifecycle import check_device_transition
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.recon import (
    RESULT_SV,
    StepState,
    StepTemplate,
    check_result,
    check_sign_off,
    lifetime_ends,
    past_lifetime,
    steps_for,
)
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.reference import DEFAULT_CHECKLIST
from hmc_desktop.services.orders.flow_common import check_parts, find_article, lock_device
from hmc_desktop.services.recalls.returns import block_arrival

DS = DeviceStatus
RETURNS_SHELF = "Returinlämning"  # where a scanned return waits for reconditioning
RECON_BENCH = "Rekond"
IN_STOCK_LOCATION = "Lager"
SCRAPPED_LOCATION = "Kasserad"
UNANNOUNCED_NOTE = "Återlämnad utan hämtorder"
WIPE_STEP_NAME = next(name for name, _d, _m, wipe in DEFAULT_CHECKLIST if wipe)


@dataclass(frozen=True, slots=True)
class ReturnView:
    """What scanning a returned device did."""

    individual_no: str
    status: str
    announced: bool  # False: it came back without a pickup order
    pickups_done: tuple[int, ...]
    previous_holder: str | None
    past_lifetime: bool  # flag it for a scrapping decision (S4)
    recalls: tuple[int, ...] = ()  # the recall campaigns that blocked it on arrival (R3)


@dataclass(frozen=True, slots=True)
class ReconStepView:
    step_id: int
    name: str
    mandatory: bool
    is_data_wipe: bool
    result: str | None  # ok | fixed | not_ok | na, None: not done yet
    result_sv: str
    note: str
    done_by: str | None
    done_at: datetime | None


@dataclass(frozen=True, slots=True)
class ReconPartView:
    part_id: int
    article_no: str
    article_name: str
    quantity: int


@dataclass(frozen=True, slots=True)
class ReconView:
    """One reconditioning (S4) with its device and whether it has outlived its lifetime."""

    recon_id: int
    individual_no: str
    article_no: str
    article_name: str
    product_group: str
    digital: bool
    device_status: str
    started_by: str
    started_at: datetime
    steps: tuple[ReconStepView, ...]
    parts: tuple[ReconPartView, ...]
    signed_off_by: str | None
    signed_off_at: datetime | None
    outcome: str | None  # in_stock | scrapped once signed off
    scrap_reason: str
    data_wiped: bool | None  # None for a non-digital aid
    delivered: date | None
    lifetime_ends: date | None
    past_lifetime: bool  # delivered + lifetime reached: decide on scrapping

    @property
    def open(self) -> bool:
        return self.signed_off_at is None

    @property
    def missing_mandatory(self) -> tuple[str, ...]:
        """Mandatory steps without a result: what stops the sign-off."""
        return tuple(s.name for s in self.steps if s.mandatory and s.result is None)


class ReturnService:
    """Receiving returns and reconditioning them; warehouse staff may scan returns."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def scan_return(self, individual_no: str) -> ReturnView:
        """D2 pickup_ordered → returned (its planned pickups done); an in_use device is accepted
        as an unannounced return (see the module docstring). The holder is cleared: the user no
        longer has the device."""
        user = self.ctx.user
        user.require(Action.RECEIVE_RETURN)
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            device = lock_device(session, individual_no)
            status = DS(device.status)
            if status not in (DS.PICKUP_ORDERED, DS.IN_USE):
                raise DomainError("return_status", individual_no=device.individual_no,
                                  current=status.value)
            previous = device.holder.name if device.holder else None
            set_and_record(session, device, {"status": DS.RETURNED.value, "holder_id": None,
                                             "location": RETURNS_SHELF, "updated_at": now},
                           who=who, at=now, entity="device", key=device.individual_no,
                           action="receive")
            if status is DS.IN_USE:
                record(session, who=who, at=now, entity="device", key=device.individual_no,
                       action="receive", field="note", new=UNANNOUNCED_NOTE)
            done = []
            for pickup in session.scalars(select(Pickup).where(
                    Pickup.device_id == device.id, Pickup.status == "planned")).unique():
                pickup.status = "done"
                done.append(pickup.id)
                record(session, who=who, at=now, entity="device", key=device.individual_no,
                       action="receive", field="pickup", old=f"{pickup.id} planned",
                       new=f"{pickup.id} done")
            recalls = block_arrival(session, device, who, now)  # R3: not reused unfixed
            return ReturnView(device.individual_no, device.status, status is DS.PICKUP_ORDERED,
                              tuple(done), previous,
                              past_lifetime(device.delivered, device.lifetime_years,
                                            self.ctx.clock.now().date()), tuple(recalls))

    def start_reconditioning(self, individual_no: str) -> ReconView:
        """returned (or at_workshop) → in_reconditioning, with the checklist of the device's
        product group copied in (the defaults when the group has none of its own)."""
        user = self.ctx.user
        user.require(Action.RECONDITION)
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            device = lock_device(session, individual_no)
            open_id = session.scalar(select(Reconditioning.id).where(
                Reconditioning.device_id == device.id, Reconditioning.signed_off_at.is_(None)))
            if open_id is not None:
                raise DomainError("recon_already_open", individual_no=device.individual_no,
                                  recon_id=open_id)
            check_device_transition(DS(device.status), DS.IN_RECONDITIONING)
            art = device.article
            templates = [StepTemplate(s.name, s.sort_order, s.product_group, s.digital_only,
                                      s.mandatory, s.is_data_wipe)
                         for s in session.scalars(select(ChecklistStep).where(
                             ChecklistStep.product_group.in_(["", art.product_group])))]
            recon = Reconditioning(device_id=device.id, started_by=who, started_at=now,
                                   steps=[ReconStepRow(name=t.name, sort_order=i,
                                                       mandatory=t.mandatory,
                                                       is_data_wipe=t.is_data_wipe)
                                          for i, t in enumerate(steps_for(
                                              templates, art.product_group, art.digital,
                                              WIPE_STEP_NAME))])
            session.add(recon)
            set_and_record(session, device, {"status": DS.IN_RECONDITIONING.value,
                                             "location": RECON_BENCH, "updated_at": now},
                           who=who, at=now, entity="device", key=device.individual_no,
                           action="recondition")
            session.flush()
            return self._view(session, recon, device)

    def record_step(self, recon_id: int, step_id: int, result: str, note: str = "") -> ReconView:
        """The result of one checklist step: 'ok', 'fixed', 'not_ok' or 'na' (S4)."""
        check_result(result)
        user = self.ctx.user
        user.require(Action.RECONDITION)
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            recon, device = self._open(session, recon_id)
            step = next((s for s in recon.steps if s.id == step_id), None)
            if step is None:
                raise NotFound("recon_step_not_found", recon_id=recon_id, step_id=step_id)
            old = step.result
            step.result, step.note, step.done_by, step.done_at = result, note.strip(), who, now
            record(session, who=who, at=now, entity="device", key=device.individual_no,
                   action="recondition", field=f"step:{step.name}", old=old,
                   new=result + (f" ({note.strip()})" if note.strip() else ""))
            session.flush()
            return self._view(session, recon, device)

    def add_part(self, recon_id: int, article_no: str, quantity: int) -> ReconView:
        """A part fitted during the reconditioning (the log lists it)."""
        [(number, qty)] = check_parts([(article_no, quantity)])
        user = self.ctx.user
        user.require(Action.RECONDITION)
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            recon, device = self._open(session, recon_id)
            art = find_article(session, number)
            recon.parts.append(ReconPart(article_id=art.id, quantity=qty, article=art))
            record(session, who=who, at=now, entity="device", key=device.individual_no,
                   action="recondition", field="part", new=f"{art.article_no} x {qty}")
            session.flush()
            return self._view(session, recon, device)

    def sign_off(self, recon_id: int, outcome: str, scrap_reason: str = "") -> ReconView:
        """Finish: back to stock (holder cleared, location 'Lager') or scrapped with a reason.

        Refused while a mandatory step lacks a result, while a digital aid's data wipe is not
        OK or fixed (the previous user's personal data, S4), or — for stock — while a step
        is 'not OK'.
        """
        user = self.ctx.user
        user.require(Action.RECONDITION)
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            recon, device = self._open(session, recon_id)
            digital = device.article.digital
            wiped = check_sign_off(
                [StepState(s.name, s.mandatory, s.is_data_wipe, s.result) for s in recon.steps],
                digital=digital, outcome=outcome, scrap_reason=scrap_reason)
            target = DS(outcome)
            check_device_transition(DS(device.status), target)
            set_and_record(session, recon, {
                "signed_off_by": who, "signed_off_at": now, "outcome": outcome,
                "scrap_reason": scrap_reason.strip() if target is DS.SCRAPPED else "",
                "data_wiped": wiped}, who=who, at=now, entity="device", key=device.individual_no,
                action="recondition")
            location = IN_STOCK_LOCATION if target is DS.IN_STOCK else SCRAPPED_LOCATION
            set_and_record(session, device, {"status": target.value, "holder_id": None,
                                             "location": location, "updated_at": now},
                           who=who, at=now, entity="device", key=device.individual_no,
                           action="recondition" if target is DS.IN_STOCK else "scrap")
            session.flush()
            return self._view(session, recon, device)

    def recon(self, recon_id: int) -> ReconView:
        """One reconditioning, open or signed off."""
        with self.ctx.db.reading() as session:
            recon = session.get(Reconditioning, recon_id)
            if recon is None:
                raise NotFound("recon_not_found", recon_id=recon_id)
            device = session.get(Device, recon.device_id)
            assert device is not None
            return self._view(session, recon, device)

    def latest(self, individual_no: str) -> ReconView | None:
        """The device's newest reconditioning, or None when it has never had one."""
        with self.ctx.db.reading() as session:
            device = _device(session, individual_no)
            recon = session.scalars(select(Reconditioning).where(
                Reconditioning.device_id == device.id).order_by(Reconditioning.id.desc())
                .limit(1)).first()
            return None if recon is None else self._view(session, recon, device)

    def past_lifetime(self, individual_no: str) -> bool:
        """True when delivered + expected lifetime has been reached: decide on scrapping (S4)."""
        with self.ctx.db.reading() as session:
            device = _device(session, individual_no)
            return past_lifetime(device.delivered, device.lifetime_years,
                                 self.ctx.clock.now().date())

    # -- helpers ---------------------------------------------------------------------
    def _open(self, session: Session, recon_id: int) -> tuple[Reconditioning, Device]:
        """The reconditioning (not yet signed off) and its device, locked."""
        device_id = session.scalar(select(Reconditioning.device_id)
                                   .where(Reconditioning.id == recon_id))
        if device_id is None:
            raise NotFound("recon_not_found", recon_id=recon_id)
        device = session.scalars(select(Device).where(Device.id == device_id)
                                 .with_for_update(of=Device)
                                 .execution_options(populate_existing=True)).unique().one()
        recon = session.get(Reconditioning, recon_id)
        assert recon is not None
        if recon.signed_off_at is not None:
            raise DomainError("recon_signed_off", recon_id=recon_id)
        return recon, device

    def _view(self, session: Session, recon: Reconditioning, device: Device) -> ReconView:
        art = device.article
        return ReconView(
            recon_id=recon.id, individual_no=device.individual_no, article_no=art.article_no,
            article_name=art.name, product_group=art.product_group, digital=art.digital,
            device_status=device.status, started_by=recon.started_by,
            started_at=recon.started_at,
            steps=tuple(ReconStepView(s.id, s.name, s.mandatory, s.is_data_wipe, s.result,
                                      RESULT_SV.get(s.result or "", "–"), s.note, s.done_by,
                                      s.done_at) for s in recon.steps),
            parts=tuple(ReconPartView(p.id, p.article.article_no, p.article.name, p.quantity)
                        for p in recon.parts),
            signed_off_by=recon.signed_off_by, signed_off_at=recon.signed_off_at,
            outcome=recon.outcome, scrap_reason=recon.scrap_reason, data_wiped=recon.data_wiped,
            delivered=device.delivered,
            lifetime_ends=lifetime_ends(device.delivered, device.lifetime_years),
            past_lifetime=past_lifetime(device.delivered, device.lifetime_years,
                                        self.ctx.clock.now().date()),
        )


def _device(session: Session, individual_no: str) -> Device:
    device = session.scalars(select(Device).where(
        Device.individual_no == individual_no.strip())).unique().one_or_none()
    if device is None:
        raise NotFound("device_not_found", individual_no=individual_no.strip())
    return device
