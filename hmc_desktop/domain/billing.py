"""The billing basis (DOMAIN table, billing column): one line per completed order, totals per category.

Pure data and arithmetic: the service layer reads the lines from the database; a PDF
renderer draws :class:`BillingSummary`; interchange/billing_csv.py writes the file the
finance office reads.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.types import Billing

CATEGORY_SV: dict[str, str] = {
    Billing.INCLUDED.value: "Ingår i funktionshyran",
    Billing.INVOICED.value: "Faktureras",
    Billing.AGREEMENT.value: "Enligt serviceavtal",
}


@dataclass(frozen=True, slots=True)
class BillingPart:
    """A spare part used on an order (OrderPart), summed per article."""

    article_no: str
    name: str
    quantity: int


@dataclass(frozen=True, slots=True)
class BillingLine:
    """One completed order in the billing basis of its payer and month."""

    payer_no: str
    order_no: str
    type_code: str
    type_name: str
    completed: datetime  # aware
    billing: str  # included | invoiced | agreement (fixed at registration)
    minutes: int  # reported working time (TimeReport)
    parts: tuple[BillingPart, ...]
    cost_proposal: Decimal | None  # the approved proposal of a type 7 order (W9)
    individual_no: str | None
    article_no: str | None
    orderer_name: str
    orderer_unit: str
    quick_service: bool

    @property
    def invoiced(self) -> bool:
        """True when the payer gets an invoice; False when it is included in rent or an agreement."""
        return self.billing == Billing.INVOICED.value

    @property
    def included_in_rent(self) -> bool:
        return self.billing == Billing.INCLUDED.value

    @property
    def part_count(self) -> int:
        return sum(p.quantity for p in self.parts)


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    """Totals of one billing category."""

    category: str
    label_sv: str
    orders: int
    minutes: int
    parts: int  # pieces
    cost_proposals: Decimal


@dataclass(frozen=True, slots=True)
class PayerTotal:
    payer_no: str
    orders: int
    invoiced_orders: int
    minutes: int
    invoiced_minutes: int


@dataclass(frozen=True, slots=True)
class BillingSummary:
    """Everything a summary page needs: payer, period, counts, minutes, parts, per category."""

    payer_no: str | None  # None: every payer
    year: int
    month: int
    period_start: date
    period_end: date  # the last day of the month
    orders: int
    minutes: int
    parts: int
    invoiced_orders: int
    invoiced_minutes: int
    cost_proposals: Decimal
    categories: tuple[CategoryTotal, ...]  # every category, in CATEGORY_SV order
    payers: tuple[PayerTotal, ...]  # per payer number, sorted
    parts_by_article: tuple[BillingPart, ...]  # sorted by article number

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """[first day 00:00, first day of next month 00:00) in Stockholm time."""
    if not 1 <= month <= 12 or not 2000 <= year <= 2999:
        raise ValidationError("billing_month", field="month", year=year, month=month)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (datetime.combine(date(year, month, 1), time.min, tzinfo=TZ),
            datetime.combine(nxt, time.min, tzinfo=TZ))


def summarise(lines: Sequence[BillingLine], *, year: int, month: int,
              payer_no: str | None = None) -> BillingSummary:
    """Totals of ``lines`` for the period and payer they were exported for."""
    lo, hi = month_bounds(year, month)
    cats = []
    for cat, label in CATEGORY_SV.items():
        mine = [ln for ln in lines if ln.billing == cat]
        cats.append(CategoryTotal(cat, label, len(mine), sum(ln.minutes for ln in mine),
                                  sum(ln.part_count for ln in mine),
                                  sum((ln.cost_proposal or Decimal(0) for ln in mine), Decimal(0))))
    payers = []
    for payer in sorted({ln.payer_no for ln in lines}):
        mine = [ln for ln in lines if ln.payer_no == payer]
        inv = [ln for ln in mine if ln.invoiced]
        payers.append(PayerTotal(payer, len(mine), len(inv), sum(ln.minutes for ln in mine),
                                 sum(ln.minutes for ln in inv)))
    parts: dict[str, tuple[str, int]] = {}
    for ln in lines:
        for p in ln.parts:
            name, qty = parts.get(p.article_no, (p.name, 0))
            parts[p.article_no] = (name, qty + p.quantity)
    invoiced = [ln for ln in lines if ln.invoiced]
    return BillingSummary(
        payer_no=payer_no, year=year, month=month, period_start=lo.date(),
        period_end=date.fromordinal(hi.date().toordinal() - 1), orders=len(lines),
        minutes=sum(ln.minutes for ln in lines), parts=sum(ln.part_count for ln in lines),
        invoiced_orders=len(invoiced), invoiced_minutes=sum(ln.minutes for ln in invoiced),
        cost_proposals=sum((c.cost_proposals for c in cats), Decimal(0)),
        categories=tuple(cats), payers=tuple(payers),
        parts_by_article=tuple(BillingPart(no, n, q) for no, (n, q) in sorted(parts.items())),
    )
