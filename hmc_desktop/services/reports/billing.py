"""The billing basis per payer number and month (DOMAIN billing column; W9 proposals).

Each completed order of the month is one line with its billing category (fixed at
registration: type 8 is invoiced for a simple aid), the reported minutes, the parts used
(OrderPart — reconditioning parts belong to no order and are not billed), and the approved
cost proposal of a type 7 order. The payer is the order's payer number, else its orderer's.
"""

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hmc_desktop.db.bulk import chunked
from hmc_desktop.db.models import (
    Article,
    CostProposal,
    Device,
    Orderer,
    OrderPart,
    TimeReport,
    WorkOrder,
)
from hmc_desktop.domain import billing as rules
from hmc_desktop.domain.billing import BillingLine, BillingPart, BillingSummary
from hmc_desktop.domain.types import OrderStatus
from hmc_desktop.interchange.billing_csv import billing_csv
from hmc_desktop.services.core.context import ServiceContext

__all__ = ["BillingLine", "BillingPart", "BillingService", "BillingSummary"]


class BillingService:
    """Exports the billing basis; read-only."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def export(self, payer_no: str | None, year: int, month: int) -> list[BillingLine]:
        """Every order completed in the month (Stockholm time) for ``payer_no`` (None: every
        payer), sorted by payer, completion and order number."""
        lo, hi = rules.month_bounds(year, month)
        o = WorkOrder
        payer = func.coalesce(func.nullif(o.payer_no, ""), Orderer.payer_no, "")
        stmt = (
            select(o.id, o.order_no, o.type_code, o.completed, o.billing, o.quick_service,
                   payer, Device.individual_no, Article.article_no, Orderer.name, Orderer.unit)
            .outerjoin(Orderer, Orderer.id == o.orderer_id)
            .outerjoin(Device, Device.id == o.device_id)
            .outerjoin(Article, Article.id == Device.article_id)
            .where(o.status == OrderStatus.COMPLETED.value, o.completed >= lo, o.completed < hi)
            .order_by(payer, o.completed, o.order_no)
        )
        if payer_no is not None:
            stmt = stmt.where(payer == payer_no.strip())
        catalogue = self.ctx.catalogue
        with self.ctx.db.reading() as session:
            rows = session.execute(stmt).all()
            ids = [r[0] for r in rows]
            minutes, parts, proposals = _minutes(session, ids), _parts(session, ids), \
                _proposals(session, ids)
        lines = []
        for (oid, order_no, code, completed, billing, quick, payer_value, individual_no,
             article_no, orderer_name, orderer_unit) in rows:
            assert completed is not None
            lines.append(BillingLine(
                payer_no=payer_value or "", order_no=order_no, type_code=code,
                type_name=catalogue.get(code).name if code in catalogue else "",
                completed=completed, billing=billing, minutes=minutes.get(oid, 0),
                parts=tuple(parts.get(oid, ())), cost_proposal=proposals.get(oid),
                individual_no=individual_no, article_no=article_no,
                orderer_name=orderer_name or "", orderer_unit=orderer_unit or "",
                quick_service=quick))
        return lines

    def summary(self, lines: Sequence[BillingLine], year: int, month: int,
                payer_no: str | None = None) -> BillingSummary:
        """Totals for the summary page: counts, minutes, parts, per category and per payer."""
        return rules.summarise(lines, year=year, month=month, payer_no=payer_no)

    @staticmethod
    def to_csv(lines: Sequence[BillingLine]) -> str:
        """';'-separated UTF-8, stable Swedish header, no cell a formula (interchange/billing_csv)."""
        return billing_csv(lines)


def _minutes(session: Session, ids: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for part in chunked(ids):
        for oid, total in session.execute(
                select(TimeReport.order_id, func.sum(TimeReport.minutes))
                .where(TimeReport.order_id.in_(part)).group_by(TimeReport.order_id)):
            out[oid] = int(total or 0)
    return out


def _parts(session: Session, ids: list[int]) -> dict[int, list[BillingPart]]:
    out: dict[int, list[BillingPart]] = defaultdict(list)
    for part in chunked(ids):
        for oid, no, name, qty in session.execute(
                select(OrderPart.order_id, Article.article_no, Article.name,
                       func.sum(OrderPart.quantity))
                .join(Article, Article.id == OrderPart.article_id)
                .where(OrderPart.order_id.in_(part))
                .group_by(OrderPart.order_id, Article.article_no, Article.name)
                .order_by(OrderPart.order_id, Article.article_no)):
            out[oid].append(BillingPart(no, name, int(qty or 0)))
    return out


def _proposals(session: Session, ids: list[int]) -> dict[int, Decimal]:
    """The latest approved proposal of each order (W9: invoiced per proposal)."""
    out: dict[int, Decimal] = {}
    for part in chunked(ids):
        for oid, amount in session.execute(
                select(CostProposal.order_id, CostProposal.amount)
                .where(CostProposal.order_id.in_(part), CostProposal.status == "approved")
                .order_by(CostProposal.id)):
            out[oid] = Decimal(amount)
    return out
