"""PM6: inspections recorded before they carried their device's article keep counting in the
follow-up's figures by product group after the upgrade (migration 0011 fills the article in),
and keep their checklists (PM4): SQLite recreates the table, which must not cascade."""

from datetime import date

from sqlalchemy import func, select

from hmc_desktop.db.models import Inspection, InspectionStepRow
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.inspections.followup import InspectionFollowUpService
from tests.integration.test_migrations import _downgrade

AS_OF = "2026-11-24 10:00"
YEARS = (date(2020, 1, 1), date(2027, 12, 31))


def _steps(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(InspectionStepRow)) or 0)


def _figures(ctx: ServiceContext) -> list[tuple[str, int, int, int]]:
    data = InspectionFollowUpService(ctx).report(*YEARS)
    return [(g.product_group, g.due, g.on_time, g.late) for g in data.groups]


def test_inspections_from_before_0011_count_by_product_group_after_the_upgrade(db_url: str):
    db = Database(db_url)
    ctx = ServiceContext(db, Clock.parse(AS_OF), login="tester")
    ctx.reload()
    generate_demo(ctx, 400, 100, seed=11)
    before = _figures(ctx)
    assert sum(on_time + late for _, _, on_time, late in before) > 0  # demo has inspections
    steps = _steps(db)
    assert steps > 0
    _downgrade(db, "0010")  # the inspections as a database from before 0011 holds them
    db.dispose()
    db = Database(db_url)
    ctx = ServiceContext(db, Clock.parse(AS_OF), login="tester")
    assert ctx.prepare() is not None  # upgraded from 0010
    with db.reading() as s:
        assert s.scalar(select(func.count()).where(Inspection.article_id.is_(None))) == 0
    assert _figures(ctx) == before
    assert _steps(db) == steps  # PM4: every checklist row survived the table's recreation
    db.dispose()
