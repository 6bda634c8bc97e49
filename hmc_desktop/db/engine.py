"""Engine creation (SQLite WAL + foreign keys; PostgreSQL via psycopg 3) and schema upgrade on first use."""

import logging
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision, so that start-up can see a current schema without loading Alembic
# (a test checks it against the migration scripts' single head).
SCHEMA_HEAD = "0008"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout on every connection."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA cache_size=-65536")  # 64 MiB: the queue's indexes stay in memory
            cur.close()

        return engine
    from hmc_desktop.db.models.sync import describe_postgresql_indexes

    describe_postgresql_indexes()
    return create_engine(url, pool_pre_ping=True, **kwargs)


def alembic_config(engine: Engine | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        # configparser treats '%' as interpolation: a socket path in the URL is %-encoded
        url = engine.url.render_as_string(hide_password=False)
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The single head of the migration scripts (reads them: slow; see SCHEMA_HEAD)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision; None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    """Copy an SQLite file aside before migrating it; returns the copy's path."""
    db = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not db or db == ":memory:":
        return None
    src = Path(db)
    if not src.exists() or src.stat().st_size == 0:
        return None
    with engine.connect() as conn:  # fold the WAL into the main file so the copy is whole
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = src.with_name(f"{src.name}.before-{revision or 'empty'}-{stamp}.bak")
    shutil.copy2(src, dest)
    log.info("copied %s to %s before migrating", src, dest)
    return dest


def upgrade(engine: Engine) -> str | None:
    """Bring the schema to the newest revision. Returns a one-line description, or None if current."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    head = head_revision()
    if current == head:  # SCHEMA_HEAD lags the scripts (the test says so); nothing to do
        return None
    backup = backup_sqlite(engine, current) if current is not None else None
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if conn.dialect.name == "sqlite":  # a migration that recreated a table lost its triggers
            from hmc_desktop.db.triggers import ensure_sqlite_triggers

            ensure_sqlite_triggers(conn)
    note = f"database upgraded from {current or 'empty'} to {head}"
    return note + (f" (backup: {backup})" if backup else "")
