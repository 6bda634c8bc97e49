"""Reading recall campaigns (R2, R5): where every unit is, whether it is done, the progress.

Whether a unit is done is derived, never stored: its device's status (scrapped), its order's
status (completed) and its campaign block (released) are each changed by their own paths —
the queue, the returns desk, a technician releasing it on another workstation — and the
campaign shows them as they are. All of it is one query per question over the campaign's
devices (``recall_devices`` by campaign, the rest by primary key), so a campaign of 50,000
units reads in well under a second (benchmarks/bench_recall.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.domain.errors import NotFound
from hmc_desktop.domain.recall import WHERE_ORDER, RecallProgress, is_done
from hmc_desktop.domain.types import DeviceStatus, OrderStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class CampaignView:
    """A campaign with its progress (R5); no devices."""

    id: int
    title: str
    article_no: str
    article_name: str
    action: str
    reference: str
    delivered_from: date | None
    delivered_to: date | None
    by_list: bool
    created_by: str
    created_at: datetime
    progress: RecallProgress


@dataclass(frozen=True, slots=True)
class RecallDeviceRow:
    """One affected unit as it is now (R2)."""

    row_id: int  # recall_devices.id: the lazy table's key
    individual_no: str
    status: str
    blocked: bool  # this campaign's block is in force
    holder_name: str | None
    location: str
    delivered: date | None
    order_no: str | None
    order_status: str | None
    action: str | None  # the action of its order
    done: bool

    def to_json(self) -> dict[str, Any]:
        """CONTRACT ``recall show --json``: one element of ``devices``."""
        return {"individual_no": self.individual_no, "status": self.status,
                "blocked": self.blocked, "holder_name": self.holder_name,
                "order_no": self.order_no, "done": self.done}


@dataclass(frozen=True, slots=True)
class Membership:
    """A campaign a device is in, as its card shows it."""

    campaign_id: int
    title: str
    blocked: bool
    order_no: str | None
    order_status: str | None
    done: bool


def status_rank() -> ColumnElement[int]:
    """R2 order of the places (with users first, scrapped last) as a sortable expression."""
    d = models.Device
    return case({s.value: i for i, s in enumerate(WHERE_ORDER)}, value=d.status, else_=99)


class CampaignUnits:
    """The joins of one campaign's units and the expressions derived from them.

    Whether a unit is blocked or released is asked of two *uncorrelated* sets (the campaign's
    blocks in force, and those ended): each is read once (PostgreSQL: a hashed subplan; SQLite:
    a temporary index), never once per unit, whatever the planner believes about a campaign
    whose rows it has no statistics for yet.
    """

    def __init__(self, campaign_id: int) -> None:
        rd, d, h = models.RecallDevice, models.Device, models.Holder
        ro, wo, b = models.RecallOrder, models.WorkOrder, models.DeviceBlock
        self.campaign_id = campaign_id
        ours = and_(b.kind == BlockKind.RECALL.value, b.ref_id == campaign_id)
        in_force = rd.device_id.in_(select(b.device_id).where(ours, b.released_at.is_(None)))
        ended = rd.device_id.in_(select(b.device_id).where(ours, b.released_at.is_not(None)))
        self.released = and_(ended, ~in_force)
        self.done = case((or_(d.status == DeviceStatus.SCRAPPED.value,
                              wo.status == OrderStatus.COMPLETED.value, self.released), 1),
                         else_=0)
        self.blocked = case((in_force, 1), else_=0)
        self.rd, self.d, self.h, self.ro, self.wo = rd, d, h, ro, wo

    def select(self, *columns: Any) -> Select[Any]:
        rd, d, ro, wo = self.rd, self.d, self.ro, self.wo
        return (select(*columns).select_from(rd)
                .join(d, d.id == rd.device_id)
                .outerjoin(ro, and_(ro.campaign_id == rd.campaign_id, ro.device_id == rd.device_id))
                .outerjoin(wo, wo.id == ro.order_id)
                .where(rd.campaign_id == self.campaign_id))

    def rows(self) -> Select[Any]:
        d, h, wo, ro = self.d, self.h, self.wo, self.ro
        return (self.select(self.rd.id, d.individual_no, d.status, self.blocked, h.name,
                            d.location, d.delivered, wo.order_no, wo.status, ro.action, self.done)
                .outerjoin(h, h.id == d.holder_id))


def _row(r: Any) -> RecallDeviceRow:
    return RecallDeviceRow(r[0], r[1], r[2], bool(r[3]), r[4], r[5] or "", r[6], r[7], r[8], r[9],
                           bool(r[10]))


def load_campaign(session: Session, campaign_id: int) -> models.RecallCampaign:
    """The campaign; :class:`NotFound` names an unknown id."""
    campaign = session.get(models.RecallCampaign, campaign_id)
    if campaign is None:
        raise NotFound("recall_not_found", id=campaign_id)
    return campaign


def progress(session: Session, campaign_id: int) -> RecallProgress:
    """Affected, done and remaining, by where the units are now (R5): one grouped query."""
    parts = CampaignUnits(campaign_id)
    out = RecallProgress()
    for status, done, count in session.execute(
            parts.select(parts.d.status, parts.done, func.count())
            .group_by(parts.d.status, parts.done)):
        out.add(status, bool(done), int(count))
    return out


def campaign_view(session: Session, campaign: models.RecallCampaign) -> CampaignView:
    article = session.get(models.Article, campaign.article_id)
    assert article is not None
    return CampaignView(campaign.id, campaign.title, article.article_no, article.name,
                        campaign.action, campaign.reference, campaign.delivered_from,
                        campaign.delivered_to, campaign.by_list, campaign.created_by,
                        campaign.created_at, progress(session, campaign.id))


def row_ids(session: Session, campaign_id: int, status: str | None = None,
            remaining_only: bool = False) -> list[int]:
    """The campaign's units (their ``recall_devices`` ids), grouped by where they are (R2 order),
    then by individual number; optionally one place only, or only those not done."""
    parts = CampaignUnits(campaign_id)
    stmt = parts.select(parts.rd.id).order_by(status_rank(), parts.d.individual_no)
    if status is not None:
        stmt = stmt.where(parts.d.status == status)
    if remaining_only:
        stmt = stmt.where(parts.done == 0)
    return list(session.scalars(stmt))


def rows_by_id(session: Session, campaign_id: int, ids: Sequence[int]) -> dict[int, RecallDeviceRow]:
    """The rows of these units (one page of the window's table)."""
    if not ids:
        return {}
    parts = CampaignUnits(campaign_id)
    return {r[0]: _row(r) for r in session.execute(parts.rows().where(parts.rd.id.in_(list(ids))))}


def all_rows(session: Session, campaign_id: int) -> list[RecallDeviceRow]:
    """Every unit, by individual number (the command line's JSON, the export)."""
    parts = CampaignUnits(campaign_id)
    return [_row(r) for r in session.execute(parts.rows().order_by(parts.d.individual_no))]


def memberships(session: Session, device_id: int) -> list[Membership]:
    """The campaigns the device is in, newest first (the device card, R5)."""
    rd, rc, ro, wo, b = (models.RecallDevice, models.RecallCampaign, models.RecallOrder,
                         models.WorkOrder, models.DeviceBlock)
    device = session.get(models.Device, device_id)
    assert device is not None
    out = []
    for cid, title, order_no, order_status in session.execute(
            select(rc.id, rc.title, wo.order_no, wo.status).select_from(rd)
            .join(rc, rc.id == rd.campaign_id)
            .outerjoin(ro, and_(ro.campaign_id == rd.campaign_id, ro.device_id == rd.device_id))
            .outerjoin(wo, wo.id == ro.order_id)
            .where(rd.device_id == device_id).order_by(rc.id.desc())):
        states = [released is None for (released,) in session.execute(
            select(b.released_at).where(b.device_id == device_id,
                                        b.kind == BlockKind.RECALL.value, b.ref_id == cid))]
        blocked = any(states)
        released = bool(states) and not blocked
        out.append(Membership(cid, title, blocked, order_no, order_status,
                              is_done(device.status, order_status, released)))
    return out
