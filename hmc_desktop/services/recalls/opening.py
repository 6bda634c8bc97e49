"""Opening a recall campaign (R1, R3): find every affected unit, fix the list, block those at the centre.

Set-wise inside the caller's transaction: one indexed query for the article's devices
(``ix_devices_article_status``), the list of individual numbers looked up as one parameter
(:func:`~hmc_desktop.services.imports.lookup.among`), one bulk insert of the campaign's
devices and one of the blocks with their audit entries (:func:`~hmc_desktop.services.
blocking.block_many`). 50,000 units among a million devices open in about a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from hmc_desktop.db import models
from hmc_desktop.domain.blocking import BlockKind
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.recall import AT_CENTRE, RecallAction, RecallScope
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.blocking import block_many
from hmc_desktop.services.imports.lookup import among

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LISTED_IN_ERROR = 10  # how many unknown numbers the refusal names


@dataclass(frozen=True, slots=True)
class Unit:
    device_id: int
    individual_no: str
    status: str
    delivered: date | None


def affected_units(session: Session, article: models.Article, scope: RecallScope) -> list[Unit]:
    """The article's devices within the scope; a listed number that is not one of them is refused
    (a list is the manufacturer's: a number we cannot place is a question to ask first)."""
    d = models.Device
    query = select(d.id, d.individual_no, d.status, d.delivered)
    if scope.individuals is None:
        rows = session.execute(query.where(d.article_id == article.id))
        return [Unit(*r) for r in rows if scope.admits(r[3])]
    dialect = session.get_bind().dialect.name
    found = {r[1]: (r, art) for *r, art in session.execute(
        among(query.add_columns(d.article_id), d.individual_no, scope.individuals, dialect))}
    strangers = [n for n in scope.individuals if n not in found or found[n][1] != article.id]
    if strangers:
        raise DomainError("recall_not_of_article", count=len(strangers),
                          article_no=article.article_no,
                          numbers=", ".join(strangers[:LISTED_IN_ERROR])
                          + (" …" if len(strangers) > LISTED_IN_ERROR else ""))
    return [Unit(*found[n][0]) for n in scope.individuals if scope.admits(found[n][0][3])]


def open_campaign(session: Session, article: models.Article, title: str, action: RecallAction,
                  reference: str, scope: RecallScope, who: str, now: datetime) -> tuple[int, int]:
    """Create the campaign with its units and block those at the centre (R3); returns
    (campaign id, units). Refuses a campaign that would concern no unit."""
    units = affected_units(session, article, scope)
    if not units:
        raise DomainError("recall_no_devices", article_no=article.article_no)
    campaign = models.RecallCampaign(
        article_id=article.id, title=title, action=action.value, reference=reference,
        delivered_from=scope.delivered_from, delivered_to=scope.delivered_to,
        by_list=scope.individuals is not None, created_by=who, created_at=now)
    session.add(campaign)
    session.flush()
    session.execute(insert(models.RecallDevice.__table__), [  # type: ignore[arg-type]
        {"campaign_id": campaign.id, "device_id": u.device_id, "status_at_open": u.status}
        for u in units])
    at_centre = [(u.device_id, u.individual_no) for u in units if u.status in AT_CENTRE]
    blocked = block_many(session, at_centre, BlockKind.RECALL, title, who, now, campaign.id)
    record(session, who=who, at=now, entity="recall", key=str(campaign.id), action="open",
           field="devices", new=f"{article.article_no}: {len(units)} ({blocked} spärrade). {title}")
    return campaign.id, len(units)
