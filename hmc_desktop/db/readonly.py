"""A read-only look at a database: can this workstation connect to it and read it (self-test).

Nothing is created, migrated or written: an SQLite file is opened with ``mode=ro`` (a
missing file stays missing), a PostgreSQL session runs in a ``READ ONLY`` transaction.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, inspect, select, text
from sqlalchemy.pool import NullPool

from hmc_desktop.db import tables
from hmc_desktop.db.engine import supported_url


class DatabaseCheckError(Exception):
    """The database could not be read; the message says why in one sentence."""


@dataclass(frozen=True, slots=True)
class DatabaseReading:
    """What a read-only look found: the schema revision and how many orders (None: no schema)."""

    shown: str  # the address, its password hidden
    revision: str | None
    orders: int | None


def read_only_check(url: str) -> DatabaseReading:
    """Connect to ``url`` and read its schema revision and order count, changing nothing."""
    u = supported_url(url)
    shown = u.render_as_string(hide_password=True)
    engine = _sqlite_read_only(u.database) if u.get_backend_name() == "sqlite" else (
        create_engine(u, poolclass=NullPool))
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")  # the first statement
            found = inspect(conn)
            revision = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                        if found.has_table("alembic_version") else None)
            orders = (conn.execute(select(func.count()).select_from(tables.work_orders))
                      .scalar_one() if found.has_table("work_orders") else None)
            conn.rollback()
    except DatabaseCheckError:
        raise
    except Exception as exc:  # the driver's own words, first line: what IT needs to see
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseCheckError(f"cannot read {shown} ({reason})") from exc
    finally:
        engine.dispose()
    return DatabaseReading(shown, None if revision is None else str(revision),
                           None if orders is None else int(orders))


def _sqlite_read_only(database: str | None) -> Engine:
    if not database or database == ":memory:":
        raise DatabaseCheckError("an in-memory SQLite database has nothing to check")
    path = Path(database).resolve()
    if not path.is_file():
        raise DatabaseCheckError(f"the SQLite file {path} does not exist")
    uri = f"{path.as_uri()}?mode=ro"
    return create_engine("sqlite://", poolclass=NullPool,
                         creator=lambda: sqlite3.connect(uri, uri=True, timeout=30))
