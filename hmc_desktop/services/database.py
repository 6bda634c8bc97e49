"""The database handle: engine, sessions and one-transaction-per-action scopes.

SQLAlchemy's ORM (and with it the models) loads with the first session, not with the
handle: the window's start-up reads with Core only (issue 3).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from hmc_desktop.db.engine import make_engine, upgrade

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class Database:
    """Owns the engine; hands out sessions scoped to one transaction."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._factory: sessionmaker[Session] | None = None

    def _sessions(self) -> Session:
        if self._factory is None:
            from sqlalchemy.orm import sessionmaker

            from hmc_desktop.services.changes import register_session_events

            register_session_events()  # every audited change tells the other workstations
            self._factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._factory()

    @property
    def backend(self) -> str:
        return self.engine.url.get_backend_name()

    @property
    def display_name(self) -> str:
        """Where the data lives, without a password: for the status bar."""
        u = self.engine.url
        if self.backend == "sqlite":
            return f"SQLite: {u.database}"
        return f"PostgreSQL: {u.host or 'socket'}/{u.database}"

    def upgrade(self) -> str | None:
        """Create or upgrade the schema (Alembic); returns a one-line note when something changed."""
        return upgrade(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end, or rolls back entirely on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed.

        Closing (not rolling back) leaves loaded objects readable after the block.
        """
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def is_stale_save(exc: BaseException) -> bool:
    """A save over someone else's newer change (the ORM's version check, issue 6).

    Asked without importing the ORM: if it is not loaded, no such error was raised.
    """
    orm_exc = sys.modules.get("sqlalchemy.orm.exc")
    return orm_exc is not None and isinstance(exc, orm_exc.StaleDataError)
