"""R3 for units that come back: a recalled unit arriving at the centre is blocked on arrival.

A unit with a user is not blocked when its campaign opens (the user has it); if it comes
back — its pickup, an exchange, an unannounced return — it would otherwise go through
reconditioning into stock and out to the next user unfixed. The returns desk calls
:func:`block_arrival` in its transaction; the block names the campaign, and a technician
releases it once the unit is fixed (D2).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import and_, select

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.domain.recall import blocks_on_return
from hmc_desktop.services.core.blocking import block

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def block_arrival(session: Session, device: models.Device, who: str, now: datetime) -> list[int]:
    """Block the device for each campaign whose action is not done on the unit itself;
    returns those campaigns' ids."""
    rd, rc, ro, wo, b = (models.RecallDevice, models.RecallCampaign, models.RecallOrder,
                         models.WorkOrder, models.DeviceBlock)
    rows = session.execute(
        select(rc.id, rc.title, ro.action, wo.status).select_from(rd)
        .join(rc, rc.id == rd.campaign_id)
        .outerjoin(ro, and_(ro.campaign_id == rd.campaign_id, ro.device_id == rd.device_id))
        .outerjoin(wo, wo.id == ro.order_id)
        .where(rd.device_id == device.id).order_by(rc.id)).all()
    blocked = []
    for campaign_id, title, action, order_status in rows:
        ends = list(session.scalars(select(b.released_at).where(
            b.device_id == device.id, b.kind == BlockKind.RECALL.value, b.ref_id == campaign_id)))
        released = bool(ends) and all(e is not None for e in ends)
        if blocks_on_return(action, order_status, released):
            block(session, device, BlockKind.RECALL, title, who, now, campaign_id)
            blocked.append(campaign_id)
    return blocked
