"""The installed ``hmc-desktop`` run as users and scripts run it: a fresh process per command.

What an in-process test hides (a module only the test process has imported, a start-up
path, the console script itself) shows here. Each test gets a fresh database on SQLite and
on PostgreSQL (the ``db_url`` fixture of ``tests/conftest.py``); ``hmc(...)`` runs one
command against it and fails the test on any traceback. ``hmc_demo`` does the same on a
copy of a database that the ``demo`` command filled once per session (a file copy on
SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL), for commands that need a full centre.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.engine import make_url

from hmc_desktop.db.unit_of_work import Database
from hmc_desktop.services.core.clock import Clock
from hmc_desktop.services.core.context import ServiceContext
from tests import conftest as root

BIN = Path(sys.executable).with_name("hmc-desktop")  # the console script pip installed
AS_OF = "2026-11-24 10:00"  # a Tuesday; the demo data is made as of then
DEMO = ("--devices", "600", "--orders", "400", "--seed", "2")


@dataclass(frozen=True)
class Run:
    """One finished command: its exit code and what it printed."""

    code: int
    out: str
    err: str

    def lines(self) -> list[str]:
        return self.out.strip().splitlines()


Hmc = Callable[..., Run]
# For a test whose commands never reach a database (usage errors, addresses refused before
# connecting): the database it would get makes no difference, so it runs once.
sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture(scope="session")
def hmc_bin() -> Path:
    if not BIN.exists():
        pytest.fail(f"{BIN} is not installed: run scripts/test.sh (pip install -e .)")
    return BIN


def runner(hmc_bin: Path, url: str, cwd: Path) -> Hmc:
    """A function that runs ``hmc-desktop --db url …`` in a fresh process, in ``cwd``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HMC_")}
    env.update(QT_QPA_PLATFORM="offscreen", HMC_LOG_DIR=str(cwd / "logs"),
               HMC_USER=os.environ.get("HMC_USER", "tester"))

    def run(*args: str, as_of: str | None = AS_OF, login: str | None = None,
            stdin: str | None = None, timeout: float = 180, db: str | None = url,
            service_account: bool = True, **extra_env: str) -> Run:
        """``login``: the staff member the command acts as, through HMC_USER; the test
        script's administrator marks it a service account first (as IT would for a script),
        unless ``service_account=False``. ``db``: another database than the test's (None:
        no ``--db`` at all)."""
        argv = [str(hmc_bin), *(["--db", db] if db else [])]
        if as_of:
            argv += ["--as-of", as_of]
        proc_env = dict(env, **extra_env)
        if login:
            proc_env["HMC_USER"] = login
            if service_account and db:
                mark_service_account(db, login)
        proc = subprocess.run([*argv, *args], capture_output=True, text=True, env=proc_env,
                              input=stdin, timeout=timeout, cwd=cwd)
        assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
        return Run(proc.returncode, proc.stdout, proc.stderr)

    return run


def mark_service_account(url: str, login: str) -> None:
    """What ``staff add LOGIN … --service-account`` does, for a login a test already added."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite" and not Path(u.database or "").exists():
        return  # a database the command itself is to create
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            if inspect(conn).has_table("staff"):
                conn.execute(text("UPDATE staff SET service_account = :yes WHERE login = :login"),
                             {"yes": True, "login": login})
    finally:
        engine.dispose()


@pytest.fixture
def hmc(hmc_bin: Path, db_url: str, tmp_path: Path) -> Hmc:
    """``hmc("order", "show", "B-1", "--json", as_of="2026-11-24 10:00", login="tek1")``."""
    return runner(hmc_bin, db_url, tmp_path)


# -- a centre full of demo data, made once per session by the demo command -----------------

@pytest.fixture(scope="session")
def _demo_sqlite(hmc_bin: Path, sqlite_template: Path,
                 tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite3"
    shutil.copy(sqlite_template, path)
    made = runner(hmc_bin, f"sqlite:///{path}", folder)("demo", *DEMO)
    assert made.code == 0, made.err
    return path


@pytest.fixture(scope="session")
def _demo_pg(hmc_bin: Path, pg_template: str,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    name = f"hmc_demo_{os.getpid()}"
    with root._pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    url = make_url(root.PG_URL or "").set(database=name).render_as_string(hide_password=False)
    made = runner(hmc_bin, url, tmp_path_factory.mktemp("demo-pg"))("demo", *DEMO)
    assert made.code == 0, made.err
    yield name
    with root._pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh copy of the session's demo database (600 devices, 400 orders, as of AS_OF)."""
    if request.param == "sqlite":
        path = tmp_path / "demo.sqlite3"
        shutil.copy(request.getfixturevalue("_demo_sqlite"), path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("_demo_pg")
    name = f"hmc_d_{os.getpid()}_{next(root._counter)}"
    with root._pg_admin() as admin:
        strategy = " STRATEGY FILE_COPY" if admin.info.server_version >= 150000 else ""
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}{strategy}")
    yield make_url(root.PG_URL or "").set(database=name).render_as_string(hide_password=False)
    with root._pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def hmc_demo(hmc_bin: Path, demo_url: str, tmp_path: Path) -> Hmc:
    """Like ``hmc``, on a database with the demo centre in it."""
    return runner(hmc_bin, demo_url, tmp_path)


@pytest.fixture
def make_ctx_on() -> Iterator[Callable[..., ServiceContext]]:
    """Services in the test process on any test database (to set up or read what is needed)."""
    made: list[Database] = []

    def factory(url: str, as_of: str = AS_OF) -> ServiceContext:
        db = Database(url)
        made.append(db)
        ctx = ServiceContext(db, Clock.parse(as_of), login=root.TEST_LOGIN)
        ctx.reload()
        return ctx

    yield factory
    for db in made:
        db.dispose()


# -- looking at what a command wrote --------------------------------------------------------

def pdf_pages(path: Path) -> list[str]:
    """The text of each page of the PDF at ``path`` (pypdf)."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages]


def scanned_barcodes(path: Path, tmp_path: Path) -> list[str] | None:
    """What zbarimg reads on the PDF's pages rasterised at 150 dpi; None without the tools."""
    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        return None
    prefix = tmp_path / f"{path.stem}-page"
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(path), str(prefix)], check=True,
                   timeout=120)
    found: list[str] = []
    for image in sorted(tmp_path.glob(f"{prefix.name}-*.png")):
        done = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True,
                              text=True, check=False, timeout=60)
        found += done.stdout.split()
    return found


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def one_sentence(err: str) -> str:
    """The single error line a failed command printed (asserts there is exactly one)."""
    lines = [line for line in err.splitlines() if line.strip()
             and "propagateSizeHints" not in line]  # Qt's offscreen platform talking
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    return lines[0].removeprefix("error: ")
