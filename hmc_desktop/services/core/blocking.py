"""Blocking and releasing devices (D2 spärr): recalls (R3) and overdue inspections (PM2).

Every path that hands a device out goes through :func:`hmc_desktop.services.orders.flow_common.move_device`
(or checks :func:`check_hand_out` itself, as the import does), so a block holds whatever asks.

A recall's block is stored (``device_blocks``) and ends when released. An inspection's is
computed from what is stored about the device — its due day, its latest inspection and that
inspection's corrective order — so it starts the day the inspection falls overdue without any
job setting it, and ends the moment the device is inspected (PM2) or repaired (PM4).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, exists, func, insert, select

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import ActiveBlock, BlockKind, check_can_hand_out
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.inspection import AT_CENTRE, inspection_blocks
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.context import ServiceContext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.db.models import Device, DeviceBlock


def _active(session: Session, device_id: int) -> list[DeviceBlock]:
    b = models.DeviceBlock
    return list(session.scalars(select(b).where(b.device_id == device_id, b.released_at.is_(None))
                                .order_by(b.id)))


def local_today() -> date:
    """Today in Stockholm by the real clock: for callers without the program's clock."""
    return datetime.now(TZ).date()


def active_blocks(session: Session, device_id: int, today: date | None = None) -> list[ActiveBlock]:
    """The blocks in force on a device: stored ones oldest first, then its inspection's (PM2,
    PM4) as of ``today`` (pass the program's clock; default: the real day)."""
    stored = [ActiveBlock(BlockKind(b.kind), b.detail, b.ref_id) for b in _active(session, device_id)]
    return stored + inspection_state(session, device_id, today or local_today())


def inspection_state(session: Session, device_id: int, today: date) -> list[ActiveBlock]:
    """The blocks a device at the centre has from its inspections: overdue (PM2), or its latest
    inspection not OK while the corrective order is not completed (PM4)."""
    d = models.Device
    row = session.execute(select(d.status, d.inspection_due).where(d.id == device_id)).first()
    if row is None or row.status not in AT_CENTRE:
        return []
    return inspection_blocks(row.inspection_due, today, *_failed(session, device_id))


def blocks_with_due(session: Session, device_id: int, today: date,
                    due: date | None) -> list[ActiveBlock]:
    """The blocks of a device at the centre once its due day is ``due``: for a path that sets
    the last inspection and hands the device out in one step (the import)."""
    stored = [ActiveBlock(BlockKind(b.kind), b.detail, b.ref_id) for b in _active(session, device_id)]
    return stored + inspection_blocks(due, today, *_failed(session, device_id))


def _failed(session: Session, device_id: int) -> tuple[date | None, str | None]:
    """(day, corrective order) when the device's latest inspection was not OK and that order is
    not completed; else (None, None)."""
    i, o = models.Inspection, models.WorkOrder
    latest = session.execute(
        select(i.result, i.performed_on, o.order_no, o.status).outerjoin(o, o.id == i.order_id)
        .where(i.device_id == device_id).order_by(i.performed_on.desc(), i.id.desc()).limit(1)
    ).first()
    if latest is not None and latest.result == "not_ok" and latest.order_no is not None \
            and latest.status != "completed":
        return latest.performed_on, latest.order_no
    return None, None


def unblocked(device_id: Any, today: date | None = None) -> ColumnElement[bool]:
    """A WHERE clause: the device (an id column) has no block in force, for lists of candidates:
    none stored, and none from its inspections as of ``today`` (default: the real day)."""
    from sqlalchemy.orm import aliased  # the ORM is not part of the window's start-up

    b, i, o = models.DeviceBlock, models.Inspection, models.WorkOrder
    d, later = aliased(models.Device), aliased(models.Inspection)
    day = today or local_today()
    overdue = exists().where(d.id == device_id, d.inspection_due < day,
                             d.status.in_(sorted(AT_CENTRE)))
    newest = (select(func.max(later.id)).where(later.device_id == device_id)
              .correlate_except(later).scalar_subquery())
    failed = exists().where(and_(i.device_id == device_id, i.result == "not_ok",
                                 i.id == newest, o.id == i.order_id, o.status != "completed"))
    return (~exists().where(b.device_id == device_id, b.released_at.is_(None))
            & ~overdue & ~failed)


