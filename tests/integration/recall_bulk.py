"""Many users, each with a unit of one article: the recall tests' thousands (no tests here)."""

from datetime import date

from sqlalchemy import select

from hmc_desktop.db.models import Article, Device, Holder
from hmc_desktop.services.core.context import ServiceContext


def add_users_with_units(ctx: ServiceContext, article_no: str, n: int) -> None:
    """``n`` users in Borås, each holding one unit B-00001 … of the article, in use."""
    with ctx.db.transaction() as s:
        article = s.scalars(select(Article).where(Article.article_no == article_no)).one()
        holders = [Holder(name=f"Brukare {i}", street=f"Allégatan {i}", postal_code="503 30",
                          city="Borås") for i in range(1, n + 1)]
        s.add_all(holders)
        s.add_all(Device(individual_no=f"B-{i:05d}", article=article, holder=h, status="in_use",
                         location="Hos brukare", delivered=date(2023, 1, 1), lifetime_years=6)
                  for i, h in enumerate(holders, start=1))
