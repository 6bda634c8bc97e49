"""Blocking and releasing devices (D2 spärr): recalls (R3) and overdue inspections (PM2).

Every path that hands a device out goes through :func:`hmc_desktop.services.flow_common.move_device`
(or checks :func:`check_hand_out` itself, as the import does), so a block holds whatever asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, exists, insert, select

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import ActiveBlock, BlockKind, check_can_hand_out
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.audit import record
from hmc_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.db.models import Device, DeviceBlock


def _active(session: Session, device_id: int) -> list[DeviceBlock]:
    b = models.DeviceBlock
    return list(session.scalars(select(b).where(b.device_id == device_id, b.released_at.is_(None))
                                .order_by(b.id)))


def active_blocks(session: Session, device_id: int) -> list[ActiveBlock]:
    """The blocks in force on a device, oldest first."""
    return [ActiveBlock(BlockKind(b.kind), b.detail, b.ref_id) for b in _active(session, device_id)]


def unblocked(device_id: Any) -> ColumnElement[bool]:
    """A WHERE clause: the device (an id column) has no block in force, for lists of candidates."""
    b = models.DeviceBlock
    return ~exists().where(b.device_id == device_id, b.released_at.is_(None))


def check_hand_out(session: Session, device: Device) -> None:
    """Refuse (one sentence naming the block) to hand out a blocked device (D2, R3, PM2)."""
    check_can_hand_out(device.individual_no, active_blocks(session, device.id))


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
    from hmc_desktop.services.changes import notify_many

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
        d = models.Device
        with self.ctx.db.reading() as session:
            device_id = session.scalar(select(d.id).where(d.individual_no == individual_no.strip()))
            if device_id is None:
                raise NotFound("device_not_found", individual_no=individual_no.strip())
            return active_blocks(session, device_id)

    def release(self, individual_no: str, reason: str, kind: BlockKind | None = None,
                ref_id: int | None = None) -> int:
        """Release the device's blocks (all, or one kind/campaign); returns how many ended."""
        from hmc_desktop.services.flow_common import lock_device

        user = self.ctx.user
        user.require(Action.RELEASE_BLOCK)
        if not reason.strip():
            raise ValidationError("reason_required", field="reason")
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            device = lock_device(session, individual_no)
            ended = release(session, device, reason.strip(), user.login, now, kind, ref_id)
            if not ended:
                raise DomainError("block_not_found", individual_no=device.individual_no)
            return ended
