"""Recall campaigns (R1–R5): one method per user action, one transaction each, audited (W10).

Opening a campaign and creating its orders are the administrator's (``Action.RECALL``,
DOMAIN "Who uses it"); anyone may look at a campaign; a technician releases a unit
(``Action.RELEASE_BLOCK``) and works an exchange order (``Action.WORK_ORDER``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.domain.errors import DomainError, NotFound, ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.recall import RecallAction, RecallScope, parse_individual_numbers
from hmc_desktop.domain.types import DeviceStatus, OrderStatus
from hmc_desktop.interchange.spreadsheet import to_csv
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.blocking import BlockService
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.flow_common import (
    add_doc,
    check_open,
    complete_order,
    find_article,
    lock_device,
    lock_order,
    move_device,
)
from hmc_desktop.services.orders.support import AT_USER, pick_replacement
from hmc_desktop.services.recalls.opening import open_campaign
from hmc_desktop.services.recalls.orders import create_orders
from hmc_desktop.services.recalls.view import (
    CampaignView,
    Membership,
    RecallDeviceRow,
    all_rows,
    campaign_view,
    load_campaign,
    memberships,
    row_ids,
    rows_by_id,
)

Progress = Callable[[int, int, str], None]
EXPORT_HEADER = ("campaign", "title", "reference", "article_no", "article_name", "individual_no",
                 "delivered", "status", "blocked", "order_no", "order_status", "action", "done")


@dataclass(frozen=True, slots=True)
class RecallReport:
    """A campaign as it stands, with every unit (CONTRACT ``recall show --json``)."""

    campaign: CampaignView
    devices: tuple[RecallDeviceRow, ...]

    def to_json(self) -> dict[str, Any]:
        c, p = self.campaign, self.campaign.progress
        return {"id": c.id, "title": c.title, "article_no": c.article_no, "affected": p.affected,
                "done": p.done, "remaining": p.remaining, "by_status": p.remaining_by_status(),
                "devices": [d.to_json() for d in self.devices]}


@dataclass(frozen=True, slots=True)
class ExchangeOutcome:
    """An exchange order worked: the replacement is with the user, the order completed."""

    order_no: str
    replacement_individual_no: str
    recalled_individual_no: str
    order_status: str


class RecallService:
    """Opening campaigns, following them up, acting on their units."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- opening -----------------------------------------------------------------------
    def create(self, article_no: str, title: str, *, action: RecallAction = RecallAction.REPAIR,
               reference: str = "", delivered_from: date | None = None,
               delivered_to: date | None = None,
               individuals: Sequence[str] | None = None) -> int:
        """Open a campaign (R1): every unit of the article, narrowed by delivery date and/or a
        list; the units at the centre are blocked at once (R3). Returns the campaign's id."""
        user = self.ctx.user
        user.require(Action.RECALL)
        if not title.strip():
            raise ValidationError("recall_title_required", field="title")
        listed = None if individuals is None else tuple(parse_individual_numbers(individuals))
        scope = RecallScope(delivered_from, delivered_to, listed)
        scope.check()
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            article = find_article(session, article_no)
            campaign_id, _units = open_campaign(session, article, " ".join(title.split()), action,
                                                reference.strip(), scope, user.login, now)
        self._fresh_statistics("recall_devices", "device_blocks")
        return campaign_id

    # -- following up -------------------------------------------------------------------
    def campaigns(self) -> list[CampaignView]:
        """Every campaign with its progress, newest first."""
        with self.ctx.db.reading() as session:
            return [campaign_view(session, c) for c in session.scalars(
                select(models.RecallCampaign).order_by(models.RecallCampaign.id.desc()))]

    def campaign(self, campaign_id: int) -> CampaignView:
        """One campaign with its progress by where the units are (R5)."""
        with self.ctx.db.reading() as session:
            return campaign_view(session, load_campaign(session, campaign_id))

    def report(self, campaign_id: int) -> RecallReport:
        """The campaign with every unit, by individual number (R2, R5)."""
        with self.ctx.db.reading() as session:
            view = campaign_view(session, load_campaign(session, campaign_id))
            return RecallReport(view, tuple(all_rows(session, campaign_id)))

    def row_ids(self, campaign_id: int, status: str | None = None,
                remaining_only: bool = False) -> list[int]:
        """The units' keys grouped by where they are (the window's lazy table)."""
        with self.ctx.db.reading() as session:
            return row_ids(session, campaign_id, status, remaining_only)

    def rows(self, campaign_id: int, ids: Sequence[int]) -> dict[int, RecallDeviceRow]:
        """One page of units."""
        with self.ctx.db.reading() as session:
            return rows_by_id(session, campaign_id, ids)

    def memberships(self, individual_no: str) -> list[Membership]:
        """The campaigns the device is in (its card)."""
        with self.ctx.db.reading() as session:
            device_id = session.scalar(select(models.Device.id).where(
                models.Device.individual_no == individual_no.strip()))
            if device_id is None:
                raise NotFound("device_not_found", individual_no=individual_no.strip())
            return memberships(session, device_id)

    def export_csv(self, campaign_id: int) -> str:
        """The list for the manufacturer and the authority (R5): every unit, where it is and
        what was done; no personal data. No cell starts a spreadsheet formula."""
        self.ctx.user.require(Action.RECALL)
        with self.ctx.db.transaction() as session:
            c = campaign_view(session, load_campaign(session, campaign_id))
            rows = all_rows(session, campaign_id)
            record(session, who=self.ctx.user.login, at=self.ctx.clock.now(), entity="recall",
                   key=str(campaign_id), action="export", new=f"{len(rows)} rader")
        return to_csv(EXPORT_HEADER, ((c.id, c.title, c.reference, c.article_no, c.article_name,
                                       r.individual_no, r.delivered, r.status, r.blocked,
                                       r.order_no, r.order_status, r.action, r.done)
                                      for r in rows))

    # -- acting ---------------------------------------------------------------------------
    def create_orders(self, campaign_id: int, action: RecallAction | None = None,
                      progress: Progress | None = None) -> int:
        """One order for each unit with a user that has none in this campaign (R4), in one
        transaction; returns how many were created (0 on a re-run)."""
        user = self.ctx.user
        user.require(Action.RECALL)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
            chosen = action or RecallAction(campaign.action)
            created = create_orders(session, self.ctx, campaign, chosen, user.login, now, progress)
        if created:
            self._fresh_statistics("recall_orders", "pickups")
        return created

    def _fresh_statistics(self, *tables: str) -> None:
        """PostgreSQL plans a campaign's queries from table statistics; a step that just added
        tens of thousands of rows refreshes them at once (after its commit, so no lock is held
        meanwhile) instead of leaving the next minutes to plans made for an empty table."""
        if self.ctx.db.backend == "postgresql":
            with self.ctx.db.engine.begin() as conn:
                conn.execute(text(f"ANALYZE {', '.join(tables)}"))

    def release(self, campaign_id: int, individual_no: str, reason: str) -> int:
        """A technician releases the campaign's block on a unit, with a reason (D2, R4)."""
        with self.ctx.db.reading() as session:
            load_campaign(session, campaign_id)
            rd, d = models.RecallDevice, models.Device
            member = session.scalar(select(rd.id).join(d, d.id == rd.device_id).where(
                rd.campaign_id == campaign_id, d.individual_no == individual_no.strip()))
        if member is None:
            raise DomainError("recall_device_not_in", individual_no=individual_no.strip(),
                              id=campaign_id)
        return BlockService(self.ctx).release(individual_no, reason, kind=BlockKind.RECALL,
                                              ref_id=campaign_id)

    def exchange(self, order_no: str, replacement_individual_no: str | None = None
                 ) -> ExchangeOutcome:
        """Work an exchange order (R4, S2): a replacement from stock (same article, else same
        product group; never a blocked one) goes to the user, and the order is completed. The
        recalled unit comes back by its pickup order and is blocked when it arrives."""
        user = self.ctx.user
        for needed in (Action.WORK_ORDER, Action.CHANGE_DEVICE):
            user.require(needed)
        now, who = self.ctx.clock.now(), user.login
        with self.ctx.db.transaction() as session:
            order = lock_order(session, order_no)
            link = session.scalar(select(models.RecallOrder).where(
                models.RecallOrder.order_id == order.id))
            if (link is None or link.action != RecallAction.EXCHANGE.value
                    or not OrderStatus(order.status).is_open or order.device is None):
                raise DomainError("recall_not_exchange", order_no=order.order_no)
            check_open(order)
            old = lock_device(session, order.device.individual_no)
            holder = order.holder or old.holder
            if holder is None:
                raise DomainError("device_no_holder", individual_no=old.individual_no)
            new = pick_replacement(session, old, replacement_individual_no, now.date())
            move_device(session, new, DeviceStatus.IN_USE, "hand_out",
                        {"holder_id": holder.id, "location": AT_USER}, who, now)
            record(session, who=who, at=now, entity="order", key=order.order_no,
                   action="replace", field="replacement", old=old.individual_no,
                   new=new.individual_no)
            add_doc(session, order, "outcome",
                    f"Återkallelse {link.campaign_id}: ersättningshjälpmedel {new.individual_no} "
                    f"({new.article.name}) lämnat till brukaren; {old.individual_no} hämtas "
                    "tillbaka enligt hämtordern.", 0, who, now)
            complete_order(session, self.ctx, order, who, now)
            return ExchangeOutcome(order.order_no, new.individual_no, old.individual_no,
                                   order.status)
