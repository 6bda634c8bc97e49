"""Shared pieces of the command handlers: errors with exit codes, building the service context."""

import argparse
import os
from datetime import date, datetime

from hmc_desktop.machine_config import machine_db_url
from hmc_desktop.paths import default_db_url
from hmc_desktop.services.clock import Clock
from hmc_desktop.services.clock import parse_minute as local_minute
from hmc_desktop.services.context import ServiceContext
from hmc_desktop.services.database import Database


class UsageError(Exception):
    """Bad usage or unreadable input: exit code 2."""


class CommandError(Exception):
    """The command ran but found a problem."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def db_url(args: argparse.Namespace) -> str:
    return str(args.db or os.environ.get("HMC_DB_URL") or machine_db_url() or default_db_url())


def configured_db_url(args: argparse.Namespace) -> tuple[str, str] | None:
    """The database address given to this run and where it came from; None: the user's own file."""
    if args.db:
        return str(args.db), "--db"
    if os.environ.get("HMC_DB_URL"):
        return os.environ["HMC_DB_URL"], "HMC_DB_URL"
    url = machine_db_url()
    return (url, "the machine setting") if url else None


def parse_as_of(text: str | None) -> Clock:
    try:
        return Clock.parse(text)
    except ValueError:
        raise UsageError(f"--as-of must look like 'YYYY-MM-DD HH:MM', not '{text}'.") from None


def parse_minute(text: str, option: str) -> datetime:
    """A local minute given as 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DDTHH:MM' (CONTRACT)."""
    try:
        return local_minute(text)
    except ValueError:
        raise UsageError(f"{option} must look like 'YYYY-MM-DD HH:MM', not '{text}'.") from None


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} must look like 'YYYY-MM-DD', not '{text}'.") from None


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
