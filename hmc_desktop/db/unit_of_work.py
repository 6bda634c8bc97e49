"""The database handle: engine, sessions and one-transaction-per-action scopes.

SQLAlchemy's ORM (and with it the models) loads with the first session, not with the
handle: the window's start-up reads with Core only (start-up time).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from hmc_desktop.db.engine import SCHEMA_HEAD, SchemaTooNew, make_engine, upgrade
from hmc_desktop.domain.changes import Changes
from hmc_desktop.domain.errors import Unusable

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class Database:
    """Owns the engine; hands out sessions scoped to one transaction."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        """``url``: an SQLite or PostgreSQL address; anything else is refused in one sentence
        (:class:`Unusable`), before a driver is looked for."""
        self.url = url
        self.engine = engine or make_engine(url)
        self._factory: sessionmaker[Session] | None = None
        self._committed: list[Callable[[Changes], None]] = []

    def _sessions(self) -> Session:
        if self._factory is None:
            from sqlalchemy.orm import sessionmaker

            from hmc_desktop.db.change_feed import register_session_events

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
        """Create or upgrade the schema (Alembic); returns a one-line note when something changed.

        A file that is no database, or a database of a newer program, is refused in one
        sentence (:class:`Unusable`) and left exactly as it is.
        """
        try:
            return upgrade(self.engine)
        except SchemaTooNew as exc:
            raise Unusable("db_schema_newer", revision=exc.revision, ours=SCHEMA_HEAD) from None
        except OperationalError:
            raise  # unreachable or locked: the caller says so (and may try again)
        except DatabaseError as exc:  # SQLite: 'file is not a database', 'malformed'
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
            where = self.engine.url.database if self.backend == "sqlite" else self.display_name
            raise Unusable("db_not_a_database", path=where, reason=reason) from None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end, or rolls back entirely on any error.

        After the commit, what it changed (:class:`~hmc_desktop.domain.changes.Changes`: the
        audit entries' entity and key, W10, and the keys bulk writes name) goes to every
        :meth:`on_committed` subscriber; a rolled-back transaction changed nothing.
        """
        from hmc_desktop.db.change_feed import take_changed

        with self._sessions() as session:
            with session.begin():
                yield session
            changed = take_changed(session)
        if changed and self._committed:
            changes = Changes.of(changed)
            for subscriber in list(self._committed):
                subscriber(changes)

    def on_committed(self, subscriber: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``subscriber(changes)`` after every committed transaction that changed
        something, on the committing thread; returns the call that ends the subscription."""
        self._committed.append(subscriber)
        return lambda: self._committed.remove(subscriber)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed.

        Closing (not rolling back) leaves loaded objects readable after the block.
        """
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
