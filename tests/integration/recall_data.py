"""A centre with a recalled article in every place a unit can be (R2), for the recall tests.

No tests here. Built on :func:`tests.integration.test_flow_data.build_centre`; the article
120601 (Rollator Topro Olympos, product group Rollatorer) is the one recalled.
"""

from datetime import date

from sqlalchemy import select

from hmc_desktop.db.models import Article, Device, Holder
from hmc_desktop.services.core.context import ServiceContext
from tests.integration.test_flow_data import build_centre

ARTICLE = "120601"
# individual_no, status, holder (name or None), delivered
UNITS = (
    ("R-1", "in_use", "Bo Berg", date(2020, 5, 1)),
    ("R-2", "in_use", "Cecilia Ek", date(2021, 6, 1)),
    ("R-3", "returned", None, date(2020, 7, 1)),
    ("R-4", "in_reconditioning", None, date(2019, 3, 1)),
    ("R-5", "at_workshop", None, date(2022, 1, 1)),
    ("R-6", "scrapped", None, date(2017, 1, 1)),
    ("R-7", "pickup_ordered", "Bo Berg", date(2020, 8, 1)),
    ("R-8", "in_stock", None, date(2025, 1, 1)),
)
# with build_centre's D-200 (in use by Åsa Öberg, 2018) and D-201 (in stock, 2024)
AFFECTED = ("D-200", "D-201", *(u[0] for u in UNITS))
AT_CENTRE = ("D-201", "R-3", "R-4", "R-5", "R-8")
WITH_USERS = ("D-200", "R-1", "R-2")  # in use and held: one order each (R4)


def build_recall_centre(ctx: ServiceContext) -> None:
    """build_centre, the units above, and an equivalent rollator of another article in stock."""
    build_centre(ctx)
    with ctx.db.transaction() as s:
        art = s.scalars(select(Article).where(Article.article_no == ARTICLE)).one()
        other = Article(article_no="120602", name="Rollator Trust Let's Go Out",
                        product_group="Rollatorer")
        s.add(other)
        people = {name: Holder(name=name, street=f"{name.split()[1]}vägen 2", postal_code="503 30",
                               city="Borås", phone="070-555 00 00",
                               personnummer=pnr)
                  for name, pnr in (("Bo Berg", "19450303-0019"), ("Cecilia Ek", "19500505-0017"))}
        s.add_all(people.values())
        for number, status, holder, delivered in UNITS:
            s.add(Device(individual_no=number, article=art, status=status, delivered=delivered,
                         holder=people[holder] if holder else None, lifetime_years=6,
                         location="Hos brukare" if holder else "Lager"))
        s.add(Device(individual_no="X-1", article=other, status="in_stock", location="Lager",
                     delivered=date(2025, 3, 1), lifetime_years=6))
