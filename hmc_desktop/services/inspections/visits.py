"""Booking inspection visits and telling the user (PM3).

A device in use is inspected where it is used: a visit is booked for it, alone or on a route
(devices of one postal area, one after the other on one day), at least 10 working days ahead
so that the user can be told in time. The user is told by a letter (the notices, printed in
one batch: :meth:`~hmc_desktop.services.inspections.documents.InspectionPrintService.notices`)
or through the orderer, by a message in the outbox of the device's latest order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hmc_desktop.db import models
from hmc_desktop.documents.text import fmt_date_long, swedish_key
from hmc_desktop.domain.calendar import TZ, to_local
from hmc_desktop.domain.errors import DomainError, NotFound
from hmc_desktop.domain.inspection import (
    check_one_area,
    check_visit,
    earliest_visit,
    postal_area,
    route_times,
)
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.core.audit import record, set_and_record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.reference import load_settings
from hmc_desktop.services.inspections.plans import plan_book
from hmc_desktop.services.orders import messages
from hmc_desktop.services.orders.flow_common import lock_device

BOOKED = "booked"
NOTICE_KIND = "inspection_notice"
DEFAULT_MINUTES = 45


@dataclass(frozen=True, slots=True)
class VisitView:
    """A booked visit as the due list and the booking dialog show it."""

    individual_no: str
    visit_at: datetime  # Stockholm time
    minutes: int
    notice: str  # '' not told yet; 'letter' or 'message'


class VisitService:
    """Books visits (per device or a route) and queues notices to orderers; Action.INSPECT."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def earliest(self) -> date:
        """The first day a visit booked now can be on (PM3: 10 working days' notice)."""
        return earliest_visit(self.ctx.clock.now().date(), self.ctx.calendar)

    def book(self, individual_no: str, visit_at: datetime,
             minutes: int = DEFAULT_MINUTES) -> VisitView:
        """Book (or move) the visit that inspects a device in use; a moved visit needs a new
        notice. ``visit_at``: Stockholm time (naive or aware)."""
        [view] = self._book([(individual_no, _local(visit_at))], minutes)
        return view

    def book_route(self, individual_nos: Sequence[str], day: date, start: time,
                   minutes: int = DEFAULT_MINUTES) -> list[VisitView]:
        """One day's route: the devices of one postal area, visited one after the other from
        ``start`` in street order; all booked, or none (a refusal names why)."""
        numbers = list(dict.fromkeys(n.strip() for n in individual_nos if n.strip()))
        if not numbers:
            return []
        d, h = models.Device, models.Holder
        with self.ctx.db.reading() as session:
            rows = session.execute(select(d.individual_no, h.postal_code, h.street)
                                   .outerjoin(h, h.id == d.holder_id)
                                   .where(d.individual_no.in_(numbers))).all()
        found = {n: (postal or "", street or "") for n, postal, street in rows}
        for n in numbers:
            if n not in found:
                raise NotFound("device_not_found", individual_no=n)
        check_one_area({n: postal_area(found[n][0]) for n in numbers})
        ordered = sorted(numbers, key=lambda n: (swedish_key(found[n][1]), n))
        times = route_times(datetime.combine(day, start), len(ordered), minutes,
                            self.ctx.calendar.settings.closes)
        return self._book([(n, _local(t)) for n, t in zip(ordered, times, strict=True)], minutes)

    def cancel(self, individual_no: str) -> None:
        """Cancel the device's booked visit (the user should then be told: not done here)."""
        user = self.ctx.user
        user.require(Action.INSPECT)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            device = lock_device(session, individual_no)
            visit = _open_visit(session, device.id)
            if visit is None:
                raise DomainError("visit_not_found", individual_no=device.individual_no)
            set_and_record(session, visit, {"status": "cancelled"}, who=user.login, at=now,
                           entity="device", key=device.individual_no, action="visit")

    def visits(self, individual_nos: Sequence[str]) -> list[VisitView]:
        """The booked visits of these devices."""
        d, v = models.Device, models.InspectionVisit
        with self.ctx.db.reading() as session:
            rows = session.execute(select(d.individual_no, v.visit_at, v.minutes, v.notice)
                                   .join(v, v.device_id == d.id)
                                   .where(d.individual_no.in_(list(individual_nos)),
                                          v.status == BOOKED).order_by(v.visit_at))
            return [VisitView(n, to_local(at), m, notice) for n, at, m, notice in rows]

    def message_orderers(self, individual_nos: Sequence[str]) -> int:
        """Queue a message to the orderer of each device's booked visit (the device's latest
        order with an orderer); all of them, or — when one has no orderer — none."""
        user = self.ctx.user
        user.require(Action.MESSAGE_ORDERER)
        user.require(Action.INSPECT)
        now, who = self.ctx.clock.now(), user.login
        queued = 0
        with self.ctx.db.transaction() as session:
            settings_phone = load_settings(session).get("centre.phone", "")
            for number in dict.fromkeys(individual_nos):
                device = lock_device(session, number)
                visit = _open_visit(session, device.id)
                if visit is None:
                    continue
                order = _latest_ordered(session, device.id)
                if order is None:
                    raise DomainError("notice_no_orderer", individual_no=device.individual_no)
                subject, body = _notice_message(order, device, visit, settings_phone,
                                                self.ctx.calendar.previous_working_day(
                                                    to_local(visit.visit_at).date()))
                messages.store(session, order, NOTICE_KIND, subject, body, who, now)
                set_and_record(session, visit, {"notice": "message", "notified_at": now,
                                                "notified_by": who}, who=who, at=now,
                               entity="device", key=device.individual_no, action="notice")
                queued += 1
            if not queued:
                raise DomainError("no_notices_to_send")
        return queued

    # -- helpers -----------------------------------------------------------------------------
    def _book(self, wanted: list[tuple[str, datetime]], minutes: int) -> list[VisitView]:
        user = self.ctx.user
        user.require(Action.INSPECT)
        now, who = self.ctx.clock.now(), user.login
        today = now.date()
        try:
            with self.ctx.db.transaction() as session:
                book = plan_book(session)
                views = []
                for number, moment in wanted:
                    check_visit(moment, today, self.ctx.calendar)
                    device = lock_device(session, number)
                    if device.status != DeviceStatus.IN_USE.value:
                        raise DomainError("visit_not_in_use", individual_no=device.individual_no,
                                          current=device.status)
                    art = device.article
                    if book.interval(art.id, art.product_group) is None:
                        raise DomainError("inspection_no_plan", individual_no=device.individual_no,
                                          article=f"{art.article_no} {art.name}".strip())
                    views.append(self._store(session, device, moment, minutes, who, now))
                return views
        except IntegrityError:  # another workstation booked the same device a moment before
            raise DomainError("stale_data") from None

    @staticmethod
    def _store(session: Session, device: models.Device, moment: datetime, minutes: int,
               who: str, now: datetime) -> VisitView:
        visit = _open_visit(session, device.id)
        if visit is None:
            visit = models.InspectionVisit(device_id=device.id, visit_at=moment, minutes=minutes,
                                           status=BOOKED, booked_by=who, booked_at=now, notice="")
            session.add(visit)
            session.flush()
            record(session, who=who, at=now, entity="device", key=device.individual_no,
                   action="visit", field="visit_at", new=f"{moment:%Y-%m-%d %H:%M}")
        else:  # moved: the user has to be told the new time
            old = to_local(visit.visit_at)
            if old != moment:
                record(session, who=who, at=now, entity="device", key=device.individual_no,
                       action="visit", field="visit_at", old=f"{old:%Y-%m-%d %H:%M}",
                       new=f"{moment:%Y-%m-%d %H:%M}")
                visit.visit_at = moment
            set_and_record(session, visit, {"minutes": minutes, "notice": "", "notified_by": None,
                                            "booked_by": who},
                           who=who, at=now, entity="device", key=device.individual_no,
                           action="visit")
            visit.notified_at, visit.booked_at = None, now
        return VisitView(device.individual_no, moment, minutes, visit.notice)


