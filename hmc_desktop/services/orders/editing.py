"""Editing orders and devices from several workstations: optimistic locking.

Work orders and devices carry a ``version`` (SQLAlchemy ``version_id_col``). An edit
names the version it was made on; if the stored order has moved on, or moves on while
saving (the ORM's ``UPDATE … WHERE version = ?`` finds no row: ``StaleDataError``),
nothing is saved and :class:`StaleEdit` carries a :class:`Conflict`: your values and
the stored ones, field by field, and who changed it last. The window shows both
(``ui/common/conflict_dialog.py``) and lets the person reload; nothing is overwritten silently.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hmc_desktop.db.models import AuditEntry, Device, WorkOrder
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import OPEN_STATUSES
from hmc_desktop.services.core.audit import set_and_record
from hmc_desktop.services.core.clock import fmt_minute
from hmc_desktop.services.core.context import ServiceContext

ORDER_FIELDS = ("description", "medical_risk")
DEVICE_FIELDS = ("location",)


@dataclass(frozen=True, slots=True)
class FieldVersions:
    """One field in a conflict: the value you wanted, the stored one, and what you started from."""

    field: str
    yours: Any
    stored: Any
    base: Any = None  # the value your form was loaded with (None when not known)

    @property
    def differs(self) -> bool:
        return bool(self.yours != self.stored)


@dataclass(frozen=True, slots=True)
class Conflict:
    """Your version of an order or device against the stored one."""

    entity: str  # order|device
    key: str  # order number or individual number
    your_version: int
    stored_version: int
    fields: tuple[FieldVersions, ...]
    changed_by: str | None = None  # who saved the stored version (from the audit log)
    changed_at: datetime | None = None

    @property
    def differing(self) -> list[FieldVersions]:
        return [f for f in self.fields if f.differs]

    def yours(self) -> dict[str, Any]:
        return {f.field: f.yours for f in self.fields}

    def stored(self) -> dict[str, Any]:
        return {f.field: f.stored for f in self.fields}


class StaleEdit(DomainError):
    """Someone saved the same order/device after you opened it; nothing of yours was saved."""

    def __init__(self, conflict: Conflict) -> None:
        when = (fmt_minute(conflict.changed_at) or "").replace("T", " ")
        super().__init__(f"stale_{conflict.entity}", key=conflict.key,
                         who=conflict.changed_by or "?", when=when or "?")
        self.conflict = conflict


@dataclass(frozen=True, slots=True)
class EditResult:
    key: str
    version: int  # the version now stored: the next edit names it
    changed: tuple[str, ...]


class EditService:
    """Version-checked edits of an order's description/priority and a device's location."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def update_order(self, order_no: str, expected_version: int, changes: dict[str, Any],
                     base: dict[str, Any] | None = None) -> EditResult:
        """Save ``changes`` if the order is still at ``expected_version``; else :class:`StaleEdit`."""
        return self._update("order", order_no.strip(), expected_version, changes, base)

    def update_device(self, individual_no: str, expected_version: int, changes: dict[str, Any],
                      base: dict[str, Any] | None = None) -> EditResult:
        """Save ``changes`` if the device is still at ``expected_version``; else :class:`StaleEdit`."""
        return self._update("device", individual_no.strip(), expected_version, changes, base)

    # OrderService-compatible name for the order form
    def update_fields(self, order_no: str, expected_version: int,
                      changes: dict[str, Any]) -> EditResult:
        return self.update_order(order_no, expected_version, changes)

    def _update(self, entity: str, key: str, expected: int, changes: dict[str, Any],
                base: dict[str, Any] | None) -> EditResult:
        fields = ORDER_FIELDS if entity == "order" else DEVICE_FIELDS
        # an order's description and priority belong to its registration; a device's location
        # outside the flows is a change of the device (DOMAIN "Who uses it")
        self.ctx.user.require(Action.REGISTER_ORDER if entity == "order" else Action.CHANGE_DEVICE)
        for name in changes:
            if name not in fields:
                raise ValidationError("field_not_editable", field=name, name=name)
        now, who = self.ctx.clock.now(), self.ctx.user.login
        try:
            with self.ctx.db.transaction() as session:
                obj = self._load(session, entity, key)
                if entity == "order" and obj.status not in OPEN_STATUSES:
                    raise DomainError("order_closed", order_no=key, current=obj.status)
                if obj.version != expected:
                    raise StaleDataError(f"{entity} {key}: version {obj.version}, not {expected}")
                changed = set_and_record(session, obj, changes, who=who, at=now, entity=entity,
                                         key=key, action="edit")
                if changed:
                    obj.updated_at = now
                session.flush()  # UPDATE … WHERE version = expected: someone just saved → stale
                return EditResult(key, obj.version, tuple(changed))
        except StaleDataError:
            raise StaleEdit(self.conflict(entity, key, expected, changes, base)) from None

    def conflict(self, entity: str, key: str, your_version: int, changes: dict[str, Any],
                 base: dict[str, Any] | None = None) -> Conflict:
        """Your values against what is stored now."""
        fields = ORDER_FIELDS if entity == "order" else DEVICE_FIELDS
        with self.ctx.db.reading() as session:
            obj = self._load(session, entity, key)
            last = session.execute(
                select(AuditEntry.who, AuditEntry.at)
                .where(AuditEntry.entity == entity, AuditEntry.entity_key == key)
                .order_by(AuditEntry.id.desc()).limit(1)).one_or_none()
            stored = {f: getattr(obj, f) for f in fields}
            version = obj.version
        started = base or {}
        versions = tuple(
            FieldVersions(f, changes.get(f, started.get(f, stored[f])), stored[f], started.get(f))
            for f in fields)
        return Conflict(entity, key, your_version, version, versions,
                        changed_by=last[0] if last else None,
                        changed_at=last[1] if last else None)

    @staticmethod
    def _load(session: Session, entity: str, key: str) -> Any:
        if entity == "order":
            order = session.scalars(select(WorkOrder).where(WorkOrder.order_no == key)).unique() \
                .one_or_none()
            if order is None:
                raise NotFound("order_not_found", order_no=key)
            return order
        device = session.scalars(select(Device).where(Device.individual_no == key)).unique() \
            .one_or_none()
        if device is None:
            raise NotFound("device_not_found", individual_no=key)
        return device
