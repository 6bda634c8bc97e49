"""Applying one validated device row (D1): create the device or update what the row carries."""

from typing import Any

from sqlalchemy.orm import Session

from hmc_desktop.db.models import Device
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.interchange.errors import RowError
from hmc_desktop.interchange.rows import DeviceRow
from hmc_desktop.services.audit import set_and_record
from hmc_desktop.services.blocking import check_hand_out
from hmc_desktop.services.context import ServiceContext
from hmc_desktop.services.import_lookup import Lookups


class DeviceApplier:
    def __init__(self, session: Session, ctx: ServiceContext) -> None:
        self.session, self.ctx = session, ctx
        self.now = ctx.clock.now()
        self.who = ctx.user.login
        self.lookups = Lookups(session, self.who, self.now)

    def preload(self, rows: list[DeviceRow]) -> None:
        self.lookups.preload_devices(r.individual_no for r in rows)
        self.lookups.preload_articles(r.article_no for r in rows)
        self.lookups.preload_people(((None, r.holder) for r in rows if "holder" in r.present), ())

    @staticmethod
    def _hands_out(row: DeviceRow, device: Device) -> bool:
        """The row puts a known device in someone's hands: in use, newly or with another holder."""
        held = device.holder.name if device.holder else None
        holder = (row.holder or None) if "holder" in row.present else held
        status = device.status
        if "status" in row.present:
            status = (row.status or (DeviceStatus.IN_USE if holder else DeviceStatus.IN_STOCK)).value
        return status == DeviceStatus.IN_USE.value and (status != device.status or holder != held)

    def _refused(self, row: DeviceRow) -> list[RowError] | None:
        """D2, R3: a delivery by file hands out no blocked device either; checked before the
        row changes anything (its article, a new holder)."""
        device = self.lookups.devices.get(row.individual_no)
        if device is None or not self._hands_out(row, device):
            return None
        try:
            check_hand_out(self.session, device)
        except DomainError as refused:
            return [RowError(row.line, "holder" if "holder" in row.present else "status",
                             str(refused))]
        return None

    def apply(self, row: DeviceRow) -> str | list[RowError]:
        """'new', 'updated' or 'unchanged'; the row's problems when it is refused."""
        refused = self._refused(row)
        if refused:
            return refused
        article = self.lookups.article(row.article_no, row.article_name, row.digital)
        if row.digital is not None and article.digital != row.digital and "digital" in row.present:
            article.digital = row.digital
        device = self.lookups.devices.get(row.individual_no)
        holder = (self.lookups.holder(row.holder, None, None, None)
                  if "holder" in row.present and row.holder else None)
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
