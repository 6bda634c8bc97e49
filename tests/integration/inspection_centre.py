"""Shared data for the inspection tests: the flow tests' centre plus lifts, slings and beds.

No tests here. The migration's default plans apply: Lyftar 12 months, Lyftselar 6, Sängar 24.
Tuesday 24 November 2026 is the tests' day.
"""

from datetime import date

from sqlalchemy import select

from hmc_desktop.db.models import Article, Device, Holder
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.inspections.plans import refresh_due
from tests.integration.test_flow_data import build_centre

TODAY = "2026-11-24 10:00"
ARTICLES = (("121206", "Taklyft Liko LikoGuard", "Lyftar"),
            ("121209", "Lyftsele Liko Original", "Lyftselar"),
            ("181201", "Vårdsäng Invacare Medley Ergo", "Sängar"))
DEVICES = (  # individual_no, article_no, status, with a holder, delivered
    ("L-100", "121206", "in_use", True, date(2025, 11, 30)),  # due 2026-11-30
    ("L-101", "121206", "in_stock", False, date(2024, 1, 31)),  # due 2025-01-31: overdue
    ("L-102", "121206", "scrapped", False, date(2020, 5, 5)),  # scrapped: never listed
    ("S-100", "121209", "in_use", True, date(2026, 8, 31)),  # due 2027-02-28
    ("B-100", "181201", "in_use", True, date(2025, 1, 31)),  # due 2027-01-31
)


def build_inspection_centre(ctx: ServiceContext) -> None:
    """The flow tests' centre, a second user in another postal area, and the devices above."""
    build_centre(ctx)
    with ctx.db.transaction() as s:
        arts = {no: Article(article_no=no, name=n, product_group=g) for no, n, g in ARTICLES}
        s.add_all(arts.values())
        holder = s.scalars(select(Holder)).one()
        other = Holder(name="Bo Ek", street="Allégatan 3", postal_code="503 30", city="Borås",
                       phone="033-10 20 30")
        s.add(other)
        for no, art, status, held, delivered in DEVICES:
            s.add(Device(individual_no=no, article=arts[art], holder=holder if held else None,
                         location="Hos brukare" if held else "Lager", status=status,
                         delivered=delivered, lifetime_years=10))
        s.add(Device(individual_no="L-200", article=arts["121206"], holder=other,
                     location="Hos brukare", status="in_use", delivered=date(2025, 12, 1),
                     lifetime_years=10))
        s.flush()
        refresh_due(s, Device.id.is_not(None))  # as an import or the demo does for new devices
