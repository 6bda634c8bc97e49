"""The database handle: engine, sessions and one-transaction-per-action scopes."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hmc_desktop.db.engine import make_engine, upgrade


class Database:
    """Owns the engine; hands out sessions scoped to one transaction."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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
