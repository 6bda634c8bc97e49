"""The due list of periodic inspection (PM2, PM3): what falls due, overdue first.

The list reads ``devices.inspection_due`` in index order (due day, then individual number),
so a page of it costs the same over ten thousand devices or a million; the notice day
(PM3, 10 working days before the due day) is computed per row from the cached calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Connection, Select, and_, func, or_, select

from hmc_desktop.db import tables
from hmc_desktop.domain.calendar import to_local
from hmc_desktop.domain.inspection import AT_CENTRE, is_overdue, notice_by, postal_area
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.core.context import ServiceContext

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
        """Every device due by ``until``, overdue included; scrapped and unplanned ones not.

        Only what the command's JSON holds is read (no address, no visit): tens of thousands
        of rows at a large centre. Core, so that the command loads no ORM.
        """
        d, a, h = tables.devices.c, tables.articles.c, tables.holders.c
        stmt = (select(d.individual_no, a.article_no, d.status, h.name, d.last_inspected,
                       d.inspection_due)
                .select_from(tables.devices.join(tables.articles, a.id == d.article_id)
                             .outerjoin(tables.holders, h.id == d.holder_id))
                .where(*self._due_by(until)).order_by(d.inspection_due, d.individual_no))
        cal, today = self.ctx.calendar, self.ctx.clock.now().date()
        with self.ctx.db.engine.connect() as conn:
            return [DueRow(number, art_no, "", "", status, holder, "", "", "", last, due,
                           notice_by(due, cal), is_overdue(due, today), None, "")
                    for number, art_no, status, holder, last, due in conn.execute(stmt)]

    @staticmethod
    def _due_by(until: date) -> tuple[Any, ...]:
        """Devices with a due day by ``until`` (the due index's range), not scrapped."""
        d = tables.devices.c
        return (d.inspection_due.is_not(None), d.inspection_due <= until,
                d.status != DeviceStatus.SCRAPPED.value)

    def page(self, flt: DueFilter, offset: int = 0, limit: int = 200,
             with_total: bool = True) -> DuePage:
        """One page of the due list as the Besiktning tab shows it, and how many rows in all."""
        with self.ctx.db.engine.connect() as conn:
            stmt = self._query(flt)
            rows = self._rows(conn, stmt.offset(offset).limit(limit))
            total = (int(conn.scalar(select(func.count()).select_from(
                stmt.order_by(None).subquery())) or 0) if with_total else len(rows))
        return DuePage(tuple(rows), offset, total)

    def product_groups(self) -> list[str]:
        """The product groups that have devices to inspect (the view's filter)."""
        d, a = tables.devices.c, tables.articles.c
        with self.ctx.db.engine.connect() as conn:
            ids = select(d.article_id).where(d.inspection_due.is_not(None)).distinct()
            return sorted(g for g in conn.scalars(
                select(a.product_group).where(a.id.in_(ids)).distinct()) if g)

    def _query(self, f: DueFilter) -> Select[Any]:
        d, a, h, v = (tables.devices.c, tables.articles.c, tables.holders.c,
                      tables.inspection_visits.c)
        today = self.ctx.clock.now().date()
        stmt: Any = (select(d.individual_no, a.article_no, a.name, a.product_group, d.status, h.name,
                       h.street, h.postal_code, h.city, d.last_inspected, d.inspection_due,
                       v.visit_at, v.notice)
                .select_from(tables.devices.join(tables.articles, a.id == d.article_id)
                             .outerjoin(tables.holders, h.id == d.holder_id)
                             .outerjoin(tables.inspection_visits,
                                        and_(v.device_id == d.id, v.status == BOOKED)))
                .where(*self._due_by(f.until))
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

    def _rows(self, conn: Connection, stmt: Select[Any]) -> list[DueRow]:
        cal, today = self.ctx.calendar, self.ctx.clock.now().date()
        out = []
        for (number, art_no, art_name, group, status, holder, street, postal, city, last, due,
             visit_at, notice) in conn.execute(stmt):
            out.append(DueRow(number, art_no, art_name, group, status, holder, street or "",
                              postal or "", city or "", last, due, notice_by(due, cal),
                              is_overdue(due, today),
                              to_local(visit_at) if visit_at is not None else None,
                              notice or ""))
        return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
