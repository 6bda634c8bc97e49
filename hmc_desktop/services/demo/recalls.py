"""Two recall campaigns in the demo (R1–R5), so the Återkallelser tab has something to show.

A manufacturer's notice on a production batch of rollators (repair at the user's: orders
created, some done, a unit at the centre released), and a warning from Läkemedelsverket on
shower stools (exchange: opened, the orders still to be created). Each campaign names its
units by a list of individual numbers, as a batch notice does, so its size does not grow
with the demo: a million-device demo gets the same few dozen units and orders as a small one,
and the orders are counted among those the demo was asked for. Demos under
:data:`MIN_DEVICES` devices (test fixtures, a quick look) get none, so their queue is exactly
what the generator made.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from sqlalchemy import select

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.domain.recall import AT_CENTRE, RecallAction, RecallScope
from hmc_desktop.services.core.blocking import release
from hmc_desktop.services.orders.flow_common import complete_order, find_article
from hmc_desktop.services.recalls.opening import open_campaign
from hmc_desktop.services.recalls.orders import create_orders

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hmc_desktop.services.core.context import ServiceContext

MIN_DEVICES = 1_000
# article, title, reference, action, units listed
CAMPAIGNS = (
    ("120601", "Bromsvajern kan lossna från handtaget", "FSN 2026-041 (Topro)",
     RecallAction.REPAIR, 48),
    ("093304", "Sitsen kan spricka vid belastning över 100 kg",
     "Läkemedelsverket 2026-11-18", RecallAction.EXCHANGE, 24),
)


def add_demo_recalls(session: Session, ctx: ServiceContext, devices: int, orders: int) -> int:
    """Open the demo's campaigns in the generator's transaction; returns the orders they made,
    which the generator counts among the ``orders`` it was asked for (a tenth at most)."""
    if devices < MIN_DEVICES:
        return 0
    now, who = ctx.clock.now(), ctx.user.login
    rng = random.Random(devices)  # its own: the generator's sequence stays as it was
    made = 0
    for article_no, title, reference, action, count in CAMPAIGNS:
        article = find_article(session, article_no)
        numbers = list(session.scalars(
            select(models.Device.individual_no).where(models.Device.article_id == article.id)
            .order_by(models.Device.id).limit(count * 4)))[::4]
        if len(numbers) < 4:
            continue
        campaign_id, _n = open_campaign(session, article, title, action, reference,
                                        RecallScope(individuals=tuple(numbers)), who, now)
        if action is RecallAction.REPAIR and count <= (orders - made) // 10:
            made += _follow_up(session, ctx, campaign_id, rng)
    return made


def _follow_up(session: Session, ctx: ServiceContext, campaign_id: int,
               rng: random.Random) -> int:
    """Orders for the units with users, a third of them done, one unit at the centre released;
    returns how many orders."""
    campaign = session.get(models.RecallCampaign, campaign_id)
    assert campaign is not None
    now, who = ctx.clock.now(), ctx.user.login
    made = create_orders(session, ctx, campaign, RecallAction.REPAIR, who, now)
    ro, wo = models.RecallOrder, models.WorkOrder
    orders = list(session.scalars(select(wo).join(ro, ro.order_id == wo.id)
                                  .where(ro.campaign_id == campaign_id).order_by(wo.id)))
    for order in rng.sample(orders, len(orders) // 3):
        complete_order(session, ctx, order, who, now)
    rd, d = models.RecallDevice, models.Device
    at_centre = session.scalars(select(d).join(rd, rd.device_id == d.id)
                                .where(rd.campaign_id == campaign_id,
                                       d.status.in_([s.value for s in AT_CENTRE]))
                                .order_by(d.id).limit(1)).first()
    if at_centre is not None:
        release(session, at_centre, "Bromsvajern kontrollerad och åtdragen enligt tillverkarens "
                "anvisning", who, now, BlockKind.RECALL, campaign_id)
    return made
