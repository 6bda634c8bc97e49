"""Printing: build a document from the database, record it in the device's history, re-print it.

Each printed document keeps the data it was drawn from, so a re-print gives the same
bytes even after the order or the holder changed (a re-print is identical). The renderers (reportlab)
load when something is first drawn (``documents.…Renderer``), not with this module.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop import documents
from hmc_desktop.db.models import (
    Device,
    Pickup,
    PrintedDocument,
    Reconditioning,
    Shipment,
    WorkOrder,
)
from hmc_desktop.documents import (
    PickupOrderData,
    ReconLogData,
    ShippingNoteData,
    sort_for_route,
)
from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.read_log import log_read
from hmc_desktop.services.orders.pickups import PickupService
from hmc_desktop.services.printing.document_data import DocumentData

Progress = Callable[[int, int], None]
KIND_SV = {"pickup_order": "Hämtorder", "shipping_note": "Följesedel",
           "recon_log": "Rekonditioneringsprotokoll", "inspection_protocol": "Besiktningsprotokoll",
           "inspection_notice": "Besiktningsavisering"}


@dataclass(frozen=True, slots=True)
class PrintedRef:
    """A printed document as the history shows it."""

    id: int
    kind: str
    title: str


def render(kind: str, fmt: str, data: dict[str, Any]) -> bytes:
    """Draw a stored document again from its data."""
    if kind == "pickup_order":
        return documents.PickupOrderRenderer(fmt).render(PickupOrderData.from_dict(data))  # type: ignore[arg-type]
    if kind == "shipping_note":
        return documents.ShippingNoteRenderer().render(ShippingNoteData.from_dict(data))
    if kind == "recon_log":
        return documents.ReconLogRenderer().render(ReconLogData.from_dict(data))
    if kind == "inspection_protocol":
        return documents.InspectionProtocolRenderer().render(
            documents.InspectionProtocolData.from_dict(data))
    if kind == "inspection_notice":
        return documents.InspectionNoticeRenderer().render(
            documents.InspectionNoticeData.from_dict(data))
    raise ValueError(f"unknown document kind {kind!r}")


PRINTS_PERSONAL_DATA = frozenset({"pickup_order", "shipping_note"})


class PrintService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- recording ---------------------------------------------------------------------
    def _record(self, session: Session, kind: str, fmt: str, data: dict[str, Any],
                device: Device | None, order_id: int | None) -> int:
        now, who = self.ctx.clock.now(), self.ctx.user.login
        doc = PrintedDocument(kind=kind, device_id=device.id if device else None, order_id=order_id,
                              data_json=json.dumps({"format": fmt, "data": data}, ensure_ascii=False),
                              printed_by=who, printed_at=now)
        session.add(doc)
        session.flush()
        if device is not None:
            record(session, who=who, at=now, entity="device", key=device.individual_no,
                   action="print", field=kind, new=str(doc.id))
        if kind in PRINTS_PERSONAL_DATA:  # the user's name, address and phone are on it (W10)
            order = session.get(WorkOrder, order_id) if order_id is not None else None
            if order is not None and order.holder_id is not None:
                log_read(session, who, now, order.holder_id, kind, order.order_no)
            elif device is not None and device.holder_id is not None:
                log_read(session, who, now, device.holder_id, kind, device.individual_no)
        return doc.id

    def reprint(self, printed_id: int) -> bytes:
        """The document exactly as it was printed (from its stored data); the re-print is recorded."""
        self.ctx.user.require(Action.PRINT_SLIPS)
        with self.ctx.db.transaction() as session:
            doc = session.get(PrintedDocument, printed_id)
            if doc is None:
                raise NotFound("document_not_found", id=printed_id)
            stored = json.loads(doc.data_json)
            device = session.get(Device, doc.device_id) if doc.device_id else None
            self._record(session, doc.kind, stored["format"], stored["data"], device, doc.order_id)
        return render(doc.kind, stored["format"], stored["data"])

    # -- pickup orders ------------------------------------------------------------------
    def pickup_order(self, order_no: str, fmt: str = "a4") -> bytes:
        """The pickup order of the order's device; orders the pickup first when none is planned."""
        self.ctx.user.require(Action.PRINT_SLIPS)
        with self.ctx.db.reading() as session:
            pickup_id = self._planned_pickup(session, order_no)
        if pickup_id is None:
            pickup_id = PickupService(self.ctx).order_pickup(order_no)
        with self.ctx.db.transaction() as session:
            pickup = session.get(Pickup, pickup_id)
            assert pickup is not None
            data = DocumentData(session, self.ctx).pickup(pickup)
            self._record(session, "pickup_order", fmt, data.to_dict(), pickup.device, pickup.order_id)
        return documents.PickupOrderRenderer(fmt).render(data)  # type: ignore[arg-type]

    def _planned_pickup(self, session: Session, order_no: str) -> int | None:
        order = session.scalar(select(WorkOrder).where(WorkOrder.order_no == order_no.strip()))
        if order is None:
            raise NotFound("order_not_found", order_no=order_no)
        return session.scalar(select(Pickup.id).where(
            Pickup.order_id == order.id, Pickup.status == "planned").order_by(Pickup.id.desc()).limit(1))

    def pickups_due(self, day: date) -> list[PickupOrderData]:
        """Every planned pickup on ``day``, in route order (postal code, street)."""
        with self.ctx.db.reading() as session:
            pickups = session.scalars(select(Pickup).where(
                Pickup.pickup_date == day, Pickup.status == "planned")).unique().all()
            builder = DocumentData(session, self.ctx)
            return sort_for_route([builder.pickup(p) for p in pickups])

    def pickup_batch(self, day: date, fmt: str = "a4", progress: Progress | None = None) -> bytes:
        """One PDF, a page per pickup due on ``day``, sorted for the driver's route; each recorded."""
        self.ctx.user.require(Action.PRINT_SLIPS)
        items = self.pickups_due(day)
        if not items:
            raise DomainError("no_pickups_due", date=day.isoformat())
        pdf = documents.PickupOrderRenderer(fmt).render_batch(items, progress=progress)  # type: ignore[arg-type]
        with self.ctx.db.transaction() as session:
            for item in items:
                pickup = session.get(Pickup, item.pickup_id)
                assert pickup is not None
                self._record(session, "pickup_order", fmt, item.to_dict(), pickup.device,
                             pickup.order_id)
        return pdf

    # -- shipping notes and reconditioning logs --------------------------------------------
    def shipping_note(self, shipment_id: int) -> bytes:
        """The spare-part shipping note of one shipment (S3)."""
        self.ctx.user.require(Action.PRINT_SLIPS)
        with self.ctx.db.transaction() as session:
            shipment = session.get(Shipment, shipment_id)
            if shipment is None:
                raise NotFound("shipment_not_found", id=shipment_id)
            data = DocumentData(session, self.ctx).shipping_note(shipment)
            order = session.get(WorkOrder, shipment.order_id)
            self._record(session, "shipping_note", "a4", data.to_dict(),
                         order.device if order else None, shipment.order_id)
        return documents.ShippingNoteRenderer().render(data)

    def recon_log(self, individual_no: str) -> bytes:
        """The device's latest reconditioning log (S4)."""
        self.ctx.user.require(Action.PRINT_SLIPS)  # documents printed by technicians and warehouse
        with self.ctx.db.transaction() as session:
            device = session.scalars(select(Device).where(
                Device.individual_no == individual_no.strip())).unique().one_or_none()
            if device is None:
                raise NotFound("device_not_found", individual_no=individual_no)
            recon = session.scalars(select(Reconditioning).where(
                Reconditioning.device_id == device.id).order_by(Reconditioning.id.desc()).limit(1)
            ).unique().one_or_none()
            if recon is None:
                raise NotFound("no_reconditioning", individual_no=device.individual_no)
            data = DocumentData(session, self.ctx).recon_log(recon, device)
            self._record(session, "recon_log", "a4", data.to_dict(), device, None)
        return documents.ReconLogRenderer().render(data)
