"""Engine creation (SQLite WAL + foreign keys; PostgreSQL via psycopg 3) and schema upgrade on first use."""

import contextlib
import logging
import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from hmc_desktop.domain.errors import Unusable
from hmc_desktop.redact import safe_url

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision, so that start-up can see a current schema without loading Alembic
# (a test checks it against the migration scripts' single head).
SCHEMA_HEAD = "0012"


# The drivers this program ships (CONTRACT --db): SQLite, and PostgreSQL through psycopg 3
# ('postgresql://' alone names psycopg2 in SQLAlchemy, which is not installed).
DRIVERS = {"sqlite": "sqlite", "sqlite+pysqlite": "sqlite",
           "postgresql": "postgresql+psycopg", "postgresql+psycopg": "postgresql+psycopg"}


def supported_url(url: str) -> URL:
    """``url`` parsed, with its driver made explicit; :class:`Unusable` if it is no address of a
    database this program works with.

    The sentence is for the person who typed it: the address (its password hidden) and what an
    address looks like — for a bare file path, the SQLite URL of that file.
    """
    try:
        u = make_url(url.strip())
    except (ArgumentError, ValueError):
        if "://" in url:
            raise Unusable("db_url_invalid", url=safe_url(url)) from None
        raise Unusable("db_url_path", url=url.strip()) from None  # a file path: say how
    driver = DRIVERS.get(u.drivername)
    if driver is None:
        raise Unusable("db_backend_unsupported", backend=u.get_backend_name(), url=safe_url(url))
    return u.set(drivername=driver)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout on every connection.

    Raises :class:`Unusable` for an address of a database the program cannot use, or an
    SQLite file whose folder cannot be made.
    """
    u = supported_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:" and not u.database.startswith("file:"):
            create_private_file(Path(u.database))
        engine = create_engine(u, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA cache_size=-65536")  # 64 MiB: the queue's indexes stay in memory
            cur.close()

        return engine
    return create_engine(u, pool_pre_ping=True, **kwargs)


def create_private_file(path: Path) -> None:
    """Create a new SQLite file (and its folder) readable by its owner only.

    The database holds personal data. SQLite gives its ``-wal`` and ``-shm`` files the
    database file's permissions, so they follow. An existing file is left as it is: an
    administrator may have shared it on purpose.
    """
    try:
        if not path.parent.is_dir():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise Unusable("db_folder", path=str(path), reason=exc.strerror or str(exc)) from None


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
    os.chmod(dest, 0o600)  # a copy of personal data: the owner's only, whatever the original
    log.info("copied %s to %s before migrating", src, dest)
    return dest


class SchemaTooNew(Exception):
    """The database was made or upgraded by a newer version of the program."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"unknown schema revision {revision}")
        self.revision = revision


def known_revisions() -> set[str]:
    """Every revision of the migration scripts (reads them: slow; only off the common path)."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade(engine: Engine) -> str | None:
    """Bring the schema to the newest revision. Returns a one-line description, or None if current.

    A revision the scripts do not know (a newer program's) raises :class:`SchemaTooNew`
    before anything is copied or changed: an older program must not work on it, and
    refusing it every run must not fill the disk with copies of the database.
    """
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    if current is not None and current not in known_revisions():
        raise SchemaTooNew(current)
    head = head_revision()
    if current == head:  # SCHEMA_HEAD lags the scripts (the test says so); nothing to do
        return None
    backup = backup_sqlite(engine, current) if current is not None else None
    cfg = alembic_config(engine)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite's procedure for a changed table: foreign keys off while a migration
            # recreates it. With them on, dropping the old table is an implicit DELETE that
            # cascades: an inspection's checklist, a campaign's units would be deleted with it.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:  # a migration that recreated a table lost its triggers
                    from hmc_desktop.db.triggers import ensure_sqlite_triggers

                    ensure_sqlite_triggers(conn)
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:  # rolled back: the database stays as it was
                        raise RuntimeError(f"the upgrade would break a reference: {tuple(broken)}")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    note = f"database upgraded from {current or 'empty'} to {head}"
    return note + (f" (backup: {backup})" if backup else "")
