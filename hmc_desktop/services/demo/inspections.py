"""Demo data of periodic inspection (PM1–PM4): the history of the lifts, slings and beds.

Each device its plan inspects (the migration's default plans) gets the inspections it would
have had since delivery: most done in the weeks before the due day, some late, and a share of
devices now overdue — so the Besiktning view has something overdue, something to notify and
something booked. The latest inspection of a device carries its checklist (what its protocol
prints); earlier ones keep only their outcome, which is what the card's history shows, so that a
million-device demo stays quick. Written in bulk like the rest of the demo.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from hmc_desktop.db import tables
from hmc_desktop.db.bulk import bulk_insert
from hmc_desktop.db.models import Article, Device, Inspection, InspectionStepRow, InspectionVisit
from hmc_desktop.domain.calendar import TZ, WorkCalendar
from hmc_desktop.domain.inspection import add_months, earliest_visit
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.demo import data as V
from hmc_desktop.services.inspections.plans import plan_book

LATE_SHARE = 0.12  # done after the due day
SKIPPED_SHARE = 0.04  # the latest due day passed without an inspection: overdue now
FIXED_NOTES = ("Batteri bytt", "Etikett ersatt", "Hjul justerat", "Selkrok bytt",
               "Smort och justerat", "Handkontrollens kabel bytt")


class DemoInspections:
    """Writes the inspection history of the devices with ids from ``first_id`` on."""

    def __init__(self, session: Session, calendar: WorkCalendar, now: datetime, staff: list[str],
                 rng: random.Random) -> None:
        self.session, self.cal, self.now, self.staff, self.rng = session, calendar, now, staff, rng
        self.today = now.date()

    def run(self, first_id: int) -> int:
        """The history of every inspected device from ``first_id``; returns inspections written."""
        book = plan_book(self.session)
        d, a = Device, Article
        planned = [art_id for art_id, group in self.session.execute(select(a.id, a.product_group))
                   if book.interval(art_id, group) is not None]
        if not planned:
            return 0
        devices = self.session.execute(
            select(d.id, d.article_id, a.product_group, d.delivered, d.status, d.holder_id)
            .join(a, a.id == d.article_id)
            .where(d.id >= first_id, d.article_id.in_(planned), d.delivered.is_not(None),
                   d.status != DeviceStatus.SCRAPPED.value).order_by(d.id)).all()
        inspections: list[dict[str, Any]] = []
        steps: list[dict[str, Any]] = []
        devices_due: list[dict[str, Any]] = []
        visits: list[dict[str, Any]] = []
        next_id = self._next_id(Inspection)
        step_id = self._next_id(InspectionStepRow)
        for device_id, article_id, group, delivered, status, holder_id in devices:
            plan = book.plan(article_id, group)
            months = plan.interval_months
            assert months is not None and delivered is not None  # both in the query's WHERE
            history = list(self._history(delivered, months))
            for performed, due, note in history:
                inspections.append(self._inspection(next_id, device_id, article_id, performed, due,
                                                    note, add_months(performed, months)))
                next_id += 1
            if history:
                latest_id = next_id - 1
                for i, name in enumerate(plan.steps):
                    fixed = self.rng.random() < 0.05
                    steps.append({"id": step_id, "inspection_id": latest_id, "name": name,
                                  "sort_order": i, "result": "fixed" if fixed else "ok",
                                  "note": self.rng.choice(FIXED_NOTES) if fixed else ""})
                    step_id += 1
            last = history[-1][0] if history else None
            due = add_months(last or delivered, months)
            devices_due.append({"d_id": device_id, "last": last, "due": due})
            if status == DeviceStatus.IN_USE.value and holder_id is not None:
                visit = self._visit(device_id, due)
                if visit is not None:
                    visits.append(visit)
        conn = self.session.connection()
        bulk_insert(conn, Inspection.__table__, iter(inspections))  # type: ignore[arg-type]
        bulk_insert(conn, InspectionStepRow.__table__, iter(steps))  # type: ignore[arg-type]
        self._set_due(devices_due)
        if visits:
            first_visit = self._next_id(InspectionVisit)
            bulk_insert(conn, InspectionVisit.__table__,  # type: ignore[arg-type]
                        ({"id": first_visit + i, **v} for i, v in enumerate(visits)))
        return len(inspections)

    # -- one device ----------------------------------------------------------------------------
    def _history(self, delivered: date, months: int) -> Iterator[tuple[date, date, str]]:
        """(performed, due, note) of each inspection since delivery, oldest first."""
        rng, basis = self.rng, delivered
        while True:
            due = add_months(basis, months)
            if due > self.today + timedelta(days=30):
                return
            late = rng.random() < LATE_SHARE
            day = due + timedelta(days=rng.randint(1, 45)) if late else \
                due - timedelta(days=rng.randint(0, 35))
            day = self.cal.working_day_on_or_after(max(day, basis + timedelta(days=1)))
            if day >= self.today or (add_months(day, months) > self.today
                                     and rng.random() < SKIPPED_SHARE):
                return  # not done yet: due soon, or overdue now
            yield day, due, ""
            basis = day

    def _inspection(self, inspection_id: int, device_id: int, article_id: int, performed: date,
                    due: date, note: str, next_due: date) -> dict[str, Any]:
        at = datetime.combine(performed, time(self.rng.randint(8, 15), self.rng.randrange(0, 60, 5)),
                              tzinfo=TZ)
        return {"id": inspection_id, "device_id": device_id, "performed_on": performed,
                "recorded_at": at, "technician": self.rng.choice(self.staff), "result": "ok",
                "note": note, "due": due, "next_due": next_due, "article_id": article_id,
                "order_id": None}

    def _visit(self, device_id: int, due: date) -> dict[str, Any] | None:
        """A booked visit for a share of the devices due in the coming weeks; some notified."""
        earliest = earliest_visit(self.today, self.cal)
        if not earliest <= due <= self.today + timedelta(days=60) or self.rng.random() > 0.5:
            return None
        day = self.cal.working_day_on_or_after(max(earliest, due - timedelta(days=10)))
        at = datetime.combine(day, time(self.rng.randint(8, 14), self.rng.choice((0, 15, 30, 45))),
                              tzinfo=TZ)
        notified = self.rng.random() < 0.5
        return {"device_id": device_id, "visit_at": at, "minutes": 45, "status": "booked",
                "booked_by": self.rng.choice(self.staff), "booked_at": self.now,
                "notified_at": self.now if notified else None,
                "notified_by": self.rng.choice(self.staff) if notified else None,
                "notice": self.rng.choice(("letter", "message")) if notified else "",
                "inspection_id": None}

    # -- writing -------------------------------------------------------------------------------
    def _next_id(self, model: Any) -> int:
        return int(self.session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1

    def _set_due(self, rows: list[dict[str, Any]]) -> None:
        table = tables.devices
        stmt = (update(table).where(table.c.id == bindparam("d_id"))
                .values(last_inspected=bindparam("last"), inspection_due=bindparam("due")))
        conn = self.session.connection()
        for start in range(0, len(rows), 20_000):
            conn.execute(stmt, rows[start:start + 20_000])


def generate(session: Session, calendar: WorkCalendar, now: datetime, rng: random.Random,
             first_device_id: int) -> int:
    """The demo's inspection history for the devices it just created; inspections written."""
    staff = [login for login, _name, role in V.STAFF if role in ("technician", "support")]
    return DemoInspections(session, calendar, now, staff, rng).run(first_device_id)

