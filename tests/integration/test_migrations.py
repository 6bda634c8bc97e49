"""The Alembic chain: one head, models match migrations, an old database upgrades intact."""

import shutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from hmc_desktop.db.base import Base
from hmc_desktop.db.engine import alembic_config, current_revision, head_revision
from hmc_desktop.db.models import Holder, WorkOrder, load_all
from hmc_desktop.services.clock import Clock
from hmc_desktop.services.context import ServiceContext
from hmc_desktop.services.database import Database
from hmc_desktop.services.orders import OrderService

OLD_DB = Path(__file__).parent / "data" / "hmc-0001.sqlite3"


def test_the_revision_chain_has_one_head():
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_models_match_migrations(db_url: str):
    load_all()
    db = Database(db_url)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                    Base.metadata)
        assert diff == []
    finally:
        db.dispose()


def test_an_old_database_upgrades_with_its_data_and_a_backup(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(OLD_DB, path)
    ctx = ServiceContext(Database(f"sqlite:///{path}"), Clock.parse("2026-11-24 10:00"), login="tester")
    note = ctx.prepare()
    assert current_revision(ctx.db.engine) == head_revision()
    if head_revision() != "0001":
        assert note is not None and "backup" in note
        assert list(tmp_path.glob("old.sqlite3.before-0001-*.bak"))
    with ctx.db.reading() as s:
        assert s.scalar(select(WorkOrder.id).where(WorkOrder.order_no == "T-1")) is not None
        assert s.scalar(select(Holder.name).where(Holder.personnummer == "19121212-1212")) == "Åsa Öberg"
    view = OrderService(ctx).show("T-1")
    assert view.individual_no == "5550001" and view.medical_risk
    ctx.db.dispose()


def test_upgrade_on_a_current_database_changes_nothing(db_url: str):
    ctx = ServiceContext(Database(db_url), login="tester")
    assert ctx.prepare() is None
    ctx.db.dispose()


def test_schema_head_constant_names_the_newest_migration():
    """Start-up compares against SCHEMA_HEAD instead of reading every script."""
    from hmc_desktop.db.engine import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
