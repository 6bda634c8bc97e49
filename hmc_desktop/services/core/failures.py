"""Which database failures a person is told about in one sentence, asked without the window
knowing the database library: a save over someone else's newer change, and a database that
does not answer (every other failure is a bug, logged)."""

import sys

from sqlalchemy.exc import OperationalError


def is_stale_save(exc: BaseException) -> bool:
    """A save over someone else's newer change (the ORM's optimistic version check).

    Asked without importing the ORM: if it is not loaded, no such error was raised.
    """
    orm_exc = sys.modules.get("sqlalchemy.orm.exc")
    return orm_exc is not None and isinstance(exc, orm_exc.StaleDataError)


def is_unreachable(exc: BaseException) -> bool:
    """The database did not answer (server down, network gone, file locked too long)."""
    return isinstance(exc, OperationalError)
