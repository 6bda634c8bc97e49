"""The due list of periodic inspection (PM2, PM3): what falls due, overdue first.

The list reads ``devices.inspection_due`` in index order (due day, then individual number),
so a page of it costs the same over ten thousand devices or a million; the notice day
(PM3, 10 working days before the due day) is computed per row from the cached calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from hmc_desktop.db import models
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.inspection import AT_CENTRE, is_overdue, notice_by, postal_area
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.context import ServiceContext

BOOKED = "booked"
STATES = ("overdue", "not_booked", "booked", "notified", "at_centre")


@dataclass(frozen=True, slots=True)
class DueRow:
    """One device on the due list (PM2, PM3)."""

    individual_no: str
    article_no: str
    article_name: str
    product_group: str
    device_status: str
    holder_name: str | None  # None: at the centre
    street: str
    postal_code: str
    city: str
    last_inspected: date | None
    due: date
    notice_by: date
    overdue: bool
    visit_at: datetime | None  # a booked visit (Stockholm time)
    notified: str  # '' not yet; 'letter' or 'message'

    def to_json(self) -> dict[str, Any]:
        """The object of ``inspections due --json`` (CONTRACT)."""
        return {"individual_no": self.individual_no, "article_no": self.article_no,
                "device_status": self.device_status, "holder_name": self.holder_name,
                "last_inspected": _iso(self.last_inspected), "due": self.due.isoformat(),
                "notice_by": self.notice_by.isoformat()}


@dataclass(frozen=True, slots=True)
class DueFilter:
    """Which devices the due list shows: due by ``until`` (overdue included); with ``since``,
    only those due from then on besides the overdue ones (the view's month)."""

    until: date
    since: date | None = None
    product_group: str | None = None
    postal_area: str | None = None
    state: str | None = None  # one of STATES


@dataclass(frozen=True, slots=True)
class DuePage:
    rows: tuple[DueRow, ...]
    offset: int
    total: int


class DueListService:
    """Reads the due list; read-only, so anyone may look."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the due list (PM2, PM3) -------------------------------------------------------
    def due(self, until: date) -> list[DueRow]:
        """Every device due by ``until``, overdue included; scrapped and unplanned ones not."""
        with self.ctx.db.reading() as session:
            return self._rows(session, self._query(DueFilter(until)))

    def page(self, flt: DueFilter, offset: int = 0, limit: int = 200,
             with_total: bool = True) -> DuePage:
        """One page of the due list as the Besiktning tab shows it, and how many rows in all."""
        with self.ctx.db.reading() as session:
            stmt = self._query(flt)
            rows = self._rows(session, stmt.offset(offset).limit(limit))
            total = (int(session.scalar(select(func.count()).select_from(
                stmt.order_by(None).subquery())) or 0) if with_total else len(rows))
        return DuePage(tuple(rows), offset, total)

    def product_groups(self) -> list[str]:
        """The product groups that have devices to inspect (the view's filter)."""
        d, a = models.Device, models.Article
        with self.ctx.db.reading() as session:
            ids = select(d.article_id).where(d.inspection_due.is_not(None)).distinct()
            return sorted(g for g in session.scalars(
                select(a.product_group).where(a.id.in_(ids)).distinct()) if g)

    def _query(self, f: DueFilter) -> Select[Any]:
        d, a, h, v = models.Device, models.Article, models.Holder, models.InspectionVisit
        today = self.ctx.clock.now().date()
        stmt: Any = (select(d.individual_no, a.article_no, a.name, a.product_group, d.status, h.name,
                       h.street, h.postal_code, h.city, d.last_inspected, d.inspection_due,
                       v.visit_at, v.notice)
                .join(a, a.id == d.article_id).outerjoin(h, h.id == d.holder_id)
                .outerjoin(v, and_(v.device_id == d.id, v.status == BOOKED))
                .where(d.inspection_due.is_not(None), d.inspection_due <= f.until,
                       d.status != DeviceStatus.SCRAPPED.value)
                .order_by(d.inspection_due, d.individual_no))
        if f.since is not None:
            stmt = stmt.where(or_(d.inspection_due >= f.since, d.inspection_due < today))
        if f.product_group:
            stmt = stmt.where(a.product_group == f.product_group)
        if f.postal_area:
            stmt = stmt.where(h.postal_code.like(f"{postal_area(f.postal_area)}%"))
        in_use = d.status == DeviceStatus.IN_USE.value
        state = {"overdue": d.inspection_due < today,
                 "not_booked": and_(in_use, v.id.is_(None)),
                 "booked": and_(v.id.is_not(None), v.notice == ""),
                 "notified": and_(v.id.is_not(None), v.notice != ""),
                 "at_centre": d.status.in_(sorted(AT_CENTRE))}.get(f.state or "")
        if state is not None:
            stmt = stmt.where(state)
        return cast("Select[Any]", stmt)

    def _rows(self, session: Session, stmt: Select[Any]) -> list[DueRow]:
        cal, today = self.ctx.calendar, self.ctx.clock.now().date()
        out = []
        for (number, art_no, art_name, group, status, holder, street, postal, city, last, due,
             visit_at, notice) in session.execute(stmt):
            out.append(DueRow(number, art_no, art_name, group, status, holder, street or "",
                              postal or "", city or "", last, due, notice_by(due, cal),
                              is_overdue(due, today),
                              to_local(visit_at) if visit_at is not None else None,
                              notice or ""))
        return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
