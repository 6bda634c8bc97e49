"""Applying one validated device row (D1): create the device or update what the row carries.

The inspection columns (PM1, PM2): ``inspection_interval_months`` sets the article's own
interval (empty leaves it); ``last_inspected`` sets the device's last inspection, but never
earlier than one recorded here. A row that hands a device at the centre out (status in use)
is refused while the device is blocked (D2), as every other path refuses it.
"""

from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import check_can_hand_out
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.inspection import AT_CENTRE, PlanBook, due_date
from hmc_desktop.domain.people import same_name
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.interchange import RowError, reason_of
from hmc_desktop.interchange.rows import DeviceRow
from hmc_desktop.services.core.audit import set_and_record
from hmc_desktop.services.core.blocking import blocks_with_due
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.imports.lookup import Lookups, among
from hmc_desktop.services.inspections.plans import plan_book, refresh_devices, set_article_interval

DUE_INPUTS = frozenset({"article_id", "delivered", "last_inspected"})  # what moves a due day


class DeviceApplier:
    def __init__(self, session: Session, ctx: ServiceContext) -> None:
        self.session, self.ctx = session, ctx
        self.now = ctx.clock.now()
        self.today = self.now.date()
        self.who = ctx.user.login
        self.lookups = Lookups(session, self.who, self.now)
        self._book: PlanBook | None = None
        self.intervals: dict[str, tuple[int, int]] = {}  # article_no → (months, line)
        self.recorded: dict[int, date] = {}  # device id → its latest inspection recorded here
        self.due_changed: set[int] = set()  # devices whose due day :meth:`finish` recomputes

    def preload(self, rows: list[DeviceRow]) -> None:
        self.lookups.preload_devices((r.individual_no for r in rows), lock=True)
        self.lookups.preload_articles(r.article_no for r in rows)
        self.lookups.preload_people(((None, r.holder) for r in rows if "holder" in r.present), ())
        if any("last_inspected" in r.present for r in rows):  # one query, not one a row
            d, i = models.Device, models.Inspection
            latest: Select[Any] = select(d.id, func.max(i.performed_on))  # type: ignore[assignment]
            query = among(latest.join(i, i.device_id == d.id),
                          d.individual_no, (r.individual_no for r in rows),
                          self.lookups.dialect).group_by(d.id)
            self.recorded = {device_id: day for device_id, day in self.session.execute(query)}

    @property
    def book(self) -> PlanBook:
        if self._book is None:
            self._book = plan_book(self.session)
        return self._book

    def apply(self, row: DeviceRow) -> str | list[RowError]:
        """'new', 'updated' or 'unchanged'; the row's problems when it is refused (then it
        has changed nothing)."""
        problems = self._check_inspection_columns(row)
        if problems:
            return problems
        device = self.lookups.devices.get(row.individual_no)
        if device is not None and device.status == DeviceStatus.SCRAPPED.value:
            status = self._target_status(row)
            if status not in (None, DeviceStatus.SCRAPPED):  # D2 has no way back
                return [RowError(row.line, "status", reason_of(DomainError(
                    "import_scrapped", individual_no=device.individual_no, target=status.value)))]
        article = self.lookups.article(row.article_no, row.article_name, row.digital)
        if device is not None and self._hands_out(row, device):
            refused = self._refused_hand_out(row, device, article)
            if refused:
                return refused
        if row.digital is not None and "digital" in row.present:
            set_and_record(self.session, article, {"digital": row.digital}, who=self.who,
                           at=self.now, entity="article", key=article.article_no,
                           action="import")
        months = row.inspection_interval_months
        if months is not None and self.intervals[row.article_no][1] == row.line and \
                set_article_interval(self.session, article, months, self.who, self.now):
            self._book = None  # the article's plan changed: read the plans again
        try:
            holder = (self.lookups.holder(row.holder, None, None, None)
                      if "holder" in row.present and row.holder else None)
        except DomainError as err:
            return [RowError(row.line, "holder", reason_of(err))]
        if device is None:
            device = self.lookups.new_device(row.individual_no, article, holder)
            outcome = "new"
        else:
            outcome = "unchanged"
        values: dict[str, Any] = {"article_id": article.id}
        if "holder" in row.present:
            values["holder_id"] = holder.id if holder else None
        for attr in ("location", "delivered", "lifetime_years"):
            if attr in row.present:
                values[attr] = getattr(row, attr) if attr != "location" else (row.location or "")
        if "last_inspected" in row.present:
            values["last_inspected"] = self._last_inspected(device, row.last_inspected)
        if "status" in row.present or outcome == "new":
            derived = DeviceStatus.IN_USE if values.get("holder_id", device.holder_id) else DeviceStatus.IN_STOCK
            values["status"] = (row.status or derived).value
        changed = set_and_record(self.session, device, values, who=self.who, at=self.now,
                                 entity="device", key=device.individual_no, action="import")
        if outcome == "new" or DUE_INPUTS & set(changed):
            self.due_changed.add(device.id)
        if changed and outcome == "unchanged":
            device.updated_at = self.now
            outcome = "updated"
        return outcome

    def finish(self) -> None:
        """The due days of the devices whose plan, delivery or last inspection the file changed."""
        if self.due_changed:
            refresh_devices(self.session, self.due_changed)

    # -- the inspection columns -------------------------------------------------------------
    def _check_inspection_columns(self, row: DeviceRow) -> list[RowError]:
        problems = []
        months = row.inspection_interval_months
        if months is not None:
            first = self.intervals.setdefault(row.article_no, (months, row.line))
            if first[0] != months:
                problems.append(RowError(
                    row.line, "inspection_interval_months",
                    f"article {row.article_no} is given {first[0]} months on line {first[1]}"))
        if row.last_inspected is not None and row.last_inspected > self.today:
            problems.append(RowError(row.line, "last_inspected",
                                     f"{row.last_inspected.isoformat()} has not come yet"))
        return problems

    def _last_inspected(self, device: models.Device, given: date | None) -> date | None:
        """The file's date, or the latest inspection recorded here if that is later."""
        recorded = self.recorded.get(device.id) if device.id is not None else None
        dates = [d for d in (given, recorded) if d is not None]
        return max(dates) if dates else None

    @staticmethod
    def _target_status(row: DeviceRow) -> DeviceStatus | None:
        """The status the row gives the device (the holder column implies one), if any."""
        if "status" in row.present and row.status is not None:
            return row.status
        if "holder" in row.present or "status" in row.present:
            return DeviceStatus.IN_USE if row.holder else DeviceStatus.IN_STOCK
        return None

    @classmethod
    def _hands_out(cls, row: DeviceRow, device: models.Device) -> bool:
        """The row puts a known device in someone's hands (D2): in use, newly or with another
        holder (the same person's name written differently is the same holder)."""
        current = device.holder.name if device.holder is not None else None
        other_holder = "holder" in row.present and not (
            row.holder == current or (row.holder and current and same_name(row.holder, current)))
        return cls._target_status(row) is DeviceStatus.IN_USE and (
            device.status != DeviceStatus.IN_USE.value or bool(other_holder))

    def _refused_hand_out(self, row: DeviceRow, device: models.Device,
                          article: models.Article) -> list[RowError]:
        """D2: a device at the centre is not handed out by a file while it is blocked, judged
        by the due day the row itself gives it (its last inspection, delivery, interval)."""
        last = (self._last_inspected(device, row.last_inspected)
                if "last_inspected" in row.present else device.last_inspected)
        delivered = row.delivered if "delivered" in row.present else device.delivered
        months = row.inspection_interval_months
        interval = (months or None) if months is not None else self.book.interval(
            article.id, article.product_group)
        # PM2: only a device at the centre is blocked by an overdue inspection
        due = due_date(last, delivered, interval) if device.status in AT_CENTRE else None
        try:
            check_can_hand_out(device.individual_no,
                               blocks_with_due(self.session, device.id, self.today, due))
        except DomainError as err:
            return [RowError(row.line, "status", reason_of(err))]  # the hand-out is refused
        return []
