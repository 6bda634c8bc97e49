"""Letters to the users of a recall campaign (R5): one page per user with a device left to act on.

A user gets a letter for each campaign unit that is still theirs (in use, or pickup ordered)
and not done. The data carries only what the letter prints (no personnummer, no phone);
pages come in postal-code order, as the post sorts them. The print is audited on the
campaign (W10); the letters themselves are not kept per device, since the campaign and the
order say everything they said.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

from hmc_desktop import documents
from hmc_desktop.db import models
from hmc_desktop.documents.recall_letter_data import LetterDevice, RecallLetterData
from hmc_desktop.documents.text import fmt_postal_code, swedish_key
from hmc_desktop.domain.errors import DomainError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.domain.types import DeviceStatus
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.printing.document_data import DocumentData
from hmc_desktop.services.recalls.view import CampaignUnits, load_campaign

Progress = Callable[[int, int, str], None]
WITH_USER = (DeviceStatus.IN_USE.value, DeviceStatus.PICKUP_ORDERED.value)


class RecallLetterService:
    """Builds the campaign's letters (data, then the PDF)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def letters(self, campaign_id: int) -> list[RecallLetterData]:
        """One letter per user with a unit left to act on, in postal-code order."""
        today = self.ctx.clock.now().date()
        with self.ctx.db.reading() as session:
            campaign = load_campaign(session, campaign_id)
            article = session.get(models.Article, campaign.article_id)
            assert article is not None
            centre = DocumentData(session, self.ctx).centre()
            units = CampaignUnits(campaign_id)
            d, h, wo, ro = units.d, units.h, units.wo, units.ro
            rows = session.execute(
                units.select(h.id, h.name, h.street, h.postal_code, h.city, d.individual_no,
                             wo.order_no, ro.action)
                .join(h, h.id == d.holder_id)
                .where(d.status.in_(WITH_USER), units.done == 0)
                .order_by(h.id, d.individual_no)).all()
        out = []
        for _hid, group in groupby(rows, key=lambda r: r[0]):
            items = list(group)
            _h, name, street, postal, city = items[0][:5]
            # what the user's orders will do (an exchange), else what the campaign plans
            action = next((r[7] for r in items if r[7]), campaign.action)
            out.append(RecallLetterData(
                centre=centre, campaign_id=campaign.id, title=campaign.title,
                reference=campaign.reference, action=action, holder_name=name,
                street=street, postal_code=postal, city=city,
                devices=tuple(LetterDevice(r[5], article.article_no, article.name, r[6])
                              for r in items),
                letter_date=today))
        return sorted(out, key=lambda x: (fmt_postal_code(x.postal_code).replace(" ", ""),
                                          swedish_key(x.street)))

    def print_letters(self, campaign_id: int, progress: Progress | None = None) -> bytes:
        """The letters as one PDF, a page each (R5); refused when no user needs one."""
        user = self.ctx.user
        user.require(Action.RECALL)
        items = self.letters(campaign_id)
        if not items:
            raise DomainError("recall_no_letters", id=campaign_id)
        report = progress or (lambda done, total, text: None)
        pdf = documents.RecallLetterRenderer().render_batch(
            items, progress=lambda done, total: report(done, total, ""))
        with self.ctx.db.transaction() as session:
            record(session, who=user.login, at=self.ctx.clock.now(), entity="recall",
                   key=str(campaign_id), action="print", field="letters",
                   new=f"{len(items)} brev, {sum(len(i.devices) for i in items)} hjälpmedel")
        return pdf


def holder_count(ctx: ServiceContext, campaign_id: int) -> int:
    """How many letters :meth:`RecallLetterService.print_letters` would print."""
    units = CampaignUnits(campaign_id)
    with ctx.db.reading() as session:
        return len(set(session.scalars(
            units.select(units.d.holder_id)
            .where(units.d.status.in_(WITH_USER), units.d.holder_id.is_not(None),
                   units.done == 0))))

