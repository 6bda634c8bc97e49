"""Shared pieces of the sync tests: a migrated context, orders, staff and messages.

Holds no tests of its own beyond a check of the schema the others rely on.
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select

from hmc_desktop.db.engine import alembic_config
from hmc_desktop.db.models import Message, Staff
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.imports.importer import ImportService
from hmc_desktop.services.orders.actions import OrderService

AS_OF = "2026-11-24 10:00"
HEADER = "order_no;type;registered;individual_no;article_no;article_name;orderer_name;orderer_unit;description"
TECHS = ("tech1", "tech2", "tech3", "tech4")


def at_head(ctx: ServiceContext) -> ServiceContext:
    """Apply migration 0004 if start-up has not (while engine.SCHEMA_HEAD still says 0003)."""
    engine = ctx.db.engine
    if "sync_log" not in inspect(engine).get_table_names():
        cfg = alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return ctx


def order_lines(prefix: str, n: int, start: int = 0) -> list[str]:
    return [f"{prefix}-{i};1;2026-11-23 09:00;{prefix}{i:05d};120601;Rollator Topro;Eva Ek;"
            f"Rehab Borås;Bromsen tar dåligt" for i in range(start, start + n)]


def write_orders(path: Path, lines: list[str], encoding: str = "cp1252") -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding=encoding)
    return path


def import_orders(ctx: ServiceContext, folder: Path, prefix: str, n: int) -> list[str]:
    f = write_orders(folder / f"seed-{prefix}.csv", order_lines(prefix, n))
    report = ImportService(ctx).import_file(str(f))
    assert report.new == n and report.rejected == 0, report.summary()
    f.unlink()
    return [f"{prefix}-{i}" for i in range(n)]


def add_staff(ctx: ServiceContext, *logins: str, role: str = "technician") -> None:
    with ctx.db.transaction() as s:
        known = set(s.scalars(select(Staff.login)))
        s.add_all(Staff(login=login, display_name=login.title(), role=role)
                  for login in logins if login not in known)


def add_messages(ctx: ServiceContext, order_nos: list[str], kind: str = "free") -> None:
    orders = OrderService(ctx)
    for no in order_nos:
        orders.add_message(no, kind, f"Arbetsorder {no}", f"Hej,\n\nom {no}: åäö.")


def messages(ctx: ServiceContext) -> list[Message]:
    with ctx.db.reading() as s:
        return list(s.scalars(select(Message).order_by(Message.id)))


@pytest.fixture
def sync_ctx(make_ctx: Callable[..., ServiceContext]) -> ServiceContext:
    return at_head(make_ctx(AS_OF))


def test_the_sync_log_table_exists_after_start_up(sync_ctx: ServiceContext) -> None:
    tables = inspect(sync_ctx.db.engine).get_table_names()
    assert "sync_log" in tables
