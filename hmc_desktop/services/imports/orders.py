"""Applying one validated order row to the database (create, update, or leave unchanged)."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import Attachment, Device, Holder, WorkOrder
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.completeness import missing_items
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.lifecycle import status_from_timestamps
from hmc_desktop.domain.messages import render
from hmc_desktop.domain.order_flow import imported_status
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.interchange import RowError, reason_of
from hmc_desktop.interchange.rows import OrderRow
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.imports.lookup import Lookups, among, people_details
from hmc_desktop.services.orders.flow_common import order_state, withdraw_proposal
from hmc_desktop.services.orders.rules import derive

_PLAIN = {  # row attribute → order column, for texts stored as '' when empty
    "description": "description", "payer_no": "payer_no",
    "service_product": "service_product", "cancel_reason": "cancel_reason",
}
_FLAGS = ("medical_risk", "technical_review", "quick_service")
_USER_COLUMNS = frozenset({"user_name", "user_address", "user_phone", "user_personnummer"})
_TIMES = ("started", "completed", "cancelled")


def _aware(moment: datetime | None) -> datetime | None:
    """Import times are Stockholm wall time (CONTRACT); stored as instants (C4)."""
    # As UTC: a Stockholm time in the repeated autumn hour never compares equal to the
    # stored instant (PEP 495), and a re-import would "update" it.
    return moment.replace(tzinfo=TZ).astimezone(UTC) if moment is not None else None


class OrderApplier:
    def __init__(self, session: Session, ctx: ServiceContext) -> None:
        self.session, self.ctx = session, ctx
        self.now = ctx.clock.now()
        self.who = ctx.user.login
        self.lookups = Lookups(session, self.who, self.now)
        self.orders: dict[str, WorkOrder] = {}

    def preload(self, rows: list[OrderRow]) -> None:
        numbers = {r.order_no for r in rows}
        if numbers:
            # Locked (PostgreSQL) in id order: a technician claiming one of them waits for the
            # import rather than making its updates stale; SQLite's write lock is held already.
            query = (among(select(WorkOrder), WorkOrder.order_no, numbers, self.lookups.dialect)
                     .order_by(WorkOrder.id).with_for_update(of=WorkOrder))
            for o in self.session.scalars(query).unique():
                self.orders[o.order_no] = o
        self.lookups.preload_devices(r.individual_no for r in rows if r.individual_no)
        self.lookups.preload_articles(r.article_no for r in rows)
        self.lookups.preload_people(((r.user_personnummer, r.user_name) for r in rows),
                                    (r.orderer_name for r in rows))
        self.lookups.details = people_details(rows)

    def apply(self, row: OrderRow) -> str | list[RowError]:
        """'new', 'updated' or 'unchanged'; or the row's problems (then nothing of it is stored)."""
        order = self.orders.get(row.order_no)
        if order is not None and order.type_code != row.type_code:
            return [RowError(row.line, "type", render("type_immutable", "en", {}))]  # W2
        if order is None and (errs := row.new_order_errors(self.ctx.catalogue)):
            return errs
        status = self._status(row, order)  # before anything of the row is stored
        if isinstance(status, RowError):
            return [status]
        try:  # the user first: a row naming the wrong person changes nothing at all
            holder = self._holder(row) if self._says_user(row, order) else None
        except ValidationError as err:
            return [RowError(row.line, err.field or "user_personnummer", reason_of(err))]
        device, problem = self._device(row, holder)
        if problem:
            return [problem]
        values = self._values(row, order, holder)
        if "individual_no" in row.present or order is None:
            values["device_id"] = device.id if device else None
        else:
            device = order.device  # the order's own, which the row leaves as it is
        if order is None:
            return self._create(row, values, device)
        return self._update(row, order, values, device, status)

    def _status(self, row: OrderRow, order: WorkOrder | None) -> OrderStatus | RowError | None:
        """The status the row gives the order, through the order's state machine: a row may not
        start an incomplete order (W6), complete one whose cost proposal awaits its answer
        (W9), reopen a closed one or take back a start (W1). None: the row names no times."""
        if order is not None and not {"started", "completed", "cancelled"} & row.present:
            return None
        times = {t: getattr(row if order is None or t in row.present else order, t)
                 for t in _TIMES}
        target = status_from_timestamps(times["started"], times["completed"], times["cancelled"])
        text = {f: getattr(row if order is None or f in row.present else order, f)
                for f in ("service_product", "payer_no")}
        if order is None or "attachments" in row.present:
            kinds = [k.value for k in row.attachment_kinds]
        else:
            kinds = [a.kind for a in order.attachments]
        missing = missing_items(self.ctx.catalogue.get(row.type_code),
                                service_product=text["service_product"],
                                payer_no=text["payer_no"], attachment_kinds=kinds)
        state = order_state(self.session, self.ctx, order) if order is not None else None
        try:
            return imported_status(state, target, tuple(missing))
        except ValidationError as err:
            return RowError(row.line, err.field or "status", str(err))

    def _says_user(self, row: OrderRow, order: WorkOrder | None) -> bool:
        """Whether the row sets the order's user: a new order, user columns, or a device
        the register lacks (registered with the row's user as its holder)."""
        return bool(order is None or _USER_COLUMNS & row.present or (
            row.individual_no and row.individual_no not in self.lookups.devices))

    def _holder(self, row: OrderRow) -> Holder | None:
        return self.lookups.holder(row.user_name, row.user_address, row.user_phone,
                                   row.user_personnummer)

    def _device(self, row: OrderRow, holder: Holder | None) -> tuple[Any, RowError | None]:
        if not row.individual_no:
            return None, None
        device = self.lookups.devices.get(row.individual_no)
        if device is not None:
            return device, None
        if not row.article_no:
            return None, RowError(row.line, "individual_no",
                                  f"unknown device {row.individual_no}, and no article_no to register it")
        article = self.lookups.article(row.article_no, row.article_name, row.digital)
        return self.lookups.new_device(row.individual_no, article, holder), None

    def _values(self, row: OrderRow, order: WorkOrder | None,
                holder: Holder | None) -> dict[str, Any]:
        """The stored values the row asks for: only for the columns it carries (or all, when new)."""
        present = row.present
        new = order is None
        v: dict[str, Any] = {"registered": _aware(row.registered)}
        for attr, column in _PLAIN.items():
            if new or attr in present:
                v[column] = getattr(row, attr) or ""
        for flag in _FLAGS:
            if new or flag in present:
                v[flag] = bool(getattr(row, flag))
        for t in _TIMES:
            if new or t in present:
                v[t] = _aware(getattr(row, t))
        if new or {"orderer_name", "orderer_unit"} & present:
            name = row.orderer_name if (new or "orderer_name" in present) else (
                order.orderer.name if order and order.orderer else None)
            unit = row.orderer_unit if (new or "orderer_unit" in present) else (
                order.orderer.unit if order and order.orderer else None)
            v["orderer_id"] = (self.lookups.orderer(name, unit or "", row.payer_no).id
                               if name else None)
        if (new or _USER_COLUMNS & present) and (holder is not None or new):
            v["holder_id"] = holder.id if holder else None
        return v

    def _derived(self, row: OrderRow, merged: dict[str, Any], device: Device | None,
                 kinds: list[str]) -> dict[str, Any]:
        order_type = self.ctx.catalogue.get(row.type_code)
        d = derive(order_type, merged["registered"], self.ctx.deadlines,
                   technical_review=merged["technical_review"],
                   simple_aid=bool(device and device.article.simple_aid),
                   service_product=merged["service_product"], payer_no=merged["payer_no"],
                   attachment_kinds=kinds)
        return {"mailbox": d.mailbox, "start_by": d.deadlines.start_by,
                "finish_by": d.deadlines.finish_by, "contact_by": d.deadlines.contact_by,
                "billing": d.billing, "incomplete": d.incomplete}

    def _create(self, row: OrderRow, values: dict[str, Any], device: Device | None) -> str:
        kinds = [k.value for k in row.attachment_kinds]
        values.update(self._derived(row, values, device, kinds))
        status = status_from_timestamps(values["started"], values["completed"], values["cancelled"])
        order = WorkOrder(order_no=row.order_no, type_code=row.type_code, status=status.value,
                          source="portal", updated_at=self.now, **values)
        for name, kind in zip(row.attachments, kinds, strict=True):
            order.attachments.append(self._attachment(name, kind))
        self.session.add(order)
        self.orders[row.order_no] = order
        record(self.session, who=self.who, at=self.now, entity="order", key=row.order_no,
               action="import", field="created", new=status.value)
        return "new"

    def _attachment(self, name: str, kind: str) -> Attachment:
        return Attachment(file_name=name, kind=kind, content=None, size=0, added_by=self.who,
                          added_at=self.now)

    def _update(self, row: OrderRow, order: WorkOrder, values: dict[str, Any],
                device: Device | None, status: OrderStatus | None) -> str:
        merged = {c: values.get(c, getattr(order, c)) for c in (
            "registered", "technical_review", "service_product", "payer_no",
            "started", "completed", "cancelled")}
        changed_attachments = False
        current = [(a.file_name, a.kind) for a in order.attachments]
        if "attachments" in row.present:  # kinds alone say nothing about which files
            wanted = list(zip(row.attachments, [k.value for k in row.attachment_kinds], strict=True))
            if wanted != current:
                order.attachments[:] = [self._attachment(n, k) for n, k in wanted]
                record(self.session, who=self.who, at=self.now, entity="order", key=order.order_no,
                       action="import", field="attachments",
                       old="|".join(n for n, _ in current), new="|".join(n for n, _ in wanted))
                current, changed_attachments = wanted, True
        values.update(self._derived(row, merged, device, [k for _, k in current]))
        if status is not None:
            if status is OrderStatus.CANCELLED and order.status != status.value:
                withdraw_proposal(self.session, order, self.who, self.now)  # W4, W9
            values["status"] = status.value
        changed = set_and_record(self.session, order, values, who=self.who, at=self.now,
                                 entity="order", key=order.order_no, action="import")
        if changed or changed_attachments:
            order.updated_at = self.now
            return "updated"
        return "unchanged"
