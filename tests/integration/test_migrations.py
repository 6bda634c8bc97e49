"""The Alembic chain: one head, models match migrations, an old database upgrades intact."""

import shutil
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from hmc_desktop.db import leadtime_log, search_index
from hmc_desktop.db.base import Base
from hmc_desktop.db.engine import alembic_config, current_revision, head_revision
from hmc_desktop.db.models import Holder, WorkOrder, load_all
from hmc_desktop.db.search_index import is_search_object
from hmc_desktop.db.triggers import ensure_sqlite_triggers, sqlite_triggers
from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.queue.queries import QueueFilter, QueueService

OLD_DB = Path(__file__).parent / "data" / "hmc-0001.sqlite3"


def test_the_revision_chain_has_one_head():
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_models_match_migrations(db_url: str):
    load_all()
    db = Database(db_url)
    try:
        with db.engine.connect() as conn:
            opts = {"compare_type": True,
                    "include_name": lambda name, type_, _p: not is_search_object(name, type_)}
            diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
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


# -- the search index (migration 0008, db/search_index.py) ------------------------------------
def _search(ctx: ServiceContext, text_: str) -> set[str]:
    q = QueueService(ctx)
    return {r.order_no for r in q.rows(q.order_ids(QueueFilter(status="all", search=text_))).values()}


def _downgrade(db: Database, revision: str) -> None:
    """Alembic's downgrade; on SQLite with foreign keys off meanwhile (a batch operation
    rebuilds a table that others refer to), as SQLite's ALTER TABLE procedure asks."""
    cfg = alembic_config(db.engine)
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
        if sqlite:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def test_the_migration_indexes_the_rows_already_there(db_url: str):
    """A populated database from before the search index: after the upgrade every fragment
    finds what it did with LIKE, on SQLite and PostgreSQL."""
    db = Database(db_url)
    ctx = ServiceContext(db, Clock.parse("2026-11-24 10:00"), login="tester")
    ctx.reload()
    generate_demo(ctx, 300, 200, seed=5)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE holders SET name = 'Örjan Åström' WHERE id = "
                          "(SELECT min(holder_id) FROM work_orders)"))
    with db.reading() as s:
        expected = set(s.scalars(select(WorkOrder.order_no).join(
            Holder, Holder.id == WorkOrder.holder_id).where(Holder.name == "Örjan Åström")))
        some_order = s.scalars(select(WorkOrder.order_no).order_by(WorkOrder.id)).first()
    _downgrade(db, "0007")  # the rows as a database from before the search index holds them
    db.dispose()
    db = Database(db_url)
    ctx = ServiceContext(db, Clock.parse("2026-11-24 10:00"), login="tester")
    assert ctx.prepare() is not None  # upgraded from 0007
    assert _search(ctx, "ÅSTRÖM") == _search(ctx, "örjan åström") == expected != set()
    assert some_order is not None and _search(ctx, some_order[2:]) == {some_order}
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            names = set(conn.scalars(text("SELECT name FROM sqlite_master")))
            for base in search_index.SEARCHED:
                assert search_index.fts_name(base) in names
            assert set(sqlite_triggers()) <= names  # search index and lead-time change log
        else:
            names = set(conn.scalars(text("SELECT indexname FROM pg_indexes")))
            assert {search_index.trigram_index_name(b, c) for b, cols in search_index.SEARCHED.items()
                    for c in cols} <= names
            triggers = set(conn.scalars(text("SELECT tgname FROM pg_trigger")))
            assert set(leadtime_log.TRIGGERS) <= triggers
    db.dispose()


def test_an_old_database_is_searchable_after_the_upgrade(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(OLD_DB, path)
    ctx = ServiceContext(Database(f"sqlite:///{path}"), Clock.parse("2026-11-24 10:00"), login="tester")
    ctx.prepare()
    assert "T-1" in _search(ctx, "ÖBERG") and _search(ctx, "T-1") == {"T-1"}
    ctx.db.dispose()


def test_triggers_lost_to_a_recreated_table_come_back_with_the_next_upgrade(tmp_path: Path):
    """SQLite: a later migration that rebuilds a table (Alembic batch) drops its triggers."""
    path = tmp_path / "hmc.sqlite3"
    ctx = ServiceContext(Database(f"sqlite:///{path}"), Clock.parse("2026-11-24 10:00"), login="tester")
    ctx.prepare()
    generate_demo(ctx, 30, 20, seed=2)
    with ctx.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # as such a migration must
        conn.commit()
        with conn.begin():
            operations = Operations(MigrationContext.configure(conn))
            for table in ("holders", "work_orders"):
                with operations.batch_alter_table(table, recreate="always"):
                    pass
            triggers = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            assert not set(search_index.sqlite_triggers("holders")) & triggers
            assert not set(leadtime_log.TRIGGERS) & triggers
            ensure_sqlite_triggers(conn)  # what upgrade() does after migrating
            triggers = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            assert set(sqlite_triggers()) <= triggers
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE holders SET name = 'Ylva Ärlig' WHERE id = "
                          "(SELECT min(holder_id) FROM work_orders)"))
    assert _search(ctx, "ärlig") != set()
    ctx.db.dispose()
