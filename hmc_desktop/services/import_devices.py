"""Applying one validated device row (D1): create the device or update what the row carries."""

from typing import Any

from sqlalchemy.orm import Session

from hmc_desktop.db.models import Device
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.people import same_name
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.interchange import RowError, reason_of
from hmc_desktop.interchange.rows import DeviceRow
from hmc_desktop.services.audit import set_and_record
from hmc_desktop.services.blocking import check_hand_out
from hmc_desktop.services.context import ServiceContext
from hmc_desktop.services.import_lookup import Lookups


class DeviceApplier:
    """Creates or updates devices from a devices file (D1), within D2's rules."""

    def __init__(self, session: Session, ctx: ServiceContext) -> None:
        self.session, self.ctx = session, ctx
        self.now = ctx.clock.now()
        self.who = ctx.user.login
        self.lookups = Lookups(session, self.who, self.now)

    def preload(self, rows: list[DeviceRow]) -> None:
        self.lookups.preload_devices((r.individual_no for r in rows), lock=True)
        self.lookups.preload_articles(r.article_no for r in rows)
        self.lookups.preload_people(((None, r.holder) for r in rows if "holder" in r.present), ())

    def apply(self, row: DeviceRow) -> str | list[RowError]:
        """'new', 'updated' or 'unchanged'; or the row's problem (then nothing of it is stored)."""
        device = self.lookups.devices.get(row.individual_no)
        try:
            if device is not None:
                self._check_lifecycle(device, row)
        except DomainError as err:
            return [RowError(row.line, "status", reason_of(err))]
        try:
            holder = (self.lookups.holder(row.holder, None, None, None)
                      if "holder" in row.present and row.holder else None)
        except DomainError as err:
            return [RowError(row.line, "holder", reason_of(err))]
        article = self.lookups.article(row.article_no, row.article_name, row.digital)
        if row.digital is not None and "digital" in row.present:
            set_and_record(self.session, article, {"digital": row.digital}, who=self.who,
                           at=self.now, entity="article", key=article.article_no,
                           action="import")
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
        if "status" in row.present or outcome == "new":
            derived = DeviceStatus.IN_USE if values.get("holder_id", device.holder_id) else DeviceStatus.IN_STOCK
            values["status"] = (row.status or derived).value
        changed = set_and_record(self.session, device, values, who=self.who, at=self.now,
                                 entity="device", key=device.individual_no, action="import")
        if changed and outcome == "unchanged":
            device.updated_at = self.now
            outcome = "updated"
        return outcome

    def _check_lifecycle(self, device: Device, row: DeviceRow) -> None:
        """D2 holds for a file too: a scrapped device is never brought back, and a blocked
        device is not handed out (services.blocking) — whatever the other system says.
        Asked before the row's holder is looked up (or made)."""
        status = row.status if "status" in row.present else None
        current = device.holder.name if device.holder is not None else None
        other_holder = "holder" in row.present and not (
            row.holder == current or (row.holder and current and same_name(row.holder, current)))
        if "holder" in row.present and status is None:  # the status follows the holder
            status = DeviceStatus.IN_USE if row.holder else DeviceStatus.IN_STOCK
        if device.status == DeviceStatus.SCRAPPED.value and status not in (
                None, DeviceStatus.SCRAPPED):
            raise DomainError("import_scrapped", individual_no=device.individual_no,
                              target=status.value)
        handing_out = status is DeviceStatus.IN_USE and (
            device.status != DeviceStatus.IN_USE.value or other_holder)
        if handing_out:
            check_hand_out(self.session, device)
