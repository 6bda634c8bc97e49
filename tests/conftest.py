"""Shared fixtures: a fresh database per test, on SQLite and (when available) PostgreSQL."""

import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.core.staff import Login

PG_URL = os.environ.get("HMC_TEST_PG_URL")
TEST_LOGIN = "tester"
# The templates are made as an acceptance script makes its database: through HMC_USER, so
# 'tester' is its administrator *and* a service account that HMC_USER may name later on.
SCRIPT_LOGIN = Login(TEST_LOGIN, override=True, os_name="ci")
os.environ["HMC_USER"] = TEST_LOGIN
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_counter = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def _log_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    os.environ["HMC_LOG_DIR"] = str(tmp_path_factory.mktemp("logs"))


def _pg_admin() -> psycopg.Connection:
    u = make_url(PG_URL or "")
    return psycopg.connect(dbname="postgres", user=u.username or "postgres",
                           host=u.query.get("host") or u.host, autocommit=True)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    ctx = ServiceContext(Database(f"sqlite:///{path}"), login=SCRIPT_LOGIN)
    ctx.prepare()
    ctx.db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests, but HMC_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (HMC_TEST_PG_URL)")
    name = f"hmc_tpl_{os.getpid()}"
    with _pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    ctx = ServiceContext(Database(url), login=SCRIPT_LOGIN)
    ctx.prepare()
    ctx.db.dispose()
    yield name
    with _pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database with the default catalogue; 'tester' is its administrator."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "hmc.sqlite3"
        shutil.copy(template, path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("pg_template")
    name = f"hmc_t_{os.getpid()}_{next(_counter)}"
    with _pg_admin() as admin:
        # FILE_COPY (PostgreSQL 15+) copies a small template ~15x faster than the WAL_LOG default
        strategy = " STRATEGY FILE_COPY" if admin.info.server_version >= 150000 else ""
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}{strategy}")
    yield make_url(PG_URL or "").set(database=name).render_as_string(hide_password=False)
    with _pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def make_ctx(db_url: str) -> Iterator[Callable[..., ServiceContext]]:
    """Build service contexts on the test database: ``make_ctx(as_of='2026-11-23 09:00', login=…)``."""
    made: list[ServiceContext] = []
    db = Database(db_url)

    def factory(as_of: str | None = None, login: str = TEST_LOGIN) -> ServiceContext:
        ctx = ServiceContext(db, Clock.parse(as_of), login=login)
        ctx.reload()
        made.append(ctx)
        return ctx

    yield factory
    db.dispose()


@pytest.fixture
def ctx(make_ctx: Callable[..., ServiceContext]) -> ServiceContext:
    return make_ctx("2026-11-23 09:00")
