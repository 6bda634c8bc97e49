"""The inspection protocol (PM5): assembled from the database, printed and recorded in the
device's history like every other document (so it prints again identically)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hmc_desktop import documents
from hmc_desktop.db import models
from hmc_desktop.documents import (
    InspectionNoticeData,
    InspectionProtocolData,
    InspectionStepLine,
    NoticeDevice,
)
from hmc_desktop.documents.text import fmt_postal_code, swedish_key
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.domain.inspection import RESULT_SV
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.audit import set_and_record
from hmc_desktop.services.inspections.plans import plan_of
from hmc_desktop.services.printing.document_data import DocumentData
from hmc_desktop.services.printing.printing import PrintService


class InspectionPrintService(PrintService):
    """Prints inspection protocols; each print is recorded on the device (D3)."""

    def protocol(self, individual_no: str) -> bytes:
        """The device's latest inspection protocol (PM5)."""
        with self.ctx.db.transaction() as session:
            device = session.scalars(select(models.Device).where(
                models.Device.individual_no == individual_no.strip())).unique().one_or_none()
            if device is None:
                raise NotFound("device_not_found", individual_no=individual_no.strip())
            i = models.Inspection
            inspection = session.scalars(select(i).where(i.device_id == device.id).order_by(
                i.performed_on.desc(), i.id.desc()).limit(1)).first()
            if inspection is None:
                raise NotFound("no_inspection", individual_no=device.individual_no)
            data = protocol_data(session, DocumentData(session, self.ctx), inspection, device)
            self._record(session, "inspection_protocol", "a4", data.to_dict(), device,
                         inspection.order_id)
        return documents.InspectionProtocolRenderer().render(data)

    def notices(self, individual_nos: Sequence[str],
                progress: Callable[[int, int], None] | None = None) -> bytes:
        """The notices of these devices' booked visits (PM3): one PDF, a page per user in route
        order; each visit is then recorded as told by letter, each page in the history."""
        user = self.ctx.user
        user.require(Action.INSPECT)
        now = self.ctx.clock.now()
        with self.ctx.db.reading() as session:
            pages = notice_pages(session, DocumentData(session, self.ctx), individual_nos, now)
        if not pages:
            raise DomainError("no_notices_to_send")
        pdf = documents.InspectionNoticeRenderer().render_batch([p for p, _v in pages],
                                                                progress=progress)
        with self.ctx.db.transaction() as session:
            for data, visits in pages:
                for visit in visits:
                    stored = session.get(models.InspectionVisit, visit.id)
                    device = session.get(models.Device, visit.device_id)
                    assert stored is not None and device is not None
                    set_and_record(session, stored, {"notice": "letter", "notified_at": now,
                                                     "notified_by": user.login},
                                   who=user.login, at=now, entity="device",
                                   key=device.individual_no, action="notice")
                    self._record(session, "inspection_notice", "a4", data.to_dict(), device, None)
        return pdf


def protocol_data(session: Session, builder: DocumentData, inspection: models.Inspection,
                  device: models.Device) -> InspectionProtocolData:
    """What the protocol shows of one inspection: device, steps, outcome, next due, who."""
    art = device.article
    order = session.get(models.WorkOrder, inspection.order_id) if inspection.order_id else None
    order_type = ""
    if order is not None:
        t = builder.ctx.catalogue
        order_type = f"{order.type_code} {t.get(order.type_code).name}" \
            if order.type_code in t else order.type_code
    return InspectionProtocolData(
        centre=builder.centre(), inspection_id=inspection.id, individual_no=device.individual_no,
        article_no=art.article_no, article_name=art.name, product_group=art.product_group,
        location=device.location, performed_on=inspection.performed_on,
        recorded_at=inspection.recorded_at, technician=builder.person(inspection.technician),
        result="not_ok" if inspection.result == "not_ok" else "ok", note=inspection.note,
        steps=tuple(InspectionStepLine(s.name, RESULT_SV.get(s.result or "", "–"), s.note)
                    for s in inspection.steps),
        interval_months=plan_of(session, art).interval_months,
        due=inspection.due, next_due=inspection.next_due,
        order_no=order.order_no if order else "", order_type=order_type)


def notice_pages(session: Session, builder: DocumentData, individual_nos: Sequence[str],
                 now: datetime) -> list[tuple[InspectionNoticeData, list[models.InspectionVisit]]]:
    """A notice per user for the booked visits of these devices, in route order (postal code,
    street), each with the visits it tells of."""
    d, v = models.Device, models.InspectionVisit
    numbers = list(dict.fromkeys(n.strip() for n in individual_nos))
    rows = session.execute(select(v, d).join(d, d.id == v.device_id).where(
        d.individual_no.in_(numbers), v.status == "booked", d.holder_id.is_not(None),
        d.status == "in_use").order_by(v.visit_at)).unique().all()
    by_holder: dict[int, list[tuple[models.InspectionVisit, models.Device]]] = {}
    for visit, device in rows:
        assert device.holder_id is not None
        by_holder.setdefault(device.holder_id, []).append((visit, device))
    cal = builder.ctx.calendar
    pages = []
    for pairs in by_holder.values():
        holder = pairs[0][1].holder
        assert holder is not None
        first_day = min(to_local(visit.visit_at).date() for visit, _d in pairs)
        data = InspectionNoticeData(
            centre=builder.centre(), holder_name=holder.name, street=holder.street,
            postal_code=holder.postal_code, city=holder.city,
            devices=tuple(NoticeDevice(dev.individual_no, dev.article.name,
                                       to_local(visit.visit_at), visit.minutes)
                          for visit, dev in pairs),
            change_by=cal.previous_working_day(first_day), issued_at=now)
        pages.append((data, [visit for visit, _d in pairs]))
    pages.sort(key=lambda p: (fmt_postal_code(p[0].postal_code).replace(" ", ""),
                              swedish_key(p[0].street), p[0].holder_name))
    return pages
