"""Shared pieces of the command handlers: errors with exit codes, building the service context."""

import argparse
import errno
from datetime import date, datetime

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.domain.errors import DomainError, ValidationError
from hmc_desktop.domain.wallclock import check_day, stockholm
from hmc_desktop.machine_config import USER_FILE, resolve_db_url
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.clock import parse_minute as local_minute
from hmc_desktop.services.core.context import ServiceContext


def describe_os_error(exc: OSError) -> str:
    """One sentence about a file that could not be read or written (no traceback)."""
    where = exc.filename if exc.filename is not None else "a file"
    if exc.errno == errno.ENOSPC:
        return f"{DomainError('disk_full', path=where)}."
    reason = exc.strerror or type(exc).__name__
    return f"{DomainError('cannot_write', path=where, reason=reason)}."


class UsageError(Exception):
    """Bad usage or unreadable input: exit code 2."""


class CommandError(Exception):
    """The command ran but found a problem."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def db_url(args: argparse.Namespace) -> str:
    return resolve_db_url(args.db)[0]


def configured_db_url(args: argparse.Namespace) -> tuple[str, str] | None:
    """The database address given to this run and where it came from; None: the user's own file."""
    url, source = resolve_db_url(args.db)
    return None if source == USER_FILE else (url, source)


def parse_as_of(text: str | None) -> Clock:
    try:
        clock = Clock.parse(text)
    except ValueError:
        raise UsageError(f"--as-of must look like 'YYYY-MM-DD HH:MM', not '{text}'.") from None
    if clock.as_of is not None:
        _existing(clock.as_of.replace(tzinfo=None), "--as-of")
    return clock


def parse_minute(text: str, option: str) -> datetime:
    """A local minute given as 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DDTHH:MM' (CONTRACT)."""
    try:
        moment = local_minute(text)
    except ValueError:
        raise UsageError(f"{option} must look like 'YYYY-MM-DD HH:MM', not '{text}'.") from None
    return _existing(moment, option)


def parse_day(text: str, option: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} must look like 'YYYY-MM-DD', not '{text}'.") from None
    try:
        return check_day(day)
    except ValidationError as err:
        raise UsageError(f"{option}: {err}.") from None


def _existing(moment: datetime, option: str) -> datetime:
    """A Stockholm wall-clock time that exists, in the years the program keeps (C4)."""
    try:
        stockholm(moment)
    except ValidationError as err:
        raise UsageError(f"{option}: {err}.") from None
    return moment


def row_id(text: str) -> int:
    """An argparse type: a database row's id (a whole number a column can hold)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got '{text}'") from None
    if not 1 <= number <= 2**31 - 1:
        raise argparse.ArgumentTypeError(f"{text} is not an id (1 to {2**31 - 1})")
    return number


_OPEN: list[Database] = []


def open_database(args: argparse.Namespace) -> Database:
    """The database of this run; :func:`close_all` releases it when the command ends."""
    db = Database(db_url(args))
    _OPEN.append(db)
    return db


def close_all() -> None:
    while _OPEN:
        _OPEN.pop().dispose()


def open_context(args: argparse.Namespace) -> ServiceContext:
    """The service context for this run, with the schema created or upgraded (CONTRACT)."""
    clock = parse_as_of(args.as_of)
    ctx = ServiceContext(open_database(args), clock)
    ctx.prepare()
    return ctx