def _local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=TZ) if moment.tzinfo is None else to_local(moment)


def _open_visit(session: Session, device_id: int) -> models.InspectionVisit | None:
    v = models.InspectionVisit
    return session.scalars(select(v).where(v.device_id == device_id, v.status == BOOKED)).first()


def _latest_ordered(session: Session, device_id: int) -> models.WorkOrder | None:
    """The device's newest order that names an orderer: whom the notice goes through."""
    w = models.WorkOrder
    return session.scalars(select(w).where(w.device_id == device_id, w.orderer_id.is_not(None))
                           .order_by(w.registered.desc(), w.id.desc()).limit(1)).unique().first()


def _notice_message(order: models.WorkOrder, device: models.Device,
                    visit: models.InspectionVisit, phone: str, change_by: date) -> tuple[str, str]:
    """The message to the orderer: the visit's time and place, the device, whom to call."""
    when = to_local(visit.visit_at)
    holder = device.holder
    where = f" hos {holder.name}" if holder is not None else ""
    greeting = f"Hej {order.orderer.name}," if order.orderer else "Hej,"
    subject = f"Besiktning av hjälpmedel {device.individual_no} {when:%Y-%m-%d}"
    body = (f"{greeting}\n\nHjälpmedelscentralen besiktigar {device.article.name} (individnummer "
            f"{device.individual_no}){where} {fmt_date_long(when.date())} kl. {when:%H:%M}. "
            f"Besöket tar ungefär {visit.minutes} minuter.\n\nMeddela brukaren tiden. Passar den "
            f"inte, ring oss{(' på ' + phone) if phone else ''} senast "
            f"{fmt_date_long(change_by)}, så bokar vi en ny tid.")
    return subject, body