def check_hand_out(session: Session, device: Device, today: date | None = None) -> None:
    """Refuse (one sentence naming the block) to hand out a blocked device (D2, R3, PM2, PM4)."""
    check_can_hand_out(device.individual_no, active_blocks(session, device.id, today))


def block(session: Session, device: Device, kind: BlockKind, detail: str, who: str,
          now: datetime, ref_id: int | None = None) -> bool:
    """Put a block on the device unless the same one is already in force; True if added."""
    if any(b.kind == kind.value and b.ref_id == ref_id for b in _active(session, device.id)):
        return False
    session.add(models.DeviceBlock(device_id=device.id, kind=kind.value, ref_id=ref_id,
                                   detail=detail[:300], blocked_at=now, blocked_by=who))
    record(session, who=who, at=now, entity="device", key=device.individual_no, action="block",
           field=kind.value, new=detail if ref_id is None else f"{ref_id} {detail}")
    return True


def block_many(session: Session, devices: Sequence[tuple[int, str]], kind: BlockKind, detail: str,
               who: str, now: datetime, ref_id: int | None = None) -> int:
    """:func:`block` for many devices at once, as (id, individual number): the same rows and audit
    entries, written set-wise (a recall opening over thousands of units, R3). Devices already
    under this block are skipped; returns how many were blocked."""
    from hmc_desktop.db.change_feed import notify_many

    b = models.DeviceBlock
    same_ref = b.ref_id.is_(None) if ref_id is None else b.ref_id == ref_id
    have = set(session.scalars(select(b.device_id).where(b.kind == kind.value, same_ref,
                                                          b.released_at.is_(None))))
    fresh = [(i, no) for i, no in dict(devices).items() if i not in have]
    if not fresh:
        return 0
    text = detail[:300]
    session.execute(insert(models.DeviceBlock.__table__), [  # type: ignore[arg-type]
        {"device_id": i, "kind": kind.value, "ref_id": ref_id, "detail": text, "blocked_at": now,
         "blocked_by": who, "released_at": None, "released_by": None, "release_reason": None}
        for i, _no in fresh])
    new = detail if ref_id is None else f"{ref_id} {detail}"
    session.execute(insert(models.AuditEntry.__table__), [  # type: ignore[arg-type]
        {"at": now, "who": who, "entity": "device", "entity_key": no, "action": "block",
         "field": kind.value, "old": None, "new": new} for _i, no in fresh])
    notify_many(session, (("device", no) for _i, no in fresh))  # no ORM flush tells the others
    return len(fresh)


def release(session: Session, device: Device, reason: str, who: str, now: datetime,
            kind: BlockKind | None = None, ref_id: int | None = None) -> int:
    """End the device's blocks (all, or those of ``kind``/``ref_id``); returns how many ended."""
    ended = 0
    for b in _active(session, device.id):
        if (kind is not None and b.kind != kind.value) or (ref_id is not None and b.ref_id != ref_id):
            continue
        b.released_at, b.released_by, b.release_reason = now, who, reason
        record(session, who=who, at=now, entity="device", key=device.individual_no,
               action="release", field=b.kind, old=b.detail, new=reason)
        ended += 1
    return ended


class BlockService:
    """A technician releases a blocked device, with a reason (D2)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def blocks(self, individual_no: str) -> list[ActiveBlock]:
        """The blocks in force on the device (empty when it may be handed out)."""
        with self.ctx.db.reading() as session:
            return active_blocks(session, _device(session, individual_no).id,
                                 self.ctx.clock.now().date())

    def release(self, individual_no: str, reason: str, kind: BlockKind | None = None,
                ref_id: int | None = None) -> int:
        """Release the device's blocks (all, or one kind/campaign); returns how many ended."""
        user = self.ctx.user
        user.require(Action.RELEASE_BLOCK)
        if not reason.strip():
            raise ValidationError("reason_required", field="reason")
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            device = _device(session, individual_no, lock=True)
            ended = release(session, device, reason.strip(), user.login, now, kind, ref_id)
            if not ended:
                raise DomainError("block_not_found", individual_no=device.individual_no)
            return ended


def _device(session: Session, individual_no: str, lock: bool = False) -> Device:
    stmt = select(models.Device).where(models.Device.individual_no == individual_no.strip())
    if lock:
        stmt = stmt.with_for_update(of=models.Device)
    device = session.scalars(stmt).unique().one_or_none()
    if device is None:
        raise NotFound("device_not_found", individual_no=individual_no.strip())
    return device
