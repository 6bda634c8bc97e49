"""Assembling document content from the database (the renderers take data, never rows)."""

import base64

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop.db.models import Device, Pickup, Reconditioning, Shipment, Staff, WorkOrder
from hmc_desktop.documents import (
    CentreInfo,
    PickupOrderData,
    ReconLogData,
    ReconStep,
    ShipmentLine,
    ShippingNoteData,
    UsedPart,
)
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.reference import load_settings
from hmc_desktop.services.orders.shipments import shipment_view

RESULT_SV = {"ok": "OK", "fixed": "Åtgärdat", "not_ok": "Ej OK", "na": "Ej aktuellt", None: "–"}


class DocumentData:
    """Builds the data objects of the three documents for one session."""

    def __init__(self, session: Session, ctx: ServiceContext) -> None:
        self.session, self.ctx = session, ctx
        self._names: dict[str, str] | None = None
        self._centre: CentreInfo | None = None

    def person(self, login: str | None) -> str:
        """A staff member's display name (documents name people, not logins)."""
        if self._names is None:
            self._names = {s.login: s.display_name for s in self.session.scalars(select(Staff))}
        return self._names.get(login or "", login or "")

    def centre(self) -> CentreInfo:
        """The centre's name, address, phone, e-mail and logo, from the settings."""
        if self._centre is None:
            s = load_settings(self.session)
            logo = s.get("centre.logo_png_base64", "")
            self._centre = CentreInfo(
                name=s.get("centre.name", ""),
                address_lines=tuple(line for line in s.get("centre.address", "").splitlines() if line),
                phone=s.get("centre.phone", ""), email=s.get("centre.email", ""),
                logo_png=base64.b64decode(logo) if logo else None,
            )
        return self._centre

    def pickup(self, pickup: Pickup) -> PickupOrderData:
        """A pickup order: where to fetch which device, from whom, why — no personnummer."""
        device: Device = pickup.device
        order: WorkOrder | None = pickup.order
        holder = device.holder or (order.holder if order else None)
        type_name = self.ctx.catalogue.get(order.type_code).name if order else ""
        return PickupOrderData(
            centre=self.centre(), pickup_id=pickup.id, pickup_date=pickup.pickup_date,
            order_no=order.order_no if order else "", order_type_code=order.type_code if order else "",
            order_type_name=type_name, reason=pickup.reason or (order.description if order else ""),
            individual_no=device.individual_no, article_no=device.article.article_no,
            article_name=device.article.name,
            holder_name=holder.name if holder else "", street=holder.street if holder else "",
            postal_code=holder.postal_code if holder else "", city=holder.city if holder else "",
            phone=holder.phone if holder else "",
            orderer_name=order.orderer.name if order and order.orderer else "",
            orderer_unit=order.orderer.unit if order and order.orderer else "",
            created_by=self.person(pickup.created_by), created_at=pickup.created_at,
        )

    def shipping_note(self, shipment: Shipment) -> ShippingNoteData:
        """A spare-part shipping note: what this delivery holds and what comes later (S3)."""
        order = self.session.get(WorkOrder, shipment.order_id)
        assert order is not None
        view = shipment_view(self.session, shipment, order)
        lines = tuple(ShipmentLine(line.article_no, line.article_name, line.quantity,
                                   line.delivered_now, line.delivered_later)
                      for line in (*view.lines, *view.backordered))
        r = view.recipient
        return ShippingNoteData(
            centre=self.centre(), shipment_id=view.shipment_id, delivery_no=view.delivery_no,
            partial=view.partial, express=view.express, order_no=view.order_no,
            recipient_name=r.name, recipient_street=r.street, recipient_postal_code=r.postal_code,
            recipient_city=r.city, recipient_phone=r.phone, lines=lines,
            instruction=view.instruction, performed_by=view.performed_by,
            technician=self.person(view.shipped_by), shipped_at=view.shipped_at,
        )

    def recon_log(self, recon: Reconditioning, device: Device) -> ReconLogData:
        """A reconditioning log: each step with result and who, parts, data wipe, outcome (S4)."""
        steps = tuple(ReconStep(s.name, RESULT_SV.get(s.result, s.result or "–"), s.note,
                                self.person(s.done_by)) for s in recon.steps)
        parts = tuple(UsedPart(p.article.article_no, p.article.name, p.quantity) for p in recon.parts)
        return ReconLogData(
            centre=self.centre(), recon_id=recon.id, individual_no=device.individual_no,
            article_no=device.article.article_no, article_name=device.article.name,
            product_group=device.article.product_group, digital=device.article.digital,
            steps=steps, parts_used=parts,
            data_wiped=recon.data_wiped if device.article.digital else None,
            outcome="scrapped" if recon.outcome == "scrapped" else "in_stock",
            scrap_reason=recon.scrap_reason, technician=self.person(recon.signed_off_by),
            signed_off_at=recon.signed_off_at or recon.started_at,
        )
